export const id = 5670;
export const ids = [5670];
export const modules = {

/***/ 5670:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   writeStarterConfig: () => (/* binding */ writeStarterConfig)
/* harmony export */ });
/* unused harmony export STARTER_CONFIG */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9271);


/** The commented starter file `modelscan-action init` writes. It validates as is (tested). */
const STARTER_CONFIG = `# modelscan-action configuration. Every key is optional.
# Schema: schema/modelscan-config.schema.json in the modelscan-action repository.
# Found automatically at the scan root as .modelscan.yml (or .modelscan.yaml),
# or given with --config (CLI) / the \`config\` input (action).
version: 1

pickle:
  # Globals your own models import, allowed by exact module and name.
  # An allow entry never overrides a name the scanner denies (os.system stays denied).
  allow: []
  #  - module: mypkg.layers
  #    name: CustomLayer
  #    reason: our own layer class, reviewed

  # Globals to treat as dangerous, with the severity to report them at.
  # Leave out \`name\` to deny a whole module (and its submodules).
  deny: []
  #  - module: mypkg.unsafe
  #    name: run_hook
  #    severity: high
  #    reason: runs arbitrary hooks

# Severity per rule id (critical, high, medium, low).
severity: {}
#  pickle/unknown-import: high

# Globs (relative to the scan root) of files never to scan.
ignore: []
#  - third_party/**

# Accepted findings. Suppressed findings stay in the reports (SARIF marks them
# suppressed) but never fail the gate. Expired, outdated (sha256 differs) and
# unused suppressions are reported as config/stale-suppression.
suppressions: []
#  - file: models/legacy.pkl
#    sha256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
#    rule: pickle/unknown-import
#    callable: legacy_pkg.Model
#    reason: reviewed in SEC-123; replaced by safetensors next release
#    expires: 2026-12-31
`;
/** Writes the starter file; refuses to overwrite an existing one. */
function writeStarterConfig(path, display) {
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${display} already exists: not overwriting it`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(path, STARTER_CONFIG, { flag: 'wx' });
}


/***/ }),

/***/ 9271:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HR: () => (/* binding */ CONFIG_FILE_NAMES),
/* harmony export */   _: () => (/* binding */ readInputText),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);

/** Bad configuration: `message` is one line naming the file and the key. */
/** Configuration files looked for at the scan root. */
const CONFIG_FILE_NAMES = ['.modelscan.yml', '.modelscan.yaml'];
class ConfigError extends Error {
    name = 'ConfigError';
}
/** Reads a user-named input file (baseline, checksum list); a failure is one ConfigError line, e.g. `baseline x: file not found`. */
function readInputText(path, label) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        throw new ConfigError(`${label}: ${code === 'ENOENT' ? 'file not found' : error instanceof Error ? error.message : String(error)}`);
    }
}


/***/ })

};
