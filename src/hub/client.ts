/**
 * A small Hugging Face Hub HTTP client: JSON API calls and byte-range reads,
 * with bounded retries on 429 / 5xx / network errors, and one-line errors.
 * Node's built-in fetch; redirects followed by hand so the token is only
 * ever sent to the Hub endpoint itself, never to the CDN a file redirects to.
 */

export const DEFAULT_HF_ENDPOINT = 'https://huggingface.co';

/** A failure the user can act on, as one line (no stack trace is ever shown for it). */
export class HubError extends Error {
  override readonly name = 'HubError';
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

export interface HubClientOptions {
  /** Hub base URL (HF_ENDPOINT). Default https://huggingface.co. */
  endpoint?: string;
  /** Access token (HF_TOKEN), sent as `Authorization: Bearer`. */
  token?: string;
  /** Retries after the first attempt on 429, 5xx and network errors. Default 4. */
  retries?: number;
  /** First backoff delay; doubles each retry (Retry-After wins, capped by maxBackoffMs). Default 500 ms. */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** Per request. Default 60 s. */
  timeoutMs?: number;
  /** For tests. */
  fetch?: typeof fetch;
}

/** HF_ENDPOINT and HF_TOKEN, as the official clients read them (HUGGING_FACE_HUB_TOKEN is the older name). */
export function hubOptionsFromEnv(env: Record<string, string | undefined>): HubClientOptions {
  const options: HubClientOptions = {};
  const endpoint = env.HF_ENDPOINT?.trim();
  if (endpoint) options.endpoint = endpoint;
  const token = (env.HF_TOKEN ?? env.HUGGING_FACE_HUB_TOKEN)?.trim();
  if (token) options.token = token;
  return options;
}

const MAX_REDIRECTS = 10;

export class HubClient {
  readonly endpoint: string;
  private readonly origin: string;
  private readonly token: string | undefined;
  private readonly retries: number;
  private readonly backoffMs: number;
  private readonly maxBackoffMs: number;
  private readonly timeoutMs: number;
  private readonly fetchImpl: typeof fetch;
  /** Requests made (tests, diagnostics). */
  requests = 0;

