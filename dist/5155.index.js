export const id = 5155;
export const ids = [5155];
export const modules = {

/***/ 6499:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E6: () => (/* binding */ reportTarget),
/* harmony export */   Z9: () => (/* binding */ reportCallableTargets)
/* harmony export */ });
/* unused harmony export targetVerdict */
/* harmony import */ var _policy_pickle_globals_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9971);
/* harmony import */ var _policy_pickle_policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3861);
/* harmony import */ var _pickle_compat_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2689);



/** Model building blocks NeMo / Hydra configs normally instantiate. */
const ALLOWED_PREFIXES = [
    'torch.nn.', 'torch.optim.', 'torch.utils.data.', 'torchvision.transforms.', 'torchaudio.transforms.',
    'nemo.collections.', 'nemo.core.', 'pytorch_lightning.callbacks.', 'lightning.pytorch.callbacks.',
];
/** Modules whose callables run commands or code, touch the system, or resolve other callables by name. */
const DANGEROUS_MODULES = new Set([
    'os', 'posix', 'nt', 'subprocess', 'builtins', '__builtin__', 'sys', 'shutil', 'socket', 'pty', 'importlib', 'runpy', 'pickle',
    'marshal', 'dill', 'cloudpickle', 'joblib', 'code', 'codeop', 'ctypes', 'urllib', 'requests', 'http', 'webbrowser',
]);
/** Callables that are dangerous whatever module holds them (loaders of pickles, indirections). */
const DANGEROUS_NAMES = new Set(['eval', 'exec', 'system', 'popen', '__import__', 'getattr', 'load', 'loads', 'get_method', 'get_class', 'call', 'instantiate']);
const MAX_NODES = 1_000_000;
/**
 * What instantiating a Hydra `_target_` calls, judged once for JSON and YAML configs:
 * the usual model building blocks are allowed; the modules and names above, and
 * whatever the pickle policy denies (the same table the pickle scanner uses, with the
 * scan configuration's additions), are dangerous; what the pickle policy allows
 * (plain classes such as collections.OrderedDict or scikit-learn estimators) is allowed.
 */
function targetVerdict(ctx, target) {
    if (ALLOWED_PREFIXES.some((prefix) => target.startsWith(prefix)))
        return 'allowed';
    const parts = target.split('.');
    if (DANGEROUS_MODULES.has(parts[0]) || DANGEROUS_NAMES.has(parts[parts.length - 1]))
        return 'dangerous';
    const dot = target.lastIndexOf('.');
    // Hydra resolves a bare name in builtins.
    const [module, name] = dot < 0 ? ['builtins', target] : [target.slice(0, dot), target.slice(dot + 1)];
    const canon = (0,_pickle_compat_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalName */ .Ew)(module, name);
    const verdict = (0,_policy_pickle_globals_js__WEBPACK_IMPORTED_MODULE_0__/* .classifyGlobal */ .Sq)((0,_policy_pickle_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .picklePolicyOf */ .O)(ctx.policy), canon.module, canon.name);
    if (verdict.kind === 'deny')
        return 'dangerous';
    // A dispatcher (map, functools.reduce, \u2026) calls whatever it is given: not a plain class.
    if (verdict.kind === 'allow' && !verdict.dispatcher)
        return 'allowed';
    return 'unknown';
}
/** Every `_target_` in a JSON config tree, judged against the allowlist. */
function reportCallableTargets(ctx, root, configName) {
    const stack = [{ value: root, path: '' }];
    let visited = 0;
    while (stack.length > 0) {
        if (++visited > MAX_NODES) {
            ctx.incomplete(`${configName} has more than ${MAX_NODES} values; the rest was not checked for _target_`);
            return;
        }
        const { value, path } = stack.pop();
        if (Array.isArray(value))
            value.forEach((v, i) => stack.push({ value: v, path: `${path}[${i}]` }));
        else if (typeof value === 'object' && value !== null) {
            for (const [key, v] of Object.entries(value)) {
                if (key === '_target_' && typeof v === 'string')
                    reportTarget(ctx, v, path || '(top level)', configName);
                else
                    stack.push({ value: v, path: path ? `${path}.${key}` : key });
            }
        }
    }
}
/** One `_target_` (or NeMo `target`) finding, unless the target is an ordinary building block. */
function reportTarget(ctx, target, path, configName, details = {}) {
    const verdict = targetVerdict(ctx, target);
    if (verdict === 'allowed')
        return;
    const dangerous = verdict === 'dangerous';
    const keyName = details.keyName ?? '_target_';
    const key = details.via ? `\`${keyName}\` at ${path} (${details.via})` : `\`${keyName}\` at ${path}`;
    const note = details.note ?? '';
    ctx.report({
        ruleId: 'config/callable-target',
        severity: dangerous ? 'high' : 'medium',
        message: dangerous
            ? `${configName}: ${key} names ${target}, which runs commands or code, touches the system or resolves other callables; instantiating the config calls it${note}.`
            : `${configName}: ${key} names ${target}, outside the usual model building blocks; instantiating the config imports and calls it${note}.`,
        callable: target,
        ...(details.args && details.args.length ? { args: details.args } : {}),
        ...(details.offset !== undefined ? { offset: details.offset } : {}),
        ...(details.via ? { properties: { interpolation: details.via } } : {}),
    });
}


