/**
 * Escaping for strings that come from the scanned repository (file names,
 * archive member names, pickle globals, constant arguments). All of them are
 * attacker-controlled: a file name can carry markup, links, mentions, ANSI
 * escape sequences or bidi overrides meant to disguise what a report says.
 */

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/** HTML-escapes `& < > " '` and backticks (which start code spans in markdown). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => HTML_ENTITIES[c]!);
}

/**
 * Characters that can start markdown or HTML syntax mid-line, GitHub math
 * (`$`), emoji shortcodes (`:`), or an auto-link (`http:`, `www.`, `a@b.c`).
 * They become numeric character references: renderers display those
 * literally and never treat them as syntax.
 */
const MARKDOWN_SPECIAL = /www\.|[&<>"'`\\*_[\]()!#|~{}:@$]/gi;

/** At the start of a line these begin a list, a quote, a heading underline or a code block. */
const LINE_START_SPECIAL = /^[-+=0-9 ]/;

function charReference(c: string): string {
  return `&#${c.codePointAt(0)};`;
}

/**
 * Makes text safe to embed in GitHub-flavoured markdown (and in HTML around it):
 * no links, images, emphasis, headings, tables, HTML tags or auto-links survive,
 * control characters are shown as escapes, and the result is a single line.
 * Wrap the result in `<code>` (see {@link codeSpan}) to also keep GitHub from
 * linking `@mentions` and `#refs`, which it does on the rendered text.
 */
export function neutralizeMarkdown(text: string): string {
  return visibleControls(text)
    .replace(MARKDOWN_SPECIAL, (m) => (m.length > 1 ? `${m.slice(0, 3)}&#46;` : charReference(m)))
    .replace(LINE_START_SPECIAL, charReference);
}

/** U+2060 WORD JOINER: invisible, and breaks GitHub's `@user` / `#123` linking, which needs a name right after the sign. */
const WORD_JOINER = '&#8288;';

/**
 * Untrusted prose (messages, reasons) outside a code span: neutralised
 * markdown, and `@mentions` / `#refs` broken with an invisible word joiner
 * (GitHub links those on the rendered text, after entities are decoded).
 */
export function neutralizeProse(text: string): string {
  return neutralizeMarkdown(text).replace(/&#(64|35);/g, `$&${WORD_JOINER}`);
}

/**
 * A markdown table cell: pipes cannot add columns, and line breaks (shown as
 * `\n`, so a name that hides one stays recognisable) cannot end the row.
 */
export function escapeMarkdownTableCell(text: string): string {
  return neutralizeMarkdown(text);
}

/** Inline code for an untrusted string: literal in markdown and HTML, and never linkified. */
export function codeSpan(text: string): string {
  return `<code>${neutralizeMarkdown(text)}</code>`;
}

/**
 * Control characters that make a terminal (or a reader) see something other
 * than what is there: C0 (incl. ESC, CR, LF, TAB), DEL, C1, the Arabic letter
 * mark, LRM/RLM, line/paragraph separators, and the bidi embedding, override
 * and isolate controls (the "Trojan Source" set).
 */
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Replaces every control character with a visible escape such as `\x1b` or `\u202e`. */
export function visibleControls(text: string): string {
  return text.replace(CONTROL_CHARS, (c) => {
    const named = NAMED_ESCAPES[c];
    if (named) return named;
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/**
 * The GitHub Actions runner obeys `##[command]` anywhere in a log line and
 * `::command::` at the start of one (after leading whitespace). Output of the
 * CLI and the action ends up in that log.
 */
const LEGACY_WORKFLOW_COMMAND = /##\[/g;
const LEADING_WORKFLOW_COMMAND = /^(\s*):(?=:)/;

/**
 * Makes an untrusted string safe to print on a terminal or in a GitHub Actions
 * log: every control character (ESC, CR, LF, bidi overrides, …) is shown as an
 * escape (`\x1b`, `\u202e`) instead of being interpreted, the result is one
 * line, and it cannot carry a workflow command (`##[` and a leading `::` get
 * their first character shown as `\x23` / `\x3a`).
 */
export function escapeTerminal(text: string): string {
  return visibleControls(text).replace(LEGACY_WORKFLOW_COMMAND, '\\x23#[').replace(LEADING_WORKFLOW_COMMAND, '$1\\x3a');
}

/**
 * SARIF plain-text messages treat `[text](target)` as an embedded link
 * (SARIF 2.1.0 §3.11.6); literal brackets, and a backslash right before
 * one, must be escaped with a backslash.
 */
const SARIF_LINK_CHARS = /\\(?=[[\]])|[[\]]/g;

/**
 * Makes an untrusted string safe inside a SARIF `message.text`: no embedded
 * links, and control characters (bidi overrides included) shown as escapes
 * so the code scanning UI shows what is really there.
 */
export function escapeSarifText(text: string): string {
  return visibleControls(text).replace(SARIF_LINK_CHARS, '\\$&');
}

/** ANSI escape sequences (CSI, OSC, and two-character ESC sequences). */
const ANSI_SEQUENCE = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]|\u009b[0-?]*[ -/]*[@-~]/g;

/** Removes ANSI escape sequences (colours, cursor moves, OSC hyperlinks) from text. */
export function stripAnsi(text: string): string {
  return text.replace(ANSI_SEQUENCE, '');
}

const ELLIPSIS = '…';

/**
 * Shortens text to at most `max` characters (code points), ending with "…"
 * when cut. Never splits a surrogate pair.
 */
export function shorten(text: string, max: number): string {
  if (max <= 0) return '';
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return chars.slice(0, max - 1).join('') + ELLIPSIS;
}
