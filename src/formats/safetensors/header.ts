import { DTYPE_BITS } from './dtypes.js';

/** One tensor's byte range inside the data section (after the header). */
export interface TensorSpan {
  name: string;
  begin: number;
  end: number;
}

export interface HeaderCheck {
  /** Problems that make the header invalid (each becomes a finding). */
  problems: string[];
  /** Tensor spans sorted by begin (only those with usable offsets). */
  spans: TensorSpan[];
}

const MAX_PROBLEMS = 20;

/**
 * Validates the parsed JSON header against the data section size, the way the
 * reference loader does: known dtype, shape × dtype size equals the span,
 * spans inside the data, contiguous from 0 without overlap or holes.
 */
export function checkHeader(header: unknown, dataSize: number): HeaderCheck {
  const problems: string[] = [];
  const spans: TensorSpan[] = [];
  const add = (problem: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push(problem);
  };
  if (!isPlainObject(header)) {
    add('the header is not a JSON object');
    return { problems, spans };
  }
  for (const [name, entry] of Object.entries(header)) {
    if (name === '__metadata__') {
      checkMetadata(entry, add);
      continue;
    }
    const span = checkTensor(name, entry, dataSize, add);
    if (span) spans.push(span);
  }
  spans.sort((a, b) => a.begin - b.begin || a.end - b.end);
  let expected = 0;
  for (const span of spans) {
    if (span.begin < expected) add(`tensor "${span.name}" overlaps the previous tensor (starts at ${span.begin}, before ${expected})`);
    else if (span.begin > expected) add(`${span.begin - expected} unreferenced bytes before tensor "${span.name}" (a hole at ${expected})`);
    expected = Math.max(expected, span.end);
  }
  return { problems, spans };
}

function checkMetadata(entry: unknown, add: (p: string) => void): void {
  if (!isPlainObject(entry)) {
    add('"__metadata__" is not an object');
    return;
  }
  for (const [key, value] of Object.entries(entry)) {
    if (typeof value !== 'string') add(`"__metadata__" value "${key}" is not a string`);
  }
}

function checkTensor(name: string, entry: unknown, dataSize: number, add: (p: string) => void): TensorSpan | undefined {
  if (!isPlainObject(entry)) {
    add(`tensor "${name}" is not an object`);
    return undefined;
  }
  const { dtype, shape, data_offsets: offsets } = entry;
  const bits = typeof dtype === 'string' ? DTYPE_BITS.get(dtype) : undefined;
  if (bits === undefined) add(`tensor "${name}" has an unknown dtype ${JSON.stringify(dtype)}`);
  const elements = elementCount(shape);
  if (elements === undefined) add(`tensor "${name}" has an invalid shape`);
  if (!Array.isArray(offsets) || offsets.length !== 2 || !offsets.every(isOffset)) {
    add(`tensor "${name}" has invalid data_offsets`);
    return undefined;
  }
  const [begin, end] = offsets as [number, number];
  if (begin > end) {
    add(`tensor "${name}" ends before it starts (${begin} > ${end})`);
    return undefined;
  }
  if (end > dataSize) {
    add(`tensor "${name}" ends at ${end}, past the ${dataSize} data bytes in the file`);
    return undefined;
  }
  if (bits !== undefined && elements !== undefined) {
    const expectedBits = elements * BigInt(bits);
    if (expectedBits % 8n !== 0n || expectedBits / 8n !== BigInt(end - begin)) {
      add(`tensor "${name}" spans ${end - begin} bytes but its shape and dtype need ${expectedBits / 8n}`);
    }
  }
  return { name, begin, end };
}

/** Product of the dimensions as a bigint (no overflow), or undefined when the shape is not a list of naturals. */
function elementCount(shape: unknown): bigint | undefined {
  if (!Array.isArray(shape)) return undefined;
  let count = 1n;
  for (const dim of shape) {
    if (!isOffset(dim)) return undefined;
    count *= BigInt(dim);
  }
  return count;
}

function isOffset(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
