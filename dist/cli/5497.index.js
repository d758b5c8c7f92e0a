export const id = 5497;
export const ids = [5497];
export const modules = {

/***/ 5497:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RULES: () => (/* binding */ RULES),
  V: () => (/* binding */ allRules),
  ruleFor: () => (/* binding */ ruleFor)
});

;// CONCATENATED MODULE: ./lib/policy/rules-tflite.js
/**
 * Rules of the TensorFlow Lite scanner. Flex ops (TensorFlow ops run by the
 * Select-TF-ops delegate) are reported with the TensorFlow rules
 * (`tensorflow/python-op`, `tensorflow/file-access-op`, `tensorflow/unknown-op`);
 * these cover what only TFLite files have.
 */
const TFLITE_RULES = [
    {
        id: 'tflite/custom-op',
        name: 'TFLiteCustomOp',
        severity: 'low',
        short: 'The TensorFlow Lite model uses a custom operator: the application must supply its native kernel.',
        full: 'A custom operator (not a builtin and not a Flex op) is looked up by name among the kernels the application registered with its op ' +
            'resolver. The file carries no code for it, so loading runs only what the application itself links in; a model that needs a kernel ' +
            'nobody registered fails to load. Reported for inventory: which native code the model expects.',
        help: 'Check that the custom op is one your application registers on purpose (for example `TFLite_Detection_PostProcess` from the ' +
            'object-detection API). Nothing to do otherwise; suppress the finding in the scanner configuration with a reason if it is noise.',
        tags: ['security', 'tflite'],
        precision: 'high',
    },
    {
        id: 'tflite/flex-op-mismatch',
        name: 'TFLiteFlexOpMismatch',
        severity: 'high',
        short: 'A TensorFlow Lite Flex operator is declared as one TensorFlow op but its options run another.',
        full: 'The Flex delegate takes an operator because its custom code starts with `Flex`, then runs the TensorFlow op named in the ' +
            'operator\'s custom options (a FlexBuffer holding the op name and a serialized NodeDef). The converter always writes the same name ' +
            'in all three places; a file where they differ was edited to show tools one op while TensorFlow runs another. Every name is judged ' +
            'on its own as well.',
        help: '**Do not load this model with the full TensorFlow interpreter** (which links the Flex delegate). Re-convert it from its source ' +
            'model, or find out who edited it.',
        tags: ['security', 'tflite', 'evasion'],
        precision: 'high',
    },
    {
        id: 'tflite/polyglot',
        name: 'TFLitePolyglot',
        severity: 'high',
        short: 'The TensorFlow Lite file is also a Python pickle stream.',
        full: 'The bytes before the flatbuffer\'s identifier parse as the start of a pickle that a pickle loader would run, while the TFLite ' +
            'runtime reads the model at the offset those same bytes give. A file built to be both is made to pass one check and hit another ' +
            'loader; the pickle is scanned as well and its findings are listed with this one.',
        help: '**Do not load this file** with pickle, torch.load or joblib. Re-convert the model from its source, and find out where the file came from.',
        tags: ['security', 'tflite', 'polyglot', 'evasion'],
        precision: 'high',
    },
];

;// CONCATENATED MODULE: ./lib/policy/rules-keras-tensorflow.js

