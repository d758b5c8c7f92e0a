export const id = 4302;
export const ids = [4302];
export const modules = {

/***/ 4302:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./lib/core/discover.js
var discover = __webpack_require__(2916);
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

// EXTERNAL MODULE: ./lib/core/scan.js + 7 modules
var scan = __webpack_require__(8430);
;// CONCATENATED MODULE: ./lib/core/shard.js
/** Parses "i/n" (1 \u2264 i \u2264 n \u2264 256, GitHub's matrix ceiling). */
function parseShard(value) {
    const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
    const index = Number(m?.[1]);
    const count = Number(m?.[2]);
    if (!m || count < 1 || count > 256 || index < 1 || index > count) {
        throw new Error(`invalid shard "${value}": expected i/n with 1 \u2264 i \u2264 n \u2264 256 (e.g. 2/4)`);
    }
    return { index, count };
}

// EXTERNAL MODULE: ./lib/core/version.js
var version = __webpack_require__(8067);
;// CONCATENATED MODULE: ./lib/report/coverage.js
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

// EXTERNAL MODULE: ./lib/report/escape.js
var report_escape = __webpack_require__(2527);
;// CONCATENATED MODULE: ./lib/report/finding-text.js
/**
 * `os.system('id')`: the callable and its constant arguments, when known.
 * Raw: each renderer escapes it for its medium.
 */
function callDisplay(finding) {
    if (!finding.callable)
        return '';
    return finding.args ? `${finding.callable}(${finding.args.join(', ')})` : finding.callable;
}

;// CONCATENATED MODULE: ./lib/report/markdown.js




const DEFAULT_SUMMARY_BYTES = 900 * 1024;
const SEVERITY_LABEL = {
    critical: '\u26d4 Critical',
    high: '\ud83d\udd34 High',
    medium: '\ud83d\udfe0 Medium',
    low: '\ud83d\udfe1 Low',
};
/** Display lengths for untrusted strings (cut before escaping, so no reference is split). */
const MAX_PATH = 300;
const MAX_CALL = 200;
const MAX_MESSAGE = 400;
/** Room kept for the "\u2026and N more" line a truncated table ends with. */
const MORE_LINE_RESERVE = 200;
/**
 * The job summary: verdict, counts, findings, files not fully scanned, input
 * errors and skipped entries. Every string from the scanned repository is
 * neutralised; tables stop before the byte budget, pointing at the SARIF file.
 */
function renderSummary(report, gate, options = {}) {
    const footer = renderFooter(report, gate);
    const budget = new ByteBudget((options.maxBytes ?? DEFAULT_SUMMARY_BYTES) - byteLength(footer) - 2);
    budget.take(renderHeader(gate, options.title ?? 'Model scan'));
    const suppressed = report.files.reduce((n, f) => n + (f.suppressed?.length ?? 0), 0);
    if (suppressed > 0)
        budget.take(`${plural(suppressed, 'finding')} suppressed (configuration or baseline): not counted against the threshold.\n`);
    if (!nothingToScan(gate))
        budget.take(renderCounts(gate));
    const sections = tableSections(report, gate).filter((section) => section.rows.length > 0);
    sections.forEach((section, i) => {
        // Later sections keep room for at least their heading and a "more" line.
        const reserve = (sections.length - i - 1) * MIN_SECTION_BYTES;
        if (!budget.take(section.heading))
            return;
        budget.table(section.columns, section.rows, section.more, reserve);
        if (section.closing)
            budget.take(section.closing);
    });
    return `${budget.parts.join('\n')}\n${footer}\n`;
}
/** Room kept for a section that has not been rendered yet. */
const MIN_SECTION_BYTES = 400;
function tableSections(report, gate) {
    const partial = notFullyScannedModels(gate);
    return [
        {
            heading: '### Findings\n',
            columns: ['Severity', 'File', 'Member / offset', 'Format', 'Rule', 'Would execute', 'Message'],
            rows: gate.findings.map(findingRow),
            more: (n) => `\u2026and ${n} more findings; see the SARIF file.`,
        },
        {
            heading: `### Not fully scanned (${partial.length})\n\nThese files are not known to be safe.\n`,
            columns: ['File', 'Status', 'Formats', 'Why'],
            rows: partial.map(notScannedRow),
            more: (n) => `\u2026and ${n} more files; see the SARIF file.`,
        },
        {
            heading: `### Inputs that could not be scanned (${report.errors.length})\n`,
            columns: ['Path', 'Error'],
            rows: report.errors.map((e) => [(0,report_escape/* codeSpan */.SS)((0,report_escape/* shorten */.ml)(e.path, MAX_PATH)), markdown_text((0,report_escape/* shorten */.ml)(e.message, MAX_MESSAGE))]),
            more: moreEntries,
        },
        {
            heading: `<details><summary>Skipped entries (${report.skipped.length})</summary>\n`,
            columns: ['Path', 'Reason'],
            rows: report.skipped.map((s) => [(0,report_escape/* codeSpan */.SS)((0,report_escape/* shorten */.ml)(s.path, MAX_PATH)), markdown_text((0,report_escape/* shorten */.ml)(s.reason, MAX_MESSAGE))]),
            more: moreEntries,
            closing: '</details>\n',
        },
    ];
}
function moreEntries(n) {
    return `\u2026and ${n} more; see the SARIF file.`;
}
function renderHeader(gate, title) {
    const verdict = gate.outcome === 'fail' ? '\u274c' : '\u2705';
    const lines = [`## ${verdict} ${markdown_text(title)}: ${gate.outcome === 'fail' ? 'failed' : 'passed'} (threshold: ${gate.threshold})`, ''];
    if (nothingToScan(gate)) {
        lines.push('No model files were found to scan, so nothing was checked.');
    }
    else if (gate.findings.length === 0) {
        lines.push(`No findings in ${plural(gate.scannedFiles, 'scanned file')}.`);
    }
    else if (gate.threshold === 'none') {
        lines.push(`${plural(gate.findings.length, 'finding')}. The gate is off (threshold \`none\`), so findings never fail the run.`);
    }
    else if (gate.outcome === 'fail') {
        lines.push(`**${plural(gate.blocking.length, 'finding')} at or above \`${gate.threshold}\`**, the failure threshold.`);
    }
    else {
        lines.push(`${plural(gate.findings.length, 'finding')}, none at or above \`${gate.threshold}\`, the failure threshold.`);
    }
    const partial = notFullyScannedModels(gate).length;
    if (partial > 0) {
        lines.push('', `\u26a0\ufe0f ${plural(partial, 'file')} could not be fully scanned and ${partial === 1 ? 'is' : 'are'} not known to be safe.`);
    }
    return `${lines.join('\n')}\n`;
}
function renderCounts(gate) {
    const rows = severity/* SEVERITIES */.oC.map((s) => `| ${SEVERITY_LABEL[s]} | ${gate.counts[s]} |`);
    return ['| Severity | Findings |', '| --- | ---: |', ...rows, ''].join('\n');
}
function renderFooter(report, gate) {
    const seconds = (report.durationMs / 1000).toFixed(1);
    const examined = report.files.length;
    return `<sub>${(0,report_escape/* escapeHtml */.ZD)(report.tool.name)} ${(0,report_escape/* escapeHtml */.ZD)(report.tool.version)} \u00b7 ${plural(gate.scannedFiles, 'file')} scanned \u00b7 ${examined} examined \u00b7 ${seconds} s</sub>`;
}
function findingRow(f) {
    const where = [];
    if (f.member !== undefined)
        where.push((0,report_escape/* codeSpan */.SS)((0,report_escape/* shorten */.ml)(f.member, MAX_PATH)));
    if (f.offset !== undefined)
        where.push(`byte ${f.offset}`);
    return [
        SEVERITY_LABEL[f.severity],
        (0,report_escape/* codeSpan */.SS)((0,report_escape/* shorten */.ml)(f.file, MAX_PATH)),
        where.join(' at ') || '\u2013',
        markdown_text(f.format),
        (0,report_escape/* codeSpan */.SS)(f.ruleId),
        f.callable ? (0,report_escape/* codeSpan */.SS)((0,report_escape/* shorten */.ml)(callDisplay(f), MAX_CALL)) : '\u2013',
        markdown_text((0,report_escape/* shorten */.ml)(f.message, MAX_MESSAGE)),
    ];
}
function notScannedRow(f) {
    return [
        (0,report_escape/* codeSpan */.SS)((0,report_escape/* shorten */.ml)(f.file, MAX_PATH)),
        f.status,
        f.formats.length > 0 ? markdown_text(f.formats.join(', ')) : '\u2013',
        f.reasons.length > 0 ? markdown_text((0,report_escape/* shorten */.ml)(f.reasons.join('; '), MAX_MESSAGE)) : '\u2013',
    ];
}
/** Untrusted prose (messages, reasons, formats): neutralised markdown. */
function markdown_text(value) {
    return (0,report_escape/* neutralizeProse */.xo)(value);
}
function plural(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
function byteLength(s) {
    return Buffer.byteLength(s, 'utf8');
}
/** Accumulates blocks (joined by newlines) until the byte budget runs out. */
class ByteBudget {
    limit;
    parts = [];
    used = 0;
    constructor(limit) {
        this.limit = limit;
    }
    /** Adds a block if it fits; returns whether it did. */
    take(block) {
        const size = byteLength(block) + 1;
        if (this.used + size > this.limit)
            return false;
        this.parts.push(block);
        this.used += size;
        return true;
    }
    /** A markdown table, cut before the budget, keeping room for the "more" line and `reserve` bytes. */
    table(header, rows, more, reserve = 0) {
        const head = [`| ${header.join(' | ')} |`, `|${header.map(() => ' --- ').join('|')}|`].join('\n');
        const lines = [head];
        let size = byteLength(head) + 1;
        let shown = 0;
        for (const row of rows) {
            const line = `| ${row.join(' | ')} |`;
            const lineSize = byteLength(line) + 1;
            if (this.used + size + lineSize + MORE_LINE_RESERVE + reserve > this.limit)
                break;
            lines.push(line);
            size += lineSize;
            shown++;
        }
        if (shown === 0 && rows.length > 0) {
            this.take(more(rows.length));
            return;
        }
        const left = rows.length - shown;
        this.take(`${lines.join('\n')}\n${left > 0 ? `\n${more(left)}\n` : ''}`);
    }
}

// EXTERNAL MODULE: ./lib/policy/rules.js + 4 modules
var rules = __webpack_require__(5497);
// EXTERNAL MODULE: ./lib/report/sarif-constants.js
var sarif_constants = __webpack_require__(11);
// EXTERNAL MODULE: ./lib/report/fingerprint.js
var fingerprint = __webpack_require__(4458);
;// CONCATENATED MODULE: ./lib/report/sarif-location.js
/** The base id GitHub (and CodeQL) use for "relative to the repository root". */
const SRCROOT = '%SRCROOT%';
/**
 * Percent-encodes one path segment. Encodes everything a URI treats
 * specially (space, `#`, `?`, `%`, `:`) and every non-ASCII character (as UTF-8).
 */
function encodeSegment(segment) {
    return encodeURIComponent(segment);
}
function encodePath(posixPath) {
    return posixPath.split('/').map(encodeSegment).join('/');
}
function isWindowsAbsolute(path) {
    return /^[A-Za-z]:[\\/]/.test(path);
}
function isAbsolutePath(path) {
    return path.startsWith('/') || isWindowsAbsolute(path);
}
/** True when a report path cannot be expressed relative to the root. */
function isOutsideRoot(file) {
    return isAbsolutePath(file) || file === '..' || file.startsWith('../');
}
/** `file://` URI for an absolute path (POSIX or Windows). */
function fileUri(absolutePath) {
    // Already a URL (files scanned from the Hugging Face Hub).
    if (/^https?:\/\//i.test(absolutePath))
        return absolutePath;
    const posix = absolutePath.replace(/\\/g, '/');
    if (isWindowsAbsolute(absolutePath)) {
        const [drive, ...rest] = posix.split('/');
        return `file:///${drive}/${encodePath(rest.join('/'))}`;
    }
    return `file://${encodePath(posix)}`;
}
/** `file://` URI of a directory, ending with '/' as SARIF requires for base URIs. */
function directoryUri(absolutePath) {
    const uri = fileUri(absolutePath);
    return uri.endsWith('/') ? uri : `${uri}/`;
}
/**
 * Where a file lives, for SARIF: relative to %SRCROOT% when it is under the
 * root (what code scanning needs to show it), an absolute `file://` URI otherwise.
 */
function artifactLocationFor(file, absolutePath) {
    if (isOutsideRoot(file))
        return { uri: fileUri(isAbsolutePath(absolutePath) ? absolutePath : file) };
    return { uri: encodePath(file), uriBaseId: SRCROOT };
}

;// CONCATENATED MODULE: ./lib/report/sarif-rules.js

/**
 * GitHub buckets `security-severity` as >9.0 critical, 7.0\u20138.9 high,
 * 4.0\u20136.9 medium, 0.1\u20133.9 low; these values sit well inside each bucket.
 */
const SECURITY_SEVERITY = {
    critical: '9.5',
    high: '8.0',
    medium: '5.5',
    low: '2.0',
};
const SARIF_LEVEL = {
    critical: 'error',
    high: 'error',
    medium: 'warning',
    low: 'note',
};
/** GitHub keeps only the first 10 tags of a rule (and rejects more than 20). */
const MAX_TAGS = 10;
/** GitHub's limits on rule names and descriptions. */
const MAX_NAME = 255;
const MAX_DESCRIPTION = 1024;
function clip(text, max) {
    return text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
}
/** Help text for clients that do not render markdown: drop emphasis and code marks. */
function plainText(markdown) {
    return markdown.replace(/\*\*|`/g, '');
}
function ruleTags(rule) {
    const tags = rule.tags.includes('security') ? rule.tags : ['security', ...rule.tags];
    return [...new Set(tags)].slice(0, MAX_TAGS);
}
/**
 * A SARIF rule for a catalogue rule. `severity` is the severity the results
 * actually carry (policy overrides may differ from the catalogue default):
 * code scanning reads security-severity from the rule, not from results.
 */
function sarifRule(rule, severity = rule.severity) {
    return {
        id: rule.id,
        name: clip(rule.name, MAX_NAME),
        shortDescription: { text: clip(rule.short, MAX_DESCRIPTION) },
        fullDescription: { text: clip(rule.full, MAX_DESCRIPTION) },
        help: { text: plainText(rule.help), markdown: rule.help },
        defaultConfiguration: { level: SARIF_LEVEL[severity] },
        properties: {
            tags: ruleTags(rule),
            precision: rule.precision,
            'security-severity': SECURITY_SEVERITY[severity],
        },
    };
}
/** A stand-in for a rule id missing from the catalogue, so a result is never dropped or left without its rule. */
function fallbackRule(id, severity) {
    const name = id
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map((part) => part[0].toUpperCase() + part.slice(1))
        .join('');
    return {
        id,
        name: name || 'UnknownRule',
        severity,
        short: `Finding reported under rule ${id}.`,
        full: `The scanner reported a finding under rule ${id}, which is not in this version's rule catalogue.`,
        help: 'See the result message for details.',
        tags: ['security'],
        precision: 'medium',
    };
}
function catalogueRule(id, severity) {
    return rules.RULES.get(id) ?? fallbackRule(id, severity);
}

// EXTERNAL MODULE: ./lib/report/sarif-merge.js
var sarif_merge = __webpack_require__(6394);
;// CONCATENATED MODULE: ./lib/report/sarif.js












/** Notifications per kind (not-fully-scanned files, input errors, skipped entries). */
const MAX_NOTIFICATIONS_PER_KIND = 1_000;
/** Builds a SARIF 2.1.0 log that GitHub code scanning accepts as is. */
function buildSarif(report, options = {}) {
    const limit = Math.min(options.maxResults ?? sarif_constants/* MAX_SARIF_RESULTS */._R, sarif_constants/* MAX_SARIF_RESULTS */._R);
    const all = collectFindings(report);
    const kept = all.slice(0, limit);
    const rules = buildRules(kept);
    const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
    const run = {
        tool: {
            driver: {
                name: report.tool.name,
                semanticVersion: report.tool.version,
                informationUri: version/* TOOL_URI */.qH,
                rules,
            },
        },
        automationDetails: { id: (0,sarif_constants/* automationId */.jY)(options.category) },
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(report.root) } },
        invocations: [buildInvocation(report, all.length - kept.length)],
        results: kept.map((item) => withSuppression(buildResult(item, ruleIndex.get(item.finding.ruleId)), item.finding, options.baseline ?? false)),
    };
    const artifacts = report.files.filter((f) => f.sha256).map((f) => ({ location: artifactLocationFor(f.file, f.absolutePath), hashes: { 'sha-256': f.sha256 } }));
    if (artifacts.length > 0)
        run.artifacts = artifacts;
    return { $schema: sarif_constants/* SARIF_SCHEMA */.A5, version: '2.1.0', runs: [run] };
}
/** Every finding, most severe first, then by file, member and offset (stable across runs). */
function collectFindings(report) {
    return report.files
        .flatMap((file) => [...file.findings, ...(file.suppressed ?? [])].map((finding) => ({ finding, file })))
        .sort((a, b) => 
    // Suppressed and baseline results last: the first dropped when over the limit.
    Number(a.finding.suppression !== undefined) - Number(b.finding.suppression !== undefined) ||
        (0,severity/* bySeverityDesc */.IO)(a.finding, b.finding) ||
        sarif_compare(a.finding.file, b.finding.file) ||
        sarif_compare(a.finding.member ?? '', b.finding.member ?? '') ||
        (a.finding.offset ?? 0) - (b.finding.offset ?? 0));
}
/**
 * Every catalogue rule (stable indexes, and code scanning learns all rules),
 * plus any unknown rule id a result uses. A rule's severity is the highest
 * severity its results carry, so policy overrides reach code scanning.
 */
function buildRules(items) {
    const used = new Map();
    for (const { finding } of items) {
        const seen = used.get(finding.ruleId);
        if (!seen || (0,severity/* severityRank */.qs)(finding.severity) > (0,severity/* severityRank */.qs)(seen))
            used.set(finding.ruleId, finding.severity);
    }
    const ids = [...new Set([...(0,rules/* allRules */.V)().map((r) => r.id), ...used.keys()])];
    return ids.map((id) => {
        const severity = used.get(id);
        const rule = catalogueRule(id, severity ?? 'medium');
        return sarifRule(rule, severity ?? rule.severity);
    });
}
function buildResult({ finding, file }, ruleIndex) {
    const location = {
        physicalLocation: {
            artifactLocation: artifactLocationFor(file.file, file.absolutePath),
            // Code scanning only displays results that have a line; model files have none.
            region: { startLine: 1 },
        },
    };
    const logical = logicalLocations(finding);
    if (logical.length > 0)
        location.logicalLocations = logical;
    const id = (0,fingerprint/* fingerprint */.R)(finding);
    return {
        ruleId: finding.ruleId,
        ruleIndex,
        level: SARIF_LEVEL[finding.severity],
        message: { text: resultMessage(finding) },
        locations: [location],
        // Our own line hash: every result of a binary file sits on line 1, so upload-sarif's text hash would merge
        // distinct findings of one rule, and computing it would read multi-GB models end to end.
        partialFingerprints: { [sarif_constants/* FINGERPRINT_KEY */.XG]: id, primaryLocationLineHash: `${id.slice(0, 16)}:1` },
        properties: resultProperties(finding),
    };
}
/**
 * Config suppressions become SARIF suppressions (code scanning shows the alert
 * as dismissed, with the reason); baseline findings stay open alerts marked `unchanged`.
 */
function withSuppression(result, finding, baseline) {
    const s = finding.suppression;
    if (s?.kind === 'config') {
        result.suppressions = [{ kind: 'external', status: 'accepted', justification: (0,report_escape/* escapeSarifText */.au)(s.justification) }];
    }
    if (baseline)
        result.baselineState = s?.kind === 'baseline' ? 'unchanged' : 'new';
    return result;
}
/**
 * The finding's own sentence first (code scanning shows the first sentence
 * when space is short), then what would run and where inside the file.
 * Escaped: names from the file must not become SARIF embedded links.
 */
function resultMessage(finding) {
    const parts = [asSentence(finding.message)];
    if (finding.callable)
        parts.push(`Would run: ${callDisplay(finding)}.`);
    const where = [];
    if (finding.member !== undefined)
        where.push(`archive member ${finding.member}`);
    if (finding.offset !== undefined)
        where.push(`byte offset ${finding.offset}`);
    if (where.length > 0)
        parts.push(`Location in file: ${where.join(', ')} (${finding.format}).`);
    return (0,report_escape/* escapeSarifText */.au)(parts.join(' '));
}
function asSentence(text) {
    const trimmed = text.trim();
    return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
function logicalLocations(finding) {
    const locations = [];
    if (finding.member !== undefined) {
        locations.push({ name: finding.member, fullyQualifiedName: `${finding.file}!/${finding.member}`, kind: 'resource' });
    }
    if (finding.callable)
        locations.push({ fullyQualifiedName: finding.callable, kind: 'function' });
    return locations;
}
function resultProperties(finding) {
    const properties = { ...finding.properties, severity: finding.severity, format: finding.format };
    if (finding.member !== undefined)
        properties.member = finding.member;
    if (finding.offset !== undefined)
        properties.offset = finding.offset;
    if (finding.callable !== undefined)
        properties.callable = finding.callable;
    if (finding.args !== undefined)
        properties.args = finding.args;
    return properties;
}
/** Coverage: what was not fully scanned, what could not be read, and what was dropped. */
function buildInvocation(report, droppedResults) {
    const notifications = [
        ...capped(report.files.filter((f) => f.status !== 'complete' && !isIgnoredFile(f)).map(notScannedNotification), 'more files were not fully scanned'),
        ...capped(report.errors.map((e) => ({ level: 'error', message: { text: (0,report_escape/* escapeSarifText */.au)(`Input ${e.path} could not be scanned: ${e.message}`) } })), 'more inputs could not be scanned'),
        ...capped(report.skipped.map((s) => ({ level: 'note', message: { text: (0,report_escape/* escapeSarifText */.au)(`Skipped ${s.path}: ${s.reason}`) } })), 'more entries were skipped'),
    ];
    if (droppedResults > 0) {
        notifications.push({
            level: 'warning',
            message: {
                text: `${droppedResults} less severe results were left out of this SARIF file to stay under code scanning's limit of ${sarif_constants/* MAX_SARIF_RESULTS */._R} results per run.`,
            },
        });
    }
    const invocation = { executionSuccessful: true, startTimeUtc: report.startedAt };
    const started = Date.parse(report.startedAt);
    if (Number.isNaN(started))
        delete invocation.startTimeUtc;
    else
        invocation.endTimeUtc = new Date(started + Math.max(0, Math.round(report.durationMs))).toISOString();
    if (notifications.length > 0)
        invocation.toolExecutionNotifications = notifications;
    return invocation;
}
const STATUS_LEVEL = {
    complete: 'note',
    incomplete: 'warning',
    unsupported: 'note',
    ignored: 'none',
    error: 'error',
};
function notScannedNotification(file) {
    const why = file.reasons.length > 0 ? file.reasons.join('; ') : file.status;
    return {
        level: STATUS_LEVEL[file.status],
        message: { text: (0,report_escape/* escapeSarifText */.au)(`${file.file} was not fully scanned (${file.status}): ${why}`) },
        locations: [{ physicalLocation: { artifactLocation: artifactLocationFor(file.file, file.absolutePath) } }],
        properties: { status: file.status, reasons: file.reasons },
    };
}
function capped(notifications, moreText) {
    if (notifications.length <= MAX_NOTIFICATIONS_PER_KIND)
        return notifications;
    const kept = notifications.slice(0, MAX_NOTIFICATIONS_PER_KIND);
    kept.push({ level: 'note', message: { text: `${notifications.length - kept.length} ${moreText}.` } });
    return kept;
}
function sarif_compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

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
const text_MAX_CALL = 300;
/**
 * Human-readable CLI output: findings grouped by file (most severe file first),
 * files not fully scanned, input errors, then a one-line verdict. Every string
 * from the scanned repository is terminal-escaped.
 */
function renderText(report, gate, options) {
    const paint = (code, s) => (options.color ? `${code}${s}${ANSI.reset}` : s);
    const findings = options.quiet ? gate.blocking : gate.findings;
    const blocks = [];
    if (nothingToScan(gate)) {
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
        lines.push(`${INDENT}would run: ${(0,report_escape/* escapeTerminal */.en)((0,report_escape/* shorten */.ml)(callDisplay(f), text_MAX_CALL))}`);
    return lines;
}
function coverageBlocks(report, gate, verbose) {
    const blocks = [];
    const partial = notFullyScannedModels(gate);
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
    const partial = notFullyScannedModels(gate).length;
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

;// CONCATENATED MODULE: ./lib/action/annotations.js



/** GitHub keeps 10 error and 10 warning annotations per step; extra ones are dropped silently. */
const PER_KIND_LIMIT = 10;
const KIND = { critical: 'error', high: 'error', medium: 'warning', low: 'notice' };
/**
 * Annotates the most severe findings first, within GitHub's limits, then one
 * notice saying how many more are in the SARIF file and the summary.
 * `reserveError` keeps one error slot for the gate's own failure message.
 */
function annotate(gate, reserveError) {
    const budget = {
        error: PER_KIND_LIMIT - (reserveError ? 1 : 0),
        warning: PER_KIND_LIMIT,
        notice: PER_KIND_LIMIT - 1, // one notice is kept for the "more findings" line
    };
    let shown = 0;
    for (const finding of gate.findings) {
        const kind = KIND[finding.severity];
        if (budget[kind] <= 0)
            continue;
        budget[kind]--;
        shown++;
        // The runner escapes `%`, CR, LF, `:` and `,` in properties, not ESC or bidi controls: a path that
        // holds any (or `##[`) is not attached as `file` (the message names it, escaped) rather than logged raw.
        const attachable = (0,report_escape/* escapeTerminal */.en)(finding.file) === finding.file;
        core[kind]((0,report_escape/* escapeTerminal */.en)(`${attachable ? '' : `${finding.file}: `}${annotationMessage(finding)}`), {
            title: `${finding.severity.toUpperCase()}: ${(0,rules.ruleFor)(finding.ruleId).short}`.slice(0, 255),
            ...(attachable ? { file: finding.file, startLine: 1 } : {}),
        });
    }
    const hidden = gate.findings.length - shown;
    if (hidden > 0) {
        core.notice(`${hidden} more finding${hidden === 1 ? '' : 's'} not annotated (GitHub limits annotations per step): see the SARIF file and the job summary.`);
    }
    return shown;
}
function annotationMessage(finding) {
    const where = finding.member ? ` (in ${finding.member}${finding.offset !== undefined ? ` at byte ${finding.offset}` : ''})` : '';
    // Scanned strings are escaped by the caller (no workflow commands, no control characters).
    return `${finding.message}${where} [${finding.ruleId}]`.replace(/[\r\n]+/g, ' ');
}

// EXTERNAL MODULE: ./lib/policy/model-extensions.js
var model_extensions = __webpack_require__(4094);
// EXTERNAL MODULE: ./lib/core/limits.js
var limits = __webpack_require__(7535);
;// CONCATENATED MODULE: ./lib/action/inputs.js




/** Reads and validates the action's inputs; throws with a message naming the input. */
function readInputs() {
    const patterns = core.getMultilineInput('path');
    return {
        patterns: patterns.length > 0 ? patterns : (0,model_extensions/* defaultModelGlobs */.S3)(),
        exclude: core.getMultilineInput('exclude'),
        failOn: withInput('fail-on', () => (0,severity/* parseThreshold */.B7)(core.getInput('fail-on') || 'high')),
        sarifFile: core.getInput('sarif-file') || 'modelscan-results.sarif',
        annotations: withInput('annotations', () => booleanInput('annotations', true)),
        summary: withInput('summary', () => booleanInput('summary', true)),
        config: core.getInput('config'),
        category: core.getInput('category') || 'modelscan',
        limits: withInput('limits', () => (0,limits/* parseLimitAssignments */.$0)(core.getMultilineInput('limits'))),
        baseline: core.getInput('baseline'),
        hash: withInput('hash', () => booleanInput('hash', false)),
        checksums: core.getInput('checksums'),
        hfRepo: core.getInput('hf-repo'),
        changedOnly: withInput('changed-only', () => booleanInput('changed-only', false)),
        prComment: withInput('pr-comment', () => booleanInput('pr-comment', false)),
        githubToken: core.getInput('github-token'),
    };
}
function booleanInput(name, fallback) {
    return core.getInput(name) === '' ? fallback : core.getBooleanInput(name);
}
function withInput(name, read) {
    try {
        return read();
    }
    catch (error) {
        throw new Error(`input "${name}": ${error instanceof Error ? error.message : String(error)}`);
    }
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

// EXTERNAL MODULE: ./lib/policy/policy.js
var policy = __webpack_require__(3506);
// EXTERNAL MODULE: ./lib/config/types.js
var types = __webpack_require__(9271);
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
    const { loadFullSetup } = await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(2401)]).then(__webpack_require__.bind(__webpack_require__, 2401));
    return loadFullSetup(root, request);
}
/** Hashes, checksums, configured severities and suppressions, stale suppressions, then the baseline. Mutates the report. */
function applyPolicySetup(report, setup, options = {}) {
    return setup.apply ? setup.apply(report, options) : report;
}

;// CONCATENATED MODULE: ./lib/action/main.js
















// Loaded when an input needs them (start-up stays lean): ./merge.js (merge), ../hub/index.js (hf-repo),
// ./pr-flow.js (changed-only, pr-comment).
/** The action: scan, write SARIF, outputs, summary, annotations, then apply the gate. */
async function run() {
    try {
        const inputs = readInputs();
        const root = process.env.GITHUB_WORKSPACE || process.cwd();
        // Merge mode: the shards' SARIF files become one run, one summary, one gate; nothing is scanned.
        const mergePatterns = core.getMultilineInput('merge');
        if (mergePatterns.length > 0) {
            const { runMerge } = await __webpack_require__.e(/* import() */ 7832).then(__webpack_require__.bind(__webpack_require__, 7832));
            await runMerge(inputs, root, mergePatterns);
            return;
        }
        // Bad configuration, baseline or checksum list: one line naming the file and key (ConfigError), caught below.
        const setup = await loadPolicySetup(root, { config: inputs.config, baseline: inputs.baseline, checksums: inputs.checksums, hash: inputs.hash });
        if (setup.config)
            core.info(`${version/* TOOL_NAME */.lH}: configuration ${setup.config.displayPath}`);
        let report;
        if (inputs.hfRepo) {
            core.info(`${version/* TOOL_NAME */.lH}: scanning the Hugging Face repository ${inputs.hfRepo} in place`);
            const exclude = [...inputs.exclude, ...setup.ignore];
            const { scanHub } = await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(3474)]).then(__webpack_require__.bind(__webpack_require__, 3474));
            report = await scanHub({ repo: inputs.hfRepo, env: process.env, policy: setup.policy, limits: inputs.limits, exclude, hash: setup.hash });
            applyPolicySetup(report, setup, { partial: true });
        }
        else {
            const discovery = await (0,discover/* discoverGlobs */.Fy)(inputs.patterns, { root, exclude: [...inputs.exclude, ...setup.ignore] });
            for (const error of discovery.errors)
                core.warning(`${version/* TOOL_NAME */.lH}: ${error.path}: ${error.message}`);
            const changed = inputs.changedOnly ? await (await __webpack_require__.e(/* import() */ 9753).then(__webpack_require__.bind(__webpack_require__, 9753))).changedModelFiles(inputs, discovery) : false;
            const shardInput = core.getInput('shard');
            if (shardInput !== '') {
                let shard;
                try {
                    shard = parseShard(shardInput);
                }
                catch (error) {
                    throw new Error(`input "shard": ${error instanceof Error ? error.message : String(error)}`);
                }
                await (0,scan/* restrictToShard */.uq)(discovery, shard);
                core.info(`${version/* TOOL_NAME */.lH}: shard ${shard.index}/${shard.count}: ${discovery.files.length} files`);
            }
            // A line every 10 s in the log on long scans.
            const progress = new Progress({ total: discovery.files.length, write: (t) => core.info(t.trimEnd()), tty: false, label: version/* TOOL_NAME */.lH });
            report = applyPolicySetup(await (0,scan/* scanFiles */.Tu)(discovery, { onFile: progress.onFile, root, limits: inputs.limits, policy: setup.policy, hangGuard: true }), setup, {
                partial: changed || shardInput !== '',
            });
        }
        const gate = evaluateGate(report, inputs.failOn);
        // The SARIF file exists before any failure, so `upload-sarif` with `if: always()` finds it.
        const sarifPath = (0,external_node_path_.isAbsolute)(inputs.sarifFile) ? inputs.sarifFile : (0,external_node_path_.resolve)(root, inputs.sarifFile);
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(sarifPath), { recursive: true });
        (0,external_node_fs_.writeFileSync)(sarifPath, `${JSON.stringify(buildSarif(report, { category: inputs.category, baseline: setup.baseline !== undefined }), null, 2)}\n`);
        core.setOutput('sarif-file', relativeOrAbsolute(root, sarifPath));
        core.setOutput('findings', String(gate.findings.length));
        core.setOutput('highest-severity', gate.highest ?? 'none');
        core.setOutput('scanned-files', String(gate.scannedFiles));
        core.setOutput('result', gate.outcome);
        core.info(renderText(report, gate, { color: false }));
        if (inputs.summary)
            await writeSummary(renderSummary(report, gate));
        if (inputs.annotations)
            annotate(gate, gate.outcome === 'fail');
        if (inputs.prComment)
            await (await __webpack_require__.e(/* import() */ 9753).then(__webpack_require__.bind(__webpack_require__, 9753))).commentOnPullRequest(inputs, renderSummary(report, gate, { maxBytes: 60_000 }));
        // A scanner exception is our bug: the file is already reported as not fully scanned (scan/incomplete);
        // say so plainly too. It does not fail the step by itself (fail-on decides, as for every finding).
        const internal = gate.findings.filter((f) => f.ruleId === 'scan/incomplete' && f.properties?.internalError === true);
        if (internal.length > 0) {
            core.warning(`${internal.length} file${internal.length === 1 ? '' : 's'} not fully scanned because of an internal error in a scanner (please report it): ` +
                internal.slice(0, 5).map((f) => (0,report_escape/* escapeTerminal */.en)(f.file)).join(', '));
        }
        if (gate.outcome === 'fail') {
            core.setFailed(`${gate.blocking.length} finding${gate.blocking.length === 1 ? '' : 's'} at or above "${inputs.failOn}" severity: see the job summary and ${relativeOrAbsolute(root, sarifPath)}.`);
        }
    }
    catch (error) {
        core.setFailed(`${version/* TOOL_NAME */.lH}: ${error instanceof Error ? error.message : String(error)}`);
    }
}
async function writeSummary(markdown) {
    // No summary file outside GitHub (local runs): skip quietly; never let it mask the gate.
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    try {
        await core.summary.addRaw(markdown, true).write();
    }
    catch (error) {
        core.warning(`could not write the job summary: ${error instanceof Error ? error.message : String(error)}`);
    }
}
function relativeOrAbsolute(root, path) {
    const rel = (0,external_node_path_.relative)(root, path);
    return rel && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel) ? rel : path;
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