  constructor(options: HubClientOptions = {}) {
    const endpoint = (options.endpoint ?? DEFAULT_HF_ENDPOINT).replace(/\/+$/, '');
    let url: URL;
    try {
      url = new URL(endpoint);
    } catch {
      throw new HubError(`HF_ENDPOINT "${endpoint}" is not a URL`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new HubError(`HF_ENDPOINT "${endpoint}" is not an http(s) URL`);
    this.endpoint = endpoint;
    this.origin = url.origin;
    this.token = options.token;
    this.retries = Math.max(0, options.retries ?? 4);
    this.backoffMs = options.backoffMs ?? 500;
    this.maxBackoffMs = options.maxBackoffMs ?? 30_000;
    this.timeoutMs = options.timeoutMs ?? 60_000;
    this.fetchImpl = options.fetch ?? fetch;
  }

  /** GET a JSON document; returns it with the next-page URL from the Link header, if any. */
  async getJson(url: string, what: string): Promise<{ body: unknown; next?: string }> {
    const response = await this.request(url, {}, what);
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new HubError(`${what}: the Hub answered with something that is not JSON`);
    }
    const next = nextLink(response.headers.get('link'), response.url || url);
    return next ? { body, next } : { body };
  }

  /** Bytes [start, end) of a file URL (a Range request; redirects followed). */
  async getRange(url: string, start: number, end: number, what: string): Promise<Uint8Array> {
    const want = end - start;
    if (want <= 0) return new Uint8Array(0);
    const response = await this.request(url, { Range: `bytes=${start}-${end - 1}` }, what);
    if (response.status === 206) {
      const range = /^bytes (\d+)-(\d+)\//.exec(response.headers.get('content-range') ?? '');
      if (range && Number(range[1]) !== start) throw new HubError(`${what}: the server returned bytes from ${range[1]} instead of ${start}`);
      const bytes = new Uint8Array(await response.arrayBuffer());
      if (bytes.length < want) throw new HubError(`${what}: the server returned ${bytes.length} bytes instead of ${want} (file shorter than listed?)`);
      return bytes.length === want ? bytes : bytes.subarray(0, want);
    }
    // 200: the server ignored Range. Acceptable only from the start of the file: read what we need, drop the rest.
    if (start !== 0 || !response.body) {
      await response.body?.cancel();
      throw new HubError(`${what}: the server does not support range requests`);
    }
    const out = new Uint8Array(want);
    let got = 0;
    const reader = response.body.getReader();
    while (got < want) {
      const { done, value } = await reader.read();
      if (done) break;
      const take = Math.min(value.length, want - got);
      out.set(value.subarray(0, take), got);
      got += take;
    }
    await reader.cancel().catch(() => undefined);
    if (got < want) throw new HubError(`${what}: the file is shorter than listed (${got} of ${want} bytes)`);
    return out;
  }

  /** One GET, following redirects, retrying what is worth retrying. Throws HubError on anything but 2xx. */
  private async request(url: string, headers: Record<string, string>, what: string): Promise<Response> {
    for (let attempt = 0; ; attempt++) {
      let response: Response;
      try {
        response = await this.follow(url, headers);
      } catch (error) {
        if (error instanceof HubError) throw error;
        if (attempt < this.retries) {
          await sleep(this.delay(attempt));
          continue;
        }
        throw new HubError(`${what}: cannot reach ${hostOf(url)}: ${networkReason(error)}`);
      }
      if (response.ok) return response;
      const retryable = response.status === 429 || response.status >= 500;
      if (retryable && attempt < this.retries) {
        await response.body?.cancel().catch(() => undefined);
        await sleep(this.delay(attempt, response.headers.get('retry-after')));
        continue;
      }
      const code = response.headers.get('x-error-code') ?? '';
      const detail = (response.headers.get('x-error-message') ?? '').split('\n')[0]!.slice(0, 200);
      await response.body?.cancel().catch(() => undefined);
      throw new HubError(`${what}: ${explain(response.status, code, Boolean(this.token))}${detail ? ` (${detail})` : ''}`, response.status);
    }
  }

  private async follow(url: string, headers: Record<string, string>): Promise<Response> {
    let current = url;
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      const sameOrigin = new URL(current).origin === this.origin;
      this.requests++;
      const response = await this.fetchImpl(current, {
        redirect: 'manual',
        headers: {
          ...headers,
          'User-Agent': 'modelscan-action',
          ...(this.token && sameOrigin ? { Authorization: `Bearer ${this.token}` } : {}),
        },
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel().catch(() => undefined);
        current = new URL(location, current).toString();
        continue;
      }
      return response;
    }
    throw new HubError(`too many redirects from ${hostOf(url)}`);
  }

  private delay(attempt: number, retryAfter?: string | null): number {
    const seconds = retryAfter ? Number(retryAfter) : Number.NaN;
    const base = Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : this.backoffMs * 2 ** attempt;
    return Math.min(base, this.maxBackoffMs);
  }
}

function explain(status: number, code: string, hasToken: boolean): string {
  if (status === 401 || status === 403) {
    return hasToken
      ? `HTTP ${status}: access denied: the repository is private or gated and HF_TOKEN has no access to it`
      : `HTTP ${status}: authentication required: the repository is private or gated, or does not exist; set HF_TOKEN`;
  }
  if (status === 404) {
    if (code === 'RevisionNotFound') return 'HTTP 404: revision not found';
    if (code === 'EntryNotFound') return 'HTTP 404: file not found at this revision';
    return 'HTTP 404: repository or revision not found';
  }
  if (status === 429) return 'HTTP 429: rate limited by the Hub after retries; try again later, or set HF_TOKEN for a higher limit';
  if (status === 416) return 'HTTP 416: range not satisfiable (the file is shorter than listed)';
  if (status >= 500) return `HTTP ${status}: the Hub had a server error (after retries)`;
  return `HTTP ${status}`;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code) return cause.code;
  if ((error as { name?: string }).name === 'TimeoutError') return 'timed out';
  return cause?.message ?? (error instanceof Error ? error.message : String(error));
}

/** The `rel="next"` target of a Link header (how the Hub paginates tree listings). */
export function nextLink(header: string | null, base: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(',')) {
    const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
    if (m) return new URL(m[1]!, base).toString();
  }
  return undefined;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
