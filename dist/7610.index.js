export const id = 7610;
export const ids = [7610];
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

/***/ 7610:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yamlConfigScanner: () => (/* binding */ yamlConfigScanner)
});

// EXTERNAL MODULE: ./lib/policy/pickle-globals.js
var pickle_globals = __webpack_require__(9971);
// EXTERNAL MODULE: ./lib/policy/pickle-policy.js
var pickle_policy = __webpack_require__(3861);
;// CONCATENATED MODULE: ./lib/policy/yaml-config.js
/**
 * What YAML configs can make a loader run, as data (src/formats/hydra-yaml reads it).
 *
 * Hydra `_target_` callables are judged by the shared Hydra policy
 * (src/formats/hf-config/hydra-targets.ts, which consults the pickle policy).
 */
/** PyYAML's python tags: `!!python/...` expands to this prefix. */
const PYYAML_PYTHON_TAG_PREFIX = 'tag:yaml.org,2002:python/';
/**
 * PyYAML python tags that only build plain data (FullLoader / UnsafeLoader): no import, no call.
 * Every other `python/...` tag (`name`, `module`, `object`, `object/new`, `object/apply`) imports
 * a module and, except `name` and `module`, calls what it names.
 */
const PYYAML_DATA_TAGS = new Set([
    'none', 'bool', 'str', 'unicode', 'bytes', 'int', 'long', 'float', 'complex', 'list', 'tuple', 'dict',
]);
/** Severity of a code-bearing python tag whose callable the pickle policy does not deny. */
const PYTHON_TAG_SEVERITY = 'high';
/** OmegaConf and Hydra built-in resolvers that only select or format config values. */
const SAFE_RESOLVERS = new Set([
    'oc.select', 'oc.dict.keys', 'oc.dict.values', 'oc.deprecated', 'now', 'hydra',
]);
/** Resolvers by what they do when the config is resolved (OmegaConf built-ins and names projects register for code). */
const RESOLVER_KINDS = {
    // Built-ins that read the environment or turn strings into new config (which may hold `_target_`).
    'oc.env': 'environment',
    env: 'environment',
    'oc.decode': 'decode',
    'oc.create': 'decode',
    // Names projects register for Python evaluation (`OmegaConf.register_new_resolver("eval", eval)` is common).
    eval: 'code',
    exec: 'code',
    python: 'code',
    py: 'code',
    pyeval: 'code',
    python_eval: 'code',
    py_eval: 'code',
    shell: 'code',
    sh: 'code',
    cmd: 'code',
    system: 'code',
    import: 'code',
};
const RESOLVER_SEVERITY = {
    code: 'high',
    environment: 'medium',
    decode: 'medium',
    custom: 'low',
};
const RESOLVER_DOES = {
    code: 'evaluates Python code when the config is resolved, if the application registers a resolver of that name (many do, with eval)',
    environment: 'copies an environment variable (where tokens and keys live) into the config when it is resolved',
    decode: 'turns a string into new config when it is resolved, which can add `_target_` callables the scanner cannot see',
    custom: 'calls a resolver the application registers, which runs whatever Python code that resolver has',
};

// EXTERNAL MODULE: ./lib/formats/hf-config/hydra-targets.js
var hydra_targets = __webpack_require__(6499);
// EXTERNAL MODULE: ./lib/formats/pickle/compat.js
var compat = __webpack_require__(2689);
// EXTERNAL MODULE: ./lib/formats/hydra-yaml/claim.js
var claim = __webpack_require__(7457);
;// CONCATENATED MODULE: ./lib/formats/hydra-yaml/index.js






