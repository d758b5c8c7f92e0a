export const id = 2190;
export const ids = [2190];
export const modules = {

/***/ 2190:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mergeCommand: () => (/* binding */ mergeCommand)
/* harmony export */ });
/* unused harmony exports findSarifFiles, readSarifFile, gateFromSarif, mergeExitCode, renderMergeText, renderMergeSummary, mergeSarifInputs */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _core_exit_codes_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1716);
/* harmony import */ var _core_severity_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3980);
/* harmony import */ var _core_version_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8067);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2527);
/* harmony import */ var _report_sarif_merge_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6394);







const SARIF_EXTENSIONS = ['.sarif', '.sarif.json'];
/** SARIF files named by the inputs: files as given, folders walked for *.sarif / *.sarif.json, sorted. */
function findSarifFiles(inputs, cwd, exclude) {
    const files = [];
    const errors = [];
    const walk = (dir) => {
        const entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, entry.name);
            if (entry.isDirectory())
                walk(path);
            else if (entry.isFile() && SARIF_EXTENSIONS.some((ext) => entry.name.toLowerCase().endsWith(ext)))
                files.push(path);
        }
    };
    for (const input of inputs) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, input);
        try {
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isDirectory())
                walk(path);
            else
                files.push(path);
        }
        catch (error) {
            errors.push(`cannot read ${input}: ${describe(error)}`);
        }
    }
    // The merged output itself, left by an earlier run in a folder we merge, is not a shard.
    return { files: [...new Set(files)].filter((f) => f !== exclude), errors };
}
/** Reads one SARIF 2.1.0 log; throws with a message naming the file. */
function readSarifFile(path) {
    let log;
    try {
        log = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
    }
    catch (error) {
        throw new Error(`${path} is not a readable JSON file: ${describe(error)}`);
    }
    const l = log;
    if (!l || typeof l !== 'object' || l.version !== '2.1.0' || !Array.isArray(l.runs)) {
        throw new Error(`${path} is not a SARIF 2.1.0 log`);
    }
    for (const run of l.runs) {
        if (!run || typeof run !== 'object' || typeof run.tool?.driver?.name !== 'string')
            throw new Error(`${path} has a run without a tool`);
        if (run.tool.driver.name !== _core_version_js__WEBPACK_IMPORTED_MODULE_5__/* .TOOL_NAME */ .lH) {
            throw new Error(`${path} was written by ${run.tool.driver.name}, not ${_core_version_js__WEBPACK_IMPORTED_MODULE_5__/* .TOOL_NAME */ .lH}: merge only the shards of one scan`);
        }
    }
    return log;
}
const LEVEL_SEVERITY = { error: 'high', warning: 'medium', note: 'low' };
function resultSeverity(result) {
    const s = result.properties?.['severity'];
    if (typeof s === 'string' && (0,_core_severity_js__WEBPACK_IMPORTED_MODULE_2__/* .isSeverity */ ._Z)(s))
        return s;
    // A result without our severity (edited by hand, or a newer writer): from its level, never dropped.
    return LEVEL_SEVERITY[result.level ?? 'warning'] ?? 'medium';
}
function resultFile(result) {
    const uri = result.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '(unknown file)';
    try {
        return decodeURIComponent(uri.replace(/^file:\/\//, ''));
    }
    catch {
        return uri;
    }
}
/** SARIF text escapes `[` and `]` (embedded links): undo it for display, where our own escaping applies. */
function sarifText(text) {
    return (text ?? '').replace(/\\([[\]\\])/g, '$1');
}
/** The gate of a merged log: counts from every result, threshold applied once. */
function gateFromSarif(log, threshold, inputs, errors = []) {
    const findings = [];
    let suppressed = 0;
    const notFullyScanned = [];
    const allErrors = [...errors];
    for (const run of log.runs) {
        for (const result of run.results ?? []) {
            if ((result.suppressions?.length ?? 0) > 0 || result.baselineState === 'unchanged') {
                suppressed++;
                continue;
            }
            const props = result.properties ?? {};
            const finding = {
                severity: resultSeverity(result),
                ruleId: result.ruleId ?? '(no rule)',
                file: resultFile(result),
                message: sarifText(result.message?.text),
            };
            if (typeof props['member'] === 'string')
                finding.member = props['member'];
            if (typeof props['callable'] === 'string')
                finding.callable = props['callable'];
            findings.push(finding);
        }
        for (const invocation of run.invocations ?? []) {
            if (invocation.executionSuccessful === false)
                allErrors.push('a shard reports that its scan did not complete');
            for (const n of invocation.toolExecutionNotifications ?? [])
                collectNotification(n, notFullyScanned, allErrors);
        }
    }
    findings.sort((a, b) => (0,_core_severity_js__WEBPACK_IMPORTED_MODULE_2__/* .severityRank */ .qs)(b.severity) - (0,_core_severity_js__WEBPACK_IMPORTED_MODULE_2__/* .severityRank */ .qs)(a.severity) || compare(a.file, b.file) || compare(a.member ?? '', b.member ?? ''));
    const counts = Object.fromEntries(_core_severity_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .oC.map((s) => [s, 0]));
    for (const f of findings)
        counts[f.severity]++;
    const blocking = findings.filter((f) => (0,_core_severity_js__WEBPACK_IMPORTED_MODULE_2__/* .meetsThreshold */ .M0)(f.severity, threshold)).length;
    return {
        threshold,
        outcome: blocking > 0 ? 'fail' : 'pass',
        findings,
        blocking,
        counts,
        highest: findings[0]?.severity,
        suppressed,
        notFullyScanned,
        errors: allErrors,
        inputs,
    };
}
function collectNotification(n, notFully, errors) {
    const status = n.properties?.['status'];
    if (typeof status === 'string') {
        const reasons = n.properties?.['reasons'];
        const why = Array.isArray(reasons) && reasons.length > 0 ? reasons.map(String).join('; ') : status;
        const uri = n.locations?.[0]?.physicalLocation?.artifactLocation?.uri;
        let file = uri ?? '(unknown file)';
        try {
            file = decodeURIComponent(file.replace(/^file:\/\//, ''));
        }
        catch {
            // keep the raw URI
        }
        notFully.push({ file, status, why });
    }
    else if (n.level === 'error') {
        errors.push(sarifText(n.message.text));
    }
}
/** 1 on findings at or above the threshold (wins), 2 on any error, else 0: as `scan`. */
function mergeExitCode(gate) {
    if (gate.outcome === 'fail')
        return _core_exit_codes_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT_FINDINGS */ .cB;
    if (gate.errors.length > 0)
        return _core_exit_codes_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT_ERROR */ .SI;
    return _core_exit_codes_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT_PASS */ .rc;
}
function countsLine(gate) {
    return _core_severity_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .oC.map((s) => `${gate.counts[s]} ${s}`).join(', ');
}
function verdict(gate) {
    return `${gate.outcome === 'fail' ? 'FAILED' : 'PASSED'} (threshold: ${gate.threshold})`;
}
/** Plain text for a terminal or a CI log; strings from the scanned files are escaped. */
function renderMergeText(gate, maxFindings = 50) {
    const lines = [];
    for (const f of gate.findings.slice(0, maxFindings)) {
        const where = f.member !== undefined ? `${f.file} \u2192 ${f.member}` : f.file;
        lines.push(`${f.severity.toUpperCase().padEnd(8)} ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeTerminal */ .en)((0,_report_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .shorten */ .ml)(where, 200))}  [${f.ruleId}]`);
        lines.push(`         ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeTerminal */ .en)((0,_report_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .shorten */ .ml)(f.message, 400))}`);
    }
    if (gate.findings.length > maxFindings)
        lines.push(`\u2026and ${gate.findings.length - maxFindings} more findings; see the SARIF file.`);
    if (gate.notFullyScanned.length > 0)
        lines.push(`${gate.notFullyScanned.length} files not fully scanned: not known to be safe (see the SARIF file).`);
    for (const e of gate.errors)
        lines.push(`error: ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeTerminal */ .en)((0,_report_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .shorten */ .ml)(e, 400))}`);
    if (gate.suppressed > 0)
        lines.push(`${gate.suppressed} suppressed or baseline findings not counted.`);
    lines.push(`${gate.inputs} SARIF files merged: ${countsLine(gate)} \u2014 ${verdict(gate)}`);
    return `${lines.join('\n')}\n`;
}
/** The job summary of a merged scan. Bounded: at most `maxRows` findings and files. */
function renderMergeSummary(gate, maxRows = 500) {
    const out = [];
    out.push(`## Model scan (${gate.inputs} shards merged): ${gate.outcome === 'fail' ? '\u274c failed' : '\u2705 passed'}\n`);
    out.push(`Threshold: **${gate.threshold}**. ${gate.blocking} finding${gate.blocking === 1 ? '' : 's'} at or above it.\n`);
    out.push('| Critical | High | Medium | Low |', '|---:|---:|---:|---:|', `| ${_core_severity_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .oC.map((s) => gate.counts[s]).join(' | ')} |`, '');
    if (gate.suppressed > 0)
        out.push(`${gate.suppressed} suppressed or baseline findings: not counted against the threshold.\n`);
    if (gate.findings.length > 0) {
        out.push('### Findings\n', '| Severity | File | Member | Rule | Message |', '|---|---|---|---|---|');
        for (const f of gate.findings.slice(0, maxRows)) {
            out.push(`| ${f.severity} | ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)((0,_report_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .shorten */ .ml)(f.file, 300))} | ${f.member !== undefined ? (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)((0,_report_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .shorten */ .ml)(f.member, 300)) : ''} | ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(f.ruleId)} | ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .neutralizeProse */ .xo)((0,_report_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .shorten */ .ml)(f.message, 400))} |`);
        }
        if (gate.findings.length > maxRows)
            out.push(`\n\u2026and ${gate.findings.length - maxRows} more findings; see the SARIF file.`);
        out.push('');
    }
    if (gate.notFullyScanned.length > 0) {
        out.push(`### Not fully scanned (${gate.notFullyScanned.length})\n`, 'These files are not known to be safe.\n', '| File | Status | Why |', '|---|---|---|');
        for (const f of gate.notFullyScanned.slice(0, maxRows)) {
            out.push(`| ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)((0,_report_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .shorten */ .ml)(f.file, 300))} | ${f.status} | ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .neutralizeProse */ .xo)((0,_report_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .shorten */ .ml)(f.why, 400))} |`);
        }
        if (gate.notFullyScanned.length > maxRows)
            out.push(`\n\u2026and ${gate.notFullyScanned.length - maxRows} more files; see the SARIF file.`);
        out.push('');
    }
    if (gate.errors.length > 0) {
        out.push('### Errors\n');
        for (const e of gate.errors.slice(0, maxRows))
            out.push(`- ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .neutralizeProse */ .xo)((0,_report_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .shorten */ .ml)(e, 400))}`);
        out.push('');
    }
    return `${out.join('\n')}\n`;
}
/** Finds, reads and merges the SARIF files; never throws (problems become gate errors). */
function mergeSarifInputs(inputs, cwd, flags) {
    const { files, errors } = findSarifFiles(inputs, cwd, flags.sarif !== undefined ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, flags.sarif) : undefined);
    const logs = [];
    for (const file of files) {
        try {
            logs.push(readSarifFile(file));
        }
        catch (error) {
            errors.push(describe(error));
        }
    }
    if (files.length === 0)
        errors.push(`no SARIF files found in ${inputs.join(', ') || '(no inputs)'}`);
    if (flags.expect !== undefined && files.length < flags.expect) {
        errors.push(`expected ${flags.expect} SARIF files (one per shard), found ${files.length}: a shard did not finish`);
    }
    let log;
    if (logs.length > 0 && logs.some((l) => l.runs.length > 0)) {
        try {
            log = (0,_report_sarif_merge_js__WEBPACK_IMPORTED_MODULE_4__/* .mergeSarif */ .I)(logs, flags.category);
        }
        catch (error) {
            errors.push(`cannot merge: ${describe(error)}`);
        }
    }
    const gate = gateFromSarif(log ?? { version: '2.1.0', runs: [] }, flags.failOn, logs.length, errors);
    return { log, gate };
}
/** The CLI command; returns the exit code. */
function mergeCommand(inputs, flags, io) {
    const { log, gate } = mergeSarifInputs(inputs, io.cwd, flags);
    const sarifText = log ? `${JSON.stringify(log, null, 2)}\n` : undefined;
    if (flags.sarif) {
        if (!sarifText) {
            io.stderr(`${_core_version_js__WEBPACK_IMPORTED_MODULE_5__/* .TOOL_NAME */ .lH}: nothing merged, ${flags.sarif} not written\n`);
        }
        else {
            try {
                const out = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, flags.sarif);
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(out), { recursive: true });
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(out, sarifText);
            }
            catch (error) {
                io.stderr(`${_core_version_js__WEBPACK_IMPORTED_MODULE_5__/* .TOOL_NAME */ .lH}: cannot write ${flags.sarif}: ${describe(error)}\n`);
                return _core_exit_codes_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT_ERROR */ .SI;
            }
        }
    }
    switch (flags.format) {
        case 'sarif':
            if (sarifText)
                io.stdout(sarifText);
            break;
        case 'json':
            io.stdout(`${JSON.stringify({ tool: _core_version_js__WEBPACK_IMPORTED_MODULE_5__/* .TOOL_NAME */ .lH, ...gate, findings: gate.findings }, null, 2)}\n`);
            break;
        case 'markdown':
            io.stdout(renderMergeSummary(gate));
            break;
        default:
            io.stdout(renderMergeText(gate));
    }
    for (const e of gate.errors)
        if (flags.format !== 'text')
            io.stderr(`${_core_version_js__WEBPACK_IMPORTED_MODULE_5__/* .TOOL_NAME */ .lH}: ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeTerminal */ .en)(e)}\n`);
    return mergeExitCode(gate);
}
function describe(error) {
    return error instanceof Error ? error.message : String(error);
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 2527:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   au: () => (/* binding */ escapeSarifText),
/* harmony export */   en: () => (/* binding */ escapeTerminal),
/* harmony export */   ml: () => (/* binding */ shorten),
/* harmony export */   xo: () => (/* binding */ neutralizeProse)
/* harmony export */ });
/* unused harmony exports neutralizeMarkdown, escapeMarkdownTableCell, visibleControls, stripAnsi */
/**
 * Escaping for strings that come from the scanned repository (file names,
 * archive member names, pickle globals, constant arguments). All of them are
 * attacker-controlled: a file name can carry markup, links, mentions, ANSI
 * escape sequences or bidi overrides meant to disguise what a report says.
 */
