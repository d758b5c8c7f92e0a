import { type Threshold, parseThreshold } from './severity.js';

export type OutputFormat = 'text' | 'json' | 'sarif' | 'markdown';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif', 'markdown'];

export function parseFormat(value: string): OutputFormat {
  const v = value.trim().toLowerCase();
  if ((OUTPUT_FORMATS as readonly string[]).includes(v)) return v as OutputFormat;
  throw new Error(`invalid format "${value}": expected one of ${OUTPUT_FORMATS.join(', ')}`);
}

export { parseThreshold, type Threshold };
