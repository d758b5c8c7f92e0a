/**
 * Reads the storage-key list of a legacy torch file: a pickle of a list of
 * strings, as pickle writes it at any protocol (EMPTY_LIST, MARK, strings with
 * memo puts, APPENDS in batches of 1000, or APPEND). Anything else: undefined.
 * The pickle engine has already scanned these bytes for security; this is only
 * for the layout, so it accepts just the opcodes a list of strings needs.
 */
export function readStringList(bytes: Uint8Array): string[] | undefined {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let i = 0;
  const out: string[] = [];
  let list = false;
  let pending: string[] = [];
  let marked = false;
  const need = (n: number): boolean => i + n <= b.length;
  while (i < b.length) {
    const op = b[i++]!;
    switch (op) {
      case 0x80: // PROTO
        if (!need(1)) return undefined;
        i += 1;
        break;
      case 0x95: // FRAME
        if (!need(8)) return undefined;
        i += 8;
        break;
      case 0x5d: // EMPTY_LIST
        if (list) return undefined;
        list = true;
        break;
      case 0x28: // MARK
        if (marked) return undefined;
        marked = true;
        pending = [];
        break;
      case 0x58: {
        // BINUNICODE
        if (!need(4)) return undefined;
        const n = b.readUInt32LE(i);
        i += 4;
        if (!need(n)) return undefined;
        pending.push(b.toString('utf8', i, i + n));
        i += n;
        break;
      }
      case 0x8c: {
        // SHORT_BINUNICODE
        if (!need(1)) return undefined;
        const n = b[i++]!;
        if (!need(n)) return undefined;
        pending.push(b.toString('utf8', i, i + n));
        i += n;
        break;
      }
      case 0x56: {
        // UNICODE (protocol 0): raw-unicode-escape line; keys are plain ASCII digits.
        const nl = b.indexOf(0x0a, i);
        if (nl < 0) return undefined;
        const s = b.toString('latin1', i, nl);
        if (s.includes('\\')) return undefined;
        pending.push(s);
        i = nl + 1;
        break;
      }
      case 0x71: // BINPUT
        if (!need(1)) return undefined;
        i += 1;
        break;
      case 0x72: // LONG_BINPUT
        if (!need(4)) return undefined;
        i += 4;
        break;
      case 0x94: // MEMOIZE
        break;
      case 0x70: {
        // PUT (protocol 0)
        const nl = b.indexOf(0x0a, i);
        if (nl < 0) return undefined;
        i = nl + 1;
        break;
      }
      case 0x6c: // LIST (protocol 0/1: MARK items LIST)
        if (!marked || list) return undefined;
        list = true;
        marked = false;
        out.push(...pending);
        pending = [];
        break;
      case 0x65: // APPENDS
        if (!marked || !list) return undefined;
        marked = false;
        out.push(...pending);
        pending = [];
        break;
      case 0x61: // APPEND
        if (marked || !list || pending.length !== 1) return undefined;
        out.push(pending.pop()!);
        break;
      case 0x2e: // STOP
        return list && !marked && pending.length === 0 && i === b.length ? out : undefined;
      default:
        return undefined;
    }
  }
  return undefined;
}
