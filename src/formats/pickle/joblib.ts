import { type ByteReader, PickleError } from './reader.js';
import { PyCall, PyDict, PyTuple, type Value } from './values.js';

/**
 * joblib writes each numpy array as a NumpyArrayWrapper placeholder and puts the
 * array right after the BUILD that completes it: raw bytes (after an optional
 * alignment pad) or, for object arrays, a whole nested pickle. joblib's
 * unpickler reads them at that BUILD; we skip the raw bytes and scan the nested
 * pickle, so the stream stays in step.
 */
export function afterArrayWrapper(r: ByteReader, state: Value, at: number, subPickle: () => void): void {
  if (!(state instanceof PyDict)) throw new PickleError(`joblib array placeholder without a state dict at offset ${at}`, at);
  const dtype = dtypeInfo(state.get('dtype'));
  if (!dtype) throw new PickleError(`joblib array placeholder with an unreadable dtype at offset ${at}`, at);
  if (dtype.hasObject) {
    subPickle();
    return;
  }
  const shape = state.get('shape');
  let count = 1;
  if (shape instanceof PyTuple) {
    if (shape.count !== shape.items.length) throw new PickleError(`joblib array placeholder with too many dimensions at offset ${at}`, at);
    for (const n of shape.items) {
      if (typeof n !== 'number' || n < 0) throw new PickleError(`joblib array placeholder with an unreadable shape at offset ${at}`, at);
      count *= n;
    }
  } else if (typeof shape === 'number') {
    count = shape;
  } else {
    throw new PickleError(`joblib array placeholder with an unreadable shape at offset ${at}`, at);
  }
  const alignment = state.get('numpy_array_alignment_bytes');
  if (alignment !== undefined && alignment !== null) {
    const pad = r.u8();
    r.skip(pad);
  }
  r.skip(count * dtype.itemSize);
}

/** Item size and object-ness of a pickled numpy.dtype(...) call with its BUILD state. */
function dtypeInfo(v: Value | undefined): { itemSize: number; hasObject: boolean } | undefined {
  if (!(v instanceof PyCall)) return undefined;
  const spec = v.args[0];
  if (typeof spec !== 'string') return undefined;
  // State: (version, byteorder, subarray, names, fields, elsize, alignment, flags).
  const st = v.state instanceof PyTuple ? v.state.items : [];
  const elsize = st[5];
  const flags = st[7];
  const hasObject = spec.replace(/^[<>=|]/, '').startsWith('O') || (typeof flags === 'number' && (flags & 1) === 1);
  if (typeof elsize === 'number' && elsize > 0) return { itemSize: elsize, hasObject };
  const m = /^[<>=|]?([a-zA-Z])(\d*)$/.exec(spec);
  if (!m) return undefined;
  const kind = m[1]!;
  const n = m[2] ? Number(m[2]) : undefined;
  if (kind === 'O') return { itemSize: 8, hasObject: true };
  if (n === undefined) return kind === 'b' || kind === '?' ? { itemSize: 1, hasObject } : undefined;
  return { itemSize: kind === 'U' ? 4 * n : n, hasObject };
}
