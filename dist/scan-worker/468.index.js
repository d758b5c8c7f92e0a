export const id = 468;
export const ids = [468];
export const modules = {

/***/ 2468:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TRAILING_MEMBER: () => (/* binding */ TRAILING_MEMBER),
/* harmony export */   tarScanner: () => (/* binding */ tarScanner)
/* harmony export */ });
/* harmony import */ var _core_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7718);
/* harmony import */ var _reader_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9701);
/* harmony import */ var _claim_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8864);



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
    const listing = (0,_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .readTar */ .sB)(source, limits.maxMembers);
    const names = new Set(listing.entries.map((e) => e.name));
    const torch = TORCH_MEMBERS.every((n) => names.has(n));
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
        const member = new _core_source_js__WEBPACK_IMPORTED_MODULE_0__/* .SliceSource */ .EH(source, entry.dataOffset, available);
        const taken = await ctx.scanNested(member, entry.name);
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
        if (!(0,_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .isZeroBlock */ .ei)(rest) || source.size - listing.end > rest.length) {
            const tail = new _core_source_js__WEBPACK_IMPORTED_MODULE_0__/* .SliceSource */ .EH(source, listing.end, source.size - listing.end);
            await ctx.scanNested(tail, TRAILING_MEMBER);
        }
    }
}
const tarScanner = {
    ..._claim_js__WEBPACK_IMPORTED_MODULE_1__/* .tarClaim */ .Y,
    scan,
};


/***/ })

};
