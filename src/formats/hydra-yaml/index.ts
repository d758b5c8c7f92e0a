import type { Document, Node as YamlNode, Pair, Scalar, YAMLMap } from 'yaml';
import type { FormatScanner, ScanContext } from '../../core/scanner.js';
import { classifyGlobal } from '../../policy/pickle-globals.js';
import { picklePolicyOf } from '../../policy/pickle-policy.js';
import {
  PYTHON_TAG_SEVERITY,
  PYYAML_DATA_TAGS,
  PYYAML_PYTHON_TAG_PREFIX,
  RESOLVER_DOES,
  RESOLVER_KINDS,
  RESOLVER_SEVERITY,
  SAFE_RESOLVERS,
} from '../../policy/yaml-config.js';
import { reportTarget } from '../hf-config/hydra-targets.js';
import { canonicalName } from '../pickle/compat.js';
import { yamlConfigClaim } from './claim.js';

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

type Yaml = typeof import('yaml');
let yamlModule: Promise<Yaml> | undefined;

interface TargetSite {
  target: string;
  path: string;
  map: YAMLMap;
  doc: Document;
  offset: number | undefined;
  keyName: string;
}

async function scan(ctx: ScanContext): Promise<void> {
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
  if (!isNemoConfig && !MARKERS.test(text)) return;

  const Y = await (yamlModule ??= import('yaml'));
  const bound = nestingBound(Y, text, ctx.limits.maxJsonDepth, ctx);
  if (bound > ctx.limits.maxJsonDepth) {
    ctx.incomplete(`${name} may nest deeper than ${ctx.limits.maxJsonDepth} levels (limit maxJsonDepth); it was not parsed`);
    return;
  }
  const byteOffset = byteOffsets(text);

  const composer = new Y.Composer({ version: '1.1', uniqueKeys: false, merge: true, prettyErrors: false, logLevel: 'silent' });
  let docs: Document.Parsed[];
  try {
    docs = [...composer.compose(new Y.Parser().parse(text), true, text.length)];
  } catch (error) {
    ctx.incomplete(`${name} could not be parsed as YAML (${error instanceof Error ? error.message : String(error)})`);
    return;
  }

  const policy = picklePolicyOf(ctx.policy);
  const targets: TargetSite[] = [];
  const interpolations: { text: string; path: string; offset: number | undefined }[] = [];
  let visited = 0;
  let hasAlias = false;
  let stopped = false;
  let lookups = 0;
  let ambiguous = 0;
  const anchorsOf = new Map<Document, Map<string, YamlNode | null>>();
  /** The node an alias stands for: through one pass collecting the anchors; the yaml package only for redefined anchors (bounded). */
  const follow = (node: unknown, doc: Document): unknown => {
    if (!Y.isAlias(node)) return node;
    let anchors = anchorsOf.get(doc);
    if (!anchors) anchorsOf.set(doc, (anchors = collectAnchors(Y, doc)));
    const target = anchors.get(node.source);
    if (target !== null) return target;
    if (++ambiguous === MAX_AMBIGUOUS_ALIASES + 1) ctx.incomplete(`${name} redefines anchors used by more than ${MAX_AMBIGUOUS_ALIASES} aliases in keys or targets; the rest were not followed`);
    return ambiguous > MAX_AMBIGUOUS_ALIASES ? undefined : node.resolve(doc);
  };

  for (const doc of docs) {
    for (const error of doc.errors.slice(0, 1)) {
      ctx.incomplete(`${name} is not valid YAML (${error.code}: ${error.message.split('\n')[0]}); what was parsed was checked`, byteOffset(error.pos[0]));
    }
    const stack: { node: unknown; path: string; depth: number }[] = [{ node: doc.contents, path: '', depth: 0 }];
    while (stack.length > 0 && !stopped) {
      const { node, path, depth } = stack.pop()!;
      if (++visited > MAX_NODES) {
        ctx.incomplete(`${name} has more than ${MAX_NODES} values; the rest was not checked`);
        stopped = true;
        break;
      }
      if ((visited & 0xfff) === 0) ctx.checkBudget();
      if (depth > ctx.limits.maxJsonDepth) {
        ctx.incomplete(`${name} nests deeper than ${ctx.limits.maxJsonDepth} levels (limit maxJsonDepth); deeper values were not checked`);
        stopped = true;
        break;
      }
      if (Y.isAlias(node)) {
        hasAlias = true;
        continue;
      }
      if (!Y.isNode(node)) continue;
      if (node.tag) reportTag(ctx, Y, node, node.tag, path, name, policy, byteOffset(node.range?.[0]));
      if (Y.isMap(node)) {
        let hasParams: boolean | undefined;
        for (const item of node.items as Pair<unknown, unknown>[]) {
          const keyNode = follow(item.key, doc);
          const key = Y.isScalar(keyNode) ? scalarText(keyNode) : undefined;
          const label = key === undefined ? '?' : key.length > MAX_KEY_CHARS ? `${key.slice(0, MAX_KEY_CHARS)}…` : key;
          const childPath = path ? `${path}.${label}` : label;
          const oldStyle = (key === 'target' && path === '') || ((key === 'target' || key === 'cls') && (hasParams ??= hasKey(Y, node, 'params')));
          if (key === '_target_' || oldStyle) {
            const valueNode = follow(item.value, doc);
            if (Y.isScalar(valueNode) && typeof valueNode.value === 'string') {
              targets.push({ target: valueNode.value, path: path || '(top level)', map: node, doc, offset: byteOffset(valueNode.range?.[0]), keyName: key! });
            }
          }
          // Keys are nodes too (complex keys, tagged keys).
          if (item.key !== null && typeof item.key === 'object' && !Y.isScalar(item.key)) stack.push({ node: item.key, path: childPath, depth: depth + 1 });
          else if (Y.isScalar(item.key) && item.key.tag) reportTag(ctx, Y, item.key, item.key.tag, childPath, name, policy, byteOffset(item.key.range?.[0]));
          if (Y.isAlias(item.value)) hasAlias = true;
          else stack.push({ node: item.value, path: childPath, depth: depth + 1 });
        }
      } else if (Y.isSeq(node)) {
        node.items.forEach((item, i) => stack.push({ node: item, path: `${path}[${i}]`, depth: depth + 1 }));
      } else if (Y.isScalar(node) && typeof node.value === 'string' && node.value.includes('${')) {
        if (interpolations.length < 10_000) interpolations.push({ text: node.value, path: path || '(top level)', offset: byteOffset(node.range?.[0]) });
      }
    }
  }

  if (hasAlias && !stopped) {
    for (const doc of docs) {
      try {
        doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        ctx.incomplete(
          /excessive alias/i.test(message)
            ? `${name} expands its aliases more than ${MAX_ALIAS_COUNT} times (a "billion laughs" document); it was not fully checked`
            : `${name} could not be resolved (${message})`,
        );
        break;
      }
    }
  }

  const isHydra = isNemoConfig || targets.some((t) => t.keyName === '_target_');
  const perMap = new Map<YAMLMap, { args: string[]; partial: boolean }>();
  for (const site of targets) {
    if (site.keyName !== '_target_' && !isHydra) continue;
    let about = perMap.get(site.map);
    if (!about) perMap.set(site.map, (about = { args: hydraArgs(Y, site.map), partial: isPartial(Y, site.map) }));
    const lookupsLeft = MAX_LOOKUPS - lookups;
    lookups += reportSite(ctx, Y, site, name, about, lookupsLeft);
  }
  if (isHydra) reportResolvers(ctx, interpolations, name);
}

