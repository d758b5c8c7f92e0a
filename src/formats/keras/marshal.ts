/**
 * A bounded reader for CPython `marshal` data, enough to list what a
 * marshalled code object refers to (Keras Lambda bytecode). It never runs
 * anything: it collects the names (co_names, variable names) and string
 * constants of the code object and of every code object nested in it.
 */

export interface CodeSummary {
  /** co_names of every code object: globals and attributes the code uses. */
  names: string[];
  /** Local/free variable names, function names. */
  identifiers: string[];
  /** String and bytes constants (shortened). */
  strings: string[];
  /** Python version family the layout matched ("3.11+", "3.8-3.10", ...). */
  layout: string;
}

/** Code-object field layouts across CPython versions (count of leading int32 fields and the object fields). */
interface Layout {
  label: string;
  ints: number;
  /** Object fields after `names`, before firstlineno, the ones that hold identifiers marked true. */
  middle: boolean[];
  /** Object fields after firstlineno. */
  trailing: number;
}

// Field order from CPython's marshal.c w_object(code) per version.
const LAYOUTS: Layout[] = [
  // 3.11+: argcount, posonly, kwonly, stacksize, flags | code consts names localsplusnames localspluskinds filename name qualname | firstlineno | linetable exceptiontable
  { label: '3.11+', ints: 5, middle: [true, false, false, true, true], trailing: 2 },
  // 3.8-3.10: argcount, posonly, kwonly, nlocals, stacksize, flags | code consts names varnames freevars cellvars filename name | firstlineno | lnotab
  { label: '3.8-3.10', ints: 6, middle: [true, true, true, false, true], trailing: 1 },
  // 3.0-3.7: argcount, kwonly, nlocals, stacksize, flags | same objects as 3.8
  { label: '3.0-3.7', ints: 5, middle: [true, true, true, false, true], trailing: 1 },
  // 2.x: argcount, nlocals, stacksize, flags
  { label: '2.x', ints: 4, middle: [true, true, true, false, true], trailing: 1 },
];

const FLAG_REF = 0x80;
const MAX_DEPTH = 64;
const MAX_OBJECTS = 200_000;
const MAX_STRING_SHOWN = 120;

/** True when the bytes start like a marshalled code object ('c', optionally with the ref flag). */
export function looksLikeMarshalledCode(bytes: Uint8Array): boolean {
  return bytes.length > 16 && (bytes[0]! & ~FLAG_REF) === 0x63;
}

/**
 * Summarises a marshalled code object. Returns an error string when no known
 * layout parses the bytes exactly (the caller treats that as "unknown code").
 */
export function summariseCode(bytes: Uint8Array): CodeSummary | { error: string } {
  let lastError = 'not a code object';
  for (const layout of LAYOUTS) {
    const reader = new MarshalReader(bytes, layout);
    try {
      const root = reader.object(0);
      if (!(root instanceof CodeMarker)) return { error: 'the data is not a code object' };
      if (reader.pos !== bytes.length) throw new Error(`${bytes.length - reader.pos} bytes left over`);
      return {
        names: [...reader.names],
        identifiers: [...reader.identifiers],
        strings: [...reader.strings],
        layout: layout.label,
      };
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
    }
  }
  return { error: `bytecode not understood (${lastError})` };
}

class CodeMarker {}
const CODE = new CodeMarker();

type Value = string | number | bigint | boolean | null | undefined | Uint8Array | Value[] | CodeMarker | Map<unknown, unknown>;

class MarshalReader {
  pos = 0;
  readonly names = new Set<string>();
  readonly identifiers = new Set<string>();
  readonly strings = new Set<string>();
  private readonly refs: Value[] = [];
  private objects = 0;
  private readonly text = new TextDecoder('utf-8', { fatal: false });
  private readonly latin1 = new TextDecoder('latin1');

  constructor(
    private readonly bytes: Uint8Array,
    private readonly layout: Layout,
  ) {}

  object(depth: number): Value {
    if (depth > MAX_DEPTH) throw new Error('nested too deeply');
    if (++this.objects > MAX_OBJECTS) throw new Error('too many objects');
    const code = this.u8();
    const flag = (code & FLAG_REF) !== 0;
    const type = String.fromCharCode(code & ~FLAG_REF);
    // Containers and code objects reserve their ref slot before their contents (marshal.c r_ref_reserve).
    const slot = flag ? this.refs.push(undefined) - 1 : -1;
    const value = this.value(type, depth);
    if (slot >= 0) this.refs[slot] = value;
    return value;
  }

