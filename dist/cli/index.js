#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 3339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3774:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream/web");

/***/ }),

/***/ 1716:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Rr: () => (/* binding */ exitCodeFor),
/* harmony export */   SI: () => (/* binding */ EXIT_ERROR),
/* harmony export */   cB: () => (/* binding */ EXIT_FINDINGS),
/* harmony export */   rc: () => (/* binding */ EXIT_PASS)
/* harmony export */ });
/** Process exit codes shared by every adapter. */
const EXIT_PASS = 0;
/** Findings at or above the threshold (wins over any error: an error never hides a finding). */
const EXIT_FINDINGS = 1;
/** Usage error, a path that does not exist, or an internal error. */
const EXIT_ERROR = 2;
function exitCodeFor(report, gate) {
    if (gate.outcome === 'fail')
        return EXIT_FINDINGS;
    if (report.errors.length > 0)
        return EXIT_ERROR;
    return EXIT_PASS;
}


/***/ }),

/***/ 7535:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $0: () => (/* binding */ parseLimitAssignments),
/* harmony export */   dR: () => (/* binding */ DEFAULT_LIMITS),
/* harmony export */   oC: () => (/* binding */ LimitError)
/* harmony export */ });
/* unused harmony exports LIMIT_DESCRIPTIONS, parseLimits */
const DEFAULT_LIMITS = {
    maxDepth: 5,
    maxMemberBytes: 512 * 1024 * 1024,
    maxTotalInflatedBytes: 2 * 1024 * 1024 * 1024,
    maxMembers: 100_000,
    maxPickleBytes: 1024 * 1024 * 1024,
    maxPickleOpcodes: 50_000_000,
    maxStackDepth: 100_000,
    // Real pickles stay far below (one memo entry per object or string); the pickle engine keeps
    // memoized strings as source offsets (12 bytes each), so the bound stays affordable.
    maxMemoEntries: 16_000_000,
    maxFindingsPerFile: 1_000,
    // The safetensors reference loader refuses headers above 100 MB; nothing else comes close.
    maxJsonBytes: 100_000_000,
    // Python's json module gives up near its recursion limit (1000): deeper files do not load.
    maxJsonDepth: 1_000,
    maxFileSeconds: 300,
};
/** What each limit measures, for messages and `--help`. */
const LIMIT_DESCRIPTIONS = {
    maxDepth: 'archive / nested payload depth',
    maxMemberBytes: 'largest archive member or decompressed stream, bytes',
    maxTotalInflatedBytes: 'bytes decompressed per file on disk, all levels together',
    maxMembers: 'archive members examined per file on disk',
    maxPickleBytes: 'largest pickle stream walked, bytes',
    maxPickleOpcodes: 'pickle opcodes executed per stream',
    maxStackDepth: 'pickle stack depth',
    maxMemoEntries: 'pickle memo entries',
    maxFindingsPerFile: 'findings listed per file',
    maxJsonBytes: 'largest JSON document parsed, bytes',
    maxJsonDepth: 'deepest JSON nesting',
    maxFileSeconds: 'time budget per file on disk, seconds',
};
const BYTE_LIMITS = new Set(['maxMemberBytes', 'maxTotalInflatedBytes', 'maxPickleBytes', 'maxJsonBytes']);
const UNITS = {
    '': 1, b: 1,
    k: 1024, kb: 1000, kib: 1024,
    m: 1024 ** 2, mb: 1000 ** 2, mib: 1024 ** 2,
    g: 1024 ** 3, gb: 1000 ** 3, gib: 1024 ** 3,
};
class LimitError extends Error {
}
/**
 * Validates limits given by name (from a flag, an action input or a config
 * file). Values are positive integers (`1_000_000` and `1,000,000` are fine);
 * byte limits also take a unit (`512MiB`, `2GB`, `64k`). Throws a
 * {@link LimitError} naming the offending limit.
 */
