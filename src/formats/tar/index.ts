import type { FormatScanner, ScanContext } from '../../core/scanner.js';
import { SliceSource } from '../../core/source.js';
import { isZeroBlock, readTar } from './reader.js';
import { tarClaim } from './claim.js';
import { UnsafePaths, linkTargetProblem, memberPathProblem } from '../archive-paths.js';

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

export const TRAILING_MEMBER = '[bytes after the tar archive]';
const TORCH_MEMBERS = ['pickle', 'storages', 'tensors'];

async function scan(ctx: ScanContext): Promise<void> {
  const { source, limits } = ctx;
  const listing = readTar(source, limits.maxMembers);
  const names = new Set(listing.entries.map((e) => e.name));
  const torch = TORCH_MEMBERS.every((n) => names.has(n));
  const unsafe = new UnsafePaths();
  for (const entry of listing.entries) {
    unsafe.add(entry.name, memberPathProblem(entry.name));
    if (entry.type === '2') unsafe.add(entry.name, linkTargetProblem(entry.name, entry.linkName));
    if (entry.type === '1') unsafe.add(entry.name, memberPathProblem(entry.linkName) && `a hard link to "${entry.linkName.slice(0, 200)}", outside the extraction folder`);
  }
  unsafe.report(ctx, 'tar');
  for (const entry of listing.entries) {
    if (entry.type === 'S') {
      ctx.incomplete(`member "${entry.name}" is a GNU sparse file, which the scanner does not reassemble`);
      continue;
    }
    if (!['0', '7'].includes(entry.type) && entry.type !== '\0') continue; // directories, links, devices
    const available = Math.max(0, Math.min(entry.size, source.size - entry.dataOffset));
    if (available < entry.size) {
      ctx.incomplete(`member "${entry.name}" is truncated: ${available} of ${entry.size} bytes are present`, entry.dataOffset);
    }
    if (available === 0) continue;
    // Members of every archive nested in this file count together (ctx.budget, limit maxMembers).
    ctx.checkBudget();
    if (++ctx.budget.members > limits.maxMembers) {
      if (!ctx.budget.reported.has('maxMembers')) {
        ctx.budget.reported.add('maxMembers');
        ctx.incomplete(`more than ${limits.maxMembers} archive members in this file (nested archives included); the rest were not examined (limit maxMembers)`);
      }
      break;
    }
    const member = new SliceSource(source, entry.dataOffset, available);
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
      const tail = new SliceSource(source, listing.end, source.size - listing.end);
      await ctx.scanNested(tail, TRAILING_MEMBER);
    }
  }
}

export const tarScanner: FormatScanner = {
  ...tarClaim,
  scan,
};