  private value(type: string, depth: number): Value {
    switch (type) {
      case '0':
      case 'N':
      case 'S':
      case '.':
        return null;
      case 'F':
        return false;
      case 'T':
        return true;
      case 'i':
        return this.i32();
      case 'I':
        this.skip(8);
        return 0;
      case 'l': {
        const n = Math.abs(this.i32());
        this.skip(n * 2);
        return 0;
      }
      case 'g':
        this.skip(8);
        return 0;
      case 'y':
        this.skip(16);
        return 0;
      case 'f':
        this.skip(this.u8());
        return 0;
      case 'x':
        this.skip(this.u8());
        this.skip(this.u8());
        return 0;
      case 's':
        return this.take(this.size());
      case 't':
      case 'u':
        return this.text.decode(this.take(this.size()));
      case 'a':
      case 'A':
        return this.latin1.decode(this.take(this.size()));
      case 'z':
      case 'Z':
        return this.latin1.decode(this.take(this.u8()));
      case 'R': {
        // Python 2 string-table reference.
        this.i32();
        return '';
      }
      case ')': // small tuple
        return this.sequence(this.u8(), depth);
      case '(':
      case '[':
      case '<':
      case '>':
        return this.sequence(this.size(), depth);
      case '{': {
        const map = new Map<unknown, unknown>();
        for (;;) {
          if (this.bytes[this.pos] === 0x30) {
            this.pos++;
            return map;
          }
          map.set(this.object(depth + 1), this.object(depth + 1));
        }
      }
      case 'r': {
        const index = this.i32();
        if (index < 0 || index >= this.refs.length) throw new Error(`bad reference ${index}`);
        return this.refs[index];
      }
      case 'c':
        this.code(depth);
        return CODE;
      default:
        throw new Error(`unknown marshal type 0x${type.charCodeAt(0).toString(16)} at ${this.pos - 1}`);
    }
  }

  private code(depth: number): void {
    this.skip(4 * this.layout.ints);
    const bytecode = this.object(depth + 1);
    if (!(bytecode instanceof Uint8Array)) throw new Error('code object without bytecode');
    const consts = this.object(depth + 1);
    for (const c of asList(consts)) this.noteConstant(c);
    for (const name of asList(this.object(depth + 1))) if (typeof name === 'string') this.names.add(name);
    for (const holdsIdentifiers of this.layout.middle) {
      const value = this.object(depth + 1);
      if (!holdsIdentifiers) continue;
      for (const v of Array.isArray(value) ? value : [value]) if (typeof v === 'string') this.identifiers.add(v);
    }
    this.i32(); // firstlineno
    for (let i = 0; i < this.layout.trailing; i++) this.object(depth + 1);
  }

  private noteConstant(value: Value): void {
    if (typeof value === 'string' && value.length > 0) this.strings.add(shorten(value));
    else if (value instanceof Uint8Array && value.length > 0) this.strings.add(shorten(this.latin1.decode(value)));
    else if (Array.isArray(value)) for (const v of value) this.noteConstant(v);
  }

  private sequence(n: number, depth: number): Value[] {
    const out: Value[] = [];
    for (let i = 0; i < n; i++) out.push(this.object(depth + 1));
    return out;
  }

  private size(): number {
    const n = this.i32();
    if (n < 0 || n > this.bytes.length - this.pos) throw new Error(`bad length ${n} at ${this.pos - 4}`);
    return n;
  }

  private take(n: number): Uint8Array {
    if (this.pos + n > this.bytes.length) throw new Error('truncated');
    const out = this.bytes.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  private skip(n: number): void {
    this.take(n);
  }

  private u8(): number {
    if (this.pos >= this.bytes.length) throw new Error('truncated');
    return this.bytes[this.pos++]!;
  }

  private i32(): number {
    const b = this.take(4);
    return b[0]! | (b[1]! << 8) | (b[2]! << 16) | (b[3]! << 24);
  }
}

function asList(value: Value): Value[] {
  return Array.isArray(value) ? value : [];
}

function shorten(s: string): string {
  return s.length > MAX_STRING_SHOWN ? `${s.slice(0, MAX_STRING_SHOWN)}…` : s;
}
