export const id = 4981;
export const ids = [4981];
export const modules = {

/***/ 4981:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ZT: () => (/* binding */ reportChatTemplate)
});

// UNUSED EXPORTS: MAX_PARSED_TEMPLATE_CHARS, analyseChatTemplate

// EXTERNAL MODULE: ./node_modules/@huggingface/jinja/dist/index.js
var dist = __webpack_require__(8931);
;// CONCATENATED MODULE: ./lib/formats/jinja/ast.js
function isNode(value) {
    return typeof value === 'object' && value !== null && typeof value.type === 'string';
}
function child(node, field) {
    const value = node[field];
    return isNode(value) ? value : undefined;
}
function children(node, field) {
    const value = node[field];
    return Array.isArray(value) ? value.filter(isNode) : [];
}
/** The name of an Identifier node, or undefined. */
function identifierName(node) {
    return node?.type === 'Identifier' && typeof node.value === 'string' ? node.value : undefined;
}
/** Fields holding statement lists: a string literal directly in one is template text, not an expression. */
const BODY_FIELDS = new Set(['body', 'alternate', 'defaultBlock']);

;// CONCATENATED MODULE: ./lib/formats/jinja/fold.js

/** Longest string we build: enough for any attribute name, bounded against 'x' * 10**9. */
const MAX_FOLDED = 4096;
function fold(node, env) {
    if (!node)
        return undefined;
    switch (node.type) {
        case 'StringLiteral':
        case 'IntegerLiteral':
        case 'FloatLiteral':
            return typeof node.value === 'string' || typeof node.value === 'number' ? node.value : undefined;
        case 'ArrayLiteral':
        case 'TupleLiteral':
            return foldAll(Array.isArray(node.value) ? node.value.filter(isNode) : [], env);
        case 'Identifier':
            return env.get(String(node.value));
        case 'BinaryExpression':
            return foldBinary(node, env);
        case 'FilterExpression':
            return foldFilter(node, env);
        case 'CallExpression':
            return foldMethodCall(node, env);
        case 'MemberExpression':
            return foldIndex(node, env);
        default:
            return undefined;
    }
}
function foldAll(nodes, env) {
    const out = [];
    for (const n of nodes) {
        const v = fold(n, env);
        if (v === undefined)
            return undefined;
        out.push(v);
    }
    return out;
}
function foldBinary(node, env) {
    const op = node.operator?.value;
    const left = fold(child(node, 'left'), env);
    const right = fold(child(node, 'right'), env);
    if (left === undefined || right === undefined)
        return undefined;
    if (op === '~')
        return bounded(fold_text(left) + fold_text(right));
    if (op === '+' && typeof left === 'string' && typeof right === 'string')
        return bounded(left + right);
    if (op === '*' && typeof left === 'string' && typeof right === 'number')
        return repeat(left, right);
    if (op === '%' && typeof left === 'string')
        return printf(left, Array.isArray(right) ? right : [right]);
    return undefined;
}
function foldFilter(node, env) {
    const operand = fold(child(node, 'operand'), env);
    const filter = child(node, 'filter');
    const name = identifierName(filter) ?? identifierName(filter && child(filter, 'callee'));
    const args = filter?.type === 'CallExpression' ? foldAll(children(filter, 'args'), env) : [];
    if (operand === undefined || !name || !args)
        return undefined;
    return applyStringFunction(name, operand, args);
}
/** 'x'.format(...), '_'.join([...]), 'ABC'.lower() \u2026 */
function foldMethodCall(node, env) {
    const callee = child(node, 'callee');
    if (callee?.type !== 'MemberExpression' || callee.computed)
        return undefined;
    const method = identifierName(child(callee, 'property'));
    const target = fold(child(callee, 'object'), env);
    const args = foldAll(children(node, 'args'), env);
    if (!method || typeof target !== 'string' || !args)
        return undefined;
    if (method === 'join')
        return Array.isArray(args[0]) ? bounded(args[0].map(fold_text).join(target)) : undefined;
    if (method === 'format')
        return bounded(target.replace(/\{(\d*)\}/g, (_, i) => fold_text(args[i === '' ? 0 : Number(i)] ?? '')));
    if (method === 'strip')
        return target.trim();
    return applyStringFunction(method, target, args);
}
/** Shared by filters and methods of the same meaning. */
function applyStringFunction(name, value, args) {
    switch (name) {
        case 'join':
            return Array.isArray(value) ? bounded(value.map(fold_text).join(typeof args[0] === 'string' ? args[0] : '')) : undefined;
        case 'format':
            return typeof value === 'string' ? printf(value, args) : undefined;
        case 'lower':
            return fold_text(value).toLowerCase();
        case 'upper':
            return fold_text(value).toUpperCase();
        case 'string':
            return fold_text(value);
        case 'trim':
            return fold_text(value).trim();
        case 'reverse':
            return typeof value === 'string' ? [...value].reverse().join('') : Array.isArray(value) ? [...value].reverse() : undefined;
        case 'replace':
            return typeof value === 'string' && typeof args[0] === 'string' && typeof args[1] === 'string'
                ? bounded(value.split(args[0]).join(args[1]))
                : undefined;
        case 'list':
            return typeof value === 'string' ? [...value] : Array.isArray(value) ? value : undefined;
        case 'first':
            return typeof value === 'string' || Array.isArray(value) ? value[0] : undefined;
        case 'last':
            return typeof value === 'string' || Array.isArray(value) ? value[value.length - 1] : undefined;
        default:
            return undefined;
    }
}
/** 'abc'[1], 'abc'[::-1], ['_','x'][0]. */
function foldIndex(node, env) {
    if (!node.computed)
        return undefined;
    const target = fold(child(node, 'object'), env);
    if (typeof target !== 'string' && !Array.isArray(target))
        return undefined;
    const property = child(node, 'property');
    const items = typeof target === 'string' ? [...target] : target;
    const join = (xs) => (typeof target === 'string' ? xs.join('') : xs);
    if (property?.type === 'SliceExpression') {
        const [start, stop, step] = ['start', 'stop', 'step'].map((f) => fold(child(property, f), env));
        if ([start, stop, step].some((v) => v !== undefined && typeof v !== 'number'))
            return undefined;
        return join(slice(items, start, stop, step ?? 1));
    }
    const index = fold(property, env);
    if (typeof index !== 'number')
        return undefined;
    return items[index < 0 ? items.length + index : index];
}
function slice(items, start, stop, step) {
    if (step === 0 || !Number.isInteger(step))
        return [];
    const n = items.length;
    const norm = (v) => (v < 0 ? v + n : v);
    const out = [];
    if (step > 0) {
        const from = Math.max(0, Math.min(n, norm(start ?? 0)));
        const to = Math.max(0, Math.min(n, norm(stop ?? n)));
        for (let i = from; i < to; i += step)
            out.push(items[i]);
    }
    else {
        const from = Math.min(n - 1, start === undefined ? n - 1 : norm(start));
        const to = stop === undefined ? -1 : Math.max(-1, norm(stop));
        for (let i = from; i > to; i += step)
            out.push(items[i]);
    }
    return out;
}
/** Python %-formatting for the conversions a name can be spelt with. */
function printf(format, args) {
    let next = 0;
    let failed = false;
    const out = format.replace(/%([%scdir])/g, (_, conv) => {
        if (conv === '%')
            return '%';
        const arg = args[next++];
        if (arg === undefined) {
            failed = true;
            return '';
        }
        if (conv === 'c')
            return typeof arg === 'number' ? String.fromCodePoint(Math.max(0, Math.min(0x10ffff, arg))) : fold_text(arg).slice(0, 1);
        return fold_text(arg);
    });
    return failed ? undefined : bounded(out);
}
function repeat(value, count) {
    if (!Number.isInteger(count) || count < 0 || value.length * count > MAX_FOLDED)
        return undefined;
    return value.repeat(count);
}
function fold_text(value) {
    return Array.isArray(value) ? `[${value.map(fold_text).join(', ')}]` : String(value);
}
function bounded(value) {
    return value.length > MAX_FOLDED ? undefined : value;
}

