import type { ByteSource } from '../../core/source.js';
import type { FindingInput } from '../../core/types.js';
import type { DenyCategory, Verdict } from '../../policy/pickle-globals.js';
import type { Collector } from './machine.js';
import { summariseCode } from '../keras/marshal.js';
import { PyBytes, PyCall, PyDict, PyGlobal, PyTuple, type Value, globalsIn } from './values.js';

const MAX_ARG_CHARS = 120;
const MAX_ARGS = 8;

/** What a call through each kind of dangerous callable does, for the one-sentence message. */
const DOES: Record<DenyCategory, string> = {
  exec: 'runs Python code',
  shell: 'runs a shell command',
  process: 'starts a process or thread',
  native: 'loads native code or writes raw memory',
  nested: 'deserializes a second, hidden payload',
  resolve: 'looks up an arbitrary function or attribute at load time',
  import: 'imports code through the import machinery',
  callback: 'registers a function to run later',
  tamper: 'tampers with the Python interpreter',
  file: 'reads or writes files',
  network: 'opens a network connection',
  recon: 'inspects the machine',
};

/** Turns what the machine recorded into findings: one per root cause. */
export function findingsFrom(out: Collector, source: ByteSource): FindingInput[] {
  const show = (v: Value) => render(v, source, 0);
  const py = (v: Value) => decompile(v, source);
  const findings: FindingInput[] = [];
  /** The call behind each finding that rebuilds a function from bytecode (dill, cloudpickle, types). */
  const rebuilds = new Map<FindingInput, PyCall>();

  for (const g of out.globals) {
    const free = g.calls.filter((c) => !c.consumed);
    if (free.length === 0 && (g.calls.length > 0 || g.covered)) continue; // reported as part of a call chain
    const call = free[0];
    const args = call ? call.args.slice(0, MAX_ARGS).map(show) : undefined;
    const offset = call ? call.offset : g.offset;
    const properties: Record<string, unknown> = {};
    if (g.written) properties.imported = g.written;
    if (call) properties.importOffset = g.offset;
    if (g.computed) properties.computedName = g.computed;
    let decompiled = call ? py(call) : g.unresolved ? `<${g.unresolved}>` : importStatement(g);
    if (call?.via) {
      properties.technique = 'dispatcher';
      properties.dispatcher = py(call.via);
      decompiled = `${decompiled}  # called by ${py(call.via)}`;
    }
    properties.decompiled = decompiled;
    const via = call?.via ? `, called by ${decompile(call.via.callee, source)}(…)` : '';
    if (g.unresolved) {
      findings.push({
        ruleId: 'pickle/unresolved-import',
        callable: g.dotted,
        ...(args ? { args } : {}),
        offset,
        message: `Loading this file imports a name that is only computed while loading (${g.unresolved})${call ? `${via} and calls it: \`${decompiled}\`` : ''}, so what runs cannot be checked in advance.`,
        properties,
      });
      continue;
    }
    if (g.afterWrite && g.verdict.kind === 'unknown') {
      properties.technique = 'write-then-import';
      findings.push({
        ruleId: 'pickle/code-execution',
        callable: g.dotted,
        ...(args ? { args } : {}),
        offset,
        message: `Loading this file first writes files and then imports ${g.module}, a module that is not part of any known library: importing a module it just wrote runs that module's code (\`${decompiled}\`).`,
        properties,
      });
      continue;
    }
    const finding = globalFinding(g.dotted, g.verdict, args, offset, properties, call !== undefined, decompiled, via);
    if (call && g.module === 'marshal') describeCode(finding, call, source);
    if (call && g.module === 'types' && g.name === 'CodeType') describeCodeTuple(finding, call);
    if (call && isRebuilder(g)) rebuilds.set(finding, call);
    findings.push(finding);
  }

  for (const c of out.dynamicCalls) {
    const roots = globalsIn(c.callee);
    const worst = worstVerdict(roots);
    const expr = show(c.callee);
    const args = c.args.slice(0, MAX_ARGS).map(show);
    const withArgs = args.length ? ` with ${args.join(', ')}` : '';
    const ruleId = worst?.kind === 'deny' ? (worst.severity === 'critical' ? 'pickle/code-execution' : 'pickle/system-access') : 'pickle/dynamic-call';
    const resolved = resolvedTarget(c.callee);
    const what = resolved ? `\`${resolved}\`` : 'a function';
    let decompiled = py(c);
    if (resolved) decompiled += `  # = ${resolved}(${c.args.slice(0, MAX_ARGS).map((a) => py(a)).join(', ')})`;
    if (c.via) decompiled += `  # called by ${py(c.via)}`;
    const via = c.via ? `, called by ${decompile(c.via.callee, source)}(…)` : '';
    const finding: FindingInput = {
      ruleId,
      callable: expr,
      args,
      offset: c.offset,
      message: `Loading this file computes ${what} at load time through ${expr} and calls it${withArgs}${via}: \`${decompiled}\`.`,
      properties: { technique: c.via ? 'dispatcher' : 'call-on-computed-value', ...(resolved ? { resolved } : {}), decompiled, ...(c.via ? { dispatcher: py(c.via) } : {}) },
    };
    // cloudpickle's _builtin_type('CodeType')(...) builds the code object of a function pickled by value.
    if (c.callee instanceof PyCall && c.callee.callee instanceof PyGlobal && BUILTIN_TYPE.has(c.callee.callee.name) && isRebuilder(c.callee.callee)) rebuilds.set(finding, c);
    findings.push(finding);
  }

  for (const gadget of out.gadgets) {
    const decompiled = setattrs(gadget.target, gadget.state, source);
    findings.push({
      ruleId: 'pickle/code-execution',
      callable: gadget.target.dotted,
      args: [show(gadget.state)],
      offset: gadget.offset,
      message: `Loading this file overwrites attributes of ${gadget.target.dotted}, a trick to swap a safe-looking function for a dangerous one: \`${decompiled}\`.`,
      properties: { technique: 'build-on-global', decompiled },
    });
  }

  for (const issue of out.frameIssues) {
    findings.push({
      ruleId: 'pickle/frame-tampering',
      offset: issue.offset,
      message: `The pickle's framing is inconsistent (${issue.message}), so Python and scanners can read different instructions from it.`,
      properties: { decompiled: `# ${issue.message}` },
    });
  }

  for (const n of out.nested) {
    if (n.call.args.slice(0, 3).some((a) => nestedPayload(a, source))) continue;
    if (n.loader !== 'torch.storage._load_from_bytes') continue; // other loaders are findings already
    const decompiled = py(n.call);
    findings.push({
      ruleId: 'pickle/code-execution',
      callable: n.loader,
      args: n.call.args.slice(0, MAX_ARGS).map(show),
      offset: n.call.offset,
      message: `Loading this file deserializes a payload through ${n.loader} that is computed while loading, so it cannot be checked: \`${decompiled}\`.`,
      properties: { decompiled },
    });
  }
  return collapseRebuilds(findings, rebuilds, source);
}

