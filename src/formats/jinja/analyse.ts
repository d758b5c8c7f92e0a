import type { Severity } from '../../core/severity.js';
import { BODY_FIELDS, type JinjaNode, child, children, identifierName, isNode } from './ast.js';
import { type Env, fold } from './fold.js';
import { DUNDER_FRAGMENT, DUNDER_IN_TEXT, judgeName } from './names.js';

/** One dangerous construct in a template. */
export interface TemplateIssue {
  severity: Severity;
  /** The name reached ("__globals__", "os", "lipsum"). */
  name: string;
  /** How it is reached ("attribute", "|attr() filter", …). */
  how: string;
  why: string;
}

/**
 * Walks the syntax tree of a chat template and lists every way it reaches
 * Python internals. Expressions are constant-folded first, so names built
 * from pieces are judged by what they spell.
 */
export function analyseTemplateAst(program: JinjaNode): TemplateIssue[] {
  const walker = new TemplateWalker();
  walker.visit(program, true);
  return walker.result();
}

class TemplateWalker {
  private readonly issues = new Map<string, TemplateIssue>();
  private readonly env: Env = new Map();

  result(): TemplateIssue[] {
    const all = [...this.issues.values()];
    // A fragment ('__cla') is only worth its own finding when nothing better explains it.
    const hasCritical = all.some((i) => i.severity === 'critical');
    return all.filter((i) => !(hasCritical && i.how === 'string fragment'));
  }

  /** `inBody`: the node sits directly in a statement list (a string there is template text). */
  visit(node: JinjaNode, inBody: boolean): void {
    switch (node.type) {
      case 'Identifier':
        this.judge(String(node.value), 'name', true);
        return;
      case 'StringLiteral':
        if (!inBody) this.judgeText(String(node.value));
        return;
      case 'MemberExpression':
        this.visitMember(node);
        return;
    }
    if (!inBody) this.judgeFolded(node);
    if (node.type === 'FilterExpression') this.visitAttrFilter(node);
    if (node.type === 'Set') this.recordSet(node);
    this.visitChildren(node);
  }

  private visitChildren(node: JinjaNode): void {
    for (const [field, value] of Object.entries(node)) {
      if (field === 'operator') continue; // a lexer token, not a node
      const inBody = BODY_FIELDS.has(field);
      if (Array.isArray(value)) for (const item of value) this.visitValue(item, inBody);
      else this.visitValue(value, false);
    }
  }

  private visitValue(value: unknown, inBody: boolean): void {
    if (isNode(value)) this.visit(value, inBody);
    else if (value instanceof Map) {
      // ObjectLiteral: keys and values are both expressions.
      for (const [k, v] of value) {
        if (isNode(k)) this.visit(k, false);
        if (isNode(v)) this.visit(v, false);
      }
    } else if (Array.isArray(value)) for (const item of value) this.visitValue(item, false);
  }

  private visitMember(node: JinjaNode): void {
    const object = child(node, 'object');
    const property = child(node, 'property');
    if (object) this.visit(object, false);
    const base = identifierName(object);
    if (base === 'namespace') {
      // Calling namespace(...) is ordinary Jinja; reading attributes of the class itself is not.
      this.add({ severity: 'high', name: base, how: 'attribute access on the namespace class', why: 'a Jinja global that leads to Python internals' });
    }
    if (!node.computed) {
      const name = identifierName(property);
      if (name) this.judge(name, 'attribute access', false);
      return;
    }
    const key = fold(property, this.env);
    if (typeof key === 'string') this.judge(key, 'subscript with a string key', false);
    if (property) this.visit(property, false);
    this.judgeFolded(node);
  }

  private visitAttrFilter(node: JinjaNode): void {
    const filter = child(node, 'filter');
    if (filter?.type !== 'CallExpression' || identifierName(child(filter, 'callee')) !== 'attr') return;
    const [arg] = children(filter, 'args');
    const key = fold(arg, this.env);
    if (typeof key === 'string') this.judge(key, '|attr() filter', false);
    else this.add({ severity: 'high', name: 'attr', how: '|attr() with a computed name', why: 'an attribute chosen at render time, the usual way to hide a dunder from filters' });
  }

  private recordSet(node: JinjaNode): void {
    const target = identifierName(child(node, 'assignee'));
    if (!target) return;
    const value = fold(child(node, 'value'), this.env);
    if (value === undefined) this.env.delete(target);
    else this.env.set(target, value);
  }

  private judgeFolded(node: JinjaNode): void {
    const value = fold(node, this.env);
    if (typeof value === 'string') this.judgeText(value);
  }

  /** A string computed inside an expression: dunders in it are attribute names in the making. */
  private judgeText(value: string): void {
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

  private judge(name: string, how: string, asIdentifier: boolean): void {
    const verdict = judgeName(name, asIdentifier);
    if (verdict) this.add({ ...verdict, name, how });
  }

  private add(issue: TemplateIssue): void {
    const key = issue.name;
    const existing = this.issues.get(key);
    if (!existing || rank(issue.severity) > rank(existing.severity)) this.issues.set(key, issue);
  }
}

function rank(severity: Severity): number {
  return { critical: 4, high: 3, medium: 2, low: 1 }[severity];
}
