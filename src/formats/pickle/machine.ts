import { classifyGlobal, isNestedLoader, type PicklePolicy } from '../../policy/pickle-globals.js';
import { canonicalName } from './compat.js';
import { decodeRawUnicodeEscape, decodeStringEscapes, parsePyFloat, parsePyInt } from './literals.js';
import { Op, HIGHEST_PROTOCOL, opName } from './opcodes.js';
import { type ByteReader, PickleError, TruncatedError } from './reader.js';
import { afterArrayWrapper } from './joblib.js';
import {
  PyBytes, PyCall, PyDict, PyGlobal, PyList, PyOpaque, PySet, PyTuple, type Value, KEEP_ITEMS, isObject,
} from './values.js';

/** Strings up to this many bytes are decoded into JS strings; longer ones stay as references into the source. */
const INLINE_STR = 64 * 1024;
/** Longest protocol-0 text argument (a GLOBAL line, a quoted STRING). */
const MAX_LINE = 1024 * 1024;
/** Calls remembered per global (the first one carries the arguments reported). */
const KEEP_CALLS = 8;

/** What one or more pickle streams did, for findings.ts to turn into findings. */
export class Collector {
  /** Globals not on the allowlist (including unresolved ones), in import order. */
  readonly globals: PyGlobal[] = [];
  /** Calls whose callee is not a named global (a call result, an unknown value). */
  readonly dynamicCalls: PyCall[] = [];
  /** BUILD applied to a module, class or function: attributes written on code. */
  readonly gadgets: { target: PyGlobal; offset: number; state: Value }[] = [];
  /** Calls to loaders that deserialize their argument. */
  readonly nested: { loader: string; call: PyCall }[] = [];
  /** Frame boundaries not respected (threats B8). */
  readonly frameIssues: { offset: number; message: string; resumeAt: number }[] = [];
  globalCount = 0;
  callCount = 0;
  /** When set, persistent ids are appended here (legacy torch walks its storages by them). */
  persistentIds: Value[] | undefined;

  get hasFindings(): boolean {
    return this.globals.length + this.dynamicCalls.length + this.gadgets.length + this.frameIssues.length > 0;
  }
}

export interface MachineLimits {
  maxOpcodes: number;
  maxStackDepth: number;
  maxMemoEntries: number;
  /** Called every 65,536 opcodes: throws when the file's time budget is spent (ctx.checkBudget). */
  checkBudget?: () => void;
}

/**
 * Executes one pickle stream symbolically: the unpickler's stack, mark stack and
 * memo, with imports and calls recorded instead of performed. Stops after STOP
 * (returns) or on malformed input (throws PickleError; what was recorded stays).
 */
export class PickleMachine {
  private readonly stack: Value[] = [];
  /** Stack heights at each MARK (the C unpickler's layout). */
  private readonly marks: number[] = [];
  private fence = 0;
  private readonly memo = new Map<number, Value>();
  proto = 0;
  opcodes = 0;
  /** The value STOP returned. */
  result: Value = null;
  private readonly maxStack: number;
  private frameEnd = -1;
  /** Cache of verdicts by "module name". */
  private readonly verdicts: Map<string, PyGlobal['verdict']>;

  constructor(
    private readonly r: ByteReader,
    private readonly policy: PicklePolicy,
    private readonly limits: MachineLimits,
    readonly out: Collector,
    verdictCache?: Map<string, PyGlobal['verdict']>,
  ) {
    this.verdicts = verdictCache ?? new Map();
    this.maxStack = limits.maxStackDepth;
  }

