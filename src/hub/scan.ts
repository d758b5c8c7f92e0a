import { createHash } from 'node:crypto';
import picomatch from 'picomatch';
import { PROBE_HEAD_BYTES, PROBE_TAIL_BYTES } from '../core/scanner.js';
import { type ScanOptions, scanFile } from '../core/scan.js';
import type { CandidateFile } from '../core/discover.js';
import type { FileResult, ScanReport } from '../core/types.js';
import { TOOL_NAME, TOOL_VERSION } from '../core/version.js';
import { ruleFor } from '../policy/rules.js';
import { HubClient, HubError } from './client.js';
import { BytesNotFetched, HubSource, type HubSourceOptions } from './source.js';

/** `org/name` at a revision (branch, tag or commit). */
export interface HubRepo {
  repo: string;
  revision: string;
}

/** Parses `org/name[@revision]` (the revision defaults to `main`). Throws HubError naming what is wrong. */
export function parseHubRepo(text: string): HubRepo {
  const trimmed = text.trim();
  const at = trimmed.indexOf('@');
  const repo = at < 0 ? trimmed : trimmed.slice(0, at);
  const revision = at < 0 ? 'main' : trimmed.slice(at + 1);
  const part = /^[A-Za-z0-9][A-Za-z0-9._-]{0,95}$/;
  const [owner, name, ...rest] = repo.split('/');
  if (!owner || !name || rest.length > 0 || !part.test(owner) || !part.test(name) || name.includes('..')) {
    throw new HubError(`invalid Hugging Face repository "${text}": expected org/name or org/name@revision`);
  }
  if (!revision || /[\s\u0000-\u001f]/.test(revision) || revision.includes('..')) {
    throw new HubError(`invalid revision in "${text}": expected a branch, tag or commit after @`);
  }
  return { repo, revision };
}

/** One file of a repository listing. */
export interface HubFile {
  path: string;
  size: number;
  /** SHA-256 of an LFS (or Xet) file, as the Hub records it. */
  sha256?: string;
}

interface TreeEntry {
  type?: string;
  path?: string;
  size?: number;
  lfs?: { oid?: string; size?: number };
}

const MAX_LISTED_FILES = 100_000;

/** Every file of the repository at the revision: `GET {endpoint}/api/models/{repo}/tree/{revision}?recursive=true`, paginated. */
export async function listHubFiles(client: HubClient, target: HubRepo): Promise<HubFile[]> {
  const what = `${target.repo}@${target.revision}`;
  let url: string | undefined = `${client.endpoint}/api/models/${target.repo}/tree/${encodeURIComponent(target.revision)}?recursive=true`;
  const files: HubFile[] = [];
  const seen = new Set<string>();
  while (url) {
    if (seen.has(url)) break;
    seen.add(url);
    const page: { body: unknown; next?: string } = await client.getJson(url, what);
    if (!Array.isArray(page.body)) throw new HubError(`${what}: unexpected answer from the Hub (not a file list)`);
    for (const entry of page.body as TreeEntry[]) {
      if (entry?.type !== 'file' || typeof entry.path !== 'string') continue;
      const size = entry.lfs?.size ?? entry.size;
      if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) continue;
      const file: HubFile = { path: entry.path, size };
      if (typeof entry.lfs?.oid === 'string' && /^[0-9a-f]{64}$/i.test(entry.lfs.oid)) file.sha256 = entry.lfs.oid.toLowerCase();
      files.push(file);
      if (files.length > MAX_LISTED_FILES) throw new HubError(`${what}: more than ${MAX_LISTED_FILES} files; scan a narrower revision or use exclude`);
    }
    url = page.next;
  }
  return files;
}

/** Files that are certainly not models and that no scanner reads: not fetched at all. */
const SKIP_EXTENSIONS = new Set([
  '.md', '.txt', '.gitattributes', '.gitignore', '.png', '.jpg', '.jpeg', '.gif', '.svg', '.webp', '.ico', '.pdf',
  '.py', '.ipynb', '.csv', '.tsv', '.parquet', '.arrow', '.wav', '.mp3', '.flac', '.mp4', '.license',
]);

export function wantedHubFile(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  if (base === 'license' || base === 'notice' || base === '.gitattributes') return false;
  const dot = base.lastIndexOf('.');
  return dot < 0 || !SKIP_EXTENSIONS.has(base.slice(dot));
}

