import type { FormatScanner, ScanContext } from '../../core/scanner.js';
import { jsonLimitProblem } from '../../core/json-limits.js';
import { type PicklePolicy, type Verdict, classifyGlobal } from '../../policy/pickle-globals.js';
import { picklePolicyOf } from '../../policy/pickle-policy.js';
import {
  NUMPY_BIT_GENERATORS,
  NUMPY_UFUNCS,
  SCIPY_UFUNC_MODULES,
  SCIPY_UFUNC_NAME,
  SKOPS_DOES,
  SKOPS_LOADERS,
  type SkopsUse,
} from '../../policy/skops.js';
import { parsePythonJson } from '../keras/python-json.js';
import { canonicalName } from '../pickle/compat.js';
import { skopsClaim } from './claim.js';

/**
 * skops files (threat F7): a zip whose `schema.json` is a tree of nodes, each naming a
 * `__module__` and a `__class__` and a `__loader__` that decides what skops does with them
 * (see src/policy/skops.ts). The zip scanner routes the members: `schema.json` comes here,
 * the `.npy` / `.npz` arrays go to the NumPy scanner.
 *
 * skops.io.load refuses untrusted types unless the caller passes `trusted=`, which users fill
 * with get_untrusted_types(...). So every node that would import or call something is judged
 * like a pickle global (classifyGlobal: os.system is critical here as in a pickle); names
 * neither trusted by skops by default nor allowed by the pickle policy are reported medium.
 * The walk is iterative and bounded (maxJsonBytes, maxJsonDepth, a node count, the time budget).
 */

const MAX_NODES = 2_000_000;
const MAX_ARGS = 8;
const MAX_ARG_CHARS = 120;
const MAX_KEY_CHARS = 80;

interface SkopsNode {
  __loader__: string;
  __module__?: unknown;
  __class__?: unknown;
  content?: unknown;
  attrs?: unknown;
  type?: unknown;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function scan(ctx: ScanContext): Promise<void> {
  const name = (ctx.member ?? ctx.file).split('/').pop() ?? 'schema.json';
  const { size } = ctx.source;
  if (size > ctx.limits.maxJsonBytes) {
    ctx.incomplete(`${name} is ${size} bytes, more than the limit of ${ctx.limits.maxJsonBytes} bytes (limit maxJsonBytes)`);
    return;
  }
  const text = decodeLikePythonJson(ctx.source.read(0, size));
  const tooDeep = jsonLimitProblem(text, ctx.limits, name, size);
  if (tooDeep) {
    ctx.incomplete(tooDeep);
    return;
  }
  let schema: unknown;
  try {
    schema = parsePythonJson(text);
  } catch (error) {
    ctx.incomplete(`${name} is not valid JSON (${error instanceof Error ? error.message : String(error)}); skops cannot load it, but it was not checked`);
    return;
  }
  // skops.io.load reads schema["protocol"] and builds the root node from schema["__loader__"]: anything else is not a skops tree.
  if (!isObject(schema) || !('__loader__' in schema)) return;
  walk(ctx, schema, name);
}

function walk(ctx: ScanContext, root: Record<string, unknown>, name: string): void {
  const policy = picklePolicyOf(ctx.policy);
  const unknownLoaders = new Set<string>();
  const stack: { value: unknown; path: string }[] = [{ value: root, path: '' }];
  let visited = 0;
  while (stack.length > 0) {
    if (++visited > MAX_NODES) {
      ctx.incomplete(`${name} has more than ${MAX_NODES} values; the rest was not checked (a node count bound)`);
      return;
    }
    if ((visited & 0xfff) === 0) ctx.checkBudget();
    const { value, path } = stack.pop()!;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        const item = value[i];
        if (typeof item === 'object' && item !== null) stack.push({ value: item, path: `${path}[${i}]` });
      }
      continue;
    }
    if (!isObject(value)) continue;
    if (typeof value.__loader__ === 'string') judgeNode(ctx, value as unknown as SkopsNode, path || '(root)', name, policy, unknownLoaders);
    const keys = Object.keys(value);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      const child = value[key];
      if (typeof child !== 'object' || child === null) continue;
      const label = key.length > MAX_KEY_CHARS ? `${key.slice(0, MAX_KEY_CHARS)}…` : key;
      stack.push({ value: child, path: path ? `${path}.${label}` : label });
    }
  }
}

