import type { FormatScanner, ScanContext } from '../../core/scanner.js';
import { BufferSource } from '../../core/source.js';
import { TimeBudgetExceeded } from '../../core/budget.js';
import { BoundedOutput } from '../compressed/output.js';
import { crc32 } from './crc32.js';
import { type FolderPlan, type Stream, Unsupported, openFolder, planFolder } from './coders.js';
import {
  type ArchiveHeader,
  HeaderReader,
  SIGNATURE_HEADER_SIZE,
  SevenZipError,
  type StreamsInfo,
  folderUnpackSize,
  headerKind,
  readHeader,
  readStartHeader,
  readStreamsInfo,
} from './header.js';
import { sevenZipClaim } from './claim.js';

/**
 * 7z archives (threats A7, A8: the nullifAI models were PyTorch checkpoints
 * re-compressed with 7z, and a scanner that only opened members with pickle
 * names missed `.bin`/`.pt` members). Decoded here, in TypeScript, from the
 * bytes: the signature header, the (possibly LZMA-packed) header, then every
 * folder through its coders (coders.ts: Copy, LZMA, LZMA2, BCJ x86, Deflate,
 * BZip2), streamed member by member — a solid folder is never held whole, and
 * is decoded only as far as its members are wanted. Every member with data is
 * routed by content (ctx.scanNested), whatever its name; nothing is extracted
 * and no name from the archive reaches the file system.
 *
 * Fail-closed: an archive that cannot be opened (damaged or encrypted header,
 * multi-volume) and members that cannot be decoded (PPMd, BCJ2, ARM and other
 * filters, Delta, AES encryption, a dictionary over 1.5 GiB) are reported as
 * `archive/not-scanned` (high) with the reason, plus `scan/incomplete`. Damage,
 * CRC mismatches and limits (maxMemberBytes per member, the file's
 * maxTotalInflatedBytes and maxMembers across nesting) are `scan/incomplete`,
 * after scanning what was decoded.
 */

interface Member {
  name: string;
  size: number;
  crc: number | undefined;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * A decoder's failure on hostile data (our LZMA, fflate and seek-bzip throw various
 * error types, seek-bzip even TypeError): reported as damage. The time budget goes up.
 */
function isDecodeFailure(error: unknown): boolean {
  return !(error instanceof TimeBudgetExceeded);
}

function quoteList(names: readonly string[], max = 5): string {
  const shown = names.slice(0, max).map((n) => `"${n}"`);
  const more = names.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}

function notOpened(ctx: ScanContext, reason: string): void {
  ctx.report({
    ruleId: 'archive/not-scanned',
    message:
      `This 7z archive could not be opened (${reason}): the models inside it were not scanned. ` +
      'Attackers have used 7z-wrapped PyTorch checkpoints to slip past scanners (nullifAI).',
    properties: { archive: '7z', reason },
  });
  ctx.incomplete(`not scanned: the 7z archive could not be opened (${reason})`);
}

async function scan(ctx: ScanContext): Promise<void> {
  const notes: string[] = [];
  let header: ArchiveHeader;
  try {
    header = await openArchive(ctx, notes);
  } catch (error) {
    if (!(error instanceof SevenZipError)) throw error;
    notOpened(ctx, error.message);
    return;
  }
  for (const note of notes) ctx.incomplete(note);
  const { streams, files } = header;
  if (header.totalFiles > files.length) {
    ctx.incomplete(`the archive lists ${header.totalFiles} entries; only the first ${files.length} were examined (limit maxMembers)`);
  }

  // Files with data are the substreams, in order, folder after folder.
  const byFolder: Member[][] = streams.folders.map(() => []);
  let s = 0;
  for (const file of files) {
    if (!file.hasStream) continue;
    const sub = streams.substreams[s++]!;
    byFolder[sub.folder]!.push({ name: file.name, size: sub.size, crc: sub.crc });
  }

  const plans = streams.folders.map((folder): FolderPlan | Unsupported => {
    try {
      return planFolder(folder);
    } catch (error) {
      if (error instanceof Unsupported) return error;
      throw error;
    }
  });
  reportUndecodable(ctx, plans, byFolder);

  for (let i = 0; i < plans.length; i++) {
    const plan = plans[i]!;
    const members = byFolder[i]!;
    if (plan instanceof Unsupported || members.length === 0) continue;
    if (await scanFolder(ctx, streams, plan, members)) break;
  }
}

