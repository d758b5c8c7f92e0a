export const id = 2401;
export const ids = [2401];
export const modules = {

/***/ 2401:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadFullSetup: () => (/* binding */ loadFullSetup)
});

// UNUSED EXPORTS: applyFullSetup

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./lib/config/types.js
var types = __webpack_require__(9271);
;// CONCATENATED MODULE: ./lib/config/report-edit.js
/**
 * The result for `file` in the report, created (status `ignored`: not a model)
 * when the scan did not cover it \u2014 a configuration or checksum file that a
 * finding must point at, so SARIF always has a location.
 */
function fileFor(report, file, absolutePath, size = 0) {
    const existing = report.files.find((f) => f.file === file);
    if (existing)
        return existing;
    const created = { file, absolutePath, size, formats: [], status: 'ignored', reasons: [], findings: [], durationMs: 0 };
    report.files.push(created);
    return created;
}
/** Moves findings of a file that `decide` suppresses into `suppressed`. */
function suppressWhere(file, decide) {
    const kept = [];
    for (const finding of file.findings) {
        const suppression = decide(finding);
        if (suppression)
            (file.suppressed ??= []).push({ ...finding, suppression });
        else
            kept.push(finding);
    }
    file.findings = kept;
}
/** Every suppressed finding of a report (config and baseline). */
function suppressedFindings(report) {
    return report.files.flatMap((f) => f.suppressed ?? []);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./lib/integrity/hash.js


const CHUNK = 1024 * 1024;
/** SHA-256 (lower-case hex) of a file on disk, read in 1 MiB chunks. */
function sha256File(path) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    try {
        const buffer = Buffer.allocUnsafe(CHUNK);
        for (;;) {
            const n = (0,external_node_fs_.readSync)(fd, buffer, 0, CHUNK, null);
            if (n === 0)
                break;
            hash.update(buffer.subarray(0, n));
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    return hash.digest('hex');
}

;// CONCATENATED MODULE: ./lib/integrity/checksums.js





const CHECKSUM_RULE = 'integrity/checksum-mismatch';
/** `sha256sum` output: `<64 hex><space><space or *><path>`; blank lines and `#` comments are skipped. */
function parseChecksums(text, name) {
    const entries = [];
    text.split(/\r?\n/).forEach((raw, index) => {
        const line = raw.trimEnd();
        if (!line.trim() || line.trimStart().startsWith('#'))
            return;
        // GNU escapes names with backslashes or newlines by prefixing the line with '\'.
        const escaped = line.startsWith('\\');
        const m = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(escaped ? line.slice(1) : line);
        if (!m)
            throw new types/* ConfigError */.xL(`checksums ${name}: line ${index + 1}: expected "<sha256>  <file>" (sha256sum format)`);
        const path = escaped ? m[2].replace(/\\(\\|n|r)/g, (_, c) => (c === 'n' ? '\n' : c === 'r' ? '\r' : '\\')) : m[2];
        entries.push({ sha256: m[1].toLowerCase(), path, line: index + 1 });
    });
    return entries;
}
function loadChecksums(root, name) {
    const path = (0,external_node_path_.resolve)(root, name);
    const text = (0,types/* readInputText */._)(path, `checksums ${name}`);
    return { path, name, entries: parseChecksums(text, name) };
}
/**
 * Verifies every listed file (paths relative to the list's folder, as
 * `sha256sum -c` run there expects). A mismatch is a finding on the file; a
 * missing file is a finding on the list. Mutates and returns the report;
 * digests computed here are recorded on scanned files.
 */
function verifyChecksums(report, list) {
    const base = (0,external_node_path_.dirname)(list.path);
    const listDisplay = displayOf(report.root, list.path);
    for (const entry of list.entries) {
        const absolute = (0,external_node_path_.resolve)(base, entry.path);
        const display = displayOf(report.root, absolute);
        const scanned = report.files.find((f) => f.absolutePath === absolute || f.file === display);
        if (!(0,external_node_fs_.existsSync)(absolute) || !(0,external_node_fs_.statSync)(absolute).isFile()) {
            const finding = {
                ruleId: CHECKSUM_RULE,
                severity: 'high',
                file: listDisplay,
                format: 'checksums',
                message: `${entry.path} is listed in ${list.name} (line ${entry.line}) but does not exist.`,
                properties: { listed: entry.path, expected: entry.sha256, line: entry.line },
            };
            fileFor(report, listDisplay, list.path).findings.push(finding);
            continue;
        }
        const actual = scanned?.sha256 ?? sha256File(absolute);
        if (scanned && !scanned.sha256)
            scanned.sha256 = actual;
        if (actual === entry.sha256)
            continue;
        const target = scanned ?? fileFor(report, display, absolute, (0,external_node_fs_.statSync)(absolute).size);
        target.findings.push({
            ruleId: CHECKSUM_RULE,
            severity: 'high',
            file: target.file,
            format: 'checksums',
            message: `The SHA-256 of this file is ${actual}, but ${list.name} (line ${entry.line}) records ${entry.sha256}: the file changed after the list was made.`,
            properties: { expected: entry.sha256, actual, list: list.name, line: entry.line },
        });
    }
    return report;
}
/** Adds `sha256` to every file scanned from disk that lacks one. */
function hashScannedFiles(report) {
    for (const file of report.files) {
        if (file.sha256 || file.status === 'ignored' || file.status === 'error')
            continue;
        if (/^[a-z][a-z0-9+.-]*:\/\//i.test(file.absolutePath))
            continue;
        try {
            file.sha256 = sha256File(file.absolutePath);
        }
        catch {
            // Unreadable now: the scan already said so.
        }
    }
    return report;
}
function displayOf(root, path) {
    const rel = (0,external_node_path_.relative)(root, path);
    if (!rel || rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel))
        return path.split(external_node_path_.sep).join('/');
    return rel.split(external_node_path_.sep).join('/');
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
// EXTERNAL MODULE: ./lib/policy/policy.js
var policy = __webpack_require__(3506);
;// CONCATENATED MODULE: ./lib/config/apply.js






const STALE_SUPPRESSION_RULE = 'config/stale-suppression';
/** The policy a configuration asks for (the default policy when there is none). */
function policyFromConfig(config) {
    return (0,policy/* buildPolicy */.vh)(additionsOf(config));
}
function additionsOf(config) {
    return { allow: config?.pickle?.allow ?? [], deny: config?.pickle?.deny ?? [], severity: config?.severity ?? {} };
}
/**
 * After the scan: configured deny severities, then suppressions. Suppressed
 * findings move to `FileResult.suppressed` (out of the gate); expired,
 * outdated and unused suppressions become `config/stale-suppression` findings
 * on the configuration file. Mutates and returns the report.
 */
function applyConfig(report, loaded, options = {}) {
    const { config } = loaded;
    const additions = additionsOf(config);
    for (const file of report.files) {
        for (const finding of file.findings) {
            const severity = (0,policy/* configuredDenySeverity */.mE)(additions, finding);
            if (!severity)
                continue;
            finding.severity = severity;
            finding.properties = { ...finding.properties, category: 'configured' };
            const reason = String(finding.properties.reason ?? '').replace(/ \(denied by the scan configuration\)$/, '');
            finding.message = `Loading this file imports ${finding.callable}, which the scan configuration denies: ${reason}.`;
        }
    }
    const suppressions = config.suppressions ?? [];
    if (suppressions.length === 0)
        return report;
    const today = (options.now ?? new Date()).toISOString().slice(0, 10);
    const state = suppressions.map((s) => ({
        s,
        matchesFile: fileMatcher(s.file),
        expired: s.expires !== undefined && s.expires < today,
        used: 0,
        sawFile: false,
        hashMismatch: undefined,
    }));
    const hashes = new Map();
    const hashOf = (file) => {
        if (file.sha256)
            return file.sha256;
        if (!hashes.has(file)) {
            let digest;
            try {
                digest = /^[a-z][a-z0-9+.-]*:\/\//i.test(file.absolutePath) ? undefined : sha256File(file.absolutePath);
            }
            catch {
                digest = undefined;
            }
            hashes.set(file, digest);
        }
        return hashes.get(file);
    };
    for (const file of report.files) {
        const applicable = state.filter((st) => st.matchesFile(file.file));
        if (applicable.length === 0)
            continue;
        for (const st of applicable) {
            st.sawFile = true;
            if (st.expired || !st.s.sha256)
                continue;
            const actual = hashOf(file);
            if (actual?.toLowerCase() !== st.s.sha256.toLowerCase())
                st.hashMismatch = actual ?? 'unknown';
        }
        suppressWhere(file, (finding) => {
            for (const st of applicable) {
                if (st.expired || st.hashMismatch !== undefined)
                    continue;
                if (st.s.rule !== finding.ruleId)
                    continue;
                if (st.s.callable !== undefined && st.s.callable !== finding.callable)
                    continue;
                st.used++;
                return { kind: 'config', justification: st.s.reason, ...(st.s.expires !== undefined && { expires: st.s.expires }) };
            }
            return undefined;
        });
    }
    const stale = [];
    const severityFor = (fallback) => config.severity?.[STALE_SUPPRESSION_RULE] ?? fallback;
    state.forEach((st, index) => {
        const where = `suppressions[${index}] (${st.s.rule} on ${st.s.file})`;
        let message;
        let severity = 'medium';
        if (st.expired) {
            message = `The suppression ${where} expired on ${st.s.expires}: its findings count again. Renew it with a reason or fix the file.`;
        }
        else if (st.hashMismatch !== undefined) {
            message = `The suppression ${where} is for a file whose SHA-256 was ${st.s.sha256}; the file has changed, so the suppression no longer applies.`;
        }
        else if (st.used === 0) {
            severity = 'low';
            if (st.sawFile) {
                message = `The suppression ${where} matches no finding: remove it, so it cannot hide a future finding.`;
            }
            else if (options.partial) {
                return; // Its file was not part of this scan.
            }
            else if (isGlob(st.s.file)) {
                message = `The suppression ${where} matches no scanned file: remove it.`;
            }
            else if ((0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(report.root, st.s.file))) {
                return; // The file exists but was not scanned (path globs, ignore): nothing to say.
            }
            else {
                message = `The suppression ${where} names a file that does not exist: remove it.`;
            }
        }
        if (!message)
            return;
        stale.push({
            ruleId: STALE_SUPPRESSION_RULE,
            severity: severityFor(severity),
            file: loaded.displayPath,
            format: 'modelscan-config',
            message,
            properties: { suppression: index, rule: st.s.rule, target: st.s.file, ...(st.s.expires !== undefined && { expires: st.s.expires }) },
        });
    });
    if (stale.length > 0) {
        const target = fileFor(report, loaded.displayPath, loaded.path, loaded.size);
        target.findings.push(...stale);
    }
    return report;
}
function isGlob(pattern) {
    return picomatch.scan(pattern).isGlob;
}
function fileMatcher(pattern) {
    const clean = pattern.replace(/^\.\//, '');
    if (!isGlob(clean))
        return (file) => file === clean;
    const match = picomatch(clean, { dot: true });
    return (file) => match(file);
}

// EXTERNAL MODULE: ./lib/report/fingerprint.js
var fingerprint = __webpack_require__(4458);
// EXTERNAL MODULE: ./lib/report/sarif-constants.js
var sarif_constants = __webpack_require__(11);
;// CONCATENATED MODULE: ./lib/config/baseline.js




/** Reads a SARIF file written by this tool. Throws ConfigError (one line) when it is not one. */
function loadBaseline(path, name) {
    const text = (0,types/* readInputText */._)(path, `baseline ${name}`);
    let log;
    try {
        log = JSON.parse(text);
    }
    catch (error) {
        throw new types/* ConfigError */.xL(`baseline ${name}: not JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
    const runs = log.runs;
    if (!Array.isArray(runs))
        throw new types/* ConfigError */.xL(`baseline ${name}: not a SARIF log (no "runs" list)`);
    const fingerprints = new Set();
    for (const run of runs) {
        const results = run?.results;
        if (!Array.isArray(results))
            continue;
        for (const result of results) {
            const id = result?.partialFingerprints?.[sarif_constants/* FINGERPRINT_KEY */.XG];
            if (typeof id === 'string')
                fingerprints.add(id);
        }
    }
    return { name, fingerprints };
}
/** Moves findings already in the baseline out of the gate (kind `baseline`). Mutates and returns the report. */
function applyBaseline(report, baseline) {
    for (const file of report.files) {
        suppressWhere(file, (finding) => baseline.fingerprints.has((0,fingerprint/* fingerprint */.R)(finding)) ? { kind: 'baseline', justification: `already in the baseline ${baseline.name}` } : undefined);
    }
    return report;
}

// EXTERNAL MODULE: ./lib/policy/rules.js + 4 modules
var rules = __webpack_require__(5497);
;// CONCATENATED MODULE: ./lib/config/schema.js
/**
 * JSON Schema (draft-07) of `.modelscan.yml`. The committed copy at
 * `schema/modelscan-config.schema.json` is this object, byte for byte
 * (a test keeps them equal): editors use the file, the runtime uses this.
 *
 * `description` texts double as the "expected \u2026" part of error messages, so
 * keep them short and phrased as what a valid value looks like.
 */
const CONFIG_SCHEMA_ID = 'https://github.com/modelscan-action/modelscan-action/schema/modelscan-config.schema.json';
const MODULE = {
    type: 'string',
    pattern: '^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$',
    description: 'a dotted Python module name such as mypkg.layers',
};
const NAME = {
    type: 'string',
    pattern: '^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$',
    description: 'a Python name (class or function) such as CustomLayer',
};
const SEVERITY = { type: 'string', enum: ['critical', 'high', 'medium', 'low'], description: 'one of critical, high, medium, low' };
const DATE = {
    type: 'string',
    pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
    description: 'a date written YYYY-MM-DD',
};
const CONFIG_SCHEMA = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: CONFIG_SCHEMA_ID,
    title: 'modelscan-action configuration (.modelscan.yml)',
    description: 'Policy for modelscan-action: extra allowed and denied pickle globals, severity overrides, ignored paths and suppressions.',
    type: 'object',
    additionalProperties: false,
    properties: {
        version: { const: 1, description: 'the configuration format version, 1' },
        pickle: {
            type: 'object',
            description: 'a mapping with allow and deny lists',
            additionalProperties: false,
            properties: {
                allow: {
                    type: 'array',
                    description: 'a list of { module, name, reason } entries',
                    items: {
                        type: 'object',
                        description: 'a mapping with module and name',
                        additionalProperties: false,
                        required: ['module', 'name'],
                        properties: {
                            module: MODULE,
                            name: NAME,
                            reason: { type: 'string', description: 'text explaining why the global is safe' },
                        },
                    },
                },
                deny: {
                    type: 'array',
                    description: 'a list of { module, name, severity, reason } entries',
                    items: {
                        type: 'object',
                        description: 'a mapping with module, severity and optionally name',
                        additionalProperties: false,
                        required: ['module', 'severity'],
                        properties: {
                            module: MODULE,
                            name: { ...NAME, description: 'a Python name; leave it out to deny the whole module' },
                            severity: SEVERITY,
                            reason: { type: 'string', minLength: 1, description: 'text saying what the callable does' },
                        },
                    },
                },
            },
        },
        severity: {
            type: 'object',
            description: 'a mapping from rule id to severity',
            propertyNames: { pattern: '^[a-z0-9-]+/[a-z0-9-]+$', description: 'a rule id such as pickle/unknown-import' },
            additionalProperties: SEVERITY,
        },
        ignore: {
            type: 'array',
            description: 'a list of globs relative to the scan root',
            items: { type: 'string', minLength: 1, description: 'a glob such as legacy/**' },
        },
        suppressions: {
            type: 'array',
            description: 'a list of { file, rule, reason } entries',
            items: {
                type: 'object',
                description: 'a mapping with file, rule and reason',
                additionalProperties: false,
                required: ['file', 'rule', 'reason'],
                properties: {
                    file: { type: 'string', minLength: 1, description: 'a path (or glob) relative to the scan root' },
                    sha256: { type: 'string', pattern: '^[0-9a-fA-F]{64}$', description: 'the 64 hex digits of the file\'s SHA-256' },
                    rule: { type: 'string', pattern: '^[a-z0-9-]+/[a-z0-9-]+$', description: 'a rule id such as pickle/unknown-import' },
                    callable: { type: 'string', minLength: 1, description: 'the callable the finding names, such as mypkg.build' },
                    reason: { type: 'string', minLength: 1, description: 'non-empty text saying why the finding is accepted' },
                    expires: DATE,
                },
            },
        },
    },
};

;// CONCATENATED MODULE: ./lib/config/load.js






/** Names looked for at the scan root, in this order. */
/**
 * The configuration for a scan: the file given explicitly (which must exist),
 * else `.modelscan.yml` / `.modelscan.yaml` at the root, else none.
 * Throws ConfigError with one line naming the file and the key.
 */
async function loadConfig(root, explicit) {
    let path;
    if (explicit) {
        path = (0,external_node_path_.resolve)(root, explicit);
        if (!(0,external_node_fs_.existsSync)(path))
            throw new types/* ConfigError */.xL(`${explicit}: configuration file not found`);
    }
    else {
        const found = types/* CONFIG_FILE_NAMES */.HR.map((name) => (0,external_node_path_.resolve)(root, name)).filter((p) => (0,external_node_fs_.existsSync)(p));
        if (found.length > 1)
            throw new types/* ConfigError */.xL(`both ${types/* CONFIG_FILE_NAMES */.HR.join(' and ')} exist at the scan root: keep one`);
        path = found[0];
    }
    if (!path)
        return undefined;
    const displayPath = load_displayOf(root, path);
    let text;
    let size;
    try {
        if ((0,external_node_fs_.statSync)(path).isDirectory())
            throw new Error('is a folder, not a file');
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
        size = (0,external_node_fs_.statSync)(path).size;
    }
    catch (error) {
        throw new types/* ConfigError */.xL(`${displayPath}: cannot read: ${error instanceof Error ? error.message : String(error)}`);
    }
    const config = await parseConfig(text, displayPath);
    return { config, path, displayPath, size };
}
/** Parses and validates configuration text; `name` prefixes every error. */
async function parseConfig(text, name) {
    const { LineCounter, parseDocument } = await __webpack_require__.e(/* import() */ 8815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
    const first = doc.errors[0];
    if (first) {
        const at = first.linePos?.[0];
        const where = at ? ` (line ${at.line}, column ${at.col})` : '';
        throw new types/* ConfigError */.xL(`${name}: invalid YAML: ${firstLine(first.message)}${where}`);
    }
    const value = doc.toJS({ maxAliasCount: 100 }) ?? {};
    const lineOf = (path) => {
        const node = doc.getIn(path, true);
        const start = node?.range?.[0] ?? keyNode(doc, path)?.range?.[0];
        return start === undefined ? undefined : lines.linePos(start).line;
    };
    const problem = await validate(value);
    if (problem) {
        const line = lineOf(problem.path) ?? lineOf(problem.path.slice(0, -1));
        throw new types/* ConfigError */.xL(`${name}: ${problem.text}${line ? ` (line ${line})` : ''}`);
    }
    const config = value;
    // What the schema cannot know: rule ids that exist, dates that exist.
    for (const rule of Object.keys(config.severity ?? {})) {
        if (!rules.RULES.has(rule))
            throw new types/* ConfigError */.xL(`${name}: severity.${rule}: unknown rule id${lineSuffix(lineOf(['severity', rule]))}`);
    }
    for (const [i, s] of (config.suppressions ?? []).entries()) {
        if (!rules.RULES.has(s.rule))
            throw new types/* ConfigError */.xL(`${name}: suppressions[${i}].rule: unknown rule id "${s.rule}"${lineSuffix(lineOf(['suppressions', i, 'rule']))}`);
        if (s.expires !== undefined && !isRealDate(s.expires)) {
            throw new types/* ConfigError */.xL(`${name}: suppressions[${i}].expires: "${s.expires}" is not a date${lineSuffix(lineOf(['suppressions', i, 'expires']))}`);
        }
    }
    return config;
}
function lineSuffix(line) {
    return line ? ` (line ${line})` : '';
}
let compiled;
/** Ajv is loaded (and the schema compiled) only when a configuration exists. */
async function validator() {
    if (compiled)
        return compiled;
    const mod = (await __webpack_require__.e(/* import() */ 2463).then(__webpack_require__.t.bind(__webpack_require__, 4844, 19)));
    const Ajv = (mod.default.default ?? mod.default);
    compiled = new Ajv({ allErrors: false, verbose: true, strict: true }).compile(CONFIG_SCHEMA);
    return compiled;
}
async function validate(value) {
    const check = await validator();
    if (check(value))
        return undefined;
    const error = check.errors?.[0];
    if (!error)
        return { path: [], text: 'invalid configuration' };
    return describe(error);
}
/** One Ajv error as `key.path: what is wrong`. */
function describe(error) {
    const path = error.instancePath
        .split('/')
        .slice(1)
        .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    const expected = error.parentSchema?.description;
    const params = error.params;
    switch (error.keyword) {
        case 'required':
            return at([...path, String(params.missingProperty)], 'required');
        case 'additionalProperties': {
            const known = Object.keys(error.parentSchema?.properties ?? {});
            return at([...path, String(params.additionalProperty)], `unknown key${known.length ? ` (expected one of: ${known.join(', ')})` : ''}`);
        }
        case 'propertyNames':
            return at([...path, String(params.propertyName)], 'invalid key');
        case 'type':
            return at(path, `must be ${article(String(params.type))}${expected ? ` (${expected})` : ''}`);
        case 'enum':
        case 'const':
            return at(path, `invalid value ${show(error.data)}${expected ? `: expected ${expected}` : ''}`);
        default:
            return at(path, `invalid value ${show(error.data)}${expected ? `: expected ${expected}` : ''}`);
    }
}
function at(path, text) {
    return { path, text: `${formatPath(path) || '(top level)'}: ${text}` };
}
/** `suppressions[0].reason`, `severity["pickle/unknown-import"]` stays readable as `severity.pickle/unknown-import`. */
function formatPath(path) {
    let out = '';
    for (const part of path)
        out += typeof part === 'number' ? `[${part}]` : out ? `.${part}` : part;
    return out;
}
function article(type) {
    if (type === 'object')
        return 'a mapping';
    if (type === 'array')
        return 'a list';
    return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
function show(value) {
    const text = typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
    return text === undefined ? 'undefined' : text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
function firstLine(text) {
    return text.split('\n')[0].trim();
}
function keyNode(doc, path) {
    if (path.length === 0)
        return undefined;
    const parent = doc.getIn(path.slice(0, -1), true);
    const last = path[path.length - 1];
    return parent?.items?.find((pair) => pair.key?.value === last)?.key;
}
function isRealDate(text) {
    const date = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
function load_displayOf(root, path) {
    const rel = (0,external_node_path_.relative)(root, path);
    if (!rel || rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel))
        return path.split(external_node_path_.sep).join('/');
    return rel.split(external_node_path_.sep).join('/');
}

;// CONCATENATED MODULE: ./lib/config/setup-full.js





/** Loaded by pipeline.ts when a scan asks for configuration, a baseline, checksums or hashes. */
async function loadFullSetup(root, request) {
    const config = await loadConfig(root, request.config || undefined);
    const setup = {
        policy: policyFromConfig(config?.config),
        ignore: config?.config.ignore ?? [],
        hash: request.hash ?? false,
        apply: (report, options) => applyFullSetup(report, setup, options),
    };
    if (config)
        setup.config = config;
    if (request.baseline)
        setup.baseline = loadBaseline((0,external_node_path_.resolve)(root, request.baseline), request.baseline);
    if (request.checksums)
        setup.checksums = loadChecksums(root, request.checksums);
    return setup;
}
/** Hashes, checksums, configured severities and suppressions, stale suppressions, then the baseline. Mutates the report. */
function applyFullSetup(report, setup, options = {}) {
    if (setup.hash)
        hashScannedFiles(report);
    if (setup.checksums)
        verifyChecksums(report, setup.checksums);
    const overrides = setup.policy.severityOverrides;
    for (const file of report.files) {
        for (const finding of file.findings) {
            if (finding.ruleId === CHECKSUM_RULE && overrides[CHECKSUM_RULE])
                finding.severity = overrides[CHECKSUM_RULE];
        }
    }
    if (setup.config)
        applyConfig(report, setup.config, options);
    if (overrides[STALE_SUPPRESSION_RULE]) {
        for (const f of report.files.flatMap((x) => x.findings))
            if (f.ruleId === STALE_SUPPRESSION_RULE)
                f.severity = overrides[STALE_SUPPRESSION_RULE];
    }
    if (setup.baseline)
        applyBaseline(report, setup.baseline);
    return report;
}


/***/ })

};
