export const id = 8581;
export const ids = [8581];
export const modules = {

/***/ 8581:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  scanCommand: () => (/* binding */ scanCommand)
});

// UNUSED EXPORTS: internalErrors

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./lib/core/discover.js


const SKIP_DIRS = new Set(['.git', '.hg', '.svn']);
/** The glob library, loaded when a run has globs or excludes (a plain scan of paths never needs it). */
async function loadPicomatch() {
    return (await __webpack_require__.e(/* import() */ 4006).then(__webpack_require__.t.bind(__webpack_require__, 4006, 19))).default;
}
async function excludeMatcher(options) {
    const exclude = (options.exclude ?? []).map((p) => p.trim()).filter((p) => p && !p.startsWith('#'));
    if (exclude.length === 0)
        return () => false;
    return (await loadPicomatch())(exclude, { dot: true });
}
/**
 * CLI style: each path is a file or a folder (walked recursively).
 */
async function discoverPaths(paths, options) {
    const walker = new Walker(options, await excludeMatcher(options));
    for (const input of paths) {
        const absolute = (0,external_node_path_.resolve)(options.root, input);
        let stat;
        try {
            stat = (0,external_node_fs_.statSync)(absolute);
        }
        catch (error) {
            walker.errors.push({ path: input, message: describeFsError(error, input) });
            continue;
        }
        if (stat.isDirectory())
            walker.walk(absolute, () => true, safeRealpath(absolute) ?? absolute);
        else if (stat.isFile())
            walker.add(absolute, true);
        else
            walker.skipped.push({ path: input, reason: 'not a regular file' });
    }
    return walker.result();
}
/**
 * Action style: newline-separated globs relative to the root. A pattern without
 * glob characters that names a folder means everything below it.
 */
