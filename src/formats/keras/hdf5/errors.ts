/**
 * Why the native HDF5 reader gave up. Either way the caller falls back to the
 * HDF5 library (h5wasm): the native reader never guesses.
 *
 * - `unsupported`: a valid file that uses something the native reader does not
 *   read (dense attribute storage, shared messages, an unknown message type…).
 * - `malformed`: the bytes are not a consistent HDF5 file as far as the native
 *   reader can tell (truncated, out of bounds, bad checksum, a loop…). HDF5 may
 *   still read it, or will report it.
 */
export class Hdf5NativeError extends Error {
  constructor(
    readonly kind: 'unsupported' | 'malformed',
    message: string,
  ) {
    super(message);
    this.name = kind === 'unsupported' ? 'Hdf5Unsupported' : 'Hdf5Malformed';
  }
}

export function unsupported(message: string): Hdf5NativeError {
  return new Hdf5NativeError('unsupported', `unsupported HDF5 structure: ${message}`);
}

export function malformed(message: string): Hdf5NativeError {
  return new Hdf5NativeError('malformed', `malformed HDF5 structure: ${message}`);
}
