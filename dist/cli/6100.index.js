export const id = 6100;
export const ids = [6100];
export const modules = {

/***/ 491:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ linkTargetProblem),
/* harmony export */   T6: () => (/* binding */ memberPathProblem),
/* harmony export */   tm: () => (/* binding */ UnsafePaths)
/* harmony export */ });
/**
 * Archive member names that write outside the folder an archive is unpacked
 * into ("zip slip"): absolute paths, drive and UNC paths, `..` that climbs
 * out, and tar links pointing out. Python's tarfile.extractall follows them
 * before 3.12 (CVE-2007-4559; the ONNX hub tar extraction, CVE-2024-5187;
 * NeMo and other `.tar`-based checkpoints are unpacked the same way), as do
 * many zip extractors. Nothing is ever extracted here: the names are only read.
 */
function memberPathProblem(name) {
    if (name.includes('\0'))
        return 'a NUL byte in the name';
    if (/^[\\/]{2}/.test(name))
        return 'a UNC or network path';
    if (/^[A-Za-z]:/.test(name))
        return 'a Windows drive path';
    if (/^[\\/]/.test(name))
        return 'an absolute path';
    return climbsOut(name.split(/[\\/]+/), 0) ? 'a ".." that climbs out of the extraction folder' : undefined;
}
/** A symlink's target, relative to the folder of the link itself. */
function linkTargetProblem(linkName, target) {
    if (/^[\\/]/.test(target) || /^[A-Za-z]:/.test(target))
        return `a link to the absolute path "${target.slice(0, 200)}"`;
    const depth = linkName.split(/[\\/]+/).filter((p) => p !== '' && p !== '.').length - 1;
    return climbsOut(target.split(/[\\/]+/), Math.max(0, depth)) ? `a link to "${target.slice(0, 200)}", outside the extraction folder` : undefined;
}
function climbsOut(parts, start) {
    let depth = start;
    for (const part of parts) {
        if (part === '..')
            depth--;
        else if (part !== '' && part !== '.')
            depth++;
        if (depth < 0)
            return true;
    }
    return false;
}
const MAX_LISTED = 20;
/** Collects unsafe names of one archive and reports them as one finding (one archive, one root cause). */
class UnsafePaths {
    found = [];
    count = 0;
    add(name, problem) {
        if (problem === undefined)
            return;
        if (this.found.length < MAX_LISTED)
            this.found.push({ name: name.slice(0, 300), problem });
        this.count++;
    }
    report(ctx, kind) {
        if (this.count === 0)
            return;
        const first = this.found[0];
        const more = this.count > 1 ? ` and ${this.count - 1} more member${this.count > 2 ? 's' : ''}` : '';
        ctx.report({
            ruleId: 'archive/path-traversal',
            message: `The ${kind} member "${first.name}" has ${first.problem}${more}: unpacking the archive (${kind === 'tar' ? 'tarfile.extractall before Python 3.12' : 'many unzip tools and hand-written extractors'}) ` +
                'writes or links files outside the target folder, which can overwrite code that runs later.',
            properties: { members: this.found, count: this.count },
        });
    }
}


/***/ }),