;// CONCATENATED MODULE: ./lib/formats/jinja/names.js
/**
 * Names that have no business in a chat template. A template only needs
 * messages, roles, strings and a few filters; reaching any of these is how
 * Jinja server-side template injection gets from a string to Python.
 */
/** Attributes and names that lead to code execution or Python internals. */
const CODE_REACH = new Set([
    'os', 'posix', 'nt', 'sys', 'subprocess', 'popen', 'Popen', 'spawn', 'check_output', 'pty', 'socket', 'importlib', 'import_module',
    'load_module', 'eval', 'exec', 'execfile', 'compile', 'builtins', 'globals', 'getattr', 'setattr', 'delattr', 'open', 'environ',
    'modules', 'mro', 'func_globals', 'func_code', 'f_globals', 'f_locals', 'f_back', 'f_builtins', 'gi_frame', 'gi_code', 'cr_frame',
    'ag_frame', 'tb_frame', 'tb_next', 'co_code', 'co_consts',
]);
/**
 * Jinja/Flask globals and objects that are the usual first step of an escape
 * (`lipsum.__globals__`, `cycler.__init__.__globals__`, `self._TemplateReference__context`).
 */
const GADGET_GLOBALS = new Set(['lipsum', 'cycler', 'joiner', 'self', 'config', 'request', 'url_for', 'get_flashed_messages']);
const DUNDER = /^__\w+__$/;
/** The verdict for a name used as an attribute, subscript key or identifier; undefined when harmless. */
function judgeName(name, asIdentifier) {
    if (DUNDER.test(name))
        return { severity: 'critical', why: 'a Python internal (dunder) attribute, the core of every Jinja sandbox escape' };
    if (CODE_REACH.has(name))
        return { severity: 'critical', why: 'a name that runs code or commands, or inspects the interpreter' };
    if (asIdentifier && GADGET_GLOBALS.has(name))
        return { severity: 'high', why: 'a Jinja global that leads to Python internals; chat templates never need it' };
    if (name.startsWith('_'))
        return { severity: 'high', why: 'a private attribute, out of reach of any ordinary template' };
    return undefined;
}
/** A dunder name spelt inside a string ("__class__", "x.__globals__"). */
const DUNDER_IN_TEXT = /__[A-Za-z_][A-Za-z0-9_]*?__/;
/** Half of a dunder: strings built up piecewise ('__cla' ~ 'ss__'). */
const DUNDER_FRAGMENT = /__[A-Za-z]|[A-Za-z]__(?![A-Za-z0-9_])/;
/** Word lists for the token-level fallback (same meaning as above). */
const FALLBACK_CODE_WORDS = [...CODE_REACH];
const FALLBACK_GADGET_WORDS = [...GADGET_GLOBALS];

