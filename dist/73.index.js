export const id = 73;
export const ids = [73];
export const modules = {

/***/ 7073:
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
var error_text = __webpack_require__(755);
// EXTERNAL MODULE: ./lib/formats/keras/hdf5-signature.js
var hdf5_signature = __webpack_require__(5635);
;// CONCATENATED MODULE: ./lib/formats/keras/h5wasm-loader.js
let loading;
/**
 * h5wasm (HDF5 compiled to wasm) is loaded on first use only: its start-up
 * costs a few hundred milliseconds that scans without H5 files should not pay.
 * One promise per process, so it initialises once.
 */
function loadH5wasm() {
    loading ??= (async () => {
        const { default: h5wasm } = await __webpack_require__.e(/* import() */ 21).then(__webpack_require__.bind(__webpack_require__, 1021));
        const module = await h5wasm.ready;
        // Without this, HDF5 errors print to stderr and return -1 instead of throwing.
        module.activate_throwing_error_handler();
        return h5wasm;
    })();
    return loading;
}

// EXTERNAL MODULE: ./lib/formats/keras/scan-config.js + 5 modules
var scan_config = __webpack_require__(8114);
// EXTERNAL MODULE: ./lib/formats/keras/claim.js
var claim = __webpack_require__(5249);
;// CONCATENATED MODULE: ./lib/formats/keras/h5.js








/** Root attributes Keras reads from a legacy H5 model (legacy_h5_format.load_model_from_hdf5). */
const CONFIG_ATTRIBUTES = ['model_config', 'training_config'];
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
    let h5wasm;
    try {
        h5wasm = await loadH5wasm();
    }
    catch (error) {
        ctx.incomplete(`the HDF5 library could not start: ${(0,error_text/* errorText */.k)(error)}`);
        return;
    }
    let file;
    let texts;
    let kerasVersion;
    try {
        file = new h5wasm.File(path, 'r');
        const attrs = file.attrs;
        texts = new Map();
        for (const name of CONFIG_ATTRIBUTES) {
            if (!(name in attrs))
                continue;
            const text = attributeText(attrs[name].value);
            if (text === undefined) {
                ctx.incomplete(`the ${name} attribute is not a string`);
                continue;
            }
            texts.set(name, text);
        }
        kerasVersion = 'keras_version' in attrs ? attributeText(attrs.keras_version.value) : undefined;
    }
    catch (error) {
        ctx.incomplete(`the HDF5 file could not be read: ${(0,error_text/* errorText */.k)(error)}`);
        return;
    }
    finally {
        try {
            file?.close();
        }
        catch {
            // Closing a file that failed to open: nothing left to release.
        }
    }
    await (0,scan_config/* scanConfigTexts */.yL)(ctx, [...texts].map(([name, text]) => ({ text, where: `${name} attribute` })), kerasVersion);
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


/***/ })

};
