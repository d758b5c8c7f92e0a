import { parse, tokenize } from '@huggingface/jinja';
import type { ScanContext } from '../../core/scanner.js';
import { type TemplateIssue, analyseTemplateAst } from './analyse.js';
import type { JinjaNode } from './ast.js';
import { scanTemplateTokens } from './fallback.js';

/** Larger templates are only checked token by token (real ones are a few KB, tool-heavy ones ~100 KB). */
export const MAX_PARSED_TEMPLATE_CHARS = 2_000_000;

export interface TemplateAnalysis {
  issues: TemplateIssue[];
  /** Why the syntax tree could not be analysed (the token check ran instead). */
  notParsed?: string;
}

/** Analyses one chat template: syntax tree when it parses, token-level check otherwise. */
export function analyseChatTemplate(template: string): TemplateAnalysis {
  if (template.length > MAX_PARSED_TEMPLATE_CHARS) {
    return { issues: scanTemplateTokens(template), notParsed: `it is longer than ${MAX_PARSED_TEMPLATE_CHARS} characters` };
  }
  let program: JinjaNode;
  try {
    program = parse(tokenize(template)) as unknown as JinjaNode;
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { issues: scanTemplateTokens(template), notParsed: `the Jinja parser rejected it (${why.slice(0, 200)})` };
  }
  try {
    return { issues: analyseTemplateAst(program) };
  } catch (error) {
    // Only a stack overflow on absurd nesting gets here; the token check still runs.
    const why = error instanceof Error ? error.message : String(error);
    return { issues: scanTemplateTokens(template), notParsed: `its syntax tree could not be walked (${why.slice(0, 200)})` };
  }
}

/**
 * Analyses a template and reports what it finds. `where` names the template
 * for the message ("tokenizer.chat_template", "chat_template \"tool_use\"").
 */
export function reportChatTemplate(ctx: ScanContext, template: string, where: string, offset?: number): void {
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
