import { type JinjaNode, child, children, identifierName, isNode } from './ast.js';

/**
 * Constant folding of template expressions, so that a name built from pieces
 * ('__cla' ~ 'ss__', '%c%c'|format(95,95), ['_','_']|join, '__ssalc__'[::-1],
 * a variable set earlier) is seen as the name it spells.
 */
export type Constant = string | number | Constant[];

/** Longest string we build: enough for any attribute name, bounded against 'x' * 10**9. */
const MAX_FOLDED = 4096;

export type Env = Map<string, Constant>;

export function fold(node: JinjaNode | undefined, env: Env): Constant | undefined {
  if (!node) return undefined;
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

function foldAll(nodes: JinjaNode[], env: Env): Constant[] | undefined {
  const out: Constant[] = [];
  for (const n of nodes) {
    const v = fold(n, env);
    if (v === undefined) return undefined;
    out.push(v);
  }
  return out;
}

function foldBinary(node: JinjaNode, env: Env): Constant | undefined {
  const op = (node.operator as { value?: string } | undefined)?.value;
  const left = fold(child(node, 'left'), env);
  const right = fold(child(node, 'right'), env);
  if (left === undefined || right === undefined) return undefined;
  if (op === '~') return bounded(text(left) + text(right));
  if (op === '+' && typeof left === 'string' && typeof right === 'string') return bounded(left + right);
  if (op === '*' && typeof left === 'string' && typeof right === 'number') return repeat(left, right);
  if (op === '%' && typeof left === 'string') return printf(left, Array.isArray(right) ? right : [right]);
  return undefined;
}

function foldFilter(node: JinjaNode, env: Env): Constant | undefined {
  const operand = fold(child(node, 'operand'), env);
  const filter = child(node, 'filter');
  const name = identifierName(filter) ?? identifierName(filter && child(filter, 'callee'));
  const args = filter?.type === 'CallExpression' ? foldAll(children(filter, 'args'), env) : [];
  if (operand === undefined || !name || !args) return undefined;
  return applyStringFunction(name, operand, args);
}

/** 'x'.format(...), '_'.join([...]), 'ABC'.lower() … */
function foldMethodCall(node: JinjaNode, env: Env): Constant | undefined {
  const callee = child(node, 'callee');
  if (callee?.type !== 'MemberExpression' || callee.computed) return undefined;
  const method = identifierName(child(callee, 'property'));
  const target = fold(child(callee, 'object'), env);
  const args = foldAll(children(node, 'args'), env);
  if (!method || typeof target !== 'string' || !args) return undefined;
  if (method === 'join') return Array.isArray(args[0]) ? bounded(args[0].map(text).join(target)) : undefined;
  if (method === 'format') return bounded(target.replace(/\{(\d*)\}/g, (_, i: string) => text(args[i === '' ? 0 : Number(i)] ?? '')));
  if (method === 'strip') return target.trim();
  return applyStringFunction(method, target, args);
}

/** Shared by filters and methods of the same meaning. */
function applyStringFunction(name: string, value: Constant, args: Constant[]): Constant | undefined {
  switch (name) {
    case 'join':
      return Array.isArray(value) ? bounded(value.map(text).join(typeof args[0] === 'string' ? args[0] : '')) : undefined;
    case 'format':
      return typeof value === 'string' ? printf(value, args) : undefined;
    case 'lower':
      return text(value).toLowerCase();
    case 'upper':
      return text(value).toUpperCase();
    case 'string':
      return text(value);
    case 'trim':
      return text(value).trim();
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
function foldIndex(node: JinjaNode, env: Env): Constant | undefined {
  if (!node.computed) return undefined;
  const target = fold(child(node, 'object'), env);
  if (typeof target !== 'string' && !Array.isArray(target)) return undefined;
  const property = child(node, 'property');
  const items: Constant[] = typeof target === 'string' ? [...target] : target;
  const join = (xs: Constant[]) => (typeof target === 'string' ? xs.join('') : xs);
  if (property?.type === 'SliceExpression') {
    const [start, stop, step] = ['start', 'stop', 'step'].map((f) => fold(child(property, f), env));
    if ([start, stop, step].some((v) => v !== undefined && typeof v !== 'number')) return undefined;
    return join(slice(items, start as number | undefined, stop as number | undefined, (step as number | undefined) ?? 1));
  }
  const index = fold(property, env);
  if (typeof index !== 'number') return undefined;
  return items[index < 0 ? items.length + index : index];
}

function slice<T>(items: T[], start: number | undefined, stop: number | undefined, step: number): T[] {
  if (step === 0 || !Number.isInteger(step)) return [];
  const n = items.length;
  const norm = (v: number) => (v < 0 ? v + n : v);
  const out: T[] = [];
  if (step > 0) {
    const from = Math.max(0, Math.min(n, norm(start ?? 0)));
    const to = Math.max(0, Math.min(n, norm(stop ?? n)));
    for (let i = from; i < to; i += step) out.push(items[i]!);
  } else {
    const from = Math.min(n - 1, start === undefined ? n - 1 : norm(start));
    const to = stop === undefined ? -1 : Math.max(-1, norm(stop));
    for (let i = from; i > to; i += step) out.push(items[i]!);
  }
  return out;
}

/** Python %-formatting for the conversions a name can be spelt with. */
export function printf(format: string, args: Constant[]): string | undefined {
  let next = 0;
  let failed = false;
  const out = format.replace(/%([%scdir])/g, (_, conv: string) => {
    if (conv === '%') return '%';
    const arg = args[next++];
    if (arg === undefined) {
      failed = true;
      return '';
    }
    if (conv === 'c') return typeof arg === 'number' ? String.fromCodePoint(Math.max(0, Math.min(0x10ffff, arg))) : text(arg).slice(0, 1);
    return text(arg);
  });
  return failed ? undefined : bounded(out);
}

function repeat(value: string, count: number): string | undefined {
  if (!Number.isInteger(count) || count < 0 || value.length * count > MAX_FOLDED) return undefined;
  return value.repeat(count);
}

function text(value: Constant): string {
  return Array.isArray(value) ? `[${value.map(text).join(', ')}]` : String(value);
}

function bounded(value: string): string | undefined {
  return value.length > MAX_FOLDED ? undefined : value;
}
