import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, type CliIo } from '../../src/cli/main.js';
import { HubClient, HubError, nextLink } from '../../src/hub/client.js';
import { BytesNotFetched, HubSource } from '../../src/hub/source.js';
import { listHubFiles, parseHubRepo, scanHubRepo } from '../../src/hub/scan.js';
import { assertValidSarif } from '../helpers/sarif-schema.js';
import { BENIGN_PICKLE, MALICIOUS_PICKLE, tempTree } from '../helpers/temp.js';
import { type FakeHub, deadEndpoint, startFakeHub } from './server.js';

const fixtures = resolve(import.meta.dirname, '../fixtures/models');
const MiB = 1024 * 1024;
/** A PyTorch-style zip: the pickle first, 32 MiB of stored tensor data, the directory at the end. */
const BIG_TORCH = zipSync(
  {
    'archive/data.pkl': [MALICIOUS_PICKLE, { level: 0 }],
    'archive/data/0': [new Uint8Array(32 * MiB).fill(7), { level: 0 }],
    'archive/version': [Buffer.from('3\n'), { level: 0 }],
  },
  {},
);
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

let hub: FakeHub;
beforeAll(async () => {
  hub = await startFakeHub({
    'org/models': {
      files: {
        'README.md': Buffer.from('# hi'),
        'evil.pkl': MALICIOUS_PICKLE,
        'weights/state_dict.pt': readFileSync(join(fixtures, 'torch_state_dict.pt')),
        'big/pytorch_model.bin': BIG_TORCH,
        'good.pkl': BENIGN_PICKLE,
      },
      lfs: (p) => p !== 'good.pkl',
    },
    'org/private': { files: { 'model.pkl': MALICIOUS_PICKLE }, token: 'hf_secret' },
  });
});
afterAll(async () => hub.close());

async function cli(args: string[], env: Record<string, string | undefined>, cwd = tempTree({})) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), isTty: false, cwd, env };
  return { code: await run(args, io), stdout, stderr, cwd };
}

describe('Hub: repository names', () => {
  it('parses org/name[@revision] and rejects the rest in one line', () => {
    expect(parseHubRepo('org/name')).toEqual({ repo: 'org/name', revision: 'main' });
    expect(parseHubRepo('org/name@v1.0')).toEqual({ repo: 'org/name', revision: 'v1.0' });
    expect(parseHubRepo('org/name@refs/pr/1')).toEqual({ repo: 'org/name', revision: 'refs/pr/1' });
    for (const bad of ['name', 'a/b/c', '../x/y', 'org/..', 'org/name@', 'org/na me']) expect(() => parseHubRepo(bad), bad).toThrow(HubError);
  });

  it('follows rel="next" links', () => {
    expect(nextLink('<https://h/api?cursor=2>; rel="next"', 'https://h/x')).toBe('https://h/api?cursor=2');
    expect(nextLink('</a?c=1>; rel="next"', 'http://127.0.0.1:9/x')).toBe('http://127.0.0.1:9/a?c=1');
    expect(nextLink(null, 'x')).toBeUndefined();
  });
});