/** Anchor name -> its node, or null when the name is defined more than once (then document order decides). */
function collectAnchors(Y: Yaml, doc: Document): Map<string, YamlNode | null> {
  const anchors = new Map<string, YamlNode | null>();
  const stack: unknown[] = [doc.contents];
  for (let seen = 0; stack.length > 0 && seen < MAX_NODES; seen++) {
    const node = stack.pop();
    if (!Y.isNode(node) || Y.isAlias(node)) continue;
    if (node.anchor) anchors.set(node.anchor, anchors.has(node.anchor) ? null : node);
    if (Y.isMap(node)) for (const item of node.items as Pair<unknown, unknown>[]) stack.push(item.key, item.value);
    else if (Y.isSeq(node)) for (const item of node.items) stack.push(item);
  }
  return anchors;
}

/** Character offset -> UTF-8 byte offset, in O(4096) per call (the yaml package counts UTF-16 units). */
function byteOffsets(text: string): (at: number | undefined) => number | undefined {
  if (!/[^\x00-\x7f]/.test(text)) return (at) => at;
  const block = 4096;
  const starts: number[] = [0];
  for (let i = block; i <= text.length; i += block) starts.push(starts[starts.length - 1]! + Buffer.byteLength(text.slice(i - block, i), 'utf8'));
  return (at) => (at === undefined ? undefined : starts[Math.floor(at / block)]! + Buffer.byteLength(text.slice(at - (at % block), at), 'utf8'));
}

