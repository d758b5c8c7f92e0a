import type { Severity } from '../core/severity.js';

/**
 * The rule catalogue: one stable rule per check. Rule ids never change once
 * published (code scanning matches alerts by rule id and location).
 */
export interface Rule {
  id: string;
  /** PascalCase name for SARIF. */
  name: string;
  severity: Severity;
  /** One line. */
  short: string;
  /** What the check detects and why it matters. */
  full: string;
  /** Markdown remediation shown in code scanning. */
  help: string;
  tags: string[];
  precision: 'very-high' | 'high' | 'medium' | 'low';
}

const DESERIALIZATION = ['security', 'external/cwe/cwe-502', 'model-serialization'];

const RULE_LIST: Rule[] = [
  {
    id: 'pickle/code-execution',
    name: 'PickleCodeExecution',
    severity: 'critical',
    short: 'Loading this model runs code or commands chosen by the file.',
    full:
      'The pickle stream imports or calls a callable that executes code, runs a shell command, spawns a process, loads native code, ' +
      'deserializes a nested payload or resolves an arbitrary callable by name. Python runs it the moment the file is loaded ' +
      '(pickle.load, torch.load, joblib.load, numpy.load with allow_pickle).',
    help:
      '**Do not load this file.** It contains instructions that run code on load.\n\n' +
      '- If you did not expect code in this model, treat it as malicious: delete it, find out where it came from, and rotate any secrets the machine that loaded it could read.\n' +
      '- Prefer weight-only formats such as safetensors, or load PyTorch checkpoints with `torch.load(..., weights_only=True)` after upgrading PyTorch.\n' +
      '- If the callable is legitimate for your project, allow it explicitly in the scanner configuration with a reason.',
    tags: [...DESERIALIZATION, 'pickle', 'code-execution'],
    precision: 'high',
  },
  {
    id: 'pickle/unresolved-import',
    name: 'PickleUnresolvedImport',
    severity: 'critical',
    short: 'The pickle imports a name that is computed while loading, so what runs cannot be known in advance.',
    full:
      'A STACK_GLOBAL whose module or name is not a literal string, or an EXT opcode that fetches a callable from the copyreg registry, ' +
      'imports something only decided at load time. Ordinary models never do this; attackers do it to hide the callable from scanners.',
    help:
      '**Do not load this file.** Ordinary model files name every class they need literally. Treat the file as malicious unless you produced it yourself and can explain the construct.',
    tags: [...DESERIALIZATION, 'pickle', 'evasion'],
    precision: 'high',
  },
  {
    id: 'pickle/system-access',
    name: 'PickleSystemAccess',
    severity: 'high',
    short: 'Loading this model reads or writes files, opens network connections or inspects the machine.',
    full:
      'The pickle stream imports or calls a callable with file-system, network or system side effects (open, urlopen, socket, shutil, logging handlers, …). ' +
      'It runs when the file is loaded and can read secrets, plant files or exfiltrate data.',
    help:
      '**Do not load this file** unless you know why it needs system access.\n\n' +
      '- Find out where the file came from; a model needs no file or network access to load its weights.\n' +
      '- Re-export the weights to safetensors from a trusted environment.\n' +
      '- If the callable is legitimate for your project, allow it explicitly in the scanner configuration with a reason.',
    tags: [...DESERIALIZATION, 'pickle'],
    precision: 'high',
  },
  {
    id: 'pickle/unknown-import',
    name: 'PickleUnknownImport',
    severity: 'medium',
    short: 'The pickle imports a module or class that is not on the list of known-safe model classes.',
    full:
      'Pickle imports every class it rebuilds, and importing or calling an unaudited name can run arbitrary code. This import is not one ' +
      'that ordinary model checkpoints use (torch, numpy, scikit-learn, pandas, collections, …) and is not known to be dangerous either.',
    help:
      'Check that you expect this class in the model. If it comes from your own code or a library you trust, allow it in the scanner configuration ' +
      '(exact module and name) with a reason. Otherwise, do not load the file.',
    tags: [...DESERIALIZATION, 'pickle'],
    precision: 'medium',
  },
  {
    id: 'pickle/dynamic-call',
    name: 'PickleDynamicCall',
    severity: 'critical',
    short: 'The pickle calls a value it computed while loading, not a named function.',
    full:
      'A REDUCE, NEWOBJ or OBJ opcode whose callable is the result of an earlier call (or another computed value) rather than an imported name. ' +
      'Ordinary model files only call classes and functions they import by name; chaining calls is how payloads reach a dangerous function without naming it.',
    help:
      '**Do not load this file.** Treat it as malicious unless you produced it yourself and can explain the construct.',
    tags: [...DESERIALIZATION, 'pickle', 'evasion'],
    precision: 'high',
  },
  {
    id: 'pickle/frame-tampering',
    name: 'PickleFrameTampering',
    severity: 'critical',
    short: 'The pickle\'s frames are inconsistent, so Python and scanners may read different instructions.',
    full:
      'An opcode or its argument runs past the end of its FRAME, or a frame starts before the previous one ends. No pickler writes this; ' +
      'older CPython versions read across the boundary differently from pickletools-based scanners, which hides instructions from them.',
    help:
      '**Do not load this file.** Re-create it with the library that produced it; treat it as malicious if you cannot explain where it came from.',
    tags: [...DESERIALIZATION, 'pickle', 'evasion'],
    precision: 'very-high',
  },
  {
    id: 'scan/incomplete',
    name: 'NotFullyScanned',
    severity: 'medium',
    short: 'The file could not be fully scanned; it is not known to be safe.',
    full:
      'The scanner stopped before the end of the file (malformed or truncated data, an unsupported construct, or a resource limit). ' +
      'Anything found before that point is reported separately; the rest of the file was not checked.',
    help:
      'Do not treat this file as clean. Re-create it with the library that produced it, or inspect it in an isolated environment. ' +
      'If a resource limit was hit, raise the limit in the configuration and scan again.',
    tags: ['security', 'scan-coverage'],
    precision: 'very-high',
  },
  {
    id: 'scan/unsupported-format',
    name: 'UnsupportedFormat',
    severity: 'low',
    short: 'The file looks like a model but its format is not recognised, so it was not scanned.',
    full:
      'The file name suggests a model artifact, but no scanner recognised its content. It was not analysed and is not known to be safe.',
    help:
      'Check what the file is. If it is a model format the scanner should support, open an issue with a harmless sample; exclude it with the `exclude` input or `--exclude` if it is not a model.',
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
];

export const RULES: ReadonlyMap<string, Rule> = new Map(RULE_LIST.map((r) => [r.id, r]));

export function ruleFor(id: string): Rule {
  const rule = RULES.get(id);
  if (!rule) throw new Error(`unknown rule id: ${id}`);
  return rule;
}

/** Every rule, in catalogue order (SARIF `rules[]` keeps this order). */
export function allRules(): Rule[] {
  return [...RULES.values()];
}
