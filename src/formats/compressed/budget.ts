import type { ByteSource } from '../../core/source.js';

/**
 * Bytes decompressed for one file on disk, shared by the streams and archive
 * members nested inside it (limit maxTotalInflatedBytes). Sources created by
 * the compressed and tar scanners inherit their parent's budget.
 */
export interface InflateBudget {
  used: number;
}

const budgets = new WeakMap<ByteSource, InflateBudget>();

export function budgetFor(source: ByteSource): InflateBudget {
  let b = budgets.get(source);
  if (!b) {
    b = { used: 0 };
    budgets.set(source, b);
  }
  return b;
}

export function shareBudget(parent: ByteSource, child: ByteSource): void {
  budgets.set(child, budgetFor(parent));
}
