import type { ByteSource } from '../../core/source.js';
import { type ByteInput, LzmaDecoder, LzmaError, OutWindow, RangeDecoder, parseLzmaPropertiesByte } from '../compressed/lzma.js';
import { type ChunkInput, Lzma2Decoder, lzma2DictionarySize } from '../compressed/lzma2.js';
import type { Coder, Folder } from './header.js';

/**
 * A 7z folder's coders as a chain of pull streams: each `next()` returns the
 * next piece of its output (a few hundred KiB at most for LZMA/LZMA2, one
 * input piece's worth for Deflate, one block for BZip2), so a folder is decoded
 * as far as its members are wanted and never held whole. A stream that fails
 * first returns what it decoded before the damage, then throws on the next call.
 *
 * Supported: Copy, LZMA, LZMA2, BCJ (x86), Deflate, BZip2 — what 7-Zip writes by
 * default (LZMA2; BCJ for x86 executables) and with -m0=. Everything else
 * (PPMd, BCJ2, the ARM/PPC/SPARC/IA64/RISC-V filters, Delta, Deflate64, AES) is
 * {@link Unsupported}, with the coder named.
 */

export interface Stream {
  /** The next piece of output (never empty), or null at the end. Read it before calling again: it may be reused. */
  next(): Uint8Array | null;
}

/** A folder the scanner cannot decode, and why. */
export class Unsupported extends Error {
  constructor(
    message: string,
    readonly encrypted: boolean,
  ) {
    super(message);
  }
}

/** Largest dictionary the scanner accepts (what 7-Zip itself allows at most: -md=1536m). */
export const MAX_DICTIONARY = 1536 * 1024 * 1024;
/** Output per LZMA/LZMA2 step. */
const STEP = 256 * 1024;
/** Packed bytes read from the file at a time. */
const PACK_CHUNK = 256 * 1024;
/** Deflate input per step (at most ~1032x that out). */
const INFLATE_PIECE = 16 * 1024;

const CODER_NAMES: Record<string, string> = {
  '00': 'Copy',
  '03': 'Delta',
  '03030103': 'BCJ (x86)',
  '0303011b': 'BCJ2',
  '03030205': 'PPC',
  '03030401': 'IA64',
  '03030501': 'ARM',
  '03030701': 'ARMT',
  '03030805': 'SPARC',
  '0a': 'ARM64',
  '0b': 'RISCV',
  '020302': 'Swap2',
  '020304': 'Swap4',
  '030101': 'LZMA',
  '21': 'LZMA2',
  '030401': 'PPMd',
  '040108': 'Deflate',
  '040109': 'Deflate64',
  '040202': 'BZip2',
  '04f71101': 'Zstandard',
  '04f71102': 'Brotli',
  '04f71104': 'LZ4',
  '04f71105': 'LZ5',
  '04f71106': 'Lizard',
  '06f10701': '7zAES (encryption)',
  '06f00181': 'AES256CBC (encryption)',
};

export function coderName(id: string): string {
  const name = CODER_NAMES[id];
  return name ? name : `unknown coder ${id || '(empty id)'}`;
}

type Kind = 'copy' | 'lzma' | 'lzma2' | 'bcj' | 'deflate' | 'bzip2';
const SUPPORTED: Record<string, Kind> = {
  '00': 'copy',
  '030101': 'lzma',
  '21': 'lzma2',
  '03030103': 'bcj',
  '040108': 'deflate',
  '040202': 'bzip2',
};

interface Step {
  kind: Kind;
  coder: Coder;
  /** Declared output size of this coder. */
  size: number;
}

/** How to decode a folder: coders from the one that produces the folder's data to the one that reads the packed stream. */
export interface FolderPlan {
  steps: Step[];
  /** Index of the packed stream (in the archive's list). */
  packStream: number;
  /** Coder names, packed side last ("BCJ (x86) + LZMA2"). */
  description: string;
}