function judgeNode(ctx: ScanContext, node: SkopsNode, path: string, name: string, policy: PicklePolicy, unknownLoaders: Set<string>): void {
  const loader = node.__loader__;
  const known = Object.hasOwn(SKOPS_LOADERS, loader);
  if (!known && !unknownLoaders.has(loader) && unknownLoaders.size < 100) {
    unknownLoaders.add(loader);
    ctx.incomplete(
      `the node at ${path} of ${name} uses the loader "${shorten(loader)}", which skops does not define; skops refuses such a file, ` +
        'but what a later version would do with it is unknown',
    );
  }
  const use: SkopsUse = known ? SKOPS_LOADERS[loader]! : 'call';
  const module = typeof node.__module__ === 'string' ? node.__module__ : undefined;
  const cls = typeof node.__class__ === 'string' ? node.__class__ : undefined;
  const content = isObject(node.content) ? node.content : undefined;

  switch (use) {
    case 'none':
      return;
    case 'operator': {
      // getattr(operator, __class__)(*attrs): the module is not used (before skops 0.12 not even checked).
      if (cls === undefined) return;
      const spoofed = module !== undefined && module !== 'operator' ? ` (the node claims the module "${shorten(module)}", which skops before 0.12 reported instead)` : '';
      report(ctx, { module: 'operator', name: cls, use, loader, path, file: name, args: constantArgs(node.attrs), note: spoofed }, policy);
      return;
    }
    case 'method': {
      const obj = content && isObject(content.obj) ? content.obj : undefined;
      const func = content?.func;
      if (!obj || typeof func !== 'string' || typeof obj.__module__ !== 'string' || typeof obj.__class__ !== 'string') return;
      const mismatch =
        module !== obj.__module__ || cls !== obj.__class__
          ? ` (the node itself claims ${shorten(`${String(module)}.${String(cls)}`)}, which skops before 0.12 audited instead)`
          : '';
      report(ctx, { module: obj.__module__, name: `${obj.__class__}.${func}`, use, loader, path, file: name, args: [], note: mismatch, alwaysReport: true }, policy);
      return;
    }
    case 'function': {
      if (module !== undefined && cls !== undefined) report(ctx, { module, name: cls, use, loader, path, file: name, args: [], note: '' }, policy);
      // Protocol 0 FunctionNode: the function is content.module_path + content.function.
      if (content && typeof content.module_path === 'string' && typeof content.function === 'string') {
        report(ctx, { module: content.module_path, name: content.function, use, loader, path, file: name, args: [], note: ' (protocol 0 layout)' }, policy);
      }
      return;
    }
    default: {
      if (module === undefined || cls === undefined) return;
      // A plain ndarray (or a JSON-typed object array) is built without importing the node's class.
      if (loader === 'NdArrayNode' && (node.type !== 'numpy' || (module === 'numpy' && cls === 'ndarray'))) return;
      report(ctx, { module, name: cls, use, loader, path, file: name, args: use === 'instantiate' ? [] : constantArgs(reduceArgs(node)), note: '' }, policy);
      if (loader === 'RandomGeneratorNode') bitGenerator(ctx, node, path, name, policy);
    }
  }
}

interface Site {
  module: string;
  name: string;
  use: Exclude<SkopsUse, 'none'>;
  loader: string;
  path: string;
  file: string;
  args: string[];
  note: string;
  /** Report even what the policy allows (skops never trusts bound methods by default). */
  alwaysReport?: boolean;
}

function report(ctx: ScanContext, site: Site, policy: PicklePolicy): void {
  const canon = canonicalName(site.module, site.name);
  const verdict = classifyGlobal(policy, canon.module, canon.name);
  if (verdict.kind !== 'deny' && !site.alwaysReport && (verdict.kind === 'allow' || trustedBySkops(site))) return;
  const callable = `${site.module}.${site.name}`;
  const withArgs = site.args.length ? ` with ${site.args.join(', ')}` : '';
  const ruleId = ruleFor(verdict);
  ctx.report({
    ruleId,
    ...(verdict.kind === 'deny' ? { severity: verdict.severity } : {}),
    message:
      `${site.file}: the ${site.loader} at ${site.path} names ${callable}${withArgs}${site.note}; skops.io.load, once the type is trusted, ` +
      `${SKOPS_DOES[site.use]}${verdict.kind === 'deny' ? ` (${verdict.matched}: ${verdict.reason})` : ''}.`,
    callable,
    ...(site.args.length ? { args: site.args } : {}),
    properties: { loader: site.loader, node: site.path, ...(verdict.kind === 'deny' ? { category: verdict.category, reason: verdict.reason } : {}) },
  });
}

function ruleFor(verdict: Verdict): string {
  if (verdict.kind !== 'deny') return 'skops/untrusted-type';
  return verdict.severity === 'critical' ? 'skops/code-execution' : 'skops/system-access';
}

