import type { ScanContext } from '../../core/scanner.js';

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
        if (key === '_target_' && typeof v === 'string') judgeTarget(ctx, v, path || '(top level)', configName);
        else stack.push({ value: v, path: path ? `${path}.${key}` : key });
      }
    }
  }
}

function judgeTarget(ctx: ScanContext, target: string, path: string, configName: string): void {
  if (ALLOWED_PREFIXES.some((prefix) => target.startsWith(prefix))) return;
  const parts = target.split('.');
  const dangerous = DANGEROUS_MODULES.has(parts[0]!) || DANGEROUS_NAMES.has(parts[parts.length - 1]!);
  ctx.report({
    ruleId: 'config/callable-target',
    severity: dangerous ? 'high' : 'medium',
    message: dangerous
      ? `${configName}: \`_target_\` at ${path} names ${target}, which runs commands or code, touches the system or resolves other callables; instantiating the config calls it.`
      : `${configName}: \`_target_\` at ${path} names ${target}, outside the usual model building blocks; instantiating the config imports and calls it.`,
    callable: target,
  });
}
