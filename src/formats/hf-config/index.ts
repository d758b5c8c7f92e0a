import type { FormatScanner, ScanContext } from '../../core/scanner.js';
import { reportChatTemplate } from '../jinja/template.js';
import { reportCallableTargets } from './hydra-targets.js';
import { reportRemoteCode } from './remote-code.js';
import { jsonLimitProblem } from '../../core/json-limits.js';
import { hfConfigClaim } from './claim.js';

export { SIDE_FILE_NAMES } from './claim.js';

/** Real configs are KB; tokenizer_config.json with a big added-token table reaches a few MB. */
const MAX_JSON_BYTES = 32 * 1024 * 1024;

/**
 * Repository side files as JSON: `auto_map` (remote code), `chat_template`
 * (Jinja), Hydra `_target_` (callables). Recognised by name, or by one of
 * those keys early in a JSON object; never by extension alone.
 */
export const hfConfigScanner: FormatScanner = {
  ...hfConfigClaim,
  scan: scanSideFile,
};

function scanSideFile(ctx: ScanContext): void {
  const maxBytes = Math.min(MAX_JSON_BYTES, ctx.limits.maxJsonBytes);
  if (ctx.source.size > maxBytes) {
    ctx.incomplete(`the config is ${ctx.source.size} bytes, more than the limit of ${maxBytes} bytes (limit maxJsonBytes)`);
    return;
  }
  const name = (ctx.member ?? ctx.file).split('/').pop() ?? 'config';
  const text = new TextDecoder().decode(ctx.source.read(0, ctx.source.size)).replace(/^\uFEFF/, '');
  const tooDeep = jsonLimitProblem(text, ctx.limits, name, ctx.source.size);
  if (tooDeep) {
    ctx.incomplete(tooDeep);
    return;
  }
  let config: unknown;
  try {
    config = JSON.parse(text);
  } catch (error) {
    ctx.incomplete(`${name} is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    return;
  }
  if (typeof config !== 'object' || config === null || Array.isArray(config)) return;
  const top = config as Record<string, unknown>;
  if (isObject(top.auto_map)) reportRemoteCode(ctx, top.auto_map, name);
  reportChatTemplates(ctx, top.chat_template);
  reportCallableTargets(ctx, config, name);
}

/** `chat_template` is a string, or a list of {name, template} (named templates such as "tool_use"). */
function reportChatTemplates(ctx: ScanContext, value: unknown): void {
  if (typeof value === 'string') reportChatTemplate(ctx, value, '"chat_template"');
  else if (Array.isArray(value)) {
    for (const entry of value) {
      if (isObject(entry) && typeof entry.template === 'string') {
        reportChatTemplate(ctx, entry.template, `"chat_template" "${typeof entry.name === 'string' ? entry.name : '?'}"`);
      }
    }
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