/***/ 6100:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FLAG_DATA_DESCRIPTOR: () => (/* reexport safe */ _reader_js__WEBPACK_IMPORTED_MODULE_2__.wR),
/* harmony export */   FLAG_ENCRYPTED: () => (/* reexport safe */ _reader_js__WEBPACK_IMPORTED_MODULE_2__.uM),
/* harmony export */   FLAG_PATCHED: () => (/* reexport safe */ _reader_js__WEBPACK_IMPORTED_MODULE_2__.TK),
/* harmony export */   FLAG_STRONG_ENCRYPTION: () => (/* reexport safe */ _reader_js__WEBPACK_IMPORTED_MODULE_2__.Tf),
/* harmony export */   FLAG_UTF8: () => (/* reexport safe */ _reader_js__WEBPACK_IMPORTED_MODULE_2__.Tq),
/* harmony export */   METHOD_DEFLATE: () => (/* reexport safe */ _reader_js__WEBPACK_IMPORTED_MODULE_2__.An),
/* harmony export */   METHOD_STORED: () => (/* reexport safe */ _reader_js__WEBPACK_IMPORTED_MODULE_2__.y$),
/* harmony export */   PREFIX_MEMBER: () => (/* binding */ PREFIX_MEMBER),
/* harmony export */   SIG_CENTRAL: () => (/* reexport safe */ _reader_js__WEBPACK_IMPORTED_MODULE_2__.st),
/* harmony export */   SIG_EOCD: () => (/* reexport safe */ _reader_js__WEBPACK_IMPORTED_MODULE_2__.iM),
/* harmony export */   SIG_LOCAL: () => (/* reexport safe */ _reader_js__WEBPACK_IMPORTED_MODULE_2__.SX),
/* harmony export */   SIG_ZIP64_EOCD: () => (/* reexport safe */ _reader_js__WEBPACK_IMPORTED_MODULE_2__.uj),
/* harmony export */   SIG_ZIP64_LOCATOR: () => (/* reexport safe */ _reader_js__WEBPACK_IMPORTED_MODULE_2__.Zi),
/* harmony export */   ZipFormatError: () => (/* reexport safe */ _reader_js__WEBPACK_IMPORTED_MODULE_2__.PA),
/* harmony export */   eocdCandidates: () => (/* reexport safe */ _reader_js__WEBPACK_IMPORTED_MODULE_2__.bp),
/* harmony export */   inflateBounded: () => (/* binding */ inflateBounded),
/* harmony export */   isTensorStorage: () => (/* binding */ isTensorStorage),
/* harmony export */   looksLikeZip: () => (/* reexport safe */ _reader_js__WEBPACK_IMPORTED_MODULE_2__.fw),
/* harmony export */   pytorchZipScanner: () => (/* binding */ pytorchZipScanner),
/* harmony export */   readLocalHeader: () => (/* reexport safe */ _reader_js__WEBPACK_IMPORTED_MODULE_2__.Ld),
/* harmony export */   readZipDirectory: () => (/* reexport safe */ _reader_js__WEBPACK_IMPORTED_MODULE_2__.x5),
/* harmony export */   startsWithLocalHeader: () => (/* reexport safe */ _reader_js__WEBPACK_IMPORTED_MODULE_2__.w2),
/* harmony export */   torchPrefixes: () => (/* reexport safe */ _claim_js__WEBPACK_IMPORTED_MODULE_3__.R),
/* harmony export */   zipScanner: () => (/* binding */ zipScanner)
/* harmony export */ });
/* harmony import */ var _core_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7718);
/* harmony import */ var _pickle_claim_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1247);
/* harmony import */ var _archive_paths_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(491);
/* harmony import */ var _reader_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3045);
/* harmony import */ var _claim_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7584);







/**
 * Zip archives: PyTorch checkpoints (torch.save since 1.6, TorchScript), NumPy
 * .npz, Keras v3 .keras, plain .zip. Every member is routed by its content;
 * tensor storages of a PyTorch checkpoint are never read.
 */