const HTML_ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
    '`': '&#96;',
};
/** HTML-escapes `& < > " '` and backticks (which start code spans in markdown). */
function escapeHtml(text) {
    return text.replace(/[&<>"'`]/g, (c) => HTML_ENTITIES[c]);
}
/**
 * Characters that can start markdown or HTML syntax mid-line, GitHub math
 * (`$`), emoji shortcodes (`:`), or an auto-link (`http:`, `www.`, `a@b.c`).
 * They become numeric character references: renderers display those
 * literally and never treat them as syntax.
 */
const MARKDOWN_SPECIAL = /www\.|[&<>"'`\\*_[\]()!#|~{}:@$]/gi;
/** At the start of a line these begin a list, a quote, a heading underline or a code block. */
const LINE_START_SPECIAL = /^[-+=0-9 ]/;
function charReference(c) {
    return `&#${c.codePointAt(0)};`;
}
/**
 * Makes text safe to embed in GitHub-flavoured markdown (and in HTML around it):
 * no links, images, emphasis, headings, tables, HTML tags or auto-links survive,
 * control characters are shown as escapes, and the result is a single line.
 * Wrap the result in `<code>` (see {@link codeSpan}) to also keep GitHub from
 * linking `@mentions` and `#refs`, which it does on the rendered text.
 */
function neutralizeMarkdown(text) {
    return visibleControls(text)
        .replace(MARKDOWN_SPECIAL, (m) => (m.length > 1 ? `${m.slice(0, 3)}&#46;` : charReference(m)))
        .replace(LINE_START_SPECIAL, charReference);
}
/** U+2060 WORD JOINER: invisible, and breaks GitHub's `@user` / `#123` linking, which needs a name right after the sign. */
const WORD_JOINER = '&#8288;';
/**
 * Untrusted prose (messages, reasons) outside a code span: neutralised
 * markdown, and `@mentions` / `#refs` broken with an invisible word joiner
 * (GitHub links those on the rendered text, after entities are decoded).
 */
function neutralizeProse(text) {
    return neutralizeMarkdown(text).replace(/&#(64|35);/g, `$&${WORD_JOINER}`);
}
/**
 * A markdown table cell: pipes cannot add columns, and line breaks (shown as
 * `\n`, so a name that hides one stays recognisable) cannot end the row.
 */
function escapeMarkdownTableCell(text) {
    return neutralizeMarkdown(text);
}
/** Inline code for an untrusted string: literal in markdown and HTML, and never linkified. */
function codeSpan(text) {
    return `<code>${neutralizeMarkdown(text)}</code>`;
}
/**
 * Control characters that make a terminal (or a reader) see something other
 * than what is there: C0 (incl. ESC, CR, LF, TAB), DEL, C1, the Arabic letter
 * mark, LRM/RLM, line/paragraph separators, and the bidi embedding, override
 * and isolate controls (the "Trojan Source" set).
 */
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED_ESCAPES = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/** Replaces every control character with a visible escape such as `\x1b` or `\u202e`. */
function visibleControls(text) {
    return text.replace(CONTROL_CHARS, (c) => {
        const named = NAMED_ESCAPES[c];
        if (named)
            return named;
        const code = c.charCodeAt(0);
        return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
    });
}
/**
 * The GitHub Actions runner obeys `##[command]` anywhere in a log line and
 * `::command::` at the start of one (after leading whitespace). Output of the
 * CLI and the action ends up in that log.
 */
const LEGACY_WORKFLOW_COMMAND = /##\[/g;
const LEADING_WORKFLOW_COMMAND = /^(\s*):(?=:)/;
/**
 * Makes an untrusted string safe to print on a terminal or in a GitHub Actions
 * log: every control character (ESC, CR, LF, bidi overrides, \u2026) is shown as an
 * escape (`\x1b`, `\u202e`) instead of being interpreted, the result is one
 * line, and it cannot carry a workflow command (`##[` and a leading `::` get
 * their first character shown as `\x23` / `\x3a`).
 */
function escapeTerminal(text) {
    return visibleControls(text).replace(LEGACY_WORKFLOW_COMMAND, '\\x23#[').replace(LEADING_WORKFLOW_COMMAND, '$1\\x3a');
}
/**
 * SARIF plain-text messages treat `[text](target)` as an embedded link
 * (SARIF 2.1.0 \u00a73.11.6); literal brackets, and a backslash right before
 * one, must be escaped with a backslash.
 */
const SARIF_LINK_CHARS = /\\(?=[[\]])|[[\]]/g;
/**
 * Makes an untrusted string safe inside a SARIF `message.text`: no embedded
 * links, and control characters (bidi overrides included) shown as escapes
 * so the code scanning UI shows what is really there.
 */
function escapeSarifText(text) {
    return visibleControls(text).replace(SARIF_LINK_CHARS, '\\$&');
}
/** ANSI escape sequences (CSI, OSC, and two-character ESC sequences). */
const ANSI_SEQUENCE = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]|\u009b[0-?]*[ -/]*[@-~]/g;
/** Removes ANSI escape sequences (colours, cursor moves, OSC hyperlinks) from text. */
function stripAnsi(text) {
    return text.replace(ANSI_SEQUENCE, '');
}
const ELLIPSIS = '\u2026';
/**
 * Shortens text to at most `max` characters (code points), ending with "\u2026"
 * when cut. Never splits a surrogate pair.
 */
function shorten(text, max) {
    if (max <= 0)
        return '';
    const chars = Array.from(text);
    if (chars.length <= max)
        return text;
    return chars.slice(0, max - 1).join('') + ELLIPSIS;
}


/***/ }),

/***/ 11:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A5: () => (/* binding */ SARIF_SCHEMA),
/* harmony export */   Fj: () => (/* binding */ DEFAULT_CATEGORY),
/* harmony export */   XG: () => (/* binding */ FINGERPRINT_KEY),
/* harmony export */   _R: () => (/* binding */ MAX_SARIF_RESULTS),
/* harmony export */   jY: () => (/* binding */ automationId)
/* harmony export */ });
/** Fixed values of the SARIF we emit, shared by the builder and the merger. */
const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Code scanning rejects a run with more results than this. */
const MAX_SARIF_RESULTS = 25_000;
/** Our own stable fingerprint key (upload-sarif computes primaryLocationLineHash itself). */
const FINGERPRINT_KEY = 'modelscanFinding/v1';
const DEFAULT_CATEGORY = 'modelscan';
/**
 * `automationDetails.id` for a category: GitHub reads everything before the
 * last '/' as the category, so a trailing slash sets the category alone.
 * An empty or missing category (an unset action input is '') falls back to the default.
 */
