import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { makeProbe, route } from '../../src/core/route.js';
import { BufferSource } from '../../src/core/source.js';
import { SCANNERS } from '../../src/formats/index.js';
import { SKOPS, atLeast, incompleteReasons, scanAt, scanBytes, summary } from './helpers.js';

const scan = (path: string) => scanAt(SKOPS, path);

/** A .skops zip holding one schema.json (as skops writes it: stored, schema last). */
function skops(schema: unknown, extra: Record<string, Uint8Array> = {}): Uint8Array {
  const text = typeof schema === 'string' ? schema : JSON.stringify(schema);
  return zipSync({ ...extra, 'schema.json': strToU8(text) }, { level: 0 });
}

const node = (cls: string, module: string, loader: string, fields: Record<string, unknown> = {}) => ({ __class__: cls, __module__: module, __loader__: loader, ...fields });

describe('skops files', () => {
  it.each(['benign_logistic.skops', 'benign_pipeline_ufunc.skops'])('%s: no MEDIUM+ finding, complete', async (file) => {
    const r = await scan(file);
    expect(atLeast(r, 'low'), summary(r)).toEqual([]);
    expect(r.status).toBe('complete');
    expect(r.formats).toEqual(expect.arrayContaining(['zip', 'skops', 'numpy']));
  });

  const cases: [string, string, string, 'critical' | 'high'][] = [
    ['malicious_function_eval.skops', 'skops/code-execution', 'builtins.eval', 'critical'],
    ['malicious_function_os_system.skops', 'skops/code-execution', 'os.system', 'critical'],
    ['malicious_operator_call.skops', 'skops/code-execution', 'operator.call', 'critical'],
    ['malicious_operator_call.skops', 'skops/code-execution', 'posix.system', 'critical'],
    ['malicious_method_node.skops', 'skops/system-access', 'pathlib.Path.write_text', 'high'],
    ['malicious_reduce_posix_system.skops', 'skops/code-execution', 'posix.system', 'critical'],
    ['malicious_deep_list.skops', 'skops/code-execution', 'ctypes.CDLL', 'critical'],
    ['malicious_utf16_schema.skops', 'skops/code-execution', 'os.system', 'critical'],
    ['malicious_padded_schema.skops', 'skops/code-execution', 'builtins.eval', 'critical'],
  ];
  it.each(cases)('%s: %s %s (%s) on m.skops!/schema.json', async (file, ruleId, callable, severity) => {
    const r = await scan(file);
    const hit = r.findings.find((f) => f.ruleId === ruleId && f.callable === callable);
    expect(hit, summary(r)).toBeDefined();
    expect(hit!.severity).toBe(severity);
    expect(`${hit!.file}!/${hit!.member}`).toBe(`${file}!/schema.json`);
    expect(hit!.format).toBe('skops');
    expect(r.status).toBe('complete');
  });

  it('says which node, what skops does with it, and the constant arguments', async () => {
    const op = (await scan('malicious_operator_call.skops')).findings.find((f) => f.callable === 'operator.call')!;
    expect(op.args).toEqual(['<posix.system>', '"id"']);
    expect(op.message).toMatch(
      /^schema\.json: the OperatorFuncNode at content\.content\.steps\.content\[0\]\.content\[1\]\.content\.content\.func names operator\.call with <posix\.system>, "id"; skops\.io\.load, once the type is trusted, builds this operator function/,
    );
    const method = (await scan('malicious_method_node.skops')).findings.find((f) => f.callable === 'pathlib.Path.write_text')!;
    expect(method.message).toContain('(the node itself claims sklearn.linear_model._logistic.LogisticRegression, which skops before 0.12 audited instead)');
    const reduce = (await scan('malicious_reduce_posix_system.skops')).findings.find((f) => f.callable === 'posix.system')!;
    expect(reduce.args).toEqual(['"id"']);
    expect(reduce.message).toContain('the LossNode at content.content._loss_function_ names posix.system with "id"');
  });

  it('an untrusted class deep in a list is medium', async () => {
    const r = await scan('unknown_class_deep_list.skops');
    const hits = r.findings.filter((f) => f.ruleId === 'skops/untrusted-type');
    expect(hits.map((f) => `${f.severity} ${f.callable}`), summary(r)).toEqual(['medium acme_plugins.hooks.OnLoad']);
    expect(atLeast(r, 'high')).toEqual([]);
  });

  it('an object array member goes through the NumPy scanner', async () => {
    const r = await scan('malicious_object_array.skops');
    const hit = r.findings.find((f) => f.ruleId === 'pickle/code-execution' && f.callable === 'os.system');
    expect(hit?.severity, summary(r)).toBe('critical');
    expect(hit?.member).toBe('140230000099999.npy!/[object array pickle]');
  });

  it('a loader skops does not define is incomplete, and its class is still judged', async () => {
    const r = await scan('unknown_loader_reduce.skops');
    expect(r.status).toBe('incomplete');
    expect(incompleteReasons(r).join('\n')).toMatch(/uses the loader "ReduceNode", which skops does not define/);
    expect(r.findings.find((f) => f.callable === 'posix.system')?.severity).toBe('critical');
  });

  it('a pickle named .skops (Card.get_model falls back to joblib) is read as a pickle', async () => {
    const r = await scan('malicious_pickle_named.skops');
    expect(r.formats).toEqual(['pickle']);
    expect(r.findings.find((f) => f.callable === 'os.system')?.severity).toBe('critical');
  });

  it('a truncated schema.json is incomplete', async () => {
    const r = await scan('malformed_schema.skops');
    expect(r.status).toBe('incomplete');
    expect(incompleteReasons(r).join('\n')).toMatch(/schema\.json is not valid JSON/);
  });

  it('routes schema.json by name before the Keras claim; other JSON keeps its scanners', async () => {
    const padded = new Uint8Array(readFileSync(join(SKOPS, 'schema/malicious_operator_call/schema.json')));
    expect((await route(SCANNERS, makeProbe(new BufferSource(padded), 'schema.json')))?.id).toBe('skops');
    const keras = strToU8('{"class_name": "Sequential", "config": {"layers": []}}');
    expect((await route(SCANNERS, makeProbe(new BufferSource(keras), 'schema.json')))?.id).toBe('skops');
    expect((await route(SCANNERS, makeProbe(new BufferSource(keras), 'model.json')))?.id).toBe('keras-config');
    // A JSON schema.json that is not a skops tree: silent.
    const r = await scanBytes('{"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object"}', 'schema.json');
    expect(r.findings).toEqual([]);
  });

  it('the remaining loaders: trusted defaults are silent, what they import is judged', async () => {
    const json = (v: unknown) => node('str', 'builtins', 'JsonNode', { content: JSON.stringify(v), is_json: true });
    const tree = node('FunctionTransformer', 'sklearn.preprocessing._function_transformer', 'ObjectNode', {
      content: node('dict', 'builtins', 'DictNode', {
        content: {
          a: node('float64', 'numpy', 'NdArrayNode', { type: 'numpy', file: 'x.npy' }),
          b: node('RandomState', 'numpy.random.mtrand', 'RandomStateNode', { content: json(null) }),
          c: node('Generator', 'numpy.random._generator', 'RandomGeneratorNode', {
            content: { bit_generator: node('dict', 'builtins', 'DictNode', { content: { bit_generator: json('EvilGen') } }), seed_seq: json(null) },
          }),
          d: node('str', 'builtins', 'TypeNode'),
          e: node('getattr', 'builtins', 'TypeNode'),
          f: node('OrderedDict', 'collections', 'DictNode', { content: {}, key_types: node('list', 'builtins', 'ListNode', { content: [] }) }),
          g: node('Popen', 'subprocess', 'ListNode', { content: [json('id')] }),
          h: node('partial', 'functools', 'PartialNode', { content: { func: node('expit', 'scipy.special._ufuncs', 'FunctionNode'), args: json([]), kwds: json({}), namespace: json({}) } }),
          i: node('function', 'builtins', 'FunctionNode', { content: { module_path: 'subprocess', function: 'getoutput' } }),
          j: node('Tree', 'sklearn.tree._tree', 'TreeNode', { __reduce__: { args: json([]) }, content: json({}) }),
          k: node('MyReduce', 'acme', 'ConstructorFromReduceNode', { content: json([]) }),
          l: node('bytes', 'builtins', 'BytesNode', { file: 'b.bin' }),
        },
        key_types: node('list', 'builtins', 'ListNode', { content: [] }),
      }),
    });
    const r = await scanBytes(skops({ ...tree, protocol: 2, _skops_version: '0.10' }), 'm.skops');
    const got = r.findings.map((f) => `${f.severity} ${f.ruleId} ${f.callable}`).sort();
    expect(got, summary(r)).toEqual([
      'critical skops/code-execution builtins.getattr',
      'critical skops/code-execution subprocess.Popen',
      'critical skops/code-execution subprocess.getoutput',
      'medium skops/untrusted-type acme.MyReduce',
      'medium skops/untrusted-type builtins.function',
      'medium skops/untrusted-type numpy.random.EvilGen',
    ]);
  });
});

