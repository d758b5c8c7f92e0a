import { ArrayInput, LzmaDecoder, LzmaError, OutWindow, RangeDecoder, parseLzmaPropertiesByte } from './lzma.js';

/**
 * LZMA2 (the 7z default coder, and the filter inside .xz): a chunk layer over
 * LZMA. Each chunk is either stored bytes or an LZMA chunk (at most 2 MiB out,
 * 64 KiB in, its own range coder) that may reset the state, set new lc/lp/pb or
 * reset the dictionary. The model and the dictionary are {@link LzmaDecoder}
 * and {@link OutWindow} from lzma.ts; this file is only the chunk parser, after
 * Lzma2Dec.c (LZMA SDK, public domain) and its rules on which reset must come
 * first.
 */

/** What the chunk parser reads: single bytes and whole chunks. Both throw LzmaError at the end of the input. */
export interface ChunkInput {
  byte(): number;
  /** Exactly `n` bytes. */
  take(n: number): Uint8Array;
}

/** The dictionary size an LZMA2 property byte stands for (0..40). */
export function lzma2DictionarySize(prop: number): number {
  if (prop > 40) throw new LzmaError(`invalid LZMA2 dictionary size property ${prop}`);
  if (prop === 40) return 0xffffffff;
  return (2 | (prop & 1)) * 2 ** ((prop >>> 1) + 11);
}

export class Lzma2Decoder {
  private readonly lzma: LzmaDecoder;
  /** Lzma2Dec.c's needInitLevel: 0xE0 until the first dictionary reset, 0xC0 while new properties are due. */
  private needInit = 0xe0;
  /** The LZMA chunk being decoded (decode() may pause inside one). */
  private current: { rc: RangeDecoder; input: ArrayInput; end: number } | undefined;
  private finished = false;
  /** Bytes produced before the last dictionary reset. */
  private base = 0;

  constructor(
    private readonly input: ChunkInput,
    readonly window: OutWindow,
    dictSize: number,
  ) {
    this.lzma = new LzmaDecoder(window, dictSize, { lc: 0, lp: 0, pb: 0 });
  }

  /**
   * Decodes until the window has produced `want` more bytes (returns false) or
   * the end-of-stream chunk (returns true). A chunk that would take the output
   * past `hard` bytes in all is an error.
   */
  decode(want: number, hard: number): boolean {
    if (this.finished) return true;
    const target = this.produced + want;
    while (this.produced < target) {
      if (this.current) {
        const { rc, input, end } = this.current;
        const soft = this.window.total + (target - this.produced);
        if (!this.lzma.decode(rc, Math.min(soft, end), end, true)) continue;
        if (!rc.finishedOk() || input.remaining !== 0) throw new LzmaError('an LZMA2 chunk does not end where its sizes say');
        this.current = undefined;
        continue;
      }
      const control = this.input.byte();
      if (control === 0x00) {
        this.finished = true;
        return true;
      }
      if (control < 0x80) {
        // Stored bytes: 1 = with a dictionary reset, 2 = without.
        if (control === 0x01) {
          this.needInit = 0xc0;
          this.resetDictionary();
        } else if (control > 0x02 || this.needInit === 0xe0) {
          throw new LzmaError(`invalid LZMA2 chunk type 0x${control.toString(16)}`);
        }
        const size = ((this.input.byte() << 8) | this.input.byte()) + 1;
        if (this.produced + size > hard) throw new LzmaError('LZMA2 data past the declared size');
        this.window.putAll(this.input.take(size));
        continue;
      }
      if (control < this.needInit) throw new LzmaError('an LZMA2 chunk without the reset its position requires');
      this.needInit = 0;
      const unpacked = (control & 0x1f) * 0x10000 + ((this.input.byte() << 8) | this.input.byte()) + 1;
      const packed = ((this.input.byte() << 8) | this.input.byte()) + 1;
      const reset = (control >>> 5) & 3;
      if (reset === 3) this.resetDictionary();
      if (reset >= 2) {
        const props = parseLzmaPropertiesByte(this.input.byte());
        if (props.lc + props.lp > 4) throw new LzmaError('invalid LZMA2 properties (lc + lp > 4)');
        this.lzma.setProperties(props);
      } else if (reset === 1) {
        this.lzma.resetState();
      }
      if (this.produced + unpacked > hard) throw new LzmaError('LZMA2 data past the declared size');
      const input = new ArrayInput(this.input.take(packed));
      this.current = { rc: new RangeDecoder(input), input, end: this.window.total + unpacked };
    }
    return false;
  }

  /** Bytes this stream has produced. */
  get produced(): number {
    return this.base + this.window.total;
  }

  private resetDictionary(): void {
    this.base += this.window.total;
    this.window.reset();
  }
}