/** Member name shown for bytes that precede the archive (polyglots, self-extractors). */
const PREFIX_MEMBER = '[bytes before the zip archive]';
const METHOD_NAMES = {
    1: 'shrink',
    6: 'implode',
    9: 'deflate64',
    12: 'bzip2',
    14: 'lzma',
    93: 'zstd',
    95: 'xz',
    98: 'ppmd',
    99: 'AES encryption',
};
const STORAGE_RE = /^([^/]+)\/data\/\d+$/;
/** A tensor storage of a torch checkpoint: raw bytes torch never unpickles. */
function isTensorStorage(name, prefixes) {
    const m = STORAGE_RE.exec(name);
    return m !== null && prefixes.has(m[1]);
}
/** Members torch always unpickles, whatever their bytes look like. */
function isTorchPickle(name, prefixes) {
    const m = /^([^/]+)\/(data|constants)\.pkl$/.exec(name);
    return m !== null && prefixes.has(m[1]);
}
function describe(error) {
    return error instanceof Error ? error.message : String(error);
}
async function scanZip(ctx) {
    const { source, limits } = ctx;
    let dir;
    try {
        dir = (0,_claim_js__WEBPACK_IMPORTED_MODULE_3__/* .directoryOf */ .jt)(source, limits.maxMembers);
    }
    catch (error) {
        ctx.incomplete(`not a readable zip archive: ${describe(error)}`);
        return;
    }
    // Bytes inflated and members routed are counted per file on disk by the core (ctx.budget), whatever
    // the nesting: a zip in a gzip in a zip draws on the same budget (overlapping-entry and nested bombs).
    const budget = ctx.budget;
    // Bytes before the archive are what a loader reading from offset 0 sees (pickle + zip polyglot).
    if (dir.archiveStart > 0) {
        const prefix = new _core_source_js__WEBPACK_IMPORTED_MODULE_0__/* .SliceSource */ .EH(source, 0, Math.min(dir.archiveStart, source.size));
        await ctx.scanNested(prefix, PREFIX_MEMBER);
    }
    const unsafe = new _archive_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .UnsafePaths */ .tm();
    for (const entry of dir.entries)
        unsafe.add(entry.name, (0,_archive_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .memberPathProblem */ .T6)(entry.name));
    unsafe.report(ctx, 'zip');
    const prefixes = (0,_claim_js__WEBPACK_IMPORTED_MODULE_3__/* .torchPrefixes */ .R)(dir.entries);
    const seen = new Set();
    for (const entry of dir.entries) {
        if (entry.isDirectory)
            continue;
        // Tensor data: never read (a STORED 2 GB storage costs nothing).
        if (isTensorStorage(entry.name, prefixes))
            continue;
        // The same member listed by both central directories (see readZipDirectory) is scanned once.
        const key = `${entry.localHeaderOffset + entry.shift}\u0000${entry.name}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        ctx.checkBudget();
        if (++budget.members > limits.maxMembers) {
            if (!budget.reported.has('maxMembers')) {
                budget.reported.add('maxMembers');
                ctx.incomplete(`more than ${limits.maxMembers} archive members in this file (nested archives included); the rest were not examined (limit maxMembers)`);
            }
            break;
        }
        await scanEntry(ctx, entry, isTorchPickle(entry.name, prefixes));
    }
    if (dir.error)
        ctx.incomplete(`damaged zip central directory (${dir.error}); ${dir.entries.length} entries were examined`);
    if (dir.truncatedAtLimit) {
        ctx.incomplete(`the archive has more than ${limits.maxMembers} members; only the first ${limits.maxMembers} were examined (limit maxMembers)`);
    }
}
async function scanEntry(ctx, entry, mustBePickle) {
    const { limits, budget } = ctx;
    const name = entry.name;
    if (!Number.isFinite(entry.compressedSize) || !Number.isFinite(entry.uncompressedSize) || !Number.isFinite(entry.localHeaderOffset)) {
        ctx.incomplete(`member "${name}" has impossible zip64 sizes or offset`);
        return;
    }
    let data;
    try {
        data = (0,_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .readLocalHeader */ .Ld)(ctx.source, entry);
    }
    catch (error) {
        ctx.incomplete(`member "${name}": ${describe(error)}`);
        return;
    }
    const truncated = data.available < entry.compressedSize;
    let member;
    if (entry.method === _reader_js__WEBPACK_IMPORTED_MODULE_2__/* .METHOD_STORED */ .y$) {
        // No copy: a window on the file. Its size is what the directory says (miniz trusts it).
        member = new _core_source_js__WEBPACK_IMPORTED_MODULE_0__/* .SliceSource */ .EH(ctx.source, data.dataOffset, data.available);
        if (truncated) {
            ctx.incomplete(`member "${name}" is truncated: ${data.available} of ${entry.compressedSize} bytes are present`);
        }
    }
    else if (entry.method === _reader_js__WEBPACK_IMPORTED_MODULE_2__/* .METHOD_DEFLATE */ .An) {
        const usize = entry.uncompressedSize;
        if (usize > limits.maxMemberBytes) {
            ctx.incomplete(`member "${name}" would inflate to ${usize} bytes, more than the limit of ${limits.maxMemberBytes} bytes (limit maxMemberBytes)`);
            return;
        }
        if (budget.inflated + usize > limits.maxTotalInflatedBytes) {
            ctx.incomplete(`member "${name}" would bring the bytes inflated for this file to ${budget.inflated + usize}, more than the limit of ` +
                `${limits.maxTotalInflatedBytes} bytes (limit maxTotalInflatedBytes)`);
            return;
        }
        // The compressed bytes are read into memory too (empty stored blocks can pad a stream at will).
        if (entry.compressedSize > limits.maxMemberBytes) {
            ctx.incomplete(`member "${name}" has ${entry.compressedSize} compressed bytes, more than the limit of ${limits.maxMemberBytes} bytes (limit maxMemberBytes)`);
            return;
        }
        budget.inflated += usize;
        const raw = ctx.source.read(data.dataOffset, data.available);
        const inflated = await inflateBounded(raw, usize);
        if (inflated.error !== undefined || truncated) {
            const why = truncated
                ? `is truncated (${data.available} of ${entry.compressedSize} compressed bytes present)`
                : `could not be inflated (${inflated.error})`;
            const enc = entry.flags & (_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .FLAG_ENCRYPTED */ .uM | _reader_js__WEBPACK_IMPORTED_MODULE_2__/* .FLAG_STRONG_ENCRYPTION */ .Tf) ? ' and is marked as encrypted' : '';
            ctx.incomplete(`member "${name}" ${why}${enc}; ${inflated.bytes.length} bytes were recovered and scanned`);
        }
        member = new _core_source_js__WEBPACK_IMPORTED_MODULE_0__/* .BufferSource */ ._r(inflated.bytes);
    }
    else {
        const method = METHOD_NAMES[entry.method] ?? 'unknown';
        ctx.incomplete(`member "${name}" uses compression method ${entry.method} (${method}), which the scanner cannot read`);
        return;
    }
    const takenBy = await ctx.scanNested(member, name);
    if (mustBePickle && takenBy !== _pickle_claim_js__WEBPACK_IMPORTED_MODULE_1__/* .pickleClaim */ .nl.id) {
        // torch.load unpickles this member whatever its first bytes look like.
        ctx.incomplete(takenBy === undefined
            ? `member "${name}" is unpickled by torch.load but is not recognisable as a pickle`
            : `member "${name}" is unpickled by torch.load but its bytes were read as ${takenBy}, not as a pickle`);
    }
    else if (takenBy === undefined && entry.flags & (_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .FLAG_ENCRYPTED */ .uM | _reader_js__WEBPACK_IMPORTED_MODULE_2__/* .FLAG_STRONG_ENCRYPTION */ .Tf)) {
        // miniz reads flagged entries as plain data; if nothing recognises the bytes they may really be encrypted.
        ctx.incomplete(`member "${name}" is marked as encrypted and its content is not recognised`);
    }
}
/**
 * Inflates at most `size` bytes (the declared size: the output buffer is
 * allocated once, never grown). On a corrupt or truncated stream, returns what
 * could be inflated before the damage: a loader that reads the member
 * incrementally (Python's zipfile under pickle.load) runs a payload at the start
 * of a broken stream before it notices.
 */
async function inflateBounded(raw, size) {
    // fflate builds its tables when it loads: only once a deflated member is met.
    const { inflateSync } = await (fflate ??= __webpack_require__.e(/* import() */ 1306).then(__webpack_require__.bind(__webpack_require__, 1306)));
    try {
        return { bytes: inflateSync(raw, { out: new Uint8Array(size) }) };
    }
    catch (error) {
        return { bytes: await inflatePartial(raw, size), error: describe(error) };
    }
}
let fflate;
/** Streaming inflate that keeps the output produced before an error (node:zlib emits it chunk by chunk). */
async function inflatePartial(raw, size) {
    const { createInflateRaw } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 8522, 19));
    return new Promise((resolve) => {
        const out = new Uint8Array(size);
        let length = 0;
        let done = false;
        const stream = createInflateRaw();
        const finish = () => {
            if (done)
                return;
            done = true;
            stream.destroy();
            resolve(out.subarray(0, length));
        };
        stream.on('data', (chunk) => {
            const n = Math.min(chunk.length, size - length);
            out.set(chunk.subarray(0, n), length);
            length += n;
            if (length >= size)
                finish();
        });
        stream.on('error', finish);
        stream.on('end', finish);
        stream.on('close', finish);
        stream.end(raw);
    });
}
/** PyTorch checkpoints in zip form (torch.save since 1.6, TorchScript archives). */
const pytorchZipScanner = {
    ..._claim_js__WEBPACK_IMPORTED_MODULE_3__/* .pytorchZipClaim */ .Xn,
    scan: scanZip,
};
/** Any other zip: .npz, .keras, .nemo, plain .zip. */
const zipScanner = {
    ..._claim_js__WEBPACK_IMPORTED_MODULE_3__/* .zipClaim */ .W8,
    scan: scanZip,
};


/***/ })

};