/**
 * YAML configs that loaders turn into calls (threat F8, CVE-2025-23304):
 *
 * - Hydra `_target_` (nested anywhere, with `_args_` / `_partial_`): `hydra.utils.instantiate`
 *   imports and calls it. NeMo restores a `.nemo` (a tar, routed here member by member) by
 *   instantiating its `model_config.yaml`; NeMo also imports the top-level `target` class,
 *   and Hydra 0.x style `cls` / `target` + `params`.
 * - OmegaConf interpolations `${resolver:...}`: `oc.env` reads the environment, `oc.decode`
 *   builds new config at resolve time, and projects register resolvers such as `eval`.
 * - PyYAML python tags (`!!python/object/apply:os.system`): code for `yaml.unsafe_load`.
 *
 * Any `.yaml` / `.yml` is claimed by name, but YAML without Hydra keys, python tags or
 * escapes that could spell them is left alone without being parsed: ordinary YAML
 * (workflows, compose files, .modelscan.yml) gives no finding. Parsing is bounded: the
 * size, the nesting (measured by the YAML lexer before anything recursive runs), the
 * alias expansion (billion laughs), and the values walked.
 */
/** Real Hydra / NeMo configs are KB; the YAML parser manages about 1 MB/s. */
const MAX_YAML_BYTES = 4 * 1024 * 1024;
/** Alias expansions allowed per document (the yaml package's maxAliasCount; its default is 100). */
const MAX_ALIAS_COUNT = 1000;
const MAX_NODES = 1_000_000;
const MAX_INTERPOLATION_HOPS = 8;
const MAX_ARGS = 8;
const MAX_ARG_CHARS = 120;
const MAX_KEY_CHARS = 80;
/** Interpolated targets looked up (each walks the path through the maps): bounded so a file full of them stays linear. */
const MAX_LOOKUPS = 1000;
/** Aliases of an anchor defined more than once, resolved by the yaml package (which walks the document each time). */
const MAX_AMBIGUOUS_ALIASES = 20;
/** Something in the text that makes a YAML file worth parsing: Hydra keys, a tag, an escape that could spell either. */
const MARKERS = /_target_|(?:^|[\s[\]{},])!|\\[xuU\r\n]/;
const DOTTED_NAME = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+$/;
const REFERENCE = /^\$\{\s*([A-Za-z_][A-Za-z0-9_-]*(?:\.[A-Za-z_][A-Za-z0-9_-]*)*)\s*\}$/;
const RESOLVER_CALL = /\$\{\s*([A-Za-z_][A-Za-z0-9_.-]*)\s*:/g;
let yamlModule;
async function scan(ctx) {
    const name = (ctx.member ?? ctx.file).split('/').pop() ?? 'config.yaml';
    // NeMo restores model_config.yaml from a .nemo: always an OmegaConf config.
    const isNemoConfig = name.toLowerCase() === 'model_config.yaml' || /\.nemo$/i.test(ctx.file);
    const maxBytes = Math.min(MAX_YAML_BYTES, ctx.limits.maxJsonBytes);
    if (ctx.source.size > maxBytes) {
        if (isNemoConfig || hasMarkersInChunks(ctx)) {
            ctx.incomplete(`${name} is ${ctx.source.size} bytes, more than the limit of ${maxBytes} bytes for a YAML config (limit maxJsonBytes)`);
        }
        return;
    }
    const text = decode(ctx.source.read(0, ctx.source.size));
    if (!isNemoConfig && !MARKERS.test(text))
        return;
    const Y = await (yamlModule ??= __webpack_require__.e(/* import() */ 8815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19)));
    const bound = nestingBound(Y, text, ctx.limits.maxJsonDepth, ctx);
    if (bound > ctx.limits.maxJsonDepth) {
        ctx.incomplete(`${name} may nest deeper than ${ctx.limits.maxJsonDepth} levels (limit maxJsonDepth); it was not parsed`);
        return;
    }
    const byteOffset = byteOffsets(text);
    const composer = new Y.Composer({ version: '1.1', uniqueKeys: false, merge: true, prettyErrors: false, logLevel: 'silent' });
    let docs;
    try {
        docs = [...composer.compose(new Y.Parser().parse(text), true, text.length)];
    }
    catch (error) {
        ctx.incomplete(`${name} could not be parsed as YAML (${error instanceof Error ? error.message : String(error)})`);
        return;
    }
    const policy = (0,pickle_policy/* picklePolicyOf */.O)(ctx.policy);
    const targets = [];
    const interpolations = [];
    let visited = 0;
    let hasAlias = false;
    let stopped = false;
    let lookups = 0;
    let ambiguous = 0;
    const anchorsOf = new Map();
    /** The node an alias stands for: through one pass collecting the anchors; the yaml package only for redefined anchors (bounded). */
    const follow = (node, doc) => {
        if (!Y.isAlias(node))
            return node;
        let anchors = anchorsOf.get(doc);
        if (!anchors)
            anchorsOf.set(doc, (anchors = collectAnchors(Y, doc)));
        const target = anchors.get(node.source);
        if (target !== null)
            return target;
        if (++ambiguous === MAX_AMBIGUOUS_ALIASES + 1)
            ctx.incomplete(`${name} redefines anchors used by more than ${MAX_AMBIGUOUS_ALIASES} aliases in keys or targets; the rest were not followed`);
        return ambiguous > MAX_AMBIGUOUS_ALIASES ? undefined : node.resolve(doc);
    };
    for (const doc of docs) {
        for (const error of doc.errors.slice(0, 1)) {
            ctx.incomplete(`${name} is not valid YAML (${error.code}: ${error.message.split('\n')[0]}); what was parsed was checked`, byteOffset(error.pos[0]));
        }
        const stack = [{ node: doc.contents, path: '', depth: 0 }];
        while (stack.length > 0 && !stopped) {
            const { node, path, depth } = stack.pop();
            if (++visited > MAX_NODES) {
                ctx.incomplete(`${name} has more than ${MAX_NODES} values; the rest was not checked`);
                stopped = true;
                break;
            }
            if ((visited & 0xfff) === 0)
                ctx.checkBudget();
            if (depth > ctx.limits.maxJsonDepth) {
                ctx.incomplete(`${name} nests deeper than ${ctx.limits.maxJsonDepth} levels (limit maxJsonDepth); deeper values were not checked`);
                stopped = true;
                break;
            }
            if (Y.isAlias(node)) {
                hasAlias = true;
                continue;
            }
            if (!Y.isNode(node))
                continue;
            if (node.tag)
                reportTag(ctx, Y, node, node.tag, path, name, policy, byteOffset(node.range?.[0]));
            if (Y.isMap(node)) {
                let hasParams;
                for (const item of node.items) {
                    const keyNode = follow(item.key, doc);
                    const key = Y.isScalar(keyNode) ? scalarText(keyNode) : undefined;
                    const label = key === undefined ? '?' : key.length > MAX_KEY_CHARS ? `${key.slice(0, MAX_KEY_CHARS)}\u2026` : key;
                    const childPath = path ? `${path}.${label}` : label;
                    const oldStyle = (key === 'target' && path === '') || ((key === 'target' || key === 'cls') && (hasParams ??= hasKey(Y, node, 'params')));
                    if (key === '_target_' || oldStyle) {
                        const valueNode = follow(item.value, doc);
                        if (Y.isScalar(valueNode) && typeof valueNode.value === 'string') {
                            targets.push({ target: valueNode.value, path: path || '(top level)', map: node, doc, offset: byteOffset(valueNode.range?.[0]), keyName: key });
                        }
                    }
                    // Keys are nodes too (complex keys, tagged keys).
                    if (item.key !== null && typeof item.key === 'object' && !Y.isScalar(item.key))
                        stack.push({ node: item.key, path: childPath, depth: depth + 1 });
                    else if (Y.isScalar(item.key) && item.key.tag)
                        reportTag(ctx, Y, item.key, item.key.tag, childPath, name, policy, byteOffset(item.key.range?.[0]));
                    if (Y.isAlias(item.value))
                        hasAlias = true;
                    else
                        stack.push({ node: item.value, path: childPath, depth: depth + 1 });
                }
            }
            else if (Y.isSeq(node)) {
                node.items.forEach((item, i) => stack.push({ node: item, path: `${path}[${i}]`, depth: depth + 1 }));
            }
            else if (Y.isScalar(node) && typeof node.value === 'string' && node.value.includes('${')) {
                if (interpolations.length < 10_000)
                    interpolations.push({ text: node.value, path: path || '(top level)', offset: byteOffset(node.range?.[0]) });
            }
        }
    }
    if (hasAlias && !stopped) {
        for (const doc of docs) {
            try {
                doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
            }
            catch (error) {
                const message = error instanceof Error ? error.message : String(error);
                ctx.incomplete(/excessive alias/i.test(message)
                    ? `${name} expands its aliases more than ${MAX_ALIAS_COUNT} times (a "billion laughs" document); it was not fully checked`
                    : `${name} could not be resolved (${message})`);
                break;
            }
        }
    }
    const isHydra = isNemoConfig || targets.some((t) => t.keyName === '_target_');
    const perMap = new Map();
    for (const site of targets) {
        if (site.keyName !== '_target_' && !isHydra)
            continue;
        let about = perMap.get(site.map);
        if (!about)
            perMap.set(site.map, (about = { args: hydraArgs(Y, site.map), partial: isPartial(Y, site.map) }));
        const lookupsLeft = MAX_LOOKUPS - lookups;
        lookups += reportSite(ctx, Y, site, name, about, lookupsLeft);
    }
    if (isHydra)
        reportResolvers(ctx, interpolations, name);
}
/** Anchor name -> its node, or null when the name is defined more than once (then document order decides). */
function collectAnchors(Y, doc) {
    const anchors = new Map();
    const stack = [doc.contents];
    for (let seen = 0; stack.length > 0 && seen < MAX_NODES; seen++) {
        const node = stack.pop();
        if (!Y.isNode(node) || Y.isAlias(node))
            continue;
        if (node.anchor)
            anchors.set(node.anchor, anchors.has(node.anchor) ? null : node);
        if (Y.isMap(node))
            for (const item of node.items)
                stack.push(item.key, item.value);
        else if (Y.isSeq(node))
            for (const item of node.items)
                stack.push(item);
    }
    return anchors;
}
/** Character offset -> UTF-8 byte offset, in O(4096) per call (the yaml package counts UTF-16 units). */
function byteOffsets(text) {
    if (!/[^\x00-\x7f]/.test(text))
        return (at) => at;
    const block = 4096;
    const starts = [0];
    for (let i = block; i <= text.length; i += block)
        starts.push(starts[starts.length - 1] + Buffer.byteLength(text.slice(i - block, i), 'utf8'));
    return (at) => (at === undefined ? undefined : starts[Math.floor(at / block)] + Buffer.byteLength(text.slice(at - (at % block), at), 'utf8'));
}
/** Whether a map has the key (Hydra 0.x `params` beside `cls` / `target`; NeMo imports a top-level `target` alone). */
function hasKey(Y, map, key) {
    return map.items.some((item) => Y.isScalar(item.key) && item.key.value === key);
}
/** Reports one target; returns how many interpolation lookups it made (at most `lookupsLeft`). */
function reportSite(ctx, Y, site, name, about, lookupsLeft) {
    const details = {
        args: about.args,
        note: about.partial ? ' (as a partial: bound now, called later with any arguments)' : '',
        keyName: site.keyName,
        ...(site.offset !== undefined ? { offset: site.offset } : {}),
    };
    if (site.keyName !== '_target_' && !DOTTED_NAME.test(site.target))
        return 0;
    if (!site.target.includes('${')) {
        (0,hydra_targets/* reportTarget */.E6)(ctx, site.target, site.path, name, details);
        return 0;
    }
    // An interpolation: follow plain references (`${a.b}`) through the document; anything else is computed at load time.
    let value = site.target;
    const via = [];
    let used = 0;
    for (let hop = 0; hop < MAX_INTERPOLATION_HOPS && value.includes('${') && used < lookupsLeft; hop++) {
        const reference = REFERENCE.exec(value);
        if (!reference)
            break;
        used++;
        via.push(value);
        const node = site.doc.getIn(reference[1].split('.'), true);
        const resolved = Y.isAlias(node) ? node.resolve(site.doc) : node;
        if (!Y.isScalar(resolved) || typeof resolved.value !== 'string')
            break;
        value = resolved.value;
    }
    if (!value.includes('${')) {
        (0,hydra_targets/* reportTarget */.E6)(ctx, value, site.path, name, { ...details, via: `through ${via.join(' \u2192 ')}` });
        return used;
    }
    ctx.report({
        ruleId: 'config/callable-target',
        severity: 'high',
        message: `${name}: \`${site.keyName}\` at ${site.path} is the interpolation ${shorten(site.target)}, which is only resolved when the config is loaded, ` +
            'so what instantiating the config calls cannot be checked in advance.',
        callable: shorten(site.target),
        ...(site.offset !== undefined ? { offset: site.offset } : {}),
        properties: { interpolation: site.target },
    });
    return used;
}
function reportResolvers(ctx, interpolations, name) {
    for (const { text, path, offset } of interpolations) {
        for (const match of text.matchAll(RESOLVER_CALL)) {
            const resolver = match[1];
            if (SAFE_RESOLVERS.has(resolver))
                continue;
            const kind = RESOLVER_KINDS[resolver] ?? 'custom';
            ctx.report({
                ruleId: 'config/interpolation-resolver',
                severity: RESOLVER_SEVERITY[kind],
                message: `${name}: the value at ${path} calls the OmegaConf resolver \`${resolver}\` (${shorten(text)}), which ${RESOLVER_DOES[kind]}.`,
                callable: resolver,
                args: [shorten(text)],
                ...(offset !== undefined ? { offset } : {}),
                properties: { resolverKind: kind },
            });
        }
    }
}
/** PyYAML python tags: `python/object/apply:os.system` is a call for yaml.unsafe_load. */
function reportTag(ctx, Y, node, rawTag, path, name, policy, offset) {
    const tag = percentDecode(rawTag);
    if (!tag.startsWith(PYYAML_PYTHON_TAG_PREFIX))
        return;
    const rest = tag.slice(PYYAML_PYTHON_TAG_PREFIX.length);
    const colon = rest.indexOf(':');
    const kind = colon < 0 ? rest : rest.slice(0, colon);
    if (colon < 0 && PYYAML_DATA_TAGS.has(kind))
        return;
    const target = colon < 0 ? '' : rest.slice(colon + 1);
    // PyYAML's find_python_name: the last dot splits module and name; no dot means builtins.
    const dot = target.lastIndexOf('.');
    const [module, attr] = kind === 'module' ? [target, ''] : dot < 0 ? ['builtins', target] : [target.slice(0, dot), target.slice(dot + 1)];
    const canon = (0,compat/* canonicalName */.Ew)(module, attr);
    const verdict = (0,pickle_globals/* classifyGlobal */.Sq)(policy, canon.module, canon.name);
    const severity = verdict.kind === 'deny' ? verdict.severity : PYTHON_TAG_SEVERITY;
    const does = kind === 'module'
        ? 'imports the module'
        : kind === 'name'
            ? 'imports it and puts the callable in the config'
            : kind === 'object'
                ? 'imports the class and builds an instance without calling __init__, then sets its state'
                : 'imports it and calls it';
    const args = tagArgs(Y, node);
    ctx.report({
        ruleId: 'yaml/python-tag',
        severity,
        message: `${name}: the value at ${path || '(top level)'} carries the PyYAML tag !!python/${rest.length > 200 ? `${rest.slice(0, 200)}\u2026` : rest}: ` +
            `yaml.unsafe_load (or yaml.load with an unsafe Loader) ${does}${args.length ? ` with ${args.join(', ')}` : ''}` +
            `${verdict.kind === 'deny' ? ` (${verdict.matched}: ${verdict.reason})` : ''}.`,
        callable: target || `python/${kind}`,
        ...(args.length ? { args } : {}),
        ...(offset !== undefined ? { offset } : {}),
        properties: { tag },
    });
}
/** Constant arguments of a tagged node: `[a, b]`, `{args: [a, b]}` (object/apply, object/new) or a scalar. */
function tagArgs(Y, node) {
    if (Y.isSeq(node))
        return constants(Y, node.items);
    if (Y.isMap(node)) {
        const args = node.items.find((p) => Y.isScalar(p.key) && p.key.value === 'args');
        return args && Y.isSeq(args.value) ? constants(Y, args.value.items) : [];
    }
    if (Y.isScalar(node) && node.value !== null && node.value !== '')
        return constants(Y, [node]);
    return [];
}
function hydraArgs(Y, map) {
    const args = map.items.find((p) => Y.isScalar(p.key) && p.key.value === '_args_');
    return args && Y.isSeq(args.value) ? constants(Y, args.value.items) : [];
}
function isPartial(Y, map) {
    return map.items.some((p) => Y.isScalar(p.key) && p.key.value === '_partial_' && Y.isScalar(p.value) && p.value.value === true);
}
function constants(Y, items) {
    const out = [];
    for (const item of items.slice(0, MAX_ARGS)) {
        if (!Y.isScalar(item))
            out.push('\u2026');
        else
            out.push(shorten(typeof item.value === 'string' ? JSON.stringify(item.value) : String(item.value)));
    }
    return out;
}
function scalarText(node) {
    const value = node.value;
    return typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
}
function shorten(text) {
    return text.length > MAX_ARG_CHARS ? `${text.slice(0, MAX_ARG_CHARS)}\u2026` : text;
}
/** Verbatim tags may percent-encode characters (`!<tag:yaml.org,2002:%70ython/\u2026>`); PyYAML decodes them. */
function percentDecode(tag) {
    if (!tag.includes('%'))
        return tag;
    try {
        return decodeURIComponent(tag);
    }
    catch {
        return tag;
    }
}
/** UTF-8 (a leading BOM dropped), or UTF-16 with a BOM (PyYAML reads both). */
function decode(bytes) {
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
        return new TextDecoder('utf-16le').decode(bytes.subarray(2));
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
        return new TextDecoder('utf-16be').decode(bytes.subarray(2));
    return new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
}
/** For files over the size limit: does the text hold anything worth reporting as not scanned? (Chunked, overlapping.) */
function hasMarkersInChunks(ctx) {
    const chunk = 1024 * 1024;
    const decoder = new TextDecoder();
    for (let offset = 0; offset < ctx.source.size; offset += chunk) {
        ctx.checkBudget();
        const start = Math.max(0, offset - 16);
        if (MARKERS.test(decoder.decode(ctx.source.read(start, Math.min(chunk + 16, ctx.source.size - start)))))
            return true;
    }
    return false;
}
/**
 * An upper bound of the nesting of the YAML text, from the lexer alone (linear, no
 * recursion, nothing kept): the yaml package composes documents recursively and
 * its parser keeps about 1 KB per open level, so depth is checked before either runs.
 * Flow collections count exactly; a block level needs more indentation than its
 * parent, or one more `-` / `?` / `:` indicator on the line.
 */
