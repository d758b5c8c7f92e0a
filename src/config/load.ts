import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { ErrorObject } from 'ajv';
import { RULES } from '../policy/rules.js';
import { CONFIG_SCHEMA } from './schema.js';
import { CONFIG_FILE_NAMES, ConfigError, type LoadedConfig, type ModelscanConfig } from './types.js';

export { CONFIG_FILE_NAMES };

/** Names looked for at the scan root, in this order. */

/**
 * The configuration for a scan: the file given explicitly (which must exist),
 * else `.modelscan.yml` / `.modelscan.yaml` at the root, else none.
 * Throws ConfigError with one line naming the file and the key.
 */
export async function loadConfig(root: string, explicit?: string): Promise<LoadedConfig | undefined> {
  let path: string | undefined;
  if (explicit) {
    path = resolve(root, explicit);
    if (!existsSync(path)) throw new ConfigError(`${explicit}: configuration file not found`);
  } else {
    const found = CONFIG_FILE_NAMES.map((name) => resolve(root, name)).filter((p) => existsSync(p));
    if (found.length > 1) throw new ConfigError(`both ${CONFIG_FILE_NAMES.join(' and ')} exist at the scan root: keep one`);
    path = found[0];
  }
  if (!path) return undefined;
  const displayPath = displayOf(root, path);
  let text: string;
  let size: number;
  try {
    if (statSync(path).isDirectory()) throw new Error('is a folder, not a file');
    text = readFileSync(path, 'utf8');
    size = statSync(path).size;
  } catch (error) {
    throw new ConfigError(`${displayPath}: cannot read: ${error instanceof Error ? error.message : String(error)}`);
  }
  const config = await parseConfig(text, displayPath);
  return { config, path, displayPath, size };
}

/** Parses and validates configuration text; `name` prefixes every error. */
export async function parseConfig(text: string, name: string): Promise<ModelscanConfig> {
  const { LineCounter, parseDocument } = await import('yaml');
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    const at = first.linePos?.[0];
    const where = at ? ` (line ${at.line}, column ${at.col})` : '';
    throw new ConfigError(`${name}: invalid YAML: ${firstLine(first.message)}${where}`);
  }
  const value: unknown = doc.toJS({ maxAliasCount: 100 }) ?? {};
  const lineOf = (path: (string | number)[]): number | undefined => {
    const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
    const start = node?.range?.[0] ?? keyNode(doc, path)?.range?.[0];
    return start === undefined ? undefined : lines.linePos(start).line;
  };
  const problem = await validate(value);
  if (problem) {
    const line = lineOf(problem.path) ?? lineOf(problem.path.slice(0, -1));
    throw new ConfigError(`${name}: ${problem.text}${line ? ` (line ${line})` : ''}`);
  }
  const config = value as ModelscanConfig;
  // What the schema cannot know: rule ids that exist, dates that exist.
  for (const rule of Object.keys(config.severity ?? {})) {
    if (!RULES.has(rule)) throw new ConfigError(`${name}: severity.${rule}: unknown rule id${lineSuffix(lineOf(['severity', rule]))}`);
  }
  for (const [i, s] of (config.suppressions ?? []).entries()) {
    if (!RULES.has(s.rule)) throw new ConfigError(`${name}: suppressions[${i}].rule: unknown rule id "${s.rule}"${lineSuffix(lineOf(['suppressions', i, 'rule']))}`);
    if (s.expires !== undefined && !isRealDate(s.expires)) {
      throw new ConfigError(`${name}: suppressions[${i}].expires: "${s.expires}" is not a date${lineSuffix(lineOf(['suppressions', i, 'expires']))}`);
    }
  }
  return config;
}

function lineSuffix(line: number | undefined): string {
  return line ? ` (line ${line})` : '';
}

type Validator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
let compiled: Validator | undefined;

/** Ajv is loaded (and the schema compiled) only when a configuration exists. */
async function validator(): Promise<Validator> {
  if (compiled) return compiled;
  const mod = (await import('ajv')) as unknown as { default: { default?: unknown } };
  const Ajv = (mod.default.default ?? mod.default) as new (options: object) => { compile(schema: object): Validator };
  compiled = new Ajv({ allErrors: false, verbose: true, strict: true }).compile(CONFIG_SCHEMA);
  return compiled;
}

interface Problem {
  path: (string | number)[];
  text: string;
}

async function validate(value: unknown): Promise<Problem | undefined> {
  const check = await validator();
  if (check(value)) return undefined;
  const error = check.errors?.[0];
  if (!error) return { path: [], text: 'invalid configuration' };
  return describe(error);
}

/** One Ajv error as `key.path: what is wrong`. */
function describe(error: ErrorObject): Problem {
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  const expected = (error.parentSchema as { description?: string } | undefined)?.description;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return at([...path, String(params.missingProperty)], 'required');
    case 'additionalProperties': {
      const known = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      return at([...path, String(params.additionalProperty)], `unknown key${known.length ? ` (expected one of: ${known.join(', ')})` : ''}`);
    }
    case 'propertyNames':
      return at([...path, String(params.propertyName)], 'invalid key');
    case 'type':
      return at(path, `must be ${article(String(params.type))}${expected ? ` (${expected})` : ''}`);
    case 'enum':
    case 'const':
      return at(path, `invalid value ${show(error.data)}${expected ? `: expected ${expected}` : ''}`);
    default:
      return at(path, `invalid value ${show(error.data)}${expected ? `: expected ${expected}` : ''}`);
  }
}

function at(path: (string | number)[], text: string): Problem {
  return { path, text: `${formatPath(path) || '(top level)'}: ${text}` };
}

/** `suppressions[0].reason`, `severity["pickle/unknown-import"]` stays readable as `severity.pickle/unknown-import`. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out ? `.${part}` : part;
  return out;
}

function article(type: string): string {
  if (type === 'object') return 'a mapping';
  if (type === 'array') return 'a list';
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function show(value: unknown): string {
  const text = typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
  return text === undefined ? 'undefined' : text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.trim();
}

function keyNode(doc: { getIn(path: unknown[], keepScalar?: boolean): unknown }, path: (string | number)[]): { range?: [number, number, number] } | undefined {
  if (path.length === 0) return undefined;
  const parent = doc.getIn(path.slice(0, -1), true) as { items?: { key?: { value?: unknown; range?: [number, number, number] } }[] } | undefined;
  const last = path[path.length - 1];
  return parent?.items?.find((pair) => pair.key?.value === last)?.key;
}

function isRealDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

function displayOf(root: string, path: string): string {
  const rel = relative(root, path);
  if (!rel || rel.startsWith('..') || isAbsolute(rel)) return path.split(sep).join('/');
  return rel.split(sep).join('/');
}