describe('Hub: listing and scanning in place', () => {
  it('lists every file through pagination, with LFS sha256', async () => {
    const client = new HubClient({ endpoint: hub.endpoint });
    const files = await listHubFiles(client, { repo: 'org/models', revision: 'main' });
    expect(files.map((f) => f.path).sort()).toEqual(['README.md', 'big/pytorch_model.bin', 'evil.pkl', 'good.pkl', 'weights/state_dict.pt']);
    expect(files.find((f) => f.path === 'evil.pkl')?.sha256).toBe(sha(MALICIOUS_PICKLE));
    expect(files.find((f) => f.path === 'good.pkl')?.sha256).toBeUndefined();
  });

  it('finds the payload in a 32 MiB checkpoint while fetching a small fraction of it', async () => {
    hub.served.clear();
    const client = new HubClient({ endpoint: hub.endpoint });
    const report = await scanHubRepo({ repo: 'org/models', revision: 'main' }, { client });
    const byPath = Object.fromEntries(report.files.map((f) => [f.file, f]));
    expect(Object.keys(byPath)).not.toContain('README.md'); // never fetched
    expect(byPath['big/pytorch_model.bin']!.findings.map((f) => [f.ruleId, f.callable, f.member])).toEqual([['pickle/code-execution', 'os.system', 'archive/data.pkl']]);
    expect(byPath['big/pytorch_model.bin']!.status).toBe('complete');
    expect(byPath['evil.pkl']!.findings[0]!.severity).toBe('critical');
    expect(byPath['weights/state_dict.pt']!.findings).toEqual([]);
    expect(byPath['weights/state_dict.pt']!.status).toBe('complete');
    expect(byPath['good.pkl']!.findings).toEqual([]);
    expect(hub.served.get('big/pytorch_model.bin')!).toBeLessThan(1 * MiB);
    expect(hub.served.has('README.md')).toBe(false);
    expect(byPath['evil.pkl']!.absolutePath).toBe(`${hub.endpoint}/org/models/resolve/main/evil.pkl`);
  });

  it('CLI --hf: gate, SARIF (Hub URLs) and JSON with the Hub\'s sha256', async () => {
    const r = await cli(['scan', '--hf', 'org/models', '--format', 'json', '--sarif', 'r.sarif', '--hash', '--no-progress'], { HF_ENDPOINT: hub.endpoint });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.root).toBe(`${hub.endpoint}/org/models/blob/main/`);
    const files = Object.fromEntries(json.files.map((f: { file: string }) => [f.file, f]));
    expect(files['evil.pkl'].sha256).toBe(sha(MALICIOUS_PICKLE));
    expect(files['good.pkl'].sha256).toBe(sha(BENIGN_PICKLE)); // not LFS: hashed from its bytes (--hash)
    const sarif = JSON.parse(readFileSync(join(r.cwd, 'r.sarif'), 'utf8'));
    assertValidSarif(sarif);
    expect(sarif.runs[0].originalUriBaseIds['%SRCROOT%'].uri).toBe(`${hub.endpoint}/org/models/blob/main/`);
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'big/pytorch_model.bin', uriBaseId: '%SRCROOT%' });
  });

  it('applies the local configuration (suppressions name paths in the repository) and --exclude', async () => {
    const cwd = tempTree({
      '.modelscan.yml': 'suppressions:\n  - { file: evil.pkl, rule: pickle/code-execution, reason: known test file }\n  - { file: not-scanned.pkl, rule: pickle/code-execution, reason: x }\n',
    });
    const r = await cli(['scan', '--hf', 'org/models@main', '--exclude', 'big/**', '--format', 'json', '--no-progress'], { HF_ENDPOINT: hub.endpoint }, cwd);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.summary.suppressed).toBe(1);
    expect(json.files.map((f: { file: string }) => f.file)).not.toContain('big/pytorch_model.bin');
    expect(json.files.map((f: { file: string }) => f.file)).not.toContain('.modelscan.yml'); // a partial scan: no "unused" noise
  });
});

