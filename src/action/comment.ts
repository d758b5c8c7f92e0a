import type { GitHubApi, PullRequestRef } from './pull-request.js';
import { statusOf } from './pull-request.js';

/** GitHub rejects comment bodies longer than this (characters). */
export const MAX_COMMENT_CHARS = 65_536;

/** The hidden marker our comment carries, per SARIF category (several scans of one PR keep one comment each). */
export function commentMarker(category: string): string {
  const safe = category.replace(/[^A-Za-z0-9._/-]/g, '_').slice(0, 100);
  return `<!-- modelscan-action:comment:${safe} -->`;
}

/** The comment body: marker first, then the summary, cut to GitHub's limit. */
export function commentBody(marker: string, markdown: string): string {
  const body = `${marker}\n${markdown}`;
  if (body.length <= MAX_COMMENT_CHARS) return body;
  const note = '\n\n…cut to fit GitHub\'s comment limit; see the job summary and the SARIF file.\n';
  return `${body.slice(0, MAX_COMMENT_CHARS - note.length)}${note}`;
}

export type CommentOutcome = { kind: 'created' | 'updated'; id?: number } | { kind: 'skipped'; reason: string };

/**
 * Creates or updates, in place, the one comment carrying the marker. A token
 * that may not comment (fork pull requests, no `pull-requests: write`) gives
 * `skipped`, never an exception: the comment is a convenience, not the gate.
 */
export async function upsertComment(api: GitHubApi, pr: PullRequestRef, marker: string, markdown: string): Promise<CommentOutcome> {
  const body = commentBody(marker, markdown);
  try {
    const comments = (await api.paginate(api.rest.issues.listComments, { owner: pr.owner, repo: pr.repo, issue_number: pr.number, per_page: 100 })) as {
      id: number;
      body?: string | null;
    }[];
    const ours = comments.find((c) => typeof c.body === 'string' && c.body.startsWith(marker));
    if (ours) {
      await api.rest.issues.updateComment({ owner: pr.owner, repo: pr.repo, comment_id: ours.id, body });
      return { kind: 'updated', id: ours.id };
    }
    await api.rest.issues.createComment({ owner: pr.owner, repo: pr.repo, issue_number: pr.number, body });
    return { kind: 'created' };
  } catch (error) {
    const status = statusOf(error);
    if (status === 403 || status === 404 || status === 401) {
      return { kind: 'skipped', reason: `the token cannot comment on this pull request (HTTP ${status}; fork pull requests and tokens without "pull-requests: write" cannot)` };
    }
    return { kind: 'skipped', reason: `could not update the pull request comment: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` };
  }
}
