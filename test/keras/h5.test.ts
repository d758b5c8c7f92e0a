import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanFile } from '../../src/core/scan.js';
import { tempTree } from '../helpers/temp.js';
import { byRule, scanFixture, serious } from './scan-fixture.js';

describe('Keras H5 models', () => {
  for (const name of ['benign_keras2_sequential.h5', 'benign_keras2_functional_conv.h5', 'benign_keras3_legacy.h5', 'benign_weights_only.h5']) {
    it(`${name}: complete, no MEDIUM+ finding`, async () => {
      const result = await scanFixture(`keras/${name}`);
      expect(result.formats).toEqual(['keras-h5']);
      expect(result.status).toBe('complete');
      expect(serious(result)).toEqual([]);
    });
  }

  it('reports Lambda bytecode that runs os.system as CRITICAL, naming what it calls', async () => {
    const result = await scanFixture('keras/malicious_lambda.h5');
    const [finding] = byRule(result, 'keras/lambda-layer');
    expect(finding).toMatchObject({ severity: 'critical', format: 'keras-h5' });
    expect(finding!.properties).toMatchObject({ dangerousNames: expect.arrayContaining(['__import__', 'system', 'os']) });
    expect(finding!.message).toContain('"sequential > lambda" in the model_config attribute');
    expect(finding!.message).toContain('It refers to: __import__, system.');
    expect(finding!.args).toEqual(expect.arrayContaining(['os', 'id']));
  });

  it('reports a harmless-looking Lambda (x / 255) as HIGH: it is still code that runs on load', async () => {
    const result = await scanFixture('keras/lambda_rescale.h5');
    expect(byRule(result, 'keras/lambda-layer')).toEqual([expect.objectContaining({ severity: 'high' })]);
  });

  it.each([
    ['malicious_lambda_nested_model.h5', 'outer_model > feature_extractor > hidden_lambda'],
    ['malicious_lambda_time_distributed.h5', 'sequential > time_distributed > wrapped_lambda'],
    ['malicious_lambda_bidirectional.h5', 'sequential > bidirectional > backward_lambda'],
  ])('%s: finds the Lambda at %s', async (name, trail) => {
    const result = await scanFixture(`keras/${name}`);
    const findings = byRule(result, 'keras/lambda-layer');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'critical' });
    expect(findings[0]!.message).toContain(`"${trail}"`);
  });

  it('ignores the keras_version the file claims', async () => {
    const result = await scanFixture('keras/malicious_lambda_high_version.h5');
    const [finding] = byRule(result, 'keras/lambda-layer');
    expect(finding).toMatchObject({ severity: 'critical' });
    expect(finding!.properties).toMatchObject({ kerasVersionClaimed: '9.9.9' });
  });

  it('finds the superblock behind a 512-byte user block', async () => {
    const result = await scanFixture('keras/malicious_lambda_userblock.h5');
    expect(result.formats).toEqual(['keras-h5']);
    expect(byRule(result, 'keras/lambda-layer')[0]).toMatchObject({ severity: 'critical' });
  });

  it('reports an os.system module reference (CVE-2025-1550) as CRITICAL', async () => {
    const result = await scanFixture('keras/malicious_module_os.h5');
    expect(byRule(result, 'keras/external-callable')).toEqual([
      expect.objectContaining({ severity: 'critical', callable: 'os.system', message: expect.stringContaining('import and use `os.system`') }),
    ]);
  });

  it('scans an H5 model inside a zip (read natively from the archive member)', async () => {
    const result = await scanFixture('keras/malicious_lambda_h5_in.zip');
    expect(result.formats).toEqual(['zip', 'keras-h5']);
    expect(byRule(result, 'keras/lambda-layer')[0]).toMatchObject({ severity: 'critical', member: 'models/model.h5' });
  });

  it('finds a Keras model regardless of the file name (content routing)', async () => {
    const root = tempTree({});
    copyFileSync(new URL('../fixtures/keras/malicious_lambda.h5', import.meta.url), join(root, 'weights.bin'));
    const result = await scanFile({ absolutePath: join(root, 'weights.bin'), relativePath: 'weights.bin', explicit: true }, { root });
    expect(byRule(result, 'keras/lambda-layer')[0]).toMatchObject({ severity: 'critical' });
  });

  it('reports a truncated H5 file as not fully scanned, never clean', async () => {
    const bytes = readFileSync(new URL('../fixtures/keras/malicious_lambda.h5', import.meta.url));
    const root = tempTree({ 'model.h5': bytes.subarray(0, 2000) });
    const result = await scanFile({ absolutePath: join(root, 'model.h5'), relativePath: 'model.h5', explicit: true }, { root });
    expect(result.status).toBe('incomplete');
    expect(byRule(result, 'scan/incomplete')).toHaveLength(1);
  });

  it('reports a .h5 without the HDF5 signature as not fully scanned', async () => {
    const root = tempTree({ 'model.h5': 'not hdf5 at all' });
    const result = await scanFile({ absolutePath: join(root, 'model.h5'), relativePath: 'model.h5', explicit: true }, { root });
    expect(result.status).toBe('incomplete');
  });

  it('reports a model_config that is not JSON as not fully scanned', async () => {
    const root = tempTree({});
    // An H5 whose model_config is cut: copy a fixture and corrupt the JSON in place (same length).
    const bytes = Buffer.from(readFileSync(new URL('../fixtures/keras/benign_keras3_legacy.h5', import.meta.url)));
    const at = bytes.indexOf('{"module": "keras"');
    expect(at).toBeGreaterThan(0);
    bytes.write('<', at, 'latin1');
    const path = join(root, 'broken.h5');
    writeFileSync(path, bytes);
    const result = await scanFile({ absolutePath: path, relativePath: 'broken.h5', explicit: true }, { root });
    expect(result.status).toBe('incomplete');
    expect(result.reasons.join()).toContain('not valid JSON');
  });
});

