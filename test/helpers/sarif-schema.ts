/**
 * SARIF validation for tests: the official 2.1.0 JSON schema, plus the extra
 * rules GitHub code scanning applies when it ingests a file.
 *
 *   assertValidSarif(log)          // throws with every problem listed
 *   sarifProblems(log)             // the same problems as strings
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import type { Log, ReportingDescriptor } from 'sarif';

const require = createRequire(import.meta.url);
// The npm copy of the schema is draft-04 (`id`, not `$id`), hence ajv-draft-04.
const SCHEMA_PATH = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

// Both packages are CommonJS with a `default` export that ESM sees as a property.
const Ajv = AjvDraft04.default;
const addFormats = addFormatsModule.default;

let validator: ValidateFunction | undefined;

function schemaValidator(): ValidateFunction {
  if (!validator) {
    // unicodeRegExp: false — one schema pattern is invalid under the `u` flag.
    const ajv = new Ajv({ unicodeRegExp: false, strict: false, allErrors: true });
    addFormats(ajv);
    validator = ajv.compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')));
  }
  return validator;
}

function describe(error: ErrorObject): string {
  return `schema: ${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`;
}

/** Problems against the official SARIF 2.1.0 schema. */
export function schemaProblems(log: unknown): string[] {
  const validate = schemaValidator();
  // Validate what would be written to disk, not the in-memory object.
  return validate(JSON.parse(JSON.stringify(log))) ? [] : (validate.errors ?? []).map(describe);
}

const MAX_TAGS = 20;
const MAX_RULE_NAME = 255;
const MAX_DESCRIPTION = 1024;
const MAX_RESULTS_PER_RUN = 25_000;
const MAX_RUNS = 20;

function isBlank(value: unknown): boolean {
  return typeof value !== 'string' || value.trim() === '';
}

function ruleProblems(rule: ReportingDescriptor, where: string): string[] {
  const problems: string[] = [];
  if (isBlank(rule.id)) problems.push(`${where}: empty id`);
  if (rule.name !== undefined && (isBlank(rule.name) || rule.name.length > MAX_RULE_NAME)) {
    problems.push(`${where}: name empty or longer than ${MAX_RULE_NAME}`);
  }
  for (const key of ['shortDescription', 'fullDescription'] as const) {
    const text = rule[key]?.text;
    if (isBlank(text) || text!.length > MAX_DESCRIPTION) problems.push(`${where}: ${key}.text empty or longer than ${MAX_DESCRIPTION}`);
  }
  if (isBlank(rule.help?.text)) problems.push(`${where}: help.text empty`);
  const tags: unknown = rule.properties?.tags;
  if (tags !== undefined && (!Array.isArray(tags) || tags.length > MAX_TAGS || tags.some(isBlank))) {
    problems.push(`${where}: tags must be at most ${MAX_TAGS} non-empty strings`);
  }
  const severity: unknown = rule.properties?.['security-severity'];
  if (severity !== undefined) {
    const value = typeof severity === 'string' && /^\d+(\.\d+)?$/.test(severity) ? Number(severity) : NaN;
    if (!(value > 0 && value <= 10)) problems.push(`${where}: security-severity must be a string number in (0, 10], got ${JSON.stringify(severity)}`);
    if (!Array.isArray(tags) || !tags.includes('security')) problems.push(`${where}: security-severity without a "security" tag`);
  }
  return problems;
}

/** What GitHub code scanning rejects or silently mishandles beyond the schema. */
export function githubProblems(log: Log): string[] {
  const problems: string[] = [];
  if (isBlank(log.$schema)) problems.push('log: missing $schema');
  if (log.runs.length > MAX_RUNS) problems.push(`log: more than ${MAX_RUNS} runs`);
  log.runs.forEach((run, r) => {
    const driver = run.tool.driver;
    if (isBlank(driver.name)) problems.push(`run ${r}: empty tool.driver.name`);
    const rules = driver.rules ?? [];
    const ids = new Set<string>();
    rules.forEach((rule, i) => {
      problems.push(...ruleProblems(rule, `run ${r} rule ${i} (${rule.id})`));
      if (ids.has(rule.id)) problems.push(`run ${r}: duplicate rule id ${rule.id}`);
      ids.add(rule.id);
    });
    if (!Array.isArray(run.results)) problems.push(`run ${r}: results missing`);
    const results = run.results ?? [];
    if (results.length > MAX_RESULTS_PER_RUN) problems.push(`run ${r}: more than ${MAX_RESULTS_PER_RUN} results`);
    results.forEach((result, i) => {
      const where = `run ${r} result ${i}`;
      if (isBlank(result.message.text)) problems.push(`${where}: empty message.text`);
      if (result.ruleId === undefined && result.ruleIndex === undefined) problems.push(`${where}: no ruleId or ruleIndex`);
      if (result.ruleIndex !== undefined && rules[result.ruleIndex]?.id !== result.ruleId) {
        problems.push(`${where}: ruleIndex ${result.ruleIndex} points at ${rules[result.ruleIndex]?.id} not ${result.ruleId}`);
      }
      const location = result.locations?.[0]?.physicalLocation;
      if (isBlank(location?.artifactLocation?.uri)) problems.push(`${where}: no location with an artifactLocation.uri`);
      if (!(Number.isInteger(location?.region?.startLine) && location!.region!.startLine! >= 1)) {
        problems.push(`${where}: first location has no region.startLine (code scanning will not display it)`);
      }
      const fingerprints = result.partialFingerprints ?? {};
      for (const [key, value] of Object.entries(fingerprints)) if (isBlank(value)) problems.push(`${where}: empty partialFingerprints.${key}`);
    });
    const id = run.automationDetails?.id;
    if (id !== undefined && isBlank(id)) problems.push(`run ${r}: empty automationDetails.id`);
  });
  return problems;
}

/** Every problem: schema first, then GitHub ingestion rules. */
export function sarifProblems(log: Log): string[] {
  return [...schemaProblems(log), ...githubProblems(log)];
}

/** Throws, listing every problem, unless the log is valid SARIF that GitHub code scanning accepts. */
export function assertValidSarif(log: Log): void {
  const problems = sarifProblems(log);
  if (problems.length > 0) throw new Error(`invalid SARIF:\n  ${problems.join('\n  ')}`);
}
