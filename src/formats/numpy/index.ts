import type { FormatScanner, ScanContext } from '../../core/scanner.js';
import { SliceSource } from '../../core/source.js';
import { isNpy, numpyClaim } from './claim.js';
import { LiteralError, type PyLiteral, PyDictLit, PyTupleLit, parsePyLiteral } from './literal.js';

/**
 * NumPy .npy files (also the members of .npz archives, which the zip scanner
 * routes here by content). Layout: `\x93NUMPY`, major, minor, header length
 * (u16 for version 1, u32 for 2 and 3), the header (a Python dict literal,
 * latin-1 for versions 1-2, UTF-8 for 3), then the data.
 *
 * - object arrays (`|O`, or a structured dtype with an object field): numpy.load
 *   (allow_pickle=True) unpickles the data, so it is scanned as a pickle;
 * - other arrays: the header is checked against the file size, the data is never read.
 */

/** numpy refuses headers over 10 000 bytes by default; we accept up to 1 MiB before giving up. */
const MAX_HEADER = 1024 * 1024;
export const OBJECT_MEMBER = '[object array pickle]';
export const TRAILING_MEMBER = '[bytes after the array]';

export interface NpyHeader {
  version: number;
  /** Offset of the data. */
  dataOffset: number;
  shape: number[];
  fortranOrder: boolean;
  itemSize: number;
  hasObject: boolean;
  /** Element count (may exceed 2^53 in a hostile header: then Infinity). */
  count: number;
}

export class NpyError extends Error {}

export function parseNpyHeader(read: (offset: number, length: number) => Uint8Array, size: number): NpyHeader {
  const pre = read(0, 12);
  if (pre.length < 10 || !isNpy(pre)) throw new NpyError('not a .npy file (bad magic)');
  const major = pre[6]!;
  const minor = pre[7]!;
  if (major < 1 || major > 3 || minor !== 0) throw new NpyError(`unsupported .npy format version ${major}.${minor}`);
  let length: number;
  let start: number;
  if (major === 1) {
    length = pre[8]! | (pre[9]! << 8);
    start = 10;
  } else {
    if (pre.length < 12) throw new NpyError('file ends inside the .npy preamble');
    length = Buffer.from(pre).readUInt32LE(8);
    start = 12;
  }
  if (length > MAX_HEADER) throw new NpyError(`header of ${length} bytes is larger than the ${MAX_HEADER}-byte limit`);
  if (start + length > size) throw new NpyError(`header of ${length} bytes runs past the end of the file`);
  const raw = Buffer.from(read(start, length));
  const text = raw.toString(major === 3 ? 'utf8' : 'latin1');
  let dict: PyLiteral;
  try {
    dict = parsePyLiteral(text);
  } catch (error) {
    throw new NpyError(`header is not a Python literal: ${error instanceof LiteralError ? error.message : String(error)}`);
  }
  if (!(dict instanceof PyDictLit)) throw new NpyError('header is not a dict');
  const keys = dict.entries.map(([k]) => k).sort();
  if (keys.length !== 3 || keys[0] !== 'descr' || keys[1] !== 'fortran_order' || keys[2] !== 'shape') {
    throw new NpyError(`header keys are ${JSON.stringify(keys)}, not descr, fortran_order and shape`);
  }
  const shapeLit = dict.get('shape');
  if (!(shapeLit instanceof PyTupleLit)) throw new NpyError('shape is not a tuple');
  const shape: number[] = [];
  let count = 1;
  for (const n of shapeLit.items) {
    if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) throw new NpyError('shape holds something other than non-negative integers');
    shape.push(n);
    count *= n;
  }
  const fortran = dict.get('fortran_order');
  if (typeof fortran !== 'boolean') throw new NpyError('fortran_order is not True or False');
  const dtype = descrInfo(dict.get('descr')!, 0);
  return { version: major, dataOffset: start + length, shape, fortranOrder: fortran, itemSize: dtype.size, hasObject: dtype.hasObject, count };
}

interface DtypeInfo {
  size: number;
  hasObject: boolean;
}

