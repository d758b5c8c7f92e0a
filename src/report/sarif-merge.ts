import type { Invocation, Log, Notification, ReportingDescriptor, Result, Run } from 'sarif';
import { MAX_SARIF_RESULTS, SARIF_SCHEMA, automationId } from './sarif-constants.js';

/** Most severe first, from our `properties.severity` or, for foreign results, the level. */
const RESULT_RANK: Record<string, number> = { critical: 4, high: 3, error: 3, medium: 2, warning: 2, low: 1, note: 1 };

/**
 * Merges SARIF logs from shards of one scan into a single run: code scanning
 * no longer combines several runs with the same tool and category. Rules are
 * united by id (first definition wins), `ruleIndex` is recomputed, results
 * and invocation notifications are concatenated. Over code scanning's
 * result limit, the least severe results are dropped, with a notification.
 */
export function mergeSarif(logs: readonly Log[], category?: string): Log {
  const runs = logs.flatMap((log) => log.runs);
  const first = runs[0];
  if (!first) throw new Error('mergeSarif: no SARIF runs to merge');
  const rules: ReportingDescriptor[] = [];
  const ruleIndex = new Map<string, number>();
  const results: Result[] = [];
  for (const run of runs) {
    const runRules = run.tool.driver.rules ?? [];
    for (const rule of runRules) {
      if (!ruleIndex.has(rule.id)) {
        ruleIndex.set(rule.id, rules.length);
        rules.push(rule);
      }
    }
    for (const result of run.results ?? []) {
      const id = result.ruleId ?? (result.ruleIndex !== undefined ? runRules[result.ruleIndex]?.id : undefined);
      const merged: Result = { ...result };
      if (id !== undefined && ruleIndex.has(id)) {
        merged.ruleId = id;
        merged.ruleIndex = ruleIndex.get(id)!;
      } else {
        delete merged.ruleIndex;
      }
      results.push(merged);
    }
  }
  const kept = keepMostSevere(results);
  const invocation = mergeInvocations(runs);
  if (kept.length < results.length) {
    const dropped: Notification = {
      level: 'warning',
      message: {
        text: `${results.length - kept.length} less severe results were left out of this SARIF file to stay under code scanning's limit of ${MAX_SARIF_RESULTS} results per run.`,
      },
    };
    invocation.toolExecutionNotifications = [...(invocation.toolExecutionNotifications ?? []), dropped];
  }
  const merged: Run = {
    ...first,
    tool: { ...first.tool, driver: { ...first.tool.driver, rules } },
    invocations: [invocation],
    results: kept,
  };
  const id = category !== undefined ? automationId(category) : first.automationDetails?.id;
  if (id !== undefined) merged.automationDetails = { ...first.automationDetails, id };
  return { $schema: logs[0]?.$schema ?? SARIF_SCHEMA, version: '2.1.0', runs: [merged] };
}

/** One invocation covering every shard: successful only if all were, spanning all their times. */
function mergeInvocations(runs: readonly Run[]): Invocation {
  const invocations = runs.flatMap((run) => run.invocations ?? []);
  const merged: Invocation = { executionSuccessful: invocations.every((i) => i.executionSuccessful) };
  const starts = invocations.map((i) => i.startTimeUtc).filter((t): t is string => t !== undefined).sort();
  const ends = invocations.map((i) => i.endTimeUtc).filter((t): t is string => t !== undefined).sort();
  if (starts.length > 0) merged.startTimeUtc = starts[0];
  if (ends.length > 0) merged.endTimeUtc = ends[ends.length - 1];
  const notifications = invocations.flatMap((i) => i.toolExecutionNotifications ?? []);
  if (notifications.length > 0) merged.toolExecutionNotifications = notifications;
  return merged;
}

function resultRank(result: Result): number {
  const severity = result.properties?.['severity'];
  return RESULT_RANK[typeof severity === 'string' ? severity : (result.level ?? 'warning')] ?? 0;
}

function keepMostSevere(results: Result[]): Result[] {
  if (results.length <= MAX_SARIF_RESULTS) return results;
  // Array.prototype.sort is stable: equal ranks keep shard order.
  return [...results].sort((a, b) => resultRank(b) - resultRank(a)).slice(0, MAX_SARIF_RESULTS);
}