function parseLimits(record) {
    const out = {};
    for (const [name, raw] of Object.entries(record)) {
        if (!Object.hasOwn(DEFAULT_LIMITS, name)) {
            const near = Object.keys(DEFAULT_LIMITS).find((k) => k.toLowerCase() === name.toLowerCase().replace(/[-_]/g, ''));
            throw new LimitError(`unknown limit "${name}"${near ? ` (did you mean "${near}"?)` : ''}; known limits: ${Object.keys(DEFAULT_LIMITS).join(', ')}`);
        }
        const key = name;
        out[key] = parseLimitValue(key, raw);
    }
    return out;
}
function parseLimitValue(key, raw) {
    let value;
    if (typeof raw === 'number')
        value = raw;
    else if (typeof raw === 'string') {
        const m = /^\s*([0-9][0-9_,]*)\s*([a-z]*)\s*$/i.exec(raw);
        const unit = m ? UNITS[m[2].toLowerCase()] : undefined;
        if (m && unit !== undefined && (unit === 1 || BYTE_LIMITS.has(key)))
            value = Number(m[1].replace(/[_,]/g, '')) * unit;
    }
    if (value === undefined || !Number.isSafeInteger(value) || value < 1) {
        const units = BYTE_LIMITS.has(key) ? ' (a unit such as 512MiB or 2GB is accepted)' : '';
        throw new LimitError(`limit "${key}" (${LIMIT_DESCRIPTIONS[key]}) must be a positive integer${units}, not ${JSON.stringify(raw)}`);
    }
    return value;
}
/**
 * `name=value` lines (CLI `--limit`, the action's `limits` input) into a record
 * for {@link parseLimits}. Blank lines and `#` comments are skipped.
 */
function parseLimitAssignments(lines) {
    const record = {};
    for (const line of lines.flatMap((l) => l.split(/\r?\n/))) {
        const text = line.trim();
        if (text === '' || text.startsWith('#'))
            continue;
        const eq = text.indexOf('=');
        if (eq <= 0)
            throw new LimitError(`expected name=value (e.g. maxDepth=3), not "${text}"`);
        record[text.slice(0, eq).trim()] = text.slice(eq + 1).trim();
    }
    return parseLimits(record);
}


/***/ }),

/***/ 3980:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   IO: () => (/* binding */ bySeverityDesc),
/* harmony export */   M0: () => (/* binding */ meetsThreshold),
/* harmony export */   Rm: () => (/* binding */ THRESHOLDS),
/* harmony export */   _Z: () => (/* binding */ isSeverity),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   qq: () => (/* binding */ highestSeverity),
/* harmony export */   qs: () => (/* binding */ severityRank)
/* harmony export */ });
/* unused harmony export parseThreshold */
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

/***/ 8067:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   lH: () => (/* binding */ TOOL_NAME),
/* harmony export */   qH: () => (/* binding */ TOOL_URI),
/* harmony export */   wr: () => (/* binding */ TOOL_VERSION)
/* harmony export */ });
/** Tool identity for reports. Kept in sync with package.json by test/version.test.ts. */
const TOOL_NAME = 'modelscan-action';
const TOOL_VERSION = '0.1.0';
const TOOL_URI = 'https://github.com/modelscan-action/modelscan-action';


/***/ }),

/***/ 6676:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   HU: () => (/* binding */ setWorkerEntry),
/* harmony export */   em: () => (/* binding */ SCAN_WORKER_ARG),
/* harmony export */   xA: () => (/* binding */ workerEntry)
/* harmony export */ });
/**
 * Worker threads (pool.ts) run the same bundle as the process that starts them, so the CLI and the
 * action ship their scanners once: the entry sees this argument and serves scans (scan-worker.ts)
 * instead of running its command. Small on purpose: every entry imports it at start-up.
 */
