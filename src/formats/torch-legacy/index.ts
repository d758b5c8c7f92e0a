import type { FormatScanner, ScanContext } from '../../core/scanner.js';
import { SliceSource } from '../../core/source.js';
import { scanPickleStreams } from '../pickle/index.js';
import { PyGlobal, PyTuple, type Value } from '../pickle/values.js';
import { readStringList } from './keys.js';
import { tarRecordMember, torchLegacyClaim } from './claim.js';

export { looksLikeLegacyStream } from './claim.js';

/**
 * PyTorch's legacy serialization (torch.save with _use_new_zipfile_serialization=False,
 * and every torch before 1.6): pickles back to back, then raw storage bytes.
 *
 *   magic number | protocol version | sys_info | the object (storages by persistent id)
 *   | sorted storage keys | per key: int64 element count, count * element size bytes
 *
 * torch.load unpickles the first five whatever they contain (the magic number is
 * itself unpickled before it is checked: threats A5, A6), so each is scanned as a
 * pickle. The storages are never parsed: they are walked by their sizes, so
 * tensor bytes that happen to look like a pickle are not reported. Bytes after
 * the last storage (never read by torch) are routed by content.
 *
 * The same scanner walks the `storages` and `tensors` members of the legacy tar
 * layout (see ../tar): pickles interleaved with raw records.
 */

export const TRAILING_MEMBER = '[bytes after the storages]';
const MAX_NDIM = 64;

/** Bytes per element of torch's legacy storage classes. */
const ELEMENT_SIZE: Readonly<Record<string, number>> = {
  DoubleStorage: 8, FloatStorage: 4, HalfStorage: 2, BFloat16Storage: 2, LongStorage: 8, IntStorage: 4, ShortStorage: 2,
  CharStorage: 1, ByteStorage: 1, BoolStorage: 1, ComplexFloatStorage: 8, ComplexDoubleStorage: 16, QInt8Storage: 1,
  QUInt8Storage: 1, QInt32Storage: 4, QUInt4x2Storage: 1, QUInt2x4Storage: 1, UntypedStorage: 1,
};

function elementSize(type: Value): number | undefined {
  if (!(type instanceof PyGlobal) || !(type.module === 'torch' || type.module === 'torch.cuda')) return undefined;
  return ELEMENT_SIZE[type.name];
}

function baseName(ctx: ScanContext): string {
  const path = ctx.member ?? ctx.file;
  return path.slice(path.lastIndexOf('/') + 1);
}

async function scan(ctx: ScanContext): Promise<void> {
  const head = ctx.source.read(0, 16);
  const record = ctx.member !== undefined ? tarRecordMember(baseName(ctx), head) : undefined;
  if (record === 'storages') return walkTarStorages(ctx);
  if (record === 'tensors') return walkTarTensors(ctx);
  return walkLegacyStream(ctx);
}

/** One pickle at `at`; undefined when it broke (the engine then scanned the rest as a plain pickle stream). */
async function onePickle(ctx: ScanContext, at: number, persistentIds?: Value[]): Promise<{ value: Value; end: number } | undefined> {
  const r = await scanPickleStreams(ctx, { start: at, maxStreams: 1, ...(persistentIds ? { persistentIds } : {}) });
  return r.stopped ? { value: r.results[0]!, end: r.end } : undefined;
}

function u64(ctx: ScanContext, at: number): number | undefined {
  const b = ctx.source.read(at, 8);
  if (b.length < 8) return undefined;
  const buf = Buffer.from(b);
  const hi = buf.readUInt32LE(4);
  return hi >= 0x200000 ? Infinity : hi * 0x1_0000_0000 + buf.readUInt32LE(0);
}

/** Bytes after a walk: beyond the end is truncation; leftovers are routed by content. */
async function finish(ctx: ScanContext, pos: number, what: string): Promise<void> {
  const size = ctx.source.size;
  if (pos > size) {
    ctx.incomplete(`${what} run past the end of the data (truncated file or lying sizes)`, size);
  } else if (pos < size) {
    await ctx.scanNested(new SliceSource(ctx.source, pos, size - pos), TRAILING_MEMBER);
  }
}

/** Where the walk cannot follow the sizes: scan the rest by content, and say so. */
async function giveUp(ctx: ScanContext, pos: number, why: string): Promise<void> {
  ctx.incomplete(`${why}; the remaining ${ctx.source.size - pos} bytes were scanned for hidden pickles instead of being walked`, pos);
  if (pos < ctx.source.size) await ctx.scanNested(new SliceSource(ctx.source, pos, ctx.source.size - pos), '[unwalked storage data]');
}