  /** Runs to STOP; returns the offset just past it. */
  run(): number {
    const r = this.r;
    const stack = this.stack;
    const maxOpcodes = this.limits.maxOpcodes;
    for (;;) {
      const start = r.pos;
      if (++this.opcodes > maxOpcodes) {
        throw new PickleError(`stopped after ${maxOpcodes} opcodes (opcode limit)`, start, true);
      }
      if ((this.opcodes & 0xffff) === 0) this.limits.checkBudget?.();
      const op = r.byte();
      switch (op) {
        case -1:
          throw new TruncatedError(`data ends at offset ${start} before the STOP opcode`, start);
        case Op.MARK:
          if (this.marks.length >= this.limits.maxStackDepth) throw this.limit('mark', start);
          this.marks.push(stack.length);
          this.fence = stack.length;
          break;
        case Op.STOP:
          this.result = this.pop(start);
          return r.pos;
        case Op.POP:
          if (this.marks.length > 0 && this.fence === stack.length) this.popMarkOnly();
          else this.pop(start);
          break;
        case Op.POP_MARK:
          stack.length = this.popMark(start);
          break;
        case Op.DUP:
          this.push(this.top(start), start);
          break;
        // ---- literals
        case Op.NONE:
          this.push(null, start);
          break;
        case Op.NEWTRUE:
          this.push(true, start);
          break;
        case Op.NEWFALSE:
          this.push(false, start);
          break;
        case Op.BININT:
          this.push(r.i32(), start);
          break;
        case Op.BININT1:
          this.push(r.u8(), start);
          break;
        case Op.BININT2:
          this.push(r.u16(), start);
          break;
        case Op.BINFLOAT:
          this.push(r.f64be(), start);
          break;
        case Op.LONG1:
          this.push(this.longBytes(r.u8(), start), start);
          break;
        case Op.LONG4: {
          const n = r.i32();
          if (n < 0) throw new PickleError(`LONG4 with negative length at offset ${start}`, start);
          this.push(this.longBytes(n, start), start);
          break;
        }
        case Op.INT: {
          const line = r.line(MAX_LINE);
          if (line === '01') this.push(true, start);
          else if (line === '00') this.push(false, start);
          else this.push(this.intLine(line, start), start);
          break;
        }
        case Op.LONG: {
          const line = r.line(MAX_LINE);
          this.push(this.intLine(line.endsWith('L') ? line.slice(0, -1) : line, start), start);
          break;
        }
        case Op.FLOAT: {
          const v = parsePyFloat(r.line(MAX_LINE));
          if (v === undefined) throw this.bad(`FLOAT argument is not a number`, start);
          this.push(v, start);
          break;
        }
        // ---- strings and bytes
        case Op.STRING: {
          const line = r.line(MAX_LINE);
          const q = line.charCodeAt(0);
          if (line.length < 2 || (q !== 0x22 && q !== 0x27) || line.charCodeAt(line.length - 1) !== q) {
            throw this.bad('STRING argument is not quoted', start);
          }
          this.push(decodeStringEscapes(line.slice(1, -1)), start);
          break;
        }
        case Op.UNICODE:
          this.push(decodeRawUnicodeEscape(r.line(MAX_LINE)), start);
          break;
        case Op.BINSTRING: {
          const n = r.i32();
          if (n < 0) throw this.bad('BINSTRING with negative length', start);
          this.push(this.str(n, 'latin1'), start);
          break;
        }
        case Op.SHORT_BINSTRING:
          this.push(this.str(r.u8(), 'latin1'), start);
          break;
        case Op.BINUNICODE:
          this.push(this.str(r.u32(), 'utf8'), start);
          break;
        case Op.SHORT_BINUNICODE:
          this.push(this.str(r.u8(), 'utf8'), start);
          break;
        case Op.BINUNICODE8:
          this.push(this.str(r.u64(), 'utf8'), start);
          break;
        case Op.BINBYTES:
          this.push(this.bytes(r.u32(), false), start);
          break;
        case Op.SHORT_BINBYTES:
          this.push(this.bytes(r.u8(), false), start);
          break;
        case Op.BINBYTES8:
          this.push(this.bytes(r.u64(), false), start);
          break;
        case Op.BYTEARRAY8:
          this.push(this.bytes(r.u64(), true), start);
          break;
        case Op.NEXT_BUFFER:
          this.push(new PyOpaque('out-of-band buffer'), start);
          break;
        case Op.READONLY_BUFFER:
          this.top(start);
          break;
        // ---- containers
        case Op.EMPTY_LIST:
          this.push(new PyList(), start);
          break;
        case Op.EMPTY_TUPLE:
          this.push(new PyTuple([]), start);
          break;
        case Op.EMPTY_DICT:
          this.push(new PyDict(), start);
          break;
        case Op.EMPTY_SET:
          this.push(new PySet(false), start);
          break;
        case Op.TUPLE1: {
          const a = this.pop(start);
          stack.push(new PyTuple([a]));
          break;
        }
        case Op.TUPLE2: {
          const b = this.pop(start);
          const a = this.pop(start);
          stack.push(new PyTuple([a, b]));
          break;
        }
        case Op.TUPLE3: {
          const c = this.pop(start);
          const b = this.pop(start);
          const a = this.pop(start);
          stack.push(new PyTuple([a, b, c]));
          break;
        }
        case Op.TUPLE: {
          const m = this.popMark(start);
          const t = new PyTuple(stack.slice(m, m + KEEP_ITEMS), stack.length - m);
          stack.length = m;
          stack.push(t);
          break;
        }
        case Op.LIST: {
          const m = this.popMark(start);
          const l = new PyList();
          for (let i = m; i < stack.length; i++) l.add(stack[i]!);
          stack.length = m;
          stack.push(l);
          break;
        }
        case Op.DICT: {
          const m = this.popMark(start);
          const dict = new PyDict();
          for (let i = m; i + 1 < stack.length; i += 2) dict.set(stack[i]!, stack[i + 1]!);
          stack.length = m;
          stack.push(dict);
          break;
        }
        case Op.FROZENSET: {
          const m = this.popMark(start);
          const s = new PySet(true);
          for (let i = m; i < stack.length; i++) s.add(stack[i]!);
          stack.length = m;
          stack.push(s);
          break;
        }
        case Op.APPEND: {
          const v = this.pop(start);
          const target = this.top(start);
          if (target instanceof PyList) target.add(v);
          break;
        }
        case Op.APPENDS: {
          const m = this.popMark(start);
          const target = this.below(m, start);
          if (target instanceof PyList) for (let i = m; i < stack.length; i++) target.add(stack[i]!);
          stack.length = m;
          break;
        }
        case Op.SETITEM: {
          const v = this.pop(start);
          const k = this.pop(start);
          const target = this.top(start);
          if (target instanceof PyDict) target.set(k, v);
          break;
        }
        case Op.SETITEMS: {
          const m = this.popMark(start);
          const target = this.below(m, start);
          if (target instanceof PyDict) for (let i = m; i + 1 < stack.length; i += 2) target.set(stack[i]!, stack[i + 1]!);
          stack.length = m;
          break;
        }
        case Op.ADDITEMS: {
          const m = this.popMark(start);
          const target = this.below(m, start);
          if (target instanceof PySet) for (let i = m; i < stack.length; i++) target.add(stack[i]!);
          stack.length = m;
          break;
        }
        // ---- memo
        case Op.PUT:
          this.put(this.intLine(r.line(MAX_LINE), start), start);
          break;
        case Op.BINPUT:
          this.put(r.u8(), start);
          break;
        case Op.LONG_BINPUT:
          this.put(r.u32(), start);
          break;
        case Op.MEMOIZE:
          this.put(this.memo.size, start);
          break;
        case Op.GET:
          this.get(this.intLine(r.line(MAX_LINE), start), start);
          break;
        case Op.BINGET:
          this.get(r.u8(), start);
          break;
        case Op.LONG_BINGET:
          this.get(r.u32(), start);
          break;
        // ---- imports
        case Op.GLOBAL: {
          const module = this.nameLine(start);
          const name = this.nameLine(start);
          this.push(this.global(module, name, start), start);
          break;
        }
        case Op.STACK_GLOBAL: {
          const name = this.pop(start);
          const module = this.pop(start);
          const m = this.operandString(module);
          const n = this.operandString(name);
          if (m === undefined || n === undefined) {
            this.push(this.unresolved(`module ${describeOperand(module)}, name ${describeOperand(name)}`, start), start);
          } else {
            this.push(this.global(m, n, start), start);
          }
          break;
        }
        case Op.EXT1:
          this.push(this.unresolved(`extension code ${r.u8()}`, start), start);
          break;
        case Op.EXT2:
          this.push(this.unresolved(`extension code ${r.u16()}`, start), start);
          break;
        case Op.EXT4:
          this.push(this.unresolved(`extension code ${r.i32()}`, start), start);
          break;
        // ---- calls
        case Op.REDUCE: {
          const args = this.pop(start);
          const callee = this.pop(start);
          stack.push(this.call(callee, argList(args), start));
          break;
        }
        case Op.NEWOBJ: {
          const args = this.pop(start);
          const cls = this.pop(start);
          stack.push(this.call(cls, argList(args), start));
          break;
        }
        case Op.NEWOBJ_EX: {
          const kwargs = this.pop(start);
          const args = this.pop(start);
          const cls = this.pop(start);
          stack.push(this.call(cls, argList(args), start, kwargs));
          break;
        }
        case Op.OBJ: {
          const m = this.popMark(start);
          if (stack.length === m) throw this.bad('OBJ without a class', start);
          const cls = stack[m]!;
          const args = stack.slice(m + 1, m + 1 + KEEP_ITEMS);
          stack.length = m;
          stack.push(this.call(cls, args, start));
          break;
        }
        case Op.INST: {
          const module = this.nameLine(start);
          const name = this.nameLine(start);
          const cls = this.global(module, name, start);
          const m = this.popMark(start);
          const args = stack.slice(m, m + KEEP_ITEMS);
          stack.length = m;
          stack.push(this.call(cls, args, start));
          break;
        }
        case Op.BUILD: {
          const state = this.pop(start);
          const target = this.top(start);
          this.build(target, state, start);
          break;
        }
        case Op.PERSID: {
          const pid = r.line(MAX_LINE);
          this.persistentId(pid);
          this.push(new PyOpaque('persistent object', pid), start);
          break;
        }
        case Op.BINPERSID: {
          const pid = this.pop(start);
          this.persistentId(pid);
          stack.push(new PyOpaque('persistent object', pid));
          break;
        }
        // ---- framing
        case Op.PROTO: {
          const p = r.u8();
          if (p > HIGHEST_PROTOCOL) throw this.bad(`unsupported pickle protocol ${p}`, start);
          this.proto = p;
          break;
        }
        case Op.FRAME: {
          const n = r.u64();
          if (this.frameEnd > start) {
            this.out.frameIssues.push({ offset: start, message: 'a new frame starts before the previous one ends', resumeAt: this.frameEnd });
          }
          if (n > r.end - r.pos) throw new PickleError(`FRAME at offset ${start} declares ${n} bytes but the data ends first`, start);
          this.frameEnd = r.pos + n;
          break;
        }
        default:
          throw this.bad(`unknown opcode 0x${op.toString(16).padStart(2, '0')}`, start);
      }
      // An argument running past the end of its frame: loaders disagree on what follows (threats B8).
      if (this.frameEnd > start && r.pos > this.frameEnd) {
        this.out.frameIssues.push({
          offset: start,
          message: `${opName(op)} at offset ${start} runs past the end of its frame at offset ${this.frameEnd}`,
          resumeAt: this.frameEnd,
        });
        this.frameEnd = -1;
      }
    }
  }

