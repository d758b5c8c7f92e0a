import { readFileSync } from 'node:fs';
import type { Discovery } from '../core/discover.js';

/** The pull request an action run is about, from the runner's environment. */
export interface PullRequestRef {
  owner: string;
  repo: string;
  number: number;
}

const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);

/** The pull request of a `pull_request` / `pull_request_target` run, or undefined for other events. */
export function pullRequestFromEnv(env: Record<string, string | undefined>): PullRequestRef | undefined {
  if (!PR_EVENTS.has(env.GITHUB_EVENT_NAME ?? '')) return undefined;
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo || !env.GITHUB_EVENT_PATH) return undefined;
  let event: { pull_request?: { number?: unknown }; number?: unknown };
  try {
    event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
  } catch {
    return undefined;
  }
  const number = event.pull_request?.number ?? event.number;
  return typeof number === 'number' && Number.isSafeInteger(number) && number > 0 ? { owner, repo, number } : undefined;
}

/** The part of Octokit we use (tests pass a real Octokit pointed at a local server). */
export interface GitHubApi {
  paginate: (route: never, params: Record<string, unknown>) => Promise<unknown[]>;
  rest: {
    pulls: { listFiles: never };
    issues: {
      listComments: never;
      createComment: (params: { owner: string; repo: string; issue_number: number; body: string }) => Promise<unknown>;
      updateComment: (params: { owner: string; repo: string; comment_id: number; body: string }) => Promise<unknown>;
    };
  };
}

/** An Octokit for the token (lazily imported: runs without PR features never load @actions/github). */
export async function makeGitHubApi(token: string, baseUrl?: string): Promise<GitHubApi> {
  const { getOctokit } = await import('@actions/github');
  return getOctokit(token, baseUrl ? { baseUrl } : {}) as unknown as GitHubApi;
}

/** GitHub lists at most this many files of a pull request. */
export const MAX_PR_FILES = 3000;

/** Paths (POSIX, repository-relative) the pull request adds or modifies; removed files are left out. */
export async function changedFiles(api: GitHubApi, pr: PullRequestRef): Promise<{ paths: Set<string>; truncated: boolean }> {
  const files = (await api.paginate(api.rest.pulls.listFiles, { owner: pr.owner, repo: pr.repo, pull_number: pr.number, per_page: 100 })) as {
    filename: string;
    status?: string;
  }[];
  const paths = new Set(files.filter((f) => f.status !== 'removed').map((f) => f.filename));
  return { paths, truncated: files.length >= MAX_PR_FILES };
}

/** Keeps only files whose repository path is in `paths` (workspace root = repository root). Mutates and returns. */
export function restrictToPaths(discovery: Discovery, paths: ReadonlySet<string>): Discovery {
  discovery.files = discovery.files.filter((f) => paths.has(f.relativePath));
  return discovery;
}

/** HTTP status of an Octokit error, if it has one. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}
