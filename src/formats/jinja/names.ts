import type { Severity } from '../../core/severity.js';

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

export interface NameVerdict {
  severity: Severity;
  why: string;
}

const DUNDER = /^__\w+__$/;

/** The verdict for a name used as an attribute, subscript key or identifier; undefined when harmless. */
export function judgeName(name: string, asIdentifier: boolean): NameVerdict | undefined {
  if (DUNDER.test(name)) return { severity: 'critical', why: 'a Python internal (dunder) attribute, the core of every Jinja sandbox escape' };
  if (CODE_REACH.has(name)) return { severity: 'critical', why: 'a name that runs code or commands, or inspects the interpreter' };
  if (asIdentifier && GADGET_GLOBALS.has(name)) return { severity: 'high', why: 'a Jinja global that leads to Python internals; chat templates never need it' };
  if (name.startsWith('_')) return { severity: 'high', why: 'a private attribute, out of reach of any ordinary template' };
  return undefined;
}

/** A dunder name spelt inside a string ("__class__", "x.__globals__"). */
export const DUNDER_IN_TEXT = /__[A-Za-z_][A-Za-z0-9_]*?__/;
/** Half of a dunder: strings built up piecewise ('__cla' ~ 'ss__'). */
export const DUNDER_FRAGMENT = /__[A-Za-z]|[A-Za-z]__(?![A-Za-z0-9_])/;

/** Word lists for the token-level fallback (same meaning as above). */
export const FALLBACK_CODE_WORDS = [...CODE_REACH];
export const FALLBACK_GADGET_WORDS = [...GADGET_GLOBALS];
