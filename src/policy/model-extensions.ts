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
  '.onnx', '.gguf', '.ggml', '.safetensors', '.msgpack', '.nemo', '.skops', '.mlmodel', '.pmml',
  // archives models travel in
  '.zip', '.tar', '.tgz', '.gz', '.bz2', '.xz', '.lz4', '.zst', '.7z',
  // chat templates
  '.jinja',
];

/** Side files that ship beside weights and can make a loader run code (remote code, templates, targets). */
export const MODEL_SIDE_FILES: readonly string[] = [
  'config.json', 'tokenizer_config.json', 'chat_template.json', 'processor_config.json', 'preprocessor_config.json',
  'model_config.json', 'model_config.yaml',
];

const SET = new Set(MODEL_EXTENSIONS);

export function isModelExtension(extension: string): boolean {
  return SET.has(extension.toLowerCase());
}

/**
 * Default action globs: every model extension and side file, anywhere in the workspace
 * (action.yml repeats them; a test keeps them equal).
 */
export function defaultModelGlobs(): string[] {
  return [
    `**/*.{${MODEL_EXTENSIONS.map((ext) => ext.slice(1)).join(',')}}`,
    `**/{${MODEL_SIDE_FILES.join(',')}}`,
  ];
}
