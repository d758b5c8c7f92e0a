export const id = 3474;
export const ids = [3474];
export const modules = {

/***/ 3474:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HubError: () => (/* reexport */ HubError),
  scanHub: () => (/* binding */ scanHub)
});

// UNUSED EXPORTS: HubClient, hubOptionsFromEnv, listHubFiles, parseHubRepo, scanHubRepo

;// CONCATENATED MODULE: ./lib/hub/client.js
/**
 * A small Hugging Face Hub HTTP client: JSON API calls and byte-range reads,
 * with bounded retries on 429 / 5xx / network errors, and one-line errors.
 * Node's built-in fetch; redirects followed by hand so the token is only
 * ever sent to the Hub endpoint itself, never to the CDN a file redirects to.
 */
const DEFAULT_HF_ENDPOINT = 'https://huggingface.co';
/** A failure the user can act on, as one line (no stack trace is ever shown for it). */
class HubError extends Error {
    status;
    name = 'HubError';
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
/** HF_ENDPOINT and HF_TOKEN, as the official clients read them (HUGGING_FACE_HUB_TOKEN is the older name). */
function hubOptionsFromEnv(env) {
    const options = {};
    const endpoint = env.HF_ENDPOINT?.trim();
    if (endpoint)
        options.endpoint = endpoint;
    const token = (env.HF_TOKEN ?? env.HUGGING_FACE_HUB_TOKEN)?.trim();
    if (token)
        options.token = token;
    return options;
}
const MAX_REDIRECTS = 10;
class HubClient {
    endpoint;
    origin;
    token;
    retries;
    backoffMs;
    maxBackoffMs;
    timeoutMs;
    fetchImpl;
    /** Requests made (tests, diagnostics). */
    requests = 0;
    constructor(options = {}) {
        const endpoint = (options.endpoint ?? DEFAULT_HF_ENDPOINT).replace(/\/+$/, '');
        let url;
        try {
            url = new URL(endpoint);
        }
        catch {
            throw new HubError(`HF_ENDPOINT "${endpoint}" is not a URL`);
        }
        if (url.protocol !== 'https:' && url.protocol !== 'http:')
            throw new HubError(`HF_ENDPOINT "${endpoint}" is not an http(s) URL`);
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
    async getJson(url, what) {
        const response = await this.request(url, {}, what);
        let body;
        try {
            body = await response.json();
        }
        catch {
            throw new HubError(`${what}: the Hub answered with something that is not JSON`);
        }
        const next = nextLink(response.headers.get('link'), response.url || url);
        return next ? { body, next } : { body };
    }
    /** Bytes [start, end) of a file URL (a Range request; redirects followed). */
    async getRange(url, start, end, what) {
        const want = end - start;
        if (want <= 0)
            return new Uint8Array(0);
        const response = await this.request(url, { Range: `bytes=${start}-${end - 1}` }, what);
        if (response.status === 206) {
            const range = /^bytes (\d+)-(\d+)\//.exec(response.headers.get('content-range') ?? '');
            if (range && Number(range[1]) !== start)
                throw new HubError(`${what}: the server returned bytes from ${range[1]} instead of ${start}`);
            const bytes = new Uint8Array(await response.arrayBuffer());
            if (bytes.length < want)
                throw new HubError(`${what}: the server returned ${bytes.length} bytes instead of ${want} (file shorter than listed?)`);
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
            if (done)
                break;
            const take = Math.min(value.length, want - got);
            out.set(value.subarray(0, take), got);
            got += take;
        }
        await reader.cancel().catch(() => undefined);
        if (got < want)
            throw new HubError(`${what}: the file is shorter than listed (${got} of ${want} bytes)`);
        return out;
    }
    /** One GET, following redirects, retrying what is worth retrying. Throws HubError on anything but 2xx. */
    async request(url, headers, what) {
        for (let attempt = 0;; attempt++) {
            let response;
            try {
                response = await this.follow(url, headers);
            }
            catch (error) {
                if (error instanceof HubError)
                    throw error;
                if (attempt < this.retries) {
                    await sleep(this.delay(attempt));
                    continue;
                }
                throw new HubError(`${what}: cannot reach ${hostOf(url)}: ${networkReason(error)}`);
            }
            if (response.ok)
                return response;
            const retryable = response.status === 429 || response.status >= 500;
            if (retryable && attempt < this.retries) {
                await response.body?.cancel().catch(() => undefined);
                await sleep(this.delay(attempt, response.headers.get('retry-after')));
                continue;
            }
            const code = response.headers.get('x-error-code') ?? '';
            const detail = (response.headers.get('x-error-message') ?? '').split('\n')[0].slice(0, 200);
            await response.body?.cancel().catch(() => undefined);
            throw new HubError(`${what}: ${explain(response.status, code, Boolean(this.token))}${detail ? ` (${detail})` : ''}`, response.status);
        }
    }
    async follow(url, headers) {
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
    delay(attempt, retryAfter) {
        const seconds = retryAfter ? Number(retryAfter) : Number.NaN;
        const base = Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : this.backoffMs * 2 ** attempt;
        return Math.min(base, this.maxBackoffMs);
    }
}
function explain(status, code, hasToken) {
    if (status === 401 || status === 403) {
        return hasToken
            ? `HTTP ${status}: access denied: the repository is private or gated and HF_TOKEN has no access to it`
            : `HTTP ${status}: authentication required: the repository is private or gated, or does not exist; set HF_TOKEN`;
    }
    if (status === 404) {
        if (code === 'RevisionNotFound')
            return 'HTTP 404: revision not found';
        if (code === 'EntryNotFound')
            return 'HTTP 404: file not found at this revision';
        return 'HTTP 404: repository or revision not found';
    }
    if (status === 429)
        return 'HTTP 429: rate limited by the Hub after retries; try again later, or set HF_TOKEN for a higher limit';
    if (status === 416)
        return 'HTTP 416: range not satisfiable (the file is shorter than listed)';
    if (status >= 500)
        return `HTTP ${status}: the Hub had a server error (after retries)`;
    return `HTTP ${status}`;
}
function hostOf(url) {
    try {
        return new URL(url).host;
    }
    catch {
        return url;
    }
}
function networkReason(error) {
    const cause = error.cause;
    if (cause?.code)
        return cause.code;
    if (error.name === 'TimeoutError')
        return 'timed out';
    return cause?.message ?? (error instanceof Error ? error.message : String(error));
}
/** The `rel="next"` target of a Link header (how the Hub paginates tree listings). */
function nextLink(header, base) {
    if (!header)
        return undefined;
    for (const part of header.split(',')) {
        const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
        if (m)
            return new URL(m[1], base).toString();
    }
    return undefined;
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
// EXTERNAL MODULE: ./lib/core/scanner.js
var scanner = __webpack_require__(201);
// EXTERNAL MODULE: ./lib/core/scan.js + 8 modules
var scan = __webpack_require__(9346);
// EXTERNAL MODULE: ./lib/core/version.js
var version = __webpack_require__(8067);
// EXTERNAL MODULE: ./lib/policy/rules.js + 4 modules
var rules = __webpack_require__(5497);
;// CONCATENATED MODULE: ./lib/hub/source.js
/**
 * Thrown by HubSource.read when bytes are not in the cache yet. Scanners may
 * catch it (they treat any read error as "not fully scanned"), which is fine:
 * the pass is thrown away and rerun once the missing blocks are fetched.
 */
class BytesNotFetched extends Error {
    name = 'BytesNotFetched';
    constructor() {
        super('bytes not fetched yet');
    }
}
/**
 * A remote file as a synchronous ByteSource. `read` answers from a block
 * cache or records what is missing and throws BytesNotFetched; `fetchMissing`
 * then gets those blocks with HTTP Range requests (contiguous blocks in one
 * request, growing read-ahead for forward walks). See src/hub/scan.ts for the
 * scan-fetch-rescan loop that drives it.
 */
class HubSource {
    client;
    url;
    size;
    what;
    blockSize;
    maxBlocks;
    maxFetchBytes;
    maxReadahead;
    /** Block index -> bytes; Map order is LRU order (oldest first). */
    blocks = new Map();
    missing = new Set();
    /** Consecutive fills that continued right after the previous one (a forward walk). */
    streak = 0;
    lastFetchedEnd = -1;
    fetchedBytes = 0;
    /** Once the fetch budget is spent, reads of missing bytes fail for good (the file is reported incomplete). */
    exhausted = false;
    constructor(client, url, size, what, options = {}) {
        this.client = client;
        this.url = url;
        this.size = size;
        this.what = what;
        this.blockSize = options.blockSize ?? 64 * 1024;
        this.maxBlocks = Math.max(4, options.maxBlocks ?? 4096);
        this.maxFetchBytes = options.maxFetchBytes ?? 1024 * 1024 * 1024;
        this.maxReadahead = options.maxReadaheadBlocks ?? 1024;
    }
    read(offset, length) {
        if (offset < 0 || length < 0)
            throw new RangeError(`bad read at ${offset} (${length} bytes)`);
        const end = Math.min(this.size, offset + length);
        if (end <= offset)
            return new Uint8Array(0);
        const first = Math.floor(offset / this.blockSize);
        const last = Math.floor((end - 1) / this.blockSize);
        let absent = false;
        for (let b = first; b <= last; b++) {
            if (!this.blocks.has(b)) {
                absent = true;
                if (!this.exhausted)
                    this.missing.add(b);
            }
        }
        if (absent) {
            if (this.exhausted) {
                throw new Error(`reading this file over HTTP needs more than ${Math.round(this.maxFetchBytes / 1048576)} MiB, the limit for remote files`);
            }
            throw new BytesNotFetched();
        }
        if (first === last) {
            const block = this.touch(first);
            const start = offset - first * this.blockSize;
            return block.subarray(start, start + (end - offset));
        }
        const out = new Uint8Array(end - offset);
        for (let b = first; b <= last; b++) {
            const block = this.touch(b);
            const blockStart = b * this.blockSize;
            const from = Math.max(offset, blockStart) - blockStart;
            const to = Math.min(end, blockStart + block.length) - blockStart;
            out.set(block.subarray(from, to), blockStart + from - offset);
        }
        return out;
    }
    /** Whether the last pass asked for bytes that are not cached. */
    get hasMissing() {
        return this.missing.size > 0;
    }
    /** Warms the cache for a byte range (the probe's head and tail) before the first pass. */
    want(offset, length) {
        const end = Math.min(this.size, offset + length);
        for (let b = Math.floor(offset / this.blockSize); b * this.blockSize < end; b++)
            if (!this.blocks.has(b))
                this.missing.add(b);
    }
    /**
     * Fetches every missing block: contiguous runs in one Range request each,
     * extended by a read-ahead that doubles while the scanner walks forward.
     * Returns false (and marks the source exhausted) when the budget is spent.
     */
    async fetchMissing() {
        const wanted = [...this.missing].sort((a, b) => a - b);
        this.missing.clear();
        const lastBlock = Math.max(0, Math.ceil(this.size / this.blockSize) - 1);
        const runs = [];
        for (const b of wanted) {
            const run = runs[runs.length - 1];
            if (run && b === run[1] + 1)
                run[1] = b;
            else
                runs.push([b, b]);
        }
        for (const run of runs) {
            const forward = run[0] * this.blockSize === this.lastFetchedEnd;
            this.streak = forward ? this.streak + 1 : 0;
            const ahead = this.streak > 0 ? Math.min(this.maxReadahead, 2 ** this.streak) : 0;
            let to = Math.min(lastBlock, run[1] + ahead, run[0] + this.maxBlocks / 2 - 1);
            while (to > run[1] && this.blocks.has(to))
                to--;
            const start = run[0] * this.blockSize;
            const end = Math.min(this.size, (to + 1) * this.blockSize);
            if (this.fetchedBytes + (end - start) > this.maxFetchBytes) {
                this.exhausted = true;
                return false;
            }
            const bytes = await this.client.getRange(this.url, start, end, this.what);
            this.fetchedBytes += bytes.length;
            this.lastFetchedEnd = end;
            for (let b = run[0]; b <= to; b++) {
                const from = (b - run[0]) * this.blockSize;
                this.put(b, bytes.subarray(from, Math.min(bytes.length, from + this.blockSize)));
            }
        }
        return true;
    }
    /** Gives up on fetching more: reads of uncached bytes fail with a plain error from now on. */
    exhaust() {
        this.exhausted = true;
        this.missing.clear();
    }
    close() {
        // Keep the cache: a rescan reopens the same source. Dropped with the object.
    }
    touch(b) {
        const block = this.blocks.get(b);
        this.blocks.delete(b);
        this.blocks.set(b, block);
        return block;
    }
    put(b, bytes) {
        this.blocks.delete(b);
        this.blocks.set(b, bytes);
        while (this.blocks.size > this.maxBlocks) {
            const oldest = this.blocks.keys().next().value;
            this.blocks.delete(oldest);
        }
    }
}

;// CONCATENATED MODULE: ./lib/hub/scan.js








/** Parses `org/name[@revision]` (the revision defaults to `main`). Throws HubError naming what is wrong. */
function parseHubRepo(text) {
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
const MAX_LISTED_FILES = 100_000;
/** Every file of the repository at the revision: `GET {endpoint}/api/models/{repo}/tree/{revision}?recursive=true`, paginated. */
async function listHubFiles(client, target) {
    const what = `${target.repo}@${target.revision}`;
    let url = `${client.endpoint}/api/models/${target.repo}/tree/${encodeURIComponent(target.revision)}?recursive=true`;
    const files = [];
    const seen = new Set();
    while (url) {
        if (seen.has(url))
            break;
        seen.add(url);
        const page = await client.getJson(url, what);
        if (!Array.isArray(page.body))
            throw new HubError(`${what}: unexpected answer from the Hub (not a file list)`);
        for (const entry of page.body) {
            if (entry?.type !== 'file' || typeof entry.path !== 'string')
                continue;
            const size = entry.lfs?.size ?? entry.size;
            if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0)
                continue;
            const file = { path: entry.path, size };
            if (typeof entry.lfs?.oid === 'string' && /^[0-9a-f]{64}$/i.test(entry.lfs.oid))
                file.sha256 = entry.lfs.oid.toLowerCase();
            files.push(file);
            if (files.length > MAX_LISTED_FILES)
                throw new HubError(`${what}: more than ${MAX_LISTED_FILES} files; scan a narrower revision or use exclude`);
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
function wantedHubFile(path) {
    const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
    if (base === 'license' || base === 'notice' || base === '.gitattributes')
        return false;
    const dot = base.lastIndexOf('.');
    return dot < 0 || !SKIP_EXTENSIONS.has(base.slice(dot));
}
/**
 * Scans a Hub repository without downloading it: each file is scanned from a
 * range-fetching HubSource. The scanners are synchronous readers, so a pass
 * that asks for bytes not fetched yet is thrown away, the missing blocks are
 * fetched (in one batch), and the file is scanned again \u2014 the cache only
 * grows, so this converges in a few passes (head/tail, zip directory, the
 * pickles) and never fetches tensor data a scanner does not read.
 * Listing failures (401, 404, 429, unreachable) throw HubError.
 */
async function scanHubRepo(target, options) {
    const started = performance.now();
    const startedAt = new Date().toISOString();
    const { client } = options;
    const listing = await listHubFiles(client, target);
    const excluded = options.exclude && options.exclude.length > 0 ? picomatch([...options.exclude], { dot: true }) : () => false;
    const files = listing.filter((f) => wantedHubFile(f.path) && !excluded(f.path)).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const root = `${client.endpoint}/${target.repo}/blob/${encodeURIComponent(target.revision)}/`;
    const results = [];
    for (const file of files) {
        const result = await scanHubFile(target, file, options);
        results.push(result);
        options.onFile?.(result);
    }
    return {
        tool: { name: version/* TOOL_NAME */.lH, version: version/* TOOL_VERSION */.wr },
        root,
        startedAt,
        durationMs: performance.now() - started,
        files: results,
        errors: [],
        skipped: [],
    };
}
function resolveUrl(client, target, path) {
    return `${client.endpoint}/${target.repo}/resolve/${encodeURIComponent(target.revision)}/${path.split('/').map(encodeURIComponent).join('/')}`;
}
async function scanHubFile(target, file, options) {
    const { client } = options;
    const url = resolveUrl(client, target, file.path);
    const source = new HubSource(client, url, file.size, `${target.repo}@${target.revision}: ${file.path}`, options.source);
    const candidate = { absolutePath: url, relativePath: file.path, explicit: false };
    const scanOptions = { ...options, root: '', open: () => source };
    delete scanOptions.onFile;
    // What every scan reads first: the probe's head and tail.
    source.want(0, Math.max(scanner/* PROBE_HEAD_BYTES */.u, source.blockSize));
    source.want(Math.max(0, file.size - scanner/* PROBE_TAIL_BYTES */.S), scanner/* PROBE_TAIL_BYTES */.S);
    const maxPasses = options.maxPasses ?? 200;
    let result;
    try {
        for (let pass = 0;; pass++) {
            if (source.hasMissing) {
                if (pass >= maxPasses)
                    source.exhaust();
                else
                    await source.fetchMissing();
            }
            let thrown;
            try {
                result = await (0,scan/* scanFile */.WN)(candidate, scanOptions);
            }
            catch (error) {
                thrown = error;
            }
            if (!source.hasMissing) {
                if (thrown !== undefined && !(thrown instanceof BytesNotFetched))
                    throw thrown;
                break;
            }
        }
    }
    catch (error) {
        const message = error instanceof HubError ? error.message : error instanceof Error ? error.message : String(error);
        return {
            file: file.path,
            absolutePath: url,
            size: file.size,
            formats: [],
            status: 'error',
            reasons: [`cannot read from the Hub: ${message}`],
            findings: [{ ruleId: 'scan/read-error', severity: (0,rules.ruleFor)('scan/read-error').severity, file: file.path, format: 'file', message: `The file could not be read from the Hub: ${message}.` }],
            durationMs: 0,
        };
    }
    const out = result;
    out.absolutePath = url;
    if (file.sha256)
        out.sha256 = file.sha256;
    else if (options.hash && out.status !== 'ignored' && file.size <= 64 * 1024 * 1024) {
        out.sha256 = await hashWhole(source, file.size).catch(() => undefined);
    }
    return out;
}
/** SHA-256 of a small remote file, through the same cache. */
async function hashWhole(source, size) {
    for (let pass = 0; pass < 3; pass++) {
        try {
            return (0,external_node_crypto_.createHash)('sha256').update(source.read(0, size)).digest('hex');
        }
        catch (error) {
            if (!(error instanceof BytesNotFetched))
                throw error;
            await source.fetchMissing();
        }
    }
    throw new Error('could not fetch the file');
}

;// CONCATENATED MODULE: ./lib/hub/index.js




/** What the adapters call for `--hf` / `hf-repo`. Throws HubError (one line) on a bad name or an unreachable repository. */
async function scanHub(request) {
    const target = parseHubRepo(request.repo);
    const client = new HubClient({ ...hubOptionsFromEnv(request.env), ...request.client });
    return scanHubRepo(target, {
        client,
        ...(request.policy && { policy: request.policy }),
        ...(request.limits && { limits: request.limits }),
        ...(request.exclude && { exclude: request.exclude }),
        ...(request.hash !== undefined && { hash: request.hash }),
        ...(request.onFile && { onFile: request.onFile }),
    });
}


/***/ })

};
