import type { TemplateIssue } from './analyse.js';
import { DUNDER_IN_TEXT, FALLBACK_CODE_WORDS, FALLBACK_GADGET_WORDS } from './names.js';

/**
 * Conservative check for templates the parser rejects: look inside every
 * `{{ }}` / `{% %}` tag, after decoding Python string escapes and gluing
 * adjacent string pieces, for the names an escape needs.
 */
export function scanTemplateTokens(template: string): TemplateIssue[] {
  const issues = new Map<string, TemplateIssue>();
  const add = (issue: TemplateIssue) => {
    if (!issues.has(issue.name)) issues.set(issue.name, issue);
  };
  for (const tag of tagContents(template)) {
    const code = glueStrings(decodePythonEscapes(tag));
    const statement = /^\s*[-+]?\s*(include|import|extends|from)\b/.exec(code);
    if (statement) {
      add({ severity: 'high', name: statement[1]!, how: 'template statement', why: 'loads another template from disk, which can read files' });
    }
    const dunders = code.match(new RegExp(DUNDER_IN_TEXT.source, 'g')) ?? [];
    for (const name of dunders) add({ severity: 'critical', name, how: 'name in an unparsed tag', why: 'a Python internal (dunder) name' });
    for (const word of FALLBACK_CODE_WORDS) {
      if (wordIn(code, word)) add({ severity: 'critical', name: word, how: 'name in an unparsed tag', why: 'a name that runs code or inspects the interpreter' });
    }
    for (const word of FALLBACK_GADGET_WORDS) {
      if (wordIn(code, word)) add({ severity: 'high', name: word, how: 'name in an unparsed tag', why: 'a Jinja global that leads to Python internals' });
    }
  }
  return [...issues.values()];
}

/** Text between Jinja delimiters; an unterminated tag runs to the end (fail closed). */
function tagContents(template: string): string[] {
  const tags: string[] = [];
  const pattern = /\{\{([\s\S]*?)(?:\}\}|$)|\{%([\s\S]*?)(?:%\}|$)/g;
  for (const match of template.matchAll(pattern)) {
    const body = match[1] ?? match[2];
    if (body) tags.push(body);
  }
  return tags;
}

/** Python string escapes: \x5f, \u005f, \U0000005f, \137, \N{LOW LINE}. */
export function decodePythonEscapes(text: string): string {
  return text.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|N\{[A-Z ]+\})/g, (whole, esc: string) => {
    if (esc.startsWith('N{')) return esc === 'N{LOW LINE}' ? '_' : whole;
    const code = /^[0-7]/.test(esc) ? parseInt(esc, 8) : parseInt(esc.slice(1), 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** 'a' ~ 'b', "a" + "b", 'a' 'b' → 'ab' (quotes dropped: we only look for names). */
function glueStrings(code: string): string {
  return code.replace(/(['"])\s*[~+]?\s*(['"])/g, '');
}

function wordIn(code: string, word: string): boolean {
  return new RegExp(`(?<![A-Za-z0-9_])${word}(?![A-Za-z0-9_])`).test(code);
}