/**
 * dill and cloudpickle pickle a function by value as a chain of constructor
 * calls (code object, function, cells, state), each one a dangerous call on
 * its own. They describe one root cause: the outermost call of each chain is
 * the finding, and the calls nested in its arguments are listed under
 * `related` (callable, offset, decompiled) instead of being findings too.
 */
function collapseRebuilds(findings: FindingInput[], rebuilds: Map<FindingInput, PyCall>, source: ByteSource): FindingInput[] {
  if (rebuilds.size < 2) return findings;
  const absorbed = new Map<FindingInput, FindingInput>();
  const entries = [...rebuilds];
  for (const [inner, innerCall] of entries) {
    for (const [outer, outerCall] of entries) {
      // A setstate call returns None: what the outer call holds is the object it set up (its first argument).
      const target = innerCall.callee instanceof PyGlobal && SETSTATE.has(innerCall.callee.name) && innerCall.args[0] instanceof PyCall ? innerCall.args[0] : undefined;
      if (outer !== inner && (argumentsContain(outerCall, innerCall) || (target !== undefined && target !== outerCall && argumentsContain(outerCall, target)))) {
        absorbed.set(inner, outer);
        break;
      }
    }
  }
  if (absorbed.size === 0) return findings;
  const related = new Map<FindingInput, FindingInput[]>();
  for (const [inner] of absorbed) {
    let root = absorbed.get(inner)!;
    for (let hops = 0; absorbed.has(root) && hops < 64; hops++) root = absorbed.get(root)!;
    if (absorbed.has(root)) continue; // a cycle through shared memo values: keep both findings
    const list = related.get(root) ?? [];
    list.push(inner);
    related.set(root, list);
  }
  const dropped = new Set([...related.values()].flat());
  for (const [root, inners] of related) {
    inners.sort((a, b) => (a.offset ?? 0) - (b.offset ?? 0));
    root.properties = {
      ...root.properties,
      technique: 'function-by-value',
      related: inners.map((f) => ({ callable: f.callable, offset: f.offset, decompiled: f.properties?.decompiled ?? decompile(rebuilds.get(f)!, source) })),
    };
    root.message += ` This is one Python function rebuilt from raw bytecode; the ${inners.length} constructor call${inners.length === 1 ? '' : 's'} inside it (${inners.map((f) => f.callable).join(', ')}) ${inners.length === 1 ? 'is' : 'are'} listed as related, not reported separately.`;
  }
  return findings.filter((f) => !dropped.has(f));
}