/** Item size and object-ness of a descr: a type string or a list of fields. */
export function descrInfo(descr: PyLiteral, depth: number): DtypeInfo {
  if (depth > 16) throw new NpyError('dtype nested too deep');
  if (typeof descr === 'string') return typeString(descr);
  if (Array.isArray(descr)) {
    let size = 0;
    let hasObject = false;
    for (const field of descr) {
      const items = field instanceof PyTupleLit ? field.items : undefined;
      if (!items || items.length < 2 || items.length > 3) throw new NpyError('a structured dtype field is not (name, type[, shape])');
      const name = items[0];
      if (typeof name !== 'string' && !(name instanceof PyTupleLit)) throw new NpyError('a structured dtype field name is not a string');
      const inner = descrInfo(items[1]!, depth + 1);
      let n = 1;
      const sub = items[2];
      if (sub !== undefined) {
        const dims = sub instanceof PyTupleLit ? sub.items : [sub];
        for (const d of dims) {
          if (typeof d !== 'number' || !Number.isSafeInteger(d) || d < 0) throw new NpyError('a sub-array shape is not made of integers');
          n *= d;
        }
      }
      size += inner.size * n;
      hasObject ||= inner.hasObject;
    }
    return { size, hasObject };
  }
  throw new NpyError('descr is neither a type string nor a list of fields');
}

function typeString(s: string): DtypeInfo {
  const m = /^([<>|=]?)([?bBhHiIlLqQpPefdgFDGSaUVOMmuic])(\d*)(\[[A-Za-z0-9]+\])?$/.exec(s);
  if (!m) throw new NpyError(`unknown dtype ${JSON.stringify(s.slice(0, 40))}`);
  const kind = m[2]!;
  const n = m[3] ? Number(m[3]) : undefined;
  if (kind === 'O') return { size: 8, hasObject: true };
  if (kind === '?') return { size: 1, hasObject: false };
  if (kind === 'U') return { size: 4 * (n ?? 0), hasObject: false };
  if ('SaV'.includes(kind)) return { size: n ?? 0, hasObject: false };
  if (n !== undefined) return { size: n, hasObject: false };
  // One-character codes without a size (numpy writes sizes, but hand-made headers may not).
  const sizes: Record<string, number> = { b: 1, B: 1, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8, p: 8, P: 8, e: 2, f: 4, d: 8, g: 16, F: 8, D: 16, G: 32 };
  const size = sizes[kind];
  if (size === undefined) throw new NpyError(`dtype ${JSON.stringify(s)} has no size`);
  return { size, hasObject: false };
}

async function scan(ctx: ScanContext): Promise<void> {
  const { source } = ctx;
  let header: NpyHeader;
  try {
    header = parseNpyHeader((o, l) => source.read(o, l), source.size);
  } catch (error) {
    ctx.incomplete(`invalid .npy header: ${error instanceof Error ? error.message : String(error)}`, 0);
    return;
  }
  const rest = source.size - header.dataOffset;
  if (header.hasObject) {
    // numpy.load(allow_pickle=True) calls pickle.load on everything after the header.
    if (rest <= 0) {
      ctx.incomplete('object array without data', header.dataOffset);
      return;
    }
    const taken = await ctx.scanNested(new SliceSource(source, header.dataOffset, rest), OBJECT_MEMBER);
    if (taken !== 'pickle') {
      ctx.incomplete(
        taken === undefined
          ? 'the object array data is unpickled by numpy.load but is not recognisable as a pickle'
          : `the object array data is unpickled by numpy.load but its bytes were read as ${taken}, not as a pickle`,
        header.dataOffset,
      );
    }
    return;
  }
  const bytes = header.count * header.itemSize;
  if (!Number.isSafeInteger(bytes) || bytes > rest) {
    ctx.incomplete(`the header declares ${bytes} bytes of array data but only ${rest} are present (truncated or lying header)`, header.dataOffset);
    return;
  }
  if (bytes < rest) {
    // numpy never reads past the array: anything there is a second file riding along.
    await ctx.scanNested(new SliceSource(source, header.dataOffset + bytes, rest - bytes), TRAILING_MEMBER);
  }
}

export const numpyScanner: FormatScanner = {
  ...numpyClaim,
  scan,
};
