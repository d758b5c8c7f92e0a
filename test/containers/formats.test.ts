import { describe, expect, it } from 'vitest';
import { TORCHSCRIPT_PATTERNS } from '../../src/formats/torchscript/index.js';
import { mediumPlus, scanBytes, scanFixture, summary } from './helpers.js';

describe('TorchScript archives', () => {
  it.each(['torchscript.pt', 'torchscript_traced.pt'])('%s (torch.jit.save): no MEDIUM+', async (name) => {
    const r = await scanFixture(name);
    expect(mediumPlus(r), summary(r)).toEqual([]);
    expect(r.status).toBe('complete');
    expect(r.formats).toContain('torchscript-code');
  });

  it('hand-edited code/ source is flagged per pattern with its member', async () => {
    const r = await scanFixture('malicious_torchscript.pt');
    const inTop = r.findings.filter((f) => f.member === 'scripted/code/__torch__.py');
    expect(inTop.map((f) => [f.ruleId, f.severity, f.callable]), summary(r)).toEqual([
      ['torchscript/dangerous-code', 'high', 'torch.ops.load_library'],
      ['torchscript/dangerous-code', 'high', 'os'],
    ]);
    expect(inTop[0]!.properties).toMatchObject({ line: 8 });
  });

  it('patterns: what they catch and what TorchScript itself writes', () => {
    const hit = (line: string) => TORCHSCRIPT_PATTERNS.filter((p) => p.re.test(line)).map((p) => p.label);
    expect(hit('    _0 = torch.linear(input, weight, bias)')).toEqual([]);
    expect(hit('    _1 = getattr(self, "0")')).toEqual([]);
    expect(hit('    pos = ops.prim.NumToTensor(torch.size(x, 0))')).toEqual([]);
    expect(hit('    torch.ops.load_library("x.so")')).toEqual(['torch.ops.load_library']);
    expect(hit('    _2 = __import__("os").system("id")')).toEqual(['__import__']);
    expect(hit('    eval("1")')).toEqual(['eval']);
    expect(hit('    f = open("/etc/passwd")')).toEqual(['open']);
    expect(hit('    subprocess.run(["id"])')).toEqual(['subprocess']);
  });

  it('a TorchScript-looking .py outside an archive is checked too', async () => {
    const src = 'class M(Module):\n  __parameters__ = []\n  def forward(self: __torch__.M) -> None:\n    exec("import os")\n';
    const r = await scanBytes(Buffer.from(src), 'model.py');
    expect(r.findings.map((f) => f.callable)).toEqual(['exec']);
  });
});

describe('7z', () => {
  it('is decoded: the pickle inside is found (threat A7; more in sevenzip.test.ts)', async () => {
    const r = await scanFixture('malicious_model.7z');
    expect(r.status, summary(r)).toBe('complete');
    expect(r.formats).toEqual(['7z', 'pickle']);
    expect(r.findings.find((f) => f.ruleId === 'pickle/code-execution')).toMatchObject({ severity: 'critical', member: 'data.pkl' });
  });

  it('is recognised by content whatever its name (a 7z named .pt)', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { CONTAINERS } = await import('./helpers.js');
    const r = await scanBytes(readFileSync(join(CONTAINERS, 'malicious_model.7z')), 'model.pt');
    expect(r.formats).toEqual(['7z', 'pickle']);
  });
});

describe('routing by content, whatever the name', () => {
  it.each([
    'malicious_pickle_named.safetensors',
    'malicious_pickle_named.txt',
    'malicious_pickle_named.json',
    'malicious_pickle_no_extension',
  ])('%s is scanned as a pickle', async (name) => {
    const r = await scanFixture(name);
    expect(r.formats, summary(r)).toEqual(['pickle']);
    expect(r.findings.find((f) => f.ruleId === 'pickle/code-execution')).toMatchObject({ severity: 'critical', callable: 'os.system' });
  });

  it('a zip named .bin is opened and its members scanned', async () => {
    const r = await scanFixture('malicious_zip_named.bin');
    expect(r.formats[0]).toBe('zip');
    expect(r.findings.find((f) => f.ruleId === 'pickle/code-execution')).toMatchObject({ callable: 'os.system', member: 'payload.pkl' });
  });

  it('a gzip named .pkl and a tar named .bin are opened', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { CONTAINERS } = await import('./helpers.js');
    const gz = await scanBytes(readFileSync(join(CONTAINERS, 'malicious.tar.gz')), 'model.pkl');
    expect(gz.formats.slice(0, 2)).toEqual(['compressed', 'tar']);
    const tar = await scanBytes(readFileSync(join(CONTAINERS, 'malicious_gnu_long_name.tar')), 'weights.bin');
    expect(tar.formats[0]).toBe('tar');
    expect(tar.findings.some((f) => f.callable === 'os.system')).toBe(true);
  });
});

describe('dill and cloudpickle', () => {
  it.each(['dill_data.pkl', 'cloudpickle_data.pkl', 'dill_numpy.pkl'])('%s: plain data, no findings', async (name) => {
    const r = await scanFixture(name);
    expect(r.findings, summary(r)).toEqual([]);
  });

  // Functions and classes pickled by value rebuild code objects from bytecode: code that runs when the model calls it.
  it.each([
    ['dill_function.pkl', ['dill._dill._create_code', 'dill._dill._create_function']],
    ['dill_class.pkl', ['dill._dill._create_code', 'dill._dill._create_function']],
    ['cloudpickle_function.pkl', ['cloudpickle.cloudpickle._make_function', 'cloudpickle.cloudpickle._builtin_type(\'CodeType\')']],
    ['cloudpickle_class.pkl', ['cloudpickle.cloudpickle._make_function', 'cloudpickle.cloudpickle._make_skeleton_class']],
  ])('%s: rebuilt code is reported as code execution', async (name, callables) => {
    const r = await scanFixture(name);
    // One finding per rebuilt function: the constructor calls nested in it are its related locations.
    const related = (f: (typeof r.findings)[number]) => ((f.properties?.related ?? []) as { callable?: string }[]).map((x) => x.callable ?? '');
    const critical = r.findings.filter((f) => f.severity === 'critical').flatMap((f) => [f.callable ?? '', ...related(f)]);
    for (const c of callables) expect(critical.some((x) => x.startsWith(c)), `${c} in ${summary(r)}`).toBe(true);
  });

  it.each(['malicious_dill.pkl', 'malicious_cloudpickle.pkl'])('%s: the payload is found next to the rebuilt code', async (name) => {
    const r = await scanFixture(name);
    expect(r.findings.find((f) => f.callable === 'os.system'), summary(r)).toMatchObject({ severity: 'critical', ruleId: 'pickle/code-execution' });
  });

  it('cloudpickle_fast helpers are code execution, not a nested payload', async () => {
    const r = await scanFixture('cloudpickle_class.pkl');
    const f = r.findings.find((x) => x.callable === 'cloudpickle.cloudpickle_fast._class_setstate');
    expect(f?.message, summary(r)).toMatch(/runs Python code/);
  });
});
