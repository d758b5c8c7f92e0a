import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixture, scanBytes, serious, summary } from './helpers.js';

const benign = readdirSync(join(FIXTURES, 'benign')).sort();

describe('benign pickles from real libraries', () => {
  it.each(benign)('%s: complete, no medium+ findings', async (name) => {
    const result = await scanBytes(fixture(`benign/${name}`), name);
    expect(summary(result)).toEqual([]);
    expect(serious(result)).toEqual([]);
    expect(result.status).toBe('complete');
    expect(result.formats).toEqual(['pickle']);
  });
});

interface Expect {
  rule: string;
  severity: string;
  callable: string;
  args?: string[];
  message?: RegExp;
}

const malicious: Record<string, Expect[]> = {
  'os-system-p0.pkl': [{ rule: 'pickle/code-execution', severity: 'critical', callable: 'os.system', args: ["'id'"], message: /runs the shell command `id` through os\.system: `os\.system\('id'\)`\./ }],
  'os-system-p1.pkl': [{ rule: 'pickle/code-execution', severity: 'critical', callable: 'os.system', args: ["'id'"] }],
  'os-system-p2.pkl': [{ rule: 'pickle/code-execution', severity: 'critical', callable: 'os.system', args: ["'id'"] }],
  'os-system-p3.pkl': [{ rule: 'pickle/code-execution', severity: 'critical', callable: 'os.system', args: ["'id'"] }],
  'os-system-p4.pkl': [{ rule: 'pickle/code-execution', severity: 'critical', callable: 'os.system', args: ["'id'"] }],
  'os-system-p5.pkl': [{ rule: 'pickle/code-execution', severity: 'critical', callable: 'os.system', args: ["'id'"] }],
  'subprocess-popen.pkl': [{ rule: 'pickle/code-execution', severity: 'critical', callable: 'subprocess.Popen', args: ["['id']"] }],
  'builtins-eval.pkl': [{ rule: 'pickle/code-execution', severity: 'critical', callable: 'builtins.eval', args: ['"__import__(\'os\').system(\'id\')"'] }],
  'builtins-exec-p0.pkl': [{ rule: 'pickle/code-execution', severity: 'critical', callable: 'builtins.exec', args: ['"import os; os.system(\'id\')"'] }],
  'builtins-open.pkl': [{ rule: 'pickle/system-access', severity: 'high', callable: 'io.open', args: ["'/etc/hostname'"] }],
  'socket-connection.pkl': [{ rule: 'pickle/system-access', severity: 'high', callable: 'socket.create_connection', args: ["('127.0.0.1', 9)"] }],
  'webbrowser-open.pkl': [{ rule: 'pickle/code-execution', severity: 'critical', callable: 'webbrowser.open', args: ["'http://127.0.0.1/'"] }],
  'functools-partial.pkl': [{ rule: 'pickle/code-execution', severity: 'critical', callable: 'functools.partial(os.system)', args: [] }],
  'dict-with-payload.pkl': [{ rule: 'pickle/code-execution', severity: 'critical', callable: 'os.system', args: ["'id'"] }],
  'concatenated.pkl': [{ rule: 'pickle/code-execution', severity: 'critical', callable: 'os.system', args: ["'id'"] }],
  'torch-legacy-payload-first.pt': [{ rule: 'pickle/code-execution', severity: 'critical', callable: 'os.system', args: ["'id'"] }],
  'unknown-import.pkl': [{ rule: 'pickle/unknown-import', severity: 'medium', callable: 'mymodule.MyClass', args: [] }],
};

describe('malicious pickles', () => {
  it.each(Object.keys(malicious))('%s', async (name) => {
    const result = await scanBytes(fixture(`malicious/${name}`), name);
    const expected = malicious[name]!;
    const found = result.findings.filter((f) => f.ruleId !== 'scan/incomplete');
    expect(found.map((f) => [f.ruleId, f.severity, f.callable, f.args])).toEqual(expected.map((e) => [e.rule, e.severity, e.callable, e.args]));
    for (let i = 0; i < expected.length; i++) {
      if (expected[i]!.message) expect(found[i]!.message).toMatch(expected[i]!.message!);
      expect(found[i]!.offset).toBeTypeOf('number');
    }
    expect(result.status).toBe('complete');
  });

  it('reports the payload and the break in a broken stream (nullifAI, B9)', async () => {
    const result = await scanBytes(fixture('malicious/broken-after-payload.pkl'), 'broken.pkl');
    expect(summary(result)).toEqual([
      `critical pickle/code-execution os.system ["'id'"] @30`,
      'medium scan/incomplete  [] @33',
    ]);
    expect(result.status).toBe('incomplete');
    expect(result.findings[1]!.message).toMatch(/unknown opcode 0xff at offset 33/);
  });

  it('scans the payload passed to pickle.loads as a nested pickle', async () => {
    const result = await scanBytes(fixture('malicious/nested-pickle-loads.pkl'), 'nested.pkl');
    const outer = result.findings.find((f) => f.member === undefined)!;
    expect(outer).toMatchObject({ ruleId: 'pickle/code-execution', callable: 'pickle.loads' });
    const inner = result.findings.find((f) => f.member !== undefined)!;
    expect(inner).toMatchObject({ ruleId: 'pickle/code-execution', callable: 'os.system', args: ["'id'"], member: '<pickle.loads@76>' });
  });

  it('flags dill functions rebuilt from bytecode', async () => {
    const result = await scanBytes(fixture('malicious/dill-lambda.dill'), 'f.dill');
    // One root cause, one finding: _create_code is a related location of the _create_function call it feeds.
    expect(result.findings.map((f) => f.callable)).toEqual(['dill._dill._create_function']);
    expect(result.findings[0]!.properties?.related).toEqual([expect.objectContaining({ callable: 'dill._dill._create_code' })]);
    expect(result.findings.every((f) => f.severity === 'critical')).toBe(true);
  });
});
