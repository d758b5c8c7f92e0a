/**
 * Keys that appear twice in one JSON object. JSON leaves duplicates undefined:
 * JavaScript's JSON.parse, Python's json and serde's map types keep the last
 * value, other parsers keep the first or refuse the document. A safetensors
 * header with a duplicate tensor name (or a duplicate `data_offsets`) is read
 * as two different tables by two parsers: a parser differential. Keys are
 * compared after decoding escapes (`"w\u0065ight"` is `"weight"`).
 * Linear and iterative; runs on a header already within maxJsonBytes.
 */
export interface DuplicateKey {
  /** Where the object is: `$` for the top level, `$.weight` for a tensor entry. */
  path: string;
  key: string;
}

const MAX_REPORTED = 20;

export function duplicateKeys(text: string): DuplicateKey[] {
  const out: DuplicateKey[] = [];
  // One frame per open container: for objects, the keys seen and the path; for arrays, undefined keys.
  const stack: { keys: Set<string> | undefined; path: string; expectKey: boolean }[] = [];
  let lastKey: string | undefined;
  for (let i = 0; i < text.length && out.length < MAX_REPORTED; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      const end = stringEnd(text, i);
      if (end < 0) return out; // unterminated: JSON.parse has already refused it
      const top = stack[stack.length - 1];
      if (top?.keys && top.expectKey) {
        // Escapes are rare in tensor names: decode only a key that has one.
        const raw = text.slice(i + 1, end);
        const key = raw.includes('\\') ? decode(text.slice(i, end + 1)) : raw;
        if (top.keys.has(key)) out.push({ path: top.path, key });
        top.keys.add(key);
        top.expectKey = false;
        lastKey = key;
      }
      i = end;
    } else if (c === 0x7b || c === 0x5b) {
      const parent = stack[stack.length - 1];
      const path = parent === undefined ? '$' : parent.keys && lastKey !== undefined ? `${parent.path}.${lastKey}` : `${parent.path}[]`;
      stack.push({ keys: c === 0x7b ? new Set() : undefined, path, expectKey: c === 0x7b });
      lastKey = undefined;
    } else if (c === 0x7d || c === 0x5d) {
      stack.pop();
      lastKey = undefined;
    } else if (c === 0x2c) {
      const top = stack[stack.length - 1];
      if (top?.keys) top.expectKey = true;
    }
  }
  return out;
}

/** Index of the closing quote of the string starting at `start`, or -1. */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c) i++;
    else if (c === 0x22) return i;
  }
  return -1;
}

function decode(literal: string): string {
  try {
    return JSON.parse(literal) as string;
  } catch {
    return literal;
  }
}
