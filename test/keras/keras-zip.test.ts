import { describe, expect, it } from 'vitest';
import { SCANNERS } from '../../src/formats/index.js';
import { byRule, scanFixture, serious } from './scan-fixture.js';

// `.keras` v3 files are zips: the zip scanner routes config.json / metadata.json to the
// Keras config scanner by content and model.weights.h5 to the H5 scanner.
const zipScannerLanded = SCANNERS.some((s) => s.id === 'zip');

describe.skipIf(!zipScannerLanded)('Keras v3 .keras files, end to end', () => {
  it('benign .keras: every member recognised, complete, no MEDIUM+ finding', async () => {
    const result = await scanFixture('keras/benign_keras3.keras');
    expect(result.formats).toEqual(expect.arrayContaining(['zip', 'keras-config', 'keras-h5']));
    expect(result.status).toBe('complete');
    expect(serious(result)).toEqual([]);
  });

  it('Lambda bytecode in config.json is CRITICAL, on the config.json member', async () => {
    const result = await scanFixture('keras/malicious_lambda.keras');
    const [finding] = byRule(result, 'keras/lambda-layer');
    expect(finding).toMatchObject({ severity: 'critical', member: 'config.json', format: 'keras-config' });
    expect(finding!.message).toContain('serialized lambda function at "sequential > lambda" in the config.json');
  });

  it('a metadata.json claiming Keras 3.99 changes nothing', async () => {
    const result = await scanFixture('keras/malicious_lambda_high_version.keras');
    expect(byRule(result, 'keras/lambda-layer')[0]).toMatchObject({ severity: 'critical' });
  });

  it('builtins.exec as an initializer (CVE-2025-1550) is CRITICAL', async () => {
    const result = await scanFixture('keras/malicious_module_builtins.keras');
    expect(byRule(result, 'keras/external-callable')).toEqual([expect.objectContaining({ severity: 'critical', callable: 'builtins.exec' })]);
  });

  it('get_file with a URL (CVE-2025-8747) is reported with its arguments', async () => {
    const result = await scanFixture('keras/malicious_get_file.keras');
    expect(byRule(result, 'keras/unsafe-gadget')).toEqual([
      expect.objectContaining({
        severity: 'high',
        callable: 'keras.utils.get_file',
        args: expect.arrayContaining(['https://attacker.example/payload.py', '/tmp/payload.py']),
      }),
    ]);
  });

  it('enable_unsafe_deserialization followed by bytecode (CVE-2025-9906): both CRITICAL', async () => {
    const result = await scanFixture('keras/malicious_unsafe_deserialization.keras');
    expect(byRule(result, 'keras/unsafe-gadget')[0]).toMatchObject({ severity: 'critical', callable: 'keras.config.enable_unsafe_deserialization' });
    expect(byRule(result, 'keras/lambda-layer')[0]).toMatchObject({ severity: 'critical' });
  });

  it('load_model with safe_mode false is CRITICAL', async () => {
    const result = await scanFixture('keras/malicious_load_model_unsafe.keras');
    const gadgets = byRule(result, 'keras/unsafe-gadget');
    expect(gadgets.map((f) => [f.callable, f.severity])).toEqual(
      expect.arrayContaining([
        ['keras.models.load_model', 'high'],
        ['safe_mode=False', 'critical'],
      ]),
    );
  });

  it('StringLookup vocabulary path (G10) is HIGH', async () => {
    const result = await scanFixture('keras/malicious_stringlookup_vocabulary.keras');
    expect(byRule(result, 'keras/external-file-reference')).toEqual([
      expect.objectContaining({ severity: 'high', args: ['/etc/passwd'], message: expect.stringContaining('"/etc/passwd"') }),
    ]);
  });

  it('TorchModuleWrapper (CVE-2025-49655) is CRITICAL and its torch bytes are scanned too', async () => {
    const result = await scanFixture('keras/malicious_torch_module_wrapper.keras');
    expect(byRule(result, 'keras/unsafe-gadget')[0]).toMatchObject({ severity: 'critical', callable: 'keras.layers.TorchModuleWrapper' });
    expect(result.status).not.toBe('error');
    // The wrapper's bytes go through routing like any file: the pickle engine judges them.
    if (result.formats.includes('pickle')) {
      expect(result.findings).toContainEqual(expect.objectContaining({ severity: 'critical', member: expect.stringContaining('torch_module_wrapper/module') }));
    }
  });
});

describe('Keras config JSON on its own', () => {
  it('model.to_json() output is recognised by content and walked', async () => {
    const result = await scanFixture('keras/malicious_lambda_model.json');
    expect(result.formats).toEqual(['keras-config']);
    expect(byRule(result, 'keras/lambda-layer')[0]).toMatchObject({ severity: 'critical' });
  });
});
