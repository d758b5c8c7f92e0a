import type { Severity } from '../core/severity.js';

/**
 * What YAML configs can make a loader run, as data (src/formats/hydra-yaml reads it).
 *
 * Hydra `_target_` callables are judged by the shared Hydra policy
 * (src/formats/hf-config/hydra-targets.ts, which consults the pickle policy).
 */

/** PyYAML's python tags: `!!python/...` expands to this prefix. */
export const PYYAML_PYTHON_TAG_PREFIX = 'tag:yaml.org,2002:python/';

/**
 * PyYAML python tags that only build plain data (FullLoader / UnsafeLoader): no import, no call.
 * Every other `python/...` tag (`name`, `module`, `object`, `object/new`, `object/apply`) imports
 * a module and, except `name` and `module`, calls what it names.
 */
export const PYYAML_DATA_TAGS: ReadonlySet<string> = new Set([
  'none', 'bool', 'str', 'unicode', 'bytes', 'int', 'long', 'float', 'complex', 'list', 'tuple', 'dict',
]);

/** Severity of a code-bearing python tag whose callable the pickle policy does not deny. */
export const PYTHON_TAG_SEVERITY: Severity = 'high';

/** How an OmegaConf resolver in a `${name:...}` interpolation is judged. */
export type ResolverKind = 'code' | 'environment' | 'decode' | 'custom';

/** OmegaConf and Hydra built-in resolvers that only select or format config values. */
export const SAFE_RESOLVERS: ReadonlySet<string> = new Set([
  'oc.select', 'oc.dict.keys', 'oc.dict.values', 'oc.deprecated', 'now', 'hydra',
]);

/** Resolvers by what they do when the config is resolved (OmegaConf built-ins and names projects register for code). */
export const RESOLVER_KINDS: Readonly<Record<string, ResolverKind>> = {
  // Built-ins that read the environment or turn strings into new config (which may hold `_target_`).
  'oc.env': 'environment',
  env: 'environment',
  'oc.decode': 'decode',
  'oc.create': 'decode',
  // Names projects register for Python evaluation (`OmegaConf.register_new_resolver("eval", eval)` is common).
  eval: 'code',
  exec: 'code',
  python: 'code',
  py: 'code',
  pyeval: 'code',
  python_eval: 'code',
  py_eval: 'code',
  shell: 'code',
  sh: 'code',
  cmd: 'code',
  system: 'code',
  import: 'code',
};

export const RESOLVER_SEVERITY: Readonly<Record<ResolverKind, Severity>> = {
  code: 'high',
  environment: 'medium',
  decode: 'medium',
  custom: 'low',
};

export const RESOLVER_DOES: Readonly<Record<ResolverKind, string>> = {
  code: 'evaluates Python code when the config is resolved, if the application registers a resolver of that name (many do, with eval)',
  environment: 'copies an environment variable (where tokens and keys live) into the config when it is resolved',
  decode: 'turns a string into new config when it is resolved, which can add `_target_` callables the scanner cannot see',
  custom: 'calls a resolver the application registers, which runs whatever Python code that resolver has',
};
