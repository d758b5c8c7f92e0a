/**
 * File extensions of model artifacts. Used for the action's default globs and to
 * decide that an unrecognised file is still worth a "not scanned" finding.
 * Routing never trusts them: content decides the format.
 */
export const MODEL_EXTENSIONS: readonly string[] = [
  // pickle family
  '.pkl', '.pickle', '.pk', '.p', '.dill', '.cloudpkl', '.joblib', '.jbl', '.sav', '.dat', '.data', '.model',
  // PyTorch and friends
  '.pt', '.pth', '.bin', '.ckpt', '.mar', '.ptl', '.pt2',
  // NumPy
  '.npy', '.npz',
  // Keras / TensorFlow
  '.h5', '.hdf5', '.keras', '.pb', '.tflite', '.lite',
  // others
  '.onnx', '.gguf', '.ggml', '.safetensors', '.msgpack', '.nemo', '.mlmodel', '.pmml',
  // archives models travel in
  '.zip', '.tar', '.tgz', '.gz', '.bz2', '.xz', '.lz4', '.zst', '.7z',
];

const SET = new Set(MODEL_EXTENSIONS);

export function isModelExtension(extension: string): boolean {
  return SET.has(extension.toLowerCase());
}

/** Default action glob: every model extension, anywhere in the workspace (action.yml repeats it; a test keeps them equal). */
export function defaultModelGlob(): string {
  return `**/*.{${MODEL_EXTENSIONS.map((ext) => ext.slice(1)).join(',')}}`;
}
