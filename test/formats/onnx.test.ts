import { describe, expect, it } from 'vitest';
import { byRule, mediumOrAbove, scanFixture, summary } from './scan-fixture.js';

describe('ONNX', () => {
  it.each([
    'benign_mlp.onnx',
    'benign_external/model.onnx',
    'benign_external_subdir.onnx',
    'benign_com_microsoft.onnx',
    'real_single_relu.onnx',
    'real_two_transposes.onnx',
  ])('reports nothing for %s', async (name) => {
    const result = await scanFixture(`onnx/${name}`);
    expect(result.formats).toEqual(['onnx']);
    expect(result.findings, summary(result)).toEqual([]);
    expect(result.status).toBe('complete');
  });

  it.each([
    ['traversal', '../../../../etc/passwd', 'it climbs out of the model\'s folder with ".."'],
    ['prefix_traversal', 'sub/../../secrets.txt', 'it climbs out of the model\'s folder with ".."'],
    ['absolute', '/etc/passwd', 'it is an absolute path'],
    ['windows_drive', 'C:\\Windows\\win.ini', 'it is a Windows drive path'],
    ['unc', '\\\\attacker\\share\\weights.bin', 'it is a UNC or network path'],
  ])('reports an external-data location that escapes the folder (%s)', async (label, location, problem) => {
    const result = await scanFixture(`onnx/malicious_external_${label}.onnx`);
    const findings = byRule(result, 'onnx/external-data-path');
    expect(findings, summary(result)).toHaveLength(1);
    expect(findings[0]!.severity).toBe('high');
    expect(findings[0]!.message).toBe(
      `Tensor "W" (graph "mlp") takes its data from "${location}": ${problem}. Loading the model reads that file; saving it again can overwrite it.`,
    );
  });

  it('rates a Python operator that names os.system critical', async () => {
    const result = await scanFixture('onnx/malicious_python_op.onnx');
    const [finding] = byRule(result, 'onnx/python-op');
    expect(finding?.severity).toBe('critical');
    expect(finding?.message).toBe(
      'The graph calls the Python operator ai.onnx.contrib.PyOp (graph "mlp", node "pyop"), which names `os`, `system`: running the model runs commands or code.',
    );
    expect(byRule(result, 'onnx/custom-op')).toEqual([]);
  });

  it('rates any other Python operator high', async () => {
    const result = await scanFixture('onnx/malicious_python_op_benign_module.onnx');
    const [finding] = byRule(result, 'onnx/python-op');
    expect(finding?.severity).toBe('high');
    expect(finding?.message).toMatch(/Python operator com\.example\.PythonOp .*: running the model runs the Python code it names\./);
  });

  it('reports a custom-domain operator at low severity only', async () => {
    const result = await scanFixture('onnx/custom_op.onnx');
    const [finding] = byRule(result, 'onnx/custom-op');
    expect(finding?.severity).toBe('low');
    expect(finding?.message).toMatch(/operator com\.example\.vendor\.Frobnicate from the non-standard domain "com\.example\.vendor"/);
    expect(mediumOrAbove(result)).toEqual([]);
  });

  it('walks subgraphs held in node attributes (If branches)', async () => {
    const result = await scanFixture('onnx/malicious_subgraph.onnx');
    const [path] = byRule(result, 'onnx/external-data-path');
    expect(path?.message).toMatch(/^Tensor "hidden" \(graph "mlp", node "if", attribute "else_branch" subgraph "else", node "Constant", attribute "value"\) takes its data from "..\/..\/home\/user\/.ssh\/id_rsa"/);
    const [op] = byRule(result, 'onnx/python-op');
    expect(op?.severity).toBe('critical');
    expect(op?.message).toMatch(/names `check_output`, `subprocess`/);
  });

  it('walks model-local functions and does not call the function itself a custom op', async () => {
    const result = await scanFixture('onnx/malicious_function.onnx');
    expect(byRule(result, 'onnx/python-op')[0]?.message).toMatch(/^The graph calls the Python operator ai\.onnx\.contrib\.PyOp \(function local\.fns\.Wrapper/);
    expect(byRule(result, 'onnx/custom-op'), summary(result)).toEqual([]);
  });

  it.each(['malformed_truncated.onnx', 'malformed_garbage.onnx'])('reports %s as not fully scanned', async (name) => {
    const result = await scanFixture(`onnx/${name}`);
    expect(result.status, summary(result)).toBe('incomplete');
    expect(byRule(result, 'scan/incomplete')[0]?.message).toMatch(/^Not fully scanned: the ONNX (protobuf is malformed|model could not be decoded)/);
  });
});