;// CONCATENATED MODULE: ./lib/formats/jinja/analyse.js



/**
 * Walks the syntax tree of a chat template and lists every way it reaches
 * Python internals. Expressions are constant-folded first, so names built
 * from pieces are judged by what they spell.
 */
function analyseTemplateAst(program) {
    const walker = new TemplateWalker();
    walker.visit(program, true);
    return walker.result();
}
class TemplateWalker {
    issues = new Map();
    env = new Map();
    result() {
        const all = [...this.issues.values()];
        // A fragment ('__cla') is only worth its own finding when nothing better explains it.
        const hasCritical = all.some((i) => i.severity === 'critical');
        return all.filter((i) => !(hasCritical && i.how === 'string fragment'));
    }
    /** `inBody`: the node sits directly in a statement list (a string there is template text). */
    visit(node, inBody) {
        switch (node.type) {
            case 'Identifier':
                this.judge(String(node.value), 'name', true);
                return;
            case 'StringLiteral':
                if (!inBody)
                    this.judgeText(String(node.value));
                return;
            case 'MemberExpression':
                this.visitMember(node);
                return;
        }
        if (!inBody)
            this.judgeFolded(node);
        if (node.type === 'FilterExpression')
            this.visitAttrFilter(node);
        if (node.type === 'Set')
            this.recordSet(node);
        this.visitChildren(node);
    }
    visitChildren(node) {
        for (const [field, value] of Object.entries(node)) {
            if (field === 'operator')
                continue; // a lexer token, not a node
            const inBody = BODY_FIELDS.has(field);
            if (Array.isArray(value))
                for (const item of value)
                    this.visitValue(item, inBody);
            else
                this.visitValue(value, false);
        }
    }
    visitValue(value, inBody) {
        if (isNode(value))
            this.visit(value, inBody);
        else if (value instanceof Map) {
            // ObjectLiteral: keys and values are both expressions.
            for (const [k, v] of value) {
                if (isNode(k))
                    this.visit(k, false);
                if (isNode(v))
                    this.visit(v, false);
            }
        }
        else if (Array.isArray(value))
            for (const item of value)
                this.visitValue(item, false);
    }
    visitMember(node) {
        const object = child(node, 'object');
        const property = child(node, 'property');
        if (object)
            this.visit(object, false);
        const base = identifierName(object);
        if (base === 'namespace') {
            // Calling namespace(...) is ordinary Jinja; reading attributes of the class itself is not.
            this.add({ severity: 'high', name: base, how: 'attribute access on the namespace class', why: 'a Jinja global that leads to Python internals' });
        }
        if (!node.computed) {
            const name = identifierName(property);
            if (name)
                this.judge(name, 'attribute access', false);
            return;
        }
        const key = fold(property, this.env);
        if (typeof key === 'string')
            this.judge(key, 'subscript with a string key', false);
        if (property)
            this.visit(property, false);
        this.judgeFolded(node);
    }
    visitAttrFilter(node) {
        const filter = child(node, 'filter');
        if (filter?.type !== 'CallExpression' || identifierName(child(filter, 'callee')) !== 'attr')
            return;
        const [arg] = children(filter, 'args');
        const key = fold(arg, this.env);
        if (typeof key === 'string')
            this.judge(key, '|attr() filter', false);
        else
            this.add({ severity: 'high', name: 'attr', how: '|attr() with a computed name', why: 'an attribute chosen at render time, the usual way to hide a dunder from filters' });
    }
    recordSet(node) {
        const target = identifierName(child(node, 'assignee'));
        if (!target)
            return;
        const value = fold(child(node, 'value'), this.env);
        if (value === undefined)
            this.env.delete(target);
        else
            this.env.set(target, value);
    }
    judgeFolded(node) {
        const value = fold(node, this.env);
        if (typeof value === 'string')
            this.judgeText(value);
    }
    /** A string computed inside an expression: dunders in it are attribute names in the making. */
    judgeText(value) {
        const dunder = DUNDER_IN_TEXT.exec(value);
        if (dunder) {
            this.add({ severity: 'critical', name: dunder[0], how: 'string built in an expression', why: 'a Python internal (dunder) name, spelt as data to get past name checks' });
            return;
        }
        const fragment = DUNDER_FRAGMENT.exec(value);
        if (fragment) {
            this.add({ severity: 'high', name: value.slice(0, 40), how: 'string fragment', why: 'part of a dunder name, as used to assemble one piece by piece' });
        }
    }
    judge(name, how, asIdentifier) {
        const verdict = judgeName(name, asIdentifier);
        if (verdict)
            this.add({ ...verdict, name, how });
    }
    add(issue) {
        const key = issue.name;
        const existing = this.issues.get(key);
        if (!existing || rank(issue.severity) > rank(existing.severity))
            this.issues.set(key, issue);
    }
}
function rank(severity) {
    return { critical: 4, high: 3, medium: 2, low: 1 }[severity];
}

