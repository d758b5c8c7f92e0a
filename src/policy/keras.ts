import type { Severity } from '../core/severity.js';

/**
 * What the Keras config checks consider safe or dangerous. Data only: the
 * config walker (src/formats/keras/config-walker.ts) looks names up here.
 */

/**
 * Top-level packages whose classes and functions a Keras config may name
 * without a finding: Keras itself, TensorFlow (tf.keras configs) and the
 * Keras-team model libraries. Their known gadgets are listed separately below.
 */
export const KERAS_MODULE_ROOTS: ReadonlySet<string> = new Set([
  'keras',
  'tf_keras',
  'tensorflow',
  'keras_core',
  'keras_hub',
  'keras_nlp',
  'keras_cv',
]);

/**
 * Module names that only say "defined in the saving script": Keras cannot
 * import them from the file, it needs the user's custom objects.
 */
export const NEUTRAL_MODULES: ReadonlySet<string> = new Set(['__main__']);

/**
 * Modules whose import or call runs code or commands (top-level name).
 * A config that names one of them is CRITICAL.
 */
export const CODE_EXECUTION_MODULES: ReadonlySet<string> = new Set([
  'os',
  'posix',
  'nt',
  'subprocess',
  'builtins',
  '__builtin__',
  'sys',
  'importlib',
  'runpy',
  'pty',
  'pickle',
  '_pickle',
  'cPickle',
  'dill',
  'cloudpickle',
  'joblib',
  'marshal',
  'ctypes',
  'code',
  'codeop',
  'pdb',
  'bdb',
  'timeit',
  'cProfile',
  'profile',
  'pydoc',
  'pkgutil',
  'zipimport',
  'types',
  'operator',
  'functools',
  'multiprocessing',
  'concurrent',
  'asyncio',
  'shutil',
  'torch',
]);

/**
 * Python builtins that run code, import, read or write files or reach
 * attributes by name. `{"module": "builtins", "class_name": "function",
 * "config": "exec"}` made Keras < 3.9 return `builtins.exec` (CVE-2025-1550).
 */
export const DANGEROUS_PYTHON_NAMES: ReadonlySet<string> = new Set([
  'exec',
  'eval',
  'compile',
  'open',
  'input',
  'breakpoint',
  '__import__',
  'getattr',
  'setattr',
  'delattr',
  'globals',
  'locals',
  'vars',
  'system',
  'popen',
  'spawn',
  'spawnl',
  'spawnv',
  'execl',
  'execle',
  'execlp',
  'execv',
  'execve',
  'execvp',
  'fork',
  'kill',
  'remove',
  'unlink',
  'rmtree',
  'call',
  'check_call',
  'check_output',
  'run',
  'Popen',
  'getoutput',
  'getstatusoutput',
  'import_module',
  'loads',
  'load',
  'run_path',
  'run_module',
  'urlopen',
  'urlretrieve',
  '__globals__',
  '__builtins__',
  '__subclasses__',
  '__getattribute__',
  '__reduce__',
  '__reduce_ex__',
  '__code__',
  'enable_unsafe_deserialization',
  'set_global_attribute',
]);

/** Modules that touch files or the network (top-level name): HIGH when named. */
export const SYSTEM_ACCESS_MODULES: ReadonlySet<string> = new Set([
  'io',
  '_io',
  'pathlib',
  'tempfile',
  'glob',
  'fileinput',
  'socket',
  'ssl',
  'http',
  'urllib',
  'urllib2',
  'urllib3',
  'requests',
  'httpx',
  'aiohttp',
  'ftplib',
  'smtplib',
  'webbrowser',
  'logging',
  'zipfile',
  'tarfile',
  'sqlite3',
  'numpy',
]);

export interface KerasGadget {
  severity: Severity;
  /** What loading does with it, for the finding message. */
  effect: string;
  /** Threat catalogue reference. */
  ref: string;
}

/**
 * Keras / TensorFlow callables and classes that are "allowed" by module but
 * let a config escape safe mode or reach the system (threats.md G3, G4, G6).
 * Matched on the last name, whatever Keras/TF module the config puts it in.
 */
export const KERAS_GADGETS: ReadonlyMap<string, KerasGadget> = new Map([
  ['get_file', { severity: 'high', effect: 'downloads a URL and writes it to disk', ref: 'CVE-2025-8747' }],
  [
    'enable_unsafe_deserialization',
    { severity: 'critical', effect: 'turns Keras safe mode off, so later Lambda bytecode runs', ref: 'CVE-2025-9906' },
  ],
  [
    'set_global_attribute',
    { severity: 'critical', effect: 'can switch Keras safe mode off (safe_mode_saving)', ref: 'CVE-2025-9906' },
  ],
  ['load_model', { severity: 'high', effect: 'loads another model file, possibly with safe mode off', ref: 'CVE-2025-9906' }],
  ['load_weights', { severity: 'high', effect: 'loads another file chosen by the config', ref: 'CVE-2025-9906' }],
  ['TorchModuleWrapper', { severity: 'critical', effect: 'unpickles a PyTorch module (torch.load with weights_only=False)', ref: 'CVE-2025-49655' }],
  ['py_function', { severity: 'critical', effect: 'runs an arbitrary Python function', ref: 'G2' }],
  ['numpy_function', { severity: 'critical', effect: 'runs an arbitrary Python function', ref: 'G2' }],
  ['py_func', { severity: 'critical', effect: 'runs an arbitrary Python function', ref: 'G2' }],
  ['read_file', { severity: 'high', effect: 'reads a file', ref: 'G8' }],
  ['write_file', { severity: 'high', effect: 'writes a file', ref: 'G8' }],
  ['GFile', { severity: 'high', effect: 'opens a file', ref: 'G8' }],
  ['save_model', { severity: 'high', effect: 'writes files', ref: 'G8' }],
]);

/** Preprocessing layers whose config may name a file or URL to read at load (threats.md G10). */
export const FILE_READING_LAYER = /(Lookup|TextVectorization|Tokenizer|Vocabulary)$/;
export const FILE_READING_KEYS: ReadonlySet<string> = new Set(['vocabulary', 'vocabulary_file', 'merges', 'proto', 'idf_weights']);

/** Config keys whose `false` turns Keras safe mode off (threats.md G4). */
export const SAFE_MODE_KEYS: ReadonlySet<string> = new Set(['safe_mode', 'safe_mode_saving']);
