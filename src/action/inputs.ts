import * as core from '@actions/core';
import { type Threshold, parseThreshold } from '../core/severity.js';
import { defaultModelGlobs } from '../policy/model-extensions.js';
import { type Limits, parseLimitAssignments } from '../core/limits.js';

export interface ActionInputs {
  patterns: string[];
  exclude: string[];
  failOn: Threshold;
  sarifFile: string;
  annotations: boolean;
  summary: boolean;
  config: string;
  category: string;
  /** Resource limits changed by the `limits` input (one name=value a line). */
  limits: Partial<Limits>;
  /** SARIF of an earlier run: only new findings count. */
  baseline: string;
  /** Record each scanned file's SHA-256. */
  hash: boolean;
  /** sha256sum-format list to verify. */
  checksums: string;
  /** `org/name[@revision]`: scan this Hugging Face Hub repository instead of the workspace. */
  hfRepo: string;
  /** On pull requests, scan only the files the pull request adds or changes. */
  changedOnly: boolean;
  /** On pull requests, keep one comment with the summary up to date. */
  prComment: boolean;
  githubToken: string;
}

/** Reads and validates the action's inputs; throws with a message naming the input. */
export function readInputs(): ActionInputs {
  const patterns = core.getMultilineInput('path');
  return {
    patterns: patterns.length > 0 ? patterns : defaultModelGlobs(),
    exclude: core.getMultilineInput('exclude'),
    failOn: withInput('fail-on', () => parseThreshold(core.getInput('fail-on') || 'high')),
    sarifFile: core.getInput('sarif-file') || 'modelscan-results.sarif',
    annotations: withInput('annotations', () => booleanInput('annotations', true)),
    summary: withInput('summary', () => booleanInput('summary', true)),
    config: core.getInput('config'),
    category: core.getInput('category') || 'modelscan',
    limits: withInput('limits', () => parseLimitAssignments(core.getMultilineInput('limits'))),
    baseline: core.getInput('baseline'),
    hash: withInput('hash', () => booleanInput('hash', false)),
    checksums: core.getInput('checksums'),
    hfRepo: core.getInput('hf-repo'),
    changedOnly: withInput('changed-only', () => booleanInput('changed-only', false)),
    prComment: withInput('pr-comment', () => booleanInput('pr-comment', false)),
    githubToken: core.getInput('github-token'),
  };
}

function booleanInput(name: string, fallback: boolean): boolean {
  return core.getInput(name) === '' ? fallback : core.getBooleanInput(name);
}

function withInput<T>(name: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw new Error(`input "${name}": ${error instanceof Error ? error.message : String(error)}`);
  }
}