/** Checks that a folder is a chain of supported coders; throws {@link Unsupported} naming what is not. */
export function planFolder(folder: Folder): FolderPlan {
  const encryption = folder.coders.find((c) => c.id === '06f10701' || c.id === '06f00181');
  if (encryption) throw new Unsupported(`it is encrypted (${coderName(encryption.id)})`, true);
  const other = folder.coders.find((c) => SUPPORTED[c.id] === undefined);
  if (other) throw new Unsupported(`it uses the ${coderName(other.id)} coder, which the scanner cannot decode`, false);
  // Coder i's inputs and outputs are numbered after those of the coders before it.
  const inStart: number[] = [];
  const outStart: number[] = [];
  let ins = 0;
  let outs = 0;
  for (const c of folder.coders) {
    inStart.push(ins);
    outStart.push(outs);
    ins += c.numIn;
    outs += c.numOut;
  }
  const steps: Step[] = [];
  const seen = new Set<number>();
  let out = folder.mainOut;
  for (;;) {
    const index = outStart.findLastIndex((s) => s <= out);
    const coder = folder.coders[index];
    if (!coder || seen.has(index) || coder.numIn !== 1 || coder.numOut !== 1) {
      throw new Unsupported('its coders are not a simple chain, which the scanner does not follow', false);
    }
    seen.add(index);
    const kind = SUPPORTED[coder.id]!;
    checkProperties(kind, coder.props);
    steps.push({ kind, coder, size: folder.unpackSizes[out]! });
    const input = inStart[index]!;
    const bound = folder.bindPairs.find((p) => p.inIndex === input);
    if (bound) {
      out = bound.outIndex;
      continue;
    }
    const packed = folder.packedStreams.indexOf(input);
    if (packed < 0 || folder.packedStreams.length !== 1 || seen.size !== folder.coders.length) {
      throw new Unsupported('its coders are not a simple chain, which the scanner does not follow', false);
    }
    const description = steps.map((s) => coderName(s.coder.id)).join(' + ');
    return { steps, packStream: folder.firstPackStream + packed, description };
  }
}

/** Opens the decoded output of a planned folder. */
export async function openFolder(source: ByteSource, plan: FolderPlan, packOffset: number, packSize: number): Promise<Stream> {
  let stream: Stream = new PackStream(source, packOffset, packSize);
  for (const step of [...plan.steps].reverse()) {
    stream = new SizedStream(await coderStream(step, stream), step.size, coderName(step.coder.id));
  }
  return stream;
}

/** Properties the scanner refuses: missing, a dictionary above {@link MAX_DICTIONARY}, a BCJ start offset. */
function checkProperties(kind: Kind, props: Uint8Array): void {
  let dictSize: number | undefined;
  if (kind === 'lzma') {
    if (props.length < 5) throw new Unsupported('its LZMA coder has no properties', false);
    if (props[0]! >= 9 * 5 * 5) throw new Unsupported(`its LZMA properties are invalid (${props[0]})`, false);
    dictSize = Buffer.from(props).readUInt32LE(1);
  } else if (kind === 'lzma2') {
    if (props.length < 1) throw new Unsupported('its LZMA2 coder has no properties', false);
    if (props[0]! > 40) throw new Unsupported(`its LZMA2 dictionary property is invalid (${props[0]})`, false);
    dictSize = lzma2DictionarySize(props[0]!);
  } else if (kind === 'bcj' && props.length >= 4 && Buffer.from(props).readUInt32LE(0) !== 0) {
    throw new Unsupported('its BCJ filter has a start offset, which the scanner does not apply', false);
  }
  if (dictSize !== undefined && dictSize > MAX_DICTIONARY) {
    throw new Unsupported(`it claims a ${dictSize}-byte LZMA dictionary, more than the ${MAX_DICTIONARY} bytes the scanner allows`, false);
  }
}

async function coderStream(step: Step, input: Stream): Promise<Stream> {
  const { props } = step.coder;
  switch (step.kind) {
    case 'copy':
      return input;
    case 'lzma': {
      const dictSize = Math.max(4096, Buffer.from(props).readUInt32LE(1));
      return new LzmaStream(input, parseLzmaPropertiesByte(props[0]!), dictSize, step.size);
    }
    case 'lzma2':
      return new Lzma2Stream(input, lzma2DictionarySize(props[0]!), step.size);
    case 'bcj':
      return new BcjX86Stream(input);
    case 'deflate': {
      const { Inflate } = await import('fflate');
      return new DeflateStream(input, Inflate);
    }
    case 'bzip2': {
      const mod = (await import('seek-bzip')) as unknown as { default?: BunzipClass } & BunzipClass;
      return new Bzip2Stream(input, mod.default ?? mod);
    }
  }
}