/** Whether `inner` is (by identity) among the arguments, keyword arguments or BUILD state of `outer`, at any depth. */
function argumentsContain(outer: PyCall, inner: PyCall): boolean {
  const seen = new Set<Value>();
  const stack: { v: Value; depth: number }[] = [...outer.args, outer.kwargs ?? null, outer.state ?? null].map((v) => ({ v, depth: 0 }));
  while (stack.length > 0) {
    const { v, depth } = stack.pop()!;
    if (v === inner) return true;
    if (typeof v !== 'object' || v === null || depth > 24 || seen.has(v) || seen.size > 4096) continue;
    seen.add(v);
    const next = (x: Value) => stack.push({ v: x, depth: depth + 1 });
    switch (v.kind) {
      case 'call':
        next(v.callee);
        v.args.forEach(next);
        if (v.kwargs !== undefined) next(v.kwargs);
        if (v.state !== undefined) next(v.state);
        break;
      case 'tuple':
      case 'list':
      case 'set':
        v.items.forEach(next);
        break;
      case 'dict':
        v.values.forEach(next);
        break;
      default:
    }
  }
  return false;
}

/** The constructors dill, cloudpickle and `types` use to rebuild a function pickled by value. */
const REBUILD_MODULES = new Set(['dill', 'dill._dill', 'cloudpickle', 'cloudpickle.cloudpickle', 'cloudpickle.cloudpickle_fast', 'types']);
const REBUILD_NAMES = new Set([
  '_create_code', '_create_function', '_create_cell', '_create_type', '_load_type', '_make_function', '_make_cell', '_make_empty_cell',
  '_function_setstate', '_builtin_type', '_make_skeleton_class', '_class_setstate', 'CodeType', 'FunctionType',
]);
const BUILTIN_TYPE = new Set(['_builtin_type', '_load_type']);
const SETSTATE = new Set(['_function_setstate', '_class_setstate']);

function isRebuilder(g: PyGlobal): boolean {
  return !g.unresolved && REBUILD_MODULES.has(g.module) && REBUILD_NAMES.has(g.name);
}

/** `from os import system` for a global that is imported but not called. */
function importStatement(g: PyGlobal): string {
  if (g.module === 'builtins') return g.name;
  const dot = g.name.indexOf('.');
  return dot < 0 ? `from ${g.module} import ${g.name}` : `from ${g.module} import ${g.name.slice(0, dot)}; ${g.name.slice(dot + 1)}`;
}