const SCAN_WORKER_ARG = '--modelscan-scan-worker';
let entry;
/** Called by an entry (cli/index.ts, action/index.ts) with its own `import.meta.url`. */
function setWorkerEntry(url) {
    entry = url;
}
/** The entry a worker thread starts from, if an entry registered itself. */
function workerEntry() {
    return entry;
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		8792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: ./lib/core/worker-entry.js
var worker_entry = __nccwpck_require__(6676);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./lib/cli/args.js

/** A mistake on the command line: the message says what, the caller adds the hint. */
class UsageError extends Error {
}
/** camelCase key of a long option ("fail-on" \u2192 "failOn"; "no-color" \u2192 "color" = false). */
function flagKey(long) {
    const base = long.startsWith('no-') ? long.slice(3) : long;
    return base.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
}
function parseCommandLine(program, argv) {
    const first = argv[0];
    if (first === '-V' || first === '--version')
        return { kind: 'version', text: `${program.version}\n` };
    if (first === undefined || first === '-h' || first === '--help')
        return { kind: 'help', text: programHelp(program) };
    if (first === 'help') {
        const target = argv[1] === undefined ? undefined : program.commands.find((c) => c.name === argv[1]);
        return { kind: 'help', text: target ? commandHelp(program, target) : programHelp(program) };
    }
    const named = program.commands.find((c) => c.name === first);
    const command = named ?? program.commands.find((c) => c.name === program.defaultCommand);
    const rest = named ? argv.slice(1) : [...argv];
    if (rest.includes('-h') || rest.includes('--help')) {
        const end = rest.indexOf('--');
        const at = Math.max(rest.indexOf('-h'), rest.indexOf('--help'));
        if (end === -1 || at < end)
            return { kind: 'help', text: commandHelp(program, command) };
    }
    return { kind: 'command', command: command.name, ...parseCommand(command, rest) };
}
function parseCommand(command, argv) {
    const config = {};
    for (const o of command.options) {
        config[o.long] = { type: o.value ? 'string' : 'boolean', multiple: Boolean(o.value && (o.repeatable || isVariadic(o))) };
        if (o.short)
            config[o.long].short = o.short;
    }
    let tokens;
    try {
        ({ tokens } = (0,external_node_util_namespaceObject.parseArgs)({ args: argv, options: config, strict: true, allowPositionals: true, tokens: true }));
    }
    catch (error) {
        throw new UsageError(parseErrorText(error, command));
    }
    const values = new Map();
    const booleans = new Set();
    const args = [];
    // A variadic option takes the words that follow it, up to the next option (commander's `<x...>`).
    let variadic;
    for (const token of tokens) {
        if (token.kind === 'option-terminator') {
            variadic = undefined;
            continue;
        }
        if (token.kind === 'positional') {
            if (variadic)
                values.get(variadic).push(token.value);
            else
                args.push(token.value);
            continue;
        }
        const spec = command.options.find((o) => o.long === token.name);
        variadic = isVariadic(spec) && token.inlineValue !== true ? spec : undefined;
        if (!spec.value) {
            booleans.add(spec);
            continue;
        }
        const list = values.get(spec) ?? [];
        list.push(token.value ?? '');
        values.set(spec, list);
    }
    const flags = {};
    for (const o of command.options) {
        const key = flagKey(o.long);
        if (!o.value) {
            if (booleans.has(o))
                flags[key] = !o.long.startsWith('no-');
            continue;
        }
        const given = values.get(o);
        if (!given) {
            if (o.default !== undefined)
                flags[key] = o.default;
            continue;
        }
        const parsed = given.map((text) => optionValue(o, text));
        flags[key] = o.repeatable || isVariadic(o) ? parsed : parsed[parsed.length - 1];
    }
    const argument = command.argument;
    if (args.length === 0 && argument.default !== undefined)
        args.push(argument.default);
    if (argument.required && args.length === 0)
        throw new UsageError(`missing required argument '${argument.name}'`);
    if (!argument.variadic && args.length > 1)
        throw new UsageError(`too many arguments for '${command.name}': expected at most one ${argument.name}`);
    return { args, flags };
}
function optionValue(o, text) {
    if (o.choices && !o.choices.includes(text)) {
        throw new UsageError(`option '${label(o)}' argument '${text}' is invalid. Allowed choices are ${o.choices.join(', ')}.`);
    }
    if (!o.parse)
        return text;
    try {
        return o.parse(text);
    }
    catch (error) {
        throw new UsageError(`option '${label(o)}' argument '${text}' is invalid. ${error instanceof Error ? error.message : String(error)}`);
    }
}
function isVariadic(o) {
    return o.value?.endsWith('...>') ?? false;
}
function label(o) {
    return `${o.short ? `-${o.short}, ` : ''}--${o.long}${o.value ? ` ${o.value}` : ''}`;
}
/** util.parseArgs messages carry advice about `--` meant for other programs: keep the first sentence's facts. */
function parseErrorText(error, command) {
    const code = error.code;
    const message = error instanceof Error ? error.message : String(error);
    const quoted = /'([^']+)'/.exec(message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
        return `unknown option '${quoted}'`;
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
        const o = command.options.find((x) => quoted.includes(`--${x.long}`));
        return o?.value ? `option '${label(o)}' argument missing` : `option '${o ? label(o) : quoted}' does not take a value`;
    }
    return message.split('. ')[0] ?? message;
}
const WIDTH = 80;
function programHelp(program) {
    const rows = program.commands.map((c) => [
        `${c.name}${c.options.length ? ' [options]' : ''} ${argumentUsage(c.argument)}`,
        c.summary,
    ]);
    rows.push(['help [command]', 'display help for command']);
    return [
        `Usage: ${program.name} [options] [command]`,
        '',
        wrap(program.description, WIDTH, 0),
        '',
        'Options:',
        table([
            ['-V, --version', 'output the version number'],
            ['-h, --help', 'display help for command'],
        ]),
        '',
        'Commands:',
        table(rows),
        '',
    ].join('\n');
}
function commandHelp(program, command) {
    const a = command.argument;
    const options = command.options.map((o) => [label(o), optionHelp(o)]);
    options.push(['-h, --help', 'display help for command']);
    return [
        `Usage: ${program.name} ${command.name} [options] ${argumentUsage(a)}`,
        '',
        wrap(command.summary, WIDTH, 0),
        '',
        'Arguments:',
        table([[a.name, a.default !== undefined ? `${a.help} (default: "${a.default}")` : a.help]]),
        '',
        'Options:',
        table(options),
        '',
    ].join('\n');
}
function optionHelp(o) {
    const extra = [];
    if (o.choices)
        extra.push(`choices: ${o.choices.map((c) => `"${c}"`).join(', ')}`);
    if (o.default !== undefined)
        extra.push(`default: "${o.default}"`);
    return extra.length ? `${o.help} (${extra.join(', ')})` : o.help;
}
function argumentUsage(a) {
    const inner = `${a.name}${a.variadic ? '...' : ''}`;
    return a.required ? `<${inner}>` : `[${inner}]`;
}
function table(rows) {
    const left = Math.max(...rows.map(([l]) => l.length)) + 2;
    return rows.map(([l, r]) => `  ${l.padEnd(left)}${wrap(r, WIDTH - 2 - left, 2 + left)}`).join('\n');
}
function wrap(text, width, indent) {
    const lines = [];
    let line = '';
    for (const word of text.split(/\s+/)) {
        if (line && line.length + 1 + word.length > width) {
            lines.push(line);
            line = word;
        }
        else
            line = line ? `${line} ${word}` : word;
    }
    lines.push(line);
    return lines.join(`\n${' '.repeat(indent)}`);
}

