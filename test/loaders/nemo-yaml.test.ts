import { describe, expect, it } from 'vitest';
import { NEMO, atLeast, incompleteReasons, scanAt, scanBytes, summary } from './helpers.js';

const scan = (path: string) => scanAt(NEMO, path);

describe('.nemo archives (tar of model_config.yaml + weights)', () => {
  it.each(['benign.nemo', 'benign_gz.nemo'])('%s: no MEDIUM+ finding, every member scanned', async (file) => {
    const r = await scan(file);
    expect(atLeast(r, 'medium'), summary(r)).toEqual([]);
    expect(r.status).toBe('complete');
    expect(r.formats).toEqual(expect.arrayContaining(['tar', 'yaml-config', 'pytorch-zip', 'pickle']));
  });

  const cases: [string, string, string, 'critical' | 'high'][] = [
    ['malicious_os_system.nemo', 'config/callable-target', 'os.system', 'high'],
    ['malicious_os_system_gz.nemo', 'config/callable-target', 'os.system', 'high'],
    ['malicious_builtins_eval.nemo', 'config/callable-target', 'builtins.eval', 'high'],
    ['malicious_nested_target.nemo', 'config/callable-target', 'builtins.exec', 'high'],
    ['malicious_subprocess_popen.nemo', 'config/callable-target', 'subprocess.Popen', 'high'],
    ['malicious_python_tag.nemo', 'yaml/python-tag', 'os.system', 'critical'],
    ['malicious_interpolated_target.nemo', 'config/callable-target', 'posix.system', 'high'],
  ];
  it.each(cases)('%s: %s %s at %s, on the config member', async (file, ruleId, callable, severity) => {
    const r = await scan(file);
    const hit = r.findings.find((f) => f.ruleId === ruleId && f.callable === callable);
    expect(hit, summary(r)).toBeDefined();
    expect(hit!.severity).toBe(severity);
    expect(hit!.file).toBe(file);
    const member = file.endsWith('_gz.nemo') ? '[gzip content]!/model_config.yaml' : 'model_config.yaml';
    expect(hit!.member).toBe(member);
    expect(`${hit!.file}!/${hit!.member}`).toBe(`${file}!/${member}`);
    expect(r.status).toBe('complete');
  });

  it('names the constant _args_ and where the target sits', async () => {
    const eval_ = (await scan('malicious_builtins_eval.nemo')).findings.find((f) => f.callable === 'builtins.eval')!;
    expect(eval_.args).toEqual([`"__import__('os').system('id')"`]);
    expect(eval_.message).toMatch(/^model_config\.yaml: `_target_` at preprocessor names builtins\.eval, which runs commands or code/);
    const nested = (await scan('malicious_nested_target.nemo')).findings.find((f) => f.callable === 'builtins.exec')!;
    expect(nested.message).toContain('`_target_` at encoder.jasper[0].norm.options.hooks[0].callback.init names builtins.exec');
    expect(nested.offset).toBeGreaterThan(0);
  });

  it('follows an interpolated _target_ to the value it references', async () => {
    const r = await scan('malicious_interpolated_target.nemo');
    const hit = r.findings.find((f) => f.callable === 'posix.system')!;
    expect(hit.message).toContain('`_target_` at decoder (through ${hooks.fn}) names posix.system');
  });

  it('reports an unknown target at medium', async () => {
    const r = await scan('unknown_target.nemo');
    const hit = r.findings.find((f) => f.ruleId === 'config/callable-target');
    expect(hit?.callable).toBe('acme_speech.augment.TimeWarp');
    expect(hit?.severity).toBe('medium');
    expect(atLeast(r, 'high')).toEqual([]);
  });
});

