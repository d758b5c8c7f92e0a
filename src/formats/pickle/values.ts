import type { Verdict } from '../../policy/pickle-globals.js';

/**
 * Symbolic Python values. Literals are plain JS values (None is null; int and
 * float are both numbers, big ints bigint; str is string); everything else is
 * one of the classes below. Nothing here is ever executed.
 */
export type Value = null | boolean | number | bigint | string | PyObject;
export type PyObject = PyBytes | PyList | PyTuple | PyDict | PySet | PyGlobal | PyCall | PyOpaque;

/** Containers keep this many items: enough to show arguments, bounded for huge lists. */
export const KEEP_ITEMS = 32;

/**
 * A bytes, bytearray or long str constant: where it lies in the source, not its
 * content (tensor data is never copied; nested payloads are read back on demand).
 */
export class PyBytes {
  readonly kind = 'bytes';
  constructor(
    readonly offset: number,
    readonly length: number,
    /** A str too long to decode eagerly (its bytes are UTF-8, or latin-1 for protocol-0 strings). */
    readonly text: boolean,
    readonly mutable = false,
    /** Content already known (decoded from escapes, or computed): used instead of offset. */
    readonly inline?: Uint8Array,
  ) {}
}

export class PyList {
  readonly kind = 'list';
  readonly items: Value[] = [];
  count = 0;
  add(v: Value): void {
    if (this.items.length < KEEP_ITEMS) this.items.push(v);
    this.count++;
  }
}

export class PyTuple {
  readonly kind = 'tuple';
  constructor(
    readonly items: Value[],
    readonly count = items.length,
  ) {}
}

export class PyDict {
  readonly kind = 'dict';
  readonly keys: Value[] = [];
  readonly values: Value[] = [];
  count = 0;
  set(k: Value, v: Value): void {
    if (typeof k === 'string' || typeof k === 'number') {
      const i = this.keys.indexOf(k);
      if (i >= 0) {
        this.values[i] = v;
        return;
      }
    }
    if (this.keys.length < KEEP_ITEMS) {
      this.keys.push(k);
      this.values.push(v);
    }
    this.count++;
  }
  get(k: string): Value | undefined {
    const i = this.keys.indexOf(k);
    return i >= 0 ? this.values[i] : undefined;
  }
}

export class PySet {
  readonly kind = 'set';
  readonly items: Value[] = [];
  count = 0;
  constructor(readonly frozen: boolean) {}
  add(v: Value): void {
    if (this.items.length < KEEP_ITEMS) this.items.push(v);
    this.count++;
  }
}

/** An imported name (GLOBAL, STACK_GLOBAL, INST, EXT). */
export class PyGlobal {
  readonly kind = 'global';
  /** Calls made on it, in order (bounded). */
  readonly calls: PyCall[] = [];
  /** Part of a computed callee (partial(os.system)(), getattr(...)()): that call's finding covers it. */
  covered = false;
  /** Imported after the same pickle called something that writes files (threats C8, D13). */
  afterWrite = false;
  /** How a STACK_GLOBAL operand was computed at load time (str.join, ...), when it was. */
  computed: string | undefined;
  constructor(
    /** Canonical module and name (Python 2 names and C modules mapped). */
    readonly module: string,
    readonly name: string,
    /** As written in the pickle, when different. */
    readonly written: string | undefined,
    readonly offset: number,
    readonly verdict: Verdict,
    /** Set when the name is computed at load time (non-literal STACK_GLOBAL operands, EXT codes). */
    readonly unresolved?: string,
  ) {}
  get dotted(): string {
    return this.unresolved ? `<${this.unresolved}>` : `${this.module}.${this.name}`;
  }
}

/** The result of calling something: REDUCE, NEWOBJ(_EX), OBJ, INST. */
export class PyCall {
  readonly kind = 'call';
  /** Its result was itself called: the outer call's finding covers this one. */
  consumed = false;
  /** State applied by BUILD. */
  state: Value | undefined;
  /** The value the call returns, when it is a pure function of constants (str.join, str, chr, ...). */
  value: Value | readonly string[] | undefined;
  /** A call made on the callee's behalf by a dispatcher (map, atexit.register, ...): that dispatcher call. */
  via: PyCall | undefined;
  constructor(
    readonly callee: Value,
    readonly args: readonly Value[],
    readonly offset: number,
    readonly kwargs?: Value,
  ) {}
}

/** Something we do not model: persistent ids, out-of-band buffers, huge ints. */
export class PyOpaque {
  readonly kind = 'opaque';
  constructor(
    readonly what: string,
    readonly detail?: Value,
  ) {}
}

export function isObject(v: Value): v is PyObject {
  return typeof v === 'object' && v !== null;
}

/** The root global a value was computed from, following calls (getattr(x)(...) -> getattr). */
export function globalsIn(v: Value, out: PyGlobal[] = [], depth = 0): PyGlobal[] {
  if (!isObject(v) || depth > 16 || out.length > 64) return out;
  switch (v.kind) {
    case 'global':
      out.push(v);
      break;
    case 'call':
      globalsIn(v.callee, out, depth + 1);
      for (const a of v.args) globalsIn(a, out, depth + 1);
      if (v.kwargs !== undefined) globalsIn(v.kwargs, out, depth + 1);
      break;
    case 'tuple':
    case 'list':
    case 'set':
      for (const a of v.items) globalsIn(a, out, depth + 1);
      break;
    case 'dict':
      for (const a of v.values) globalsIn(a, out, depth + 1);
      break;
    default:
  }
  return out;
}
