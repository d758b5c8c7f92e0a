/**
 * A strict parser for the Python literal that holds a .npy header
 * (`{'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }`): dicts, lists,
 * tuples, strings, integers, True/False/None. numpy reads it with
 * ast.literal_eval; we never evaluate anything, and reject whatever else.
 */

export type PyLiteral = string | number | boolean | null | PyLiteral[] | PyTupleLit | PyDictLit;
export class PyTupleLit {
  constructor(readonly items: PyLiteral[]) {}
}
export class PyDictLit {
  constructor(readonly entries: [PyLiteral, PyLiteral][]) {}
  get(key: string): PyLiteral | undefined {
    return this.entries.find(([k]) => k === key)?.[1];
  }
}

export class LiteralError extends Error {}

const MAX_DEPTH = 32;
const MAX_ITEMS = 100_000;

export function parsePyLiteral(text: string): PyLiteral {
  let i = 0;
  let items = 0;
  const fail = (what: string): never => {
    throw new LiteralError(`${what} at character ${i}`);
  };
  const ws = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const value = (depth: number): PyLiteral => {
    if (depth > MAX_DEPTH) fail('nesting too deep');
    if (++items > MAX_ITEMS) fail('too many items');
    ws();
    const c = text[i];
    if (c === undefined) return fail('unexpected end');
    if (c === '{') return dict(depth);
    if (c === '[') return seq(']', depth);
    if (c === '(') return tuple(depth);
    if (c === "'" || c === '"') return str();
    if (c === '-' || c === '+' || (c >= '0' && c <= '9')) return int();
    for (const [word, v] of [['True', true], ['False', false], ['None', null]] as const) {
      if (text.startsWith(word, i) && !/[A-Za-z0-9_]/.test(text[i + word.length] ?? '')) {
        i += word.length;
        return v;
      }
    }
    return fail(`unexpected ${JSON.stringify(c)}`);
  };
  const items_ = (close: string, depth: number, each: () => void): void => {
    i++;
    for (;;) {
      ws();
      if (text[i] === close) {
        i++;
        return;
      }
      each();
      ws();
      if (text[i] === ',') i++;
      else if (text[i] !== close) fail(`expected "," or "${close}"`);
      void depth;
    }
  };
  const dict = (depth: number): PyDictLit => {
    const entries: [PyLiteral, PyLiteral][] = [];
    items_('}', depth, () => {
      const k = value(depth + 1);
      ws();
      if (text[i] !== ':') fail('expected ":"');
      i++;
      entries.push([k, value(depth + 1)]);
    });
    return new PyDictLit(entries);
  };
  const seq = (close: string, depth: number): PyLiteral[] => {
    const out: PyLiteral[] = [];
    items_(close, depth, () => out.push(value(depth + 1)));
    return out;
  };
  const tuple = (depth: number): PyTupleLit => {
    // (x) is x, not a tuple; (x,) and () are tuples.
    const start = i;
    const out = seq(')', depth);
    const inner = text.slice(start + 1, i - 1).trim();
    if (out.length === 1 && !inner.endsWith(',')) fail('parenthesised value is not a tuple');
    return new PyTupleLit(out);
  };
  const str = (): string => {
    const q = text[i]!;
    i++;
    let s = '';
    while (i < text.length && text[i] !== q) {
      const c = text[i]!;
      if (c === '\n') fail('newline in string');
      if (c === '\\') {
        const e = text[i + 1];
        const simple: Record<string, string> = { '\\': '\\', "'": "'", '"': '"', n: '\n', t: '\t', r: '\r', '0': '\0' };
        if (e !== undefined && e in simple) {
          s += simple[e];
          i += 2;
          continue;
        }
        const hex = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
        if (hex && /^[0-9a-fA-F]+$/.test(text.slice(i + 2, i + 2 + hex)) && text.slice(i + 2, i + 2 + hex).length === hex) {
          s += String.fromCodePoint(parseInt(text.slice(i + 2, i + 2 + hex), 16));
          i += 2 + hex;
          continue;
        }
        fail('unsupported escape');
      }
      s += c;
      i++;
    }
    if (text[i] !== q) fail('unterminated string');
    i++;
    return s;
  };
  const int = (): number => {
    const m = /^[-+]?\d+L?/.exec(text.slice(i, i + 40));
    if (!m) return fail('bad number');
    i += m[0].length;
    const digits = m[0].replace(/L$/, '');
    if (digits.replace(/^[-+]/, '').length > 18) fail('integer too large');
    return Number(digits);
  };
  const v = value(0);
  ws();
  if (i !== text.length) fail('trailing characters');
  return v;
}