function nestingBound(Y, text, stopAbove, ctx) {
    let max = 0;
    let flow = 0;
    let indent = 0;
    let indicators = 0;
    let lineStart = true;
    let blockAtFlowStart = 0;
    let tokens = 0;
    for (const token of new Y.Lexer().lex(text)) {
        if ((++tokens & 0xffff) === 0)
            ctx.checkBudget();
        const type = Y.CST.tokenType(token);
        if (type === 'newline') {
            lineStart = true;
            indent = 0;
            indicators = 0;
            continue;
        }
        if (type === 'space' && lineStart)
            indent = token.length;
        lineStart = false;
        if (type === 'flow-seq-start' || type === 'flow-map-start') {
            if (flow === 0)
                blockAtFlowStart = 2 * (indent + indicators) + 2;
            flow++;
        }
        else if (type === 'flow-seq-end' || type === 'flow-map-end') {
            if (flow > 0)
                flow--;
        }
        else if (flow === 0 && (type === 'seq-item-ind' || type === 'explicit-key-ind' || type === 'map-value-ind')) {
            indicators++;
        }
        const bound = flow > 0 ? blockAtFlowStart + flow : 2 * (indent + indicators) + 2;
        if (bound > max) {
            max = bound;
            if (max > stopAbove)
                return max;
        }
    }
    return max;
}
const yamlConfigScanner = {
    ...claim/* yamlConfigClaim */.w,
    scan,
};


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