;// CONCATENATED MODULE: ./lib/formats/jinja/fallback.js

/**
 * Conservative check for templates the parser rejects: look inside every
 * `{{ }}` / `{% %}` tag, after decoding Python string escapes and gluing
 * adjacent string pieces, for the names an escape needs.
 */
function scanTemplateTokens(template) {
    const issues = new Map();
    const add = (issue) => {
        if (!issues.has(issue.name))
            issues.set(issue.name, issue);
    };
    for (const tag of tagContents(template)) {
        const code = glueStrings(decodePythonEscapes(tag));
        const statement = /^\s*[-+]?\s*(include|import|extends|from)\b/.exec(code);
        if (statement) {
            add({ severity: 'high', name: statement[1], how: 'template statement', why: 'loads another template from disk, which can read files' });
        }
        const dunders = code.match(new RegExp(DUNDER_IN_TEXT.source, 'g')) ?? [];
        for (const name of dunders)
            add({ severity: 'critical', name, how: 'name in an unparsed tag', why: 'a Python internal (dunder) name' });
        for (const word of FALLBACK_CODE_WORDS) {
            if (wordIn(code, word))
                add({ severity: 'critical', name: word, how: 'name in an unparsed tag', why: 'a name that runs code or inspects the interpreter' });
        }
        for (const word of FALLBACK_GADGET_WORDS) {
            if (wordIn(code, word))
                add({ severity: 'high', name: word, how: 'name in an unparsed tag', why: 'a Jinja global that leads to Python internals' });
        }
    }
    return [...issues.values()];
}
/** Text between Jinja delimiters; an unterminated tag runs to the end (fail closed). */
function tagContents(template) {
    const tags = [];
    const pattern = /\{\{([\s\S]*?)(?:\}\}|$)|\{%([\s\S]*?)(?:%\}|$)/g;
    for (const match of template.matchAll(pattern)) {
        const body = match[1] ?? match[2];
        if (body)
            tags.push(body);
    }
    return tags;
}
/** Python string escapes: \x5f, \u005f, \U0000005f, \137, \N{LOW LINE}. */
function decodePythonEscapes(text) {
    return text.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|N\{[A-Z ]+\})/g, (whole, esc) => {
        if (esc.startsWith('N{'))
            return esc === 'N{LOW LINE}' ? '_' : whole;
        const code = /^[0-7]/.test(esc) ? parseInt(esc, 8) : parseInt(esc.slice(1), 16);
        return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    });
}
/** 'a' ~ 'b', "a" + "b", 'a' 'b' \u2192 'ab' (quotes dropped: we only look for names). */
function glueStrings(code) {
    return code.replace(/(['"])\s*[~+]?\s*(['"])/g, '');
}
function wordIn(code, word) {
    return new RegExp(`(?<![A-Za-z0-9_])${word}(?![A-Za-z0-9_])`).test(code);
}

;// CONCATENATED MODULE: ./lib/formats/jinja/template.js



/** Larger templates are only checked token by token (real ones are a few KB, tool-heavy ones ~100 KB). */
const MAX_PARSED_TEMPLATE_CHARS = 2_000_000;
/** Analyses one chat template: syntax tree when it parses, token-level check otherwise. */
function analyseChatTemplate(template) {
    if (template.length > MAX_PARSED_TEMPLATE_CHARS) {
        return { issues: scanTemplateTokens(template), notParsed: `it is longer than ${MAX_PARSED_TEMPLATE_CHARS} characters` };
    }
    let program;
    try {
        program = (0,dist/* parse */.qg)((0,dist/* tokenize */.qw)(template));
    }
    catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        return { issues: scanTemplateTokens(template), notParsed: `the Jinja parser rejected it (${why.slice(0, 200)})` };
    }
    try {
        return { issues: analyseTemplateAst(program) };
    }
    catch (error) {
        // Only a stack overflow on absurd nesting gets here; the token check still runs.
        const why = error instanceof Error ? error.message : String(error);
        return { issues: scanTemplateTokens(template), notParsed: `its syntax tree could not be walked (${why.slice(0, 200)})` };
    }
}
/**
 * Analyses a template and reports what it finds. `where` names the template
 * for the message ("tokenizer.chat_template", "chat_template \"tool_use\"").
 */
function reportChatTemplate(ctx, template, where, offset) {
    const { issues, notParsed } = analyseChatTemplate(template);
    const at = offset === undefined ? {} : { offset };
    if (notParsed) {
        ctx.report({
            ruleId: 'chat-template/not-analysed',
            message: `The chat template ${where} was not fully analysed: ${notParsed}; it was only searched for dangerous names.`,
            ...at,
            properties: { template: where },
        });
    }
    for (const issue of issues) {
        ctx.report({
            ruleId: 'chat-template/injection',
            severity: issue.severity,
            message: `The chat template ${where} reaches \`${issue.name}\` (${issue.how}): ${issue.why}. Rendering it in an unsandboxed Jinja environment can run code.`,
            // No `callable`: findings then collapse by message, which keeps two templates reaching the same name apart.
            ...at,
            properties: { template: where, reached: issue.name, how: issue.how },
        });
    }
}


/***/ })

};
