import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import * as core from '@actions/core';
import { discoverGlobs } from '../core/discover.js';
import { mergeSarifInputs, renderMergeSummary, renderMergeText } from '../cli/merge.js';
import type { ActionInputs } from './inputs.js';

/**
 * Merge mode (input `merge`: globs of the shards' SARIF files): no scan. The shards'
 * SARIF files become one run in `sarif-file` (one upload-sarif), with one summary, and
 * the gate is applied once to all their results. Any missing or unreadable input fails
 * the step (fail closed), as does `merge-expect` when fewer files are found.
 */
export async function runMerge(inputs: ActionInputs, root: string, patterns: readonly string[]): Promise<void> {
  const sarifPath = isAbsolute(inputs.sarifFile) ? inputs.sarifFile : resolve(root, inputs.sarifFile);
  const expectRaw = core.getInput('merge-expect');
  let expect: number | undefined;
  if (expectRaw !== '') {
    expect = Number(expectRaw);
    if (!Number.isInteger(expect) || expect < 1) throw new Error(`input "merge-expect": expected a whole number of SARIF files, got "${expectRaw}"`);
  }
  const discovery = await discoverGlobs(patterns, { root });
  const files = discovery.files.map((f) => f.absolutePath).filter((f) => f !== sarifPath);
  if (files.length === 0) throw new Error(`input "merge": no SARIF files match ${patterns.join(', ')}`);
  const { log, gate } = mergeSarifInputs(files, root, { failOn: inputs.failOn, category: inputs.category, expect, sarif: sarifPath });

  if (log) {
    mkdirSync(dirname(sarifPath), { recursive: true });
    writeFileSync(sarifPath, `${JSON.stringify(log, null, 2)}\n`);
    core.setOutput('sarif-file', relativeOrAbsolute(root, sarifPath));
  }
  core.setOutput('findings', String(gate.findings.length));
  core.setOutput('highest-severity', gate.highest ?? 'none');
  core.setOutput('result', gate.outcome);
  core.info(renderMergeText(gate));
  if (inputs.summary && process.env.GITHUB_STEP_SUMMARY) {
    try {
      await core.summary.addRaw(renderMergeSummary(gate), true).write();
    } catch (error) {
      core.warning(`could not write the job summary: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (gate.outcome === 'fail') {
    core.setFailed(
      `${gate.blocking} finding${gate.blocking === 1 ? '' : 's'} at or above "${inputs.failOn}" severity across ${gate.inputs} shards: see the job summary and ${relativeOrAbsolute(root, sarifPath)}.`,
    );
  } else if (gate.errors.length > 0) {
    core.setFailed(`the shards could not all be merged: ${gate.errors.slice(0, 3).join('; ')}`);
  }
}

function relativeOrAbsolute(root: string, path: string): string {
  const rel = relative(root, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}