describe('Hub: tokens, errors and retries', () => {
  it('sends HF_TOKEN as a bearer token to the Hub only, never to the CDN it redirects to', async () => {
    hub.log.length = 0;
    const denied = await cli(['scan', '--hf', 'org/private'], { HF_ENDPOINT: hub.endpoint });
    expect(denied.code).toBe(2);
    expect(denied.stderr).toBe(
      'modelscan-action: org/private@main: HTTP 401: authentication required: the repository is private or gated, or does not exist; set HF_TOKEN (Invalid username or password.)\n',
    );
    const wrong = await cli(['scan', '--hf', 'org/private'], { HF_ENDPOINT: hub.endpoint, HF_TOKEN: 'hf_wrong' });
    expect(wrong.stderr).toMatch(/HTTP 401: access denied: the repository is private or gated and HF_TOKEN has no access to it/);
    hub.log.length = 0;
    const ok = await cli(['scan', '--hf', 'org/private', '--no-progress'], { HF_ENDPOINT: hub.endpoint, HF_TOKEN: 'hf_secret' });
    expect(ok.code).toBe(1);
    expect(hub.log.filter((l) => l.server === 'hub').every((l) => l.auth === 'Bearer hf_secret')).toBe(true);
    expect(hub.log.filter((l) => l.server === 'cdn').length).toBeGreaterThan(0);
    expect(hub.log.filter((l) => l.server === 'cdn').every((l) => l.auth === undefined)).toBe(true);
  });

  it('a missing repository or revision, and a bad name, are one line each, exit 2', async () => {
    const env = { HF_ENDPOINT: hub.endpoint };
    expect(await cli(['scan', '--hf', 'org/nope'], env)).toMatchObject({ code: 2, stderr: 'modelscan-action: org/nope@main: HTTP 404: repository or revision not found\n' });
    expect((await cli(['scan', '--hf', 'org/models@v9'], env)).stderr).toBe('modelscan-action: org/models@v9: HTTP 404: revision not found\n');
    expect((await cli(['scan', '--hf', 'nope'], env)).stderr).toBe('modelscan-action: invalid Hugging Face repository "nope": expected org/name or org/name@revision\n');
    expect((await cli(['scan', 'x', '--hf', 'org/models'], env)).code).toBe(2);
  });

  it('an unreachable host is one line after bounded retries', async () => {
    const dead = await deadEndpoint();
    const client = new HubClient({ endpoint: dead, retries: 2, backoffMs: 1 });
    const error = await listHubFiles(client, { repo: 'org/x', revision: 'main' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HubError);
    expect((error as Error).message).toBe(`org/x@main: cannot reach ${dead.slice('http://'.length)}: ECONNREFUSED`);
    expect(client.requests).toBe(3);
    const r = await cli(['scan', '--hf', 'org/x'], { HF_ENDPOINT: 'not a url' });
    expect(r).toMatchObject({ code: 2, stderr: 'modelscan-action: HF_ENDPOINT "not a url" is not a URL\n' });
  });

  it('retries 429 (honouring Retry-After) and 5xx with backoff, then gives one line', async () => {
    const client = new HubClient({ endpoint: hub.endpoint, retries: 3, backoffMs: 1 });
    hub.rateLimit(2);
    expect(await listHubFiles(client, { repo: 'org/models', revision: 'main' })).toHaveLength(5);
    hub.rateLimit(10);
    const error = (await listHubFiles(client, { repo: 'org/models', revision: 'main' }).catch((e: unknown) => e)) as Error;
    expect(error.message).toBe('org/models@main: HTTP 429: rate limited by the Hub after retries; try again later, or set HF_TOKEN for a higher limit');
    hub.rateLimit(0);
    hub.failCdn(2);
    const report = await scanHubRepo({ repo: 'org/models', revision: 'main' }, { client, exclude: ['big/**', 'weights/**', 'good.pkl'] });
    expect(report.files[0]!.findings[0]!.callable).toBe('os.system');
    hub.failCdn(10);
    const failed = await scanHubRepo({ repo: 'org/models', revision: 'main' }, { client, exclude: ['big/**', 'weights/**', 'good.pkl'] });
    hub.failCdn(0);
    expect(failed.files[0]).toMatchObject({ status: 'error', findings: [{ ruleId: 'scan/read-error' }] });
    expect(failed.files[0]!.reasons[0]).toMatch(/HTTP 503: the Hub had a server error \(after retries\)/);
  });
});

describe('HubSource', () => {
  const url = () => `${hub.endpoint}/org/models/resolve/main/big/pytorch_model.bin`;

  it('answers from a block cache, fetching contiguous missing blocks in one request', async () => {
    const client = new HubClient({ endpoint: hub.endpoint });
    const source = new HubSource(client, url(), BIG_TORCH.length, 'big', { blockSize: 1024 });
    expect(() => source.read(1000, 3000)).toThrow(BytesNotFetched);
    hub.log.length = 0;
    await source.fetchMissing();
    expect(hub.log.filter((l) => l.server === 'cdn').map((l) => l.range)).toEqual(['bytes=0-4095']);
    expect(Buffer.from(source.read(1000, 3000))).toEqual(Buffer.from(BIG_TORCH.subarray(1000, 4000)));
    expect(() => source.read(BIG_TORCH.length - 1, 10)).toThrow(BytesNotFetched);
    expect(source.hasMissing).toBe(true);
    await source.fetchMissing();
    expect(source.read(BIG_TORCH.length - 1, 10)).toHaveLength(1);
  });

  it('keeps at most maxBlocks blocks (LRU) and stops at the fetch budget', async () => {
    const client = new HubClient({ endpoint: hub.endpoint });
    const source = new HubSource(client, url(), BIG_TORCH.length, 'big', { blockSize: 1024, maxBlocks: 4, maxFetchBytes: 16 * 1024 });
    source.want(0, 1024);
    await source.fetchMissing();
    source.want(8 * 1024, 2 * 1024);
    await source.fetchMissing();
    expect(source.read(0, 1)).toHaveLength(1);
    source.want(12 * 1024, 2 * 1024);
    await source.fetchMissing();
    expect(source.read(12 * 1024, 2048)).toHaveLength(2048);
    expect(() => source.read(8 * 1024, 1)).toThrow(BytesNotFetched); // least recently used: evicted
    let ok = true;
    for (let i = 0; i < 20 && ok; i++) {
      source.want((100 + i * 4) * 1024, 2048);
      ok = await source.fetchMissing();
    }
    expect(ok).toBe(false);
    expect(source.fetchedBytes).toBeLessThanOrEqual(16 * 1024);
    expect(source.exhausted).toBe(true);
    expect(() => source.read(200 * 1024, 1)).toThrow(/needs more than 0 MiB/);
  });
});

describe('action: hf-repo', () => {
  it('scans the repository, and a missing one fails the step with one line', async () => {
    const { runAction } = await import('../config/run-action.js');
    const root = tempTree({});
    const ok = await runAction(root, { 'hf-repo': 'org/models', annotations: 'false', summary: 'false' }, { HF_ENDPOINT: hub.endpoint });
    expect(ok.exitCode).toBe(1);
    expect(ok.outputs).toMatch(/highest-severity<<[^\n]*\ncritical/);
    const missing = await runAction(root, { 'hf-repo': 'org/nope@main' }, { HF_ENDPOINT: hub.endpoint });
    expect(missing.stdout.split('\n').filter((l) => l.startsWith('::error'))).toEqual([
      '::error::modelscan-action: org/nope@main: HTTP 404: repository or revision not found',
    ]);
  });
});