describe('YAML configs in a repository', () => {
  it('a NeMo model_config.yaml and a Hydra training config: no MEDIUM+ finding', async () => {
    for (const path of ['yaml/benign/model_config.yaml', 'yaml/benign_hydra/train.yaml']) {
      const r = await scan(path);
      expect(atLeast(r, 'low'), `${path}: ${summary(r)}`).toEqual([]);
      expect(r.status, path).toBe('complete');
      expect(r.formats, path).toEqual(['yaml-config']);
    }
  });

  it.each(['workflow.yml', 'docker-compose.yml', '.modelscan.yml', 'cloudformation.yaml'])('ordinary YAML (%s): no finding at all', async (name) => {
    const r = await scan(`yaml/ordinary/${name}`);
    expect(r.findings, summary(r)).toEqual([]);
    expect(r.status).toBe('complete');
  });

  it('python tags are HIGH+ (critical when the callable is denied as in a pickle)', async () => {
    const r = await scan('yaml/malicious_python_tag/model_config.yaml');
    const [tag] = r.findings.filter((f) => f.ruleId === 'yaml/python-tag');
    expect(tag?.severity).toBe('critical');
    expect(tag?.args).toEqual(['"id"']);
    expect(tag?.message).toMatch(/carries the PyYAML tag !!python\/object\/apply:os\.system: yaml\.unsafe_load .* imports it and calls it with "id"/);
    const more = await scanBytes(
      [
        'a: !!python/name:mypkg.hooks.run ""',
        'b: !!python/module:mypkg.plugins ""',
        'c: !!python/object/new:subprocess.Popen {args: [[id]]}',
        'd: !<tag:yaml.org,2002:%70ython/object/apply:builtins.exec> ["print(1)"]',
        'e: !!python/tuple [1, 2]',
        '',
      ].join('\n'),
      'tags.yaml',
    );
    const tags = more.findings.filter((f) => f.ruleId === 'yaml/python-tag').map((f) => `${f.severity} ${f.callable}`);
    expect(tags.sort()).toEqual(['critical builtins.exec', 'critical subprocess.Popen', 'high mypkg.hooks.run', 'high mypkg.plugins']);
  });

  it('a key spelled with YAML escapes is still a Hydra key', async () => {
    const r = await scan('yaml/hostile/escaped_key.yaml');
    const hit = r.findings.find((f) => f.ruleId === 'config/callable-target');
    expect(hit?.callable, summary(r)).toBe('os.system');
    expect(hit?.severity).toBe('high');
  });

  it('resolvers: eval-like high, oc.env medium, in Hydra configs only', async () => {
    const r = await scan('yaml/resolvers/train.yaml');
    const resolvers = r.findings.filter((f) => f.ruleId === 'config/interpolation-resolver').map((f) => `${f.severity} ${f.callable}`);
    expect(resolvers.sort(), summary(r)).toEqual(['high eval', 'medium oc.env']);
    // The same interpolations without Hydra keys (docker-compose style) say nothing.
    const plain = await scanBytes('image: "x:${eval:1}"\ntoken: ${oc.env:HF_TOKEN}\nescaped: "\\x41"\n', 'compose.yaml');
    expect(plain.findings).toEqual([]);
  });

  it('a target hidden behind an interpolation that cannot be resolved is high', async () => {
    const r = await scanBytes('model:\n  _target_: ${oc.env:TARGET}\n  _args_: [id]\n', 'config.yaml');
    const hit = r.findings.find((f) => f.ruleId === 'config/callable-target');
    expect(hit?.severity).toBe('high');
    expect(hit?.message).toMatch(/is the interpolation \$\{oc\.env:TARGET\}, which is only resolved when the config is loaded/);
  });

  it('NeMo `target` and Hydra 0.x `cls` + `params`', async () => {
    const r = await scanBytes('target: os.system\nsub:\n  cls: builtins.exec\n  params: {}\nother:\n  target: x.y\n', 'model_config.yaml');
    expect(r.findings.map((f) => `${f.severity} ${f.callable}`).sort(), summary(r)).toEqual(['high builtins.exec', 'high os.system']);
    // Elsewhere `target` is an ordinary word (a compose build stage).
    expect((await scanBytes('build:\n  target: prod.v2\n', 'compose.yaml')).findings).toEqual([]);
  });

  it('offsets are byte offsets, also after non-ASCII text', async () => {
    const text = 'name: "modèle de reconnaissance — ü"\nmodel:\n  _target_: os.system\n';
    const r = await scanBytes(text, 'config.yaml');
    const hit = r.findings.find((f) => f.callable === 'os.system');
    expect(hit?.offset).toBe(Buffer.from(text).indexOf('os.system'));
  });

  it('a JSON model_config.json keeps its verdicts (one shared _target_ policy)', async () => {
    const r = await scanBytes('{"model": {"_target_": "pandas.read_pickle", "_args_": ["x.pkl"]}}', 'model_config.json');
    const hit = r.findings.find((f) => f.ruleId === 'config/callable-target');
    // Not in the Hydra lists, but the pickle policy denies it.
    expect(hit?.severity).toBe('high');
  });
});

