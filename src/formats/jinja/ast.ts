/**
 * The slice of @huggingface/jinja's syntax tree we read. The package does not
 * export its AST classes, so nodes are typed structurally by their `type`.
 */
export interface JinjaNode {
  type: string;
  [field: string]: unknown;
}

export function isNode(value: unknown): value is JinjaNode {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

export function child(node: JinjaNode, field: string): JinjaNode | undefined {
  const value = node[field];
  return isNode(value) ? value : undefined;
}

export function children(node: JinjaNode, field: string): JinjaNode[] {
  const value = node[field];
  return Array.isArray(value) ? value.filter(isNode) : [];
}

/** The name of an Identifier node, or undefined. */
export function identifierName(node: JinjaNode | undefined): string | undefined {
  return node?.type === 'Identifier' && typeof node.value === 'string' ? node.value : undefined;
}

/** Fields holding statement lists: a string literal directly in one is template text, not an expression. */
export const BODY_FIELDS = new Set(['body', 'alternate', 'defaultBlock']);