  private persistentId(pid: Value): void {
    const ids = this.out.persistentIds;
    if (ids && ids.length < this.limits.maxMemoEntries) ids.push(pid);
  }

  // ---- stack helpers

  private push(v: Value, at: number): void {
    if (this.stack.length >= this.maxStack) throw this.limit('stack', at);
    this.stack.push(v);
  }

  private pop(at: number): Value {
    if (this.stack.length <= this.fence) throw this.bad('stack underflow', at);
    return this.stack.pop()!;
  }

  private top(at: number): Value {
    if (this.stack.length <= this.fence) throw this.bad('stack underflow', at);
    return this.stack[this.stack.length - 1]!;
  }

  /** The item just under a MARK's items (the container APPENDS/SETITEMS/ADDITEMS fill). */
  private below(m: number, at: number): Value {
    if (m <= this.fence) throw this.bad('stack underflow', at);
    return this.stack[m - 1]!;
  }

  /** Pops the last MARK; returns where its items start (they are still on the stack). */
  private popMark(at: number): number {
    if (this.marks.length === 0) throw this.bad('MARK expected but not found', at);
    const m = this.marks.pop()!;
    this.fence = this.marks.length ? this.marks[this.marks.length - 1]! : 0;
    return m;
  }

  private popMarkOnly(): void {
    this.marks.pop();
    this.fence = this.marks.length ? this.marks[this.marks.length - 1]! : 0;
  }

