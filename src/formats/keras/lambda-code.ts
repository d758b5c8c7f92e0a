import { CODE_EXECUTION_MODULES, DANGEROUS_PYTHON_NAMES } from '../../policy/keras.js';
import { looksLikeMarshalledCode, summariseCode, type CodeSummary } from './marshal.js';

/**
 * Keras stores Python lambdas as base64 of `marshal.dumps(fn.__code__)`:
 * Keras 2 as the Lambda `function` (a string, or a list [code, defaults, closure]),
 * Keras 3 as `{"class_name": "__lambda__", "config": {"value": [code, ...]}}`.
 */

// Base64 of a marshalled code object starts with "4w" (0xe3) or "Yw" (0x63).
const BASE64_CODE_START = /^\s*[4Y]/;
const BASE64_TEXT = /^[A-Za-z0-9+/=\s]+$/;
const MIN_CODE_BASE64 = 24;
/** Longest base64 we decode: a lambda's bytecode is a few KB; more is refused, not ignored. */
export const MAX_CODE_BASE64 = 16 * 1024 * 1024;

/** True when the string is base64 that decodes to a marshalled code object. */
export function isBase64Code(value: string): boolean {
  if (value.length < MIN_CODE_BASE64 || !BASE64_CODE_START.test(value)) return false;
  const head = Buffer.from(value.slice(0, 64).replace(/\s+/g, '').slice(0, 32), 'base64');
  return looksLikeMarshalledCode(head) && BASE64_TEXT.test(value.slice(0, 4096));
}

export interface LambdaCode {
  /** The names the code refers to, most telling first. */
  names: string[];
  strings: string[];
  /** Names that make this code execution / system access, not just a computation. */
  dangerous: string[];
  /** Why the bytecode could not be read, when it could not. */
  error?: string;
  layout?: string;
}

/** Decodes base64 bytecode and lists what it refers to. Never runs it. */
export function inspectBase64Code(value: string): LambdaCode {
  if (value.length > MAX_CODE_BASE64) {
    return { names: [], strings: [], dangerous: [], error: `bytecode larger than ${MAX_CODE_BASE64} bytes` };
  }
  // Python's base64 codec (binascii.a2b_base64) skips characters outside the alphabet; so does Buffer.
  const bytes = Buffer.from(value, 'base64');
  const summary = summariseCode(bytes);
  if ('error' in summary) return { names: [], strings: [], dangerous: [], error: summary.error };
  return describe(summary);
}

function describe(summary: CodeSummary): LambdaCode {
  const dangerous = new Set<string>();
  const consider = [...summary.names, ...summary.identifiers, ...summary.strings];
  for (const item of consider) {
    for (const part of item.split(/[^A-Za-z0-9_]+/)) {
      if (DANGEROUS_PYTHON_NAMES.has(part) || CODE_EXECUTION_MODULES.has(part)) dangerous.add(part);
    }
  }
  return {
    names: summary.names,
    strings: summary.strings,
    dangerous: [...dangerous],
    layout: summary.layout,
  };
}

/** The base64 code strings inside a Lambda `function` value (string, list, or nested lists). */
export function codeStringsIn(value: unknown): string[] {
  if (typeof value === 'string') return isBase64Code(value) ? [value] : [];
  if (Array.isArray(value) && typeof value[0] === 'string') return codeStringsIn(value[0]);
  return [];
}