async function discoverGlobs(patterns, options) {
    const picomatch = await loadPicomatch();
    const walker = new Walker(options, await excludeMatcher(options));
    const globs = [];
    for (const raw of patterns) {
        const pattern = raw.trim();
        if (!pattern || pattern.startsWith('#'))
            continue;
        if (!picomatch.scan(pattern).isGlob) {
            const absolute = resolve(options.root, pattern);
            try {
                const stat = statSync(absolute);
                if (stat.isDirectory()) {
                    globs.push(`${toPosix(relative(options.root, absolute)) || '.'}/**`.replace(/^\.\//, ''));
                    continue;
                }
            }
            catch {
                // Not there: treated as a glob that matches nothing.
            }
        }
        globs.push(pattern.replace(/^\.\//, ''));
    }
    // Case-insensitive: MODEL.PKL is as dangerous as model.pkl.
    const matches = picomatch(globs.length ? globs : ['**'], { dot: true, nocase: true });
    walker.walk(options.root, (rel) => matches(rel), safeRealpath(options.root) ?? options.root);
    return walker.result();
}
class Walker {
    options;
    files = [];
    errors = [];
    skipped = [];
    seen = new Set();
    excluded;
    rootReal;
    constructor(options, excluded) {
        this.options = options;
        this.excluded = excluded;
        this.rootReal = safeRealpath(options.root) ?? options.root;
    }
    /** `real`: the resolved path when the caller knows it (a plain file below a resolved folder). */
    add(absolute, explicit, real = safeRealpath(absolute) ?? absolute, relativePath = this.relativeOf(absolute)) {
        if (this.seen.has(real))
            return;
        if (this.excluded(relativePath))
            return;
        this.seen.add(real);
        this.files.push({ absolutePath: absolute, relativePath, explicit });
    }
    /**
     * Walks `dir`, whose resolved path is `realDir`: plain files and folders below it
     * resolve to `realDir/name`, so only symbolic links cost a realpath (one per file
     * was most of the per-file overhead on folders of small models).
     */
    walk(dir, include, realDir) {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
        }
        catch (error) {
            this.errors.push({ path: this.relativeOf(dir), message: describeFsError(error, dir) });
            return;
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        const relDir = this.relativeOf(dir);
        const prefix = relDir === '.' ? '' : relDir.endsWith('/') ? relDir : `${relDir}/`;
        // readdir paths are already normal: concatenate instead of path.join (measurable per file).
        const dirSep = dir.endsWith(external_node_path_.sep) ? dir : dir + external_node_path_.sep;
        const realSep = realDir.endsWith(external_node_path_.sep) ? realDir : realDir + external_node_path_.sep;
        for (const entry of entries) {
            const absolute = dirSep + entry.name;
            const rel = prefix + entry.name;
            if (entry.isDirectory()) {
                if (SKIP_DIRS.has(entry.name) || this.excluded(rel))
                    continue;
                this.walk(absolute, include, realSep + entry.name);
            }
            else if (entry.isFile()) {
                if (include(rel))
                    this.add(absolute, false, realSep + entry.name, rel);
            }
            else if (entry.isSymbolicLink()) {
                this.followLink(absolute, rel, include);
            }
        }
    }
    followLink(absolute, rel, include) {
        const real = safeRealpath(absolute);
        if (!real) {
            if (include(rel))
                this.skipped.push({ path: rel, reason: 'broken symbolic link' });
            return;
        }
        if (!this.options.followExternalSymlinks && !isInside(this.rootReal, real)) {
            if (include(rel))
                this.skipped.push({ path: rel, reason: 'symbolic link to a path outside the scan root' });
            return;
        }
        const stat = (0,external_node_fs_.lstatSync)(real);
        if (stat.isDirectory()) {
            // Links to folders inside the root are reached by the walk anyway; following them risks loops.
            return;
        }
        if (stat.isFile() && include(rel))
            this.add(absolute, false, real, rel);
    }
    relativeOf(absolute) {
        const rel = (0,external_node_path_.relative)(this.options.root, absolute);
        if (!rel)
            return '.';
        if (rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel))
            return toPosix(absolute);
        return toPosix(rel);
    }
    result() {
        return { files: this.files, errors: this.errors, skipped: this.skipped };
    }
}
function isInside(root, path) {
    const rel = (0,external_node_path_.relative)(root, path);
    return rel === '' || (!rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel));
}
function safeRealpath(path) {
    try {
        return (0,external_node_fs_.realpathSync)(path);
    }
    catch {
        return undefined;
    }
}
function toPosix(path) {
    return external_node_path_.sep === '/' ? path : path.split(external_node_path_.sep).join('/');
}
function describeFsError(error, path) {
    const code = error?.code;
    if (code === 'ENOENT')
        return `no such file or directory: ${path}`;
    if (code === 'EACCES' || code === 'EPERM')
        return `permission denied: ${path}`;
    return error instanceof Error ? error.message : String(error);
}

// EXTERNAL MODULE: ./lib/core/exit-codes.js
var exit_codes = __webpack_require__(1716);
// EXTERNAL MODULE: ./lib/core/severity.js
var severity = __webpack_require__(3980);
;// CONCATENATED MODULE: ./lib/core/gate.js

function evaluateGate(report, threshold) {
    const findings = report.files
        .flatMap((f) => f.findings)
        .sort((a, b) => (0,severity/* bySeverityDesc */.IO)(a, b) || compare(a.file, b.file) || compare(a.member ?? '', b.member ?? '') || (a.offset ?? 0) - (b.offset ?? 0));
    const counts = Object.fromEntries(severity/* SEVERITIES */.oC.map((s) => [s, 0]));
    for (const f of findings)
        counts[f.severity]++;
    const blocking = findings.filter((f) => (0,severity/* meetsThreshold */.M0)(f.severity, threshold));
    return {
        threshold,
        outcome: blocking.length > 0 ? 'fail' : 'pass',
        findings,
        blocking,
        counts,
        highest: (0,severity/* highestSeverity */.qq)(findings),
        scannedFiles: report.files.filter((f) => f.status === 'complete' || f.status === 'incomplete').length,
        notFullyScanned: report.files.filter((f) => f.status !== 'complete' && f.status !== 'ignored'),
    };
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

// EXTERNAL MODULE: ./lib/core/scan.js + 8 modules
var scan = __webpack_require__(9346);
// EXTERNAL MODULE: ./lib/core/version.js
var version = __webpack_require__(8067);
// EXTERNAL MODULE: ./lib/report/coverage.js
var coverage = __webpack_require__(7130);
// EXTERNAL MODULE: ./lib/report/escape.js
var report_escape = __webpack_require__(2527);
// EXTERNAL MODULE: ./lib/report/finding-text.js
var finding_text = __webpack_require__(3739);
;// CONCATENATED MODULE: ./lib/report/text.js




const ANSI = { reset: '\u001b[0m', bold: '\u001b[1m', red: '\u001b[31m', yellow: '\u001b[33m', cyan: '\u001b[36m', green: '\u001b[32m' };
const SEVERITY_COLOR = {
    critical: ANSI.bold + ANSI.red,
    high: ANSI.red,
    medium: ANSI.yellow,
    low: ANSI.cyan,
};
/** Width of the widest label ("CRITICAL"), so messages line up. */
const LABEL_WIDTH = 8;
const INDENT = ' '.repeat(2 + LABEL_WIDTH + 2);
const MAX_CALL = 300;
/**
 * Human-readable CLI output: findings grouped by file (most severe file first),
 * files not fully scanned, input errors, then a one-line verdict. Every string
 * from the scanned repository is terminal-escaped.
 */
function renderText(report, gate, options) {
    const paint = (code, s) => (options.color ? `${code}${s}${ANSI.reset}` : s);
    const findings = options.quiet ? gate.blocking : gate.findings;
    const blocks = [];
    if ((0,coverage/* nothingToScan */.GR)(gate)) {
        blocks.push(`No model files found to scan under ${(0,report_escape/* escapeTerminal */.en)(report.root)}.`);
    }
    for (const [file, list] of groupByFile(findings)) {
        const lines = [paint(ANSI.bold, (0,report_escape/* escapeTerminal */.en)(file))];
        for (const f of list)
            lines.push(...findingLines(f, paint));
        blocks.push(lines.join('\n'));
    }
    if (!options.quiet)
        blocks.push(...coverageBlocks(report, gate, options.verbose ?? false));
    blocks.push(summaryLine(report, gate, paint));
    return `${blocks.join('\n\n')}\n`;
}
/** Keeps the gate's order (most severe first), so the worst file comes first. */
function groupByFile(findings) {
    const groups = new Map();
    for (const f of findings) {
        const list = groups.get(f.file);
        if (list)
            list.push(f);
        else
            groups.set(f.file, [f]);
    }
    return groups;
}
function findingLines(f, paint) {
    const label = paint(SEVERITY_COLOR[f.severity], f.severity.toUpperCase().padEnd(LABEL_WIDTH));
    const where = [];
    if (f.member !== undefined)
        where.push(`in ${(0,report_escape/* escapeTerminal */.en)(f.member)}`);
    if (f.offset !== undefined)
        where.push(`at byte ${f.offset}`);
    const head = [(0,report_escape/* escapeTerminal */.en)(f.ruleId), (0,report_escape/* escapeTerminal */.en)(f.format), ...where].join('  ');
    const lines = [`  ${label}  ${head}`, `${INDENT}${(0,report_escape/* escapeTerminal */.en)(f.message)}`];
    if (f.callable)
        lines.push(`${INDENT}would run: ${(0,report_escape/* escapeTerminal */.en)((0,report_escape/* shorten */.ml)((0,finding_text/* callDisplay */.h)(f), MAX_CALL))}`);
    return lines;
}
function coverageBlocks(report, gate, verbose) {
    const blocks = [];
    const partial = (0,coverage/* notFullyScannedModels */.cX)(gate);
    if (partial.length > 0) {
        const lines = partial.map((f) => {
            const why = f.reasons.length > 0 ? f.reasons.join('; ') : f.status;
            return `  ${(0,report_escape/* escapeTerminal */.en)(f.file)}  (${f.status}) ${(0,report_escape/* escapeTerminal */.en)(why)}`;
        });
        blocks.push(['Not fully scanned (not known to be safe):', ...lines].join('\n'));
    }
    if (report.errors.length > 0) {
        blocks.push(['Could not scan:', ...report.errors.map((e) => `  ${(0,report_escape/* escapeTerminal */.en)(e.path)}: ${(0,report_escape/* escapeTerminal */.en)(e.message)}`)].join('\n'));
    }
    if (report.skipped.length > 0) {
        blocks.push(['Skipped:', ...report.skipped.map((s) => `  ${(0,report_escape/* escapeTerminal */.en)(s.path)}: ${(0,report_escape/* escapeTerminal */.en)(s.reason)}`)].join('\n'));
    }
    if (verbose) {
        const clean = report.files.filter((f) => f.status === 'complete' && f.findings.length === 0);
        if (clean.length > 0) {
            const lines = clean.map((f) => `  ${(0,report_escape/* escapeTerminal */.en)(f.file)}  (${(0,report_escape/* escapeTerminal */.en)(f.formats.join(', '))}, ${f.size} bytes, ${Math.round(f.durationMs)} ms)`);
            blocks.push(['No findings:', ...lines].join('\n'));
        }
    }
    return blocks;
}
/** "4 files scanned, 1 critical, 1 high, 3 medium, 1 low, 3 not fully scanned \u2014 FAILED (threshold: high)". */
function summaryLine(report, gate, paint) {
    const parts = [`${gate.scannedFiles} ${gate.scannedFiles === 1 ? 'file' : 'files'} scanned`];
    parts.push(...severity/* SEVERITIES */.oC.map((s) => `${gate.counts[s]} ${s}`));
    const partial = (0,coverage/* notFullyScannedModels */.cX)(gate).length;
    if (partial > 0)
        parts.push(`${partial} not fully scanned`);
    if (report.errors.length > 0)
        parts.push(`${report.errors.length} input ${report.errors.length === 1 ? 'error' : 'errors'}`);
    const suppressed = report.files.reduce((n, f) => n + (f.suppressed?.length ?? 0), 0);
    if (suppressed > 0)
        parts.push(`${suppressed} suppressed`);
    const verdict = gate.outcome === 'fail' ? paint(ANSI.bold + ANSI.red, 'FAILED') : paint(ANSI.bold + ANSI.green, 'PASSED');
    return `${parts.join(', ')} \u2014 ${verdict} (threshold: ${gate.threshold})`;
}

;// CONCATENATED MODULE: ./lib/cli/progress.js
class Progress {
    options;
    done = 0;
    bytes = 0;
    findings = 0;
    started;
    lastDraw;
    drawn = false;
    now;
    constructor(options) {
        this.options = options;
        this.now = options.now ?? (() => Date.now());
        this.started = this.now();
        this.lastDraw = this.started;
    }
    /** Pass as ScanOptions.onFile. */
    onFile = (result) => {
        this.done++;
        this.bytes += result.size;
        this.findings += result.findings.length;
        const now = this.now();
        const { tty, ttyIntervalMs = 100, logIntervalMs = 10_000 } = this.options;
        if (now - this.lastDraw < (tty ? ttyIntervalMs : logIntervalMs))
            return;
        this.lastDraw = now;
        if (tty) {
            const line = this.line(now);
            const width = Math.max(20, (this.options.columns ?? 80) - 1);
            this.options.write(`\r\x1b[2K${line.length > width ? line.slice(0, width) : line}`);
            this.drawn = true;
        }
        else {
            this.options.write(`${this.options.label ? `${this.options.label}: ` : ''}${this.line(now)}\n`);
        }
    };
    /** Clears the live line (terminal); a no-op for logs. */
    finish() {
        if (this.drawn)
            this.options.write('\r\x1b[2K');
        this.drawn = false;
    }
    line(now) {
        const { total } = this.options;
        const pct = total > 0 ? ` (${Math.floor((this.done / total) * 100)}%)` : '';
        const findings = this.findings === 1 ? '1 finding' : `${this.findings} findings`;
        return `scanned ${this.done}/${total} files${pct}, ${formatBytes(this.bytes)}, ${findings}, ${formatSeconds(now - this.started)}`;
    }
}
function formatBytes(n) {
    const units = ['B', 'KB', 'MB', 'GB', 'TB'];
    let i = 0;
    let v = n;
    while (v >= 1000 && i < units.length - 1) {
        v /= 1000;
        i++;
    }
    return `${i === 0 ? v : v.toFixed(1)} ${units[i]}`;
}
function formatSeconds(ms) {
    const s = Math.floor(ms / 1000);
    return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}

// EXTERNAL MODULE: ./lib/core/limits.js
var core_limits = __webpack_require__(7535);
// EXTERNAL MODULE: ./lib/config/types.js
var types = __webpack_require__(9271);
// EXTERNAL MODULE: ./lib/policy/policy.js
var policy = __webpack_require__(3506);
;// CONCATENATED MODULE: ./lib/config/pipeline.js




/**
 * The configuration, baseline and checksum list a scan asked for. The loaders (YAML, schema
 * validation, SARIF reading, hashing) are imported only when there is something to load:
 * a plain scan starts without them.
 */
async function loadPolicySetup(root, request) {
    const asked = Boolean(request.config || request.baseline || request.checksums || request.hash) ||
        types/* CONFIG_FILE_NAMES */.HR.some((name) => (0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(root, name)));
    if (!asked)
        return { policy: policy/* DEFAULT_POLICY */.zj, ignore: [], hash: false };
    const { loadFullSetup } = await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(5497), __webpack_require__.e(2401)]).then(__webpack_require__.bind(__webpack_require__, 2401));
    return loadFullSetup(root, request);
}
/** Hashes, checksums, configured severities and suppressions, stale suppressions, then the baseline. Mutates the report. */
function applyPolicySetup(report, setup, options = {}) {
    return setup.apply ? setup.apply(report, options) : report;
}

;// CONCATENATED MODULE: ./lib/cli/scan-command.js













// Loaded when an output needs them: ../hub/index.js (--hf), report renderers other than text (--sarif, --json, -f).
/** `scan`: discover, scan, apply the configuration, write the reports, and return the exit code. */
async function scanCommand(positional, flags, io) {
    const paths = [...positional, ...(flags.path ?? [])];
    if (flags.hf !== undefined && (paths.length > 0 || flags.checksums)) {
        io.stderr(`${version/* TOOL_NAME */.lH}: --hf scans a Hub repository: give no local paths${flags.checksums ? ' and no --checksums' : ''} with it\n`);
        return exit_codes/* EXIT_ERROR */.SI;
    }
    if (paths.length === 0 && flags.hf === undefined) {
        io.stderr(`${version/* TOOL_NAME */.lH}: nothing to scan: give at least one file or folder (e.g. ${version/* TOOL_NAME */.lH} scan ./models)\n`);
        return exit_codes/* EXIT_ERROR */.SI;
    }
    const root = io.cwd;
    let limits;
    try {
        limits = (0,core_limits/* parseLimitAssignments */.$0)(flags.limit ?? []);
    }
    catch (error) {
        if (!(error instanceof core_limits/* LimitError */.oC))
            throw error;
        io.stderr(`${version/* TOOL_NAME */.lH}: --limit: ${error.message}\n`);
        return exit_codes/* EXIT_ERROR */.SI;
    }
    let setup;
    try {
        setup = await loadPolicySetup(root, { config: flags.config, baseline: flags.baseline, checksums: flags.checksums, hash: flags.hash });
    }
    catch (error) {
        if (!(error instanceof types/* ConfigError */.xL))
            throw error;
        io.stderr(`${version/* TOOL_NAME */.lH}: ${error.message}\n`);
        return exit_codes/* EXIT_ERROR */.SI;
    }
    let report;
    if (flags.hf !== undefined) {
        const { HubError, scanHub } = await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(5497), __webpack_require__.e(3474)]).then(__webpack_require__.bind(__webpack_require__, 3474));
        try {
            const exclude = [...(flags.exclude ?? []), ...setup.ignore];
            report = await scanHub({ repo: flags.hf, env: io.env ?? process.env, policy: setup.policy, limits, exclude, hash: setup.hash });
        }
        catch (error) {
            if (!(error instanceof HubError))
                throw error;
            io.stderr(`${version/* TOOL_NAME */.lH}: ${error.message}\n`);
            return exit_codes/* EXIT_ERROR */.SI;
        }
        applyPolicySetup(report, setup, { partial: true });
    }
    else {
        const discovery = await discoverPaths(paths, { root, exclude: [...(flags.exclude ?? []), ...setup.ignore] });
        for (const error of discovery.errors)
            io.stderr(`${version/* TOOL_NAME */.lH}: ${error.message}\n`);
        await (0,scan/* restrictToShard */.uq)(discovery, flags.shard);
        const progress = flags.progress === false
            ? undefined
            : new Progress({ total: discovery.files.length, write: io.stderr, tty: io.stderrIsTty ?? false, label: version/* TOOL_NAME */.lH, columns: process.stderr.columns });
        report = applyPolicySetup(await (0,scan/* scanFiles */.Tu)(discovery, { onFile: progress?.onFile, root, policy: setup.policy, limits, hangGuard: true, threads: flags.jobs }), setup);
        progress?.finish();
    }
    const gate = evaluateGate(report, flags.failOn);
    const sarif = flags.sarif || flags.format === 'sarif' ? await Promise.all(/* import() */[__webpack_require__.e(5497), __webpack_require__.e(1011)]).then(__webpack_require__.bind(__webpack_require__, 1011)) : undefined;
    const json = flags.json || flags.format === 'json' ? await __webpack_require__.e(/* import() */ 7406).then(__webpack_require__.bind(__webpack_require__, 7406)) : undefined;
    const markdown = flags.format === 'markdown' ? await __webpack_require__.e(/* import() */ 3021).then(__webpack_require__.bind(__webpack_require__, 3021)) : undefined;
    const sarifText = () => `${JSON.stringify(sarif.buildSarif(report, { category: flags.category, baseline: setup.baseline !== undefined }), null, 2)}\n`;
    try {
        if (flags.sarif)
            writeOutput((0,external_node_path_.resolve)(root, flags.sarif), sarifText());
        if (flags.json)
            writeOutput((0,external_node_path_.resolve)(root, flags.json), json.renderJson(report, gate));
    }
    catch (error) {
        io.stderr(`${version/* TOOL_NAME */.lH}: cannot write report: ${error instanceof Error ? error.message : String(error)}\n`);
        return exit_codes/* EXIT_ERROR */.SI;
    }
    io.stdout(renderStdout(flags, report, gate, io, { sarifText, json, markdown }));
    // An exception that escaped a scanner is our bug, not the file's: the file is reported not fully
    // scanned (scan/incomplete) and the run exits 2 unless findings already fail it (exit 1 wins).
    const internal = internalErrors(report);
    if (internal.length > 0) {
        io.stderr(`${version/* TOOL_NAME */.lH}: ${internal.length} internal error${internal.length === 1 ? '' : 's'} (a scanner failed; the file${internal.length === 1 ? ' is' : 's are'} reported as not fully scanned; please report this):\n` +
            internal.slice(0, 10).map((f) => `  ${(0,report_escape/* escapeTerminal */.en)(f.file)}${f.member ? `!/${(0,report_escape/* escapeTerminal */.en)(f.member)}` : ''}: ${(0,report_escape/* escapeTerminal */.en)(f.message)}\n`).join(''));
    }
    const code = (0,exit_codes/* exitCodeFor */.Rr)(report, gate);
    return code === exit_codes/* EXIT_PASS */.rc && internal.length > 0 ? exit_codes/* EXIT_ERROR */.SI : code;
}
function renderStdout(flags, report, gate, io, renderers) {
    switch (flags.format) {
        case 'json':
            return renderers.json.renderJson(report, gate);
        case 'sarif':
            return renderers.sarifText();
        case 'markdown':
            return renderers.markdown.renderSummary(report, gate);
        default:
            return renderText(report, gate, { color: io.isTty && flags.color !== false, quiet: flags.quiet ?? false });
    }
}
function writeOutput(path, text) {
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
    (0,external_node_fs_.writeFileSync)(path, text.endsWith('\n') ? text : `${text}\n`);
}
/** `scan/incomplete` findings the core marked as an exception escaping a scanner. */
function internalErrors(report) {
    return report.files.flatMap((f) => f.findings).filter((f) => f.ruleId === 'scan/incomplete' && f.properties?.internalError === true);
}