/** What skops trusts by default that the pickle allowlist does not hold: NumPy / SciPy ufuncs in FunctionNode. */
function trustedBySkops(site: Site): boolean {
  if (site.use !== 'function') return false;
  if (site.module === 'numpy' && NUMPY_UFUNCS.has(site.name)) return true;
  return SCIPY_UFUNC_MODULES.has(site.module) && SCIPY_UFUNC_NAME.test(site.name);
}

/** RandomGeneratorNode also looks up numpy.random.<bit_generator> by a name stored in its content. */
function bitGenerator(ctx: ScanContext, node: SkopsNode, path: string, name: string, policy: PicklePolicy): void {
  const state = isObject(node.content) && isObject(node.content.bit_generator) ? node.content.bit_generator : undefined;
  const entry = state && isObject(state.content) ? state.content.bit_generator : undefined;
  const text = isObject(entry) && entry.__loader__ === 'JsonNode' && typeof entry.content === 'string' ? entry.content : undefined;
  let generator: unknown;
  try {
    generator = text === undefined ? undefined : JSON.parse(text);
  } catch {
    generator = undefined;
  }
  if (typeof generator !== 'string') {
    if (state) ctx.incomplete(`the RandomGeneratorNode at ${path} of ${name} names its bit generator in a form the scanner does not read`);
    return;
  }
  if (NUMPY_BIT_GENERATORS.has(generator)) return;
  report(ctx, { module: 'numpy.random', name: generator, use: 'call', loader: 'RandomGeneratorNode', path, file: name, args: [], note: ' (its bit generator)' }, policy);
}

/** ReduceNode subclasses call the constructor with `__reduce__.args`; others take `content`. */
function reduceArgs(node: SkopsNode): unknown {
  const reduce = (node as unknown as Record<string, unknown>).__reduce__;
  return isObject(reduce) ? reduce.args : node.content;
}

/** Constant arguments of a tuple / list node of JSON values, for display. */
function constantArgs(value: unknown): string[] {
  if (!isObject(value) || !Array.isArray(value.content)) return [];
  const out: string[] = [];
  for (const item of value.content.slice(0, MAX_ARGS)) {
    if (isObject(item) && item.__loader__ === 'JsonNode' && typeof item.content === 'string') out.push(shorten(item.content));
    else if (isObject(item) && typeof item.__module__ === 'string' && typeof item.__class__ === 'string') out.push(`<${shorten(`${item.__module__}.${item.__class__}`)}>`);
    else out.push('…');
  }
  return out;
}

function shorten(text: string): string {
  return text.length > MAX_ARG_CHARS ? `${text.slice(0, MAX_ARG_CHARS)}…` : text;
}

/** The bytes as Python's json.loads decodes them (json.detect_encoding: BOMs, then NUL-byte patterns, else UTF-8). */
export function decodeLikePythonJson(b: Uint8Array): string {
  const decode = (encoding: string, from = 0) => new TextDecoder(encoding, { ignoreBOM: true }).decode(b.subarray(from));
  if (b[0] === 0x00 && b[1] === 0x00 && b[2] === 0xfe && b[3] === 0xff) return utf32(b.subarray(4), false);
  if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0x00 && b[3] === 0x00) return utf32(b.subarray(4), true);
  if (b[0] === 0xfe && b[1] === 0xff) return decode('utf-16be', 2);
  if (b[0] === 0xff && b[1] === 0xfe) return decode('utf-16le', 2);
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return decode('utf-8', 3);
  if (b.length >= 4) {
    if (!b[0]) return b[1] ? decode('utf-16be') : utf32(b, false);
    if (!b[1]) return b[2] || b[3] ? decode('utf-16le') : utf32(b, true);
  } else if (b.length === 2) {
    if (!b[0]) return decode('utf-16be');
    if (!b[1]) return decode('utf-16le');
  }
  return decode('utf-8');
}

function utf32(b: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const parts: string[] = [];
  let chunk: number[] = [];
  for (let i = 0; i + 4 <= b.length; i += 4) {
    const cp = view.getUint32(i, littleEndian);
    chunk.push(cp <= 0x10ffff ? cp : 0xfffd);
    if (chunk.length === 8192) {
      parts.push(String.fromCodePoint(...chunk));
      chunk = [];
    }
  }
  parts.push(String.fromCodePoint(...chunk));
  return parts.join('');
}

export const skopsScanner: FormatScanner = {
  ...skopsClaim,
  scan,
};