/***/ 2916:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fy: () => (/* binding */ discoverGlobs)
/* harmony export */ });
/* unused harmony exports discoverPaths, toPosix */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);


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
        const absolute = resolve(options.root, input);
        let stat;
        try {
            stat = statSync(absolute);
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
            const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(options.root, pattern);
            try {
                const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(absolute);
                if (stat.isDirectory()) {
                    globs.push(`${toPosix((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(options.root, absolute)) || '.'}/**`.replace(/^\.\//, ''));
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
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true });
        }
        catch (error) {
            this.errors.push({ path: this.relativeOf(dir), message: describeFsError(error, dir) });
            return;
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        const relDir = this.relativeOf(dir);
        const prefix = relDir === '.' ? '' : relDir.endsWith('/') ? relDir : `${relDir}/`;
        // readdir paths are already normal: concatenate instead of path.join (measurable per file).
        const dirSep = dir.endsWith(node_path__WEBPACK_IMPORTED_MODULE_1__.sep) ? dir : dir + node_path__WEBPACK_IMPORTED_MODULE_1__.sep;
        const realSep = realDir.endsWith(node_path__WEBPACK_IMPORTED_MODULE_1__.sep) ? realDir : realDir + node_path__WEBPACK_IMPORTED_MODULE_1__.sep;
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
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(real);
        if (stat.isDirectory()) {
            // Links to folders inside the root are reached by the walk anyway; following them risks loops.
            return;
        }
        if (stat.isFile() && include(rel))
            this.add(absolute, false, real, rel);
    }
    relativeOf(absolute) {
        const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(this.options.root, absolute);
        if (!rel)
            return '.';
        if (rel.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel))
            return toPosix(absolute);
        return toPosix(rel);
    }
    result() {
        return { files: this.files, errors: this.errors, skipped: this.skipped };
    }
}
function isInside(root, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path);
    return rel === '' || (!rel.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
}
function safeRealpath(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(path);
    }
    catch {
        return undefined;
    }
}
function toPosix(path) {
    return node_path__WEBPACK_IMPORTED_MODULE_1__.sep === '/' ? path : path.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
}
function describeFsError(error, path) {
    const code = error?.code;
    if (code === 'ENOENT')
        return `no such file or directory: ${path}`;
    if (code === 'EACCES' || code === 'EPERM')
        return `permission denied: ${path}`;
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 3980:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B7: () => (/* binding */ parseThreshold),
/* harmony export */   IO: () => (/* binding */ bySeverityDesc),
/* harmony export */   M0: () => (/* binding */ meetsThreshold),
/* harmony export */   _Z: () => (/* binding */ isSeverity),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   qq: () => (/* binding */ highestSeverity),
/* harmony export */   qs: () => (/* binding */ severityRank)
/* harmony export */ });
/* unused harmony export THRESHOLDS */
/** Our severity scale. Ordered from most to least severe. */
const SEVERITIES = ['critical', 'high', 'medium', 'low'];
const THRESHOLDS = [...SEVERITIES, 'none'];
const RANK = { critical: 4, high: 3, medium: 2, low: 1 };
function severityRank(severity) {
    return RANK[severity];
}
/** Sort comparator: most severe first. */
function bySeverityDesc(a, b) {
    return RANK[b.severity] - RANK[a.severity];
}
function isSeverity(value) {
    return SEVERITIES.includes(value);
}
function parseThreshold(value) {
    const v = value.trim().toLowerCase();
    if (THRESHOLDS.includes(v))
        return v;
    throw new Error(`invalid severity threshold "${value}": expected one of ${THRESHOLDS.join(', ')}`);
}
/** True when a finding of this severity meets the threshold. */
function meetsThreshold(severity, threshold) {
    return threshold !== 'none' && RANK[severity] >= RANK[threshold];
}
function highestSeverity(items) {
    let best;
    for (const { severity } of items)
        if (!best || RANK[severity] > RANK[best])
            best = severity;
    return best;
}


/***/ }),

/***/ 4458:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ fingerprint)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);

/**
 * Identifies a finding across runs (SARIF partialFingerprints, JSON output):
 * sha256 hex of rule, file, member and the callable (or, without one, the
 * message). Not of offsets: re-saving a model moves bytes.
 */
function fingerprint(finding) {
    const key = [finding.ruleId, finding.file, finding.member ?? '', finding.callable ?? finding.message].join('\u0000');
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(key, 'utf8').digest('hex');
}


/***/ }),

/***/ 11:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A5: () => (/* binding */ SARIF_SCHEMA),
/* harmony export */   XG: () => (/* binding */ FINGERPRINT_KEY),
/* harmony export */   _R: () => (/* binding */ MAX_SARIF_RESULTS),
/* harmony export */   jY: () => (/* binding */ automationId)
/* harmony export */ });
/* unused harmony export DEFAULT_CATEGORY */
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
