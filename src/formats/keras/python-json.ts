/**
 * Parses JSON the way Python's `json.loads` accepts it: Keras writes configs
 * with `json.dumps`, which emits bare NaN, Infinity and -Infinity for floats.
 * JSON.parse rejects those, so they are replaced by null outside strings first.
 */
export function parsePythonJson(text: string): unknown {
  return JSON.parse(replaceNonFiniteLiterals(text));
}

function replaceNonFiniteLiterals(text: string): string {
  if (!/NaN|Infinity/.test(text)) return text;
  let out = '';
  let start = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c) i++; // backslash: skip the escaped character
      else if (ch === 0x22) inString = false;
      continue;
    }
    if (ch === 0x22) {
      inString = true;
      continue;
    }
    const literal = text.startsWith('NaN', i)
      ? 'NaN'
      : text.startsWith('-Infinity', i)
        ? '-Infinity'
        : text.startsWith('Infinity', i)
          ? 'Infinity'
          : undefined;
    if (literal) {
      out += text.slice(start, i) + 'null';
      i += literal.length - 1;
      start = i + 1;
    }
  }
  return out + text.slice(start);
}
