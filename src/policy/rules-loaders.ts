import type { Rule } from './rules.js';

const DESERIALIZATION = ['security', 'external/cwe/cwe-502', 'model-serialization'];

/** Rules of loaders that build objects from a description: skops schemas, YAML configs (threats F7, F8). */
export const LOADER_RULES: Rule[] = [
  {
    id: 'skops/code-execution',
    name: 'SkopsCodeExecution',
    severity: 'critical',
    short: 'The skops file makes skops.io.load import or call something that runs code or commands.',
    full:
      'A `.skops` file is a zip whose `schema.json` describes the objects to rebuild: every node names a module and a class or function that ' +
      'skops imports (`FunctionNode`, `TypeNode`), instantiates (`ObjectNode`, container nodes, `ReduceNode` subclasses such as `LossNode`), calls ' +
      '(`OperatorFuncNode`: `operator.methodcaller` / `attrgetter`, CVE-2025-54412) or fetches from another object (`MethodNode`, CVE-2025-54413). ' +
      'skops refuses types outside its trusted set only unless the caller passes `trusted=`, and users routinely pass ' +
      '`trusted=get_untrusted_types(...)`. This node names a callable that executes code, runs a shell command or resolves callables by name, judged ' +
      'by the same policy as a pickle global.',
    help:
      '**Do not load this file**, and never pass the output of `get_untrusted_types` to `trusted=` without reading it. Treat the file as malicious ' +
      'unless you produced it yourself and can explain the callable. Upgrade skops (0.12 fixed the Method/Operator node audits, CVE-2025-54412/54413).',
    tags: [...DESERIALIZATION, 'skops', 'code-execution'],
    precision: 'high',
  },
  {
    id: 'skops/system-access',
    name: 'SkopsSystemAccess',
    severity: 'high',
    short: 'The skops file makes skops.io.load import or call something that reads or writes files, opens connections or inspects the machine.',
    full:
      'A node of the skops `schema.json` names a callable with file-system, network or system side effects (open, urlopen, socket, shutil, …), ' +
      'judged by the same policy as a pickle global. skops imports or calls it when the file is loaded with that type trusted.',
    help:
      '**Do not load this file** unless you know why a model needs system access; never pass `get_untrusted_types(...)` to `trusted=` unread.',
    tags: [...DESERIALIZATION, 'skops'],
    precision: 'high',
  },
  {
    id: 'skops/untrusted-type',
    name: 'SkopsUntrustedType',
    severity: 'medium',
    short: 'The skops file names a type or function outside skops\' default trusted set and the known-safe model classes.',
    full:
      'skops.io.load would refuse this type unless the caller trusts it, and callers often trust whatever `get_untrusted_types` returns. ' +
      'Importing or calling an unaudited name can run arbitrary code. It is not a scikit-learn estimator, NumPy/SciPy ufunc or builtin container, ' +
      'and not known to be dangerous either. Bound methods (`MethodNode`) are always reported: skops never trusts them by default.',
    help:
      'Check that you expect this type in the model before adding it to `trusted=`. If it comes from your own code or a library you trust, ' +
      'allow it in the scanner configuration (pickle allowlist, exact module and name) with a reason.',
    tags: [...DESERIALIZATION, 'skops'],
    precision: 'medium',
  },
  {
    id: 'yaml/python-tag',
    name: 'YamlPythonTag',
    severity: 'high',
    short: 'The YAML file carries a PyYAML python tag: loading it with yaml.unsafe_load imports and calls Python code.',
    full:
      'PyYAML builds Python objects from tags such as `!!python/object/apply:os.system`, `!!python/object/new:`, `!!python/object:`, ' +
      '`!!python/name:` and `!!python/module:` when a file is loaded with `yaml.unsafe_load`, `yaml.load(..., Loader=yaml.Loader)` or PyYAML before 5.1 ' +
      '(CVE-2017-18342, CVE-2020-1747). A config never needs them. Critical when the callable is one the pickle policy denies as code execution.',
    help:
      '**Do not load this file with an unsafe YAML loader.** Use `yaml.safe_load` (OmegaConf and Hydra already do), remove the tag, and treat ' +
      'the file as malicious if you did not write the tag.',
    tags: [...DESERIALIZATION, 'yaml', 'code-execution'],
    precision: 'very-high',
  },
  {
    id: 'config/interpolation-resolver',
    name: 'ConfigInterpolationResolver',
    severity: 'medium',
    short: 'A Hydra / OmegaConf config calls a resolver in an interpolation (`${name:...}`) when it is resolved.',
    full:
      'OmegaConf resolves `${resolver:args}` interpolations when a config is loaded or instantiated. `oc.env` copies environment variables (tokens, ' +
      'keys) into the config, where a `_target_` can send them anywhere; `oc.decode` / `oc.create` turn strings into new config, which can hold ' +
      '`_target_` callables the scanner cannot see; and many projects register resolvers such as `eval`, which then run Python code from the file ' +
      '(high). Other resolvers run whatever the application registered under that name (low).',
    help:
      'Check that the config needs the resolver. Never register `eval`-like resolvers in applications that load configs from model files, ' +
      'and restore models only from trusted sources.',
    tags: ['security', 'hydra', 'omegaconf', 'external/cwe/cwe-94'],
    precision: 'medium',
  },
];
