import type h5wasmType from 'h5wasm/node';

export type H5wasm = typeof h5wasmType;

let loading: Promise<H5wasm> | undefined;

/**
 * h5wasm (HDF5 compiled to wasm) is loaded on first use only: its start-up
 * costs a few hundred milliseconds that scans without H5 files should not pay.
 * One promise per process, so it initialises once.
 */
export function loadH5wasm(): Promise<H5wasm> {
  loading ??= (async () => {
    const { default: h5wasm } = await import('h5wasm/node');
    const module = await h5wasm.ready;
    // Without this, HDF5 errors print to stderr and return -1 instead of throwing.
    module.activate_throwing_error_handler();
    return h5wasm;
  })();
  return loading;
}
