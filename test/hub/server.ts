// A stand-in for the Hugging Face Hub on 127.0.0.1: the tree API (paginated), resolve URLs that
// redirect to a second "CDN" origin serving HTTP Range requests, auth, errors and rate limits.
import { createHash } from 'node:crypto';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeRepo {
  files: Record<string, Uint8Array>;
  /** Paths stored as LFS (the listing carries their sha256). Default: every file over 1 KiB. */
  lfs?: (path: string) => boolean;
  /** Requires `Authorization: Bearer <token>`. */
  token?: string;
}

export interface FakeHub {
  endpoint: string;
  cdn: string;
  /** Bytes served by the CDN, per path. */
  served: Map<string, number>;
  /** Every request: method, url, whether it carried Authorization, the Range header. */
  log: { server: 'hub' | 'cdn'; url: string; auth: string | undefined; range: string | undefined }[];
  /** Answer the next N hub requests with 429 (Retry-After: 0). */
  rateLimit(n: number): void;
  /** Answer the next N CDN requests with 503. */
  failCdn(n: number): void;
  close(): Promise<void>;
}

const PAGE = 3;

export async function startFakeHub(repos: Record<string, FakeRepo>, revision = 'main'): Promise<FakeHub> {
  let limited = 0;
  let cdnFailures = 0;
  const served = new Map<string, number>();
  const log: FakeHub['log'] = [];
  const blobs = new Map<string, { repo: string; path: string; bytes: Uint8Array }>();

  const cdn = await listen((req, res) => {
    log.push({ server: 'cdn', url: req.url ?? '', auth: req.headers.authorization, range: req.headers.range });
    if (cdnFailures > 0) {
      cdnFailures--;
      return send(res, 503, 'busy');
    }
    const id = new URL(req.url ?? '/', 'http://x').pathname.slice('/blob/'.length);
    const blob = blobs.get(id);
    if (!blob) return send(res, 404, 'no such blob');
    const m = /^bytes=(\d+)-(\d+)?$/.exec(req.headers.range ?? '');
    const size = blob.bytes.length;
    if (!m) {
      served.set(blob.path, (served.get(blob.path) ?? 0) + size);
      res.writeHead(200, { 'Content-Length': size, 'Accept-Ranges': 'bytes' });
      return res.end(Buffer.from(blob.bytes));
    }
    const start = Number(m[1]);
    const end = Math.min(size - 1, m[2] === undefined ? size - 1 : Number(m[2]));
    if (start >= size) {
      res.writeHead(416, { 'Content-Range': `bytes */${size}` });
      return res.end();
    }
    const body = blob.bytes.subarray(start, end + 1);
    served.set(blob.path, (served.get(blob.path) ?? 0) + body.length);
    res.writeHead(206, { 'Content-Range': `bytes ${start}-${end}/${size}`, 'Content-Length': body.length });
    res.end(Buffer.from(body));
  });

  const hub = await listen((req, res) => {
    log.push({ server: 'hub', url: req.url ?? '', auth: req.headers.authorization, range: req.headers.range });
    if (limited > 0) {
      limited--;
      res.writeHead(429, { 'Retry-After': '0' });
      return res.end('slow down');
    }
    const url = new URL(req.url ?? '/', 'http://x');
    const tree = /^\/api\/models\/([^/]+\/[^/]+)\/tree\/([^/]+)$/.exec(url.pathname);
    const resolve = /^\/([^/]+\/[^/]+)\/resolve\/([^/]+)\/(.+)$/.exec(url.pathname);
    const repoId = tree?.[1] ?? resolve?.[1];
    const repo = repoId ? repos[repoId] : undefined;
    if (!repo) return send(res, 404, 'Repository not found', { 'X-Error-Code': 'RepoNotFound' });
    if (repo.token && req.headers.authorization !== `Bearer ${repo.token}`) {
      return send(res, 401, 'Invalid credentials', { 'X-Error-Code': 'RepoNotFound', 'X-Error-Message': 'Invalid username or password.' });
    }
    const rev = decodeURIComponent((tree?.[2] ?? resolve?.[2])!);
    if (rev !== revision) return send(res, 404, 'Revision not found', { 'X-Error-Code': 'RevisionNotFound' });
    if (tree) {
      if (url.searchParams.get('recursive') !== 'true') return send(res, 400, 'expected recursive=true');
      const isLfs = repo.lfs ?? ((_: string) => true);
      const entries = Object.entries(repo.files).flatMap(([path, bytes]) => {
        const dirs = path.split('/').slice(0, -1).map((_, i, a) => ({ type: 'directory', path: a.slice(0, i + 1).join('/'), oid: 'x', size: 0 }));
        const file: Record<string, unknown> = { type: 'file', path, size: bytes.length, oid: createHash('sha1').update(bytes).digest('hex') };
        if (isLfs(path)) file.lfs = { oid: createHash('sha256').update(bytes).digest('hex'), size: bytes.length, pointerSize: 134 };
        return [...dirs, file];
      });
      const cursor = Number(url.searchParams.get('cursor') ?? 0);
      const page = entries.slice(cursor, cursor + PAGE);
      const headers: Record<string, string> = { 'Content-Type': 'application/json' };
      if (cursor + PAGE < entries.length) headers.Link = `<${url.pathname}?recursive=true&cursor=${cursor + PAGE}>; rel="next"`;
      res.writeHead(200, headers);
      return res.end(JSON.stringify(page));
    }
    const path = decodeURIComponent(resolve![3]!);
    const bytes = repo.files[path];
    if (!bytes) return send(res, 404, 'Entry not found', { 'X-Error-Code': 'EntryNotFound' });
    const id = createHash('sha256').update(`${repoId}/${path}`).digest('hex');
    blobs.set(id, { repo: repoId!, path, bytes });
    // Like the Hub: a redirect to a signed CDN URL on another origin.
    res.writeHead(302, { Location: `${cdnUrl}/blob/${id}?signature=abc` });
    res.end();
  });

  const endpoint = `http://127.0.0.1:${(hub.address() as AddressInfo).port}`;
  const cdnUrl = `http://127.0.0.1:${(cdn.address() as AddressInfo).port}`;
  return {
    endpoint,
    cdn: cdnUrl,
    served,
    log,
    rateLimit: (n) => void (limited = n),
    failCdn: (n) => void (cdnFailures = n),
    close: async () => {
      await Promise.all([close(hub), close(cdn)]);
    },
  };
}

function send(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'text/plain', ...headers });
  res.end(text);
}

function listen(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<Server> {
  const server = createServer(handler);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function close(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

/** A free port nothing listens on (connections are refused). */
export async function deadEndpoint(): Promise<string> {
  const server = await listen(() => undefined);
  const port = (server.address() as AddressInfo).port;
  await close(server);
  return `http://127.0.0.1:${port}`;
}
