/** Our severity scale. Ordered from most to least severe. */
export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** A gate threshold: a severity, or `none` to never fail. */
export type Threshold = Severity | 'none';
export const THRESHOLDS: readonly Threshold[] = [...SEVERITIES, 'none'];

const RANK: Record<Severity, number> = { critical: 4, high: 3, medium: 2, low: 1 };

export function severityRank(severity: Severity): number {
  return RANK[severity];
}

/** Sort comparator: most severe first. */
export function bySeverityDesc(a: { severity: Severity }, b: { severity: Severity }): number {
  return RANK[b.severity] - RANK[a.severity];
}

export function isSeverity(value: string): value is Severity {
  return (SEVERITIES as readonly string[]).includes(value);
}

export function parseThreshold(value: string): Threshold {
  const v = value.trim().toLowerCase();
  if ((THRESHOLDS as readonly string[]).includes(v)) return v as Threshold;
  throw new Error(`invalid severity threshold "${value}": expected one of ${THRESHOLDS.join(', ')}`);
}

/** True when a finding of this severity meets the threshold. */
export function meetsThreshold(severity: Severity, threshold: Threshold): boolean {
  return threshold !== 'none' && RANK[severity] >= RANK[threshold];
}

export function highestSeverity(items: readonly { severity: Severity }[]): Severity | undefined {
  let best: Severity | undefined;
  for (const { severity } of items) if (!best || RANK[severity] > RANK[best]) best = severity;
  return best;
}