/** BUILD on a global as the setattr calls Python makes. */
function setattrs(target: PyGlobal, state: Value, source: ByteSource): string {
  const dicts = state instanceof PyDict ? [state] : state instanceof PyTuple ? state.items.filter((x): x is PyDict => x instanceof PyDict) : [];
  const name = decompile(target, source);
  if (!dicts.length) return `${name}.__setstate__(${decompile(state, source)})`;
  const parts: string[] = [];
  for (const d of dicts) d.keys.slice(0, MAX_ARGS).forEach((k, i) => parts.push(`${name}.${typeof k === 'string' ? k : decompile(k, source)} = ${decompile(d.values[i]!, source)}`));
  return parts.join('; ');
}

/** `<code object using os, system; 'touch …'>` for marshalled code in a constant. */
function codeLabel(v: Value, source: ByteSource): string | undefined {
  const payload = nestedPayload(v, source);
  if (!payload || payload.length > 16 * 1024 * 1024) return undefined;
  const summary = summariseCode(payload);
  if ('error' in summary) return undefined;
  const strings = summary.strings.slice(0, 4).map((x) => pyRepr(x));
  return `<code object using ${summary.names.slice(0, 12).join(', ') || 'no names'}${strings.length ? `; ${strings.join(', ')}` : ''}>`;
}

/** marshal.loads of a constant: what the code object it rebuilds refers to. */
function describeCode(finding: FindingInput, call: PyCall, source: ByteSource): void {
  const payload = call.args.length ? nestedPayload(call.args[0]!, source) : undefined;
  if (!payload || payload.length > 16 * 1024 * 1024) return;
  const summary = summariseCode(payload);
  if ('error' in summary) return;
  const names = summary.names.slice(0, 16);
  const strings = summary.strings.slice(0, 8);
  finding.properties = { ...finding.properties, code: { names, strings, layout: summary.layout } };
  finding.message += ` The code object it rebuilds uses ${names.join(', ') || 'no names'}${strings.length ? ` and the strings ${strings.map((x) => pyRepr(x)).join(', ')}` : ''}.`;
}

/** types.CodeType(...) with constant arguments: the names tuple shows what the code calls. */
function describeCodeTuple(finding: FindingInput, call: PyCall): void {
  const names = new Set<string>();
  for (const a of call.args) {
    if (a instanceof PyTuple) for (const x of a.items) if (typeof x === 'string' && /^[A-Za-z_][A-Za-z0-9_]*$/.test(x)) names.add(x);
  }
  if (!names.size) return;
  finding.properties = { ...finding.properties, code: { names: [...names].slice(0, 16) } };
  finding.message += ` The code object refers to ${[...names].slice(0, 16).join(', ')}.`;
}

