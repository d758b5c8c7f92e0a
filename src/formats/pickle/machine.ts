import { classifyGlobal, isNestedLoader, type Dispatcher, type PicklePolicy } from '../../policy/pickle-globals.js';
import { canonicalName } from './compat.js';
import { decodeRawUnicodeEscape, decodeStringEscapes, decodeUtf8Strict, parsePyFloat, parsePyInt } from './literals.js';
import { Op, HIGHEST_PROTOCOL, opName } from './opcodes.js';
import { type ByteReader, PickleError, TruncatedError, f64beAt } from './reader.js';
import { afterArrayWrapper } from './joblib.js';
import {
  PyBytes, PyCall, PyDict, PyGlobal, PyList, PyOpaque, PySet, PyTuple, type Value, KEEP_ITEMS, globalsIn, isObject,
} from './values.js';

/** Strings up to this many bytes are decoded into JS strings; longer ones stay as references into the source. */
const INLINE_STR = 64 * 1024;
/** Longest protocol-0 text argument (a GLOBAL line, a quoted STRING). */
const MAX_LINE = 1024 * 1024;
/** Calls remembered per global (the first one carries the arguments reported). */
const KEEP_CALLS = 8;
/** Memo indexes below this live in a dense array; sparse or huge ones in a Map. */
const DENSE_MEMO = 1 << 26;
/** Longest string a folded call may produce (names are short; this only bounds work). */
const MAX_FOLDED = 4096;
/** Attributes remembered per global written by BUILD (threats B2, D11). */
const MAX_ATTRS = 64;

/**
 * A memo slot holding a str that was read from the source: only its offset and
 * length are kept (memoStrAt/memoStrLen) and GET decodes it again. Millions of
 * memoized strings then cost 12 bytes each and nothing for the garbage collector.
 */
const MEMO_STR = new PyOpaque('memoized str');

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
  /** Calls so far to callables that write or create files (threats C8, D13). */
  fileCalls = 0;
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
  /** Called every 64Ki opcodes; throws when the file's time budget is spent. */
  checkBudget?: () => void;
}

/**
 * Executes one pickle stream symbolically: the unpickler's stack, mark stack and
 * memo, with imports and calls recorded instead of performed. Stops after STOP
 * (returns) or on malformed input (throws PickleError; what was recorded stays).
 *
 * Hot path notes: the stack is an array with an explicit top (`sp`) that never
 * shrinks, so batches of APPENDS/SETITEMS do not reallocate it; the memo is a
 * dense array; the switch is over small integers only.
 */
