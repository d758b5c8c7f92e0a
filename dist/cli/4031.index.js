export const id = 4031;
export const ids = [4031];
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

/***/ 4031:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TRAILING_MEMBER: () => (/* binding */ TRAILING_MEMBER),
  tarScanner: () => (/* binding */ tarScanner)
});

// EXTERNAL MODULE: ./lib/core/source.js
var core_source = __webpack_require__(7718);
// EXTERNAL MODULE: ./lib/formats/tar/header.js
var header = __webpack_require__(1411);
;// CONCATENATED MODULE: ./lib/formats/tar/reader.js
/**
 * A tar reader over positioned reads: ustar, GNU (long names `L`/`K`, base-256
 * sizes) and POSIX pax (`x` headers: path, size, linkpath). Headers are 512
 * bytes; data is never read here, only located. Like Python's tarfile, a bad
 * header after the first ends the archive.
 */


/** Longest GNU long name or pax header we read (tarfile has no limit; real ones are tiny). */
const MAX_META = 1024 * 1024;
function cstr(b, start, len) {
    let end = start;
    while (end < start + len && b[end] !== 0)
        end++;
    return Buffer.from(b.subarray(start, end)).toString('utf8');
}
function isZeroBlock(h) {
    for (let i = 0; i < h.length; i++)
        if (h[i] !== 0)
            return false;
    return true;
}
function parsePax(data) {
    const out = new Map();
    let i = 0;
    while (i < data.length) {
        const sp = data.indexOf(0x20, i);
        if (sp < 0)
            break;
        const len = Number(data.toString('latin1', i, sp));
        if (!Number.isSafeInteger(len) || len <= 0 || i + len > data.length)
            break;
        const rec = data.toString('utf8', sp + 1, i + len - 1); // without the trailing newline
        const eq = rec.indexOf('=');
        if (eq > 0)
            out.set(rec.slice(0, eq), rec.slice(eq + 1));
        i += len;
    }
    return out;
}
function readTar(source, maxEntries) {
    const entries = [];
    let pos = 0;
    let longName;
    let longLink;
    let pax;
    const size = source.size;
    while (pos + header/* BLOCK */.IE <= size) {
        const h = source.read(pos, header/* BLOCK */.IE);
        if (isZeroBlock(h)) {
            // End of archive: one or two zero blocks.
            const next = pos + header/* BLOCK */.IE + header/* BLOCK */.IE <= size ? source.read(pos + header/* BLOCK */.IE, header/* BLOCK */.IE) : undefined;
            return { entries, end: pos + (next && isZeroBlock(next) ? 2 * header/* BLOCK */.IE : header/* BLOCK */.IE), truncatedAtLimit: false };
        }
        if (!(0,header/* validHeader */.gP)(h)) {
            return { entries, end: pos, error: `invalid tar header at offset ${pos}`, truncatedAtLimit: false };
        }
        const type = h[156] === 0 ? '0' : String.fromCharCode(h[156]);
        let memberSize = (0,header/* tarNumber */.TN)(h, 124, 12);
        if (memberSize === undefined)
            return { entries, end: pos, error: `unreadable size in the tar header at offset ${pos}`, truncatedAtLimit: false };
        const dataOffset = pos + header/* BLOCK */.IE;
        if (type === 'L' || type === 'K' || type === 'x' || type === 'g') {
            if (memberSize > MAX_META)
                return { entries, end: pos, error: `tar metadata header of ${memberSize} bytes at offset ${pos}`, truncatedAtLimit: false };
            const data = Buffer.from(source.read(dataOffset, memberSize));
            if (data.length < memberSize)
                return { entries, end: pos, error: `tar archive ends inside a header at offset ${pos}`, truncatedAtLimit: false };
            if (type === 'L')
                longName = cstr(data, 0, data.length);
            else if (type === 'K')
                longLink = cstr(data, 0, data.length);
            else if (type === 'x')
                pax = parsePax(data);
            pos = dataOffset + Math.ceil(memberSize / header/* BLOCK */.IE) * header/* BLOCK */.IE;
            continue;
        }
        const magic = Buffer.from(h.subarray(257, 263)).toString('latin1');
        let name = cstr(h, 0, 100);
        if (magic === 'ustar\0') {
            const prefix = cstr(h, 345, 155);
            if (prefix)
                name = `${prefix}/${name}`;
        }
        let linkName = cstr(h, 157, 100);
        if (longName !== undefined)
            name = longName;
        if (longLink !== undefined)
            linkName = longLink;
        if (pax) {
            name = pax.get('path') ?? name;
            linkName = pax.get('linkpath') ?? linkName;
            const paxSize = pax.get('size');
            if (paxSize !== undefined) {
                const n = Number(paxSize);
                if (!/^\d+$/.test(paxSize) || !Number.isSafeInteger(n)) {
                    return { entries, end: pos, error: `unreadable pax size at offset ${pos}`, truncatedAtLimit: false };
                }
                memberSize = n;
            }
        }
        longName = longLink = pax = undefined;
        if (entries.length >= maxEntries)
            return { entries, end: pos, truncatedAtLimit: true };
        // Links and directories have no data (tarfile ignores a size on them, except for a hard link's).
        const hasData = !['1', '2', '3', '4', '5', '6'].includes(type);
        entries.push({ name, type, size: hasData ? memberSize : 0, dataOffset, headerOffset: pos, linkName });
        pos = dataOffset + (hasData ? Math.ceil(memberSize / header/* BLOCK */.IE) * header/* BLOCK */.IE : 0);
        if (!Number.isSafeInteger(pos))
            return { entries, end: size, error: 'impossible member size', truncatedAtLimit: false };
    }
    if (pos < size)
        return { entries, end: pos, error: `tar archive ends inside a header at offset ${pos}`, truncatedAtLimit: false };
    // No end-of-archive marker (tarfile accepts that).
    return { entries, end: pos, truncatedAtLimit: false };
}

