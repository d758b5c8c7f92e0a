/** Decoding of protocol-0 text arguments, as CPython's unpickler reads them. */

/** int(text, 0) as the INT/LONG/PUT/GET opcodes accept it; undefined when invalid. */
export function parsePyInt(text: string): number | bigint | undefined {
  // Fast path: short plain decimals (every INT/PUT/GET a protocol-0 pickler writes).
  const len = text.length;
  if (len > 0 && len <= 15) {
    let i = text.charCodeAt(0) === 0x2d ? 1 : 0;
    let v = 0;
    for (; i < len; i++) {
      const c = text.charCodeAt(i) - 0x30;
      if (c < 0 || c > 9) break;
      v = v * 10 + c;
    }
    if (i === len && len > (text.charCodeAt(0) === 0x2d ? 1 : 0)) return text.charCodeAt(0) === 0x2d ? -v : v;
  }
  let s = text.trim().replaceAll('_', '');
  let negative = false;
  if (s.startsWith('-') || s.startsWith('+')) {
    negative = s[0] === '-';
    s = s.slice(1);
  }
  let digits: string;
  if (/^0[xX][0-9a-fA-F]+$/.test(s) || /^0[oO][0-7]+$/.test(s) || /^0[bB][01]+$/.test(s)) digits = s;
  else if (/^[0-9]+$/.test(s)) digits = s.length > 1 ? s.replace(/^0+(?=\d)/, '') : s;
  else return undefined;
  let v = BigInt(digits);
  if (negative) v = -v;
  return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\n': '',
};

/**
 * The body of a quoted STRING argument (codecs.escape_decode): \xhh, octal and
 * the C escapes; unknown escapes stay as written. Returns latin-1 text (one char per byte).
 */
export function decodeStringEscapes(body: string): string {
  if (!body.includes('\\')) return body;
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\' || i + 1 >= body.length) {
      out += c;
      continue;
    }
    const e = body[++i]!;
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) {
      out += simple;
    } else if (e === 'x' && /^[0-9a-fA-F]{2}$/.test(body.slice(i + 1, i + 3))) {
      out += String.fromCharCode(parseInt(body.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (e >= '0' && e <= '7') {
      let j = i;
      while (j < i + 3 && j < body.length && body[j]! >= '0' && body[j]! <= '7') j++;
      out += String.fromCharCode(parseInt(body.slice(i, j), 8) & 0xff);
      i = j - 1;
    } else {
      out += '\\' + e;
    }
  }
  return out;
}

/**
 * A UNICODE argument (raw-unicode-escape): latin-1 bytes where only \uXXXX and
 * \UXXXXXXXX (after an odd run of backslashes) are escapes.
 */
export function decodeRawUnicodeEscape(line: string): string {
  if (!line.includes('\\')) return line;
  let out = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === '\\') {
      let run = 1;
      while (line[i + run] === '\\') run++;
      const next = line[i + run];
      if (run % 2 === 1 && (next === 'u' || next === 'U')) {
        const width = next === 'u' ? 4 : 8;
        const hex = line.slice(i + run + 1, i + run + 1 + width);
        if (hex.length === width && /^[0-9a-fA-F]+$/.test(hex)) {
          out += '\\'.repeat(run - 1);
          const cp = parseInt(hex, 16);
          out += cp <= 0x10ffff ? String.fromCodePoint(cp) : '\ufffd';
          i += run + width;
          continue;
        }
      }
      out += '\\'.repeat(run);
      i += run - 1;
      continue;
    }
    out += c;
  }
  return out;
}

/** float(text) as the FLOAT opcode accepts it (repr output, inf, nan); undefined when invalid. */
export function parsePyFloat(text: string): number | undefined {
  const s = text.trim().replaceAll('_', '').toLowerCase();
  const m = /^([+-]?)(inf|infinity|nan)$/.exec(s);
  if (m) return m[2] === 'nan' ? NaN : m[1] === '-' ? -Infinity : Infinity;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(s)) return undefined;
  return Number(s);
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/** bytes.decode('utf-8') (strict): GLOBAL and INST lines. Undefined when Python would raise. */
export function decodeUtf8Strict(bytes: Uint8Array): string | undefined {
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * bytes.decode('utf-8', 'surrogatepass'): how the C unpickler decodes
 * BINUNICODE, SHORT_BINUNICODE and BINUNICODE8. Encoded surrogates (ED A0..BF xx)
 * are accepted; anything else invalid makes Python raise (undefined).
 */
export function decodeUtf8SurrogatePass(b: Uint8Array): string | undefined {
  let out = '';
  let i = 0;
  const n = b.length;
  while (i < n) {
    const c = b[i]!;
    let cp: number;
    let len: number;
    if (c < 0x80) {
      cp = c;
      len = 1;
    } else if (c >= 0xc2 && c <= 0xdf) {
      len = 2;
      cp = c & 0x1f;
    } else if (c >= 0xe0 && c <= 0xef) {
      len = 3;
      cp = c & 0x0f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      len = 4;
      cp = c & 0x07;
    } else return undefined;
    if (i + len > n) return undefined;
    for (let k = 1; k < len; k++) {
      const cc = b[i + k]!;
      if ((cc & 0xc0) !== 0x80) return undefined;
      cp = (cp << 6) | (cc & 0x3f);
    }
    // Overlong forms and values past U+10FFFF are invalid; surrogates pass.
    if ((len === 3 && cp < 0x800) || (len === 4 && (cp < 0x10000 || cp > 0x10ffff))) return undefined;
    out += cp > 0xffff ? String.fromCodePoint(cp) : String.fromCharCode(cp);
    i += len;
  }
  return out;
}
