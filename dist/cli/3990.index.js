export const id = 3990;
export const ids = [3990];
export const modules = {

/***/ 3990:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h5ReadStats: () => (/* binding */ h5ReadStats),
  kerasH5Scanner: () => (/* binding */ kerasH5Scanner)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/formats/keras/error-text.js
var error_text = __webpack_require__(5711);
// EXTERNAL MODULE: ./lib/formats/keras/hdf5-signature.js
var hdf5_signature = __webpack_require__(23);
;// CONCATENATED MODULE: ./lib/formats/keras/h5-attributes.js


/** Root attributes Keras reads from a legacy H5 model (legacy_h5_format.load_model_from_hdf5). */
const CONFIG_ATTRIBUTES = ['model_config', 'training_config'];
/** Reads the config attributes with h5wasm. Throws when the HDF5 library rejects the file. */
async function readH5Attributes(path) {
    const h5wasm = await loadH5wasm();
    let file;
    try {
        file = new h5wasm.File(path, 'r');
        const result = { texts: [], notStrings: [] };
        for (const name of CONFIG_ATTRIBUTES) {
            let value;
            try {
                value = attributeByName(file, name);
            }
            catch (error) {
                (result.unreadable ??= []).push([name, errorText(error)]);
                continue;
            }
            if (value === ABSENT)
                continue;
            const text = attributeText(value);
            if (text === undefined)
                result.notStrings.push(name);
            else
                result.texts.push([name, text]);
        }
        let version;
        try {
            version = attributeByName(file, 'keras_version');
        }
        catch {
            // Informational only (Keras itself reads it with attrs.get, which gives None on an error).
        }
        const versionText = version === ABSENT ? undefined : attributeText(version);
        if (versionText !== undefined)
            result.kerasVersion = versionText;
        return result;
    }
    finally {
        try {
            file?.close();
        }
        catch {
            // Closing a file that failed to open: nothing left to release.
        }
    }
}
const ABSENT = Symbol('absent');
/**
 * One root attribute, looked up by name the way h5py does (H5Aexists_by_name, H5Aopen_by_name):
 * not through h5wasm's attribute listing, which comes back empty, without an error, as soon as
 * HDF5 cannot decode any one attribute of the group, even one that h5py and Keras never read.
 * Throws HDF5's error when the attribute cannot be read.
 */
function attributeByName(file, name) {
    try {
        return file.get_attribute(name, false);
    }
    catch (error) {
        if (errorText(error) === 'error - name not defined!')
            return ABSENT;
        throw error;
    }
}
/** h5wasm returns fixed and variable-length strings as JS strings; bytes arrays are decoded the way h5py's `.decode('utf-8')` would. */
function attributeText(value) {
    if (typeof value === 'string')
        return value;
    if (value instanceof Uint8Array)
        return new TextDecoder().decode(value);
    if (Array.isArray(value) && value.length === 1)
        return attributeText(value[0]);
    return undefined;
}

;// CONCATENATED MODULE: ./lib/formats/keras/hdf5/errors.js
/**
 * Why the native HDF5 reader gave up. Either way the caller falls back to the
 * HDF5 library (h5wasm): the native reader never guesses.
 *
 * - `unsupported`: a valid file that uses something the native reader does not
 *   read (dense attribute storage, shared messages, an unknown message type\u2026).
 * - `malformed`: the bytes are not a consistent HDF5 file as far as the native
 *   reader can tell (truncated, out of bounds, bad checksum, a loop\u2026). HDF5 may
 *   still read it, or will report it.
 */
class Hdf5NativeError extends Error {
    kind;
    constructor(kind, message) {
        super(message);
        this.kind = kind;
        this.name = kind === 'unsupported' ? 'Hdf5Unsupported' : 'Hdf5Malformed';
    }
}
function unsupported(message) {
    return new Hdf5NativeError('unsupported', `unsupported HDF5 structure: ${message}`);
}
function malformed(message) {
    return new Hdf5NativeError('malformed', `malformed HDF5 structure: ${message}`);
}

;// CONCATENATED MODULE: ./lib/formats/keras/hdf5/bytes.js

/** Most bytes one native read may pull from the file in total (metadata and the config strings only). */
const MAX_TOTAL_READ = 640 * 1024 * 1024;
/** Little-endian reads over one block of bytes; every read is bounds-checked. */
class Cursor {
    bytes;
    what;
    end;
    pos;
    constructor(bytes, what, start = 0, end = bytes.length) {
        this.bytes = bytes;
        this.what = what;
        this.end = end;
        this.pos = start;
    }
    get remaining() {
        return this.end - this.pos;
    }
    need(n) {
        if (n < 0 || this.pos + n > this.end)
            throw malformed(`${this.what} is cut short`);
    }
    u8() {
        this.need(1);
        return this.bytes[this.pos++];
    }
    u16() {
        this.need(2);
        const v = this.bytes[this.pos] | (this.bytes[this.pos + 1] << 8);
        this.pos += 2;
        return v;
    }
    u32() {
        this.need(4);
        const b = this.bytes;
        const v = (b[this.pos] | (b[this.pos + 1] << 8) | (b[this.pos + 2] << 16) | (b[this.pos + 3] << 24)) >>> 0;
        this.pos += 4;
        return v;
    }
    /** An unsigned little-endian integer of `size` bytes (1 to 8), as a bigint. */
    big(size) {
        this.need(size);
        let v = 0n;
        for (let i = size - 1; i >= 0; i--)
            v = (v << 8n) | BigInt(this.bytes[this.pos + i]);
        this.pos += size;
        return v;
    }
    /** An unsigned integer of `size` bytes that must fit a JS number exactly (a length, a count). */
    uint(size) {
        const v = this.big(size);
        if (v > BigInt(Number.MAX_SAFE_INTEGER))
            throw malformed(`${this.what} holds a length too large to be real (${v})`);
        return Number(v);
    }
    /** A file address of `size` bytes; undefined for HDF5's "undefined address" (all bits set). */
    address(size) {
        const v = this.big(size);
        if (v === (1n << BigInt(size * 8)) - 1n)
            return undefined;
        if (v > BigInt(Number.MAX_SAFE_INTEGER))
            throw malformed(`${this.what} holds an address beyond any file (${v})`);
        return Number(v);
    }
    take(n) {
        this.need(n);
        const out = this.bytes.subarray(this.pos, this.pos + n);
        this.pos += n;
        return out;
    }
    skip(n) {
        this.need(n);
        this.pos += n;
    }
}
/** Rounds up to a multiple of 8 (HDF5's alignment of v1 object header messages and global heap objects). */
function align8(n) {
    return Math.ceil(n / 8) * 8;
}
/**
 * The HDF5 address space of one file: addresses are relative to the base (where
 * the superblock is) and must end before the end-of-file address the superblock
 * gives, which must itself be inside the file. Every read is positioned and
 * bounded, and the total read is capped.
 */
class H5Space {
    source;
    base;
    eoa;
    sizeofAddr;
    sizeofSize;
    total = 0;
    constructor(source, 
    /** Absolute offset of address 0 (the superblock). */
    base, 
    /** First address past the HDF5 data (relative). */
    eoa, sizeofAddr, sizeofSize) {
        this.source = source;
        this.base = base;
        this.eoa = eoa;
        this.sizeofAddr = sizeofAddr;
        this.sizeofSize = sizeofSize;
    }
    /** Exactly `length` bytes at relative `address`, or a malformed error. */
    read(address, length, what) {
        if (!Number.isSafeInteger(address) || !Number.isSafeInteger(length) || address < 0 || length < 0 || address + length > this.eoa) {
            throw malformed(`${what} (${length} bytes at address ${address}) lies beyond the end of the HDF5 data (${this.eoa})`);
        }
        this.total += length;
        if (this.total > MAX_TOTAL_READ)
            throw unsupported(`more than ${MAX_TOTAL_READ} bytes of metadata to read`);
        const bytes = this.source.read(this.base + address, length);
        if (bytes.length !== length)
            throw malformed(`${what} at address ${address} is cut short`);
        return bytes;
    }
    /** Up to `length` bytes at `address` (fewer at the end of the HDF5 data): a speculative read. */
    readUpTo(address, length, what) {
        if (!Number.isSafeInteger(address) || address < 0 || address >= this.eoa) {
            throw malformed(`${what} at address ${address} lies beyond the end of the HDF5 data (${this.eoa})`);
        }
        return this.read(address, Math.min(length, this.eoa - address), what);
    }
}

;// CONCATENATED MODULE: ./lib/formats/keras/hdf5/attribute.js


/** HDF5's limit on dataspace rank (H5S_MAX_RANK). */
const MAX_RANK = 32;
/**
 * Decodes an attribute message (versions 1, 2, 3) the way HDF5's H5O__attr_decode
 * does, with every length checked against the message. A shared (committed or
 * SOHM) datatype or dataspace is not read here: unsupported.
 */
function decodeAttribute(data, sizeofAddr, sizeofSize) {
    const c = new Cursor(data, 'an attribute message');
    const version = c.u8();
    if (version < 1 || version > 3)
        throw unsupported(`attribute message version ${version}`);
    if (version >= 2) {
        const flags = c.u8();
        if (flags & ~0x03)
            throw malformed(`unknown attribute message flags 0x${flags.toString(16)}`);
        if (flags & 0x01)
            throw unsupported('an attribute with a shared (committed) datatype');
        if (flags & 0x02)
            throw unsupported('an attribute with a shared dataspace');
    }
    else {
        c.skip(1);
    }
    const nameLength = c.u16();
    const datatypeSize = c.u16();
    const dataspaceSize = c.u16();
    if (version >= 3)
        c.skip(1); // name character set: names are compared as bytes
    const padded = (n) => (version === 1 ? align8(n) : n);
    const nameBytes = c.take(nameLength);
    const nul = nameBytes.indexOf(0);
    if (nameLength === 0 || nul !== nameLength - 1)
        throw malformed('an attribute name whose length does not match the stored length');
    const name = Buffer.from(nameBytes.buffer, nameBytes.byteOffset, nameLength - 1).toString('latin1');
    c.skip(padded(nameLength) - nameLength);
    const typeBytes = c.take(datatypeSize);
    c.skip(padded(datatypeSize) - datatypeSize);
    const tc = new Cursor(typeBytes, `the datatype of attribute "${name}"`);
    const datatype = decodeDatatype(tc, sizeofAddr, 0);
    if (tc.remaining !== 0)
        throw unsupported(`the datatype of attribute "${name}" is ${datatypeSize} bytes but encodes in ${tc.pos}`);
    const spaceBytes = c.take(dataspaceSize);
    c.skip(padded(dataspaceSize) - dataspaceSize);
    const sc = new Cursor(spaceBytes, `the dataspace of attribute "${name}"`);
    const dataspace = decodeDataspace(sc, sizeofSize);
    if (sc.remaining !== 0)
        throw unsupported(`the dataspace of attribute "${name}" is ${dataspaceSize} bytes but encodes in ${sc.pos}`);
    const dataSize = dataspace.elements * BigInt(datatype.size);
    if (dataSize > BigInt(c.remaining))
        throw malformed(`the data of attribute "${name}" (${dataSize} bytes) exceeds its message`);
    return { name, datatype, dataspace, data: c.take(Number(dataSize)) };
}
/**
 * A datatype message. Only the classes a Keras root attribute (or its neighbours) can
 * plausibly have are read: integers and IEEE floats of the usual layouts, fixed-length
 * strings, variable-length strings. Anything else is unsupported, never skipped.
 */
function decodeDatatype(c, sizeofAddr, depth) {
    const classAndVersion = c.u8();
    const cls = classAndVersion & 0x0f;
    const version = classAndVersion >> 4;
    if (version < 1 || version > 5)
        throw unsupported(`datatype version ${version}`);
    const flags = c.u8() | (c.u8() << 8) | (c.u8() << 16);
    const size = c.u32();
    if (size === 0)
        throw malformed('a datatype of size 0');
    switch (cls) {
        case 0: {
            const offset = c.u16();
            const precision = c.u16();
            if (flags & ~0x0f)
                throw unsupported(`integer datatype flags 0x${flags.toString(16)}`);
            if (flags & 0x06 || offset !== 0 || precision !== size * 8 || ![1, 2, 4, 8].includes(size)) {
                throw unsupported(`an integer datatype of ${size} bytes, precision ${precision}, offset ${offset}`);
            }
            return { cls: 'integer', version, size, signed: (flags & 0x08) !== 0, bigEndian: (flags & 0x01) !== 0 };
        }
        case 1: {
            const offset = c.u16();
            const precision = c.u16();
            const exponentAt = c.u8();
            const exponentSize = c.u8();
            const mantissaAt = c.u8();
            const mantissaSize = c.u8();
            const bias = c.u32();
            const signAt = (flags >> 8) & 0xff;
            const layout = `${size}:${offset}:${precision}:${exponentAt}:${exponentSize}:${mantissaAt}:${mantissaSize}:${bias}:${signAt}`;
            // Byte order bits 0 and 6 (VAX order when both), padding bits 1-3, normalization bits 4-5 (2: implied).
            const order = flags & 0x41;
            if ((flags & ~0xff7f) !== 0 || (flags & 0x0e) !== 0 || ((flags >> 4) & 0x03) !== 2 || order === 0x40 || order === 0x41) {
                throw unsupported(`float datatype flags 0x${flags.toString(16)}`);
            }
            if (layout !== '4:0:32:23:8:0:23:127:31' && layout !== '8:0:64:52:11:0:52:1023:63')
                throw unsupported(`a float datatype of layout ${layout}`);
            return { cls: 'float', version, size, bigEndian: order === 0x01 };
        }
        case 3: {
            const pad = flags & 0x0f;
            const cset = (flags >> 4) & 0x0f;
            if (flags & ~0xff || pad > 2 || cset > 1)
                throw unsupported(`string datatype flags 0x${flags.toString(16)}`);
            return { cls: 'string', version, size, pad, cset };
        }
        case 9: {
            const kind = flags & 0x0f;
            const pad = (flags >> 4) & 0x0f;
            const cset = (flags >> 8) & 0x0f;
            if (kind !== 1)
                throw unsupported('a variable-length sequence datatype');
            if (flags & ~0xfff || pad > 2 || cset > 1)
                throw unsupported(`variable-length string datatype flags 0x${flags.toString(16)}`);
            if (depth > 0)
                throw unsupported('a nested variable-length datatype');
            const base = decodeDatatype(c, sizeofAddr, depth + 1);
            if (base.cls !== 'integer' || base.size !== 1)
                throw unsupported('a variable-length string whose base type is not a byte');
            if (base.version > version)
                throw malformed('a variable-length datatype older than its base type');
            if (size !== 4 + sizeofAddr + 4)
                throw unsupported(`a variable-length string datatype of size ${size}`);
            return { cls: 'vlen-string', version, size, pad, cset };
        }
        default:
            throw unsupported(`datatype class ${cls}`);
    }
}
/** A dataspace message (versions 1 and 2): scalar, simple (up to rank 32) or null. */
function decodeDataspace(c, sizeofSize) {
    const version = c.u8();
    if (version < 1 || version > 2)
        throw unsupported(`dataspace message version ${version}`);
    const rank = c.u8();
    if (rank > MAX_RANK)
        throw malformed(`a dataspace of rank ${rank}`);
    const flags = c.u8();
    if (flags & ~0x01)
        throw unsupported(`dataspace flags 0x${flags.toString(16)}`);
    let kind;
    if (version === 2) {
        const type = c.u8();
        if (type > 2)
            throw unsupported(`dataspace type ${type}`);
        kind = type === 0 ? 'scalar' : type === 1 ? 'simple' : 'null';
        if (kind !== 'simple' && rank > 0)
            throw malformed(`a ${kind} dataspace of rank ${rank}`);
        if (kind === 'simple' && rank === 0)
            throw unsupported('a simple dataspace of rank 0');
    }
    else {
        kind = rank > 0 ? 'simple' : 'scalar';
        c.skip(5);
    }
    const dims = [];
    for (let i = 0; i < rank; i++)
        dims.push(c.big(sizeofSize));
    if (flags & 0x01) {
        const unlimited = (1n << BigInt(sizeofSize * 8)) - 1n;
        for (let i = 0; i < rank; i++) {
            const max = c.big(sizeofSize);
            // HDF5 refuses such an extent when it decodes the attribute.
            if (max !== unlimited && max < dims[i])
                throw malformed(`a dataspace whose maximum size ${max} is below its size ${dims[i]}`);
        }
    }
    const elements = kind === 'null' ? 0n : dims.reduce((n, d) => n * d, 1n);
    return { kind, dims, elements };
}

;// CONCATENATED MODULE: ./lib/formats/keras/hdf5/global-heap.js


/** Largest global heap collection read natively (a Keras config is KB to a few MB; MAX_CONFIG_TEXT is 256 Mi characters). */
const MAX_COLLECTION_BYTES = 512 * 1024 * 1024;
/**
 * Global heap collections ("GCOL"), where variable-length strings live. A
 * collection is parsed whole, the way HDF5 does when it loads one
 * (H5HG__cache_heap_deserialize), so that a collection HDF5 would reject (or
 * loop on: a free-space object of size 0) is rejected here too rather than
 * half-read.
 */
class GlobalHeaps {
    space;
    collections = new Map();
    constructor(space) {
        this.space = space;
    }
    /** The bytes of object `index` of the collection at `address`. */
    object(address, index) {
        if (index === 0)
            throw unsupported('a global heap reference to the free-space object');
        const collection = this.load(address);
        const object = collection.objects.get(index);
        if (object === undefined)
            throw malformed(`global heap object ${index} is not in the collection at ${address}`);
        const start = object.begin + this.objectHeaderSize;
        return collection.bytes.subarray(start, start + object.size);
    }
    get objectHeaderSize() {
        return 2 + 2 + 4 + this.space.sizeofSize;
    }
    load(address) {
        const cached = this.collections.get(address);
        if (cached)
            return cached;
        const L = this.space.sizeofSize;
        const head = new Cursor(this.space.read(address, 8 + L, 'a global heap collection header'), 'a global heap collection header');
        const magic = head.take(4);
        if (magic[0] !== 0x47 || magic[1] !== 0x43 || magic[2] !== 0x4f || magic[3] !== 0x4c)
            throw malformed(`no GCOL signature at ${address}`);
        const version = head.u8();
        if (version !== 1)
            throw malformed(`global heap collection version ${version}`);
        head.skip(3);
        const size = head.uint(L);
        const headerSize = align8(8 + L);
        if (size < headerSize)
            throw malformed(`a global heap collection of ${size} bytes`);
        if (address + size > this.space.eoa)
            throw malformed(`the global heap collection at ${address} (${size} bytes) runs past the end of the HDF5 data`);
        if (size > MAX_COLLECTION_BYTES)
            throw unsupported(`a global heap collection of ${size} bytes`);
        const bytes = this.space.read(address, size, 'a global heap collection');
        const objects = new Map();
        const objectHeader = this.objectHeaderSize;
        let p = headerSize;
        let free = 0;
        let frees = 0;
        while (p < size) {
            if (p + objectHeader > size) {
                // Too little room left for an object header: free space, as HDF5 has it.
                free = size - p;
                frees++;
                p = size;
                continue;
            }
            const c = new Cursor(bytes, 'a global heap object', p, size);
            const index = c.u16();
            c.skip(2 + 4); // reference count, reserved
            const objectSize = c.uint(L);
            const need = index > 0 ? objectHeader + align8(objectSize) : objectSize;
            if (need === 0)
                throw malformed(`a zero-length free-space object in the global heap collection at ${address} (HDF5 would loop)`);
            if (p + need > size)
                throw malformed(`global heap object ${index} runs past its collection at ${address}`);
            if (index === 0) {
                free = objectSize;
                frees++;
            }
            else {
                if (objects.has(index))
                    throw unsupported(`global heap object ${index} twice in the collection at ${address}`);
                objects.set(index, { begin: p, size: objectSize });
            }
            p += need;
        }
        if (frees > 1)
            throw unsupported(`more than one free-space object in the global heap collection at ${address}`);
        if (free % 8 !== 0)
            throw malformed(`the free space of the global heap collection at ${address} is not aligned`);
        const loaded = { bytes, objects };
        this.collections.set(address, loaded);
        return loaded;
    }
}

;// CONCATENATED MODULE: ./lib/formats/keras/hdf5/checksum.js
/**
 * Bob Jenkins' lookup3 `hashlittle`, as HDF5 uses it for metadata checksums
 * (H5_checksum_lookup3 with initval 0: superblock v2/v3, object header v2 chunks).
 */
function lookup3(bytes, initval = 0) {
    let length = bytes.length;
    let a = (0xdeadbeef + length + initval) | 0;
    let b = a;
    let c = a;
    let k = 0;
    const rot = (x, n) => (x << n) | (x >>> (32 - n));
    while (length > 12) {
        a = (a + (bytes[k] | (bytes[k + 1] << 8) | (bytes[k + 2] << 16) | (bytes[k + 3] << 24))) | 0;
        b = (b + (bytes[k + 4] | (bytes[k + 5] << 8) | (bytes[k + 6] << 16) | (bytes[k + 7] << 24))) | 0;
        c = (c + (bytes[k + 8] | (bytes[k + 9] << 8) | (bytes[k + 10] << 16) | (bytes[k + 11] << 24))) | 0;
        // mix(a, b, c)
        a = (a - c) | 0;
        a ^= rot(c, 4);
        c = (c + b) | 0;
        b = (b - a) | 0;
        b ^= rot(a, 6);
        a = (a + c) | 0;
        c = (c - b) | 0;
        c ^= rot(b, 8);
        b = (b + a) | 0;
        a = (a - c) | 0;
        a ^= rot(c, 16);
        c = (c + b) | 0;
        b = (b - a) | 0;
        b ^= rot(a, 19);
        a = (a + c) | 0;
        c = (c - b) | 0;
        c ^= rot(b, 4);
        b = (b + a) | 0;
        length -= 12;
        k += 12;
    }
    if (length === 0)
        return c >>> 0;
    // The tail: bytes k .. k+length-1 (1 to 12 of them), little-endian into a, b, c.
    const tail = [0, 0, 0];
    for (let i = 0; i < length; i++)
        tail[i >> 2] += bytes[k + i] << ((i & 3) * 8);
    a = (a + tail[0]) | 0;
    b = (b + tail[1]) | 0;
    c = (c + tail[2]) | 0;
    // final(a, b, c)
    c ^= b;
    c = (c - rot(b, 14)) | 0;
    a ^= c;
    a = (a - rot(c, 11)) | 0;
    b ^= a;
    b = (b - rot(a, 25)) | 0;
    c ^= b;
    c = (c - rot(b, 16)) | 0;
    a ^= c;
    a = (a - rot(c, 4)) | 0;
    b ^= a;
    b = (b - rot(a, 14)) | 0;
    c ^= b;
    c = (c - rot(b, 24)) | 0;
    return c >>> 0;
}

;// CONCATENATED MODULE: ./lib/formats/keras/hdf5/object-header.js



/** Bounds on one object header: real root groups have one to a few chunks and a few dozen messages. */
const MAX_CHUNKS = 64;
const MAX_MESSAGES = 4096;
const MAX_HEADER_BYTES = 16 * 1024 * 1024;
const MSG = {
    NIL: 0x00,
    DATASPACE: 0x01,
    LINK_INFO: 0x02,
    DATATYPE: 0x03,
    LINK: 0x06,
    GROUP_INFO: 0x0a,
    FILTER_PIPELINE: 0x0b,
    ATTRIBUTE: 0x0c,
    COMMENT: 0x0d,
    MTIME_OLD: 0x0e,
    CONTINUATION: 0x10,
    SYMBOL_TABLE: 0x11,
    MTIME: 0x12,
    ATTRIBUTE_INFO: 0x15,
    REFCOUNT: 0x16,
};
/** Message flags (H5Opkg.h). */
const FLAG_SHARED = 0x02;
const FLAG_DONTSHARE = 0x04;
const FLAG_FAIL_IF_UNKNOWN_AND_OPEN_FOR_WRITE = 0x08;
const FLAG_MARK_IF_UNKNOWN = 0x10;
const FLAG_WAS_UNKNOWN = 0x20;
const FLAG_SHAREABLE = 0x40;
const FLAG_FAIL_IF_UNKNOWN_ALWAYS = 0x80;
/** Message classes HDF5 allows to be shared (datatype, dataspace, fill value, filter pipeline, attribute). */
const SHAREABLE_TYPES = new Set([0x01, 0x03, 0x05, 0x0b, 0x0c]);
/**
 * Message types below this one are those of HDF5's object headers (H5O_msg_class_g, 0x00-0x17); the
 * rest are unknown here (0x18, the metadata cache image, belongs in a superblock extension, and a newer
 * HDF5 may define more). An unknown message is never skipped: it might change what the header means.
 */
const KNOWN_TYPES = 0x18;
/**
 * Reads every message of the object header at `address`: version 1 (8-byte
 * aligned messages, continuation chunks without signature) or version 2
 * ("OHDR", continuation chunks "OCHK", all checksummed). Continuation messages
 * are followed, with a bound on chunks, messages and bytes, and a chunk seen
 * twice (a loop) or overlapping another is an error.
 */
function readObjectHeader(space, address) {
    const head = space.readUpTo(address, 512, 'the object header');
    const isV2 = head[0] === 0x4f && head[1] === 0x48 && head[2] === 0x44 && head[3] === 0x52; // "OHDR"
    const header = { version: isV2 ? 2 : 1, flags: 0, messages: [] };
    const chunks = [];
    const pending = [];
    let bytes = 0;
    let v1Count = 0;
    const addChunk = (chunk) => {
        if (chunks.length >= MAX_CHUNKS)
            throw unsupported(`more than ${MAX_CHUNKS} object header chunks`);
        for (const seen of chunks) {
            if (chunk.address < seen.address + seen.length && seen.address < chunk.address + chunk.length) {
                throw malformed(`object header chunk at ${chunk.address} overlaps the chunk at ${seen.address} (a continuation loop?)`);
            }
        }
        bytes += chunk.length;
        if (bytes > MAX_HEADER_BYTES)
            throw unsupported(`an object header larger than ${MAX_HEADER_BYTES} bytes`);
        chunks.push(chunk);
    };
    if (isV2) {
        const c = new Cursor(head, 'the object header prefix', 4);
        const version = c.u8();
        if (version !== 2)
            throw malformed(`object header version ${version} after an OHDR signature`);
        const flags = c.u8();
        if (flags & 0xc0)
            throw malformed(`unknown object header flags 0x${flags.toString(16)}`);
        if (flags & 0x08 && !(flags & 0x04))
            throw unsupported('attribute creation order indexed but not tracked');
        header.flags = flags;
        if (flags & 0x20)
            c.skip(16); // access, modification, change, birth times
        if (flags & 0x10) {
            const maxCompact = c.u16();
            const minDense = c.u16();
            if (maxCompact < minDense)
                throw malformed('bad attribute phase change values');
        }
        const chunk0 = c.uint(1 << (flags & 0x03));
        const messageHeader = flags & 0x04 ? 6 : 4;
        if (chunk0 > 0 && chunk0 < messageHeader)
            throw malformed('bad object header chunk size');
        const start = address + c.pos;
        // The chunk's image spans the prefix (checksummed with it) up to its checksum.
        const chunk = { address, length: c.pos + chunk0 + 4 };
        addChunk(chunk);
        const image = chunk.length <= head.length ? head.subarray(0, chunk.length) : space.read(address, chunk.length, 'the object header');
        verifyChecksum(image, 'object header');
        parseMessages(image, start - address, chunk.length - 4);
    }
    else {
        const c = new Cursor(head, 'the object header prefix');
        const version = c.u8();
        if (version !== 1)
            throw malformed(`object header version ${version}`);
        c.skip(1);
        v1Count = c.u16();
        c.skip(4); // reference count
        const chunk0 = c.u32();
        c.skip(4); // padding to 8 bytes
        if ((v1Count > 0 && chunk0 < 8) || (v1Count === 0 && chunk0 > 0))
            throw malformed('bad object header chunk size');
        // HDF5 counts the prefix into chunk 0.
        const chunk = { address, length: 16 + chunk0 };
        addChunk(chunk);
        const image = chunk.length <= head.length ? head.subarray(0, chunk.length) : space.read(address, chunk.length, 'the object header');
        parseMessages(image, 16, chunk.length);
    }
    while (pending.length > 0) {
        const chunk = pending.shift();
        addChunk(chunk);
        const image = space.read(chunk.address, chunk.length, 'an object header continuation chunk');
        if (isV2) {
            if (image.length < 8 || image[0] !== 0x4f || image[1] !== 0x43 || image[2] !== 0x48 || image[3] !== 0x4b) {
                throw malformed(`no OCHK signature on the continuation chunk at ${chunk.address}`);
            }
            verifyChecksum(image, 'continuation chunk');
            parseMessages(image, 4, image.length - 4);
        }
        else {
            parseMessages(image, 0, image.length);
        }
    }
    if (!isV2 && header.messages.length !== v1Count) {
        throw unsupported(`the object header says ${v1Count} messages but holds ${header.messages.length}`);
    }
    return header;
    function parseMessages(image, start, end) {
        const v1 = !isV2;
        const messageHeader = v1 ? 8 : header.flags & 0x04 ? 6 : 4;
        const c = new Cursor(image, 'an object header message', start, end);
        let nulls = 0;
        while (c.pos < end) {
            if (header.messages.length >= MAX_MESSAGES)
                throw unsupported(`more than ${MAX_MESSAGES} object header messages`);
            const type = v1 ? c.u16() : c.u8();
            const size = c.u16();
            const flags = c.u8();
            if (v1)
                c.skip(3);
            else if (header.flags & 0x04)
                c.skip(2); // creation order
            if (v1 && size % 8 !== 0)
                throw malformed('an object header message is not aligned');
            checkFlags(type, flags);
            if (size > c.remaining)
                throw malformed(`an object header message (type 0x${type.toString(16)}, ${size} bytes) runs past its chunk`);
            const data = c.take(size);
            if (type === MSG.NIL)
                nulls++;
            header.messages.push({ type, flags, data });
            if (type === MSG.CONTINUATION)
                pending.push(continuation(data));
            const left = end - c.pos;
            if (left > 0 && left < messageHeader) {
                if (v1)
                    throw malformed('a gap at the end of a version 1 object header chunk');
                if (nulls !== 0)
                    throw malformed('a gap in an object header chunk with null messages');
                c.skip(left);
            }
        }
    }
    function continuation(data) {
        const c = new Cursor(data, 'a continuation message');
        const target = c.address(space.sizeofAddr);
        const length = c.uint(space.sizeofSize);
        if (target === undefined)
            throw malformed('a continuation message without an address');
        if (length < 8)
            throw malformed(`a continuation chunk of ${length} bytes`);
        if (length > MAX_HEADER_BYTES)
            throw unsupported(`a continuation chunk of ${length} bytes`);
        if (target + length > space.eoa)
            throw malformed(`a continuation chunk (${length} bytes at ${target}) beyond the end of the HDF5 data`);
        return { address: target, length };
    }
}
function checkFlags(type, flags) {
    if (flags & FLAG_SHARED && flags & FLAG_DONTSHARE)
        throw malformed('bad flag combination for a message');
    if (flags & FLAG_WAS_UNKNOWN && flags & FLAG_FAIL_IF_UNKNOWN_AND_OPEN_FOR_WRITE)
        throw malformed('bad flag combination for a message');
    if (flags & FLAG_WAS_UNKNOWN && !(flags & FLAG_MARK_IF_UNKNOWN))
        throw malformed('bad flag combination for a message');
    if (type >= KNOWN_TYPES) {
        const must = flags & (FLAG_FAIL_IF_UNKNOWN_ALWAYS | FLAG_FAIL_IF_UNKNOWN_AND_OPEN_FOR_WRITE);
        throw unsupported(`a message of unknown type 0x${type.toString(16)}${must ? ' flagged "must understand"' : ''}`);
    }
    if (flags & FLAG_SHAREABLE && !SHAREABLE_TYPES.has(type))
        throw malformed(`a message of unshareable type 0x${type.toString(16)} flagged shareable`);
}
function verifyChecksum(image, what) {
    const n = image.length - 4;
    const stored = (image[n] | (image[n + 1] << 8) | (image[n + 2] << 16) | (image[n + 3] << 24)) >>> 0;
    if (lookup3(image.subarray(0, n)) !== stored)
        throw malformed(`the ${what} checksum does not match`);
}

;// CONCATENATED MODULE: ./lib/formats/keras/hdf5/superblock.js




/**
 * Reads the superblock where HDF5 finds it (offset 0, 512, 1024, \u2026). Versions 0
 * and 1 (h5py's default) and 2 and 3 (libver 'v108' and later). Address 0 is the
 * superblock itself, as HDF5 has it: a user block before it is skipped.
 */
function readSuperblock(source) {
    const at = (0,hdf5_signature/* findHdf5Signature */.$)(source.read(0, 2048 + 8), source);
    if (at === undefined)
        throw malformed('no HDF5 signature');
    const bytes = source.read(at, 256);
    const c = new Cursor(bytes, 'the superblock', 8);
    const version = c.u8();
    if (version <= 1)
        return readV0V1(source, at, version, c);
    if (version <= 3)
        return readV2V3(source, at, version, c);
    throw unsupported(`superblock version ${version}`);
}
function checkSizes(sizeofAddr, sizeofSize) {
    if (![2, 4, 8, 16, 32].includes(sizeofAddr) || ![2, 4, 8, 16, 32].includes(sizeofSize)) {
        throw malformed(`the superblock gives ${sizeofAddr}-byte addresses and ${sizeofSize}-byte lengths`);
    }
    if ((sizeofAddr !== 4 && sizeofAddr !== 8) || (sizeofSize !== 4 && sizeofSize !== 8)) {
        throw unsupported(`${sizeofAddr}-byte addresses and ${sizeofSize}-byte lengths`);
    }
}
/** The end-of-file address is absolute; HDF5 refuses a file shorter than it (a truncated file). */
function makeSpace(source, at, base, eof, sizeofAddr, sizeofSize) {
    // HDF5 takes the superblock's position as the base address; a file whose stored base differs
    // (moved by a tool) is read by HDF5 with adjusted addresses: leave that to HDF5.
    if (base !== at)
        throw unsupported(`the superblock at ${at} gives base address ${base}`);
    if (eof === undefined || eof < at)
        throw malformed(`the superblock's end-of-file address is ${eof}`);
    if (eof > source.size)
        throw malformed(`the file is truncated: ${source.size} bytes, the superblock says ${eof}`);
    return new H5Space(source, at, eof - at, sizeofAddr, sizeofSize);
}
function readV0V1(source, at, version, c) {
    const freeSpaceVersion = c.u8();
    const rootEntryVersion = c.u8();
    c.skip(1);
    const sharedHeaderVersion = c.u8();
    if (freeSpaceVersion !== 0 || rootEntryVersion !== 0 || sharedHeaderVersion !== 0) {
        throw malformed(`superblock v${version} with free-space v${freeSpaceVersion}, root entry v${rootEntryVersion}, shared header v${sharedHeaderVersion}`);
    }
    const sizeofAddr = c.u8();
    const sizeofSize = c.u8();
    checkSizes(sizeofAddr, sizeofSize);
    c.skip(1);
    const leafK = c.u16();
    const internalK = c.u16();
    if (leafK === 0 || internalK === 0)
        throw malformed('a B-tree K of 0 in the superblock');
    const flags = c.u32();
    if (flags !== 0)
        throw unsupported(`superblock status flags 0x${flags.toString(16)}`);
    if (version === 1) {
        if (c.u16() === 0)
            throw malformed('an indexed storage K of 0 in the superblock');
        c.skip(2);
    }
    const base = c.address(sizeofAddr);
    // HDF5 reads this field (the "global free-space index" of the spec) as the superblock extension's address.
    const extension = c.address(sizeofAddr);
    const eof = c.address(sizeofAddr);
    const driver = c.address(sizeofAddr);
    if (extension !== undefined)
        throw unsupported('a superblock extension');
    if (driver !== undefined)
        throw unsupported('a file driver information block');
    // Root group symbol table entry.
    c.address(sizeofAddr); // link name offset
    const rootHeader = c.address(sizeofAddr);
    const cacheType = c.u32();
    c.skip(4);
    const scratch = new Cursor(c.take(16), 'the root symbol table entry');
    const space = makeSpace(source, at, base, eof, sizeofAddr, sizeofSize);
    if (rootHeader === undefined)
        throw malformed('the root symbol table entry has no object header address');
    if (cacheType === 0)
        return { version, space, rootHeader };
    if (cacheType === 1) {
        return { version, space, rootHeader, cachedStab: { btree: scratch.address(sizeofAddr), heap: scratch.address(sizeofAddr) } };
    }
    throw unsupported(`root symbol table entry cache type ${cacheType}`);
}
function readV2V3(source, at, version, c) {
    const sizeofAddr = c.u8();
    const sizeofSize = c.u8();
    checkSizes(sizeofAddr, sizeofSize);
    const flags = c.u8();
    const base = c.address(sizeofAddr);
    const extension = c.address(sizeofAddr);
    const eof = c.address(sizeofAddr);
    const rootHeader = c.address(sizeofAddr);
    const end = c.pos;
    const stored = c.u32();
    if (lookup3(c.bytes.subarray(0, end)) !== stored)
        throw malformed('the superblock checksum does not match');
    // Bit 0: open for writing; bit 2: SWMR writing. HDF5 may refuse such a file; let it decide.
    if (flags !== 0)
        throw unsupported(`superblock status flags 0x${flags.toString(16)}`);
    if (extension !== undefined)
        throw unsupported('a superblock extension');
    const space = makeSpace(source, at, base, eof, sizeofAddr, sizeofSize);
    if (rootHeader === undefined)
        throw malformed('the superblock has no root object header address');
    return { version, space, rootHeader };
}

;// CONCATENATED MODULE: ./lib/formats/keras/hdf5-native.js








/**
 * Reads a Keras H5 file's root attributes `model_config`, `training_config` and
 * `keras_version` without the HDF5 library: positioned reads of the superblock,
 * the root group's object header (and its continuation chunks) and, for
 * variable-length strings, the global heap collection holding them. The
 * datasets are never touched.
 *
 * The result is what h5wasm would give (h5-attributes.ts, readH5Attributes) or
 * an Hdf5NativeError: `unsupported` for what this reader does not cover (dense
 * attribute storage, shared or committed datatypes, shared messages, unknown
 * message types, two attributes of one name, \u2026), `malformed` for inconsistent
 * bytes. Either way the caller falls back to HDF5; nothing is guessed.
 */
function readH5AttributesNative(source) {
    const superblock = readSuperblock(source);
    const header = readObjectHeader(superblock.space, superblock.rootHeader);
    const attributes = rootAttributes(superblock, header);
    const heaps = new GlobalHeaps(superblock.space);
    const result = { texts: [], notStrings: [] };
    for (const name of CONFIG_ATTRIBUTES) {
        const attribute = attributes.get(name);
        if (!attribute)
            continue;
        const text = hdf5_native_attributeText(attribute, superblock, heaps);
        if (text === undefined)
            result.notStrings.push(name);
        else
            result.texts.push([name, text]);
    }
    const version = attributes.get('keras_version');
    const text = version && hdf5_native_attributeText(version, superblock, heaps);
    if (text !== undefined)
        result.kerasVersion = text;
    return result;
}
/**
 * Checks the root group's header message by message and decodes every attribute in it
 * (as HDF5 does when it lists them: one undecodable attribute fails the listing).
 */
function rootAttributes(superblock, header) {
    const { sizeofAddr, sizeofSize } = superblock.space;
    const attributes = new Map();
    const counts = new Map();
    let stab;
    for (const message of header.messages) {
        counts.set(message.type, (counts.get(message.type) ?? 0) + 1);
        if (message.type !== MSG.NIL && message.flags & 0x02)
            throw unsupported(`a shared message (type 0x${message.type.toString(16)}) in the root group`);
        const c = new Cursor(message.data, `message 0x${message.type.toString(16)} of the root group`);
        switch (message.type) {
            case MSG.NIL:
            case MSG.CONTINUATION:
            case MSG.LINK:
            case MSG.COMMENT:
            case MSG.MTIME_OLD:
            case MSG.MTIME:
                break;
            case MSG.REFCOUNT:
                if (header.version === 1)
                    throw malformed('a reference count message in a version 1 object header');
                if (c.u8() !== 0)
                    throw malformed('reference count message version');
                c.u32();
                break;
            case MSG.ATTRIBUTE: {
                const attribute = decodeAttribute(message.data, sizeofAddr, sizeofSize);
                if (attributes.has(attribute.name))
                    throw unsupported(`two attributes named "${attribute.name}"`);
                attributes.set(attribute.name, attribute);
                break;
            }
            case MSG.ATTRIBUTE_INFO: {
                // HDF5 reads this message only in version 2 headers.
                if (header.version === 1)
                    throw unsupported('an attribute info message in a version 1 object header');
                if (c.u8() !== 0)
                    throw malformed('attribute info message version');
                const flags = c.u8();
                if (flags & ~0x03)
                    throw malformed(`attribute info flags 0x${flags.toString(16)}`);
                if (flags & 0x01)
                    c.u16();
                if (c.address(sizeofAddr) !== undefined)
                    throw unsupported('dense attribute storage (a fractal heap)');
                c.address(sizeofAddr);
                if (flags & 0x02)
                    c.address(sizeofAddr);
                break;
            }
            case MSG.LINK_INFO: {
                if (c.u8() !== 0)
                    throw malformed('link info message version');
                const flags = c.u8();
                if (flags & ~0x03)
                    throw malformed(`link info flags 0x${flags.toString(16)}`);
                if (flags & 0x01)
                    c.skip(8);
                if (c.address(sizeofAddr) !== undefined)
                    throw unsupported('dense link storage in the root group');
                c.address(sizeofAddr);
                if (flags & 0x02)
                    c.address(sizeofAddr);
                break;
            }
            case MSG.GROUP_INFO: {
                if (c.u8() !== 0)
                    throw malformed('group info message version');
                const flags = c.u8();
                if (flags & ~0x03)
                    throw malformed(`group info flags 0x${flags.toString(16)}`);
                if (flags & 0x01)
                    c.skip(4);
                if (flags & 0x02)
                    c.skip(4);
                break;
            }
            case MSG.SYMBOL_TABLE:
                stab = { btree: c.address(sizeofAddr), heap: c.address(sizeofAddr) };
                break;
            default:
                throw unsupported(`a message of type 0x${message.type.toString(16)} in the root group's header`);
        }
    }
    for (const type of [MSG.ATTRIBUTE_INFO, MSG.LINK_INFO, MSG.GROUP_INFO, MSG.SYMBOL_TABLE]) {
        if ((counts.get(type) ?? 0) > 1)
            throw unsupported(`more than one message of type 0x${type.toString(16)} in the root group`);
    }
    // HDF5 takes an object with a symbol table or link info message as a group.
    const hasLinkInfo = counts.has(MSG.LINK_INFO);
    if (stab === undefined && !hasLinkInfo)
        throw unsupported('the root object is not a group');
    if (stab !== undefined && hasLinkInfo)
        throw unsupported('the root group has both a symbol table and link info');
    if (superblock.cachedStab) {
        if (stab === undefined || stab.btree !== superblock.cachedStab.btree || stab.heap !== superblock.cachedStab.heap) {
            throw unsupported("the superblock's cached symbol table differs from the root group's");
        }
    }
    return attributes;
}
/**
 * The attribute's value as h5wasm hands it to attributeText (h5-attributes.ts): a
 * string, or undefined when it would not be one. What h5wasm would turn into text
 * in a way not reproduced here (a byte array decoded as UTF-8) is unsupported.
 */
function hdf5_native_attributeText(attribute, superblock, heaps) {
    const { datatype, dataspace, data, name } = attribute;
    if (dataspace.kind === 'null')
        return undefined; // h5wasm: value null
    if (dataspace.elements === 0n)
        throw unsupported(`attribute "${name}" has no elements`);
    switch (datatype.cls) {
        case 'integer':
        case 'float':
            // h5wasm returns a number for a scalar and a typed array otherwise; only a Uint8Array reads as text.
            if (dataspace.kind !== 'scalar' && datatype.cls === 'integer' && datatype.size === 1 && !datatype.signed) {
                throw unsupported(`attribute "${name}" is an array of bytes`);
            }
            return undefined;
        case 'string': {
            if (dataspace.elements !== 1n)
                return undefined; // an array of strings
            // h5wasm: the element's bytes up to the first NUL, whatever the padding, decoded by the character set.
            return new TextDecoder(datatype.cset === 1 ? 'utf-8' : 'ascii').decode(beforeNul(data));
        }
        case 'vlen-string': {
            if (dataspace.elements !== 1n)
                throw unsupported(`attribute "${name}" is an array of variable-length strings`);
            const c = new Cursor(data, `the value of attribute "${name}"`);
            const length = c.u32();
            const address = c.address(superblock.space.sizeofAddr);
            const index = c.u32();
            if (address === 0)
                throw unsupported(`attribute "${name}" is a null variable-length string`);
            if (address === undefined)
                throw malformed(`attribute "${name}" points to an undefined global heap address`);
            if (length === 0)
                throw unsupported(`attribute "${name}" is an empty variable-length string`);
            const bytes = heaps.object(address, index);
            if (bytes.length !== length)
                throw unsupported(`attribute "${name}" is ${length} bytes long but its global heap object holds ${bytes.length}`);
            // h5wasm reads the C string HDF5 makes of it: up to the first NUL.
            const text = beforeNul(bytes);
            if (datatype.cset !== 1)
                return Buffer.from(text.buffer, text.byteOffset, text.length).toString('latin1'); // emscripten AsciiToString
            if (text[0] === 0xef && text[1] === 0xbb && text[2] === 0xbf)
                throw unsupported(`attribute "${name}" starts with a byte order mark`);
            try {
                return new TextDecoder('utf-8', { fatal: true }).decode(text);
            }
            catch {
                throw unsupported(`attribute "${name}" is not valid UTF-8`);
            }
        }
    }
}
function beforeNul(bytes) {
    const nul = bytes.indexOf(0);
    return nul < 0 ? bytes : bytes.subarray(0, nul);
}

// EXTERNAL MODULE: ./lib/formats/keras/scan-config.js + 4 modules
var scan_config = __webpack_require__(6336);
// EXTERNAL MODULE: ./lib/formats/keras/claim.js
var claim = __webpack_require__(1925);
;// CONCATENATED MODULE: ./lib/formats/keras/h5.js








/**
 * Longest wait for the HDF5 library (the fallback) to read a file's root attributes: real models take
 * milliseconds plus h5wasm's ~0.5 s start; the files that make it loop would otherwise hold a scan for
 * a minute each.
 */
const H5_READ_SECONDS = 20;
/**
 * Keras H5 models (`.h5`, `.hdf5`, legacy `.keras`): the config in the root
 * attributes is what Keras deserializes on load, and that is where Lambda
 * bytecode and module references live. Weights are never read.
 */
const kerasH5Scanner = {
    ...claim/* kerasH5Claim */.Gf,
    async scan(ctx) {
        if ((0,hdf5_signature/* findHdf5Signature */.$)(ctx.source.read(0, 4096), ctx.source) === undefined) {
            ctx.incomplete('the file has an HDF5 name but no HDF5 signature');
            return;
        }
        // The native reader first: a few positioned reads, no HDF5 library, no thread, no temp copy.
        const native = readNatively(ctx.source);
        if (native.attributes) {
            h5ReadStats.native++;
            await scanAttributes(ctx, native.attributes);
            return;
        }
        // Anything it does not cover, or cannot make sense of: HDF5 itself decides (it may still read
        // the file, or it reports it), so the file is never taken as clean because the native reader gave up.
        h5ReadStats.fallback++;
        h5ReadStats.lastFallbackReason = native.reason;
        if (ctx.absolutePath !== undefined) {
            await scanH5File(ctx, ctx.absolutePath);
            return;
        }
        await scanEmbeddedH5(ctx);
    },
};
/** Which reader read the root attributes of the H5 files scanned in this process (tests, diagnostics). */
const h5ReadStats = { native: 0, fallback: 0 };
function readNatively(source) {
    try {
        return { attributes: readH5AttributesNative(source) };
    }
    catch (error) {
        // Hdf5NativeError (unsupported or malformed) as designed; anything else (a read error) falls back too.
        return { reason: (0,error_text/* errorText */.k)(error) };
    }
}
/**
 * An H5 inside an archive that the native reader could not read. Keras 3
 * `.keras` zips carry `model.weights.h5`, which holds weights only (Keras reads
 * the model from config.json): when the bytes do not even contain the config
 * attribute names there is nothing Keras would deserialize. Otherwise the member
 * is copied to a private temp file (h5wasm opens files by path), bounded by the
 * member size limit.
 */
async function scanEmbeddedH5(ctx) {
    if (!(0,hdf5_signature/* sourceContainsAny */.n)(ctx.source, CONFIG_ATTRIBUTES))
        return;
    if (ctx.source.size > ctx.limits.maxMemberBytes) {
        ctx.incomplete(`the embedded H5 model is larger than the ${ctx.limits.maxMemberBytes}-byte member limit`);
        return;
    }
    let dir;
    try {
        const { tmpdir } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 8161, 19));
        dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(tmpdir(), 'modelscan-h5-'));
        const path = (0,external_node_path_.join)(dir, 'member.h5');
        copyToFile(ctx, path);
        await scanH5File(ctx, path);
    }
    catch (error) {
        ctx.incomplete(`the embedded H5 model could not be extracted: ${(0,error_text/* errorText */.k)(error)}`);
    }
    finally {
        if (dir)
            (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
}
function copyToFile(ctx, path) {
    const fd = (0,external_node_fs_.openSync)(path, 'wx', 0o600);
    try {
        const chunk = 8 * 1024 * 1024;
        for (let offset = 0; offset < ctx.source.size; offset += chunk) {
            const bytes = ctx.source.read(offset, chunk);
            (0,external_node_fs_.writeSync)(fd, bytes);
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
async function scanH5File(ctx, path) {
    let attributes;
    try {
        // HDF5 runs in its own thread with a deadline: a malformed file can make it loop forever.
        // The fallback (and its thread, node:worker_threads) loads only when the native reader gives up.
        const { readH5AttributesIsolated } = await __webpack_require__.e(/* import() */ 7868).then(__webpack_require__.bind(__webpack_require__, 7868));
        attributes = await readH5AttributesIsolated(path, Math.min(ctx.limits.maxFileSeconds, H5_READ_SECONDS) * 1000);
    }
    catch (error) {
        ctx.incomplete(`the HDF5 file could not be read: ${(0,error_text/* errorText */.k)(error)}`);
        return;
    }
    await scanAttributes(ctx, attributes);
}
async function scanAttributes(ctx, attributes) {
    for (const [name, error] of attributes.unreadable ?? [])
        ctx.incomplete(`the ${name} attribute could not be read: ${error}`);
    for (const name of attributes.notStrings)
        ctx.incomplete(`the ${name} attribute is not a string`);
    const texts = attributes.texts.map(([name, text]) => ({ text, where: `${name} attribute` }));
    await (0,scan_config/* scanConfigTexts */.yL)(ctx, texts, attributes.kerasVersion);
}


/***/ })

};