function concat(parts: Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(length);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** The packed bytes, read from the file a chunk at a time; ends early (null) when the file does. */
class PackStream implements Stream {
  private pos = 0;
  private readonly available: number;
  constructor(
    private readonly source: ByteSource,
    private readonly offset: number,
    size: number,
  ) {
    this.available = Math.max(0, Math.min(size, source.size - offset));
  }

  next(): Uint8Array | null {
    if (this.pos >= this.available) return null;
    const chunk = this.source.read(this.offset + this.pos, Math.min(PACK_CHUNK, this.available - this.pos));
    if (chunk.length === 0) return null;
    this.pos += chunk.length;
    return chunk;
  }
}

/** A coder's output held to its declared size: more is cut off, less is an error. */
class SizedStream implements Stream {
  private produced = 0;
  constructor(
    private readonly inner: Stream,
    private readonly size: number,
    private readonly name: string,
  ) {}

  next(): Uint8Array | null {
    if (this.produced >= this.size) return null;
    const chunk = this.inner.next();
    if (!chunk) throw new LzmaError(`the ${this.name} data ends after ${this.produced} of the ${this.size} bytes the header declares`);
    const part = this.produced + chunk.length > this.size ? chunk.subarray(0, this.size - this.produced) : chunk;
    this.produced += part.length;
    return part;
  }
}

/** Bytes and chunks out of a pull stream (the input of the range decoder and of the LZMA2 chunk parser). */
class StreamReader implements ByteInput, ChunkInput {
  private buf: Uint8Array = new Uint8Array(0);
  private pos = 0;
  constructor(private readonly stream: Stream) {}

  byte(): number {
    if (this.pos >= this.buf.length) this.fill();
    return this.buf[this.pos++]!;
  }

  take(n: number): Uint8Array {
    const out = new Uint8Array(n);
    let o = 0;
    while (o < n) {
      if (this.pos >= this.buf.length) this.fill();
      const k = Math.min(n - o, this.buf.length - this.pos);
      out.set(this.buf.subarray(this.pos, this.pos + k), o);
      this.pos += k;
      o += k;
    }
    return out;
  }

  /** True when no byte is left (reads ahead one chunk to know). */
  atEnd(): boolean {
    if (this.pos < this.buf.length) return false;
    const chunk = this.stream.next();
    if (!chunk) return true;
    this.buf = chunk;
    this.pos = 0;
    return false;
  }

  private fill(): void {
    const chunk = this.stream.next();
    if (!chunk) throw new LzmaError('the packed data is truncated');
    this.buf = chunk;
    this.pos = 0;
  }
}

/**
 * A decoder that produces output in steps. Output of a failed step is kept: it
 * is returned first, and the error is thrown on the next call.
 */
abstract class StepStream implements Stream {
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private done = false;
  private failure: { error: unknown } | undefined;

  /** Produces some output through {@link emit}; true at the end. */
  protected abstract step(): boolean;
  /** Hands over output decoded but not yet emitted (after a failure). */
  protected salvage(): void {}

  protected emit(chunk: Uint8Array, copy: boolean): void {
    if (chunk.length === 0) return;
    this.pending.push(copy ? chunk.slice() : chunk);
    this.pendingBytes += chunk.length;
  }

  next(): Uint8Array | null {
    while (this.pending.length === 0) {
      if (this.failure) throw this.failure.error;
      if (this.done) return null;
      try {
        if (this.step()) this.done = true;
      } catch (error) {
        this.failure = { error };
        try {
          this.salvage();
        } catch {
          // Nothing more to recover.
        }
      }
    }
    const out = concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    return out;
  }
}

class LzmaStream extends StepStream {
  private readonly reader: StreamReader;
  private readonly window: OutWindow;
  private readonly decoder: LzmaDecoder;
  private rc: RangeDecoder | undefined;

  constructor(
    input: Stream,
    props: { lc: number; lp: number; pb: number },
    dictSize: number,
    private readonly size: number,
  ) {
    super();
    this.reader = new StreamReader(input);
    // The dictionary never needs more than the output; it grows with the bytes really decoded.
    this.window = new OutWindow(Math.max(1, Math.min(dictSize, size)), (chunk) => this.emit(chunk, true));
    this.decoder = new LzmaDecoder(this.window, dictSize, props);
  }

  protected step(): boolean {
    this.rc ??= new RangeDecoder(this.reader);
    const end = this.decoder.decode(this.rc, this.window.total + STEP, this.size, false);
    this.window.flush();
    if (end && this.window.total < this.size) {
      throw new LzmaError(`the LZMA stream ends after ${this.window.total} of the ${this.size} bytes the header declares`);
    }
    return end;
  }

  protected override salvage(): void {
    this.window.flush();
  }
}

class Lzma2Stream extends StepStream {
  private readonly window: OutWindow;
  private readonly decoder: Lzma2Decoder;

  constructor(
    input: Stream,
    dictSize: number,
    private readonly size: number,
  ) {
    super();
    this.window = new OutWindow(Math.max(1, Math.min(dictSize, size)), (chunk) => this.emit(chunk, true));
    this.decoder = new Lzma2Decoder(new StreamReader(input), this.window, dictSize);
  }

  protected step(): boolean {
    // At the declared size the stream is done (7-Zip does not need the end-of-stream chunk either).
    if (this.decoder.produced >= this.size) return true;
    const end = this.decoder.decode(STEP, this.size);
    this.window.flush();
    if (end && this.decoder.produced < this.size) {
      throw new LzmaError(`the LZMA2 stream ends after ${this.decoder.produced} of the ${this.size} bytes the header declares`);
    }
    return end || this.decoder.produced >= this.size;
  }

  protected override salvage(): void {
    this.window.flush();
  }
}

/**
 * BCJ x86 decoding (7-Zip's default filter for x86 executables): relative
 * CALL/JMP targets (E8/E9) that the encoder made absolute are turned back.
 * After xz-embedded's bcj_x86 (public domain). Up to 4 bytes are held back
 * until the next piece arrives; at the end they are passed as they are.
 */
class BcjX86Stream extends StepStream {
  private rest: Uint8Array = new Uint8Array(0);
  private readonly state = { prevMask: 0, pos: 0 };

  constructor(private readonly input: Stream) {
    super();
  }

  protected step(): boolean {
    const chunk = this.input.next();
    if (!chunk) {
      this.emit(this.rest, false);
      return true;
    }
    const buf = new Uint8Array(this.rest.length + chunk.length);
    buf.set(this.rest);
    buf.set(chunk, this.rest.length);
    const n = bcjX86(buf, this.state);
    this.emit(buf.subarray(0, n), false);
    this.rest = buf.slice(n);
    return false;
  }
}

const MASK_TO_ALLOWED = [true, true, true, false, true, false, false, false];
const MASK_TO_BIT_NUMBER = [0, 1, 2, 2, 3, 3, 3, 3];
const testMsByte = (b: number): boolean => b === 0 || b === 0xff;

/** Decodes in place; returns how many bytes are final. `state.pos` is the stream position of buf[0]. */
export function bcjX86(buf: Uint8Array, state: { prevMask: number; pos: number }): number {
  let prevPos = -1;
  let prevMask = state.prevMask;
  if (buf.length <= 4) return 0;
  const size = buf.length - 4;
  let i = 0;
  for (; i < size; i++) {
    if ((buf[i]! & 0xfe) !== 0xe8) continue;
    const distance = i - prevPos;
    if (distance > 3) {
      prevMask = 0;
    } else {
      prevMask = (prevMask << (distance - 1)) & 7;
      if (prevMask !== 0) {
        const b = buf[i + 4 - MASK_TO_BIT_NUMBER[prevMask]!]!;
        if (!MASK_TO_ALLOWED[prevMask] || testMsByte(b)) {
          prevPos = i;
          prevMask = (prevMask << 1) | 1;
          continue;
        }
      }
    }
    prevPos = i;
    if (testMsByte(buf[i + 4]!)) {
      let src = (buf[i + 1]! | (buf[i + 2]! << 8) | (buf[i + 3]! << 16) | (buf[i + 4]! << 24)) >>> 0;
      let dest: number;
      for (;;) {
        dest = (src - (state.pos + i + 5)) >>> 0;
        if (prevMask === 0) break;
        const j = MASK_TO_BIT_NUMBER[prevMask]! * 8;
        const b = (dest >>> (24 - j)) & 0xff;
        if (!testMsByte(b)) break;
        src = (dest ^ (2 ** (32 - j) - 1)) >>> 0;
      }
      dest &= 0x01ffffff;
      if (dest & 0x01000000) dest |= 0xfe000000;
      buf[i + 1] = dest & 0xff;
      buf[i + 2] = (dest >>> 8) & 0xff;
      buf[i + 3] = (dest >>> 16) & 0xff;
      buf[i + 4] = (dest >>> 24) & 0xff;
      i += 4;
    } else {
      prevMask = (prevMask << 1) | 1;
    }
  }
  const distance = i - prevPos;
  state.prevMask = distance > 3 ? 0 : (prevMask << (distance - 1)) & 0xff;
  state.pos = (state.pos + i) >>> 0;
  return i;
}

interface InflateLike {
  push(chunk: Uint8Array, final?: boolean): void;
}

/** Deflate through fflate's streaming inflater, a small input piece per step (its output per piece is bounded). */
class DeflateStream extends StepStream {
  private readonly inflate: InflateLike;
  private chunk: Uint8Array | undefined;
  private offset = 0;

  constructor(
    private readonly input: Stream,
    Inflate: new (cb: (data: Uint8Array, final: boolean) => void) => InflateLike,
  ) {
    super();
    this.inflate = new Inflate((data) => this.emit(data, false));
  }

  protected step(): boolean {
    if (!this.chunk || this.offset >= this.chunk.length) {
      this.chunk = this.input.next() ?? undefined;
      this.offset = 0;
      if (!this.chunk) {
        this.inflate.push(new Uint8Array(0), true);
        return true;
      }
    }
    const piece = this.chunk.subarray(this.offset, this.offset + INFLATE_PIECE);
    this.offset += piece.length;
    // fflate may keep the piece (it joins it with the next one): give it a copy.
    this.inflate.push(piece.slice(), false);
    return false;
  }
}

/** The part of seek-bzip (CommonJS, no types) the BZip2 coder drives block by block. */
interface BunzipInstance {
  reader: { read(bits: number): number };
  streamCRC: number;
  _init_block(): boolean;
  _read_bunzip(): number;
  _start_bunzip(input: unknown, output: unknown): void;
}
type BunzipClass = new (input: unknown, output: unknown) => BunzipInstance;

/** BZip2 through seek-bzip, one block (at most ~46 MB out) per step; concatenated streams are read as 7-Zip does. */
class Bzip2Stream extends StepStream {
  private bz: BunzipInstance | undefined;
  private readonly reader: StreamReader;
  private out = new Uint8Array(1 << 16);
  private outLength = 0;
  private readonly inputAdapter: object;
  private readonly outputAdapter: object;

  constructor(
    input: Stream,
    private readonly Bunzip: BunzipClass,
  ) {
    super();
    const reader = (this.reader = new StreamReader(input));
    this.inputAdapter = {
      readByte: () => reader.byte(),
      read: (buffer: Uint8Array, offset: number, length: number) => {
        for (let i = 0; i < length; i++) buffer[offset + i] = reader.byte();
        return length;
      },
      eof: () => reader.atEnd(),
    };
    this.outputAdapter = {
      writeByte: (b: number) => {
        if (this.outLength === this.out.length) {
          const next = new Uint8Array(this.out.length * 2);
          next.set(this.out);
          this.out = next;
        }
        this.out[this.outLength++] = b;
      },
    };
  }

  protected step(): boolean {
    // seek-bzip allocates with `new Buffer(n)`: keep Node's DEP0005 notice, meant for application code, quiet.
    const quiet = process.noDeprecation;
    process.noDeprecation = true;
    try {
      if (!this.bz) {
        this.bz = new this.Bunzip(this.inputAdapter, this.outputAdapter);
        return false;
      }
      if (this.bz._init_block()) {
        this.bz._read_bunzip();
        return false;
      }
      const crc = this.bz.reader.read(32) >>> 0;
      if (crc !== this.bz.streamCRC >>> 0) throw new Error('bad bzip2 stream CRC');
      if (this.reader.atEnd()) return true;
      this.bz._start_bunzip(this.inputAdapter, this.outputAdapter);
      return false;
    } finally {
      process.noDeprecation = quiet;
      this.salvage();
    }
  }

  protected override salvage(): void {
    if (this.outLength > 0) {
      this.emit(this.out.subarray(0, this.outLength), true);
      this.outLength = 0;
    }
  }
}
