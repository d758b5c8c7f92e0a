import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KerasConfigWalker } from '../../src/formats/keras/config-walker.js';
import { parsePythonJson } from '../../src/formats/keras/python-json.js';
import type { FindingInput } from '../../src/core/types.js';

const BYTECODE: Record<string, string> = JSON.parse(
  readFileSync(new URL('../fixtures/keras/lambda-bytecode.json', import.meta.url), 'utf8'),
);
const CODE = Object.values(BYTECODE)[0]!;

function walk(config: unknown, kerasVersion?: string): FindingInput[] {
  const found: FindingInput[] = [];
  new KerasConfigWalker({ where: 'test config', ...(kerasVersion ? { kerasVersion } : {}), report: (f) => found.push(f) }).walk(config);
  return found;
}

const dense = (extra: Record<string, unknown> = {}) => ({
  module: 'keras.layers',
  class_name: 'Dense',
  config: { name: 'dense', units: 4, activation: 'relu', kernel_initializer: { module: 'keras.initializers', class_name: 'GlorotUniform', config: { seed: null }, registered_name: null }, ...extra },
  registered_name: null,
});

describe('Keras config walker', () => {
  it('finds nothing in an ordinary Keras 3 model', () => {
    const model = { module: 'keras', class_name: 'Sequential', config: { name: 'sequential', layers: [dense()] }, registered_name: null };
    expect(walk(model)).toEqual([]);
  });

  it('finds Lambda bytecode however deep it is nested in dicts and lists', () => {
    let node: unknown = { class_name: 'Lambda', config: { name: 'deep_lambda', function: [CODE, null, null], function_type: 'lambda', module: '__main__' } };
    for (let i = 0; i < 50; i++) node = i % 2 ? { class_name: 'Wrapper', config: { name: `w${i}`, layer: node } } : [{ other: 1 }, { nested: node }];
    const found = walk(node);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'keras/lambda-layer', severity: 'critical' });
    expect(found[0]!.message).toContain('deep_lambda');
    expect(found[0]!.message).toMatch(/__import__, system/);
  });

  it('walks 200,000 levels of nesting without overflowing the stack', () => {
    let node: unknown = { class_name: 'function', module: 'os', config: 'system' };
    for (let i = 0; i < 200_000; i++) node = { a: [node] };
    expect(walk(node).map((f) => f.callable)).toEqual(['os.system']);
  });

  it('grades module references by what they reach', () => {
    const ref = (module: string, name: string) => ({ module, class_name: 'function', config: name, registered_name: name });
    expect(walk(ref('subprocess', 'check_output'))[0]).toMatchObject({ ruleId: 'keras/external-callable', severity: 'critical', callable: 'subprocess.check_output' });
    expect(walk(ref('requests', 'get'))[0]).toMatchObject({ severity: 'high', callable: 'requests.get' });
    expect(walk(ref('my_project.layers', 'scale'))[0]).toMatchObject({ ruleId: 'keras/external-callable', severity: 'high' });
    expect(walk(ref('keras.activations', 'relu'))).toEqual([]);
    expect(walk(ref('__main__', 'my_fn'))).toEqual([]);
  });

  it('treats a class from a non-Keras module as an import (fn_module too)', () => {
    expect(walk({ module: 'shutil', class_name: 'rmtree', config: {} })[0]).toMatchObject({ severity: 'critical', callable: 'shutil.rmtree' });
    expect(walk({ class_name: 'LossFunctionWrapper', config: { fn: 'system', fn_module: 'posix' } }).map((f) => f.callable)).toContain('posix.system');
  });

  it('flags a Keras 2 Lambda whose named function comes from a dangerous module', () => {
    const lambda = { class_name: 'Lambda', config: { name: 'l', function: 'system', function_type: 'function', module: 'os', arguments: { command: 'id' } } };
    const found = walk(lambda);
    expect(found.map((f) => f.callable)).toContain('os.system');
    expect(found.find((f) => f.callable === 'os.system')!.args).toEqual(['id']);
  });

  it('flags serialized lambdas used as initializers and bytecode in any string', () => {
    const init = dense({ kernel_initializer: { class_name: '__lambda__', config: { value: [CODE, null, null] } } });
    expect(walk(init)[0]).toMatchObject({ ruleId: 'keras/lambda-layer', severity: 'critical' });
    expect(walk({ class_name: 'CustomLayer', config: { name: 'c', payload: CODE } })[0]).toMatchObject({ ruleId: 'keras/lambda-layer' });
  });

  it('reports a Lambda whose bytecode cannot be decoded as critical', () => {
    const found = walk({ class_name: 'Lambda', config: { name: 'l', function: ['not base64 at all!', null, null], function_type: 'lambda' } });
    expect(found[0]).toMatchObject({ ruleId: 'keras/lambda-layer', severity: 'critical' });
    expect(found[0]!.message).toContain('could not be decoded');
  });

  it('keeps a Lambda critical whatever keras_version the file claims', () => {
    const lambda = { class_name: 'Lambda', config: { name: 'l', function: [CODE, null, null], function_type: 'lambda' } };
    const found = walk(lambda, '99.0.0');
    expect(found[0]).toMatchObject({ severity: 'critical' });
    expect(found[0]!.properties).toMatchObject({ kerasVersionClaimed: '99.0.0' });
  });

  it('finds the gadgets of threats G3, G4, G6, G10', () => {
    const fn = (module: string, name: string) => ({ class_name: 'Lambda', config: { name: 'l', function: { module, class_name: 'function', config: name, registered_name: name }, arguments: { origin: 'https://x.example/p' } } });
    expect(walk(fn('keras.utils', 'get_file'))[0]).toMatchObject({ ruleId: 'keras/unsafe-gadget', severity: 'high', callable: 'keras.utils.get_file', args: ['https://x.example/p'] });
    expect(walk(fn('keras.config', 'enable_unsafe_deserialization'))[0]).toMatchObject({ severity: 'critical' });
    expect(walk(fn('tensorflow', 'py_function'))[0]).toMatchObject({ severity: 'critical' });
    expect(walk({ class_name: 'Lambda', config: { name: 'l', arguments: { safe_mode: false } } })[0]).toMatchObject({ severity: 'critical', callable: 'safe_mode=False' });
    expect(walk({ class_name: 'TorchModuleWrapper', config: { name: 't' } })[0]).toMatchObject({ severity: 'critical' });
    expect(walk({ class_name: 'TextVectorization', config: { name: 'tv', vocabulary: 'https://x.example/vocab.txt' } })[0]).toMatchObject({
      ruleId: 'keras/external-file-reference',
      severity: 'high',
    });
    expect(walk({ class_name: 'StringLookup', config: { name: 's', vocabulary: ['a', 'b'] } })).toEqual([]);
  });

  it('checks TFOpLambda API names for gadgets', () => {
    expect(walk({ class_name: 'TFOpLambda', config: { name: 't', function: 'io.write_file' } })[0]).toMatchObject({ ruleId: 'keras/unsafe-gadget' });
    expect(walk({ class_name: 'TFOpLambda', config: { name: 't', function: 'math.add' } })).toEqual([]);
  });
});

describe('Python-flavoured JSON', () => {
  it('accepts NaN and Infinity outside strings, as json.loads does', () => {
    expect(parsePythonJson('{"a": NaN, "b": [-Infinity, Infinity], "c": "NaN Infinity"}')).toEqual({ a: null, b: [null, null], c: 'NaN Infinity' });
    expect(parsePythonJson('{"a": "x\\"NaN"}')).toEqual({ a: 'x"NaN' });
  });
});