async function walkLegacyStream(ctx: ScanContext): Promise<void> {
  const ids: Value[] = [];
  // magic number, protocol version, sys_info, the object.
  const first = await scanPickleStreams(ctx, { maxStreams: 4, persistentIds: ids });
  if (!first.stopped) return; // a pickle broke: the engine reported it and scanned the rest
  const keysStart = first.end;
  const keysPickle = await onePickle(ctx, keysStart);
  if (!keysPickle) return;
  const storages = new Map<string, { size: number; numel: number | undefined }>();
  for (const pid of ids) {
    if (!(pid instanceof PyTuple) || pid.items[0] !== 'storage') continue;
    const [, type, key, , numel] = pid.items;
    const size = elementSize(type ?? null);
    if (typeof key === 'string' && size !== undefined) storages.set(key, { size, numel: typeof numel === 'number' ? numel : undefined });
  }
  const keys = readStringList(ctx.source.read(keysStart, keysPickle.end - keysStart));
  if (!keys) return giveUp(ctx, keysPickle.end, 'the storage key list is not a plain list of strings');
  if (keys.length > ctx.limits.maxMembers) {
    return giveUp(ctx, keysPickle.end, `more than ${ctx.limits.maxMembers} storages (limit maxMembers)`);
  }
  let pos = keysPickle.end;
  for (const key of keys) {
    const info = storages.get(key);
    if (!info) return giveUp(ctx, pos, `storage "${key.slice(0, 40)}" is not described by the object pickle`);
    const count = u64(ctx, pos);
    if (count === undefined) return finish(ctx, pos + 8, 'the storages');
    if (info.numel !== undefined && count !== info.numel) {
      return giveUp(ctx, pos, `storage "${key.slice(0, 40)}" holds ${count} elements where the object pickle says ${info.numel}`);
    }
    pos += 8 + count * info.size;
    if (!Number.isSafeInteger(pos) || pos > ctx.source.size) return finish(ctx, Infinity, 'the storages');
  }
  await finish(ctx, pos, 'the storages');
}

/** Legacy tar `storages`: count, then per storage (key, location, type) + int64 count + bytes, then the views list. */
async function walkTarStorages(ctx: ScanContext): Promise<void> {
  const num = await onePickle(ctx, 0);
  if (!num) return;
  if (typeof num.value !== 'number' || num.value < 0 || num.value > ctx.limits.maxMembers) {
    return giveUp(ctx, num.end, 'the storage count is not a small non-negative integer');
  }
  let pos = num.end;
  for (let i = 0; i < num.value; i++) {
    const args = await onePickle(ctx, pos);
    if (!args) return;
    pos = args.end;
    const type = args.value instanceof PyTuple ? args.value.items[2] : undefined;
    const size = elementSize(type ?? null);
    if (size === undefined) return giveUp(ctx, pos, `storage ${i} does not name a known storage type`);
    const count = u64(ctx, pos);
    if (count === undefined) return finish(ctx, Infinity, 'the storages');
    pos += 8 + count * size;
    if (!Number.isSafeInteger(pos) || pos > ctx.source.size) return finish(ctx, Infinity, 'the storages');
  }
  const views = await onePickle(ctx, pos);
  if (!views) return;
  await finish(ctx, views.end, 'the storages');
}

/** Legacy tar `tensors`: count, then per tensor (key, storage key, type) + int32 ndim, 4 bytes, sizes, strides, int64 offset. */
async function walkTarTensors(ctx: ScanContext): Promise<void> {
  const num = await onePickle(ctx, 0);
  if (!num) return;
  if (typeof num.value !== 'number' || num.value < 0 || num.value > ctx.limits.maxMembers) {
    return giveUp(ctx, num.end, 'the tensor count is not a small non-negative integer');
  }
  let pos = num.end;
  for (let i = 0; i < num.value; i++) {
    const args = await onePickle(ctx, pos);
    if (!args) return;
    pos = args.end;
    const b = ctx.source.read(pos, 4);
    if (b.length < 4) return finish(ctx, Infinity, 'the tensor records');
    const ndim = Buffer.from(b).readInt32LE(0);
    if (ndim < 0 || ndim > MAX_NDIM) return giveUp(ctx, pos, `tensor ${i} has ${ndim} dimensions`);
    pos += 8 + 16 * ndim + 8;
    if (pos > ctx.source.size) return finish(ctx, Infinity, 'the tensor records');
  }
  await finish(ctx, pos, 'the tensor records');
}

export const torchLegacyScanner: FormatScanner = {
  ...torchLegacyClaim,
  scan,
};