/** Whether a map has the key (Hydra 0.x `params` beside `cls` / `target`; NeMo imports a top-level `target` alone). */
function hasKey(Y: Yaml, map: YAMLMap, key: string): boolean {
  return map.items.some((item) => Y.isScalar(item.key) && item.key.value === key);
}

/** Reports one target; returns how many interpolation lookups it made (at most `lookupsLeft`). */
function reportSite(ctx: ScanContext, Y: Yaml, site: TargetSite, name: string, about: { args: string[]; partial: boolean }, lookupsLeft: number): number {
  const details = {
    args: about.args,
    note: about.partial ? ' (as a partial: bound now, called later with any arguments)' : '',
    keyName: site.keyName,
    ...(site.offset !== undefined ? { offset: site.offset } : {}),
  };
  if (site.keyName !== '_target_' && !DOTTED_NAME.test(site.target)) return 0;
  if (!site.target.includes('${')) {
    reportTarget(ctx, site.target, site.path, name, details);
    return 0;
  }
  // An interpolation: follow plain references (`${a.b}`) through the document; anything else is computed at load time.
  let value = site.target;
  const via: string[] = [];
  let used = 0;
  for (let hop = 0; hop < MAX_INTERPOLATION_HOPS && value.includes('${') && used < lookupsLeft; hop++) {
    const reference = REFERENCE.exec(value);
    if (!reference) break;
    used++;
    via.push(value);
    const node = site.doc.getIn(reference[1]!.split('.'), true);
    const resolved = Y.isAlias(node) ? node.resolve(site.doc) : node;
    if (!Y.isScalar(resolved) || typeof resolved.value !== 'string') break;
    value = resolved.value;
  }
  if (!value.includes('${')) {
    reportTarget(ctx, value, site.path, name, { ...details, via: `through ${via.join(' → ')}` });
    return used;
  }
  ctx.report({
    ruleId: 'config/callable-target',
    severity: 'high',
    message:
      `${name}: \`${site.keyName}\` at ${site.path} is the interpolation ${shorten(site.target)}, which is only resolved when the config is loaded, ` +
      'so what instantiating the config calls cannot be checked in advance.',
    callable: shorten(site.target),
    ...(site.offset !== undefined ? { offset: site.offset } : {}),
    properties: { interpolation: site.target },
  });
  return used;
}