describe('hostile YAML', () => {
  it('a billion-laughs document ends as scan/incomplete, fast', async () => {
    const started = performance.now();
    const r = await scan('yaml/hostile/billion_laughs.yaml');
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(r.status).toBe('incomplete');
    expect(incompleteReasons(r).join('\n')).toMatch(/expands its aliases more than 1000 times/);
  });

  it.each([
    ['deep flow nesting', `model:\n  _target_: torch.nn.Identity\n  x: ${'['.repeat(200_000)}`],
    ['deep closed flow nesting', `_target_: torch.nn.Identity\nx: ${'['.repeat(50_000)}${']'.repeat(50_000)}`],
    ['deep compact sequences', `_target_: torch.nn.Identity\nx:\n${'- '.repeat(100_000)}x\n`],
    ['deep block maps', `_target_: torch.nn.Identity\n${Array.from({ length: 1500 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')} 1\n`],
  ])('%s: incomplete (limit maxJsonDepth), never a crash or a hang', async (_label, text) => {
    const started = performance.now();
    const r = await scanBytes(text, 'model_config.yaml');
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(r.status).toBe('incomplete');
    expect(incompleteReasons(r).join('\n')).toMatch(/maxJsonDepth/);
    expect(r.findings.some((f) => f.properties?.internalError)).toBe(false);
  });

  it('a YAML config over the size limit is incomplete; ordinary big YAML is left alone', async () => {
    const big = `model:\n  _target_: torch.nn.Identity\n${'# padding\n'.repeat(20_000)}`;
    const r = await scanBytes(big, 'config.yaml', { limits: { maxJsonBytes: 100_000 } });
    expect(incompleteReasons(r).join('\n')).toMatch(/more than the limit of 100000 bytes .*maxJsonBytes/);
    const plain = await scanBytes(`key: value\n${'# padding\n'.repeat(20_000)}`, 'big.yaml', { limits: { maxJsonBytes: 100_000 } });
    expect(plain.findings).toEqual([]);
  });

  it('malformed YAML with Hydra keys is incomplete; findings before the damage stay', async () => {
    const r = await scanBytes('a:\n  _target_: os.system\nb: [1, 2\nc: {{ .Values.x }}\n', 'config.yaml');
    expect(r.status).toBe('incomplete');
    expect(incompleteReasons(r).join('\n')).toMatch(/is not valid YAML/);
    expect(r.findings.some((f) => f.callable === 'os.system')).toBe(true);
  });

  it('alias keys, duplicate keys and interpolated targets by the thousand stay linear', async () => {
    const n = 20_000;
    const aliasKeys = `k: &k _target_\nv: &v os.system\nm:\n${Array.from({ length: n }, (_, i) => `  x${i}: {*k : *v}`).join('\n')}\n`;
    const duplicates = `_target_: torch.nn.Identity\nold:\n  params: {}\n${'  cls: builtins.exec\n'.repeat(n)}`;
    const interpolated = `${Array.from({ length: n }, (_, i) => `k${i}: {_target_: '\${k${n - 1 - i}._target_}'}`).join('\n')}\n`;
    for (const [label, text] of [['alias keys', aliasKeys], ['duplicate keys', duplicates], ['interpolated targets', interpolated]] as const) {
      const started = performance.now();
      const r = await scanBytes(text, 'config.yaml');
      expect(performance.now() - started, label).toBeLessThan(20_000);
      expect(r.findings.some((f) => f.properties?.internalError), label).toBe(false);
      expect(atLeast(r, 'high').length, `${label}: ${summary(r).slice(0, 500)}`).toBeGreaterThan(0);
    }
  });

  it('many values and odd scalars neither crash nor slow the scan', async () => {
    const lines = Array.from({ length: 5_000 }, (_, i) => `k${i}: {_target_: torch.nn.Linear, in_features: ${i}, tag: !foo x, n: .inf, d: 2001-12-14}`);
    const started = performance.now();
    const r = await scanBytes(lines.join('\n'), 'big_config.yaml');
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(r.status, summary(r)).toBe('complete');
    expect(r.findings).toEqual([]);
  });
});