/***/ }),

/***/ 9271:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HR: () => (/* binding */ CONFIG_FILE_NAMES),
/* harmony export */   _: () => (/* binding */ readInputText),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);

/** Bad configuration: `message` is one line naming the file and the key. */
/** Configuration files looked for at the scan root. */
const CONFIG_FILE_NAMES = ['.modelscan.yml', '.modelscan.yaml'];
class ConfigError extends Error {
    name = 'ConfigError';
}
/** Reads a user-named input file (baseline, checksum list); a failure is one ConfigError line, e.g. `baseline x: file not found`. */
function readInputText(path, label) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        throw new ConfigError(`${label}: ${code === 'ENOENT' ? 'file not found' : error instanceof Error ? error.message : String(error)}`);
    }
}


/***/ }),

/***/ 7130:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GR: () => (/* binding */ nothingToScan),
/* harmony export */   cX: () => (/* binding */ notFullyScannedModels),
/* harmony export */   xJ: () => (/* binding */ isIgnoredFile)
/* harmony export */ });
/**
 * A file no scanner recognised that does not look like a model either (README.md, \u2026):
 * reports leave it out of coverage lists, which would otherwise drown the real ones.
 */
function isIgnoredFile(file) {
    return file.status === 'ignored';
}
/** Model files that were not read to the end (or not at all): not known to be safe. */
function notFullyScannedModels(gate) {
    return gate.notFullyScanned.filter((f) => !isIgnoredFile(f));
}
/** True when no scanner read anything and there is no model file to report on. */
function nothingToScan(gate) {
    return gate.scannedFiles === 0 && gate.findings.length === 0 && notFullyScannedModels(gate).length === 0;
}


/***/ }),

/***/ 3739:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ callDisplay)
/* harmony export */ });
/**
 * `os.system('id')`: the callable and its constant arguments, when known.
 * Raw: each renderer escapes it for its medium.
 */
function callDisplay(finding) {
    if (!finding.callable)
        return '';
    return finding.args ? `${finding.callable}(${finding.args.join(', ')})` : finding.callable;
}


/***/ })

};
