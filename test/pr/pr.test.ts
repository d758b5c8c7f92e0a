import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MAX_COMMENT_CHARS, commentBody, commentMarker, upsertComment } from '../../src/action/comment.js';
import { changedFiles, makeGitHubApi, pullRequestFromEnv } from '../../src/action/pull-request.js';
import { runAction } from '../config/run-action.js';
import { BENIGN_PICKLE, MALICIOUS_PICKLE, tempTree } from '../helpers/temp.js';

/** A stand-in for the GitHub REST API on 127.0.0.1: PR files (paginated) and issue comments. */
interface FakeGitHub {
  url: string;
  files: { filename: string; status: string }[];
  comments: { id: number; body: string; user: { login: string } }[];
  /** When set, writes answer 403 like a fork's read-only token. */
  readOnly: boolean;
  requests: string[];
  auth: (string | undefined)[];
}

let gh: FakeGitHub;
let server: Server;
beforeAll(async () => {
  gh = { url: '', files: [], comments: [], readOnly: false, requests: [], auth: [] };
  let nextId = 100;
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://x');
    gh.requests.push(`${req.method} ${url.pathname}`);
    gh.auth.push(req.headers.authorization);
    const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const page = Number(url.searchParams.get('page') ?? 1);
      const per = Number(url.searchParams.get('per_page') ?? 30);
      const paged = (list: unknown[]) => {
        const headers: Record<string, string> = {};
        if (page * per < list.length) headers.Link = `<${gh.url}${url.pathname}?per_page=${per}&page=${page + 1}>; rel="next"`;
        json(200, list.slice((page - 1) * per, page * per), headers);
      };
      if (req.method === 'GET' && url.pathname === '/repos/o/r/pulls/7/files') return paged(gh.files);
      if (req.method === 'GET' && url.pathname === '/repos/o/r/issues/7/comments') return paged(gh.comments);
      if (gh.readOnly) return json(403, { message: 'Resource not accessible by integration' });
      if (req.method === 'POST' && url.pathname === '/repos/o/r/issues/7/comments') {
        const comment = { id: nextId++, body: JSON.parse(raw).body as string, user: { login: 'github-actions[bot]' } };
        gh.comments.push(comment);
        return json(201, comment);
      }
      const m = /^\/repos\/o\/r\/issues\/comments\/(\d+)$/.exec(url.pathname);
      if (req.method === 'PATCH' && m) {
        const comment = gh.comments.find((c) => c.id === Number(m[1]));
        if (!comment) return json(404, { message: 'Not Found' });
        comment.body = JSON.parse(raw).body;
        return json(200, comment);
      }
      json(404, { message: 'Not Found' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  gh.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
afterEach(() => {
  gh.files = [];
  gh.comments = [];
  gh.readOnly = false;
  gh.requests = [];
  gh.auth = [];
});

function prEnv(root: string, event = 'pull_request'): Record<string, string> {
  const path = join(root, '.event.json');
  writeFileSync(path, JSON.stringify({ pull_request: { number: 7 } }));
  return { GITHUB_EVENT_NAME: event, GITHUB_EVENT_PATH: path, GITHUB_REPOSITORY: 'o/r', GITHUB_API_URL: gh.url };
}

async function action(root: string, inputs: Record<string, string>, env: Record<string, string>) {
  return runAction(root, inputs, env);
}

describe('pull request context', () => {
  it('reads the PR number only on pull_request and pull_request_target events', () => {
    const root = tempTree({});
    expect(pullRequestFromEnv(prEnv(root))).toEqual({ owner: 'o', repo: 'r', number: 7 });
    expect(pullRequestFromEnv(prEnv(root, 'pull_request_target'))?.number).toBe(7);
    expect(pullRequestFromEnv(prEnv(root, 'push'))).toBeUndefined();
    expect(pullRequestFromEnv({ ...prEnv(root), GITHUB_EVENT_PATH: join(root, 'missing.json') })).toBeUndefined();
  });

  it('lists changed files across pages, without removed ones', async () => {
    gh.files = Array.from({ length: 150 }, (_, i) => ({ filename: `m/${i}.pkl`, status: i === 3 ? 'removed' : 'modified' }));
    const api = await makeGitHubApi('tok', gh.url);
    const { paths, truncated } = await changedFiles(api, { owner: 'o', repo: 'r', number: 7 });
    expect(paths.size).toBe(149);
    expect(paths.has('m/3.pkl')).toBe(false);
    expect(truncated).toBe(false);
    expect(gh.auth.every((a) => a === 'token tok')).toBe(true);
  });
});

describe('sticky comment', () => {
  const pr = { owner: 'o', repo: 'r', number: 7 };

  it('creates one comment, then updates it in place; other comments are left alone', async () => {
    const api = await makeGitHubApi('tok', gh.url);
    gh.comments.push({ id: 1, body: 'LGTM', user: { login: 'human' } });
    const marker = commentMarker('modelscan');
    expect(await upsertComment(api, pr, marker, 'first')).toEqual({ kind: 'created' });
    expect(await upsertComment(api, pr, marker, 'second')).toMatchObject({ kind: 'updated' });
    expect(gh.comments.map((c) => c.body)).toEqual(['LGTM', `${marker}\nsecond`]);
    // Another category keeps its own comment.
    await upsertComment(api, pr, commentMarker('nightly'), 'other');
    expect(gh.comments).toHaveLength(3);
  });

  it('caps the body at 65,536 characters', () => {
    const body = commentBody('<!-- m -->', 'x'.repeat(100_000));
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(body.startsWith('<!-- m -->\n')).toBe(true);
    expect(body).toMatch(/cut to fit GitHub's comment limit/);
  });

  it('a token that cannot comment (forks) is skipped quietly', async () => {
    gh.readOnly = true;
    const api = await makeGitHubApi('tok', gh.url);
    const outcome = await upsertComment(api, pr, commentMarker('modelscan'), 'x');
    expect(outcome).toMatchObject({ kind: 'skipped', reason: expect.stringContaining('HTTP 403') });
  });
});

describe('action: changed-only and pr-comment', () => {
  it('scans only the changed model files and comments the summary', async () => {
    const root = tempTree({ 'models/old-evil.pkl': MALICIOUS_PICKLE, 'models/new.pkl': BENIGN_PICKLE });
    gh.files = [
      { filename: 'models/new.pkl', status: 'added' },
      { filename: 'README.md', status: 'modified' },
    ];
    const r = await action(root, { 'changed-only': 'true', 'pr-comment': 'true', 'github-token': 'tok', annotations: 'false', summary: 'false' }, prEnv(root));
    expect(r.exitCode).toBe(0); // the old malicious file is not part of this PR
    expect(r.stdout).toContain('changed-only: 1 of 2 matching files are changed by #7');
    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0]!.body.startsWith('<!-- modelscan-action:comment:modelscan -->\n## ✅ Model scan: passed')).toBe(true);
    // The next push updates the same comment.
    gh.files.push({ filename: 'models/old-evil.pkl', status: 'modified' });
    const again = await action(root, { 'changed-only': 'true', 'pr-comment': 'true', 'github-token': 'tok', annotations: 'false', summary: 'false' }, prEnv(root));
    expect(again.exitCode).toBe(1);
    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0]!.body).toContain('models/old-evil.pkl');
  });

  it('on a fork (read-only token) the comment is skipped with a notice and the gate still decides', async () => {
    const root = tempTree({ 'a.pkl': MALICIOUS_PICKLE });
    gh.readOnly = true;
    const r = await action(root, { 'pr-comment': 'true', 'github-token': 'tok', annotations: 'false', summary: 'false' }, prEnv(root));
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/::notice::modelscan-action: pr-comment skipped: the token cannot comment on this pull request \(HTTP 403/);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('::error::'))).toHaveLength(1); // only the gate
  });

  it('outside pull requests, changed-only scans everything (with a notice) and no comment is written', async () => {
    const root = tempTree({ 'a.pkl': MALICIOUS_PICKLE });
    const r = await action(root, { 'changed-only': 'true', 'pr-comment': 'true', 'github-token': 'tok', annotations: 'false', summary: 'false' }, prEnv(root, 'push'));
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/::notice::modelscan-action: changed-only applies to pull_request events/);
    expect(gh.requests).toEqual([]);
  });

  it('when the files cannot be listed, scans everything with a warning', async () => {
    const root = tempTree({ 'a.pkl': MALICIOUS_PICKLE });
    const env = { ...prEnv(root), GITHUB_REPOSITORY: 'o/unknown' };
    const r = await action(root, { 'changed-only': 'true', 'github-token': 'tok', annotations: 'false', summary: 'false' }, env);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/::warning::modelscan-action: could not list the files of #7 \(Not Found/);
  });
});
