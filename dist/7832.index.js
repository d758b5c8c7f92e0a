export const id = 7832;
export const ids = [7832];
export const modules = {

/***/ 7832:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runMerge: () => (/* binding */ runMerge)
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
// EXTERNAL MODULE: ./lib/core/version.js
var version = __webpack_require__(8067);
// EXTERNAL MODULE: ./lib/report/escape.js
var report_escape = __webpack_require__(2527);
// EXTERNAL MODULE: ./lib/report/sarif-merge.js
var sarif_merge = __webpack_require__(6394);
;// CONCATENATED MODULE: ./lib/cli/merge.js







const SARIF_EXTENSIONS = ['.sarif', '.sarif.json'];
/** SARIF files named by the inputs: files as given, folders walked for *.sarif / *.sarif.json, sorted. */
function findSarifFiles(inputs, cwd, exclude) {
    const files = [];
    const errors = [];
    const walk = (dir) => {
        const entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
            const path = (0,external_node_path_.join)(dir, entry.name);
            if (entry.isDirectory())
                walk(path);
            else if (entry.isFile() && SARIF_EXTENSIONS.some((ext) => entry.name.toLowerCase().endsWith(ext)))
                files.push(path);
        }
    };
    for (const input of inputs) {
        const path = (0,external_node_path_.resolve)(cwd, input);
        try {
            if ((0,external_node_fs_.statSync)(path).isDirectory())
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
        log = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
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
        if (run.tool.driver.name !== version/* TOOL_NAME */.lH) {
            throw new Error(`${path} was written by ${run.tool.driver.name}, not ${version/* TOOL_NAME */.lH}: merge only the shards of one scan`);
        }
    }
    return log;
}
const LEVEL_SEVERITY = { error: 'high', warning: 'medium', note: 'low' };
function resultSeverity(result) {
    const s = result.properties?.['severity'];
    if (typeof s === 'string' && (0,severity/* isSeverity */._Z)(s))
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
    findings.sort((a, b) => (0,severity/* severityRank */.qs)(b.severity) - (0,severity/* severityRank */.qs)(a.severity) || compare(a.file, b.file) || compare(a.member ?? '', b.member ?? ''));
    const counts = Object.fromEntries(severity/* SEVERITIES */.oC.map((s) => [s, 0]));
    for (const f of findings)
        counts[f.severity]++;
    const blocking = findings.filter((f) => (0,severity/* meetsThreshold */.M0)(f.severity, threshold)).length;
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
        return EXIT_FINDINGS;
    if (gate.errors.length > 0)
        return EXIT_ERROR;
    return EXIT_PASS;
}
function countsLine(gate) {
    return severity/* SEVERITIES */.oC.map((s) => `${gate.counts[s]} ${s}`).join(', ');
}
function verdict(gate) {
    return `${gate.outcome === 'fail' ? 'FAILED' : 'PASSED'} (threshold: ${gate.threshold})`;
}
/** Plain text for a terminal or a CI log; strings from the scanned files are escaped. */
function renderMergeText(gate, maxFindings = 50) {
    const lines = [];
    for (const f of gate.findings.slice(0, maxFindings)) {
        const where = f.member !== undefined ? `${f.file} \u2192 ${f.member}` : f.file;
        lines.push(`${f.severity.toUpperCase().padEnd(8)} ${(0,report_escape/* escapeTerminal */.en)((0,report_escape/* shorten */.ml)(where, 200))}  [${f.ruleId}]`);
        lines.push(`         ${(0,report_escape/* escapeTerminal */.en)((0,report_escape/* shorten */.ml)(f.message, 400))}`);
    }
    if (gate.findings.length > maxFindings)
        lines.push(`\u2026and ${gate.findings.length - maxFindings} more findings; see the SARIF file.`);
    if (gate.notFullyScanned.length > 0)
        lines.push(`${gate.notFullyScanned.length} files not fully scanned: not known to be safe (see the SARIF file).`);
    for (const e of gate.errors)
        lines.push(`error: ${(0,report_escape/* escapeTerminal */.en)((0,report_escape/* shorten */.ml)(e, 400))}`);
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
    out.push('| Critical | High | Medium | Low |', '|---:|---:|---:|---:|', `| ${severity/* SEVERITIES */.oC.map((s) => gate.counts[s]).join(' | ')} |`, '');
    if (gate.suppressed > 0)
        out.push(`${gate.suppressed} suppressed or baseline findings: not counted against the threshold.\n`);
    if (gate.findings.length > 0) {
        out.push('### Findings\n', '| Severity | File | Member | Rule | Message |', '|---|---|---|---|---|');
        for (const f of gate.findings.slice(0, maxRows)) {
            out.push(`| ${f.severity} | ${(0,report_escape/* codeSpan */.SS)((0,report_escape/* shorten */.ml)(f.file, 300))} | ${f.member !== undefined ? (0,report_escape/* codeSpan */.SS)((0,report_escape/* shorten */.ml)(f.member, 300)) : ''} | ${(0,report_escape/* codeSpan */.SS)(f.ruleId)} | ${(0,report_escape/* neutralizeProse */.xo)((0,report_escape/* shorten */.ml)(f.message, 400))} |`);
        }
        if (gate.findings.length > maxRows)
            out.push(`\n\u2026and ${gate.findings.length - maxRows} more findings; see the SARIF file.`);
        out.push('');
    }
    if (gate.notFullyScanned.length > 0) {
        out.push(`### Not fully scanned (${gate.notFullyScanned.length})\n`, 'These files are not known to be safe.\n', '| File | Status | Why |', '|---|---|---|');
        for (const f of gate.notFullyScanned.slice(0, maxRows)) {
            out.push(`| ${(0,report_escape/* codeSpan */.SS)((0,report_escape/* shorten */.ml)(f.file, 300))} | ${f.status} | ${(0,report_escape/* neutralizeProse */.xo)((0,report_escape/* shorten */.ml)(f.why, 400))} |`);
        }
        if (gate.notFullyScanned.length > maxRows)
            out.push(`\n\u2026and ${gate.notFullyScanned.length - maxRows} more files; see the SARIF file.`);
        out.push('');
    }
    if (gate.errors.length > 0) {
        out.push('### Errors\n');
        for (const e of gate.errors.slice(0, maxRows))
            out.push(`- ${(0,report_escape/* neutralizeProse */.xo)((0,report_escape/* shorten */.ml)(e, 400))}`);
        out.push('');
    }
    return `${out.join('\n')}\n`;
}
/** Finds, reads and merges the SARIF files; never throws (problems become gate errors). */
function mergeSarifInputs(inputs, cwd, flags) {
    const { files, errors } = findSarifFiles(inputs, cwd, flags.sarif !== undefined ? (0,external_node_path_.resolve)(cwd, flags.sarif) : undefined);
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
            log = (0,sarif_merge/* mergeSarif */.I)(logs, flags.category);
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
            io.stderr(`${TOOL_NAME}: nothing merged, ${flags.sarif} not written\n`);
        }
        else {
            try {
                const out = resolve(io.cwd, flags.sarif);
                mkdirSync(dirname(out), { recursive: true });
                writeFileSync(out, sarifText);
            }
            catch (error) {
                io.stderr(`${TOOL_NAME}: cannot write ${flags.sarif}: ${describe(error)}\n`);
                return EXIT_ERROR;
            }
        }
    }
    switch (flags.format) {
        case 'sarif':
            if (sarifText)
                io.stdout(sarifText);
            break;
        case 'json':
            io.stdout(`${JSON.stringify({ tool: TOOL_NAME, ...gate, findings: gate.findings }, null, 2)}\n`);
            break;
        case 'markdown':
            io.stdout(renderMergeSummary(gate));
            break;
        default:
            io.stdout(renderMergeText(gate));
    }
    for (const e of gate.errors)
        if (flags.format !== 'text')
            io.stderr(`${TOOL_NAME}: ${escapeTerminal(e)}\n`);
    return mergeExitCode(gate);
}
function describe(error) {
    return error instanceof Error ? error.message : String(error);
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./lib/action/merge.js





/**
 * Merge mode (input `merge`: globs of the shards' SARIF files): no scan. The shards'
 * SARIF files become one run in `sarif-file` (one upload-sarif), with one summary, and
 * the gate is applied once to all their results. Any missing or unreadable input fails
 * the step (fail closed), as does `merge-expect` when fewer files are found.
 */
async function runMerge(inputs, root, patterns) {
    const sarifPath = (0,external_node_path_.isAbsolute)(inputs.sarifFile) ? inputs.sarifFile : (0,external_node_path_.resolve)(root, inputs.sarifFile);
    const expectRaw = core.getInput('merge-expect');
    let expect;
    if (expectRaw !== '') {
        expect = Number(expectRaw);
        if (!Number.isInteger(expect) || expect < 1)
            throw new Error(`input "merge-expect": expected a whole number of SARIF files, got "${expectRaw}"`);
    }
    const discovery = await (0,discover/* discoverGlobs */.Fy)(patterns, { root });
    const files = discovery.files.map((f) => f.absolutePath).filter((f) => f !== sarifPath);
    if (files.length === 0)
        throw new Error(`input "merge": no SARIF files match ${patterns.join(', ')}`);
    const { log, gate } = mergeSarifInputs(files, root, { failOn: inputs.failOn, category: inputs.category, expect, sarif: sarifPath });
    if (log) {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(sarifPath), { recursive: true });
        (0,external_node_fs_.writeFileSync)(sarifPath, `${JSON.stringify(log, null, 2)}\n`);
        core.setOutput('sarif-file', relativeOrAbsolute(root, sarifPath));
    }
    core.setOutput('findings', String(gate.findings.length));
    core.setOutput('highest-severity', gate.highest ?? 'none');
    core.setOutput('result', gate.outcome);
    core.info(renderMergeText(gate));
    if (inputs.summary && process.env.GITHUB_STEP_SUMMARY) {
        try {
            await core.summary.addRaw(renderMergeSummary(gate), true).write();
        }
        catch (error) {
            core.warning(`could not write the job summary: ${error instanceof Error ? error.message : String(error)}`);
        }
    }
    if (gate.outcome === 'fail') {
        core.setFailed(`${gate.blocking} finding${gate.blocking === 1 ? '' : 's'} at or above "${inputs.failOn}" severity across ${gate.inputs} shards: see the job summary and ${relativeOrAbsolute(root, sarifPath)}.`);
    }
    else if (gate.errors.length > 0) {
        core.setFailed(`the shards could not all be merged: ${gate.errors.slice(0, 3).join('; ')}`);
    }
}
function relativeOrAbsolute(root, path) {
    const rel = (0,external_node_path_.relative)(root, path);
    return rel && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel) ? rel : path;
}


/***/ })

};
