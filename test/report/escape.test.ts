import { describe, expect, it } from 'vitest';
import { codeSpan, escapeHtml, escapeSarifText, escapeMarkdownTableCell, escapeTerminal, neutralizeMarkdown, neutralizeProse, shorten, stripAnsi } from '../../src/report/escape.js';

/** What a browser shows for text made only of literal characters and numeric/named references. */
function decodeEntities(html: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };
  return html.replace(/&(#\d+|[a-z]+);/g, (_, ref: string) => (ref.startsWith('#') ? String.fromCodePoint(Number(ref.slice(1))) : named[ref]!));
}

describe('escapeHtml', () => {
  it('escapes markup characters and backticks', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'q' \`c\``)).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39; &#96;c&#96;',
    );
  });
});

describe('neutralizeMarkdown', () => {
  const nasty = [
    '[x](javascript:alert(1))',
    '![img](http://evil.example/x.png)',
    '@octocat and #123',
    '# Heading',
    '<img src=x onerror=alert(1)>',
    'a|b|c',
    '`code` **bold** _it_ ~~s~~ $x^2$ :smile:',
    'https://evil.example www.evil.example user@evil.example',
    'line1\nline2\r\n\n## heading',
    '- list item',
    '1. ordered',
    '    indented code',
  ];

  it.each(nasty)('leaves no markdown or HTML syntax in %j', (input) => {
    const out = neutralizeMarkdown(input);
    // Only letters, digits, spaces, and character references remain.
    expect(out.replace(/&#\d+;/g, '')).toMatch(/^[A-Za-z0-9 ,.%\-\/?=\\^]*$/);
    expect(out).not.toMatch(/[\r\n]/);
    expect(out).not.toMatch(/(https?:|www\.)/i);
  });

  it('reads back as the original text (with control characters shown as escapes)', () => {
    expect(decodeEntities(neutralizeMarkdown('[x](javascript:alert(1)) @me'))).toBe('[x](javascript:alert(1)) @me');
    expect(decodeEntities(neutralizeMarkdown('a\nb\u001b[31m'))).toBe('a\\nb\\x1b[31m');
  });

  it('keeps ordinary names readable', () => {
    expect(neutralizeMarkdown('models/bert-base/pytorch_model.bin')).toBe('models/bert-base/pytorch&#95;model.bin');
  });
});

describe('neutralizeProse', () => {
  it('breaks @mentions and #refs with an invisible word joiner', () => {
    expect(neutralizeProse('ping @octocat about #12')).toBe('ping &#64;&#8288;octocat about &#35;&#8288;12');
  });
});

describe('escapeMarkdownTableCell / codeSpan', () => {
  it('cannot add columns or rows', () => {
    const cell = escapeMarkdownTableCell('a | b\n| c | d |');
    expect(cell).not.toContain('|');
    expect(cell).not.toContain('\n');
  });

  it('wraps in <code> with nothing that can close it', () => {
    const span = codeSpan('</code><script>x</script>`');
    expect(span.startsWith('<code>') && span.endsWith('</code>')).toBe(true);
    expect(span.slice(6, -7)).not.toMatch(/[<>`]/);
  });
});

describe('escapeTerminal', () => {
  it('shows ESC, C1 and other controls as escapes', () => {
    expect(escapeTerminal('\u001b[31mred\u001b[0m')).toBe('\\x1b[31mred\\x1b[0m');
    expect(escapeTerminal('a\u0000b\u0007c\u007fd\u009be')).toBe('a\\x00b\\x07c\\x7fd\\x9be');
    expect(escapeTerminal('line\nnext\rtab\t')).toBe('line\\nnext\\rtab\\t');
  });

  it('shows bidi overrides and isolates', () => {
    expect(escapeTerminal('evil\u202Egnp.pkl')).toBe('evil\\u202egnp.pkl');
    for (const c of ['\u202A', '\u202B', '\u202C', '\u202D', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F']) {
      expect(escapeTerminal(c)).toMatch(/^\\u[0-9a-f]{4}$/);
    }
  });

  it('defuses GitHub workflow commands', () => {
    expect(escapeTerminal('::error file=a::pwned')).toBe('\\x3a:error file=a::pwned');
    expect(escapeTerminal(' \u00a0::add-mask::x')).toBe(' \u00a0\\x3a:add-mask::x');
    expect(escapeTerminal('a ##[error]b ##[warning]c')).toBe('a \\x23#[error]b \\x23#[warning]c');
    expect(escapeTerminal('aten::add')).toBe('aten::add');
  });

  it('keeps ordinary Unicode', () => {
    expect(escapeTerminal('modèle_日本.pt')).toBe('modèle_日本.pt');
  });
});

describe('escapeSarifText', () => {
  it('escapes brackets so no embedded link forms, and shows controls', () => {
    expect(escapeSarifText('[x](https://evil.example)')).toBe('\\[x\\](https://evil.example)');
    expect(escapeSarifText('a\\[b] c\\d')).toBe('a\\\\\\[b\\] c\\d');
    expect(escapeSarifText('evil\u202Egnp\n')).toBe('evil\\u202egnp\\n');
  });
});

describe('stripAnsi', () => {
  it('removes colours, cursor moves and OSC hyperlinks', () => {
    expect(stripAnsi('\u001b[1;31mCRITICAL\u001b[0m \u001b[2J\u001b]8;;http://x\u0007link\u001b]8;;\u0007')).toBe('CRITICAL link');
  });
});

describe('shorten', () => {
  it('keeps short text and cuts long text with an ellipsis', () => {
    expect(shorten('abc', 3)).toBe('abc');
    expect(shorten('abcdef', 4)).toBe('abc…');
    expect(shorten('abc', 0)).toBe('');
  });

  it('never splits a surrogate pair', () => {
    expect(shorten('😀😀😀', 2)).toBe('😀…');
  });
});