export class PickleMachine {
  private readonly stack: Value[] = [];
  private sp = 0;
  /** Stack heights at each MARK (the C unpickler's layout). */
  private readonly marks: number[] = [];
  private fence = 0;
  private readonly memo: Value[] = [];
  private memoSparse: Map<number, Value> | undefined;
  private memoCount = 0;
  private memoStrAt = new Float64Array(0);
  private memoStrLen = new Uint32Array(0);
  /** The str the fast path pushed last: where its bytes are, and its stack slot. */
  private lastStr: string | undefined;
  private lastStrAt = 0;
  private lastStrLen = 0;
  private lastStrSp = -1;
  proto = 0;
  opcodes = 0;
  /** The value STOP returned. */
  result: Value = null;
  private readonly maxStack: number;
  private frameEnd = -1;
  /** Cache of verdicts by "module name". */
  private readonly verdicts: Map<string, PyGlobal['verdict']>;
  /** Attributes written by BUILD on globals ("module name" -> attribute -> value). */
  private attrs: Map<string, Map<string, Value>> | undefined;

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
    const checkBudget = this.limits.checkBudget;
    let opcodes = this.opcodes;
    let checked = opcodes;
    try {
      for (;;) {
        opcodes = this.fast(opcodes, maxOpcodes);
        if (opcodes - checked >= 0x10000) {
          checked = opcodes;
          if (checkBudget) checkBudget();
        }
        const start = r.pos;
        if (++opcodes > maxOpcodes) {
          throw new PickleError(`stopped after ${maxOpcodes} opcodes (opcode limit)`, start, true);
        }
        const op = r.byte();
        switch (op) {
          case -1:
            throw new TruncatedError(`data ends at offset ${start} before the STOP opcode`, start);
          case Op.MARK:
            if (this.marks.length >= this.maxStack) throw this.limit('mark', start);
            this.marks.push(this.sp);
            this.fence = this.sp;
            break;
          case Op.STOP:
            this.result = this.pop(start);
            return r.pos;
          case Op.POP:
            if (this.marks.length > 0 && this.fence === this.sp) this.popMarkOnly();
            else this.pop(start);
            break;
          case Op.POP_MARK:
            this.sp = this.popMark(start);
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
            this.push(this.longBytes(r.u8()), start);
            break;
          case Op.LONG4: {
            const n = r.i32();
            if (n < 0) throw new PickleError(`LONG4 with negative length at offset ${start}`, start);
            this.push(this.longBytes(n), start);
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
            this.push(this.latin1(n), start);
            break;
          }
          case Op.SHORT_BINSTRING:
            this.push(this.latin1(r.u8()), start);
            break;
          case Op.BINUNICODE:
            this.push(this.unicode(r.u32(), start), start);
            break;
          case Op.SHORT_BINUNICODE:
            this.push(this.unicode(r.u8(), start), start);
            break;
          case Op.BINUNICODE8:
            this.push(this.unicode(r.u64(), start), start);
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
            stack[this.sp++] = new PyTuple([a]);
            break;
          }
          case Op.TUPLE2: {
            const b = this.pop(start);
            const a = this.pop(start);
            stack[this.sp++] = new PyTuple([a, b]);
            break;
          }
          case Op.TUPLE3: {
            const c = this.pop(start);
            const b = this.pop(start);
            const a = this.pop(start);
            stack[this.sp++] = new PyTuple([a, b, c]);
            break;
          }
          case Op.TUPLE: {
            const m = this.popMark(start);
            const t = new PyTuple(stack.slice(m, Math.min(this.sp, m + KEEP_ITEMS)), this.sp - m);
            this.sp = m;
            stack[this.sp++] = t;
            break;
          }
          case Op.LIST: {
            const m = this.popMark(start);
            const l = new PyList();
            for (let i = m; i < this.sp; i++) l.add(stack[i]!);
            this.sp = m;
            stack[this.sp++] = l;
            break;
          }
          case Op.DICT: {
            const m = this.popMark(start);
            const dict = new PyDict();
            for (let i = m; i + 1 < this.sp; i += 2) dict.set(stack[i]!, stack[i + 1]!);
            this.sp = m;
            stack[this.sp++] = dict;
            break;
          }
          case Op.FROZENSET: {
            const m = this.popMark(start);
            const s = new PySet(true);
            for (let i = m; i < this.sp; i++) s.add(stack[i]!);
            this.sp = m;
            stack[this.sp++] = s;
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
            if (target instanceof PyList) {
              const sp = this.sp;
              // Only the first KEEP_ITEMS are kept; the rest are counted.
              let i = m;
              for (; i < sp && target.items.length < KEEP_ITEMS; i++) target.add(stack[i]!);
              target.count += sp - i;
            }
            this.sp = m;
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
            if (target instanceof PyDict) for (let i = m; i + 1 < this.sp; i += 2) target.set(stack[i]!, stack[i + 1]!);
            this.sp = m;
            break;
          }
          case Op.ADDITEMS: {
            const m = this.popMark(start);
            const target = this.below(m, start);
            if (target instanceof PySet) for (let i = m; i < this.sp; i++) target.add(stack[i]!);
            this.sp = m;
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
            this.put(this.memoCount, start);
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
              const g = this.global(m, n, start);
              const how = [module, name].filter((v) => v instanceof PyCall).map((v) => foldedFrom(v as PyCall));
              if (g instanceof PyGlobal && how.length) g.computed = how.join(', ');
              this.push(g, start);
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
            stack[this.sp++] = this.call(callee, argList(args), start);
            break;
          }
          case Op.NEWOBJ: {
            const args = this.pop(start);
            const cls = this.pop(start);
            stack[this.sp++] = this.call(cls, argList(args), start);
            break;
          }
          case Op.NEWOBJ_EX: {
            const kwargs = this.pop(start);
            const args = this.pop(start);
            const cls = this.pop(start);
            stack[this.sp++] = this.call(cls, argList(args), start, kwargs);
            break;
          }
          case Op.OBJ: {
            const m = this.popMark(start);
            if (this.sp === m) throw this.bad('OBJ without a class', start);
            const cls = stack[m]!;
            const args = stack.slice(m + 1, Math.min(this.sp, m + 1 + KEEP_ITEMS));
            this.sp = m;
            stack[this.sp++] = this.call(cls, args, start);
            break;
          }
          case Op.INST: {
            const module = this.nameLine(start);
            const name = this.nameLine(start);
            const cls = this.global(module, name, start);
            const m = this.popMark(start);
            const args = stack.slice(m, Math.min(this.sp, m + KEEP_ITEMS));
            this.sp = m;
            stack[this.sp++] = this.call(cls, args, start);
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
            stack[this.sp++] = new PyOpaque('persistent object', pid);
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
            r.frame(n);
            this.frameEnd = r.pos + n;
            break;
          }
          default:
            throw this.bad(`unknown opcode 0x${op.toString(16).padStart(2, '0')}`, start);
        }
        // An argument running past the end of its frame: loaders disagree on what follows (threats B8).
        if (this.frameEnd > start && r.pos > this.frameEnd) this.straddled(op, start);
      }
    } finally {
      this.opcodes = opcodes;
    }
  }

  /**
   * The fast path: the common data opcodes straight from the reader's window,
   * with no per-opcode calls. It stops (and the general switch takes over for
   * one opcode) at anything unusual: another opcode, the end of the window or
   * of a frame, a limit, an error to report. Nothing is changed before it
   * decides to handle an opcode, so the general path sees the same state.
   * Returns the opcode count.
   */
  private fast(opcodes: number, maxOpcodes: number): number {
    const r = this.r;
    const buf = r.buf;
    const base = r.bufStart;
    let p = r.pos - base;
    if (p < 0) return opcodes;
    let lim = buf.length;
    if (this.frameEnd > r.pos) lim = Math.min(lim, this.frameEnd - base);
    const stack = this.stack;
    const marks = this.marks;
    const memo = this.memo;
    let sp = this.sp;
    let fence = this.fence;
    const maxSp = this.maxStack - 1;
    const maxMemo = this.limits.maxMemoEntries;
    const opsLimit = Math.min(maxOpcodes, opcodes + 0x10000);
    let ops = opcodes;
    loop: while (p < lim && ops < opsLimit && sp < maxSp) {
      switch (buf[p]) {
        case Op.BININT1:
          if (p + 2 > lim) break loop;
          stack[sp++] = buf[p + 1]!;
          p += 2;
          break;
        case Op.BININT2:
          if (p + 3 > lim) break loop;
          stack[sp++] = buf[p + 1]! | (buf[p + 2]! << 8);
          p += 3;
          break;
        case Op.BININT:
          if (p + 5 > lim) break loop;
          stack[sp++] = buf[p + 1]! | (buf[p + 2]! << 8) | (buf[p + 3]! << 16) | (buf[p + 4]! << 24);
          p += 5;
          break;
        case Op.BINFLOAT:
          if (p + 9 > lim) break loop;
          stack[sp++] = f64beAt(buf, p + 1);
          p += 9;
          break;
        case Op.NONE:
          stack[sp++] = null;
          p += 1;
          break;
        case Op.NEWTRUE:
          stack[sp++] = true;
          p += 1;
          break;
        case Op.NEWFALSE:
          stack[sp++] = false;
          p += 1;
          break;
        case Op.SHORT_BINUNICODE: {
          if (p + 2 > lim) break loop;
          const n = buf[p + 1]!;
          if (p + 2 + n > lim) break loop;
          const str = buf.toString('utf8', p + 2, p + 2 + n);
          if (str.indexOf('\ufffd') >= 0) break loop;
          this.lastStr = str;
          this.lastStrAt = base + p + 2;
          this.lastStrLen = n;
          this.lastStrSp = sp;
          stack[sp++] = str;
          p += 2 + n;
          break;
        }
        case Op.BINUNICODE: {
          if (p + 5 > lim) break loop;
          const n = buf[p + 1]! | (buf[p + 2]! << 8) | (buf[p + 3]! << 16) | (buf[p + 4]! << 24);
          if (n < 0 || n > INLINE_STR || p + 5 + n > lim) break loop;
          const str = buf.toString('utf8', p + 5, p + 5 + n);
          if (str.indexOf('\ufffd') >= 0) break loop;
          this.lastStr = str;
          this.lastStrAt = base + p + 5;
          this.lastStrLen = n;
          this.lastStrSp = sp;
          stack[sp++] = str;
          p += 5 + n;
          break;
        }
        case Op.SHORT_BINBYTES: {
          if (p + 2 > lim) break loop;
          const n = buf[p + 1]!;
          if (p + 2 + n > lim) break loop;
          stack[sp++] = new PyBytes(base + p + 2, n, false);
          p += 2 + n;
          break;
        }
        case Op.MARK:
          if (marks.length >= maxSp) break loop;
          marks.push(sp);
          fence = sp;
          p += 1;
          break;
        case Op.MEMOIZE:
        case Op.BINPUT:
        case Op.LONG_BINPUT: {
          const op = buf[p]!;
          const width = op === Op.MEMOIZE ? 1 : op === Op.BINPUT ? 2 : 5;
          if (p + width > lim || sp <= fence || this.memoSparse) break loop;
          const k =
            op === Op.MEMOIZE ? this.memoCount : op === Op.BINPUT ? buf[p + 1]! : (buf[p + 1]! | (buf[p + 2]! << 8) | (buf[p + 3]! << 16) | (buf[p + 4]! << 24)) >>> 0;
          if (k < memo.length) {
            if (memo[k] === undefined) break loop;
          } else if (k !== memo.length || this.memoCount >= maxMemo) break loop;
          this.memoSet(k, stack[sp - 1]!, sp - 1);
          p += width;
          break;
        }
        case Op.BINGET:
        case Op.LONG_BINGET: {
          const width = buf[p] === Op.BINGET ? 2 : 5;
          if (p + width > lim) break loop;
          const k = width === 2 ? buf[p + 1]! : (buf[p + 1]! | (buf[p + 2]! << 8) | (buf[p + 3]! << 16) | (buf[p + 4]! << 24)) >>> 0;
          const v = k < memo.length ? memo[k] : undefined;
          if (v === undefined) break loop;
          stack[sp++] = v === MEMO_STR ? this.memoStr(k) : v;
          p += width;
          break;
        }
        case Op.EMPTY_LIST:
          stack[sp++] = new PyList();
          p += 1;
          break;
        case Op.EMPTY_DICT:
          stack[sp++] = new PyDict();
          p += 1;
          break;
        case Op.EMPTY_TUPLE:
          stack[sp++] = new PyTuple([]);
          p += 1;
          break;
        case Op.TUPLE1:
          if (sp - 1 < fence) break loop;
          stack[sp - 1] = new PyTuple([stack[sp - 1]!]);
          p += 1;
          break;
        case Op.TUPLE2:
          if (sp - 2 < fence) break loop;
          stack[sp - 2] = new PyTuple([stack[sp - 2]!, stack[sp - 1]!]);
          sp -= 1;
          p += 1;
          break;
        case Op.TUPLE3:
          if (sp - 3 < fence) break loop;
          stack[sp - 3] = new PyTuple([stack[sp - 3]!, stack[sp - 2]!, stack[sp - 1]!]);
          sp -= 2;
          p += 1;
          break;
        case Op.APPEND: {
          if (sp - 2 < fence) break loop;
          const target = stack[sp - 2];
          if (target instanceof PyList) target.add(stack[sp - 1]!);
          sp -= 1;
          p += 1;
          break;
        }
        case Op.APPENDS:
        case Op.SETITEMS: {
          const nm = marks.length;
          if (nm === 0) break loop;
          const m = marks[nm - 1]!;
          const below = nm > 1 ? marks[nm - 2]! : 0;
          if (m <= below) break loop;
          marks.pop();
          fence = below;
          const target = stack[m - 1];
          if (buf[p] === Op.APPENDS) {
            if (target instanceof PyList) {
              let i = m;
              for (; i < sp && target.items.length < KEEP_ITEMS; i++) target.add(stack[i]!);
              target.count += sp - i;
            }
          } else if (target instanceof PyDict) {
            for (let i = m; i + 1 < sp; i += 2) target.set(stack[i]!, stack[i + 1]!);
          }
          sp = m;
          p += 1;
          break;
        }
        case Op.SETITEM: {
          if (sp - 3 < fence) break loop;
          const target = stack[sp - 3];
          if (target instanceof PyDict) target.set(stack[sp - 2]!, stack[sp - 1]!);
          sp -= 2;
          p += 1;
          break;
        }
        default:
          break loop;
      }
      ops++;
    }
    r.pos = base + p;
    this.sp = sp;
    this.fence = fence;
    return ops;
  }

  private straddled(op: number, start: number): void {
    this.out.frameIssues.push({
      offset: start,
      message: `${opName(op)} at offset ${start} runs past the end of its frame at offset ${this.frameEnd}`,
      resumeAt: this.frameEnd,
    });
    this.frameEnd = -1;
  }

  private persistentId(pid: Value): void {
    const ids = this.out.persistentIds;
    if (ids && ids.length < this.limits.maxMemoEntries) ids.push(pid);
  }

  // ---- stack helpers

  private push(v: Value, at: number): void {
    if (this.sp >= this.maxStack) throw this.limit('stack', at);
    this.stack[this.sp++] = v;
  }

  private pop(at: number): Value {
    if (this.sp <= this.fence) throw this.bad('stack underflow', at);
    return this.stack[--this.sp]!;
  }

  private top(at: number): Value {
    if (this.sp <= this.fence) throw this.bad('stack underflow', at);
    return this.stack[this.sp - 1]!;
  }

  /** The item just under a MARK's items (the container APPENDS/SETITEMS/ADDITEMS fill). */
  private below(m: number, at: number): Value {
    if (m <= this.fence) throw this.bad('stack underflow', at);
    return this.stack[m - 1]!;
  }

  /** Pops the last MARK; returns where its items start (they are still on the stack). */
  private popMark(at: number): number {
    const marks = this.marks;
    if (marks.length === 0) throw this.bad('MARK expected but not found', at);
    const m = marks.pop()!;
    this.fence = marks.length ? marks[marks.length - 1]! : 0;
    return m;
  }

  private popMarkOnly(): void {
    this.marks.pop();
    this.fence = this.marks.length ? this.marks[this.marks.length - 1]! : 0;
  }

  private put(index: number | bigint | boolean | null | string | object, at: number): void {
    if (typeof index !== 'number' || index < 0) throw this.bad('invalid memo index', at);
    const v = this.top(at);
    const memo = this.memo;
    if (index < memo.length) {
      if (memo[index] === undefined) this.countMemo(at);
      this.memoSet(index, v, this.sp - 1);
    } else if (index < DENSE_MEMO && index <= memo.length + 1024) {
      this.countMemo(at);
      while (memo.length < index) memo.push(undefined as unknown as Value);
      this.memoCount--;
      this.memoSet(index, v, this.sp - 1);
    } else {
      const sparse = (this.memoSparse ??= new Map());
      if (!sparse.has(index)) this.countMemo(at);
      sparse.set(index, v);
    }
  }

  /**
   * Stores v in dense memo slot k (at most one past the end), counting a new
   * slot. A str the fast path just read from the source is kept as a reference.
   */
  private memoSet(k: number, v: Value, slot: number): void {
    const memo = this.memo;
    let stored = v;
    if (slot === this.lastStrSp && v === this.lastStr && typeof v === 'string' && v.length > 0) {
      if (k >= this.memoStrAt.length) this.growMemoStr(k);
      this.memoStrAt[k] = this.lastStrAt;
      this.memoStrLen[k] = this.lastStrLen;
      stored = MEMO_STR;
    }
    if (k === memo.length) {
      memo.push(stored);
      this.memoCount++;
    } else memo[k] = stored;
  }

  private growMemoStr(k: number): void {
    const size = Math.max(64, this.memoStrAt.length * 2, k + 1);
    const at = new Float64Array(size);
    at.set(this.memoStrAt);
    const len = new Uint32Array(size);
    len.set(this.memoStrLen);
    this.memoStrAt = at;
    this.memoStrLen = len;
  }

  /** A memoized str, decoded again from the source (it was valid UTF-8 when first read). */
  private memoStr(k: number): string {
    const at = this.memoStrAt[k]!;
    const n = this.memoStrLen[k]!;
    const r = this.r;
    const i = at - r.bufStart;
    if (i >= 0 && i + n <= r.buf.length) return r.buf.toString('utf8', i, i + n);
    return Buffer.from(r.source.read(at, n)).toString('utf8');
  }

  private countMemo(at: number): void {
    if (this.memoCount >= this.limits.maxMemoEntries) throw this.limit('memo', at);
    this.memoCount++;
  }

  private get(index: Value, at: number): void {
    let v: Value | undefined;
    if (typeof index === 'number') v = index < this.memo.length ? this.memo[index] : this.memoSparse?.get(index);
    if (v === undefined) throw this.bad(`memo key ${String(index)} is not set`, at);
    this.push(v === MEMO_STR ? this.memoStr(index as number) : v, at);
  }

  // ---- argument decoding

  /** BINUNICODE and friends: UTF-8 with surrogatepass, as the C unpickler decodes them. */
  private unicode(n: number, at: number): Value {
    if (n <= INLINE_STR) {
      const s = this.r.utf8(n);
      if (s === undefined) throw this.bad('str argument is not valid UTF-8 (Python raises UnicodeDecodeError)', at);
      return s;
    }
    const offset = this.r.pos;
    this.r.skip(n, true);
    return new PyBytes(offset, n, true);
  }

  /** Protocol-0/1 byte strings: read as latin-1 (one char per byte), whatever encoding the loader passes. */
  private latin1(n: number): Value {
    if (n <= INLINE_STR) return this.r.text(n, 'latin1');
    const offset = this.r.pos;
    this.r.skip(n, true);
    return new PyBytes(offset, n, true);
  }

  private bytes(n: number, mutable: boolean): PyBytes {
    const offset = this.r.pos;
    this.r.skip(n);
    return new PyBytes(offset, n, false, mutable);
  }

  private longBytes(n: number): Value {
    if (n === 0) return 0;
    if (n > 64) {
      this.r.skip(n, true);
      return new PyOpaque(`${n}-byte integer`);
    }
    const b = this.r.copy(n);
    let v = 0n;
    for (let i = n - 1; i >= 0; i--) v = (v << 8n) | BigInt(b[i]!);
    if (b[n - 1]! & 0x80) v -= 1n << BigInt(8 * n);
    return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
  }

  private intLine(line: string, at: number): number | bigint {
    const v = parsePyInt(line);
    if (v === undefined) throw this.bad(`invalid integer argument ${JSON.stringify(line.slice(0, 40))}`, at);
    return v;
  }

  /** A GLOBAL/INST line: module or name, decoded as strict UTF-8 like the unpickler (threats B12). */
  private nameLine(at: number): string {
    const raw = this.r.line(MAX_LINE);
    let s = raw;
    if (/[^\x00-\x7f]/.test(raw)) {
      const decoded = decodeUtf8Strict(Buffer.from(raw, 'latin1'));
      if (decoded === undefined) throw this.bad('GLOBAL argument is not valid UTF-8 (Python raises UnicodeDecodeError)', at);
      s = decoded;
    }
    // A stray CR fails the import in CPython, but the intent is the same name.
    if (s.endsWith('\r')) s = s.slice(0, -1);
    return s;
  }

  private operandString(v: Value): string | undefined {
    if (typeof v === 'string') return v;
    if (v instanceof PyBytes && v.text && v.length <= MAX_LINE) {
      return Buffer.from(this.r.source.read(v.offset, v.length)).toString('utf8');
    }
    // A name computed at load time from constants (threats B7): str.join, str(), chr, ...
    if (v instanceof PyCall && typeof v.value === 'string') return v.value;
    return undefined;
  }

  // ---- imports and calls

  private global(module: string, name: string, at: number): PyGlobal | Value {
    this.out.globalCount++;
    // An attribute BUILD wrote on a global earlier (threats B2): the unpickler's getattr walk returns it.
    if (this.attrs && name.includes('.')) {
      const dot = name.lastIndexOf('.');
      const written = this.attrs.get(`${module} ${name.slice(0, dot)}`)?.get(name.slice(dot + 1));
      if (written !== undefined) return written;
    }
    const canon = canonicalName(module, name);
    const key = `${canon.module} ${canon.name}`;
    let verdict = this.verdicts.get(key);
    if (!verdict) {
      verdict = classifyGlobal(this.policy, canon.module, canon.name);
      this.verdicts.set(key, verdict);
    }
    const written = canon.module !== module || canon.name !== name ? `${module}.${name}` : undefined;
    const g = new PyGlobal(canon.module, canon.name, written, at, verdict);
    if (verdict.kind !== 'allow') {
      if (verdict.kind === 'unknown' && this.out.fileCalls > 0) g.afterWrite = true;
      this.out.globals.push(g);
    }
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
      const verdict = callee.verdict;
      if (verdict.kind !== 'allow' || callee.unresolved) {
        if (callee.calls.length < KEEP_CALLS) callee.calls.push(c);
        if (verdict.kind === 'deny' && verdict.category === 'file') this.out.fileCalls++;
      } else if (verdict.dispatcher) {
        this.dispatch(verdict.dispatcher, c, args);
      }
      if (FOLD_MODULES.has(callee.module)) fold(c, callee, args, this.attrs);
      if (isNestedLoader(this.policy, callee.module, callee.name) && this.out.nested.length < 256) {
        this.out.nested.push({ loader: callee.dotted, call: c });
      }
    } else {
      // Calling a value computed at load time (getattr(...)(...)): one finding for the chain.
      // Everything that computed the callee is part of this one root cause.
      markChain(callee, 0);
      if (this.out.dynamicCalls.length < 1024) this.out.dynamicCalls.push(c);
      if (callee instanceof PyCall && callee.callee instanceof PyGlobal && callee.callee.name === 'getattr') fold(c, callee, args, this.attrs);
    }
    return c;
  }

  /**
   * A dispatcher (threats D12) fed something other than an allowlisted callable:
   * records the call it makes on that callable's behalf, so the callable's own
   * finding says what runs and through what.
   */
  private dispatch(spec: Dispatcher, c: PyCall, args: Value[]): void {
    if (args.length < (spec.minArgs ?? 1)) return;
    const fed = args[spec.callable];
    if (fed === undefined || !suspiciousCallable(fed)) return;
    const synthetic = new PyCall(fed, dispatchedArgs(spec, args), c.offset);
    synthetic.via = c;
    if (fed instanceof PyGlobal) {
      if (fed.calls.length < KEEP_CALLS) fed.calls.push(synthetic);
      if (fed.verdict.kind === 'deny' && fed.verdict.category === 'file') this.out.fileCalls++;
    } else {
      markChain(fed, 0);
      if (this.out.dynamicCalls.length < 1024) this.out.dynamicCalls.push(synthetic);
    }
  }

  private build(target: Value, state: Value, at: number): void {
    if (target instanceof PyGlobal) {
      // Writing attributes on a module, class or function: a gadget (threats D11).
      this.out.gadgets.push({ target, offset: at, state });
      this.rememberAttrs(target, state);
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

  /** BUILD's state dict (or the slot-state dict of a (state, slots) pair) as attributes of a global (threats B2). */
  private rememberAttrs(target: PyGlobal, state: Value): void {
    if (target.unresolved) return;
    const dicts = state instanceof PyDict ? [state] : state instanceof PyTuple ? state.items.filter((x): x is PyDict => x instanceof PyDict) : [];
    if (!dicts.length) return;
    this.attrs ??= new Map();
    const key = `${target.written ? target.written.slice(0, target.written.length - target.name.length - 1) : target.module} ${target.name}`;
    let map = this.attrs.get(key);
    if (!map) this.attrs.set(key, (map = new Map()));
    for (const d of dicts) {
      d.keys.forEach((k, i) => {
        if (typeof k === 'string' && map!.size < MAX_ATTRS) map!.set(k, d.values[i]!);
      });
    }
  }

  /** A pickle embedded inline (joblib object arrays): its own memo and stack, same findings. */
  private subPickle(): void {
    const sub = new PickleMachine(this.r, this.policy, { ...this.limits, maxOpcodes: this.limits.maxOpcodes - this.opcodes }, this.out, this.verdicts);
    try {
      sub.run();
    } finally {
      this.opcodes += sub.opcodes;
    }
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

/** Could this value be a callable that is not allowlisted? (Literals and containers are not callables.) */
function suspiciousCallable(v: Value): boolean {
  if (v instanceof PyGlobal) return v.verdict.kind !== 'allow' || v.unresolved !== undefined;
  if (v instanceof PyCall) {
    if (!(v.callee instanceof PyGlobal)) return true;
    return globalsIn(v).some((g) => g.verdict.kind !== 'allow' || g.unresolved !== undefined);
  }
  return v instanceof PyOpaque;
}

/** The first call a dispatcher makes with its callable (arguments as far as they are constants). */
function dispatchedArgs(spec: Dispatcher, args: Value[]): Value[] {
  const itemsOf = (v: Value | undefined): readonly Value[] => (v instanceof PyList || v instanceof PyTuple || v instanceof PySet ? v.items : []);
  const after = args.slice(spec.callable + 1);
  switch (spec.feeds) {
    case 'each':
      return (spec.callable === 0 ? after : args.slice(0, spec.callable)).map((it) => itemsOf(it)[0]).filter((x): x is Value => x !== undefined);
    case 'star':
      return [...itemsOf(itemsOf(after[0])[0])];
    case 'rest':
      return after;
    case 'tuple':
      return [...itemsOf(after[0])];
    case 'pair': {
      const items = itemsOf(spec.callable === 0 ? after[0] : args[0]);
      const init = spec.callable === 0 ? after[1] : undefined;
      return (init !== undefined ? [init, items[0]] : [items[0], items[1]]).filter((x): x is Value => x !== undefined);
    }
    case 'match':
      return [new PyOpaque('re.Match')];
    case 'none':
      return [];
  }
}

/** Modules whose functions fold() knows. */
const FOLD_MODULES = new Set(['builtins', 'operator', 'codecs']);

/** A short description of how a folded value was computed, for messages. */
function foldedFrom(c: PyCall): string {
  const callee = c.callee;
  if (callee instanceof PyGlobal) return `${callee.module === 'builtins' ? '' : `${callee.module}.`}${callee.name}(…)`;
  return 'a computed call';
}

/** The strings a constant iterable yields (a list or tuple of strings, a str, a folded str or list). */
function stringsOf(v: Value | undefined, depth = 0): string[] | undefined {
  if (depth > 8 || v === undefined) return undefined;
  if (typeof v === 'string') return [...v];
  if (v instanceof PyList || v instanceof PyTuple) {
    if (v.count !== v.items.length) return undefined;
    const out: string[] = [];
    for (const x of v.items) {
      const s = strOf(x);
      if (s === undefined) return undefined;
      out.push(s);
    }
    return out;
  }
  if (v instanceof PyCall) {
    if (typeof v.value === 'string') return [...v.value];
    if (Array.isArray(v.value)) return [...(v.value as readonly string[])];
  }
  return undefined;
}

function strOf(v: Value | undefined): string | undefined {
  if (typeof v === 'string') return v;
  if (v instanceof PyCall && typeof v.value === 'string') return v.value;
  return undefined;
}

function rot13(s: string): string {
  return s.replace(/[a-zA-Z]/g, (ch) => {
    const base = ch <= 'Z' ? 65 : 97;
    return String.fromCharCode(((ch.charCodeAt(0) - base + 13) % 26) + base);
  });
}

/**
 * Constant folding for the few pure functions attackers use to build names at
 * load time (threats B7): str.join, str, chr, reversed, map(chr, ...), str
 * methods, codecs rot13, and getattr on attributes BUILD wrote (B2). Sets
 * c.value; nothing is ever executed.
 */
function fold(c: PyCall, callee: Value, args: Value[], attrs: Map<string, Map<string, Value>> | undefined): void {
  let fn: string | undefined;
  let self: Value | undefined;
  if (callee instanceof PyGlobal) fn = `${callee.module}.${callee.name}`;
  else if (callee instanceof PyCall && callee.callee instanceof PyGlobal && callee.callee.name === 'getattr' && callee.callee.module === 'builtins') {
    // getattr(x, 'name')(...): a bound method of a constant, or a BUILD-written attribute.
    const [obj, attr] = callee.args;
    if (typeof attr !== 'string') return;
    if (obj instanceof PyGlobal && !obj.unresolved) {
      fn = `${obj.module}.${obj.name}.${attr}`;
    } else if (strOf(obj) !== undefined) {
      fn = `builtins.str.${attr}`;
      self = obj;
    } else return;
  } else return;
  const a = self !== undefined ? [self, ...args] : args;
  let out: Value | undefined;
  switch (fn) {
    case 'builtins.str':
      out = typeof a[0] === 'number' ? String(a[0]) : strOf(a[0]);
      break;
    case 'builtins.str.join': {
      const sep = strOf(a[0]);
      const parts = stringsOf(a[1]);
      if (sep !== undefined && parts) out = parts.join(sep);
      break;
    }
    case 'builtins.chr':
      if (typeof a[0] === 'number' && a[0] >= 0 && a[0] <= 0x10ffff) out = String.fromCodePoint(a[0]);
      break;
    case 'builtins.str.lower':
    case 'builtins.str.upper':
    case 'builtins.str.strip':
    case 'builtins.str.__str__': {
      const s = strOf(a[0]);
      if (s !== undefined) out = fn.endsWith('lower') ? s.toLowerCase() : fn.endsWith('upper') ? s.toUpperCase() : fn.endsWith('strip') ? s.trim() : s;
      break;
    }
    case 'builtins.str.__add__':
    case 'operator.add':
    case 'operator.concat': {
      const x = strOf(a[0]);
      const y = strOf(a[1]);
      if (x !== undefined && y !== undefined) out = x + y;
      break;
    }
    case 'builtins.str.replace': {
      const [s, x, y] = [strOf(a[0]), strOf(a[1]), strOf(a[2])];
      if (s !== undefined && x !== undefined && y !== undefined) out = s.split(x).join(y);
      break;
    }
    case 'codecs.decode':
    case 'codecs.encode':
      if ((a[1] === 'rot13' || a[1] === 'rot_13') && strOf(a[0]) !== undefined) out = rot13(strOf(a[0])!);
      break;
    case 'builtins.reversed': {
      const parts = stringsOf(a[0]);
      if (parts) (c as { value: Value | unknown }).value = [...parts].reverse();
      return;
    }
    case 'builtins.map': {
      // map(chr, [111, 115]) -> ['o', 's'] (consumed by str.join)
      const f = a[0];
      const items = a[1] instanceof PyList || a[1] instanceof PyTuple ? a[1].items : undefined;
      if (f instanceof PyGlobal && f.module === 'builtins' && f.name === 'chr' && items && items.every((x) => typeof x === 'number')) {
        c.value = items.map((x) => String.fromCodePoint(x as number));
      }
      return;
    }
    default:
      // getattr(G, 'attr') where BUILD wrote G.attr (threats B2).
      if (fn === 'builtins.getattr' && attrs && a[0] instanceof PyGlobal && typeof a[1] === 'string') {
        const g = a[0];
        const written = attrs.get(`${g.module} ${g.name}`)?.get(a[1]);
        if (written !== undefined) out = written;
      }
  }
  if (out === undefined) return;
  if (typeof out === 'string' && out.length > MAX_FOLDED) return;
  c.value = out;
}