const DESERIALIZATION = ['security', 'external/cwe/cwe-502', 'model-serialization'];
/** Rules for Keras configs (H5, .keras, keras_metadata.pb) and TensorFlow graphs (SavedModel, frozen GraphDef). */
const KERAS_TENSORFLOW_RULES = [
    {
        id: 'keras/lambda-layer',
        name: 'KerasLambdaBytecode',
        severity: 'high',
        short: 'The Keras model stores Python bytecode (a Lambda function) that runs when the model is loaded.',
        full: 'A Lambda layer or a serialized lambda (`__lambda__`) carries base64 marshalled Python bytecode. Keras rebuilds the function with ' +
            '`marshal.loads` and runs it when the layer is called, and legacy H5 loading ignores `safe_mode` (CVE-2024-3660, CVE-2025-9905). ' +
            'The scanner lists the names the bytecode refers to; the finding is critical when they include code-execution or system names, or when ' +
            'the bytecode cannot be decoded. The `keras_version` stored in the file is not trusted to lower the severity.',
        help: '**Do not load this model with `safe_mode=False` or as legacy H5 unless you wrote the Lambda yourself.**\n\n' +
            '- Replace the Lambda with a registered custom layer (`@keras.saving.register_keras_serializable`) whose code you ship yourself.\n' +
            '- Re-save the model in the `.keras` format with Keras \u2265 3.11 and load it with the default `safe_mode=True`.\n' +
            '- If the bytecode names `os`, `subprocess`, `exec`, `eval` or similar, treat the file as malicious.',
        tags: [...DESERIALIZATION, 'keras', 'code-execution'],
        precision: 'high',
    },
    {
        id: 'keras/external-callable',
        name: 'KerasExternalCallable',
        severity: 'high',
        short: 'The Keras config makes Keras import a module or function outside Keras and TensorFlow.',
        full: 'A `module`, `fn_module` or Lambda `module` in the config names a Python module outside Keras and TensorFlow. Keras before 3.9 imports ' +
            'that module and uses the named class or function while loading, even in safe mode (CVE-2025-1550), so `builtins.exec` or `os.system` ' +
            'run on load. Critical for code-execution modules and names, high for anything else.',
        help: '**Do not load this model** unless the module is your own code.\n\n' +
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
        full: 'Some Keras and TensorFlow callables are allowed by module but are dangerous in a config: `keras.utils.get_file` downloads and writes ' +
            'files (CVE-2025-8747), `keras.config.enable_unsafe_deserialization` or `safe_mode: false` switch safe mode off for the code that follows ' +
            '(CVE-2025-9906), `load_model` loads a second file, and `TorchModuleWrapper` unpickles a PyTorch module (CVE-2025-49655).',
        help: '**Do not load this model.** Ordinary models never call these functions from their config.\n\n' +
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
        full: 'StringLookup, IntegerLookup, TextVectorization and tokenizer layers accept a file path as `vocabulary`. A config that names a path or ' +
            'URL makes Keras read that file (or fetch that URL) while loading, which leaks local files into the model or reaches internal services.',
        help: 'Store the vocabulary inside the model (a list in the config or an asset of the `.keras` file) instead of a path. ' +
            'If the path is expected, check that it stays inside your project and allow the finding in the scanner configuration with a reason.',
        tags: ['security', 'keras', 'external/cwe/cwe-73'],
        precision: 'high',
    },
    {
        id: 'tensorflow/python-op',
        name: 'TensorFlowPythonOp',
        severity: 'critical',
        short: 'The TensorFlow graph calls back into Python (PyFunc / EagerPyFunc).',
        full: 'PyFunc, PyFuncStateless and EagerPyFunc run a Python function registered in the loading process. A graph that contains them runs ' +
            'whatever Python that token resolves to, and it signals a model built to execute code rather than compute.',
        help: '**Do not load this model** unless you built it and know which Python function the op calls. Re-export the model without `tf.py_function` / `tf.numpy_function`.',
        tags: [...DESERIALIZATION, 'tensorflow', 'code-execution'],
        precision: 'high',
    },
    {
        id: 'tensorflow/file-access-op',
        name: 'TensorFlowFileAccessOp',
        severity: 'high',
        short: 'The TensorFlow graph reads or writes files, or reaches the network, when it runs.',
        full: 'The graph contains ops with side effects outside the model: ReadFile, WriteFile, MatchingFiles, file readers and dataset readers, ' +
            'PrintV2 to a file, checkpoint ops with a hard-coded path, table initialisers from text files, debug ops with dump URLs, or assets ' +
            'whose path leaves the SavedModel directory. TensorFlow treats models as programs: these ops run with the serving process\'s rights.',
        help: 'Check why a model needs file or network access. Ordinary exported models only read their own variables and assets. ' +
            'If you did not expect it, do not serve the model; otherwise allow the finding in the scanner configuration with a reason.',
        tags: ['security', 'tensorflow', 'external/cwe/cwe-73'],
        precision: 'high',
    },
    {
        id: 'tensorflow/unknown-op',
        name: 'TensorFlowUnknownOp',
        severity: 'medium',
        short: 'The TensorFlow graph uses an op that is not a standard TensorFlow op.',
        full: 'The op is not in the scanner\'s list of standard TensorFlow ops. Custom ops are native code loaded from a shared library; ' +
            'the model runs whatever that library does, and the scanner cannot judge it.',
        help: 'Find out which library provides the op (TensorFlow Text, Addons, your own build, \u2026) and whether you trust it. ' +
            'If it is expected, allow it in the scanner configuration with a reason.',
        tags: ['security', 'tensorflow'],
        precision: 'medium',
    },
    // TensorFlow Lite: Flex ops use the TensorFlow rules above.
    ...TFLITE_RULES,
];