/** Folders the scanner cannot decode: one high finding naming their members and why, said before anything is decoded. */
function reportUndecodable(ctx: ScanContext, plans: readonly (FolderPlan | Unsupported)[], byFolder: readonly Member[][]): void {
  const names: string[] = [];
  const reasons = new Map<string, string[]>();
  plans.forEach((plan, i) => {
    const members = byFolder[i]!;
    if (!(plan instanceof Unsupported) || members.length === 0) return;
    const list = members.map((m) => m.name);
    names.push(...list);
    const same = reasons.get(plan.message);
    if (same) same.push(...list);
    else reasons.set(plan.message, list);
  });
  if (names.length === 0) return;
  // One reason each (a non-solid archive of many members has a folder per member).
  for (const [reason, list] of reasons) ctx.incomplete(`${list.length === 1 ? 'member' : `${list.length} members`} ${quoteList(list)} not scanned: ${reason}`);
  const why = [...reasons].map(([reason, list]) => `${quoteList(list, 3)}: ${reason}`).join('; ');
  const encrypted = plans.some((p) => p instanceof Unsupported && p.encrypted);
  ctx.report({
    ruleId: 'archive/not-scanned',
    message:
      `${names.length} ${names.length === 1 ? 'member' : 'members'} of this 7z archive could not be decoded, so ${names.length === 1 ? 'it was' : 'they were'} not scanned (${why}). ` +
      'Attackers have used 7z-wrapped PyTorch checkpoints to slip past scanners (nullifAI).',
    properties: { archive: '7z', members: names.slice(0, 100), reasons: [...reasons.keys()], encrypted },
  });
}

/** Signature header, next header, and the packed header if there is one. */
async function openArchive(ctx: ScanContext, notes: string[]): Promise<ArchiveHeader> {
  const { source, limits } = ctx;
  const start = readStartHeader(source.read(0, SIGNATURE_HEADER_SIZE));
  if (start.crcMismatch) notes.push('the 7z start header does not match its CRC (7-Zip refuses such an archive); it was read anyway');
  const empty: ArchiveHeader = {
    streams: { packOffsets: [], packSizes: [], folders: [], substreams: [], perFolder: [] },
    files: [],
    totalFiles: 0,
  };
  if (start.size === 0) {
    if (start.offset !== SIGNATURE_HEADER_SIZE) throw new SevenZipError('an empty header at a non-zero offset');
    return empty; // An empty archive.
  }
  if (start.offset + start.size > source.size) {
    throw new SevenZipError(
      `its header (${start.size} bytes at offset ${start.offset}) lies beyond the end of the ${source.size}-byte file: ` +
        'the archive is truncated, or is the first volume of a multi-volume archive',
    );
  }
  if (start.size > limits.maxMemberBytes) {
    throw new SevenZipError(`its header has ${start.size} bytes, more than the limit of ${limits.maxMemberBytes} bytes (limit maxMemberBytes)`);
  }
  let bytes = source.read(start.offset, start.size);
  if (crc32(bytes) !== start.crc) notes.push('the 7z header does not match its CRC (7-Zip refuses such an archive); it was read anyway');
  let r = new HeaderReader(bytes);
  if (headerKind(r) === 'encoded') {
    const packed = readStreamsInfo(r);
    bytes = await decodeHeader(ctx, packed, notes);
    r = new HeaderReader(bytes);
    if (headerKind(r) !== 'header') throw new SevenZipError('the packed header does not hold a header');
  }
  return readHeader(r, limits.maxMembers);
}

/** A header packed as a folder of its own (7-Zip's default: LZMA). */
async function decodeHeader(ctx: ScanContext, streams: StreamsInfo, notes: string[]): Promise<Uint8Array> {
  const { limits, budget } = ctx;
  if (streams.folders.length !== 1) throw new SevenZipError(`a packed header in ${streams.folders.length} folders`);
  const folder = streams.folders[0]!;
  let plan: FolderPlan;
  try {
    plan = planFolder(folder);
  } catch (error) {
    if (!(error instanceof Unsupported)) throw error;
    throw new SevenZipError(
      error.encrypted ? 'its header is encrypted: file names and contents cannot be read without the password' : `its header cannot be decoded: ${error.message}`,
    );
  }
  const size = folderUnpackSize(folder);
  if (size > limits.maxMemberBytes) {
    throw new SevenZipError(`its packed header would unpack to ${size} bytes, more than the limit of ${limits.maxMemberBytes} bytes (limit maxMemberBytes)`);
  }
  if (size > budget.inflateLeft) {
    throw new SevenZipError(`its packed header would unpack to ${size} bytes, past the bytes left to decompress for this file (limit maxTotalInflatedBytes)`);
  }
  const stream = await openFolder(ctx.source, plan, streams.packOffsets[plan.packStream]!, streams.packSizes[plan.packStream]!);
  const out = new BoundedOutput(size);
  try {
    for (;;) {
      ctx.checkBudget();
      const chunk = stream.next();
      if (!chunk) break;
      out.pushAll(chunk);
    }
  } catch (error) {
    if (!isDecodeFailure(error)) throw error;
    throw new SevenZipError(`its packed header cannot be decoded (${describe(error)})`);
  } finally {
    budget.inflated += out.length;
  }
  if (folder.crc !== undefined && crc32(out.bytes) !== folder.crc) {
    notes.push('the packed 7z header does not match its CRC (7-Zip refuses such an archive); it was read anyway');
  }
  return out.bytes;
}

