import * as core from '@actions/core';
import type { Discovery } from '../core/discover.js';
import { TOOL_NAME } from '../core/version.js';
import { commentMarker, upsertComment } from './comment.js';
import type { ActionInputs } from './inputs.js';
import { MAX_PR_FILES, changedFiles, makeGitHubApi, pullRequestFromEnv, restrictToPaths } from './pull-request.js';

type Env = Record<string, string | undefined>;

/**
 * `changed-only`: on a pull request, keeps the files the pull request adds or
 * changes. Anywhere else, or when the list cannot be had, scans everything
 * (scanning more is the safe side). Returns whether the set was narrowed.
 */
export async function changedModelFiles(inputs: ActionInputs, discovery: Discovery, env: Env = process.env): Promise<boolean> {
  const pr = pullRequestFromEnv(env);
  if (!pr) {
    core.notice(`${TOOL_NAME}: changed-only applies to pull_request events; scanning every matching file`);
    return false;
  }
  if (!inputs.githubToken) {
    core.warning(`${TOOL_NAME}: changed-only needs github-token to list the pull request's files; scanning every matching file`);
    return false;
  }
  try {
    const api = await makeGitHubApi(inputs.githubToken, env.GITHUB_API_URL);
    const { paths, truncated } = await changedFiles(api, pr);
    if (truncated) {
      core.warning(`${TOOL_NAME}: the pull request changes ${MAX_PR_FILES} files or more, more than GitHub lists; scanning every matching file`);
      return false;
    }
    const before = discovery.files.length;
    restrictToPaths(discovery, paths);
    core.info(`${TOOL_NAME}: changed-only: ${discovery.files.length} of ${before} matching files are changed by #${pr.number}`);
    return true;
  } catch (error) {
    core.warning(`${TOOL_NAME}: could not list the files of #${pr.number} (${oneLine(error)}); scanning every matching file`);
    return false;
  }
}

/** `pr-comment`: one comment per pull request (and category), updated in place; a notice when the token cannot comment. */
export async function commentOnPullRequest(inputs: ActionInputs, markdown: string, env: Env = process.env): Promise<void> {
  const pr = pullRequestFromEnv(env);
  if (!pr) {
    core.info(`${TOOL_NAME}: pr-comment: not a pull_request event, no comment`);
    return;
  }
  if (!inputs.githubToken) {
    core.notice(`${TOOL_NAME}: pr-comment skipped: no github-token`);
    return;
  }
  try {
    const api = await makeGitHubApi(inputs.githubToken, env.GITHUB_API_URL);
    const outcome = await upsertComment(api, pr, commentMarker(inputs.category), markdown);
    if (outcome.kind === 'skipped') core.notice(`${TOOL_NAME}: pr-comment skipped: ${outcome.reason}`);
    else core.info(`${TOOL_NAME}: pr-comment ${outcome.kind} on #${pr.number}`);
  } catch (error) {
    core.notice(`${TOOL_NAME}: pr-comment skipped: ${oneLine(error)}`);
  }
}

function oneLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 300);
}