function globalFinding(
  callable: string,
  verdict: Verdict,
  args: string[] | undefined,
  offset: number,
  properties: Record<string, unknown>,
  called: boolean,
  decompiled: string,
  via: string,
): FindingInput {
  const withArgs = args && args.length ? ` with ${args.join(', ')}` : '';
  const code = `: \`${decompiled}\``;
  if (verdict.kind === 'deny') {
    properties.category = verdict.category;
    properties.reason = verdict.reason;
    const ruleId = verdict.severity === 'critical' ? 'pickle/code-execution' : 'pickle/system-access';
    let message: string;
    if (!called) {
      message = `Loading this file imports ${callable}, which ${verdict.reason}; a pickle has no reason to reference it.`;
    } else if (SHELL_RUNNERS.has(callable) && args && args.length >= 1 && /^['"]/.test(args[0]!)) {
      message = `Loading this file runs the shell command \`${unquote(args[0]!)}\` through ${callable}${via}${code}.`;
    } else {
      message = `Loading this file ${DOES[verdict.category]} through ${callable}${withArgs}${via}${code}.`;
    }
    return { ruleId, callable, ...(args ? { args } : {}), offset, message, properties };
  }
  return {
    ruleId: 'pickle/unknown-import',
    callable,
    ...(args ? { args } : {}),
    offset,
    message: called
      ? `Loading this file calls ${callable}${withArgs}${via}, which is not on the list of known-safe model classes${code}.`
      : `Loading this file imports ${callable}, which is not on the list of known-safe model classes.`,
    properties,
  };
}

/** Callables whose first argument is a shell command line. */
const SHELL_RUNNERS = new Set([
  'os.system', 'os.popen', 'subprocess.getoutput', 'subprocess.getstatusoutput', 'subprocess.check_output', 'subprocess.run',
  'subprocess.call', 'subprocess.check_call', 'subprocess.Popen', 'pty.spawn', 'platform.popen',
]);

function unquote(s: string): string {
  return s.slice(1, -1).replace(/\\(.)/g, '$1');
}

function worstVerdict(globals: PyGlobal[]): Verdict | undefined {
  let worst: Verdict | undefined;
  for (const g of globals) {
    const v = g.verdict;
    if (v.kind !== 'deny') continue;
    if (!worst || worst.kind !== 'deny' || (v.severity === 'critical' && worst.severity !== 'critical')) worst = v;
  }
  return worst;
}

/** For getattr(module, 'name') style chains, the callable they most likely produce. */
function resolvedTarget(callee: Value): string | undefined {
  if (!(callee instanceof PyCall) || !(callee.callee instanceof PyGlobal)) return undefined;
  const fn = `${callee.callee.module}.${callee.callee.name}`;
  const [a, b] = callee.args;
  const base = (v: Value | undefined): string | undefined => {
    if (typeof v === 'string') return v;
    if (v instanceof PyGlobal && !v.unresolved) return `${v.module}.${v.name}`;
    if (v instanceof PyCall) return resolvedTarget(v);
    return undefined;
  };
  switch (fn) {
    case 'builtins.getattr':
    case 'inspect.getattr_static':
      return base(a) && typeof b === 'string' ? `${base(a)}.${b}` : undefined;
    case 'builtins.__import__':
    case 'importlib.import_module':
    case 'pydoc.locate':
      return typeof a === 'string' ? a : undefined;
    case 'pkgutil.resolve_name':
      return typeof a === 'string' ? a.replace(':', '.') : undefined;
    default:
      return undefined;
  }
}

/** Renders a value like Python's repr, shortened. */
export function render(v: Value, source: ByteSource, depth: number, short = false): string {
  const s = renderInner(v, source, depth, short);
  return s.length > MAX_ARG_CHARS ? `${s.slice(0, MAX_ARG_CHARS - 1)}…` : s;
}

const MAX_DECOMPILED = 400;

/**
 * What the pickle would do, as Python a non-expert can read: `os.system('id')`,
 * `getattr(__import__('os'), 'system')('id')` (builtins unprefixed).
 */
export function decompile(v: Value, source: ByteSource): string {
  const s = renderInner(v, source, 0, true);
  return s.length > MAX_DECOMPILED ? `${s.slice(0, MAX_DECOMPILED - 1)}…` : s;
}

function renderInner(v: Value, source: ByteSource, depth: number, short = false): string {
  if (v === null) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  if (typeof v === 'string') return pyRepr(v.length > 200 ? v.slice(0, 200) : v);
  if (depth > 3) return '…';
  const list = (items: readonly Value[], more: number) =>
    items.slice(0, MAX_ARGS).map((x) => render(x, source, depth + 1, short)).join(', ') + (more > Math.min(items.length, MAX_ARGS) ? ', …' : '');
  switch (v.kind) {
    case 'bytes': {
      const head = v.inline ?? source.read(v.offset, Math.min(v.length, v.length > 80 ? 24 : 80));
      const text = Buffer.from(head).toString('latin1');
      if (v.text) return `${pyRepr(text)}… (${v.length} bytes)`;
      return `${v.mutable ? 'bytearray(' : ''}b${pyRepr(text)}${v.length > head.length ? `… (${v.length} bytes)` : ''}${v.mutable ? ')' : ''}`;
    }
    case 'tuple':
      return `(${list(v.items, v.count)}${v.count === 1 ? ',' : ''})`;
    case 'list':
      return `[${list(v.items, v.count)}]`;
    case 'set':
      return `${v.frozen ? 'frozenset(' : ''}{${list(v.items, v.count)}}${v.frozen ? ')' : ''}`;
    case 'dict':
      return `{${v.keys
        .slice(0, MAX_ARGS)
        .map((k, i) => `${render(k, source, depth + 1, short)}: ${render(v.values[i]!, source, depth + 1, short)}`)
        .join(', ')}${v.count > MAX_ARGS ? ', …' : ''}}`;
    case 'global':
      return short && v.module === 'builtins' && !v.unresolved ? v.name : v.dotted;
    case 'call': {
      const code = v.callee instanceof PyGlobal && v.callee.module === 'marshal' && v.args[0] !== undefined ? codeLabel(v.args[0], source) : undefined;
      return `${render(v.callee, source, depth + 1, short)}(${code ?? list(v.args, v.args.length)})`;
    }
    case 'opaque':
      return `<${v.what}>`;
  }
}

function pyRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return out + quote;
}