  private put(index: number | bigint | boolean | null | string | object, at: number): void {
    if (typeof index !== 'number' || index < 0) throw this.bad('invalid memo index', at);
    if (!this.memo.has(index) && this.memo.size >= this.limits.maxMemoEntries) throw this.limit('memo', at);
    this.memo.set(index, this.top(at));
  }

  private get(index: Value, at: number): void {
    const v = typeof index === 'number' ? this.memo.get(index) : undefined;
    if (v === undefined) throw this.bad(`memo key ${String(index)} is not set`, at);
    this.push(v, at);
  }

  // ---- argument decoding

  private str(n: number, encoding: 'utf8' | 'latin1'): Value {
    if (n <= INLINE_STR) return this.r.text(n, encoding);
    const offset = this.r.pos;
    this.r.skip(n);
    return new PyBytes(offset, n, true);
  }

  private bytes(n: number, mutable: boolean): PyBytes {
    const offset = this.r.pos;
    this.r.skip(n);
    return new PyBytes(offset, n, false, mutable);
  }

  private longBytes(n: number, at: number): Value {
    if (n === 0) return 0;
    if (n > 64) {
      this.r.skip(n);
      return new PyOpaque(`${n}-byte integer`);
    }
    const b = this.r.copy(n);
    let v = 0n;
    for (let i = n - 1; i >= 0; i--) v = (v << 8n) | BigInt(b[i]!);
    if (b[n - 1]! & 0x80) v -= 1n << BigInt(8 * n);
    void at;
    return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
  }