export interface HubScanOptions extends Omit<ScanOptions, 'root' | 'open'> {
  client: HubClient;
  /** Globs (paths in the repository) to leave out. */
  exclude?: readonly string[];
  /** Record SHA-256 of files the Hub does not give one for (small, non-LFS files: read whole). */
  hash?: boolean;
  source?: HubSourceOptions;
  /** Rescans of one file while fetching what it needs. Default 200. */
  maxPasses?: number;
}

/**
 * Scans a Hub repository without downloading it: each file is scanned from a
 * range-fetching HubSource. The scanners are synchronous readers, so a pass
 * that asks for bytes not fetched yet is thrown away, the missing blocks are
 * fetched (in one batch), and the file is scanned again — the cache only
 * grows, so this converges in a few passes (head/tail, zip directory, the
 * pickles) and never fetches tensor data a scanner does not read.
 * Listing failures (401, 404, 429, unreachable) throw HubError.
 */
export async function scanHubRepo(target: HubRepo, options: HubScanOptions): Promise<ScanReport> {
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const { client } = options;
  const listing = await listHubFiles(client, target);
  const excluded = options.exclude && options.exclude.length > 0 ? picomatch([...options.exclude], { dot: true }) : () => false;
  const files = listing.filter((f) => wantedHubFile(f.path) && !excluded(f.path)).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const root = `${client.endpoint}/${target.repo}/blob/${encodeURIComponent(target.revision)}/`;
  const results: FileResult[] = [];
  for (const file of files) {
    const result = await scanHubFile(target, file, options);
    results.push(result);
    options.onFile?.(result);
  }
  return {
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    root,
    startedAt,
    durationMs: performance.now() - started,
    files: results,
    errors: [],
    skipped: [],
  };
}

export function resolveUrl(client: HubClient, target: HubRepo, path: string): string {
  return `${client.endpoint}/${target.repo}/resolve/${encodeURIComponent(target.revision)}/${path.split('/').map(encodeURIComponent).join('/')}`;
}

async function scanHubFile(target: HubRepo, file: HubFile, options: HubScanOptions): Promise<FileResult> {
  const { client } = options;
  const url = resolveUrl(client, target, file.path);
  const source = new HubSource(client, url, file.size, `${target.repo}@${target.revision}: ${file.path}`, options.source);
  const candidate: CandidateFile = { absolutePath: url, relativePath: file.path, explicit: false };
  const scanOptions: ScanOptions = { ...options, root: '', open: () => source };
  delete (scanOptions as { onFile?: unknown }).onFile;
  // What every scan reads first: the probe's head and tail.
  source.want(0, Math.max(PROBE_HEAD_BYTES, source.blockSize));
  source.want(Math.max(0, file.size - PROBE_TAIL_BYTES), PROBE_TAIL_BYTES);
  const maxPasses = options.maxPasses ?? 200;
  let result: FileResult | undefined;
  try {
    for (let pass = 0; ; pass++) {
      if (source.hasMissing) {
        if (pass >= maxPasses) source.exhaust();
        else await source.fetchMissing();
      }
      let thrown: unknown;
      try {
        result = await scanFile(candidate, scanOptions);
      } catch (error) {
        thrown = error;
      }
      if (!source.hasMissing) {
        if (thrown !== undefined && !(thrown instanceof BytesNotFetched)) throw thrown;
        break;
      }
    }
  } catch (error) {
    const message = error instanceof HubError ? error.message : error instanceof Error ? error.message : String(error);
    return {
      file: file.path,
      absolutePath: url,
      size: file.size,
      formats: [],
      status: 'error',
      reasons: [`cannot read from the Hub: ${message}`],
      findings: [{ ruleId: 'scan/read-error', severity: ruleFor('scan/read-error').severity, file: file.path, format: 'file', message: `The file could not be read from the Hub: ${message}.` }],
      durationMs: 0,
    };
  }
  const out = result!;
  out.absolutePath = url;
  if (file.sha256) out.sha256 = file.sha256;
  else if (options.hash && out.status !== 'ignored' && file.size <= 64 * 1024 * 1024) {
    out.sha256 = await hashWhole(source, file.size).catch(() => undefined);
  }
  return out;
}

/** SHA-256 of a small remote file, through the same cache. */
async function hashWhole(source: HubSource, size: number): Promise<string> {
  for (let pass = 0; pass < 3; pass++) {
    try {
      return createHash('sha256').update(source.read(0, size)).digest('hex');
    } catch (error) {
      if (!(error instanceof BytesNotFetched)) throw error;
      await source.fetchMissing();
    }
  }
  throw new Error('could not fetch the file');
}