describe('hostile skops schemas', () => {
  it('deep nesting is incomplete (limit maxJsonDepth) without recursion', async () => {
    let deep = '0';
    for (let i = 0; i < 50_000; i++) deep = `{"__loader__":"ListNode","content":[${deep}]}`;
    const r = await scanBytes(skops(deep), 'deep.skops');
    expect(r.status).toBe('incomplete');
    expect(incompleteReasons(r).join('\n')).toMatch(/nests deeper than 1000 levels \(limit maxJsonDepth\)/);
  });

  it('a huge schema is incomplete (limit maxJsonBytes)', async () => {
    const r = await scanBytes(skops({ __loader__: 'ObjectNode', pad: 'x'.repeat(300_000) }), 'huge.skops', { limits: { maxJsonBytes: 100_000 } });
    expect(r.status).toBe('incomplete');
    expect(incompleteReasons(r).join('\n')).toMatch(/more than the limit of 100000 bytes \(limit maxJsonBytes\)/);
  });

  it('a wide schema (many nodes) is walked within bounds', async () => {
    const items = Array.from({ length: 200_000 }, (_, i) => ({ __class__: 'str', __module__: 'builtins', __loader__: 'JsonNode', content: String(i) }));
    const started = performance.now();
    const r = await scanBytes(skops(node('list', 'builtins', 'ListNode', { content: items, protocol: 2 })), 'wide.skops');
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(r.status).toBe('complete');
    expect(r.findings).toEqual([]);
  });

  it.each([
    ['not JSON', '{"__loader__": "ObjectNode", '],
    ['NaN and Infinity (Python json accepts them)', '{"__loader__": "FunctionNode", "__module__": "os", "__class__": "system", "x": NaN, "y": -Infinity}'],
    ['odd types', '{"__loader__": ["x"], "__module__": 1, "__class__": null, "content": {"__loader__": "MethodNode", "content": {"obj": 3, "func": {}}}}'],
  ])('%s: never a crash', async (_label, text) => {
    const r = await scanBytes(skops(text), 'odd.skops');
    expect(r.findings.some((f) => f.properties?.internalError), summary(r)).toBe(false);
  });
});
