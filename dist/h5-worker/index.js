import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

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
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
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
/******/ 		792: 0
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

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: ./lib/formats/keras/error-text.js
/** The first line of an error's message (h5wasm errors carry a multi-line HDF5 trace). */
function errorText(error) {
    const text = error instanceof Error ? error.message : String(error);
    return text.split('\n')[0].slice(0, 300);
}

;// CONCATENATED MODULE: ./lib/formats/keras/h5wasm-loader.js
let loading;
/**
 * h5wasm (HDF5 compiled to wasm) is loaded on first use only: its start-up
 * costs a few hundred milliseconds that scans without H5 files should not pay.
 * One promise per process, so it initialises once.
 */
function loadH5wasm() {
    loading ??= (async () => {
        const { default: h5wasm } = await __nccwpck_require__.e(/* import() */ 547).then(__nccwpck_require__.bind(__nccwpck_require__, 547));
        const module = await h5wasm.ready;
        // Without this, HDF5 errors print to stderr and return -1 instead of throwing.
        module.activate_throwing_error_handler();
        return h5wasm;
    })();
    return loading;
}

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

;// CONCATENATED MODULE: ./lib/formats/keras/h5-worker.js
// Entry of the H5 reader thread (bundled on its own as dist/h5-worker/index.js). HDF5 runs here,
// away from the scan: a malformed file can make it loop forever inside wasm, where no timer can
// interrupt it, so the scan thread waits with a deadline and terminates this thread instead.



// HDF5 (through emscripten) prints its own diagnostics, "Aborted(native code called abort())" among them,
// on this thread's console; the scan reports every failure itself, so they would only be noise on the
// user's terminal. Set before h5wasm loads (on the first request), which binds these at start-up.
console.error = () => { };
console.warn = () => { };
external_node_worker_threads_namespaceObject.parentPort?.on('message', (request) => {
    readH5Attributes(request.path).then((attributes) => external_node_worker_threads_namespaceObject.parentPort?.postMessage({ id: request.id, attributes }), (error) => external_node_worker_threads_namespaceObject.parentPort?.postMessage({ id: request.id, error: errorText(error) }));
});

