import type { FormatScanner, Probe } from '../../core/scanner.js';

/** `file_identifier "TFL3"` of tensorflow/lite/schema/schema.fbs, at bytes 4..8 after the root offset. */
const IDENTIFIER = [0x54, 0x46, 0x4c, 0x33];

/** What routing needs of the TFLite scanner (index.ts adds the scan, loaded on first use). */
export const tfliteClaim = {
  id: 'tflite',
  name: 'TensorFlow Lite',
  extensions: ['.tflite', '.lite'],
  claim: (probe: Probe) =>
    hasIdentifier(probe.head) ? 'magic' : probe.extension === '.tflite' || probe.extension === '.lite' ? 'hint' : false,
} satisfies Omit<FormatScanner, 'scan'>;

export function hasIdentifier(head: Uint8Array): boolean {
  return head.length >= 12 && IDENTIFIER.every((b, i) => head[4 + i] === b);
}