// EXTERNAL MODULE: ./lib/core/exit-codes.js
var exit_codes = __nccwpck_require__(1716);
;// CONCATENATED MODULE: ./lib/core/options.js
const OUTPUT_FORMATS = ['text', 'json', 'sarif', 'markdown'];

// EXTERNAL MODULE: ./lib/core/severity.js
var severity = __nccwpck_require__(3980);
// EXTERNAL MODULE: ./lib/core/version.js
var version = __nccwpck_require__(8067);
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

// EXTERNAL MODULE: ./lib/core/limits.js
var limits = __nccwpck_require__(7535);
;// CONCATENATED MODULE: ./lib/cli/main.js








const defaultIo = () => ({
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    isTty: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    stderrIsTty: Boolean(process.stderr.isTTY),
    cwd: process.cwd(),
});
/** Runs the CLI; returns the process exit code (0 pass, 1 findings, 2 error). */
async function run(argv, io = defaultIo()) {
    let parsed;
    try {
        parsed = parseCommandLine(PROGRAM, argv);
    }
    catch (error) {
        if (!(error instanceof UsageError))
            throw error;
        io.stderr(`error: ${error.message}\n(run with --help for usage)\n`);
        return exit_codes/* EXIT_ERROR */.SI;
    }
    if (parsed.kind === 'version') {
        io.stdout(parsed.text);
        return exit_codes/* EXIT_PASS */.rc;
    }
    if (parsed.kind === 'help') {
        // Help asked for is printed on stdout; help instead of a command (no arguments) is a usage error.
        if (argv.length === 0) {
            io.stderr(parsed.text);
            return exit_codes/* EXIT_ERROR */.SI;
        }
        io.stdout(parsed.text);
        return exit_codes/* EXIT_PASS */.rc;
    }
    try {
        switch (parsed.command) {
            case 'init':
                return await initCommand(parsed.args[0], io);
            case 'merge': {
                const { mergeCommand } = await __nccwpck_require__.e(/* import() */ 2190).then(__nccwpck_require__.bind(__nccwpck_require__, 2190));
                return mergeCommand(parsed.args, parsed.flags, io);
            }
            default:
                // The scanner loads after the command line is understood: --help and --version stay instant.
                const { scanCommand } = await Promise.all(/* import() */[__nccwpck_require__.e(9346), __nccwpck_require__.e(8581)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8581));
                return await scanCommand(parsed.args, parsed.flags, io);
        }
    }
    catch (error) {
        io.stderr(`${version/* TOOL_NAME */.lH}: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
        return exit_codes/* EXIT_ERROR */.SI;
    }
}
const FAIL_ON = {
    long: 'fail-on',
    value: '<severity>',
    choices: severity/* THRESHOLDS */.Rm,
    default: 'high',
    help: 'exit 1 when a finding is at or above this severity',
};
const FORMAT = { long: 'format', short: 'f', value: '<format>', choices: OUTPUT_FORMATS, default: 'text', help: 'what to print on stdout' };
/** The command line: every command, argument and option, with its help text. */
const PROGRAM = {
    name: version/* TOOL_NAME */.lH,
    version: version/* TOOL_VERSION */.wr,
    description: 'Scan ML model files for code that runs when they are loaded, without loading them.',
    defaultCommand: 'scan',
    commands: [
        {
            name: 'scan',
            summary: 'Scan files and folders (folders are walked recursively).',
            argument: { name: 'paths', variadic: true, help: 'files or folders to scan' },
            options: [
                { long: 'path', short: 'p', value: '<path...>', help: 'a file or folder to scan (may be repeated; same as a positional path)' },
                FAIL_ON,
                { long: 'sarif', value: '<file>', help: 'write a SARIF 2.1.0 report to this file' },
                { long: 'json', value: '<file>', help: 'write a JSON report to this file' },
                FORMAT,
                {
                    long: 'config',
                    short: 'c',
                    value: '<file>',
                    help: 'policy configuration file (default: .modelscan.yml or .modelscan.yaml in the current folder, if present)',
                },
                { long: 'baseline', value: '<sarif>', help: 'a SARIF report of an earlier run: only findings not in it count' },
                { long: 'hash', help: 'record the SHA-256 of every scanned file in the JSON and SARIF reports (reads every byte)' },
                { long: 'checksums', value: '<file>', help: 'verify files against this sha256sum-format list (paths relative to its folder)' },
                {
                    long: 'hf',
                    value: '<org/name[@revision]>',
                    help: 'scan a Hugging Face Hub model repository in place (range requests; HF_TOKEN, HF_ENDPOINT honoured)',
                },
                { long: 'exclude', short: 'e', value: '<glob...>', help: 'leave out files matching these globs (relative to the current folder)' },
                {
                    long: 'limit',
                    value: '<name=value>',
                    repeatable: true,
                    help: `change a resource limit (repeatable), e.g. --limit maxDepth=3 --limit maxMemberBytes=1GiB; limits: ${Object.keys(limits/* DEFAULT_LIMITS */.dR).join(', ')}`,
                },
                { long: 'category', value: '<id>', default: 'modelscan', help: 'SARIF automationDetails category' },
                {
                    long: 'shard',
                    value: '<i/n>',
                    parse: parseShard,
                    help: "scan only shard i of n (by a hash of each path); merge the shards' SARIF files with `merge`",
                },
                {
                    long: 'jobs',
                    short: 'j',
                    value: '<n>',
                    parse: jobsOption,
                    help: 'worker threads scanning beside the main one (default with 4+ CPUs: CPUs - 1, at most 3, once a run of 64 files or more has lasted 0.5 s; 0: main thread only)',
                },
                { long: 'no-progress', help: 'no progress on stderr (a live line on a terminal, a line every 10 s in CI logs)' },
                { long: 'quiet', short: 'q', help: 'print only findings at or above the threshold and the verdict' },
                { long: 'no-color', help: 'never colour the output' },
            ],
        },
        {
            name: 'init',
            summary: 'Write a commented starter configuration (.modelscan.yml); never overwrites.',
            argument: { name: 'file', default: '.modelscan.yml', help: 'where to write it' },
            options: [],
        },
        {
            name: 'merge',
            summary: 'Merge the SARIF files of a sharded scan (--shard i/n) into one run and apply the gate once.',
            argument: { name: 'inputs', variadic: true, required: true, help: 'SARIF files, or folders holding them (*.sarif, *.sarif.json)' },
            options: [
                FAIL_ON,
                { long: 'sarif', value: '<file>', help: 'write the merged SARIF 2.1.0 report to this file' },
                FORMAT,
                { long: 'category', value: '<id>', help: "SARIF category of the merged run (default: the shards' category)" },
                { long: 'expect', value: '<count>', parse: countOption, help: 'fail unless this many SARIF files are found (the number of shards)' },
            ],
        },
    ],
};
async function initCommand(file, io) {
    const { writeStarterConfig } = await __nccwpck_require__.e(/* import() */ 5670).then(__nccwpck_require__.bind(__nccwpck_require__, 5670));
    try {
        writeStarterConfig((0,external_node_path_.resolve)(io.cwd, file), file);
        io.stdout(`Wrote ${file}: edit it, commit it, and the next scan applies it.\n`);
        return exit_codes/* EXIT_PASS */.rc;
    }
    catch (error) {
        io.stderr(`${version/* TOOL_NAME */.lH}: ${error instanceof Error ? error.message : String(error)}\n`);
        return exit_codes/* EXIT_ERROR */.SI;
    }
}
function jobsOption(value) {
    const n = Number(value);
    if (!/^\d+$/.test(value) || n > 64)
        throw new UsageError(`expected a whole number of threads from 0 to 64, got "${value}"`);
    return n;
}
function countOption(value) {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1)
        throw new UsageError(`expected a whole number of files, got "${value}"`);
    return n;
}

;// CONCATENATED MODULE: ./lib/cli/index.js


if (process.argv.includes(worker_entry/* SCAN_WORKER_ARG */.em)) {
    // A worker thread of this CLI's own pool (see core/pool.ts).
    void Promise.all(/* import() */[__nccwpck_require__.e(9346), __nccwpck_require__.e(7245)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7245)).then((worker) => worker.serveScans());
}
else {
    (0,worker_entry/* setWorkerEntry */.HU)(import.meta.url);
    // `modelscan-action scan \u2026 | head`: a reader that stops early is not an error of the scan, and the
    // exit code stays the scan's (a pipeline with pipefail must still fail on findings).
    process.stdout.on('error', (error) => {
        if (error.code !== 'EPIPE')
            throw error;
    });
    void run(process.argv.slice(2)).then((code) => {
        process.exitCode = code;
        exitOnceFlushed(code);
    });
}
/**
 * Ends the process as soon as everything written has reached the OS. A natural exit would first wait
 * for V8's background compiler to finish optimising code that will never run again (~10 ms measured
 * after a safetensors scan). Pipes are asynchronous on some systems: until they drain, wait.
 */
function exitOnceFlushed(code) {
    const pending = [process.stdout, process.stderr].find((stream) => stream.writableLength > 0);
    if (!pending)
        process.exit(code);
    else
        pending.once('drain', () => exitOnceFlushed(code));
}