function automationId(category) {
    const trimmed = (category ?? '').trim().replace(/\/+$/, '');
    return `${trimmed || DEFAULT_CATEGORY}/`;
}


/***/ }),

/***/ 6394:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ mergeSarif)
/* harmony export */ });
/* harmony import */ var _sarif_constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11);

/** Most severe first, from our `properties.severity` or, for foreign results, the level. */
const RESULT_RANK = { critical: 4, high: 3, error: 3, medium: 2, warning: 2, low: 1, note: 1 };
/**
 * Merges SARIF logs from shards of one scan into a single run: code scanning
 * no longer combines several runs with the same tool and category. Rules are
 * united by id (first definition wins), `ruleIndex` is recomputed, results
 * and invocation notifications are concatenated. Over code scanning's
 * result limit, the least severe results are dropped, with a notification.
 */
function mergeSarif(logs, category) {
    const runs = logs.flatMap((log) => log.runs);
    const first = runs[0];
    if (!first)
        throw new Error('mergeSarif: no SARIF runs to merge');
    const rules = [];
    const ruleIndex = new Map();
    const results = [];
    for (const run of runs) {
        const runRules = run.tool.driver.rules ?? [];
        for (const rule of runRules) {
            if (!ruleIndex.has(rule.id)) {
                ruleIndex.set(rule.id, rules.length);
                rules.push(rule);
            }
        }
        for (const result of run.results ?? []) {
            const id = result.ruleId ?? (result.ruleIndex !== undefined ? runRules[result.ruleIndex]?.id : undefined);
            const merged = { ...result };
            if (id !== undefined && ruleIndex.has(id)) {
                merged.ruleId = id;
                merged.ruleIndex = ruleIndex.get(id);
            }
            else {
                delete merged.ruleIndex;
            }
            results.push(merged);
        }
    }
    const kept = keepMostSevere(results);
    const invocation = mergeInvocations(runs);
    if (kept.length < results.length) {
        const dropped = {
            level: 'warning',
            message: {
                text: `${results.length - kept.length} less severe results were left out of this SARIF file to stay under code scanning's limit of ${_sarif_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_SARIF_RESULTS */ ._R} results per run.`,
            },
        };
        invocation.toolExecutionNotifications = [...(invocation.toolExecutionNotifications ?? []), dropped];
    }
    const merged = {
        ...first,
        tool: { ...first.tool, driver: { ...first.tool.driver, rules } },
        invocations: [invocation],
        results: kept,
    };
    const id = category !== undefined ? (0,_sarif_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .automationId */ .jY)(category) : first.automationDetails?.id;
    if (id !== undefined)
        merged.automationDetails = { ...first.automationDetails, id };
    return { $schema: logs[0]?.$schema ?? _sarif_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .SARIF_SCHEMA */ .A5, version: '2.1.0', runs: [merged] };
}
/** One invocation covering every shard: successful only if all were, spanning all their times. */
function mergeInvocations(runs) {
    const invocations = runs.flatMap((run) => run.invocations ?? []);
    const merged = { executionSuccessful: invocations.every((i) => i.executionSuccessful) };
    const starts = invocations.map((i) => i.startTimeUtc).filter((t) => t !== undefined).sort();
    const ends = invocations.map((i) => i.endTimeUtc).filter((t) => t !== undefined).sort();
    if (starts.length > 0)
        merged.startTimeUtc = starts[0];
    if (ends.length > 0)
        merged.endTimeUtc = ends[ends.length - 1];
    const notifications = invocations.flatMap((i) => i.toolExecutionNotifications ?? []);
    if (notifications.length > 0)
        merged.toolExecutionNotifications = notifications;
    return merged;
}
function resultRank(result) {
    const severity = result.properties?.['severity'];
    return RESULT_RANK[typeof severity === 'string' ? severity : (result.level ?? 'warning')] ?? 0;
}
function keepMostSevere(results) {
    if (results.length <= _sarif_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_SARIF_RESULTS */ ._R)
        return results;
    // Array.prototype.sort is stable: equal ranks keep shard order.
    return [...results].sort((a, b) => resultRank(b) - resultRank(a)).slice(0, _sarif_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_SARIF_RESULTS */ ._R);
}


/***/ })

};
