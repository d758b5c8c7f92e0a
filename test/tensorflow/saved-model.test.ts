import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanFile } from '../../src/core/scan.js';
import { tempTree } from '../helpers/temp.js';
import { byRule, scanFixture, serious } from '../keras/scan-fixture.js';

const fixture = (rel: string) => readFileSync(resolve(import.meta.dirname, '../fixtures/tensorflow', rel));

describe('TensorFlow SavedModel and GraphDef', () => {
  it.each([
    'benign_keras_dense/saved_model.pb',
    'benign_keras_dense/keras_metadata.pb',
    'benign_tf1/model.ckpt-100.meta',
    'benign_frozen_graph.pb',
  ])('%s: checkpoint ops and ordinary ops raise nothing', async (rel) => {
    const result = await scanFixture(`tensorflow/${rel}`);
    expect(result.formats).toEqual(['tensorflow']);
    expect(result.status).toBe('complete');
    expect(serious(result)).toEqual([]);
  });

  it('finds ReadFile and WriteFile inside a library function, with their constant paths', async () => {
    const result = await scanFixture('tensorflow/malicious_file_access/saved_model.pb');
    const findings = byRule(result, 'tensorflow/file-access-op');
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'high', callable: 'ReadFile', args: ['/etc/passwd'] }),
      expect.objectContaining({ severity: 'high', callable: 'WriteFile', args: ['/tmp/pwned.txt'] }),
    ]);
    expect(findings[0]!.message).toContain('function "__inference_exfiltrate_77"');
  });

  it('reports PyFunc as CRITICAL', async () => {
    const result = await scanFixture('tensorflow/malicious_pyfunc/saved_model.pb');
    expect(byRule(result, 'tensorflow/python-op')).toEqual([
      expect.objectContaining({ severity: 'critical', callable: 'PyFunc', message: expect.stringContaining('calls back into Python') }),
    ]);
  });

  it('reports an op outside the standard list as MEDIUM unknown-op', async () => {
    const result = await scanFixture('tensorflow/malicious_custom_op/saved_model.pb');
    expect(byRule(result, 'tensorflow/unknown-op')).toEqual([expect.objectContaining({ severity: 'medium', callable: 'ZzCustomKernelOp' })]);
    expect(serious(result)).toHaveLength(1);
  });

  it('reports PrintV2 to a file, a hard-coded checkpoint path and an asset outside the model', async () => {
    const result = await scanFixture('tensorflow/malicious_side_effects/saved_model.pb');
    expect(byRule(result, 'tensorflow/file-access-op').map((f) => [f.callable, f.args])).toEqual([
      ['SaveV2', ['/home/user/.bashrc']],
      ['PrintV2', ['file:///tmp/activations.log']],
      ['asset', ['../../../../etc/passwd']],
    ]);
  });

  it('walks Lambda layers in keras_metadata.pb (once, though the root and the layer node both carry it)', async () => {
    const result = await scanFixture('tensorflow/malicious_keras_metadata/keras_metadata.pb');
    expect(byRule(result, 'keras/lambda-layer')).toEqual([expect.objectContaining({ severity: 'critical', format: 'tensorflow' })]);
  });

  it('walks TF <= 2.4 Keras metadata kept in the SavedModel object graph', async () => {
    const result = await scanFixture('tensorflow/malicious_object_graph_lambda/saved_model.pb');
    expect(byRule(result, 'keras/lambda-layer')).toEqual([expect.objectContaining({ severity: 'critical' })]);
  });

  it('is routed by content: a SavedModel renamed to .onnx is still read as TensorFlow', async () => {
    const root = tempTree({ 'model.onnx': fixture('malicious_pyfunc/saved_model.pb') });
    const result = await scanFile({ absolutePath: join(root, 'model.onnx'), relativePath: 'model.onnx', explicit: true }, { root });
    expect(result.formats).toEqual(['tensorflow']);
    expect(byRule(result, 'tensorflow/python-op')).toHaveLength(1);
  });

  it('reports a truncated SavedModel as not fully scanned', async () => {
    const bytes = fixture('malicious_pyfunc/saved_model.pb');
    const root = tempTree({ 'saved_model.pb': bytes.subarray(0, bytes.length - 300) });
    const result = await scanFile({ absolutePath: join(root, 'saved_model.pb'), relativePath: 'saved_model.pb', explicit: true }, { root });
    expect(result.status).toBe('incomplete');
    expect(byRule(result, 'scan/incomplete')).toHaveLength(1);
  });

  it('refuses a protobuf above the size limit instead of decoding it', async () => {
    const root = tempTree({ 'saved_model.pb': fixture('benign_keras_dense/saved_model.pb') });
    const result = await scanFile(
      { absolutePath: join(root, 'saved_model.pb'), relativePath: 'saved_model.pb', explicit: true },
      { root, limits: { maxMemberBytes: 1024 } },
    );
    expect(result.status).toBe('incomplete');
    expect(result.reasons.join()).toContain('1024-byte limit');
  });

  it('reports a .pb that is not a TensorFlow protobuf as not fully scanned, never clean', async () => {
    const root = tempTree({ 'graph.pb': Buffer.from('this is not protobuf at all, just text\n'.repeat(10)) });
    const result = await scanFile({ absolutePath: join(root, 'graph.pb'), relativePath: 'graph.pb', explicit: true }, { root });
    expect(result.status).toBe('incomplete');
  });
});
