/**
 * JSON Schema (draft-07) of `.modelscan.yml`. The committed copy at
 * `schema/modelscan-config.schema.json` is this object, byte for byte
 * (a test keeps them equal): editors use the file, the runtime uses this.
 *
 * `description` texts double as the "expected …" part of error messages, so
 * keep them short and phrased as what a valid value looks like.
 */
export const CONFIG_SCHEMA_ID = 'https://github.com/modelscan-action/modelscan-action/schema/modelscan-config.schema.json';

const MODULE = {
  type: 'string',
  pattern: '^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$',
  description: 'a dotted Python module name such as mypkg.layers',
};
const NAME = {
  type: 'string',
  pattern: '^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$',
  description: 'a Python name (class or function) such as CustomLayer',
};
const SEVERITY = { type: 'string', enum: ['critical', 'high', 'medium', 'low'], description: 'one of critical, high, medium, low' };
const DATE = {
  type: 'string',
  pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
  description: 'a date written YYYY-MM-DD',
};

export const CONFIG_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: CONFIG_SCHEMA_ID,
  title: 'modelscan-action configuration (.modelscan.yml)',
  description: 'Policy for modelscan-action: extra allowed and denied pickle globals, severity overrides, ignored paths and suppressions.',
  type: 'object',
  additionalProperties: false,
  properties: {
    version: { const: 1, description: 'the configuration format version, 1' },
    pickle: {
      type: 'object',
      description: 'a mapping with allow and deny lists',
      additionalProperties: false,
      properties: {
        allow: {
          type: 'array',
          description: 'a list of { module, name, reason } entries',
          items: {
            type: 'object',
            description: 'a mapping with module and name',
            additionalProperties: false,
            required: ['module', 'name'],
            properties: {
              module: MODULE,
              name: NAME,
              reason: { type: 'string', description: 'text explaining why the global is safe' },
            },
          },
        },
        deny: {
          type: 'array',
          description: 'a list of { module, name, severity, reason } entries',
          items: {
            type: 'object',
            description: 'a mapping with module, severity and optionally name',
            additionalProperties: false,
            required: ['module', 'severity'],
            properties: {
              module: MODULE,
              name: { ...NAME, description: 'a Python name; leave it out to deny the whole module' },
              severity: SEVERITY,
              reason: { type: 'string', minLength: 1, description: 'text saying what the callable does' },
            },
          },
        },
      },
    },
    severity: {
      type: 'object',
      description: 'a mapping from rule id to severity',
      propertyNames: { pattern: '^[a-z0-9-]+/[a-z0-9-]+$', description: 'a rule id such as pickle/unknown-import' },
      additionalProperties: SEVERITY,
    },
    ignore: {
      type: 'array',
      description: 'a list of globs relative to the scan root',
      items: { type: 'string', minLength: 1, description: 'a glob such as legacy/**' },
    },
    suppressions: {
      type: 'array',
      description: 'a list of { file, rule, reason } entries',
      items: {
        type: 'object',
        description: 'a mapping with file, rule and reason',
        additionalProperties: false,
        required: ['file', 'rule', 'reason'],
        properties: {
          file: { type: 'string', minLength: 1, description: 'a path (or glob) relative to the scan root' },
          sha256: { type: 'string', pattern: '^[0-9a-fA-F]{64}$', description: 'the 64 hex digits of the file\'s SHA-256' },
          rule: { type: 'string', pattern: '^[a-z0-9-]+/[a-z0-9-]+$', description: 'a rule id such as pickle/unknown-import' },
          callable: { type: 'string', minLength: 1, description: 'the callable the finding names, such as mypkg.build' },
          reason: { type: 'string', minLength: 1, description: 'non-empty text saying why the finding is accepted' },
          expires: DATE,
        },
      },
    },
  },
} as const;