;// CONCATENATED MODULE: ./lib/policy/rules-config.js
/** Rules about the scan's own inputs: the configuration file and checksum lists. */
const CONFIG_RULES = [
    {
        id: 'config/stale-suppression',
        name: 'StaleSuppression',
        severity: 'medium',
        short: 'A suppression in the scan configuration has expired, no longer matches its file, or matches nothing.',
        full: 'Suppressions accept a known finding for a while, with a reason. An expired suppression no longer hides its finding; one whose file ' +
            'changed (its SHA-256 differs) no longer applies; one that matches no finding is dead weight that could hide a future finding of the same rule.',
        help: 'Review the suppression in the configuration file: renew its `expires` date if the reason still holds, update its `sha256` if the ' +
            'file was replaced on purpose, or delete it when the finding is gone.',
        tags: ['security', 'configuration', 'maintainability'],
        precision: 'very-high',
    },
    {
        id: 'integrity/checksum-mismatch',
        name: 'ChecksumMismatch',
        severity: 'high',
        short: 'A model file does not match the SHA-256 its checksum list records, or a listed file is missing.',
        full: 'The checksum file (sha256sum format) records the SHA-256 of each released model file. A different digest means the file was ' +
            'replaced or corrupted after the list was made; a missing file means the release is incomplete.',
        help: 'Do not load the file until you know why it changed. Re-download it from its origin and compare again; if the change is intended, ' +
            'regenerate the checksum list with `sha256sum`.',
        tags: ['security', 'integrity', 'external/cwe/cwe-354'],
        precision: 'very-high',
    },
];

;// CONCATENATED MODULE: ./lib/policy/rules-loaders.js
const rules_loaders_DESERIALIZATION = ['security', 'external/cwe/cwe-502', 'model-serialization'];
/** Rules of loaders that build objects from a description: skops schemas, YAML configs (threats F7, F8). */
const LOADER_RULES = [
    {
        id: 'skops/code-execution',
        name: 'SkopsCodeExecution',
        severity: 'critical',
        short: 'The skops file makes skops.io.load import or call something that runs code or commands.',
        full: 'A `.skops` file is a zip whose `schema.json` describes the objects to rebuild: every node names a module and a class or function that ' +
            'skops imports (`FunctionNode`, `TypeNode`), instantiates (`ObjectNode`, container nodes, `ReduceNode` subclasses such as `LossNode`), calls ' +
            '(`OperatorFuncNode`: `operator.methodcaller` / `attrgetter`, CVE-2025-54412) or fetches from another object (`MethodNode`, CVE-2025-54413). ' +
            'skops refuses types outside its trusted set only unless the caller passes `trusted=`, and users routinely pass ' +
            '`trusted=get_untrusted_types(...)`. This node names a callable that executes code, runs a shell command or resolves callables by name, judged ' +
            'by the same policy as a pickle global.',
        help: '**Do not load this file**, and never pass the output of `get_untrusted_types` to `trusted=` without reading it. Treat the file as malicious ' +
            'unless you produced it yourself and can explain the callable. Upgrade skops (0.12 fixed the Method/Operator node audits, CVE-2025-54412/54413).',
        tags: [...rules_loaders_DESERIALIZATION, 'skops', 'code-execution'],
        precision: 'high',
    },
    {
        id: 'skops/system-access',
        name: 'SkopsSystemAccess',
        severity: 'high',
        short: 'The skops file makes skops.io.load import or call something that reads or writes files, opens connections or inspects the machine.',
        full: 'A node of the skops `schema.json` names a callable with file-system, network or system side effects (open, urlopen, socket, shutil, \u2026), ' +
            'judged by the same policy as a pickle global. skops imports or calls it when the file is loaded with that type trusted.',
        help: '**Do not load this file** unless you know why a model needs system access; never pass `get_untrusted_types(...)` to `trusted=` unread.',
        tags: [...rules_loaders_DESERIALIZATION, 'skops'],
        precision: 'high',
    },
    {
        id: 'skops/untrusted-type',
        name: 'SkopsUntrustedType',
        severity: 'medium',
        short: 'The skops file names a type or function outside skops\' default trusted set and the known-safe model classes.',
        full: 'skops.io.load would refuse this type unless the caller trusts it, and callers often trust whatever `get_untrusted_types` returns. ' +
            'Importing or calling an unaudited name can run arbitrary code. It is not a scikit-learn estimator, NumPy/SciPy ufunc or builtin container, ' +
            'and not known to be dangerous either. Bound methods (`MethodNode`) are always reported: skops never trusts them by default.',
        help: 'Check that you expect this type in the model before adding it to `trusted=`. If it comes from your own code or a library you trust, ' +
            'allow it in the scanner configuration (pickle allowlist, exact module and name) with a reason.',
        tags: [...rules_loaders_DESERIALIZATION, 'skops'],
        precision: 'medium',
    },
    {
        id: 'yaml/python-tag',
        name: 'YamlPythonTag',
        severity: 'high',
        short: 'The YAML file carries a PyYAML python tag: loading it with yaml.unsafe_load imports and calls Python code.',
        full: 'PyYAML builds Python objects from tags such as `!!python/object/apply:os.system`, `!!python/object/new:`, `!!python/object:`, ' +
            '`!!python/name:` and `!!python/module:` when a file is loaded with `yaml.unsafe_load`, `yaml.load(..., Loader=yaml.Loader)` or PyYAML before 5.1 ' +
            '(CVE-2017-18342, CVE-2020-1747). A config never needs them. Critical when the callable is one the pickle policy denies as code execution.',
        help: '**Do not load this file with an unsafe YAML loader.** Use `yaml.safe_load` (OmegaConf and Hydra already do), remove the tag, and treat ' +
            'the file as malicious if you did not write the tag.',
        tags: [...rules_loaders_DESERIALIZATION, 'yaml', 'code-execution'],
        precision: 'very-high',
    },
    {
        id: 'config/interpolation-resolver',
        name: 'ConfigInterpolationResolver',
        severity: 'medium',
        short: 'A Hydra / OmegaConf config calls a resolver in an interpolation (`${name:...}`) when it is resolved.',
        full: 'OmegaConf resolves `${resolver:args}` interpolations when a config is loaded or instantiated. `oc.env` copies environment variables (tokens, ' +
            'keys) into the config, where a `_target_` can send them anywhere; `oc.decode` / `oc.create` turn strings into new config, which can hold ' +
            '`_target_` callables the scanner cannot see; and many projects register resolvers such as `eval`, which then run Python code from the file ' +
            '(high). Other resolvers run whatever the application registered under that name (low).',
        help: 'Check that the config needs the resolver. Never register `eval`-like resolvers in applications that load configs from model files, ' +
            'and restore models only from trusted sources.',
        tags: ['security', 'hydra', 'omegaconf', 'external/cwe/cwe-94'],
        precision: 'medium',
    },
];

