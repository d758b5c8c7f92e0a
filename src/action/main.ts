import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import * as core from '@actions/core';
import { discoverGlobs } from '../core/discover.js';
import { evaluateGate } from '../core/gate.js';
import { restrictToShard, scanFiles } from '../core/scan.js';
import { parseShard } from '../core/shard.js';
import { TOOL_NAME } from '../core/version.js';
import { renderSummary } from '../report/markdown.js';
import { buildSarif } from '../report/sarif.js';
import { renderText } from '../report/text.js';
import { annotate } from './annotations.js';
import { escapeTerminal } from '../report/escape.js';
import { readInputs } from './inputs.js';
import { Progress } from '../cli/progress.js';
import { applyPolicySetup, loadPolicySetup } from '../config/pipeline.js';
import type { ScanReport } from '../core/types.js';
// Loaded when an input needs them (start-up stays lean): ./merge.js (merge), ../hub/index.js (hf-repo),
// ./pr-flow.js (changed-only, pr-comment).

/** The action: scan, write SARIF, outputs, summary, annotations, then apply the gate. */
export async function run(): Promise<void> {
  try {
    const inputs = readInputs();
    const root = process.env.GITHUB_WORKSPACE || process.cwd();
    // Merge mode: the shards' SARIF files become one run, one summary, one gate; nothing is scanned.
    const mergePatterns = core.getMultilineInput('merge');
    if (mergePatterns.length > 0) {
      const { runMerge } = await import('./merge.js');
      await runMerge(inputs, root, mergePatterns);
      return;
    }
    // Bad configuration, baseline or checksum list: one line naming the file and key (ConfigError), caught below.
    const setup = await loadPolicySetup(root, { config: inputs.config, baseline: inputs.baseline, checksums: inputs.checksums, hash: inputs.hash });
    if (setup.config) core.info(`${TOOL_NAME}: configuration ${setup.config.displayPath}`);

    let report: ScanReport;
    if (inputs.hfRepo) {
      core.info(`${TOOL_NAME}: scanning the Hugging Face repository ${inputs.hfRepo} in place`);
      const exclude = [...inputs.exclude, ...setup.ignore];
      const { scanHub } = await import('../hub/index.js');
      report = await scanHub({ repo: inputs.hfRepo, env: process.env, policy: setup.policy, limits: inputs.limits, exclude, hash: setup.hash });
      applyPolicySetup(report, setup, { partial: true });
    } else {
      const discovery = await discoverGlobs(inputs.patterns, { root, exclude: [...inputs.exclude, ...setup.ignore] });
      for (const error of discovery.errors) core.warning(`${TOOL_NAME}: ${error.path}: ${error.message}`);
      const changed = inputs.changedOnly ? await (await import('./pr-flow.js')).changedModelFiles(inputs, discovery) : false;
      const shardInput = core.getInput('shard');
      if (shardInput !== '') {
        let shard;
        try {
          shard = parseShard(shardInput);
        } catch (error) {
          throw new Error(`input "shard": ${error instanceof Error ? error.message : String(error)}`);
        }
        await restrictToShard(discovery, shard);
        core.info(`${TOOL_NAME}: shard ${shard.index}/${shard.count}: ${discovery.files.length} files`);
      }
      // A line every 10 s in the log on long scans.
      const progress = new Progress({ total: discovery.files.length, write: (t) => core.info(t.trimEnd()), tty: false, label: TOOL_NAME });
      report = applyPolicySetup(await scanFiles(discovery, { onFile: progress.onFile, root, limits: inputs.limits, policy: setup.policy, hangGuard: true }), setup, {
        partial: changed || shardInput !== '',
      });
    }
    const gate = evaluateGate(report, inputs.failOn);

    // The SARIF file exists before any failure, so `upload-sarif` with `if: always()` finds it.
    const sarifPath = isAbsolute(inputs.sarifFile) ? inputs.sarifFile : resolve(root, inputs.sarifFile);
    mkdirSync(dirname(sarifPath), { recursive: true });
    writeFileSync(sarifPath, `${JSON.stringify(buildSarif(report, { category: inputs.category, baseline: setup.baseline !== undefined }), null, 2)}\n`);

    core.setOutput('sarif-file', relativeOrAbsolute(root, sarifPath));
    core.setOutput('findings', String(gate.findings.length));
    core.setOutput('highest-severity', gate.highest ?? 'none');
    core.setOutput('scanned-files', String(gate.scannedFiles));
    core.setOutput('result', gate.outcome);

    core.info(renderText(report, gate, { color: false }));
    if (inputs.summary) await writeSummary(renderSummary(report, gate));
    if (inputs.annotations) annotate(gate, gate.outcome === 'fail');
    if (inputs.prComment) await (await import('./pr-flow.js')).commentOnPullRequest(inputs, renderSummary(report, gate, { maxBytes: 60_000 }));
    // A scanner exception is our bug: the file is already reported as not fully scanned (scan/incomplete);
    // say so plainly too. It does not fail the step by itself (fail-on decides, as for every finding).
    const internal = gate.findings.filter((f) => f.ruleId === 'scan/incomplete' && f.properties?.internalError === true);
    if (internal.length > 0) {
      core.warning(
        `${internal.length} file${internal.length === 1 ? '' : 's'} not fully scanned because of an internal error in a scanner (please report it): ` +
          internal.slice(0, 5).map((f) => escapeTerminal(f.file)).join(', '),
      );
    }

    if (gate.outcome === 'fail') {
      core.setFailed(
        `${gate.blocking.length} finding${gate.blocking.length === 1 ? '' : 's'} at or above "${inputs.failOn}" severity: see the job summary and ${relativeOrAbsolute(root, sarifPath)}.`,
      );
    }
  } catch (error) {
    core.setFailed(`${TOOL_NAME}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function writeSummary(markdown: string): Promise<void> {
  // No summary file outside GitHub (local runs): skip quietly; never let it mask the gate.
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    await core.summary.addRaw(markdown, true).write();
  } catch (error) {
    core.warning(`could not write the job summary: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function relativeOrAbsolute(root: string, path: string): string {
  const rel = relative(root, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}