/***/ }),

/***/ 5155:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SIDE_FILE_NAMES: () => (/* reexport */ claim/* SIDE_FILE_NAMES */.i),
  hfConfigScanner: () => (/* binding */ hfConfigScanner)
});

// EXTERNAL MODULE: ./lib/formats/jinja/template.js + 5 modules
var template = __webpack_require__(4981);
// EXTERNAL MODULE: ./lib/formats/hf-config/hydra-targets.js
var hydra_targets = __webpack_require__(6499);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./lib/formats/hf-config/python-patterns.js
/**
 * What makes Python code referenced by a config obviously dangerous. Plain
 * text patterns, deliberately few: a hit raises the severity of the
 * remote-code finding; no hit never means the code is safe.
 */
const PATTERNS = [
    { label: 'runs shell commands (os.system / os.popen / os.exec* / os.spawn*)', pattern: /\b(os|posix|nt)\.(system|popen|exec[lv]p?e?|spawn[lv]p?e?)\s*\(/ },
    { label: 'starts processes (subprocess / pty)', pattern: /\bsubprocess\b|\bpty\.spawn\b/ },
    { label: 'evaluates code (eval / exec / __import__)', pattern: /(?<![.\w])(eval|exec|__import__)\s*\(/ },
    { label: 'deserializes code (marshal / pickle / dill loads)', pattern: /\b(marshal|pickle|dill|cloudpickle)\.loads?\s*\(/ },
    { label: 'opens network connections (socket)', pattern: /\bsocket\.(socket|create_connection)\s*\(/ },
    { label: 'downloads from the network (urllib / requests / http.client)', pattern: /\burlopen\s*\(|\burllib\.request\b|\brequests\.(get|post)\s*\(|\bhttp\.client\b/ },
    { label: 'loads native code (ctypes)', pattern: /\bctypes\b/ },
];
/** The first line (1-based) matching each pattern. */
function dangerousPython(source) {
    const lines = source.split(/\r?\n/);
    const hits = [];
    for (const { label, pattern } of PATTERNS) {
        const index = lines.findIndex((line) => pattern.test(line));
        if (index >= 0)
            hits.push({ label, line: index + 1 });
    }
    return hits;
}

;// CONCATENATED MODULE: ./lib/formats/hf-config/remote-code.js



/** Referenced modules above this are not read (modeling files are tens of KB). */
const MAX_PYTHON_BYTES = 4 * 1024 * 1024;
/**
 * `auto_map` \u2192 the Python modules transformers imports with
 * trust_remote_code=True. Modules beside the config are read and checked for
 * obviously dangerous calls; others (another repo, or missing) are named only.
 */
function reportRemoteCode(ctx, autoMap, configName) {
    for (const ref of moduleReferences(autoMap)) {
        const where = `\`${ref.module}\` (${ref.autoClasses.join(', ')})`;
        const file = ref.repo === undefined ? localModule(ctx, ref.module) : undefined;
        const hits = file ? dangerousPython(file.text) : [];
        const origin = ref.repo !== undefined
            ? `it is downloaded from the repository "${ref.repo}" at load time, so it was not checked`
            : file
                ? hits.length > 0
                    ? `${file.name} ${hits.map((h) => `${h.label} at line ${h.line}`).join('; ')}`
                    : `${file.name} is beside the config; no obviously dangerous call was found in it, but it runs with full privileges`
                : 'the module file is not beside the config (it would be fetched from the Hub), so it was not checked';
        ctx.report({
            ruleId: 'hf/remote-code',
            severity: hits.length > 0 ? 'high' : 'medium',
            message: `${configName} maps ${where} to Python code that loading with trust_remote_code=True runs: ${origin}.`,
            callable: ref.repo ? `${ref.repo}--${ref.module}` : ref.module,
            properties: { autoClasses: ref.autoClasses, ...(hits.length ? { dangerousCalls: hits } : {}) },
        });
    }
}
function moduleReferences(autoMap) {
    const byModule = new Map();
    for (const [autoClass, value] of Object.entries(autoMap)) {
        // Tokenizers map to [slow, fast]; either may be null.
        const targets = Array.isArray(value) ? value : [value];
        for (const target of targets) {
            if (typeof target !== 'string' || !target.includes('.'))
                continue;
            const [repo, path] = target.includes('--') ? target.split('--', 2) : [undefined, target];
            const module = path.slice(0, path.lastIndexOf('.'));
            const key = `${repo ?? ''}\u0000${module}`;
            const ref = byModule.get(key) ?? { module, repo, autoClasses: [] };
            if (!ref.autoClasses.includes(autoClass))
                ref.autoClasses.push(autoClass);
            byModule.set(key, ref);
        }
    }
    return [...byModule.values()];
}
/** The module's source when it sits beside the config on disk (dots are packages). */
function localModule(ctx, module) {
    if (!ctx.absolutePath || !/^[A-Za-z0-9_.]+$/.test(module))
        return undefined;
    const name = `${module.split('.').join('/')}.py`;
    const path = (0,external_node_path_.join)((0,external_node_path_.dirname)(ctx.absolutePath), name);
    try {
        const stat = (0,external_node_fs_.statSync)(path);
        if (!stat.isFile())
            return undefined;
        if (stat.size > MAX_PYTHON_BYTES) {
            ctx.incomplete(`${name} is larger than ${MAX_PYTHON_BYTES} bytes and was not checked`);
            return undefined;
        }
        return { name, text: (0,external_node_fs_.readFileSync)(path, 'utf8') };
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./lib/core/json-limits.js
var json_limits = __webpack_require__(9678);
// EXTERNAL MODULE: ./lib/formats/hf-config/claim.js
var claim = __webpack_require__(6784);
;// CONCATENATED MODULE: ./lib/formats/hf-config/index.js






/** Real configs are KB; tokenizer_config.json with a big added-token table reaches a few MB. */
const MAX_JSON_BYTES = 32 * 1024 * 1024;
/**
 * Repository side files as JSON: `auto_map` (remote code), `chat_template`
 * (Jinja), Hydra `_target_` (callables). Recognised by name, or by one of
 * those keys early in a JSON object; never by extension alone.
 */
const hfConfigScanner = {
    ...claim/* hfConfigClaim */.R,
    scan: scanSideFile,
};
function scanSideFile(ctx) {
    const maxBytes = Math.min(MAX_JSON_BYTES, ctx.limits.maxJsonBytes);
    if (ctx.source.size > maxBytes) {
        ctx.incomplete(`the config is ${ctx.source.size} bytes, more than the limit of ${maxBytes} bytes (limit maxJsonBytes)`);
        return;
    }
    const name = (ctx.member ?? ctx.file).split('/').pop() ?? 'config';
    const text = new TextDecoder().decode(ctx.source.read(0, ctx.source.size)).replace(/^\uFEFF/, '');
    const tooDeep = (0,json_limits/* jsonLimitProblem */.X)(text, ctx.limits, name, ctx.source.size);
    if (tooDeep) {
        ctx.incomplete(tooDeep);
        return;
    }
    let config;
    try {
        config = JSON.parse(text);
    }
    catch (error) {
        ctx.incomplete(`${name} is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
        return;
    }
    if (typeof config !== 'object' || config === null || Array.isArray(config))
        return;
    const top = config;
    if (isObject(top.auto_map))
        reportRemoteCode(ctx, top.auto_map, name);
    reportChatTemplates(ctx, top.chat_template);
    (0,hydra_targets/* reportCallableTargets */.Z9)(ctx, config, name);
}
/** `chat_template` is a string, or a list of {name, template} (named templates such as "tool_use"). */
function reportChatTemplates(ctx, value) {
    if (typeof value === 'string')
        (0,template/* reportChatTemplate */.ZT)(ctx, value, '"chat_template"');
    else if (Array.isArray(value)) {
        for (const entry of value) {
            if (isObject(entry) && typeof entry.template === 'string') {
                (0,template/* reportChatTemplate */.ZT)(ctx, entry.template, `"chat_template" "${typeof entry.name === 'string' ? entry.name : '?'}"`);
            }
        }
    }
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 3861:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ picklePolicyOf)
/* harmony export */ });
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3506);
/* harmony import */ var _pickle_globals_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9971);


const merged = new WeakMap();
/**
 * The pickle tables of a policy: the defaults plus what its configuration allows or denies,
 * merged once per policy (loaded with the pickle scanner). The defaults are never mutated.
 * Configuration never allows what the defaults deny (an exact allow would outrank a
 * module-wide deny). A configured deny entry reports as `pickle/code-execution` when
 * critical and `pickle/system-access` otherwise; its configured severity is set on the
 * finding after the scan (see configuredDenySeverity).
 */
function picklePolicyOf(policy) {
    const { allow: allowed = [], deny: denied = [] } = policy.pickleAdditions;
    if (allowed.length === 0 && denied.length === 0)
        return _pickle_globals_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_PICKLE_POLICY */ .C8;
    const cached = merged.get(policy);
    if (cached)
        return cached;
    const base = _pickle_globals_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_PICKLE_POLICY */ .C8;
    const allow = { ...base.allow };
    for (const { module, name } of allowed) {
        if ((0,_pickle_globals_js__WEBPACK_IMPORTED_MODULE_1__/* .classifyGlobal */ .Sq)(base, module, name).kind === 'deny')
            continue;
        const names = allow[module] ?? [];
        if (!names.includes(name))
            allow[module] = [...names, name];
    }
    const denyNames = { ...base.denyNames };
    const denyModules = { ...base.denyModules };
    for (const entry of denied) {
        const deny = {
            category: entry.severity === 'critical' ? 'exec' : 'recon',
            reason: `${entry.reason?.trim() || 'is denied'}${_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .CONFIGURED_DENY_SUFFIX */ .q4}`,
        };
        if (entry.name === undefined) {
            if (!denyModules[entry.module])
                denyModules[entry.module] = deny;
        }
        else {
            const table = denyNames[entry.module] ?? {};
            if (!Object.hasOwn(table, entry.name))
                denyNames[entry.module] = { ...table, [entry.name]: deny };
        }
    }
    const result = { ...base, allow, denyNames, denyModules };
    merged.set(policy, result);
    return result;
}


/***/ })

};
