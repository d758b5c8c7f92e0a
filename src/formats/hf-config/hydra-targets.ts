import type { ScanContext } from '../../core/scanner.js';
import { classifyGlobal } from '../../policy/pickle-globals.js';
import { picklePolicyOf } from '../../policy/pickle-policy.js';
import { canonicalName } from '../pickle/compat.js';

/** Model building blocks NeMo / Hydra configs normally instantiate. */
const ALLOWED_PREFIXES = [
  'torch.nn.', 'torch.optim.', 'torch.utils.data.', 'torchvision.transforms.', 'torchaudio.transforms.',
  'nemo.collections.', 'nemo.core.', 'pytorch_lightning.callbacks.', 'lightning.pytorch.callbacks.',
];

/** Modules whose callables run commands or code, touch the system, or resolve other callables by name. */
const DANGEROUS_MODULES = new Set([
  'os', 'posix', 'nt', 'subprocess', 'builtins', '__builtin__', 'sys', 'shutil', 'socket', 'pty', 'importlib', 'runpy', 'pickle',
  'marshal', 'dill', 'cloudpickle', 'joblib', 'code', 'codeop', 'ctypes', 'urllib', 'requests', 'http', 'webbrowser',
]);
/** Callables that are dangerous whatever module holds them (loaders of pickles, indirections). */
const DANGEROUS_NAMES = new Set(['eval', 'exec', 'system', 'popen', '__import__', 'getattr', 'load', 'loads', 'get_method', 'get_class', 'call', 'instantiate']);

const MAX_NODES = 1_000_000;

export type TargetVerdict = 'allowed' | 'dangerous' | 'unknown';

/**
 * What instantiating a Hydra `_target_` calls, judged once for JSON and YAML configs:
 * the usual model building blocks are allowed; the modules and names above, and
 * whatever the pickle policy denies (the same table the pickle scanner uses, with the
 * scan configuration's additions), are dangerous; what the pickle policy allows
 * (plain classes such as collections.OrderedDict or scikit-learn estimators) is allowed.
 */
export function targetVerdict(ctx: ScanContext, target: string): TargetVerdict {
  if (ALLOWED_PREFIXES.some((prefix) => target.startsWith(prefix))) return 'allowed';
  const parts = target.split('.');
  if (DANGEROUS_MODULES.has(parts[0]!) || DANGEROUS_NAMES.has(parts[parts.length - 1]!)) return 'dangerous';
  const dot = target.lastIndexOf('.');
  // Hydra resolves a bare name in builtins.
  const [module, name] = dot < 0 ? ['builtins', target] : [target.slice(0, dot), target.slice(dot + 1)];
  const canon = canonicalName(module, name);
  const verdict = classifyGlobal(picklePolicyOf(ctx.policy), canon.module, canon.name);
  if (verdict.kind === 'deny') return 'dangerous';
  // A dispatcher (map, functools.reduce, …) calls whatever it is given: not a plain class.
  if (verdict.kind === 'allow' && !verdict.dispatcher) return 'allowed';
  return 'unknown';
}

/** Every `_target_` in a JSON config tree, judged against the allowlist. */
export function reportCallableTargets(ctx: ScanContext, root: unknown, configName: string): void {
  const stack: { value: unknown; path: string }[] = [{ value: root, path: '' }];
  let visited = 0;
  while (stack.length > 0) {
    if (++visited > MAX_NODES) {
      ctx.incomplete(`${configName} has more than ${MAX_NODES} values; the rest was not checked for _target_`);
      return;
    }
    const { value, path } = stack.pop()!;
    if (Array.isArray(value)) value.forEach((v, i) => stack.push({ value: v, path: `${path}[${i}]` }));
    else if (typeof value === 'object' && value !== null) {
      for (const [key, v] of Object.entries(value)) {
        if (key === '_target_' && typeof v === 'string') reportTarget(ctx, v, path || '(top level)', configName);
        else stack.push({ value: v, path: path ? `${path}.${key}` : key });
      }
    }
  }
}

export interface TargetDetails {
  /** Constant positional arguments (`_args_`), already shortened for display. */
  args?: string[];
  /** Extra words for the message, e.g. " (as a partial, called later)". */
  note?: string;
  /** Where the target name came from when it was reached through an interpolation. */
  via?: string;
  /** The key that names the callable: `_target_` (Hydra), `target` or `cls` (NeMo, Hydra 0.x). */
  keyName?: string;
  /** Byte offset of the target name in the file or member. */
  offset?: number;
}

/** One `_target_` (or NeMo `target`) finding, unless the target is an ordinary building block. */
export function reportTarget(ctx: ScanContext, target: string, path: string, configName: string, details: TargetDetails = {}): void {
  const verdict = targetVerdict(ctx, target);
  if (verdict === 'allowed') return;
  const dangerous = verdict === 'dangerous';
  const keyName = details.keyName ?? '_target_';
  const key = details.via ? `\`${keyName}\` at ${path} (${details.via})` : `\`${keyName}\` at ${path}`;
  const note = details.note ?? '';
  ctx.report({
    ruleId: 'config/callable-target',
    severity: dangerous ? 'high' : 'medium',
    message: dangerous
      ? `${configName}: ${key} names ${target}, which runs commands or code, touches the system or resolves other callables; instantiating the config calls it${note}.`
      : `${configName}: ${key} names ${target}, outside the usual model building blocks; instantiating the config imports and calls it${note}.`,
    callable: target,
    ...(details.args && details.args.length ? { args: details.args } : {}),
    ...(details.offset !== undefined ? { offset: details.offset } : {}),
    ...(details.via ? { properties: { interpolation: details.via } } : {}),
  });
}