  private intLine(line: string, at: number): number | bigint {
    const v = parsePyInt(line);
    if (v === undefined) throw this.bad(`invalid integer argument ${JSON.stringify(line.slice(0, 40))}`, at);
    return v;
  }

  /** A GLOBAL/INST line: module or name, decoded as UTF-8 like the unpickler does. */
  private nameLine(at: number): string {
    const raw = this.r.line(MAX_LINE);
    void at;
    let s = /[^\x00-\x7f]/.test(raw) ? Buffer.from(raw, 'latin1').toString('utf8') : raw;
    // A stray CR fails the import in CPython, but the intent is the same name.
    if (s.endsWith('\r')) s = s.slice(0, -1);
    return s;
  }

  private operandString(v: Value): string | undefined {
    if (typeof v === 'string') return v;
    if (v instanceof PyBytes && v.text && v.length <= MAX_LINE) {
      return Buffer.from(this.r.source.read(v.offset, v.length)).toString('utf8');
    }
    return undefined;
  }

  // ---- imports and calls

  private global(module: string, name: string, at: number): PyGlobal {
    this.out.globalCount++;
    const canon = canonicalName(module, name);
    const key = `${canon.module} ${canon.name}`;
    let verdict = this.verdicts.get(key);
    if (!verdict) {
      verdict = classifyGlobal(this.policy, canon.module, canon.name);
      this.verdicts.set(key, verdict);
    }
    const written = canon.module !== module || canon.name !== name ? `${module}.${name}` : undefined;
    const g = new PyGlobal(canon.module, canon.name, written, at, verdict);
    if (verdict.kind !== 'allow') this.out.globals.push(g);
    return g;
  }

