export const id = 3021;
export const ids = [3021];
export const modules = {

/***/ 3021:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_SUMMARY_BYTES: () => (/* binding */ DEFAULT_SUMMARY_BYTES),
/* harmony export */   renderSummary: () => (/* binding */ renderSummary)
/* harmony export */ });
/* harmony import */ var _core_severity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3980);
/* harmony import */ var _coverage_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7130);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2527);
/* harmony import */ var _finding_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3739);




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
    if (!(0,_coverage_js__WEBPACK_IMPORTED_MODULE_2__/* .nothingToScan */ .GR)(gate))
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
    const partial = (0,_coverage_js__WEBPACK_IMPORTED_MODULE_2__/* .notFullyScannedModels */ .cX)(gate);
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
            rows: report.errors.map((e) => [(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .shorten */ .ml)(e.path, MAX_PATH)), text((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .shorten */ .ml)(e.message, MAX_MESSAGE))]),
            more: moreEntries,
        },
        {
            heading: `<details><summary>Skipped entries (${report.skipped.length})</summary>\n`,
            columns: ['Path', 'Reason'],
            rows: report.skipped.map((s) => [(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .shorten */ .ml)(s.path, MAX_PATH)), text((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .shorten */ .ml)(s.reason, MAX_MESSAGE))]),
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
    const lines = [`## ${verdict} ${text(title)}: ${gate.outcome === 'fail' ? 'failed' : 'passed'} (threshold: ${gate.threshold})`, ''];
    if ((0,_coverage_js__WEBPACK_IMPORTED_MODULE_2__/* .nothingToScan */ .GR)(gate)) {
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
    const partial = (0,_coverage_js__WEBPACK_IMPORTED_MODULE_2__/* .notFullyScannedModels */ .cX)(gate).length;
    if (partial > 0) {
        lines.push('', `\u26a0\ufe0f ${plural(partial, 'file')} could not be fully scanned and ${partial === 1 ? 'is' : 'are'} not known to be safe.`);
    }
    return `${lines.join('\n')}\n`;
}
function renderCounts(gate) {
    const rows = _core_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.map((s) => `| ${SEVERITY_LABEL[s]} | ${gate.counts[s]} |`);
    return ['| Severity | Findings |', '| --- | ---: |', ...rows, ''].join('\n');
}
function renderFooter(report, gate) {
    const seconds = (report.durationMs / 1000).toFixed(1);
    const examined = report.files.length;
    return `<sub>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)(report.tool.name)} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)(report.tool.version)} \u00b7 ${plural(gate.scannedFiles, 'file')} scanned \u00b7 ${examined} examined \u00b7 ${seconds} s</sub>`;
}
function findingRow(f) {
    const where = [];
    if (f.member !== undefined)
        where.push((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .shorten */ .ml)(f.member, MAX_PATH)));
    if (f.offset !== undefined)
        where.push(`byte ${f.offset}`);
    return [
        SEVERITY_LABEL[f.severity],
        (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .shorten */ .ml)(f.file, MAX_PATH)),
        where.join(' at ') || '\u2013',
        text(f.format),
        (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(f.ruleId),
        f.callable ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .shorten */ .ml)((0,_finding_text_js__WEBPACK_IMPORTED_MODULE_3__/* .callDisplay */ .h)(f), MAX_CALL)) : '\u2013',
        text((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .shorten */ .ml)(f.message, MAX_MESSAGE)),
    ];
}
function notScannedRow(f) {
    return [
        (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .shorten */ .ml)(f.file, MAX_PATH)),
        f.status,
        f.formats.length > 0 ? text(f.formats.join(', ')) : '\u2013',
        f.reasons.length > 0 ? text((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .shorten */ .ml)(f.reasons.join('; '), MAX_MESSAGE)) : '\u2013',
    ];
}
/** Untrusted prose (messages, reasons, formats): neutralised markdown. */
function text(value) {
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .neutralizeProse */ .xo)(value);
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


/***/ })

};
