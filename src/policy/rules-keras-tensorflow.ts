import type { Rule } from './rules.js';
import { TFLITE_RULES } from './rules-tflite.js';

const DESERIALIZATION = ['security', 'external/cwe/cwe-502', 'model-serialization'];

/** Rules for Keras configs (H5, .keras, keras_metadata.pb) and TensorFlow graphs (SavedModel, frozen GraphDef). */
export const KERAS_TENSORFLOW_RULES: Rule[] = [
  {
    id: 'keras/lambda-layer',
    name: 'KerasLambdaBytecode',
    severity: 'high',
    short: 'The Keras model stores Python bytecode (a Lambda function) that runs when the model is loaded.',
    full:
      'A Lambda layer or a serialized lambda (`__lambda__`) carries base64 marshalled Python bytecode. Keras rebuilds the function with ' +
      '`marshal.loads` and runs it when the layer is called, and legacy H5 loading ignores `safe_mode` (CVE-2024-3660, CVE-2025-9905). ' +
      'The scanner lists the names the bytecode refers to; the finding is critical when they include code-execution or system names, or when ' +
      'the bytecode cannot be decoded. The `keras_version` stored in the file is not trusted to lower the severity.',
    help:
      '**Do not load this model with `safe_mode=False` or as legacy H5 unless you wrote the Lambda yourself.**\n\n' +
      '- Replace the Lambda with a registered custom layer (`@keras.saving.register_keras_serializable`) whose code you ship yourself.\n' +
      '- Re-save the model in the `.keras` format with Keras ≥ 3.11 and load it with the default `safe_mode=True`.\n' +
      '- If the bytecode names `os`, `subprocess`, `exec`, `eval` or similar, treat the file as malicious.',
    tags: [...DESERIALIZATION, 'keras', 'code-execution'],
    precision: 'high',
  },
  {
    id: 'keras/external-callable',
    name: 'KerasExternalCallable',
    severity: 'high',
    short: 'The Keras config makes Keras import a module or function outside Keras and TensorFlow.',
    full:
      'A `module`, `fn_module` or Lambda `module` in the config names a Python module outside Keras and TensorFlow. Keras before 3.9 imports ' +
      'that module and uses the named class or function while loading, even in safe mode (CVE-2025-1550), so `builtins.exec` or `os.system` ' +
      'run on load. Critical for code-execution modules and names, high for anything else.',
    help:
      '**Do not load this model** unless the module is your own code.\n\n' +
      '- Upgrade Keras to 3.9 or later, which only imports Keras modules from configs.\n' +
      '- If the referenced class is your own custom layer, register it and pass it via `custom_objects`; allow the finding in the scanner configuration with a reason.',
    tags: [...DESERIALIZATION, 'keras'],
    precision: 'high',
  },
  {
    id: 'keras/unsafe-gadget',
    name: 'KerasUnsafeGadget',
    severity: 'high',
    short: 'The Keras config uses a Keras or TensorFlow function that downloads files, loads other models or turns safe mode off.',
    full:
      'Some Keras and TensorFlow callables are allowed by module but are dangerous in a config: `keras.utils.get_file` downloads and writes ' +
      'files (CVE-2025-8747), `keras.config.enable_unsafe_deserialization` or `safe_mode: false` switch safe mode off for the code that follows ' +
      '(CVE-2025-9906), `load_model` loads a second file, and `TorchModuleWrapper` unpickles a PyTorch module (CVE-2025-49655).',
    help:
      '**Do not load this model.** Ordinary models never call these functions from their config.\n\n' +
      '- Upgrade Keras to 3.11.3 or later.\n' +
      '- Find out where the file came from; re-create it from code you control.',
    tags: [...DESERIALIZATION, 'keras'],
    precision: 'high',
  },
  {
    id: 'keras/external-file-reference',
    name: 'KerasExternalFileReference',
    severity: 'high',
    short: 'A Keras preprocessing layer reads its vocabulary from a file path or URL when the model loads.',
    full:
      'StringLookup, IntegerLookup, TextVectorization and tokenizer layers accept a file path as `vocabulary`. A config that names a path or ' +
      'URL makes Keras read that file (or fetch that URL) while loading, which leaks local files into the model or reaches internal services.',
    help:
      'Store the vocabulary inside the model (a list in the config or an asset of the `.keras` file) instead of a path. ' +
      'If the path is expected, check that it stays inside your project and allow the finding in the scanner configuration with a reason.',
    tags: ['security', 'keras', 'external/cwe/cwe-73'],
    precision: 'high',
  },
  {
    id: 'tensorflow/python-op',
    name: 'TensorFlowPythonOp',
    severity: 'critical',
    short: 'The TensorFlow graph calls back into Python (PyFunc / EagerPyFunc).',
    full:
      'PyFunc, PyFuncStateless and EagerPyFunc run a Python function registered in the loading process. A graph that contains them runs ' +
      'whatever Python that token resolves to, and it signals a model built to execute code rather than compute.',
    help:
      '**Do not load this model** unless you built it and know which Python function the op calls. Re-export the model without `tf.py_function` / `tf.numpy_function`.',
    tags: [...DESERIALIZATION, 'tensorflow', 'code-execution'],
    precision: 'high',
  },
  {
    id: 'tensorflow/file-access-op',
    name: 'TensorFlowFileAccessOp',
    severity: 'high',
    short: 'The TensorFlow graph reads or writes files, or reaches the network, when it runs.',
    full:
      'The graph contains ops with side effects outside the model: ReadFile, WriteFile, MatchingFiles, file readers and dataset readers, ' +
      'PrintV2 to a file, checkpoint ops with a hard-coded path, table initialisers from text files, debug ops with dump URLs, or assets ' +
      'whose path leaves the SavedModel directory. TensorFlow treats models as programs: these ops run with the serving process\'s rights.',
    help:
      'Check why a model needs file or network access. Ordinary exported models only read their own variables and assets. ' +
      'If you did not expect it, do not serve the model; otherwise allow the finding in the scanner configuration with a reason.',
    tags: ['security', 'tensorflow', 'external/cwe/cwe-73'],
    precision: 'high',
  },
  {
    id: 'tensorflow/unknown-op',
    name: 'TensorFlowUnknownOp',
    severity: 'medium',
    short: 'The TensorFlow graph uses an op that is not a standard TensorFlow op.',
    full:
      'The op is not in the scanner\'s list of standard TensorFlow ops. Custom ops are native code loaded from a shared library; ' +
      'the model runs whatever that library does, and the scanner cannot judge it.',
    help:
      'Find out which library provides the op (TensorFlow Text, Addons, your own build, …) and whether you trust it. ' +
      'If it is expected, allow it in the scanner configuration with a reason.',
    tags: ['security', 'tensorflow'],
    precision: 'medium',
  },
  // TensorFlow Lite: Flex ops use the TensorFlow rules above.
  ...TFLITE_RULES,
];