  private unresolved(description: string, at: number): PyGlobal {
    this.out.globalCount++;
    const g = new PyGlobal('', '', undefined, at, { kind: 'unknown' }, description);
    this.out.globals.push(g);
    return g;
  }

  private call(callee: Value, args: Value[], at: number, kwargs?: Value): PyCall {
    // Legacy torch.save names module classes through persistent ids ('module', cls, file, source).
    if (callee instanceof PyOpaque && callee.detail instanceof PyTuple && callee.detail.items[0] === 'module' && callee.detail.items[1] instanceof PyGlobal) {
      callee = callee.detail.items[1];
    }
    const c = new PyCall(callee, args, at, kwargs);
    this.out.callCount++;
    if (callee instanceof PyGlobal) {
      if (callee.verdict.kind !== 'allow' || callee.unresolved) {
        if (callee.calls.length < KEEP_CALLS) callee.calls.push(c);
      }
      if (isNestedLoader(this.policy, callee.module, callee.name) && this.out.nested.length < 256) {
        this.out.nested.push({ loader: callee.dotted, call: c });
      }
    } else {
      // Calling a value computed at load time (getattr(...)(...)): one finding for the chain.
      // Everything that computed the callee is part of this one root cause.
      markChain(callee, 0);
      if (this.out.dynamicCalls.length < 1024) this.out.dynamicCalls.push(c);
    }
    return c;
  }

  private build(target: Value, state: Value, at: number): void {
    if (target instanceof PyGlobal) {
      // Writing attributes on a module, class or function: a gadget (threats D11).
      this.out.gadgets.push({ target, offset: at, state });
      return;
    }
    if (target instanceof PyCall) {
      target.state = state;
      const callee = target.callee;
      if (callee instanceof PyGlobal && callee.name === 'NumpyArrayWrapper' && callee.verdict.kind === 'allow') {
        // joblib: the array's raw bytes (or a nested pickle) follow BUILD inline, after the frame closes.
        if (this.frameEnd <= this.r.pos) this.frameEnd = -1;
        afterArrayWrapper(this.r, state, at, () => this.subPickle());
      }
    }
  }

  /** A pickle embedded inline (joblib object arrays): its own memo and stack, same findings. */
  private subPickle(): void {
    const sub = new PickleMachine(this.r, this.policy, { ...this.limits, maxOpcodes: this.limits.maxOpcodes - this.opcodes }, this.out, this.verdicts);
    sub.run();
    this.opcodes += sub.opcodes;
  }

  private bad(message: string, at: number): PickleError {
    return new PickleError(`${message} at offset ${at}`, at);
  }

  private limit(what: 'stack' | 'mark' | 'memo', at: number): PickleError {
    const n = what === 'memo' ? this.limits.maxMemoEntries : this.limits.maxStackDepth;
    return new PickleError(`${what} grew past ${n} entries (${what === 'memo' ? 'memo' : 'stack depth'} limit) at offset ${at}`, at, true);
  }
}

function markChain(v: Value, depth: number): void {
  if (!isObject(v) || depth > 16) return;
  if (v instanceof PyGlobal) v.covered = true;
  else if (v instanceof PyCall) {
    v.consumed = true;
    markChain(v.callee, depth + 1);
    for (const a of v.args) markChain(a, depth + 1);
  } else if (v instanceof PyTuple || v instanceof PyList) for (const a of v.items) markChain(a, depth + 1);
}

/** REDUCE/NEWOBJ arguments as a list (a non-tuple fails in CPython, but the call was attempted). */
function argList(args: Value): Value[] {
  if (args instanceof PyTuple) return args.items;
  if (args instanceof PyList) return args.items;
  return [args];
}

function describeOperand(v: Value): string {
  if (typeof v === 'string') return JSON.stringify(v.slice(0, 40));
  if (v === null) return 'None';
  if (!isObject(v)) return typeof v;
  if (v instanceof PyCall) return 'computed by a call';
  if (v instanceof PyGlobal) return `the object ${v.dotted}`;
  return v.kind;
}