const MAX_NESTED = 256 * 1024 * 1024;

/**
 * The bytes a loader call would deserialize, when they are a constant in the
 * pickle, possibly wrapped in BytesIO / base64 / hex / latin-1 encode calls.
 */
export function nestedPayload(v: Value, source: ByteSource, depth = 0): Uint8Array | undefined {
  if (depth > 6) return undefined;
  if (v instanceof PyBytes) {
    if (v.inline) return v.inline;
    if (v.length > MAX_NESTED) return undefined;
    return source.read(v.offset, v.length);
  }
  if (typeof v === 'string') return Buffer.from(v, 'latin1');
  if (!(v instanceof PyCall) || !(v.callee instanceof PyGlobal)) return undefined;
  const fn = `${v.callee.module}.${v.callee.name}`;
  const inner = v.args[0];
  if (inner === undefined) return undefined;
  const raw = () => nestedPayload(inner, source, depth + 1);
  const asText = (): string | undefined => {
    if (typeof inner === 'string') return inner;
    const b = raw();
    return b ? Buffer.from(b).toString('latin1') : undefined;
  };
  switch (fn) {
    // Compressed payloads are handed over still compressed: the compressed-stream scanner
    // recognises them by content and inflates them within the file's budget.
    case 'zlib.decompress':
    case 'gzip.decompress':
    case 'bz2.decompress':
    case 'lzma.decompress':
    case 'io.BytesIO':
    case 'builtins.bytes':
    case 'builtins.bytearray':
    case '_codecs.encode':
    case 'codecs.encode':
      return raw();
    case 'base64.b64decode':
    case 'base64.standard_b64decode':
    case 'base64.decodebytes':
    case 'base64.urlsafe_b64decode':
    case 'binascii.a2b_base64': {
      const t = asText();
      return t === undefined ? undefined : Buffer.from(t, fn.includes('urlsafe') ? 'base64url' : 'base64');
    }
    case 'binascii.unhexlify':
    case 'binascii.a2b_hex':
    case 'builtins.bytes.fromhex':
    case 'base64.b16decode': {
      const t = asText();
      return t === undefined ? undefined : Buffer.from(t.replace(/\s+/g, ''), 'hex');
    }
    case 'codecs.decode': {
      const enc = v.args[1];
      const t = asText();
      if (t === undefined) return undefined;
      if (enc === 'base64') return Buffer.from(t, 'base64');
      if (enc === 'hex' || enc === 'hex_codec') return Buffer.from(t, 'hex');
      if (enc === 'base64_codec') return Buffer.from(t, 'base64');
      return raw();
    }
    default:
      return undefined;
  }
}