;// CONCATENATED MODULE: ./lib/policy/rules.js



const rules_DESERIALIZATION = ['security', 'external/cwe/cwe-502', 'model-serialization'];
const RULE_LIST = [
    {
        id: 'pickle/code-execution',
        name: 'PickleCodeExecution',
        severity: 'critical',
        short: 'Loading this model runs code or commands chosen by the file.',
        full: 'The pickle stream imports or calls a callable that executes code, runs a shell command, spawns a process, loads native code, ' +
            'deserializes a nested payload or resolves an arbitrary callable by name. Python runs it the moment the file is loaded ' +
            '(pickle.load, torch.load, joblib.load, numpy.load with allow_pickle).',
        help: '**Do not load this file.** It contains instructions that run code on load.\n\n' +
            '- If you did not expect code in this model, treat it as malicious: delete it, find out where it came from, and rotate any secrets the machine that loaded it could read.\n' +
            '- Prefer weight-only formats such as safetensors, or load PyTorch checkpoints with `torch.load(..., weights_only=True)` after upgrading PyTorch.\n' +
            '- If the callable is legitimate for your project, allow it explicitly in the scanner configuration with a reason.',
        tags: [...rules_DESERIALIZATION, 'pickle', 'code-execution'],
        precision: 'high',
    },
    {
        id: 'pickle/unresolved-import',
        name: 'PickleUnresolvedImport',
        severity: 'critical',
        short: 'The pickle imports a name that is computed while loading, so what runs cannot be known in advance.',
        full: 'A STACK_GLOBAL whose module or name is not a literal string, or an EXT opcode that fetches a callable from the copyreg registry, ' +
            'imports something only decided at load time. Ordinary models never do this; attackers do it to hide the callable from scanners.',
        help: '**Do not load this file.** Ordinary model files name every class they need literally. Treat the file as malicious unless you produced it yourself and can explain the construct.',
        tags: [...rules_DESERIALIZATION, 'pickle', 'evasion'],
        precision: 'high',
    },
    {
        id: 'pickle/system-access',
        name: 'PickleSystemAccess',
        severity: 'high',
        short: 'Loading this model reads or writes files, opens network connections or inspects the machine.',
        full: 'The pickle stream imports or calls a callable with file-system, network or system side effects (open, urlopen, socket, shutil, logging handlers, \u2026). ' +
            'It runs when the file is loaded and can read secrets, plant files or exfiltrate data.',
        help: '**Do not load this file** unless you know why it needs system access.\n\n' +
            '- Find out where the file came from; a model needs no file or network access to load its weights.\n' +
            '- Re-export the weights to safetensors from a trusted environment.\n' +
            '- If the callable is legitimate for your project, allow it explicitly in the scanner configuration with a reason.',
        tags: [...rules_DESERIALIZATION, 'pickle'],
        precision: 'high',
    },
    {
        id: 'pickle/unknown-import',
        name: 'PickleUnknownImport',
        severity: 'medium',
        short: 'The pickle imports a module or class that is not on the list of known-safe model classes.',
        full: 'Pickle imports every class it rebuilds, and importing or calling an unaudited name can run arbitrary code. This import is not one ' +
            'that ordinary model checkpoints use (torch, numpy, scikit-learn, pandas, collections, \u2026) and is not known to be dangerous either.',
        help: 'Check that you expect this class in the model. If it comes from your own code or a library you trust, allow it in the scanner configuration ' +
            '(exact module and name) with a reason. Otherwise, do not load the file.',
        tags: [...rules_DESERIALIZATION, 'pickle'],
        precision: 'medium',
    },
    {
        id: 'pickle/dynamic-call',
        name: 'PickleDynamicCall',
        severity: 'critical',
        short: 'The pickle calls a value it computed while loading, not a named function.',
        full: 'A REDUCE, NEWOBJ or OBJ opcode whose callable is the result of an earlier call (or another computed value) rather than an imported name. ' +
            'Ordinary model files only call classes and functions they import by name; chaining calls is how payloads reach a dangerous function without naming it.',
        help: '**Do not load this file.** Treat it as malicious unless you produced it yourself and can explain the construct.',
        tags: [...rules_DESERIALIZATION, 'pickle', 'evasion'],
        precision: 'high',
    },
    {
        id: 'pickle/frame-tampering',
        name: 'PickleFrameTampering',
        severity: 'critical',
        short: 'The pickle\'s frames are inconsistent, so Python and scanners may read different instructions.',
        full: 'An opcode or its argument runs past the end of its FRAME, or a frame starts before the previous one ends. No pickler writes this; ' +
            'older CPython versions read across the boundary differently from pickletools-based scanners, which hides instructions from them.',
        help: '**Do not load this file.** Re-create it with the library that produced it; treat it as malicious if you cannot explain where it came from.',
        tags: [...rules_DESERIALIZATION, 'pickle', 'evasion'],
        precision: 'very-high',
    },
    {
        id: 'scan/incomplete',
        name: 'NotFullyScanned',
        severity: 'medium',
        short: 'The file could not be fully scanned; it is not known to be safe.',
        full: 'The scanner stopped before the end of the file (malformed or truncated data, an unsupported construct, or a resource limit). ' +
            'Anything found before that point is reported separately; the rest of the file was not checked.',
        help: 'Do not treat this file as clean. Re-create it with the library that produced it, or inspect it in an isolated environment. ' +
            'If a resource limit was hit, raise the limit in the configuration and scan again.',
        tags: ['security', 'scan-coverage'],
        precision: 'very-high',
    },
    {
        id: 'scan/unsupported-format',
        name: 'UnsupportedFormat',
        severity: 'low',
        short: 'The file looks like a model but its format is not recognised, so it was not scanned.',
        full: 'The file name suggests a model artifact, but no scanner recognised its content. It was not analysed and is not known to be safe.',
        help: 'Check what the file is. If it is a model format the scanner should support, open an issue with a harmless sample; exclude it with the `exclude` input or `--exclude` if it is not a model.',
        tags: ['security', 'scan-coverage'],
        precision: 'very-high',
    },
    {
        id: 'scan/read-error',
        name: 'ReadError',
        severity: 'medium',
        short: 'The file could not be read, so it was not scanned.',
        full: 'Opening or reading the file failed (permissions, a broken link, an I/O error). It was not analysed and is not known to be safe.',
        help: 'Make the file readable by the scanner (or exclude it) and scan again.',
        tags: ['security', 'scan-coverage'],
        precision: 'very-high',
    },
    // --- safetensors, GGUF, ONNX, chat templates and repository side files ---
    {
        id: 'safetensors/malformed',
        name: 'SafetensorsMalformedHeader',
        severity: 'medium',
        short: 'The safetensors header is invalid: lying sizes, overlapping or out-of-range tensors, or a bad dtype.',
        full: 'A safetensors file is an 8-byte header length, a JSON header that gives each tensor a dtype, shape and byte range, and the tensor bytes. ' +
            'This header breaks the format: its length is beyond the file or the 100 MB loader limit, it is not UTF-8 JSON, a dtype is unknown, ' +
            'a shape does not match its byte range, or ranges overlap, leave holes or run past the end. The reference loader rejects such files; ' +
            'other parsers may read out of bounds, and bytes no tensor claims can hide a second payload.',
        help: 'Re-export the weights with the `safetensors` library from a trusted copy of the model. Do not load the file with a hand-written or permissive parser.',
        tags: ['security', 'safetensors', 'malformed-input'],
        precision: 'very-high',
    },
    {
        id: 'safetensors/trailing-data',
        name: 'SafetensorsTrailingData',
        severity: 'medium',
        short: 'Bytes follow the last tensor of a safetensors file: it may be a polyglot carrying a second file.',
        full: 'No tensor refers to the bytes after the last tensor, so loaders never read them. Appending a pickle or a zip there makes a file that is both a valid-looking ' +
            'safetensors model and, for a tool that sniffs or renames it, something that runs code. The trailing bytes are scanned as a file of their own; ' +
            'any payload found there is reported separately. High when they form a recognisable file (zip, pickle, \u2026), medium otherwise.',
        help: 'Truncate the file to the end of its last tensor, or better, re-export it with the `safetensors` library. Find out how the extra bytes got there.',
        tags: ['security', 'safetensors', 'polyglot'],
        precision: 'high',
    },
    {
        id: 'gguf/malformed',
        name: 'GgufMalformed',
        severity: 'high',
        short: 'The GGUF header lies about counts, lengths, types or tensor sizes.',
        full: 'A count, string length, array length, value type, tensor dimension or tensor offset in the GGUF header does not fit the file. ' +
            'Such values are how GGUF loaders have been attacked (integer overflows and out-of-bounds reads in llama.cpp and Ollama: CVE-2024-21802, ' +
            'CVE-2025-53630, CVE-2026-27940, CVE-2026-7482). A truncated download looks the same; either way the file must not be loaded.',
        help: 'Do not load this file. Download it again from a trusted source and compare its checksum; if the problem stays, treat the file as an exploit attempt.',
        tags: ['security', 'gguf', 'malformed-input', 'external/cwe/cwe-787'],
        precision: 'high',
    },
    {
        id: 'gguf/trailing-data',
        name: 'GgufTrailingData',
        severity: 'medium',
        short: 'Bytes follow the last tensor of a GGUF file: it may be a polyglot carrying a second file.',
        full: 'GGUF loaders read the header and each tensor at its offset in the data section; nothing reads past the last tensor and its alignment padding. ' +
            'Appending a zip (found from the end of a file) or a pickle there makes a file that is a valid model for llama.cpp and something else for a tool that ' +
            'sniffs or renames it. The trailing bytes are scanned as a file of their own; any payload found there is reported separately. ' +
            'High when they form a recognisable file (zip, pickle, \u2026), medium otherwise.',
        help: 'Truncate the file to the end of its last tensor, or convert the model again from a trusted source. Find out how the extra bytes got there.',
        tags: ['security', 'gguf', 'polyglot'],
        precision: 'high',
    },
    {
        id: 'archive/path-traversal',
        name: 'ArchivePathTraversal',
        severity: 'high',
        short: 'An archive member is named or linked outside the folder it is unpacked into (zip slip).',
        full: 'A tar or zip member has an absolute name, a drive or UNC path, a ".." that climbs out of the extraction folder, or (tar) is a link pointing out of it. ' +
            'Model archives that are unpacked before loading (the ONNX model hub, CVE-2024-5187; `.nemo` and other tar checkpoints; tarfile.extractall before ' +
            'Python 3.12, CVE-2007-4559) then write or link files anywhere the user can, for example over a Python module that runs later. ' +
            'Ordinary model archives never need such names.',
        help: 'Do not unpack this archive. If you must look inside it, list it (`tar -tvf`, `unzip -l`) or extract it with a filter that refuses unsafe paths ' +
            "(Python 3.12+: `tarfile.extractall(filter='data')`).",
        tags: ['security', 'archive', 'external/cwe/cwe-22'],
        precision: 'very-high',
    },
    {
        id: 'chat-template/injection',
        name: 'ChatTemplateInjection',
        severity: 'critical',
        short: 'The chat template reaches Python internals: rendering it can run code (Jinja template injection).',
        full: 'Chat templates (GGUF `tokenizer.chat_template`, `tokenizer_config.json` `chat_template`, `chat_template.jinja`) are Jinja2 programs that servers render ' +
            'for every request, often in an unsandboxed environment (llama-cpp-python CVE-2024-34359, vLLM, SGLang CVE-2026-5760). This template reaches ' +
            'Python internals: dunder attributes such as `__globals__` or `__subclasses__`, `os`/`popen`/`eval`, or the Jinja globals (`lipsum`, `cycler`, `joiner`, ' +
            '`self`) that lead to them, possibly hidden behind `|attr()`, escapes, `~` concatenation, `format` or `join`. A chat template only needs messages, roles and strings.',
        help: '**Do not serve this model with this template.** Replace the template with the one published by the model authors, and render templates in a ' +
            '`jinja2.sandbox.ImmutableSandboxedEnvironment`. Treat the file as malicious unless you wrote the template.',
        tags: ['security', 'chat-template', 'jinja', 'external/cwe/cwe-1336', 'code-execution'],
        precision: 'high',
    },
    {
        id: 'chat-template/not-analysed',
        name: 'ChatTemplateNotAnalysed',
        severity: 'medium',
        short: 'The chat template could not be parsed, so it was only checked for dangerous names.',
        full: 'The template uses syntax the scanner\'s Jinja parser does not support (or is invalid), so its syntax tree could not be analysed. ' +
            'It was still searched for dangerous names (dunder attributes, `os`, `popen`, `eval`, template loading, \u2026); anything found is reported separately.',
        help: 'Read the template before serving the model, and render templates in a sandboxed Jinja environment.',
        tags: ['security', 'chat-template', 'jinja', 'scan-coverage'],
        precision: 'medium',
    },
    {
        id: 'onnx/external-data-path',
        name: 'OnnxExternalDataPathTraversal',
        severity: 'high',
        short: 'An ONNX tensor stores its data at a path outside the model\'s folder.',
        full: 'ONNX tensors may keep their bytes in an external file named by `external_data` `location`. An absolute path, a `..` component ' +
            '(also after a prefix, `sub/../../x`), a Windows drive or UNC path makes the loader read any file the process can read (CVE-2022-25882, ' +
            'CVE-2024-27318) or overwrite it when the model is saved again (CVE-2025-51480).',
        help: '**Do not load this model.** External data must live next to the model, named by a plain relative path. Upgrade `onnx` to 1.17 or later, ' +
            'and re-export the model from a trusted source.',
        tags: ['security', 'onnx', 'path-traversal', 'external/cwe/cwe-22'],
        precision: 'very-high',
    },
    {
        id: 'onnx/python-op',
        name: 'OnnxPythonOperator',
        severity: 'high',
        short: 'The ONNX graph calls a Python operator: running the model runs Python code it names.',
        full: 'Operators such as `PyOp`/`PythonOp` (ONNX Runtime language interop) and the Python-defined operators of `ai.onnx.contrib` (onnxruntime-extensions) ' +
            'call a Python module and function named in the model when the graph runs. Severity is critical when the operator names a module or function ' +
            'that runs commands or code (`os`, `subprocess`, `eval`, \u2026).',
        help: 'Do not run this model unless you wrote the Python operator it calls. Prefer models made of standard ONNX operators; never enable Python operator ' +
            'support for models from untrusted sources.',
        tags: ['security', 'onnx', 'code-execution'],
        precision: 'high',
    },
    {
        id: 'onnx/custom-op',
        name: 'OnnxCustomOperator',
        severity: 'low',
        short: 'The ONNX graph uses an operator from a non-standard domain.',
        full: 'The operator belongs to a domain outside the ONNX standard and the ONNX Runtime contrib domains. A model cannot ship the code of such an operator: ' +
            'it only runs if the application registers a custom-op library. The finding names what the model expects, for review.',
        help: 'Check that you expect this operator and that the library providing it comes from a trusted source.',
        tags: ['security', 'onnx'],
        precision: 'medium',
    },
    {
        id: 'hf/remote-code',
        name: 'HuggingFaceRemoteCode',
        severity: 'medium',
        short: 'The model config maps to Python code that `trust_remote_code=True` downloads and runs.',
        full: 'An `auto_map` entry in a Hugging Face config (`config.json`, `tokenizer_config.json`, \u2026) names Python modules in the model repository (or another one) ' +
            'that transformers imports when the model is loaded with `trust_remote_code=True`. That code runs with the user\'s privileges. ' +
            'Severity is high when a referenced module beside the config contains calls that run commands, evaluate code or download files.',
        help: 'Read every referenced `.py` file before loading with `trust_remote_code=True`, pin the model to a reviewed revision (`revision=<commit>`), ' +
            'or use a model supported natively by transformers.',
        tags: ['security', 'huggingface', 'remote-code', 'code-execution'],
        precision: 'high',
    },
    {
        id: 'config/callable-target',
        name: 'ConfigCallableTarget',
        severity: 'medium',
        short: 'A Hydra / NeMo `_target_` names a callable that instantiating the config will call.',
        full: '`hydra.utils.instantiate` (used by NeMo and many training stacks when a model is restored) imports and calls whatever `_target_` names, with the ' +
            'config\'s other keys as arguments (CVE-2025-23304). Targets outside the usual model building blocks are reported; targets in modules that run ' +
            'commands or code (`os`, `subprocess`, `builtins`, \u2026) are high severity.',
        help: 'Check that the target is a class you expect. Never restore configs from untrusted sources; recent NeMo versions restrict targets to an allowlist.',
        tags: ['security', 'hydra', 'code-execution', 'external/cwe/cwe-470'],
        precision: 'medium',
    },
    // --- containers: Git LFS, TorchScript, archives the scanner cannot open ---
    {
        id: 'scan/lfs-pointer',
        name: 'GitLfsPointerNotScanned',
        severity: 'medium',
        short: 'The file is a Git LFS pointer: the model itself was not checked out, so it was not scanned.',
        full: 'Git LFS replaces large files with a small text pointer (`version https://git-lfs.github.com/spec/v1`, an `oid` and a `size`) until they are ' +
            'fetched. The scanner saw the pointer, not the model, so nothing is known about the model that users will download.',
        help: 'Fetch the LFS objects before scanning: add `lfs: true` to the `actions/checkout` step (or run `git lfs pull`), then scan again.',
        tags: ['security', 'scan-coverage', 'git-lfs'],
        precision: 'very-high',
    },
    {
        id: 'torchscript/dangerous-code',
        name: 'TorchScriptDangerousCode',
        severity: 'high',
        short: 'TorchScript source in the archive calls something that loads native code, runs commands or evaluates code.',
        full: 'A TorchScript archive (`torch.jit.save`) carries the model as Python-like source under `code/`, compiled by `torch.jit.load`. ' +
            'Scripted and traced models only call tensor operations; this source names `torch.ops.load_library`, `os.`/`subprocess`, `eval`, `exec`, ' +
            '`__import__`, `open(` or similar, which no exported model needs and which a hand-edited archive uses to reach the host.',
        help: 'Do not load this archive unless you wrote the code it contains. Re-export the model with `torch.jit.save` from trusted source, ' +
            'or ship the weights as safetensors.',
        tags: ['security', 'torchscript', 'code-execution'],
        precision: 'medium',
    },
    {
        id: 'archive/not-scanned',
        name: 'ArchiveNotScanned',
        severity: 'high',
        short: 'A 7z archive, or members of one, the scanner cannot decode: those members were not scanned.',
        full: 'Loaders and users unpack 7z archives (the nullifAI models on Hugging Face were PyTorch checkpoints re-compressed with 7z). The scanner ' +
            'decodes 7z itself (Copy, LZMA, LZMA2, BCJ, Deflate, BZip2), but this archive could not be opened (encrypted or damaged header, a ' +
            'multi-volume part), or some members use a coder it does not decode (PPMd, BCJ2, ARM and other filters, Delta, AES encryption), so the ' +
            'models in them are unscanned. It is reported as high so that it is never mistaken for a clean file.',
        help: 'Unpack the archive in an isolated environment and scan its content, re-pack it with 7-Zip defaults (LZMA2, no password), or publish ' +
            'the model in a format the scanner reads (safetensors, zip).',
        tags: ['security', 'scan-coverage', 'archive'],
        precision: 'very-high',
    },
    ...KERAS_TENSORFLOW_RULES,
    ...CONFIG_RULES,
    ...LOADER_RULES,
];
const RULES = new Map(RULE_LIST.map((r) => [r.id, r]));
function ruleFor(id) {
    const rule = RULES.get(id);
    if (!rule)
        throw new Error(`unknown rule id: ${id}`);
    return rule;
}
/** Every rule, in catalogue order (SARIF `rules[]` keeps this order). */
function allRules() {
    return [...RULES.values()];
}


/***/ })

};