function reportResolvers(ctx: ScanContext, interpolations: { text: string; path: string; offset: number | undefined }[], name: string): void {
  for (const { text, path, offset } of interpolations) {
    for (const match of text.matchAll(RESOLVER_CALL)) {
      const resolver = match[1]!;
      if (SAFE_RESOLVERS.has(resolver)) continue;
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
function reportTag(
  ctx: ScanContext,
  Y: Yaml,
  node: YamlNode,
  rawTag: string,
  path: string,
  name: string,
  policy: ReturnType<typeof picklePolicyOf>,
  offset: number | undefined,
): void {
  const tag = percentDecode(rawTag);
  if (!tag.startsWith(PYYAML_PYTHON_TAG_PREFIX)) return;
  const rest = tag.slice(PYYAML_PYTHON_TAG_PREFIX.length);
  const colon = rest.indexOf(':');
  const kind = colon < 0 ? rest : rest.slice(0, colon);
  if (colon < 0 && PYYAML_DATA_TAGS.has(kind)) return;
  const target = colon < 0 ? '' : rest.slice(colon + 1);
  // PyYAML's find_python_name: the last dot splits module and name; no dot means builtins.
  const dot = target.lastIndexOf('.');
  const [module, attr] = kind === 'module' ? [target, ''] : dot < 0 ? ['builtins', target] : [target.slice(0, dot), target.slice(dot + 1)];
  const canon = canonicalName(module, attr);
  const verdict = classifyGlobal(policy, canon.module, canon.name);
  const severity = verdict.kind === 'deny' ? verdict.severity : PYTHON_TAG_SEVERITY;
  const does =
    kind === 'module'
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
    message:
      `${name}: the value at ${path || '(top level)'} carries the PyYAML tag !!python/${rest.length > 200 ? `${rest.slice(0, 200)}…` : rest}: ` +
      `yaml.unsafe_load (or yaml.load with an unsafe Loader) ${does}${args.length ? ` with ${args.join(', ')}` : ''}` +
      `${verdict.kind === 'deny' ? ` (${verdict.matched}: ${verdict.reason})` : ''}.`,
    callable: target || `python/${kind}`,
    ...(args.length ? { args } : {}),
    ...(offset !== undefined ? { offset } : {}),
    properties: { tag },
  });
}

/** Constant arguments of a tagged node: `[a, b]`, `{args: [a, b]}` (object/apply, object/new) or a scalar. */
function tagArgs(Y: Yaml, node: YamlNode): string[] {
  if (Y.isSeq(node)) return constants(Y, node.items);
  if (Y.isMap(node)) {
    const args = node.items.find((p) => Y.isScalar(p.key) && p.key.value === 'args');
    return args && Y.isSeq(args.value) ? constants(Y, args.value.items) : [];
  }
  if (Y.isScalar(node) && node.value !== null && node.value !== '') return constants(Y, [node]);
  return [];
}

function hydraArgs(Y: Yaml, map: YAMLMap): string[] {
  const args = map.items.find((p) => Y.isScalar(p.key) && p.key.value === '_args_');
  return args && Y.isSeq(args.value) ? constants(Y, args.value.items) : [];
}

function isPartial(Y: Yaml, map: YAMLMap): boolean {
  return map.items.some((p) => Y.isScalar(p.key) && p.key.value === '_partial_' && Y.isScalar(p.value) && p.value.value === true);
}

function constants(Y: Yaml, items: readonly unknown[]): string[] {
  const out: string[] = [];
  for (const item of items.slice(0, MAX_ARGS)) {
    if (!Y.isScalar(item)) out.push('…');
    else out.push(shorten(typeof item.value === 'string' ? JSON.stringify(item.value) : String(item.value)));
  }
  return out;
}

function scalarText(node: Scalar): string | undefined {
  const value = node.value;
  return typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
}

function shorten(text: string): string {
  return text.length > MAX_ARG_CHARS ? `${text.slice(0, MAX_ARG_CHARS)}…` : text;
}

/** Verbatim tags may percent-encode characters (`!<tag:yaml.org,2002:%70ython/…>`); PyYAML decodes them. */
function percentDecode(tag: string): string {
  if (!tag.includes('%')) return tag;
  try {
    return decodeURIComponent(tag);
  } catch {
    return tag;
  }
}

/** UTF-8 (a leading BOM dropped), or UTF-16 with a BOM (PyYAML reads both). */
function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
}

/** For files over the size limit: does the text hold anything worth reporting as not scanned? (Chunked, overlapping.) */
function hasMarkersInChunks(ctx: ScanContext): boolean {
  const chunk = 1024 * 1024;
  const decoder = new TextDecoder();
  for (let offset = 0; offset < ctx.source.size; offset += chunk) {
    ctx.checkBudget();
    const start = Math.max(0, offset - 16);
    if (MARKERS.test(decoder.decode(ctx.source.read(start, Math.min(chunk + 16, ctx.source.size - start))))) return true;
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
function nestingBound(Y: Yaml, text: string, stopAbove: number, ctx: ScanContext): number {
  let max = 0;
  let flow = 0;
  let indent = 0;
  let indicators = 0;
  let lineStart = true;
  let blockAtFlowStart = 0;
  let tokens = 0;
  for (const token of new Y.Lexer().lex(text)) {
    if ((++tokens & 0xffff) === 0) ctx.checkBudget();
    const type = Y.CST.tokenType(token);
    if (type === 'newline') {
      lineStart = true;
      indent = 0;
      indicators = 0;
      continue;
    }
    if (type === 'space' && lineStart) indent = token.length;
    lineStart = false;
    if (type === 'flow-seq-start' || type === 'flow-map-start') {
      if (flow === 0) blockAtFlowStart = 2 * (indent + indicators) + 2;
      flow++;
    } else if (type === 'flow-seq-end' || type === 'flow-map-end') {
      if (flow > 0) flow--;
    } else if (flow === 0 && (type === 'seq-item-ind' || type === 'explicit-key-ind' || type === 'map-value-ind')) {
      indicators++;
    }
    const bound = flow > 0 ? blockAtFlowStart + flow : 2 * (indent + indicators) + 2;
    if (bound > max) {
      max = bound;
      if (max > stopAbove) return max;
    }
  }
  return max;
}

export const yamlConfigScanner: FormatScanner = {
  ...yamlConfigClaim,
  scan,
};
