export const id = 401;
export const ids = [401];
export const modules = {

/***/ 5401:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kerasH5Scanner: () => (/* binding */ kerasH5Scanner)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
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
        const attrs = file.attrs;
        const result = { texts: [], notStrings: [] };
        for (const name of CONFIG_ATTRIBUTES) {
            if (!(name in attrs))
                continue;
            const text = attributeText(attrs[name].value);
            if (text === undefined)
                result.notStrings.push(name);
            else
                result.texts.push([name, text]);
        }
        const version = 'keras_version' in attrs ? attributeText(attrs.keras_version.value) : undefined;
        if (version !== undefined)
            result.kerasVersion = version;
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

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./lib/formats/keras/h5-isolated.js



/**
 * Reads a Keras H5 file's root attributes in a separate thread with a deadline. HDF5 (h5wasm) can
 * loop forever on a malformed file; terminating the thread is the only way to stop it. One thread
 * serves every file of a scan (h5wasm starts once) and never keeps the process alive.
 */
async function readH5AttributesIsolated(path, timeoutMs) {
    const reader = (current ??= new H5Reader(workerScript()));
    return reader.read(path, timeoutMs);
}
class H5ReaderError extends Error {
}
let current;
/** The bundled reader: beside the action bundle, one folder up from the CLI's, or in dist/ of the repository (tests). */
function workerScript() {
    const here = import.meta.url;
    for (const relative of ['h5-worker/index.js', '../h5-worker/index.js', '../../../dist/h5-worker/index.js']) {
        const candidate = (0,external_node_url_.fileURLToPath)(new URL(relative, here));
        if ((0,external_node_fs_.existsSync)(candidate))
            return candidate;
    }
    throw new H5ReaderError('the HDF5 reader (h5-worker/index.js) is missing from this installation');
}
class H5Reader {
    worker;
    pending = new Map();
    nextId = 1;
    constructor(script) {
        this.worker = new external_node_worker_threads_.Worker(script);
        this.worker.on('message', (reply) => {
            const waiting = this.pending.get(reply.id);
            if (!waiting)
                return;
            this.settle(reply.id);
            if (reply.attributes)
                waiting.resolve(reply.attributes);
            else
                waiting.reject(new H5ReaderError(reply.error ?? 'the HDF5 reader failed'));
        });
        this.worker.on('error', (error) => this.fail(`the HDF5 reader crashed: ${error.message.split('\n')[0]}`));
        this.worker.on('exit', () => this.fail('the HDF5 reader stopped'));
        // After the listeners: adding a 'message' listener refs the thread again, and the process would never exit.
        this.worker.unref();
    }
    read(path, timeoutMs) {
        return new Promise((resolve, reject) => {
            const id = this.nextId++;
            const timer = setTimeout(() => {
                this.fail(`the HDF5 library did not finish within ${Math.round(timeoutMs / 1000)} s (a malformed file can make it loop)`);
                void this.worker.terminate();
            }, timeoutMs);
            this.pending.set(id, { resolve, reject, timer });
            this.worker.postMessage({ id, path });
        });
    }
    settle(id) {
        const waiting = this.pending.get(id);
        if (waiting)
            clearTimeout(waiting.timer);
        this.pending.delete(id);
    }
    /** Rejects everything in flight and retires this thread: the next read starts a fresh one. */
    fail(message) {
        if (current === this)
            current = undefined;
        for (const [id, waiting] of this.pending) {
            this.settle(id);
            waiting.reject(new H5ReaderError(message));
        }
    }
}

// EXTERNAL MODULE: ./lib/formats/keras/scan-config.js + 5 modules
var scan_config = __webpack_require__(4938);
// EXTERNAL MODULE: ./lib/formats/keras/claim.js
var claim = __webpack_require__(1925);
;// CONCATENATED MODULE: ./lib/formats/keras/h5.js









/** Longest wait for HDF5 to read a file's root attributes (real models take milliseconds). */
const H5_READ_SECONDS = 60;
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
        if (ctx.absolutePath !== undefined) {
            await scanH5File(ctx, ctx.absolutePath);
            return;
        }
        await scanEmbeddedH5(ctx);
    },
};
/**
 * An H5 inside an archive. Keras 3 `.keras` zips carry `model.weights.h5`,
 * which holds weights only (Keras reads the model from config.json): when
 * the bytes do not even contain the config attribute names there is nothing
 * Keras would deserialize. Otherwise the member is copied to a private temp
 * file (h5wasm opens files by path), bounded by the member size limit.
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
        dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'modelscan-h5-'));
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
        attributes = await readH5AttributesIsolated(path, Math.min(ctx.limits.maxFileSeconds, H5_READ_SECONDS) * 1000);
    }
    catch (error) {
        ctx.incomplete(`the HDF5 file could not be read: ${(0,error_text/* errorText */.k)(error)}`);
        return;
    }
    for (const name of attributes.notStrings)
        ctx.incomplete(`the ${name} attribute is not a string`);
    const texts = attributes.texts.map(([name, text]) => ({ text, where: `${name} attribute` }));
    await (0,scan_config/* scanConfigTexts */.yL)(ctx, texts, attributes.kerasVersion);
}


/***/ })

};
