/** The first line of an error's message (h5wasm errors carry a multi-line HDF5 trace). */
export function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]!.slice(0, 300);
}
