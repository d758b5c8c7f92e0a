import type { Limits } from './limits.js';

/**
 * Deepest nesting of `[` and `{` in a JSON text (strings skipped), stopping
 * as soon as it passes `stopAbove`. Linear, no recursion: runs before
 * JSON.parse so recursive walkers never meet a document deeper than the limit.
 */
export function jsonDepth(text: string, stopAbove = Infinity): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) {
        max = depth;
        if (max > stopAbove) return max;
      }
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return max;
}

/**
 * Why a JSON document must not be parsed under the limits (maxJsonBytes,
 * maxJsonDepth), or undefined when it may. `what` names it in the message
 * ("the config.json"). `bytes` defaults to the UTF-16 length of the text.
 */
export function jsonLimitProblem(text: string, limits: Limits, what: string, bytes = text.length): string | undefined {
  if (bytes > limits.maxJsonBytes) {
    return `${what} is ${bytes} bytes, more than the limit of ${limits.maxJsonBytes} bytes (limit maxJsonBytes)`;
  }
  if (jsonDepth(text, limits.maxJsonDepth) > limits.maxJsonDepth) {
    return `${what} nests deeper than ${limits.maxJsonDepth} levels (limit maxJsonDepth)`;
  }
  return undefined;
}
