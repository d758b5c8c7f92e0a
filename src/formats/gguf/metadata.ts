import { type GgufCursor, GgufMalformed } from './cursor.js';
import { DEFAULT_ALIGNMENT, FIXED_VALUE_SIZE, ValueType } from './types.js';

/** Templates above this are not decoded (real ones are tens of KB). */
export const MAX_TEMPLATE_BYTES = 4 * 1024 * 1024;
/** Arrays of arrays deeper than this are refused (llama.cpp refuses any nesting). */
const MAX_ARRAY_DEPTH = 8;
/** Smallest encodings, used to bound counts before looping over them. */
const MIN_KV_BYTES = 8 + 4 + 1; // key length, value type, 1-byte value
const ARRAY_HEADER_BYTES = 4 + 8;
/** Keys and tensor names are short; bounds the one string we must decode per entry. */
export const MAX_NAME_BYTES = 65_536;

export interface Metadata {
  chatTemplates: { key: string; text: string; offset: number }[];
  /** Chat template keys too large to decode. */
  oversizedTemplates: string[];
  alignment: number;
}

const isChatTemplateKey = (key: string) => key === 'tokenizer.chat_template' || key.startsWith('tokenizer.chat_template.');
const utf8 = new TextDecoder('utf-8', { fatal: false });

/** Reads every key/value pair; keeps only what the scan needs (templates, alignment). */
export function readMetadata(cursor: GgufCursor, kvCount: bigint, wide: boolean): Metadata {
  cursor.ensure(kvCount, MIN_KV_BYTES, 'the metadata key/value count');
  const result: Metadata = { chatTemplates: [], oversizedTemplates: [], alignment: DEFAULT_ALIGNMENT };
  const seen = new Set<string>();
  const reader = new ValueReader(cursor, wide);
  for (let i = 0n; i < kvCount; i++) {
    const keyOffset = cursor.pos;
    const keyLength = reader.length('a key length');
    if (keyLength > MAX_NAME_BYTES) throw new GgufMalformed(`a key of ${keyLength} bytes (keys are short dotted names)`, keyOffset);
    const key = utf8.decode(cursor.bytes(keyLength));
    if (seen.has(key)) throw new GgufMalformed(`the key "${key.slice(0, 100)}" appears twice`, keyOffset);
    seen.add(key);
    const type = cursor.u32();
    if (isChatTemplateKey(key) && type === ValueType.STRING) {
      const offset = cursor.pos;
      const length = reader.length('a string length');
      if (length > MAX_TEMPLATE_BYTES) {
        cursor.skip(length, 'the chat template');
        result.oversizedTemplates.push(key);
      } else result.chatTemplates.push({ key, text: utf8.decode(cursor.bytes(length)), offset });
    } else if (key === 'general.alignment') {
      result.alignment = readAlignment(cursor, type, keyOffset);
    } else reader.skipValue(type, 0);
  }
  return result;
}

function readAlignment(cursor: GgufCursor, type: number, offset: number): number {
  if (type !== ValueType.U32) throw new GgufMalformed(`"general.alignment" has value type ${type}, not UINT32`, offset);
  const alignment = cursor.u32();
  if (alignment === 0 || (alignment & (alignment - 1)) !== 0) throw new GgufMalformed(`"general.alignment" is ${alignment}, not a power of two`, offset);
  return alignment;
}

/** Skips values of any type, nested arrays included, with every length bounded by the file. */
class ValueReader {
  constructor(
    private readonly cursor: GgufCursor,
    private readonly wide: boolean,
  ) {}

  length(what: string): number {
    const at = this.cursor.pos;
    const value = this.wide ? this.cursor.u64() : BigInt(this.cursor.u32());
    if (value > BigInt(this.cursor.remaining)) {
      throw new GgufMalformed(`${what} of ${value} bytes runs past the end of the file (${this.cursor.remaining} bytes left)`, at);
    }
    return Number(value);
  }

  skipValue(type: number, depth: number): void {
    const fixed = FIXED_VALUE_SIZE.get(type);
    if (fixed !== undefined) this.cursor.skip(fixed, 'a value');
    else if (type === ValueType.STRING) this.cursor.skip(this.length('a string length'), 'a string');
    else if (type === ValueType.ARRAY) this.skipArray(depth + 1);
    else throw new GgufMalformed(`unknown value type ${type}`, this.cursor.pos - 4);
  }

  private skipArray(depth: number): void {
    const at = this.cursor.pos;
    if (depth > MAX_ARRAY_DEPTH) throw new GgufMalformed(`arrays nested deeper than ${MAX_ARRAY_DEPTH} levels`, at);
    const itemType = this.cursor.u32();
    const count = this.wide ? this.cursor.u64() : BigInt(this.cursor.u32());
    const fixed = FIXED_VALUE_SIZE.get(itemType);
    if (fixed !== undefined) {
      this.cursor.ensure(count, fixed, 'an array length');
      this.cursor.skip(count * BigInt(fixed), 'an array');
      return;
    }
    if (itemType !== ValueType.STRING && itemType !== ValueType.ARRAY) throw new GgufMalformed(`unknown array item type ${itemType}`, at);
    this.cursor.ensure(count, itemType === ValueType.STRING ? (this.wide ? 8 : 4) : ARRAY_HEADER_BYTES, 'an array length');
    for (let i = 0n; i < count; i++) this.skipValue(itemType, depth);
  }
}
