import type { FormatScanner, ScanContext } from '../../core/scanner.js';
import { MAX_TEMPLATE_BYTES } from '../gguf/metadata.js';
import { reportChatTemplate } from './template.js';
import { chatTemplateClaim } from './claim.js';

/**
 * Standalone chat templates (`chat_template.jinja` beside a Hugging Face
 * tokenizer). Recognised by name only: Jinja has no signature.
 */
export const chatTemplateScanner: FormatScanner = {
  ...chatTemplateClaim,
  scan: (ctx: ScanContext) => {
    if (ctx.source.size > MAX_TEMPLATE_BYTES) {
      ctx.incomplete(`the template is larger than ${MAX_TEMPLATE_BYTES} bytes`);
      return;
    }
    const text = new TextDecoder().decode(ctx.source.read(0, ctx.source.size)).replace(/^\uFEFF/, '');
    const name = (ctx.member ?? ctx.file).split('/').pop() ?? 'template';
    reportChatTemplate(ctx, text, `"${name}"`);
  },
};
