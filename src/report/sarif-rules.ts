import type { ReportingDescriptor, Result } from 'sarif';
import type { Severity } from '../core/severity.js';
import { RULES, type Rule } from '../policy/rules.js';

/**
 * GitHub buckets `security-severity` as >9.0 critical, 7.0–8.9 high,
 * 4.0–6.9 medium, 0.1–3.9 low; these values sit well inside each bucket.
 */
export const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '2.0',
};

export const SARIF_LEVEL: Record<Severity, Result.level> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
};

/** GitHub keeps only the first 10 tags of a rule (and rejects more than 20). */
const MAX_TAGS = 10;
/** GitHub's limits on rule names and descriptions. */
const MAX_NAME = 255;
const MAX_DESCRIPTION = 1024;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Help text for clients that do not render markdown: drop emphasis and code marks. */
function plainText(markdown: string): string {
  return markdown.replace(/\*\*|`/g, '');
}

function ruleTags(rule: Rule): string[] {
  const tags = rule.tags.includes('security') ? rule.tags : ['security', ...rule.tags];
  return [...new Set(tags)].slice(0, MAX_TAGS);
}

/**
 * A SARIF rule for a catalogue rule. `severity` is the severity the results
 * actually carry (policy overrides may differ from the catalogue default):
 * code scanning reads security-severity from the rule, not from results.
 */
export function sarifRule(rule: Rule, severity: Severity = rule.severity): ReportingDescriptor {
  return {
    id: rule.id,
    name: clip(rule.name, MAX_NAME),
    shortDescription: { text: clip(rule.short, MAX_DESCRIPTION) },
    fullDescription: { text: clip(rule.full, MAX_DESCRIPTION) },
    help: { text: plainText(rule.help), markdown: rule.help },
    defaultConfiguration: { level: SARIF_LEVEL[severity] },
    properties: {
      tags: ruleTags(rule),
      precision: rule.precision,
      'security-severity': SECURITY_SEVERITY[severity],
    },
  };
}

/** A stand-in for a rule id missing from the catalogue, so a result is never dropped or left without its rule. */
export function fallbackRule(id: string, severity: Severity): Rule {
  const name = id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
  return {
    id,
    name: name || 'UnknownRule',
    severity,
    short: `Finding reported under rule ${id}.`,
    full: `The scanner reported a finding under rule ${id}, which is not in this version's rule catalogue.`,
    help: 'See the result message for details.',
    tags: ['security'],
    precision: 'medium',
  };
}

export function catalogueRule(id: string, severity: Severity): Rule {
  return RULES.get(id) ?? fallbackRule(id, severity);
}