// EXTERNAL MODULE: ./lib/formats/tar/claim.js
var claim = __webpack_require__(8864);
// EXTERNAL MODULE: ./lib/formats/archive-paths.js
var archive_paths = __webpack_require__(491);
;// CONCATENATED MODULE: ./lib/formats/tar/index.js




/**
 * Tar archives (.tar, and .tar.gz/.bz2/.xz once the compressed scanner has
 * unpacked them): every member routed by content, in place (a window on the
 * file, never extracted, no path ever reaches the file system).
 *
 * PyTorch's legacy tar layout (`sys_info`, `pickle`, `storages`, `tensors`;
 * torch.load still tries it first, threats A10) needs nothing special here:
 * `pickle` and `sys_info` are pickles, and the torch-legacy scanner claims the
 * `storages` and `tensors` members and walks their raw records by size.
 */
const TRAILING_MEMBER = '[bytes after the tar archive]';
const TORCH_MEMBERS = ['pickle', 'storages', 'tensors'];
async function scan(ctx) {
    const { source, limits } = ctx;
    const listing = readTar(source, limits.maxMembers);
    const names = new Set(listing.entries.map((e) => e.name));
    const torch = TORCH_MEMBERS.every((n) => names.has(n));
    const unsafe = new archive_paths/* UnsafePaths */.tm();
    for (const entry of listing.entries) {
        unsafe.add(entry.name, (0,archive_paths/* memberPathProblem */.T6)(entry.name));
        if (entry.type === '2')
            unsafe.add(entry.name, (0,archive_paths/* linkTargetProblem */.$Q)(entry.name, entry.linkName));
        if (entry.type === '1')
            unsafe.add(entry.name, (0,archive_paths/* memberPathProblem */.T6)(entry.linkName) && `a hard link to "${entry.linkName.slice(0, 200)}", outside the extraction folder`);
    }
    unsafe.report(ctx, 'tar');
    for (const entry of listing.entries) {
        if (entry.type === 'S') {
            ctx.incomplete(`member "${entry.name}" is a GNU sparse file, which the scanner does not reassemble`);
            continue;
        }
        if (!['0', '7'].includes(entry.type) && entry.type !== '\0')
            continue; // directories, links, devices
        const available = Math.max(0, Math.min(entry.size, source.size - entry.dataOffset));
        if (available < entry.size) {
            ctx.incomplete(`member "${entry.name}" is truncated: ${available} of ${entry.size} bytes are present`, entry.dataOffset);
        }
        if (available === 0)
            continue;
        // Members of every archive nested in this file count together (ctx.budget, limit maxMembers).
        ctx.checkBudget();
        if (++ctx.budget.members > limits.maxMembers) {
            if (!ctx.budget.reported.has('maxMembers')) {
                ctx.budget.reported.add('maxMembers');
                ctx.incomplete(`more than ${limits.maxMembers} archive members in this file (nested archives included); the rest were not examined (limit maxMembers)`);
            }
            break;
        }
        const member = new core_source/* SliceSource */.EH(source, entry.dataOffset, available);
        // `tar.add(folder, arcname='.')` (NeMo's .nemo writer) names members "./x": reported as "x".
        const taken = await ctx.scanNested(member, entry.name.replace(/^(?:\.\/)+(?=.)/, ''));
        if (torch) {
            // torch.load unpickles these members (and walks the raw records of the last two).
            // (torch-legacy scans pickles with the same engine: sys_info looks like the start of a legacy stream.)
            const expected = entry.name === 'pickle' || entry.name === 'sys_info' ? ['pickle', 'torch-legacy'] : entry.name === 'storages' || entry.name === 'tensors' ? ['torch-legacy'] : [];
            if (expected.length && !expected.includes(taken ?? '')) {
                ctx.incomplete(`member "${entry.name}" of a legacy torch archive is unpickled by torch.load but was ${taken === undefined ? 'not recognised' : `read as ${taken}`}`);
            }
        }
    }
    if (listing.truncatedAtLimit) {
        ctx.incomplete(`the archive has more than ${limits.maxMembers} members; only the first ${limits.maxMembers} were examined (limit maxMembers)`);
    }
    if (listing.error) {
        ctx.incomplete(`${listing.error}; tar readers stop there, the rest was scanned as loose bytes`, listing.end);
    }
    // Anything after the end of the archive that is not zero padding: a second file riding along.
    if (listing.end < source.size) {
        const rest = source.read(listing.end, Math.min(source.size - listing.end, 64 * 1024));
        if (!isZeroBlock(rest) || source.size - listing.end > rest.length) {
            const tail = new core_source/* SliceSource */.EH(source, listing.end, source.size - listing.end);
            await ctx.scanNested(tail, TRAILING_MEMBER);
        }
    }
}
const tarScanner = {
    ...claim/* tarClaim */.Y,
    scan,
};


/***/ })

};
