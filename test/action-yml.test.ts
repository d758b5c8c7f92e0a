import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { defaultModelGlobs } from '../src/policy/model-extensions.js';
import { TOOL_VERSION } from '../src/core/version.js';

const repo = resolve(import.meta.dirname, '..');
const action = parse(readFileSync(resolve(repo, 'action.yml'), 'utf8'));
const pkg = JSON.parse(readFileSync(resolve(repo, 'package.json'), 'utf8'));

describe('action.yml', () => {
  it('runs the committed bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(action.branding.icon).toBeTruthy();
  });

  it('declares every input the code reads, with quoted string defaults', () => {
    const source = readFileSync(resolve(repo, 'src/action/inputs.ts'), 'utf8');
    const read = [...source.matchAll(/(?:getInput|getMultilineInput|booleanInput|withInput)\('([a-z-]+)'/g)].map((m) => m[1]);
    for (const name of new Set(read)) expect(Object.keys(action.inputs), name).toContain(name);
    for (const [name, input] of Object.entries<{ default: unknown; description: string }>(action.inputs)) {
      expect(typeof input.default, name).toBe('string');
      expect(input.description.length, name).toBeGreaterThan(10);
    }
  });

  it('keeps the default path glob equal to the code default', () => {
    expect(action.inputs.path.default.trim().split('\n')).toEqual(defaultModelGlobs());
  });

  it('declares the outputs the action sets', () => {
    const source = readFileSync(resolve(repo, 'src/action/main.ts'), 'utf8');
    const set = [...source.matchAll(/setOutput\('([a-z-]+)'/g)].map((m) => m[1]);
    expect(set.sort()).toEqual(Object.keys(action.outputs).sort());
  });

  it('has the same version as package.json', () => {
    expect(TOOL_VERSION).toBe(pkg.version);
  });
});
