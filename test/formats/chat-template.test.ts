import { describe, expect, it } from 'vitest';
import { byRule, mediumOrAbove, scanFixture, summary } from './scan-fixture.js';
import { tempTree } from '../helpers/temp.js';
import { scanPath } from './scan-fixture.js';
import { join } from 'node:path';

const BENIGN = ['llama3', 'mistral', 'chatml', 'gemma', 'qwen25_tools', 'deepseek_namespace'];

describe('chat templates (chat_template.jinja)', () => {
  it.each(BENIGN)('finds nothing at medium or above in the %s template', async (name) => {
    const result = await scanFixture(`side/templates/benign_${name}/chat_template.jinja`);
    expect(result.formats).toEqual(['chat-template']);
    expect(mediumOrAbove(result), summary(result)).toEqual([]);
    expect(result.findings).toEqual([]);
  });

  it.each([
    ['dunder_chain', '__globals__', 'attribute access'],
    ['subscript_strings', '__subclasses__', 'subscript with a string key'],
    ['attr_filter', '__init__', '|attr() filter'],
    ['hex_escape', '__class__', '|attr() filter'],
    ['concat', '__class__', 'string built in an expression'],
    ['format', '__class__', '|attr() filter'],
    ['join', '__class__', '|attr() filter'],
    ['lipsum', '__globals__', 'attribute access'],
  ])('catches the %s trick', async (name, reached, how) => {
    const result = await scanFixture(`side/templates/malicious_${name}/chat_template.jinja`);
    const findings = byRule(result, 'chat-template/injection');
    expect(findings.map((f) => f.message), summary(result)).toContainEqual(
      `The chat template "chat_template.jinja" reaches \`${reached}\` (${how}): a Python internal (dunder) ${how === 'string built in an expression' ? 'name, spelt as data to get past name checks' : 'attribute, the core of every Jinja sandbox escape'}. Rendering it in an unsandboxed Jinja environment can run code.`,
    );
    expect(findings.find((f) => f.message.includes(reached))?.severity).toBe('critical');
    expect(byRule(result, 'chat-template/not-analysed')).toEqual([]);
  });

  it('falls back to the token check for syntax the parser rejects (octal escapes)', async () => {
    const result = await scanFixture('side/templates/malicious_octal_escape_unparsed/chat_template.jinja');
    const [notAnalysed] = byRule(result, 'chat-template/not-analysed');
    expect(notAnalysed?.severity).toBe('medium');
    expect(notAnalysed?.message).toMatch(/was not fully analysed: the Jinja parser rejected it \(Unexpected escaped character: 1\)/);
    expect(byRule(result, 'chat-template/injection')[0]?.severity).toBe('critical');
  });

  it.each([
    ["{{ ''|attr('__ssalc__'[::-1]) }}", 'critical', '__class__'],
    ["{{ ''|attr('{0}{0}class{0}{0}'.format('_')) }}", 'critical', '__class__'],
    ["{{ ''|attr('%c%cclass%c%c' % (95, 95, 95, 95)) }}", 'critical', '__class__'],
    ["{% set a = '__cla' %}{% set b = a ~ 'ss__' %}{{ x[b] }}", 'critical', '__class__'],
    ["{{ ''|attr('\\u005f\\u005fclass\\u005f\\u005f') }}", 'critical', '__class__'],
    ['{{ dict(__builtins__=1)|list|first }}', 'critical', '__builtins__'],
    ["{{ x|map(attribute='__class__')|list }}", 'critical', '__class__'],
    ['{{ namespace.__init__ }}', 'high', 'namespace'],
    ['{{ cycler.__init__ }}', 'high', 'cycler'],
    ['{{ self._TemplateReference__context }}', 'high', '_TemplateReference__context'],
    ['{{ config.items() }}', 'high', 'config'],
    ['{{ request.application }}', 'high', 'request'],
    ['{{ x|attr(messages[0].content) }}', 'high', 'attr'],
    ["{{ x.os.popen('id') }}", 'critical', 'popen'],
    ["{% include '/etc/passwd' %}", 'high', 'include'],
  ])('reports %s', async (template, severity, name) => {
    const root = tempTree({ 'chat_template.jinja': template });
    const result = await scanPath(join(root, 'chat_template.jinja'), root);
    const finding = byRule(result, 'chat-template/injection').find((f) => f.message.includes(`\`${name}\``));
    expect(finding?.severity, summary(result)).toBe(severity);
  });

  it('survives adversarial nesting without throwing', async () => {
    const root = tempTree({ 'chat_template.jinja': `{{ ${'('.repeat(50_000)}x${')'.repeat(50_000)} }}` });
    const result = await scanPath(join(root, 'chat_template.jinja'), root);
    expect(result.status).not.toBe('error');
  });
});