/**
 * Decodes one folder and scans its members in order. Returns true when a
 * file-wide limit stopped the scan (nothing more should be decoded).
 */
async function scanFolder(ctx: ScanContext, streams: StreamsInfo, plan: FolderPlan, members: readonly Member[]): Promise<boolean> {
  const { limits, budget, source } = ctx;
  const packOffset = streams.packOffsets[plan.packStream]!;
  const packSize = streams.packSizes[plan.packStream]!;
  const present = Math.max(0, Math.min(packSize, source.size - packOffset));
  if (present < packSize) {
    ctx.incomplete(`the packed data of ${quoteList(members.map((m) => m.name))} is truncated: ${present} of ${packSize} bytes are present`);
  }
  const stream: Stream = await openFolder(source, plan, packOffset, packSize);
  let carry: Uint8Array | null = null;
  for (let m = 0; m < members.length; m++) {
    const member = members[m]!;
    ctx.checkBudget();
    if (++budget.members > limits.maxMembers) {
      if (!budget.reported.has('maxMembers')) {
        budget.reported.add('maxMembers');
        ctx.incomplete(`more than ${limits.maxMembers} archive members in this file (nested archives included); the rest were not examined (limit maxMembers)`);
      }
      return true;
    }
    // Kept for scanning: the member up to the limits; the rest of it is decoded (to reach the members after it) and dropped.
    const keep = Math.min(member.size, limits.maxMemberBytes, budget.inflateLeft);
    // The pieces as decoded (fresh arrays), joined once: no regrowth, and nothing allocated for sizes that only a header claims.
    const parts: Uint8Array[] = [];
    let kept = 0;
    const last = m === members.length - 1;
    let got = 0;
    let crc = 0;
    let failed: string | undefined;
    let outOfBudget = false;
    while (got < member.size) {
      ctx.checkBudget();
      if (budget.inflateLeft <= 0) {
        outOfBudget = true;
        break;
      }
      if (last && got >= keep) break; // Nothing after it is wanted.
      let chunk: Uint8Array | null = carry;
      carry = null;
      if (!chunk) {
        try {
          chunk = stream.next();
        } catch (error) {
          if (!isDecodeFailure(error)) throw error;
          failed = describe(error);
          break;
        }
        if (!chunk) {
          failed = 'the data ends early';
          break;
        }
      }
      const take = Math.min(chunk.length, member.size - got);
      if (take < chunk.length) carry = chunk.subarray(take);
      const part = chunk.subarray(0, take);
      budget.inflated += take;
      if (kept < keep) {
        const piece = part.subarray(0, Math.min(take, keep - kept));
        parts.push(piece);
        kept += piece.length;
      }
      if (member.crc !== undefined) crc = crc32(part, crc);
      got += take;
    }
    const bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts, kept);
    parts.length = 0;
    if (failed !== undefined) {
      ctx.incomplete(`member "${member.name}" could not be fully decoded (${failed}); the ${bytes.length} bytes before the damage were scanned`);
    } else if (outOfBudget && got < member.size) {
      ctx.incomplete(
        `member "${member.name}": decoding stopped after ${got} of ${member.size} bytes, when the bytes decompressed for this file reached ` +
          `${limits.maxTotalInflatedBytes} (limit maxTotalInflatedBytes); the first ${bytes.length} bytes were scanned`,
      );
    } else if (member.size > limits.maxMemberBytes) {
      ctx.incomplete(
        `member "${member.name}" has ${member.size} bytes, more than the limit of ${limits.maxMemberBytes} bytes (limit maxMemberBytes); ` +
          `only the first ${bytes.length} bytes were scanned`,
      );
    } else if (got === member.size && member.crc !== undefined && crc !== member.crc) {
      ctx.incomplete(`member "${member.name}" does not match its CRC (a damaged archive, or data 7-Zip would decode differently); its decoded bytes were scanned`);
    }
    if (bytes.length > 0) await ctx.scanNested(new BufferSource(bytes), member.name);
    const rest = members.slice(m + 1).map((x) => x.name);
    if (outOfBudget) {
      if (rest.length) ctx.incomplete(`${rest.length === 1 ? 'member' : 'members'} ${quoteList(rest)} not decoded (limit maxTotalInflatedBytes)`);
      return true;
    }
    if (failed !== undefined) {
      if (rest.length) ctx.incomplete(`${rest.length === 1 ? 'member' : 'members'} ${quoteList(rest)} not scanned: they follow damaged data in the same solid block`);
      return false;
    }
  }
  return false;
}

export const sevenZipScanner: FormatScanner = {
  ...sevenZipClaim,
  scan,
};
