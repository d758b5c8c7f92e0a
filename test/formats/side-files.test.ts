import { describe, expect, it } from 'vitest';
import { byRule, mediumOrAbove, scanFixture, summary } from './scan-fixture.js';

describe('Hugging Face config.json auto_map', () => {
  it('reports nothing for a config without remote code', async () => {
    const result = await scanFixture('side/hf_plain/config.json');
    expect(result.formats).toEqual(['hf-config']);
    expect(result.findings, summary(result)).toEqual([]);
  });

  it('names remote code at medium severity when the module looks ordinary', async () => {
    const result = await scanFixture('side/hf_remote_code/config.json');
    const findings = byRule(result, 'hf/remote-code');
    expect(findings.map((f) => f.severity)).toEqual(['medium', 'medium']);
    expect(findings.map((f) => f.message)).toEqual([
      'config.json maps `configuration_tiny` (AutoConfig) to Python code that loading with trust_remote_code=True runs: configuration_tiny.py is beside the config; no obviously dangerous call was found in it, but it runs with full privileges.',
      'config.json maps `modeling_tiny` (AutoModelForCausalLM) to Python code that loading with trust_remote_code=True runs: modeling_tiny.py is beside the config; no obviously dangerous call was found in it, but it runs with full privileges.',
    ]);
  });

  it('rates remote code high when the referenced module runs commands', async () => {
    const result = await scanFixture('side/hf_remote_code_evil/config.json');
    const evil = byRule(result, 'hf/remote-code').find((f) => f.callable === 'modeling_evil');
    expect(evil?.severity).toBe('high');
    expect(evil?.message).toBe(
      'config.json maps `modeling_evil` (AutoModel) to Python code that loading with trust_remote_code=True runs: modeling_evil.py ' +
        'runs shell commands (os.system / os.popen / os.exec* / os.spawn*) at line 9; starts processes (subprocess / pty) at line 2.',
    );
  });

  it('names code from another repository without checking it', async () => {
    const result = await scanFixture('side/hf_remote_code_other_repo/config.json');
    const messages = byRule(result, 'hf/remote-code').map((f) => f.message);
    expect(messages).toContainEqual(expect.stringMatching(/maps `modeling_x` \(AutoModel\) .*downloaded from the repository "someone\/helper-repo"/));
    expect(messages).toContainEqual(expect.stringMatching(/maps `tokenization_x` \(AutoTokenizer\) .*not beside the config/));
  });
});

describe('tokenizer_config.json chat_template', () => {
  it('accepts a normal template', async () => {
    const result = await scanFixture('side/tokenizer_benign/tokenizer_config.json');
    expect(result.findings, summary(result)).toEqual([]);
  });

  it('analyses a template given as a string', async () => {
    const result = await scanFixture('side/tokenizer_malicious/tokenizer_config.json');
    const messages = byRule(result, 'chat-template/injection').map((f) => `${f.severity} ${f.message}`);
    expect(messages).toContainEqual(expect.stringMatching(/^critical The chat template "chat_template" reaches `__globals__` \(attribute access\)/));
    expect(messages).toContainEqual(expect.stringMatching(/^high The chat template "chat_template" reaches `lipsum` \(name\)/));
  });

  it('analyses every named template of a list', async () => {
    const result = await scanFixture('side/tokenizer_malicious_list/tokenizer_config.json');
    const findings = byRule(result, 'chat-template/injection');
    expect(findings.map((f) => f.message), summary(result)).toEqual([
      'The chat template "chat_template" "tool_use" reaches `__class__` (|attr() filter): a Python internal (dunder) attribute, the core of every Jinja sandbox escape. Rendering it in an unsandboxed Jinja environment can run code.',
    ]);
    expect(findings[0]!.severity).toBe('critical');
  });
});

describe('Hydra / NeMo _target_', () => {
  it('allows the usual model building blocks', async () => {
    const result = await scanFixture('side/hydra_benign/model_config.json');
    expect(result.findings, summary(result)).toEqual([]);
  });

  it('rates a target in os high', async () => {
    const result = await scanFixture('side/hydra_malicious/model_config.json');
    const [finding] = byRule(result, 'config/callable-target');
    expect(finding?.severity).toBe('high');
    expect(finding?.message).toBe(
      'model_config.json: `_target_` at model.preprocessor names os.system, which runs commands or code, touches the system or resolves other callables; instantiating the config calls it.',
    );
  });

  it('rates an unknown target medium', async () => {
    const result = await scanFixture('side/hydra_unknown/model_config.json');
    const [finding] = byRule(result, 'config/callable-target');
    expect(finding?.severity).toBe('medium');
    expect(finding?.callable).toBe('acme_tools.hooks.OnLoad');
    expect(mediumOrAbove(result)).toHaveLength(1);
  });
});
