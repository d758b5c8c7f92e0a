export const id = 1011;
export const ids = [1011];
export const modules = {

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


/***/ }),

/***/ 1011:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_CATEGORY: () => (/* reexport */ sarif_constants/* DEFAULT_CATEGORY */.Fj),
  FINGERPRINT_KEY: () => (/* reexport */ sarif_constants/* FINGERPRINT_KEY */.XG),
  MAX_SARIF_RESULTS: () => (/* reexport */ sarif_constants/* MAX_SARIF_RESULTS */._R),
  SARIF_SCHEMA: () => (/* reexport */ sarif_constants/* SARIF_SCHEMA */.A5),
  buildSarif: () => (/* binding */ buildSarif),
  mergeSarif: () => (/* reexport */ sarif_merge/* mergeSarif */.I),
  resultMessage: () => (/* binding */ resultMessage)
});

// EXTERNAL MODULE: ./lib/core/severity.js
var severity = __webpack_require__(3980);
// EXTERNAL MODULE: ./lib/core/version.js
var version = __webpack_require__(8067);
// EXTERNAL MODULE: ./lib/policy/rules.js + 4 modules
var rules = __webpack_require__(5497);
// EXTERNAL MODULE: ./lib/report/sarif-constants.js
var sarif_constants = __webpack_require__(11);
// EXTERNAL MODULE: ./lib/report/coverage.js
var coverage = __webpack_require__(7130);
// EXTERNAL MODULE: ./lib/report/escape.js
var report_escape = __webpack_require__(2527);
// EXTERNAL MODULE: ./lib/report/finding-text.js
var finding_text = __webpack_require__(3739);
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
        compare(a.finding.file, b.finding.file) ||
        compare(a.finding.member ?? '', b.finding.member ?? '') ||
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
        parts.push(`Would run: ${(0,finding_text/* callDisplay */.h)(finding)}.`);
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
        ...capped(report.files.filter((f) => f.status !== 'complete' && !(0,coverage/* isIgnoredFile */.xJ)(f)).map(notScannedNotification), 'more files were not fully scanned'),
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
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ })

};
