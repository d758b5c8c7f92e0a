#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 8374:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(8240);
const utils = __nccwpck_require__(2907);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 9195:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 281:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(9195);
const utils = __nccwpck_require__(2907);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && eos()) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 8240:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(325);
const parse = __nccwpck_require__(281);
const utils = __nccwpck_require__(2907);
const constants = __nccwpck_require__(9195);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 325:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(2907);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(9195);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              code = advance();
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES) {
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        while (eos() !== true && (code = advance())) {
          if (code === CHAR_LEFT_PARENTHESES) {
            backslashes = token.backslashes = true;
            code = advance();
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (idx !== 0 || value !== '') {
        parts.push(value);
      }
      prevIndex = i;
    }

    if (prevIndex && prevIndex + 1 < input.length) {
      const value = input.slice(prevIndex + 1);
      parts.push(value);

      if (opts.tokens) {
        tokens[tokens.length - 1].value = value;
        depth(tokens[tokens.length - 1]);
        state.maxDepth += tokens[tokens.length - 1].depth;
      }
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 2907:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(9195);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 3339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3774:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream/web");

/***/ }),

/***/ 3637:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { Argument } = __nccwpck_require__(3546);
const { Command } = __nccwpck_require__(7492);
const { CommanderError, InvalidArgumentError } = __nccwpck_require__(343);
const { Help } = __nccwpck_require__(5858);
const { Option } = __nccwpck_require__(6992);

exports.DM = new Command();

exports.gu = (name) => new Command(name);
exports.Ww = (flags, description) => new Option(flags, description);
exports.er = (name, description) => new Argument(name, description);

/**
 * Expose classes
 */

exports.uB = Command;
exports.c$ = Option;
exports.ef = Argument;
exports._V = Help;

exports.b7 = CommanderError;
exports.Di = InvalidArgumentError;
exports.a2 = InvalidArgumentError; // Deprecated


/***/ }),

/***/ 3546:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { InvalidArgumentError } = __nccwpck_require__(343);

class Argument {
  /**
   * Initialize a new command argument with the given name and description.
   * The default is that the argument is required, and you can explicitly
   * indicate this with <> around the name. Put [] around the name for an optional argument.
   *
   * @param {string} name
   * @param {string} [description]
   */

  constructor(name, description) {
    this.description = description || '';
    this.variadic = false;
    this.parseArg = undefined;
    this.defaultValue = undefined;
    this.defaultValueDescription = undefined;
    this.argChoices = undefined;

    switch (name[0]) {
      case '<': // e.g. <required>
        this.required = true;
        this._name = name.slice(1, -1);
        break;
      case '[': // e.g. [optional]
        this.required = false;
        this._name = name.slice(1, -1);
        break;
      default:
        this.required = true;
        this._name = name;
        break;
    }

    if (this._name.endsWith('...')) {
      this.variadic = true;
      this._name = this._name.slice(0, -3);
    }
  }

  /**
   * Return argument name.
   *
   * @return {string}
   */

  name() {
    return this._name;
  }

  /**
   * @package
   */

  _collectValue(value, previous) {
    if (previous === this.defaultValue || !Array.isArray(previous)) {
      return [value];
    }

    previous.push(value);
    return previous;
  }

  /**
   * Set the default value, and optionally supply the description to be displayed in the help.
   *
   * @param {*} value
   * @param {string} [description]
   * @return {Argument}
   */

  default(value, description) {
    this.defaultValue = value;
    this.defaultValueDescription = description;
    return this;
  }

  /**
   * Set the custom handler for processing CLI command arguments into argument values.
   *
   * @param {Function} [fn]
   * @return {Argument}
   */

  argParser(fn) {
    this.parseArg = fn;
    return this;
  }

  /**
   * Only allow argument value to be one of choices.
   *
   * @param {string[]} values
   * @return {Argument}
   */

  choices(values) {
    this.argChoices = values.slice();
    this.parseArg = (arg, previous) => {
      if (!this.argChoices.includes(arg)) {
        throw new InvalidArgumentError(
          `Allowed choices are ${this.argChoices.join(', ')}.`,
        );
      }
      if (this.variadic) {
        return this._collectValue(arg, previous);
      }
      return arg;
    };
    return this;
  }

  /**
   * Make argument required.
   *
   * @returns {Argument}
   */
  argRequired() {
    this.required = true;
    return this;
  }

  /**
   * Make argument optional.
   *
   * @returns {Argument}
   */
  argOptional() {
    this.required = false;
    return this;
  }
}

/**
 * Takes an argument and returns its human readable equivalent for help usage.
 *
 * @param {Argument} arg
 * @return {string}
 * @private
 */

function humanReadableArgName(arg) {
  const nameOutput = arg.name() + (arg.variadic === true ? '...' : '');

  return arg.required ? '<' + nameOutput + '>' : '[' + nameOutput + ']';
}

exports.Argument = Argument;
exports.humanReadableArgName = humanReadableArgName;


/***/ }),

/***/ 7492:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const EventEmitter = (__nccwpck_require__(8474).EventEmitter);
const childProcess = __nccwpck_require__(1421);
const path = __nccwpck_require__(6760);
const fs = __nccwpck_require__(3024);
const process = __nccwpck_require__(1708);

const { Argument, humanReadableArgName } = __nccwpck_require__(3546);
const { CommanderError } = __nccwpck_require__(343);
const { Help, stripColor } = __nccwpck_require__(5858);
const { Option, DualOptions } = __nccwpck_require__(6992);
const { suggestSimilar } = __nccwpck_require__(3646);

class Command extends EventEmitter {
  /**
   * Initialize a new `Command`.
   *
   * @param {string} [name]
   */

  constructor(name) {
    super();
    /** @type {Command[]} */
    this.commands = [];
    /** @type {Option[]} */
    this.options = [];
    this.parent = null;
    this._allowUnknownOption = false;
    this._allowExcessArguments = false;
    /** @type {Argument[]} */
    this.registeredArguments = [];
    this._args = this.registeredArguments; // deprecated old name
    /** @type {string[]} */
    this.args = []; // cli args with options removed
    this.rawArgs = [];
    this.processedArgs = []; // like .args but after custom processing and collecting variadic
    this._scriptPath = null;
    this._name = name || '';
    this._optionValues = {};
    this._optionValueSources = {}; // default, env, cli etc
    this._storeOptionsAsProperties = false;
    this._actionHandler = null;
    this._executableHandler = false;
    this._executableFile = null; // custom name for executable
    this._executableDir = null; // custom search directory for subcommands
    this._defaultCommandName = null;
    this._exitCallback = null;
    this._aliases = [];
    this._combineFlagAndOptionalValue = true;
    this._description = '';
    this._summary = '';
    this._argsDescription = undefined; // legacy
    this._enablePositionalOptions = false;
    this._passThroughOptions = false;
    this._lifeCycleHooks = {}; // a hash of arrays
    /** @type {(boolean | string)} */
    this._showHelpAfterError = false;
    this._showSuggestionAfterError = true;
    this._savedState = null; // used in save/restoreStateBeforeParse

    // see configureOutput() for docs
    this._outputConfiguration = {
      writeOut: (str) => process.stdout.write(str),
      writeErr: (str) => process.stderr.write(str),
      outputError: (str, write) => write(str),
      getOutHelpWidth: () =>
        process.stdout.isTTY ? process.stdout.columns : undefined,
      getErrHelpWidth: () =>
        process.stderr.isTTY ? process.stderr.columns : undefined,
      getOutHasColors: () =>
        useColor() ?? (process.stdout.isTTY && process.stdout.hasColors?.()),
      getErrHasColors: () =>
        useColor() ?? (process.stderr.isTTY && process.stderr.hasColors?.()),
      stripColor: (str) => stripColor(str),
    };

    this._hidden = false;
    /** @type {(Option | null | undefined)} */
    this._helpOption = undefined; // Lazy created on demand. May be null if help option is disabled.
    this._addImplicitHelpCommand = undefined; // undecided whether true or false yet, not inherited
    /** @type {Command} */
    this._helpCommand = undefined; // lazy initialised, inherited
    this._helpConfiguration = {};
    /** @type {string | undefined} */
    this._helpGroupHeading = undefined; // soft initialised when added to parent
    /** @type {string | undefined} */
    this._defaultCommandGroup = undefined;
    /** @type {string | undefined} */
    this._defaultOptionGroup = undefined;
  }

  /**
   * Copy settings that are useful to have in common across root command and subcommands.
   *
   * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
   *
   * @param {Command} sourceCommand
   * @return {Command} `this` command for chaining
   */
  copyInheritedSettings(sourceCommand) {
    this._outputConfiguration = sourceCommand._outputConfiguration;
    this._helpOption = sourceCommand._helpOption;
    this._helpCommand = sourceCommand._helpCommand;
    this._helpConfiguration = sourceCommand._helpConfiguration;
    this._exitCallback = sourceCommand._exitCallback;
    this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
    this._combineFlagAndOptionalValue =
      sourceCommand._combineFlagAndOptionalValue;
    this._allowExcessArguments = sourceCommand._allowExcessArguments;
    this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
    this._showHelpAfterError = sourceCommand._showHelpAfterError;
    this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;

    return this;
  }

  /**
   * @returns {Command[]}
   * @private
   */

  _getCommandAndAncestors() {
    const result = [];
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    for (let command = this; command; command = command.parent) {
      result.push(command);
    }
    return result;
  }

  /**
   * Define a command.
   *
   * There are two styles of command: pay attention to where to put the description.
   *
   * @example
   * // Command implemented using action handler (description is supplied separately to `.command`)
   * program
   *   .command('clone <source> [destination]')
   *   .description('clone a repository into a newly created directory')
   *   .action((source, destination) => {
   *     console.log('clone command called');
   *   });
   *
   * // Command implemented using separate executable file (description is second parameter to `.command`)
   * program
   *   .command('start <service>', 'start named service')
   *   .command('stop [service]', 'stop named service, or all if no name supplied');
   *
   * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
   * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
   * @param {object} [execOpts] - configuration options (for executable)
   * @return {Command} returns new command for action handler, or `this` for executable command
   */

  command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
    let desc = actionOptsOrExecDesc;
    let opts = execOpts;
    if (typeof desc === 'object' && desc !== null) {
      opts = desc;
      desc = null;
    }
    opts = opts || {};
    const [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/);

    const cmd = this.createCommand(name);
    if (desc) {
      cmd.description(desc);
      cmd._executableHandler = true;
    }
    if (opts.isDefault) this._defaultCommandName = cmd._name;
    cmd._hidden = !!(opts.noHelp || opts.hidden); // noHelp is deprecated old name for hidden
    cmd._executableFile = opts.executableFile || null; // Custom name for executable file, set missing to null to match constructor
    if (args) cmd.arguments(args);
    this._registerCommand(cmd);
    cmd.parent = this;
    cmd.copyInheritedSettings(this);

    if (desc) return this;
    return cmd;
  }

  /**
   * Factory routine to create a new unattached command.
   *
   * See .command() for creating an attached subcommand, which uses this routine to
   * create the command. You can override createCommand to customise subcommands.
   *
   * @param {string} [name]
   * @return {Command} new command
   */

  createCommand(name) {
    return new Command(name);
  }

  /**
   * You can customise the help with a subclass of Help by overriding createHelp,
   * or by overriding Help properties using configureHelp().
   *
   * @return {Help}
   */

  createHelp() {
    return Object.assign(new Help(), this.configureHelp());
  }

  /**
   * You can customise the help by overriding Help properties using configureHelp(),
   * or with a subclass of Help by overriding createHelp().
   *
   * @param {object} [configuration] - configuration options
   * @return {(Command | object)} `this` command for chaining, or stored configuration
   */

  configureHelp(configuration) {
    if (configuration === undefined) return this._helpConfiguration;

    this._helpConfiguration = configuration;
    return this;
  }

  /**
   * The default output goes to stdout and stderr. You can customise this for special
   * applications. You can also customise the display of errors by overriding outputError.
   *
   * The configuration properties are all functions:
   *
   *     // change how output being written, defaults to stdout and stderr
   *     writeOut(str)
   *     writeErr(str)
   *     // change how output being written for errors, defaults to writeErr
   *     outputError(str, write) // used for displaying errors and not used for displaying help
   *     // specify width for wrapping help
   *     getOutHelpWidth()
   *     getErrHelpWidth()
   *     // color support, currently only used with Help
   *     getOutHasColors()
   *     getErrHasColors()
   *     stripColor() // used to remove ANSI escape codes if output does not have colors
   *
   * @param {object} [configuration] - configuration options
   * @return {(Command | object)} `this` command for chaining, or stored configuration
   */

  configureOutput(configuration) {
    if (configuration === undefined) return this._outputConfiguration;

    this._outputConfiguration = {
      ...this._outputConfiguration,
      ...configuration,
    };
    return this;
  }

  /**
   * Display the help or a custom message after an error occurs.
   *
   * @param {(boolean|string)} [displayHelp]
   * @return {Command} `this` command for chaining
   */
  showHelpAfterError(displayHelp = true) {
    if (typeof displayHelp !== 'string') displayHelp = !!displayHelp;
    this._showHelpAfterError = displayHelp;
    return this;
  }

  /**
   * Display suggestion of similar commands for unknown commands, or options for unknown options.
   *
   * @param {boolean} [displaySuggestion]
   * @return {Command} `this` command for chaining
   */
  showSuggestionAfterError(displaySuggestion = true) {
    this._showSuggestionAfterError = !!displaySuggestion;
    return this;
  }

  /**
   * Add a prepared subcommand.
   *
   * See .command() for creating an attached subcommand which inherits settings from its parent.
   *
   * @param {Command} cmd - new subcommand
   * @param {object} [opts] - configuration options
   * @return {Command} `this` command for chaining
   */

  addCommand(cmd, opts) {
    if (!cmd._name) {
      throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
    }

    opts = opts || {};
    if (opts.isDefault) this._defaultCommandName = cmd._name;
    if (opts.noHelp || opts.hidden) cmd._hidden = true; // modifying passed command due to existing implementation

    this._registerCommand(cmd);
    cmd.parent = this;
    cmd._checkForBrokenPassThrough();

    return this;
  }

  /**
   * Factory routine to create a new unattached argument.
   *
   * See .argument() for creating an attached argument, which uses this routine to
   * create the argument. You can override createArgument to return a custom argument.
   *
   * @param {string} name
   * @param {string} [description]
   * @return {Argument} new argument
   */

  createArgument(name, description) {
    return new Argument(name, description);
  }

  /**
   * Define argument syntax for command.
   *
   * The default is that the argument is required, and you can explicitly
   * indicate this with <> around the name. Put [] around the name for an optional argument.
   *
   * @example
   * program.argument('<input-file>');
   * program.argument('[output-file]');
   *
   * @param {string} name
   * @param {string} [description]
   * @param {(Function|*)} [parseArg] - custom argument processing function or default value
   * @param {*} [defaultValue]
   * @return {Command} `this` command for chaining
   */
  argument(name, description, parseArg, defaultValue) {
    const argument = this.createArgument(name, description);
    if (typeof parseArg === 'function') {
      argument.default(defaultValue).argParser(parseArg);
    } else {
      argument.default(parseArg);
    }
    this.addArgument(argument);
    return this;
  }

  /**
   * Define argument syntax for command, adding multiple at once (without descriptions).
   *
   * See also .argument().
   *
   * @example
   * program.arguments('<cmd> [env]');
   *
   * @param {string} names
   * @return {Command} `this` command for chaining
   */

  arguments(names) {
    names
      .trim()
      .split(/ +/)
      .forEach((detail) => {
        this.argument(detail);
      });
    return this;
  }

  /**
   * Define argument syntax for command, adding a prepared argument.
   *
   * @param {Argument} argument
   * @return {Command} `this` command for chaining
   */
  addArgument(argument) {
    const previousArgument = this.registeredArguments.slice(-1)[0];
    if (previousArgument?.variadic) {
      throw new Error(
        `only the last argument can be variadic '${previousArgument.name()}'`,
      );
    }
    if (
      argument.required &&
      argument.defaultValue !== undefined &&
      argument.parseArg === undefined
    ) {
      throw new Error(
        `a default value for a required argument is never used: '${argument.name()}'`,
      );
    }
    this.registeredArguments.push(argument);
    return this;
  }

  /**
   * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
   *
   * @example
   *    program.helpCommand('help [cmd]');
   *    program.helpCommand('help [cmd]', 'show help');
   *    program.helpCommand(false); // suppress default help command
   *    program.helpCommand(true); // add help command even if no subcommands
   *
   * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
   * @param {string} [description] - custom description
   * @return {Command} `this` command for chaining
   */

  helpCommand(enableOrNameAndArgs, description) {
    if (typeof enableOrNameAndArgs === 'boolean') {
      this._addImplicitHelpCommand = enableOrNameAndArgs;
      if (enableOrNameAndArgs && this._defaultCommandGroup) {
        // make the command to store the group
        this._initCommandGroup(this._getHelpCommand());
      }
      return this;
    }

    const nameAndArgs = enableOrNameAndArgs ?? 'help [command]';
    const [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/);
    const helpDescription = description ?? 'display help for command';

    const helpCommand = this.createCommand(helpName);
    helpCommand.helpOption(false);
    if (helpArgs) helpCommand.arguments(helpArgs);
    if (helpDescription) helpCommand.description(helpDescription);

    this._addImplicitHelpCommand = true;
    this._helpCommand = helpCommand;
    // init group unless lazy create
    if (enableOrNameAndArgs || description) this._initCommandGroup(helpCommand);

    return this;
  }

  /**
   * Add prepared custom help command.
   *
   * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
   * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
   * @return {Command} `this` command for chaining
   */
  addHelpCommand(helpCommand, deprecatedDescription) {
    // If not passed an object, call through to helpCommand for backwards compatibility,
    // as addHelpCommand was originally used like helpCommand is now.
    if (typeof helpCommand !== 'object') {
      this.helpCommand(helpCommand, deprecatedDescription);
      return this;
    }

    this._addImplicitHelpCommand = true;
    this._helpCommand = helpCommand;
    this._initCommandGroup(helpCommand);
    return this;
  }

  /**
   * Lazy create help command.
   *
   * @return {(Command|null)}
   * @package
   */
  _getHelpCommand() {
    const hasImplicitHelpCommand =
      this._addImplicitHelpCommand ??
      (this.commands.length &&
        !this._actionHandler &&
        !this._findCommand('help'));

    if (hasImplicitHelpCommand) {
      if (this._helpCommand === undefined) {
        this.helpCommand(undefined, undefined); // use default name and description
      }
      return this._helpCommand;
    }
    return null;
  }

  /**
   * Add hook for life cycle event.
   *
   * @param {string} event
   * @param {Function} listener
   * @return {Command} `this` command for chaining
   */

  hook(event, listener) {
    const allowedValues = ['preSubcommand', 'preAction', 'postAction'];
    if (!allowedValues.includes(event)) {
      throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
    }
    if (this._lifeCycleHooks[event]) {
      this._lifeCycleHooks[event].push(listener);
    } else {
      this._lifeCycleHooks[event] = [listener];
    }
    return this;
  }

  /**
   * Register callback to use as replacement for calling process.exit.
   *
   * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
   * @return {Command} `this` command for chaining
   */

  exitOverride(fn) {
    if (fn) {
      this._exitCallback = fn;
    } else {
      this._exitCallback = (err) => {
        if (err.code !== 'commander.executeSubCommandAsync') {
          throw err;
        } else {
          // Async callback from spawn events, not useful to throw.
        }
      };
    }
    return this;
  }

  /**
   * Call process.exit, and _exitCallback if defined.
   *
   * @param {number} exitCode exit code for using with process.exit
   * @param {string} code an id string representing the error
   * @param {string} message human-readable description of the error
   * @return never
   * @private
   */

  _exit(exitCode, code, message) {
    if (this._exitCallback) {
      this._exitCallback(new CommanderError(exitCode, code, message));
      // Expecting this line is not reached.
    }
    process.exit(exitCode);
  }

  /**
   * Register callback `fn` for the command.
   *
   * @example
   * program
   *   .command('serve')
   *   .description('start service')
   *   .action(function() {
   *      // do work here
   *   });
   *
   * @param {Function} fn
   * @return {Command} `this` command for chaining
   */

  action(fn) {
    const listener = (args) => {
      // The .action callback takes an extra parameter which is the command or options.
      const expectedArgsCount = this.registeredArguments.length;
      const actionArgs = args.slice(0, expectedArgsCount);
      if (this._storeOptionsAsProperties) {
        actionArgs[expectedArgsCount] = this; // backwards compatible "options"
      } else {
        actionArgs[expectedArgsCount] = this.opts();
      }
      actionArgs.push(this);

      return fn.apply(this, actionArgs);
    };
    this._actionHandler = listener;
    return this;
  }

  /**
   * Factory routine to create a new unattached option.
   *
   * See .option() for creating an attached option, which uses this routine to
   * create the option. You can override createOption to return a custom option.
   *
   * @param {string} flags
   * @param {string} [description]
   * @return {Option} new option
   */

  createOption(flags, description) {
    return new Option(flags, description);
  }

  /**
   * Wrap parseArgs to catch 'commander.invalidArgument'.
   *
   * @param {(Option | Argument)} target
   * @param {string} value
   * @param {*} previous
   * @param {string} invalidArgumentMessage
   * @private
   */

  _callParseArg(target, value, previous, invalidArgumentMessage) {
    try {
      return target.parseArg(value, previous);
    } catch (err) {
      if (err.code === 'commander.invalidArgument') {
        const message = `${invalidArgumentMessage} ${err.message}`;
        this.error(message, { exitCode: err.exitCode, code: err.code });
      }
      throw err;
    }
  }

  /**
   * Check for option flag conflicts.
   * Register option if no conflicts found, or throw on conflict.
   *
   * @param {Option} option
   * @private
   */

  _registerOption(option) {
    const matchingOption =
      (option.short && this._findOption(option.short)) ||
      (option.long && this._findOption(option.long));
    if (matchingOption) {
      const matchingFlag =
        option.long && this._findOption(option.long)
          ? option.long
          : option.short;
      throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
    }

    this._initOptionGroup(option);
    this.options.push(option);
  }

  /**
   * Check for command name and alias conflicts with existing commands.
   * Register command if no conflicts found, or throw on conflict.
   *
   * @param {Command} command
   * @private
   */

  _registerCommand(command) {
    const knownBy = (cmd) => {
      return [cmd.name()].concat(cmd.aliases());
    };

    const alreadyUsed = knownBy(command).find((name) =>
      this._findCommand(name),
    );
    if (alreadyUsed) {
      const existingCmd = knownBy(this._findCommand(alreadyUsed)).join('|');
      const newCmd = knownBy(command).join('|');
      throw new Error(
        `cannot add command '${newCmd}' as already have command '${existingCmd}'`,
      );
    }

    this._initCommandGroup(command);
    this.commands.push(command);
  }

  /**
   * Add an option.
   *
   * @param {Option} option
   * @return {Command} `this` command for chaining
   */
  addOption(option) {
    this._registerOption(option);

    const oname = option.name();
    const name = option.attributeName();

    // store default value
    if (option.negate) {
      // --no-foo is special and defaults foo to true, unless a --foo option is already defined
      const positiveLongFlag = option.long.replace(/^--no-/, '--');
      if (!this._findOption(positiveLongFlag)) {
        this.setOptionValueWithSource(
          name,
          option.defaultValue === undefined ? true : option.defaultValue,
          'default',
        );
      }
    } else if (option.defaultValue !== undefined) {
      this.setOptionValueWithSource(name, option.defaultValue, 'default');
    }

    // handler for cli and env supplied values
    const handleOptionValue = (val, invalidValueMessage, valueSource) => {
      // val is null for optional option used without an optional-argument.
      // val is undefined for boolean and negated option.
      if (val == null && option.presetArg !== undefined) {
        val = option.presetArg;
      }

      // custom processing
      const oldValue = this.getOptionValue(name);
      if (val !== null && option.parseArg) {
        val = this._callParseArg(option, val, oldValue, invalidValueMessage);
      } else if (val !== null && option.variadic) {
        val = option._collectValue(val, oldValue);
      }

      // Fill-in appropriate missing values. Long winded but easy to follow.
      if (val == null) {
        if (option.negate) {
          val = false;
        } else if (option.isBoolean() || option.optional) {
          val = true;
        } else {
          val = ''; // not normal, parseArg might have failed or be a mock function for testing
        }
      }
      this.setOptionValueWithSource(name, val, valueSource);
    };

    this.on('option:' + oname, (val) => {
      const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
      handleOptionValue(val, invalidValueMessage, 'cli');
    });

    if (option.envVar) {
      this.on('optionEnv:' + oname, (val) => {
        const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
        handleOptionValue(val, invalidValueMessage, 'env');
      });
    }

    return this;
  }

  /**
   * Internal implementation shared by .option() and .requiredOption()
   *
   * @return {Command} `this` command for chaining
   * @private
   */
  _optionEx(config, flags, description, fn, defaultValue) {
    if (typeof flags === 'object' && flags instanceof Option) {
      throw new Error(
        'To add an Option object use addOption() instead of option() or requiredOption()',
      );
    }
    const option = this.createOption(flags, description);
    option.makeOptionMandatory(!!config.mandatory);
    if (typeof fn === 'function') {
      option.default(defaultValue).argParser(fn);
    } else if (fn instanceof RegExp) {
      // deprecated
      const regex = fn;
      fn = (val, def) => {
        const m = regex.exec(val);
        return m ? m[0] : def;
      };
      option.default(defaultValue).argParser(fn);
    } else {
      option.default(fn);
    }

    return this.addOption(option);
  }

  /**
   * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
   *
   * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
   * option-argument is indicated by `<>` and an optional option-argument by `[]`.
   *
   * See the README for more details, and see also addOption() and requiredOption().
   *
   * @example
   * program
   *     .option('-p, --pepper', 'add pepper')
   *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
   *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
   *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
   *
   * @param {string} flags
   * @param {string} [description]
   * @param {(Function|*)} [parseArg] - custom option processing function or default value
   * @param {*} [defaultValue]
   * @return {Command} `this` command for chaining
   */

  option(flags, description, parseArg, defaultValue) {
    return this._optionEx({}, flags, description, parseArg, defaultValue);
  }

  /**
   * Add a required option which must have a value after parsing. This usually means
   * the option must be specified on the command line. (Otherwise the same as .option().)
   *
   * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
   *
   * @param {string} flags
   * @param {string} [description]
   * @param {(Function|*)} [parseArg] - custom option processing function or default value
   * @param {*} [defaultValue]
   * @return {Command} `this` command for chaining
   */

  requiredOption(flags, description, parseArg, defaultValue) {
    return this._optionEx(
      { mandatory: true },
      flags,
      description,
      parseArg,
      defaultValue,
    );
  }

  /**
   * Alter parsing of short flags with optional values.
   *
   * @example
   * // for `.option('-f,--flag [value]'):
   * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
   * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
   *
   * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
   * @return {Command} `this` command for chaining
   */
  combineFlagAndOptionalValue(combine = true) {
    this._combineFlagAndOptionalValue = !!combine;
    return this;
  }

  /**
   * Allow unknown options on the command line.
   *
   * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
   * @return {Command} `this` command for chaining
   */
  allowUnknownOption(allowUnknown = true) {
    this._allowUnknownOption = !!allowUnknown;
    return this;
  }

  /**
   * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
   *
   * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
   * @return {Command} `this` command for chaining
   */
  allowExcessArguments(allowExcess = true) {
    this._allowExcessArguments = !!allowExcess;
    return this;
  }

  /**
   * Enable positional options. Positional means global options are specified before subcommands which lets
   * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
   * The default behaviour is non-positional and global options may appear anywhere on the command line.
   *
   * @param {boolean} [positional]
   * @return {Command} `this` command for chaining
   */
  enablePositionalOptions(positional = true) {
    this._enablePositionalOptions = !!positional;
    return this;
  }

  /**
   * Pass through options that come after command-arguments rather than treat them as command-options,
   * so actual command-options come before command-arguments. Turning this on for a subcommand requires
   * positional options to have been enabled on the program (parent commands).
   * The default behaviour is non-positional and options may appear before or after command-arguments.
   *
   * @param {boolean} [passThrough] for unknown options.
   * @return {Command} `this` command for chaining
   */
  passThroughOptions(passThrough = true) {
    this._passThroughOptions = !!passThrough;
    this._checkForBrokenPassThrough();
    return this;
  }

  /**
   * @private
   */

  _checkForBrokenPassThrough() {
    if (
      this.parent &&
      this._passThroughOptions &&
      !this.parent._enablePositionalOptions
    ) {
      throw new Error(
        `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`,
      );
    }
  }

  /**
   * Whether to store option values as properties on command object,
   * or store separately (specify false). In both cases the option values can be accessed using .opts().
   *
   * @param {boolean} [storeAsProperties=true]
   * @return {Command} `this` command for chaining
   */

  storeOptionsAsProperties(storeAsProperties = true) {
    if (this.options.length) {
      throw new Error('call .storeOptionsAsProperties() before adding options');
    }
    if (Object.keys(this._optionValues).length) {
      throw new Error(
        'call .storeOptionsAsProperties() before setting option values',
      );
    }
    this._storeOptionsAsProperties = !!storeAsProperties;
    return this;
  }

  /**
   * Retrieve option value.
   *
   * @param {string} key
   * @return {object} value
   */

  getOptionValue(key) {
    if (this._storeOptionsAsProperties) {
      return this[key];
    }
    return this._optionValues[key];
  }

  /**
   * Store option value.
   *
   * @param {string} key
   * @param {object} value
   * @return {Command} `this` command for chaining
   */

  setOptionValue(key, value) {
    return this.setOptionValueWithSource(key, value, undefined);
  }

  /**
   * Store option value and where the value came from.
   *
   * @param {string} key
   * @param {object} value
   * @param {string} source - expected values are default/config/env/cli/implied
   * @return {Command} `this` command for chaining
   */

  setOptionValueWithSource(key, value, source) {
    if (this._storeOptionsAsProperties) {
      this[key] = value;
    } else {
      this._optionValues[key] = value;
    }
    this._optionValueSources[key] = source;
    return this;
  }

  /**
   * Get source of option value.
   * Expected values are default | config | env | cli | implied
   *
   * @param {string} key
   * @return {string}
   */

  getOptionValueSource(key) {
    return this._optionValueSources[key];
  }

  /**
   * Get source of option value. See also .optsWithGlobals().
   * Expected values are default | config | env | cli | implied
   *
   * @param {string} key
   * @return {string}
   */

  getOptionValueSourceWithGlobals(key) {
    // global overwrites local, like optsWithGlobals
    let source;
    this._getCommandAndAncestors().forEach((cmd) => {
      if (cmd.getOptionValueSource(key) !== undefined) {
        source = cmd.getOptionValueSource(key);
      }
    });
    return source;
  }

  /**
   * Get user arguments from implied or explicit arguments.
   * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
   *
   * @private
   */

  _prepareUserArgs(argv, parseOptions) {
    if (argv !== undefined && !Array.isArray(argv)) {
      throw new Error('first parameter to parse must be array or undefined');
    }
    parseOptions = parseOptions || {};

    // auto-detect argument conventions if nothing supplied
    if (argv === undefined && parseOptions.from === undefined) {
      if (process.versions?.electron) {
        parseOptions.from = 'electron';
      }
      // check node specific options for scenarios where user CLI args follow executable without scriptname
      const execArgv = process.execArgv ?? [];
      if (
        execArgv.includes('-e') ||
        execArgv.includes('--eval') ||
        execArgv.includes('-p') ||
        execArgv.includes('--print')
      ) {
        parseOptions.from = 'eval'; // internal usage, not documented
      }
    }

    // default to using process.argv
    if (argv === undefined) {
      argv = process.argv;
    }
    this.rawArgs = argv.slice();

    // extract the user args and scriptPath
    let userArgs;
    switch (parseOptions.from) {
      case undefined:
      case 'node':
        this._scriptPath = argv[1];
        userArgs = argv.slice(2);
        break;
      case 'electron':
        // @ts-ignore: because defaultApp is an unknown property
        if (process.defaultApp) {
          this._scriptPath = argv[1];
          userArgs = argv.slice(2);
        } else {
          userArgs = argv.slice(1);
        }
        break;
      case 'user':
        userArgs = argv.slice(0);
        break;
      case 'eval':
        userArgs = argv.slice(1);
        break;
      default:
        throw new Error(
          `unexpected parse option { from: '${parseOptions.from}' }`,
        );
    }

    // Find default name for program from arguments.
    if (!this._name && this._scriptPath)
      this.nameFromFilename(this._scriptPath);
    this._name = this._name || 'program';

    return userArgs;
  }

  /**
   * Parse `argv`, setting options and invoking commands when defined.
   *
   * Use parseAsync instead of parse if any of your action handlers are async.
   *
   * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
   *
   * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
   * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
   * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
   * - `'user'`: just user arguments
   *
   * @example
   * program.parse(); // parse process.argv and auto-detect electron and special node flags
   * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
   * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
   *
   * @param {string[]} [argv] - optional, defaults to process.argv
   * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
   * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
   * @return {Command} `this` command for chaining
   */

  parse(argv, parseOptions) {
    this._prepareForParse();
    const userArgs = this._prepareUserArgs(argv, parseOptions);
    this._parseCommand([], userArgs);

    return this;
  }

  /**
   * Parse `argv`, setting options and invoking commands when defined.
   *
   * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
   *
   * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
   * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
   * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
   * - `'user'`: just user arguments
   *
   * @example
   * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
   * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
   * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
   *
   * @param {string[]} [argv]
   * @param {object} [parseOptions]
   * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
   * @return {Promise}
   */

  async parseAsync(argv, parseOptions) {
    this._prepareForParse();
    const userArgs = this._prepareUserArgs(argv, parseOptions);
    await this._parseCommand([], userArgs);

    return this;
  }

  _prepareForParse() {
    if (this._savedState === null) {
      this.saveStateBeforeParse();
    } else {
      this.restoreStateBeforeParse();
    }
  }

  /**
   * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
   * Not usually called directly, but available for subclasses to save their custom state.
   *
   * This is called in a lazy way. Only commands used in parsing chain will have state saved.
   */
  saveStateBeforeParse() {
    this._savedState = {
      // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
      _name: this._name,
      // option values before parse have default values (including false for negated options)
      // shallow clones
      _optionValues: { ...this._optionValues },
      _optionValueSources: { ...this._optionValueSources },
    };
  }

  /**
   * Restore state before parse for calls after the first.
   * Not usually called directly, but available for subclasses to save their custom state.
   *
   * This is called in a lazy way. Only commands used in parsing chain will have state restored.
   */
  restoreStateBeforeParse() {
    if (this._storeOptionsAsProperties)
      throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);

    // clear state from _prepareUserArgs
    this._name = this._savedState._name;
    this._scriptPath = null;
    this.rawArgs = [];
    // clear state from setOptionValueWithSource
    this._optionValues = { ...this._savedState._optionValues };
    this._optionValueSources = { ...this._savedState._optionValueSources };
    // clear state from _parseCommand
    this.args = [];
    // clear state from _processArguments
    this.processedArgs = [];
  }

  /**
   * Throw if expected executable is missing. Add lots of help for author.
   *
   * @param {string} executableFile
   * @param {string} executableDir
   * @param {string} subcommandName
   */
  _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
    if (fs.existsSync(executableFile)) return;

    const executableDirMessage = executableDir
      ? `searched for local subcommand relative to directory '${executableDir}'`
      : 'no directory for search for local subcommand, use .executableDir() to supply a custom directory';
    const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
    throw new Error(executableMissing);
  }

  /**
   * Execute a sub-command executable.
   *
   * @private
   */

  _executeSubCommand(subcommand, args) {
    args = args.slice();
    let launchWithNode = false; // Use node for source targets so do not need to get permissions correct, and on Windows.
    const sourceExt = ['.js', '.ts', '.tsx', '.mjs', '.cjs'];

    function findFile(baseDir, baseName) {
      // Look for specified file
      const localBin = path.resolve(baseDir, baseName);
      if (fs.existsSync(localBin)) return localBin;

      // Stop looking if candidate already has an expected extension.
      if (sourceExt.includes(path.extname(baseName))) return undefined;

      // Try all the extensions.
      const foundExt = sourceExt.find((ext) =>
        fs.existsSync(`${localBin}${ext}`),
      );
      if (foundExt) return `${localBin}${foundExt}`;

      return undefined;
    }

    // Not checking for help first. Unlikely to have mandatory and executable, and can't robustly test for help flags in external command.
    this._checkForMissingMandatoryOptions();
    this._checkForConflictingOptions();

    // executableFile and executableDir might be full path, or just a name
    let executableFile =
      subcommand._executableFile || `${this._name}-${subcommand._name}`;
    let executableDir = this._executableDir || '';
    if (this._scriptPath) {
      let resolvedScriptPath; // resolve possible symlink for installed npm binary
      try {
        resolvedScriptPath = fs.realpathSync(this._scriptPath);
      } catch {
        resolvedScriptPath = this._scriptPath;
      }
      executableDir = path.resolve(
        path.dirname(resolvedScriptPath),
        executableDir,
      );
    }

    // Look for a local file in preference to a command in PATH.
    if (executableDir) {
      let localFile = findFile(executableDir, executableFile);

      // Legacy search using prefix of script name instead of command name
      if (!localFile && !subcommand._executableFile && this._scriptPath) {
        const legacyName = path.basename(
          this._scriptPath,
          path.extname(this._scriptPath),
        );
        if (legacyName !== this._name) {
          localFile = findFile(
            executableDir,
            `${legacyName}-${subcommand._name}`,
          );
        }
      }
      executableFile = localFile || executableFile;
    }

    launchWithNode = sourceExt.includes(path.extname(executableFile));

    let proc;
    if (process.platform !== 'win32') {
      if (launchWithNode) {
        args.unshift(executableFile);
        // add executable arguments to spawn
        args = incrementNodeInspectorPort(process.execArgv).concat(args);

        proc = childProcess.spawn(process.argv[0], args, { stdio: 'inherit' });
      } else {
        proc = childProcess.spawn(executableFile, args, { stdio: 'inherit' });
      }
    } else {
      this._checkForMissingExecutable(
        executableFile,
        executableDir,
        subcommand._name,
      );
      args.unshift(executableFile);
      // add executable arguments to spawn
      args = incrementNodeInspectorPort(process.execArgv).concat(args);
      proc = childProcess.spawn(process.execPath, args, { stdio: 'inherit' });
    }

    if (!proc.killed) {
      // testing mainly to avoid leak warnings during unit tests with mocked spawn
      const signals = ['SIGUSR1', 'SIGUSR2', 'SIGTERM', 'SIGINT', 'SIGHUP'];
      signals.forEach((signal) => {
        process.on(signal, () => {
          if (proc.killed === false && proc.exitCode === null) {
            // @ts-ignore because signals not typed to known strings
            proc.kill(signal);
          }
        });
      });
    }

    // By default terminate process when spawned process terminates.
    const exitCallback = this._exitCallback;
    proc.on('close', (code) => {
      code = code ?? 1; // code is null if spawned process terminated due to a signal
      if (!exitCallback) {
        process.exit(code);
      } else {
        exitCallback(
          new CommanderError(
            code,
            'commander.executeSubCommandAsync',
            '(close)',
          ),
        );
      }
    });
    proc.on('error', (err) => {
      // @ts-ignore: because err.code is an unknown property
      if (err.code === 'ENOENT') {
        this._checkForMissingExecutable(
          executableFile,
          executableDir,
          subcommand._name,
        );
        // @ts-ignore: because err.code is an unknown property
      } else if (err.code === 'EACCES') {
        throw new Error(`'${executableFile}' not executable`);
      }
      if (!exitCallback) {
        process.exit(1);
      } else {
        const wrappedError = new CommanderError(
          1,
          'commander.executeSubCommandAsync',
          '(error)',
        );
        wrappedError.nestedError = err;
        exitCallback(wrappedError);
      }
    });

    // Store the reference to the child process
    this.runningCommand = proc;
  }

  /**
   * @private
   */

  _dispatchSubcommand(commandName, operands, unknown) {
    const subCommand = this._findCommand(commandName);
    if (!subCommand) this.help({ error: true });

    subCommand._prepareForParse();
    let promiseChain;
    promiseChain = this._chainOrCallSubCommandHook(
      promiseChain,
      subCommand,
      'preSubcommand',
    );
    promiseChain = this._chainOrCall(promiseChain, () => {
      if (subCommand._executableHandler) {
        this._executeSubCommand(subCommand, operands.concat(unknown));
      } else {
        return subCommand._parseCommand(operands, unknown);
      }
    });
    return promiseChain;
  }

  /**
   * Invoke help directly if possible, or dispatch if necessary.
   * e.g. help foo
   *
   * @private
   */

  _dispatchHelpCommand(subcommandName) {
    if (!subcommandName) {
      this.help();
    }
    const subCommand = this._findCommand(subcommandName);
    if (subCommand && !subCommand._executableHandler) {
      subCommand.help();
    }

    // Fallback to parsing the help flag to invoke the help.
    return this._dispatchSubcommand(
      subcommandName,
      [],
      [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? '--help'],
    );
  }

  /**
   * Check this.args against expected this.registeredArguments.
   *
   * @private
   */

  _checkNumberOfArguments() {
    // too few
    this.registeredArguments.forEach((arg, i) => {
      if (arg.required && this.args[i] == null) {
        this.missingArgument(arg.name());
      }
    });
    // too many
    if (
      this.registeredArguments.length > 0 &&
      this.registeredArguments[this.registeredArguments.length - 1].variadic
    ) {
      return;
    }
    if (this.args.length > this.registeredArguments.length) {
      this._excessArguments(this.args);
    }
  }

  /**
   * Process this.args using this.registeredArguments and save as this.processedArgs!
   *
   * @private
   */

  _processArguments() {
    const myParseArg = (argument, value, previous) => {
      // Extra processing for nice error message on parsing failure.
      let parsedValue = value;
      if (value !== null && argument.parseArg) {
        const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
        parsedValue = this._callParseArg(
          argument,
          value,
          previous,
          invalidValueMessage,
        );
      }
      return parsedValue;
    };

    this._checkNumberOfArguments();

    const processedArgs = [];
    this.registeredArguments.forEach((declaredArg, index) => {
      let value = declaredArg.defaultValue;
      if (declaredArg.variadic) {
        // Collect together remaining arguments for passing together as an array.
        if (index < this.args.length) {
          value = this.args.slice(index);
          if (declaredArg.parseArg) {
            value = value.reduce((processed, v) => {
              return myParseArg(declaredArg, v, processed);
            }, declaredArg.defaultValue);
          }
        } else if (value === undefined) {
          value = [];
        }
      } else if (index < this.args.length) {
        value = this.args[index];
        if (declaredArg.parseArg) {
          value = myParseArg(declaredArg, value, declaredArg.defaultValue);
        }
      }
      processedArgs[index] = value;
    });
    this.processedArgs = processedArgs;
  }

  /**
   * Once we have a promise we chain, but call synchronously until then.
   *
   * @param {(Promise|undefined)} promise
   * @param {Function} fn
   * @return {(Promise|undefined)}
   * @private
   */

  _chainOrCall(promise, fn) {
    // thenable
    if (promise?.then && typeof promise.then === 'function') {
      // already have a promise, chain callback
      return promise.then(() => fn());
    }
    // callback might return a promise
    return fn();
  }

  /**
   *
   * @param {(Promise|undefined)} promise
   * @param {string} event
   * @return {(Promise|undefined)}
   * @private
   */

  _chainOrCallHooks(promise, event) {
    let result = promise;
    const hooks = [];
    this._getCommandAndAncestors()
      .reverse()
      .filter((cmd) => cmd._lifeCycleHooks[event] !== undefined)
      .forEach((hookedCommand) => {
        hookedCommand._lifeCycleHooks[event].forEach((callback) => {
          hooks.push({ hookedCommand, callback });
        });
      });
    if (event === 'postAction') {
      hooks.reverse();
    }

    hooks.forEach((hookDetail) => {
      result = this._chainOrCall(result, () => {
        return hookDetail.callback(hookDetail.hookedCommand, this);
      });
    });
    return result;
  }

  /**
   *
   * @param {(Promise|undefined)} promise
   * @param {Command} subCommand
   * @param {string} event
   * @return {(Promise|undefined)}
   * @private
   */

  _chainOrCallSubCommandHook(promise, subCommand, event) {
    let result = promise;
    if (this._lifeCycleHooks[event] !== undefined) {
      this._lifeCycleHooks[event].forEach((hook) => {
        result = this._chainOrCall(result, () => {
          return hook(this, subCommand);
        });
      });
    }
    return result;
  }

  /**
   * Process arguments in context of this command.
   * Returns action result, in case it is a promise.
   *
   * @private
   */

  _parseCommand(operands, unknown) {
    const parsed = this.parseOptions(unknown);
    this._parseOptionsEnv(); // after cli, so parseArg not called on both cli and env
    this._parseOptionsImplied();
    operands = operands.concat(parsed.operands);
    unknown = parsed.unknown;
    this.args = operands.concat(unknown);

    if (operands && this._findCommand(operands[0])) {
      return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
    }
    if (
      this._getHelpCommand() &&
      operands[0] === this._getHelpCommand().name()
    ) {
      return this._dispatchHelpCommand(operands[1]);
    }
    if (this._defaultCommandName) {
      this._outputHelpIfRequested(unknown); // Run the help for default command from parent rather than passing to default command
      return this._dispatchSubcommand(
        this._defaultCommandName,
        operands,
        unknown,
      );
    }
    if (
      this.commands.length &&
      this.args.length === 0 &&
      !this._actionHandler &&
      !this._defaultCommandName
    ) {
      // probably missing subcommand and no handler, user needs help (and exit)
      this.help({ error: true });
    }

    this._outputHelpIfRequested(parsed.unknown);
    this._checkForMissingMandatoryOptions();
    this._checkForConflictingOptions();

    // We do not always call this check to avoid masking a "better" error, like unknown command.
    const checkForUnknownOptions = () => {
      if (parsed.unknown.length > 0) {
        this.unknownOption(parsed.unknown[0]);
      }
    };

    const commandEvent = `command:${this.name()}`;
    if (this._actionHandler) {
      checkForUnknownOptions();
      this._processArguments();

      let promiseChain;
      promiseChain = this._chainOrCallHooks(promiseChain, 'preAction');
      promiseChain = this._chainOrCall(promiseChain, () =>
        this._actionHandler(this.processedArgs),
      );
      if (this.parent) {
        promiseChain = this._chainOrCall(promiseChain, () => {
          this.parent.emit(commandEvent, operands, unknown); // legacy
        });
      }
      promiseChain = this._chainOrCallHooks(promiseChain, 'postAction');
      return promiseChain;
    }
    if (this.parent?.listenerCount(commandEvent)) {
      checkForUnknownOptions();
      this._processArguments();
      this.parent.emit(commandEvent, operands, unknown); // legacy
    } else if (operands.length) {
      if (this._findCommand('*')) {
        // legacy default command
        return this._dispatchSubcommand('*', operands, unknown);
      }
      if (this.listenerCount('command:*')) {
        // skip option check, emit event for possible misspelling suggestion
        this.emit('command:*', operands, unknown);
      } else if (this.commands.length) {
        this.unknownCommand();
      } else {
        checkForUnknownOptions();
        this._processArguments();
      }
    } else if (this.commands.length) {
      checkForUnknownOptions();
      // This command has subcommands and nothing hooked up at this level, so display help (and exit).
      this.help({ error: true });
    } else {
      checkForUnknownOptions();
      this._processArguments();
      // fall through for caller to handle after calling .parse()
    }
  }

  /**
   * Find matching command.
   *
   * @private
   * @return {Command | undefined}
   */
  _findCommand(name) {
    if (!name) return undefined;
    return this.commands.find(
      (cmd) => cmd._name === name || cmd._aliases.includes(name),
    );
  }

  /**
   * Return an option matching `arg` if any.
   *
   * @param {string} arg
   * @return {Option}
   * @package
   */

  _findOption(arg) {
    return this.options.find((option) => option.is(arg));
  }

  /**
   * Display an error message if a mandatory option does not have a value.
   * Called after checking for help flags in leaf subcommand.
   *
   * @private
   */

  _checkForMissingMandatoryOptions() {
    // Walk up hierarchy so can call in subcommand after checking for displaying help.
    this._getCommandAndAncestors().forEach((cmd) => {
      cmd.options.forEach((anOption) => {
        if (
          anOption.mandatory &&
          cmd.getOptionValue(anOption.attributeName()) === undefined
        ) {
          cmd.missingMandatoryOptionValue(anOption);
        }
      });
    });
  }

  /**
   * Display an error message if conflicting options are used together in this.
   *
   * @private
   */
  _checkForConflictingLocalOptions() {
    const definedNonDefaultOptions = this.options.filter((option) => {
      const optionKey = option.attributeName();
      if (this.getOptionValue(optionKey) === undefined) {
        return false;
      }
      return this.getOptionValueSource(optionKey) !== 'default';
    });

    const optionsWithConflicting = definedNonDefaultOptions.filter(
      (option) => option.conflictsWith.length > 0,
    );

    optionsWithConflicting.forEach((option) => {
      const conflictingAndDefined = definedNonDefaultOptions.find((defined) =>
        option.conflictsWith.includes(defined.attributeName()),
      );
      if (conflictingAndDefined) {
        this._conflictingOption(option, conflictingAndDefined);
      }
    });
  }

  /**
   * Display an error message if conflicting options are used together.
   * Called after checking for help flags in leaf subcommand.
   *
   * @private
   */
  _checkForConflictingOptions() {
    // Walk up hierarchy so can call in subcommand after checking for displaying help.
    this._getCommandAndAncestors().forEach((cmd) => {
      cmd._checkForConflictingLocalOptions();
    });
  }

  /**
   * Parse options from `argv` removing known options,
   * and return argv split into operands and unknown arguments.
   *
   * Side effects: modifies command by storing options. Does not reset state if called again.
   *
   * Examples:
   *
   *     argv => operands, unknown
   *     --known kkk op => [op], []
   *     op --known kkk => [op], []
   *     sub --unknown uuu op => [sub], [--unknown uuu op]
   *     sub -- --unknown uuu op => [sub --unknown uuu op], []
   *
   * @param {string[]} args
   * @return {{operands: string[], unknown: string[]}}
   */

  parseOptions(args) {
    const operands = []; // operands, not options or values
    const unknown = []; // first unknown option and remaining unknown args
    let dest = operands;

    function maybeOption(arg) {
      return arg.length > 1 && arg[0] === '-';
    }

    const negativeNumberArg = (arg) => {
      // return false if not a negative number
      if (!/^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg)) return false;
      // negative number is ok unless digit used as an option in command hierarchy
      return !this._getCommandAndAncestors().some((cmd) =>
        cmd.options
          .map((opt) => opt.short)
          .some((short) => /^-\d$/.test(short)),
      );
    };

    // parse options
    let activeVariadicOption = null;
    let activeGroup = null; // working through group of short options, like -abc
    let i = 0;
    while (i < args.length || activeGroup) {
      const arg = activeGroup ?? args[i++];
      activeGroup = null;

      // literal
      if (arg === '--') {
        if (dest === unknown) dest.push(arg);
        dest.push(...args.slice(i));
        break;
      }

      if (
        activeVariadicOption &&
        (!maybeOption(arg) || negativeNumberArg(arg))
      ) {
        this.emit(`option:${activeVariadicOption.name()}`, arg);
        continue;
      }
      activeVariadicOption = null;

      if (maybeOption(arg)) {
        const option = this._findOption(arg);
        // recognised option, call listener to assign value with possible custom processing
        if (option) {
          if (option.required) {
            const value = args[i++];
            if (value === undefined) this.optionMissingArgument(option);
            this.emit(`option:${option.name()}`, value);
          } else if (option.optional) {
            let value = null;
            // historical behaviour is optional value is following arg unless an option
            if (
              i < args.length &&
              (!maybeOption(args[i]) || negativeNumberArg(args[i]))
            ) {
              value = args[i++];
            }
            this.emit(`option:${option.name()}`, value);
          } else {
            // boolean flag
            this.emit(`option:${option.name()}`);
          }
          activeVariadicOption = option.variadic ? option : null;
          continue;
        }
      }

      // Look for combo options following single dash, eat first one if known.
      if (arg.length > 2 && arg[0] === '-' && arg[1] !== '-') {
        const option = this._findOption(`-${arg[1]}`);
        if (option) {
          if (
            option.required ||
            (option.optional && this._combineFlagAndOptionalValue)
          ) {
            // option with value following in same argument
            this.emit(`option:${option.name()}`, arg.slice(2));
          } else {
            // boolean option
            this.emit(`option:${option.name()}`);
            // remove the processed option and keep processing group
            activeGroup = `-${arg.slice(2)}`;
          }
          continue;
        }
      }

      // Look for known long flag with value, like --foo=bar
      if (/^--[^=]+=/.test(arg)) {
        const index = arg.indexOf('=');
        const option = this._findOption(arg.slice(0, index));
        if (option && (option.required || option.optional)) {
          this.emit(`option:${option.name()}`, arg.slice(index + 1));
          continue;
        }
      }

      // Not a recognised option by this command.
      // Might be a command-argument, or subcommand option, or unknown option, or help command or option.

      // An unknown option means further arguments also classified as unknown so can be reprocessed by subcommands.
      // A negative number in a leaf command is not an unknown option.
      if (
        dest === operands &&
        maybeOption(arg) &&
        !(this.commands.length === 0 && negativeNumberArg(arg))
      ) {
        dest = unknown;
      }

      // If using positionalOptions, stop processing our options at subcommand.
      if (
        (this._enablePositionalOptions || this._passThroughOptions) &&
        operands.length === 0 &&
        unknown.length === 0
      ) {
        if (this._findCommand(arg)) {
          operands.push(arg);
          unknown.push(...args.slice(i));
          break;
        } else if (
          this._getHelpCommand() &&
          arg === this._getHelpCommand().name()
        ) {
          operands.push(arg, ...args.slice(i));
          break;
        } else if (this._defaultCommandName) {
          unknown.push(arg, ...args.slice(i));
          break;
        }
      }

      // If using passThroughOptions, stop processing options at first command-argument.
      if (this._passThroughOptions) {
        dest.push(arg, ...args.slice(i));
        break;
      }

      // add arg
      dest.push(arg);
    }

    return { operands, unknown };
  }

  /**
   * Return an object containing local option values as key-value pairs.
   *
   * @return {object}
   */
  opts() {
    if (this._storeOptionsAsProperties) {
      // Preserve original behaviour so backwards compatible when still using properties
      const result = {};
      const len = this.options.length;

      for (let i = 0; i < len; i++) {
        const key = this.options[i].attributeName();
        result[key] =
          key === this._versionOptionName ? this._version : this[key];
      }
      return result;
    }

    return this._optionValues;
  }

  /**
   * Return an object containing merged local and global option values as key-value pairs.
   *
   * @return {object}
   */
  optsWithGlobals() {
    // globals overwrite locals
    return this._getCommandAndAncestors().reduce(
      (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
      {},
    );
  }

  /**
   * Display error message and exit (or call exitOverride).
   *
   * @param {string} message
   * @param {object} [errorOptions]
   * @param {string} [errorOptions.code] - an id string representing the error
   * @param {number} [errorOptions.exitCode] - used with process.exit
   */
  error(message, errorOptions) {
    // output handling
    this._outputConfiguration.outputError(
      `${message}\n`,
      this._outputConfiguration.writeErr,
    );
    if (typeof this._showHelpAfterError === 'string') {
      this._outputConfiguration.writeErr(`${this._showHelpAfterError}\n`);
    } else if (this._showHelpAfterError) {
      this._outputConfiguration.writeErr('\n');
      this.outputHelp({ error: true });
    }

    // exit handling
    const config = errorOptions || {};
    const exitCode = config.exitCode || 1;
    const code = config.code || 'commander.error';
    this._exit(exitCode, code, message);
  }

  /**
   * Apply any option related environment variables, if option does
   * not have a value from cli or client code.
   *
   * @private
   */
  _parseOptionsEnv() {
    this.options.forEach((option) => {
      if (option.envVar && option.envVar in process.env) {
        const optionKey = option.attributeName();
        // Priority check. Do not overwrite cli or options from unknown source (client-code).
        if (
          this.getOptionValue(optionKey) === undefined ||
          ['default', 'config', 'env'].includes(
            this.getOptionValueSource(optionKey),
          )
        ) {
          if (option.required || option.optional) {
            // option can take a value
            // keep very simple, optional always takes value
            this.emit(`optionEnv:${option.name()}`, process.env[option.envVar]);
          } else {
            // boolean
            // keep very simple, only care that envVar defined and not the value
            this.emit(`optionEnv:${option.name()}`);
          }
        }
      }
    });
  }

  /**
   * Apply any implied option values, if option is undefined or default value.
   *
   * @private
   */
  _parseOptionsImplied() {
    const dualHelper = new DualOptions(this.options);
    const hasCustomOptionValue = (optionKey) => {
      return (
        this.getOptionValue(optionKey) !== undefined &&
        !['default', 'implied'].includes(this.getOptionValueSource(optionKey))
      );
    };
    this.options
      .filter(
        (option) =>
          option.implied !== undefined &&
          hasCustomOptionValue(option.attributeName()) &&
          dualHelper.valueFromOption(
            this.getOptionValue(option.attributeName()),
            option,
          ),
      )
      .forEach((option) => {
        Object.keys(option.implied)
          .filter((impliedKey) => !hasCustomOptionValue(impliedKey))
          .forEach((impliedKey) => {
            this.setOptionValueWithSource(
              impliedKey,
              option.implied[impliedKey],
              'implied',
            );
          });
      });
  }

  /**
   * Argument `name` is missing.
   *
   * @param {string} name
   * @private
   */

  missingArgument(name) {
    const message = `error: missing required argument '${name}'`;
    this.error(message, { code: 'commander.missingArgument' });
  }

  /**
   * `Option` is missing an argument.
   *
   * @param {Option} option
   * @private
   */

  optionMissingArgument(option) {
    const message = `error: option '${option.flags}' argument missing`;
    this.error(message, { code: 'commander.optionMissingArgument' });
  }

  /**
   * `Option` does not have a value, and is a mandatory option.
   *
   * @param {Option} option
   * @private
   */

  missingMandatoryOptionValue(option) {
    const message = `error: required option '${option.flags}' not specified`;
    this.error(message, { code: 'commander.missingMandatoryOptionValue' });
  }

  /**
   * `Option` conflicts with another option.
   *
   * @param {Option} option
   * @param {Option} conflictingOption
   * @private
   */
  _conflictingOption(option, conflictingOption) {
    // The calling code does not know whether a negated option is the source of the
    // value, so do some work to take an educated guess.
    const findBestOptionFromValue = (option) => {
      const optionKey = option.attributeName();
      const optionValue = this.getOptionValue(optionKey);
      const negativeOption = this.options.find(
        (target) => target.negate && optionKey === target.attributeName(),
      );
      const positiveOption = this.options.find(
        (target) => !target.negate && optionKey === target.attributeName(),
      );
      if (
        negativeOption &&
        ((negativeOption.presetArg === undefined && optionValue === false) ||
          (negativeOption.presetArg !== undefined &&
            optionValue === negativeOption.presetArg))
      ) {
        return negativeOption;
      }
      return positiveOption || option;
    };

    const getErrorMessage = (option) => {
      const bestOption = findBestOptionFromValue(option);
      const optionKey = bestOption.attributeName();
      const source = this.getOptionValueSource(optionKey);
      if (source === 'env') {
        return `environment variable '${bestOption.envVar}'`;
      }
      return `option '${bestOption.flags}'`;
    };

    const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
    this.error(message, { code: 'commander.conflictingOption' });
  }

  /**
   * Unknown option `flag`.
   *
   * @param {string} flag
   * @private
   */

  unknownOption(flag) {
    if (this._allowUnknownOption) return;
    let suggestion = '';

    if (flag.startsWith('--') && this._showSuggestionAfterError) {
      // Looping to pick up the global options too
      let candidateFlags = [];
      // eslint-disable-next-line @typescript-eslint/no-this-alias
      let command = this;
      do {
        const moreFlags = command
          .createHelp()
          .visibleOptions(command)
          .filter((option) => option.long)
          .map((option) => option.long);
        candidateFlags = candidateFlags.concat(moreFlags);
        command = command.parent;
      } while (command && !command._enablePositionalOptions);
      suggestion = suggestSimilar(flag, candidateFlags);
    }

    const message = `error: unknown option '${flag}'${suggestion}`;
    this.error(message, { code: 'commander.unknownOption' });
  }

  /**
   * Excess arguments, more than expected.
   *
   * @param {string[]} receivedArgs
   * @private
   */

  _excessArguments(receivedArgs) {
    if (this._allowExcessArguments) return;

    const expected = this.registeredArguments.length;
    const s = expected === 1 ? '' : 's';
    const forSubcommand = this.parent ? ` for '${this.name()}'` : '';
    const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s} but got ${receivedArgs.length}.`;
    this.error(message, { code: 'commander.excessArguments' });
  }

  /**
   * Unknown command.
   *
   * @private
   */

  unknownCommand() {
    const unknownName = this.args[0];
    let suggestion = '';

    if (this._showSuggestionAfterError) {
      const candidateNames = [];
      this.createHelp()
        .visibleCommands(this)
        .forEach((command) => {
          candidateNames.push(command.name());
          // just visible alias
          if (command.alias()) candidateNames.push(command.alias());
        });
      suggestion = suggestSimilar(unknownName, candidateNames);
    }

    const message = `error: unknown command '${unknownName}'${suggestion}`;
    this.error(message, { code: 'commander.unknownCommand' });
  }

  /**
   * Get or set the program version.
   *
   * This method auto-registers the "-V, --version" option which will print the version number.
   *
   * You can optionally supply the flags and description to override the defaults.
   *
   * @param {string} [str]
   * @param {string} [flags]
   * @param {string} [description]
   * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
   */

  version(str, flags, description) {
    if (str === undefined) return this._version;
    this._version = str;
    flags = flags || '-V, --version';
    description = description || 'output the version number';
    const versionOption = this.createOption(flags, description);
    this._versionOptionName = versionOption.attributeName();
    this._registerOption(versionOption);

    this.on('option:' + versionOption.name(), () => {
      this._outputConfiguration.writeOut(`${str}\n`);
      this._exit(0, 'commander.version', str);
    });
    return this;
  }

  /**
   * Set the description.
   *
   * @param {string} [str]
   * @param {object} [argsDescription]
   * @return {(string|Command)}
   */
  description(str, argsDescription) {
    if (str === undefined && argsDescription === undefined)
      return this._description;
    this._description = str;
    if (argsDescription) {
      this._argsDescription = argsDescription;
    }
    return this;
  }

  /**
   * Set the summary. Used when listed as subcommand of parent.
   *
   * @param {string} [str]
   * @return {(string|Command)}
   */
  summary(str) {
    if (str === undefined) return this._summary;
    this._summary = str;
    return this;
  }

  /**
   * Set an alias for the command.
   *
   * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
   *
   * @param {string} [alias]
   * @return {(string|Command)}
   */

  alias(alias) {
    if (alias === undefined) return this._aliases[0]; // just return first, for backwards compatibility

    /** @type {Command} */
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    let command = this;
    if (
      this.commands.length !== 0 &&
      this.commands[this.commands.length - 1]._executableHandler
    ) {
      // assume adding alias for last added executable subcommand, rather than this
      command = this.commands[this.commands.length - 1];
    }

    if (alias === command._name)
      throw new Error("Command alias can't be the same as its name");
    const matchingCommand = this.parent?._findCommand(alias);
    if (matchingCommand) {
      // c.f. _registerCommand
      const existingCmd = [matchingCommand.name()]
        .concat(matchingCommand.aliases())
        .join('|');
      throw new Error(
        `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`,
      );
    }

    command._aliases.push(alias);
    return this;
  }

  /**
   * Set aliases for the command.
   *
   * Only the first alias is shown in the auto-generated help.
   *
   * @param {string[]} [aliases]
   * @return {(string[]|Command)}
   */

  aliases(aliases) {
    // Getter for the array of aliases is the main reason for having aliases() in addition to alias().
    if (aliases === undefined) return this._aliases;

    aliases.forEach((alias) => this.alias(alias));
    return this;
  }

  /**
   * Set / get the command usage `str`.
   *
   * @param {string} [str]
   * @return {(string|Command)}
   */

  usage(str) {
    if (str === undefined) {
      if (this._usage) return this._usage;

      const args = this.registeredArguments.map((arg) => {
        return humanReadableArgName(arg);
      });
      return []
        .concat(
          this.options.length || this._helpOption !== null ? '[options]' : [],
          this.commands.length ? '[command]' : [],
          this.registeredArguments.length ? args : [],
        )
        .join(' ');
    }

    this._usage = str;
    return this;
  }

  /**
   * Get or set the name of the command.
   *
   * @param {string} [str]
   * @return {(string|Command)}
   */

  name(str) {
    if (str === undefined) return this._name;
    this._name = str;
    return this;
  }

  /**
   * Set/get the help group heading for this subcommand in parent command's help.
   *
   * @param {string} [heading]
   * @return {Command | string}
   */

  helpGroup(heading) {
    if (heading === undefined) return this._helpGroupHeading ?? '';
    this._helpGroupHeading = heading;
    return this;
  }

  /**
   * Set/get the default help group heading for subcommands added to this command.
   * (This does not override a group set directly on the subcommand using .helpGroup().)
   *
   * @example
   * program.commandsGroup('Development Commands:);
   * program.command('watch')...
   * program.command('lint')...
   * ...
   *
   * @param {string} [heading]
   * @returns {Command | string}
   */
  commandsGroup(heading) {
    if (heading === undefined) return this._defaultCommandGroup ?? '';
    this._defaultCommandGroup = heading;
    return this;
  }

  /**
   * Set/get the default help group heading for options added to this command.
   * (This does not override a group set directly on the option using .helpGroup().)
   *
   * @example
   * program
   *   .optionsGroup('Development Options:')
   *   .option('-d, --debug', 'output extra debugging')
   *   .option('-p, --profile', 'output profiling information')
   *
   * @param {string} [heading]
   * @returns {Command | string}
   */
  optionsGroup(heading) {
    if (heading === undefined) return this._defaultOptionGroup ?? '';
    this._defaultOptionGroup = heading;
    return this;
  }

  /**
   * @param {Option} option
   * @private
   */
  _initOptionGroup(option) {
    if (this._defaultOptionGroup && !option.helpGroupHeading)
      option.helpGroup(this._defaultOptionGroup);
  }

  /**
   * @param {Command} cmd
   * @private
   */
  _initCommandGroup(cmd) {
    if (this._defaultCommandGroup && !cmd.helpGroup())
      cmd.helpGroup(this._defaultCommandGroup);
  }

  /**
   * Set the name of the command from script filename, such as process.argv[1],
   * or require.main.filename, or __filename.
   *
   * (Used internally and public although not documented in README.)
   *
   * @example
   * program.nameFromFilename(require.main.filename);
   *
   * @param {string} filename
   * @return {Command}
   */

  nameFromFilename(filename) {
    this._name = path.basename(filename, path.extname(filename));

    return this;
  }

  /**
   * Get or set the directory for searching for executable subcommands of this command.
   *
   * @example
   * program.executableDir(__dirname);
   * // or
   * program.executableDir('subcommands');
   *
   * @param {string} [path]
   * @return {(string|null|Command)}
   */

  executableDir(path) {
    if (path === undefined) return this._executableDir;
    this._executableDir = path;
    return this;
  }

  /**
   * Return program help documentation.
   *
   * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
   * @return {string}
   */

  helpInformation(contextOptions) {
    const helper = this.createHelp();
    const context = this._getOutputContext(contextOptions);
    helper.prepareContext({
      error: context.error,
      helpWidth: context.helpWidth,
      outputHasColors: context.hasColors,
    });
    const text = helper.formatHelp(this, helper);
    if (context.hasColors) return text;
    return this._outputConfiguration.stripColor(text);
  }

  /**
   * @typedef HelpContext
   * @type {object}
   * @property {boolean} error
   * @property {number} helpWidth
   * @property {boolean} hasColors
   * @property {function} write - includes stripColor if needed
   *
   * @returns {HelpContext}
   * @private
   */

  _getOutputContext(contextOptions) {
    contextOptions = contextOptions || {};
    const error = !!contextOptions.error;
    let baseWrite;
    let hasColors;
    let helpWidth;
    if (error) {
      baseWrite = (str) => this._outputConfiguration.writeErr(str);
      hasColors = this._outputConfiguration.getErrHasColors();
      helpWidth = this._outputConfiguration.getErrHelpWidth();
    } else {
      baseWrite = (str) => this._outputConfiguration.writeOut(str);
      hasColors = this._outputConfiguration.getOutHasColors();
      helpWidth = this._outputConfiguration.getOutHelpWidth();
    }
    const write = (str) => {
      if (!hasColors) str = this._outputConfiguration.stripColor(str);
      return baseWrite(str);
    };
    return { error, write, hasColors, helpWidth };
  }

  /**
   * Output help information for this command.
   *
   * Outputs built-in help, and custom text added using `.addHelpText()`.
   *
   * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
   */

  outputHelp(contextOptions) {
    let deprecatedCallback;
    if (typeof contextOptions === 'function') {
      deprecatedCallback = contextOptions;
      contextOptions = undefined;
    }

    const outputContext = this._getOutputContext(contextOptions);
    /** @type {HelpTextEventContext} */
    const eventContext = {
      error: outputContext.error,
      write: outputContext.write,
      command: this,
    };

    this._getCommandAndAncestors()
      .reverse()
      .forEach((command) => command.emit('beforeAllHelp', eventContext));
    this.emit('beforeHelp', eventContext);

    let helpInformation = this.helpInformation({ error: outputContext.error });
    if (deprecatedCallback) {
      helpInformation = deprecatedCallback(helpInformation);
      if (
        typeof helpInformation !== 'string' &&
        !Buffer.isBuffer(helpInformation)
      ) {
        throw new Error('outputHelp callback must return a string or a Buffer');
      }
    }
    outputContext.write(helpInformation);

    if (this._getHelpOption()?.long) {
      this.emit(this._getHelpOption().long); // deprecated
    }
    this.emit('afterHelp', eventContext);
    this._getCommandAndAncestors().forEach((command) =>
      command.emit('afterAllHelp', eventContext),
    );
  }

  /**
   * You can pass in flags and a description to customise the built-in help option.
   * Pass in false to disable the built-in help option.
   *
   * @example
   * program.helpOption('-?, --help' 'show help'); // customise
   * program.helpOption(false); // disable
   *
   * @param {(string | boolean)} flags
   * @param {string} [description]
   * @return {Command} `this` command for chaining
   */

  helpOption(flags, description) {
    // Support enabling/disabling built-in help option.
    if (typeof flags === 'boolean') {
      if (flags) {
        if (this._helpOption === null) this._helpOption = undefined; // reenable
        if (this._defaultOptionGroup) {
          // make the option to store the group
          this._initOptionGroup(this._getHelpOption());
        }
      } else {
        this._helpOption = null; // disable
      }
      return this;
    }

    // Customise flags and description.
    this._helpOption = this.createOption(
      flags ?? '-h, --help',
      description ?? 'display help for command',
    );
    // init group unless lazy create
    if (flags || description) this._initOptionGroup(this._helpOption);

    return this;
  }

  /**
   * Lazy create help option.
   * Returns null if has been disabled with .helpOption(false).
   *
   * @returns {(Option | null)} the help option
   * @package
   */
  _getHelpOption() {
    // Lazy create help option on demand.
    if (this._helpOption === undefined) {
      this.helpOption(undefined, undefined);
    }
    return this._helpOption;
  }

  /**
   * Supply your own option to use for the built-in help option.
   * This is an alternative to using helpOption() to customise the flags and description etc.
   *
   * @param {Option} option
   * @return {Command} `this` command for chaining
   */
  addHelpOption(option) {
    this._helpOption = option;
    this._initOptionGroup(option);
    return this;
  }

  /**
   * Output help information and exit.
   *
   * Outputs built-in help, and custom text added using `.addHelpText()`.
   *
   * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
   */

  help(contextOptions) {
    this.outputHelp(contextOptions);
    let exitCode = Number(process.exitCode ?? 0); // process.exitCode does allow a string or an integer, but we prefer just a number
    if (
      exitCode === 0 &&
      contextOptions &&
      typeof contextOptions !== 'function' &&
      contextOptions.error
    ) {
      exitCode = 1;
    }
    // message: do not have all displayed text available so only passing placeholder.
    this._exit(exitCode, 'commander.help', '(outputHelp)');
  }

  /**
   * // Do a little typing to coordinate emit and listener for the help text events.
   * @typedef HelpTextEventContext
   * @type {object}
   * @property {boolean} error
   * @property {Command} command
   * @property {function} write
   */

  /**
   * Add additional text to be displayed with the built-in help.
   *
   * Position is 'before' or 'after' to affect just this command,
   * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
   *
   * @param {string} position - before or after built-in help
   * @param {(string | Function)} text - string to add, or a function returning a string
   * @return {Command} `this` command for chaining
   */

  addHelpText(position, text) {
    const allowedValues = ['beforeAll', 'before', 'after', 'afterAll'];
    if (!allowedValues.includes(position)) {
      throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
    }

    const helpEvent = `${position}Help`;
    this.on(helpEvent, (/** @type {HelpTextEventContext} */ context) => {
      let helpStr;
      if (typeof text === 'function') {
        helpStr = text({ error: context.error, command: context.command });
      } else {
        helpStr = text;
      }
      // Ignore falsy value when nothing to output.
      if (helpStr) {
        context.write(`${helpStr}\n`);
      }
    });
    return this;
  }

  /**
   * Output help information if help flags specified
   *
   * @param {Array} args - array of options to search for help flags
   * @private
   */

  _outputHelpIfRequested(args) {
    const helpOption = this._getHelpOption();
    const helpRequested = helpOption && args.find((arg) => helpOption.is(arg));
    if (helpRequested) {
      this.outputHelp();
      // (Do not have all displayed text available so only passing placeholder.)
      this._exit(0, 'commander.helpDisplayed', '(outputHelp)');
    }
  }
}

/**
 * Scan arguments and increment port number for inspect calls (to avoid conflicts when spawning new command).
 *
 * @param {string[]} args - array of arguments from node.execArgv
 * @returns {string[]}
 * @private
 */

function incrementNodeInspectorPort(args) {
  // Testing for these options:
  //  --inspect[=[host:]port]
  //  --inspect-brk[=[host:]port]
  //  --inspect-port=[host:]port
  return args.map((arg) => {
    if (!arg.startsWith('--inspect')) {
      return arg;
    }
    let debugOption;
    let debugHost = '127.0.0.1';
    let debugPort = '9229';
    let match;
    if ((match = arg.match(/^(--inspect(-brk)?)$/)) !== null) {
      // e.g. --inspect
      debugOption = match[1];
    } else if (
      (match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null
    ) {
      debugOption = match[1];
      if (/^\d+$/.test(match[3])) {
        // e.g. --inspect=1234
        debugPort = match[3];
      } else {
        // e.g. --inspect=localhost
        debugHost = match[3];
      }
    } else if (
      (match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null
    ) {
      // e.g. --inspect=localhost:1234
      debugOption = match[1];
      debugHost = match[3];
      debugPort = match[4];
    }

    if (debugOption && debugPort !== '0') {
      return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
    }
    return arg;
  });
}

/**
 * @returns {boolean | undefined}
 * @package
 */
function useColor() {
  // Test for common conventions.
  // NB: the observed behaviour is in combination with how author adds color! For example:
  //   - we do not test NODE_DISABLE_COLORS, but util:styletext does
  //   - we do test NO_COLOR, but Chalk does not
  //
  // References:
  // https://no-color.org
  // https://bixense.com/clicolors/
  // https://github.com/nodejs/node/blob/0a00217a5f67ef4a22384cfc80eb6dd9a917fdc1/lib/internal/tty.js#L109
  // https://github.com/chalk/supports-color/blob/c214314a14bcb174b12b3014b2b0a8de375029ae/index.js#L33
  // (https://force-color.org recent web page from 2023, does not match major javascript implementations)

  if (
    process.env.NO_COLOR ||
    process.env.FORCE_COLOR === '0' ||
    process.env.FORCE_COLOR === 'false'
  )
    return false;
  if (process.env.FORCE_COLOR || process.env.CLICOLOR_FORCE !== undefined)
    return true;
  return undefined;
}

exports.Command = Command;
exports.useColor = useColor; // exporting for tests


/***/ }),

/***/ 343:
/***/ ((__unused_webpack_module, exports) => {

/**
 * CommanderError class
 */
class CommanderError extends Error {
  /**
   * Constructs the CommanderError class
   * @param {number} exitCode suggested exit code which could be used with process.exit
   * @param {string} code an id string representing the error
   * @param {string} message human-readable description of the error
   */
  constructor(exitCode, code, message) {
    super(message);
    // properly capture stack trace in Node.js
    Error.captureStackTrace(this, this.constructor);
    this.name = this.constructor.name;
    this.code = code;
    this.exitCode = exitCode;
    this.nestedError = undefined;
  }
}

/**
 * InvalidArgumentError class
 */
class InvalidArgumentError extends CommanderError {
  /**
   * Constructs the InvalidArgumentError class
   * @param {string} [message] explanation of why argument is invalid
   */
  constructor(message) {
    super(1, 'commander.invalidArgument', message);
    // properly capture stack trace in Node.js
    Error.captureStackTrace(this, this.constructor);
    this.name = this.constructor.name;
  }
}

exports.CommanderError = CommanderError;
exports.InvalidArgumentError = InvalidArgumentError;


/***/ }),

/***/ 5858:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { humanReadableArgName } = __nccwpck_require__(3546);

/**
 * TypeScript import types for JSDoc, used by Visual Studio Code IntelliSense and `npm run typescript-checkJS`
 * https://www.typescriptlang.org/docs/handbook/jsdoc-supported-types.html#import-types
 * @typedef { import("./argument.js").Argument } Argument
 * @typedef { import("./command.js").Command } Command
 * @typedef { import("./option.js").Option } Option
 */

// Although this is a class, methods are static in style to allow override using subclass or just functions.
class Help {
  constructor() {
    this.helpWidth = undefined;
    this.minWidthToWrap = 40;
    this.sortSubcommands = false;
    this.sortOptions = false;
    this.showGlobalOptions = false;
  }

  /**
   * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
   * and just before calling `formatHelp()`.
   *
   * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
   *
   * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
   */
  prepareContext(contextOptions) {
    this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
  }

  /**
   * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
   *
   * @param {Command} cmd
   * @returns {Command[]}
   */

  visibleCommands(cmd) {
    const visibleCommands = cmd.commands.filter((cmd) => !cmd._hidden);
    const helpCommand = cmd._getHelpCommand();
    if (helpCommand && !helpCommand._hidden) {
      visibleCommands.push(helpCommand);
    }
    if (this.sortSubcommands) {
      visibleCommands.sort((a, b) => {
        // @ts-ignore: because overloaded return type
        return a.name().localeCompare(b.name());
      });
    }
    return visibleCommands;
  }

  /**
   * Compare options for sort.
   *
   * @param {Option} a
   * @param {Option} b
   * @returns {number}
   */
  compareOptions(a, b) {
    const getSortKey = (option) => {
      // WYSIWYG for order displayed in help. Short used for comparison if present. No special handling for negated.
      return option.short
        ? option.short.replace(/^-/, '')
        : option.long.replace(/^--/, '');
    };
    return getSortKey(a).localeCompare(getSortKey(b));
  }

  /**
   * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
   *
   * @param {Command} cmd
   * @returns {Option[]}
   */

  visibleOptions(cmd) {
    const visibleOptions = cmd.options.filter((option) => !option.hidden);
    // Built-in help option.
    const helpOption = cmd._getHelpOption();
    if (helpOption && !helpOption.hidden) {
      // Automatically hide conflicting flags. Bit dubious but a historical behaviour that is convenient for single-command programs.
      const removeShort = helpOption.short && cmd._findOption(helpOption.short);
      const removeLong = helpOption.long && cmd._findOption(helpOption.long);
      if (!removeShort && !removeLong) {
        visibleOptions.push(helpOption); // no changes needed
      } else if (helpOption.long && !removeLong) {
        visibleOptions.push(
          cmd.createOption(helpOption.long, helpOption.description),
        );
      } else if (helpOption.short && !removeShort) {
        visibleOptions.push(
          cmd.createOption(helpOption.short, helpOption.description),
        );
      }
    }
    if (this.sortOptions) {
      visibleOptions.sort(this.compareOptions);
    }
    return visibleOptions;
  }

  /**
   * Get an array of the visible global options. (Not including help.)
   *
   * @param {Command} cmd
   * @returns {Option[]}
   */

  visibleGlobalOptions(cmd) {
    if (!this.showGlobalOptions) return [];

    const globalOptions = [];
    for (
      let ancestorCmd = cmd.parent;
      ancestorCmd;
      ancestorCmd = ancestorCmd.parent
    ) {
      const visibleOptions = ancestorCmd.options.filter(
        (option) => !option.hidden,
      );
      globalOptions.push(...visibleOptions);
    }
    if (this.sortOptions) {
      globalOptions.sort(this.compareOptions);
    }
    return globalOptions;
  }

  /**
   * Get an array of the arguments if any have a description.
   *
   * @param {Command} cmd
   * @returns {Argument[]}
   */

  visibleArguments(cmd) {
    // Side effect! Apply the legacy descriptions before the arguments are displayed.
    if (cmd._argsDescription) {
      cmd.registeredArguments.forEach((argument) => {
        argument.description =
          argument.description || cmd._argsDescription[argument.name()] || '';
      });
    }

    // If there are any arguments with a description then return all the arguments.
    if (cmd.registeredArguments.find((argument) => argument.description)) {
      return cmd.registeredArguments;
    }
    return [];
  }

  /**
   * Get the command term to show in the list of subcommands.
   *
   * @param {Command} cmd
   * @returns {string}
   */

  subcommandTerm(cmd) {
    // Legacy. Ignores custom usage string, and nested commands.
    const args = cmd.registeredArguments
      .map((arg) => humanReadableArgName(arg))
      .join(' ');
    return (
      cmd._name +
      (cmd._aliases[0] ? '|' + cmd._aliases[0] : '') +
      (cmd.options.length ? ' [options]' : '') + // simplistic check for non-help option
      (args ? ' ' + args : '')
    );
  }

  /**
   * Get the option term to show in the list of options.
   *
   * @param {Option} option
   * @returns {string}
   */

  optionTerm(option) {
    return option.flags;
  }

  /**
   * Get the argument term to show in the list of arguments.
   *
   * @param {Argument} argument
   * @returns {string}
   */

  argumentTerm(argument) {
    return argument.name();
  }

  /**
   * Get the longest command term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestSubcommandTermLength(cmd, helper) {
    return helper.visibleCommands(cmd).reduce((max, command) => {
      return Math.max(
        max,
        this.displayWidth(
          helper.styleSubcommandTerm(helper.subcommandTerm(command)),
        ),
      );
    }, 0);
  }

  /**
   * Get the longest option term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestOptionTermLength(cmd, helper) {
    return helper.visibleOptions(cmd).reduce((max, option) => {
      return Math.max(
        max,
        this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option))),
      );
    }, 0);
  }

  /**
   * Get the longest global option term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestGlobalOptionTermLength(cmd, helper) {
    return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
      return Math.max(
        max,
        this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option))),
      );
    }, 0);
  }

  /**
   * Get the longest argument term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestArgumentTermLength(cmd, helper) {
    return helper.visibleArguments(cmd).reduce((max, argument) => {
      return Math.max(
        max,
        this.displayWidth(
          helper.styleArgumentTerm(helper.argumentTerm(argument)),
        ),
      );
    }, 0);
  }

  /**
   * Get the command usage to be displayed at the top of the built-in help.
   *
   * @param {Command} cmd
   * @returns {string}
   */

  commandUsage(cmd) {
    // Usage
    let cmdName = cmd._name;
    if (cmd._aliases[0]) {
      cmdName = cmdName + '|' + cmd._aliases[0];
    }
    let ancestorCmdNames = '';
    for (
      let ancestorCmd = cmd.parent;
      ancestorCmd;
      ancestorCmd = ancestorCmd.parent
    ) {
      ancestorCmdNames = ancestorCmd.name() + ' ' + ancestorCmdNames;
    }
    return ancestorCmdNames + cmdName + ' ' + cmd.usage();
  }

  /**
   * Get the description for the command.
   *
   * @param {Command} cmd
   * @returns {string}
   */

  commandDescription(cmd) {
    // @ts-ignore: because overloaded return type
    return cmd.description();
  }

  /**
   * Get the subcommand summary to show in the list of subcommands.
   * (Fallback to description for backwards compatibility.)
   *
   * @param {Command} cmd
   * @returns {string}
   */

  subcommandDescription(cmd) {
    // @ts-ignore: because overloaded return type
    return cmd.summary() || cmd.description();
  }

  /**
   * Get the option description to show in the list of options.
   *
   * @param {Option} option
   * @return {string}
   */

  optionDescription(option) {
    const extraInfo = [];

    if (option.argChoices) {
      extraInfo.push(
        // use stringify to match the display of the default value
        `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(', ')}`,
      );
    }
    if (option.defaultValue !== undefined) {
      // default for boolean and negated more for programmer than end user,
      // but show true/false for boolean option as may be for hand-rolled env or config processing.
      const showDefault =
        option.required ||
        option.optional ||
        (option.isBoolean() && typeof option.defaultValue === 'boolean');
      if (showDefault) {
        extraInfo.push(
          `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`,
        );
      }
    }
    // preset for boolean and negated are more for programmer than end user
    if (option.presetArg !== undefined && option.optional) {
      extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
    }
    if (option.envVar !== undefined) {
      extraInfo.push(`env: ${option.envVar}`);
    }
    if (extraInfo.length > 0) {
      const extraDescription = `(${extraInfo.join(', ')})`;
      if (option.description) {
        return `${option.description} ${extraDescription}`;
      }
      return extraDescription;
    }

    return option.description;
  }

  /**
   * Get the argument description to show in the list of arguments.
   *
   * @param {Argument} argument
   * @return {string}
   */

  argumentDescription(argument) {
    const extraInfo = [];
    if (argument.argChoices) {
      extraInfo.push(
        // use stringify to match the display of the default value
        `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(', ')}`,
      );
    }
    if (argument.defaultValue !== undefined) {
      extraInfo.push(
        `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`,
      );
    }
    if (extraInfo.length > 0) {
      const extraDescription = `(${extraInfo.join(', ')})`;
      if (argument.description) {
        return `${argument.description} ${extraDescription}`;
      }
      return extraDescription;
    }
    return argument.description;
  }

  /**
   * Format a list of items, given a heading and an array of formatted items.
   *
   * @param {string} heading
   * @param {string[]} items
   * @param {Help} helper
   * @returns string[]
   */
  formatItemList(heading, items, helper) {
    if (items.length === 0) return [];

    return [helper.styleTitle(heading), ...items, ''];
  }

  /**
   * Group items by their help group heading.
   *
   * @param {Command[] | Option[]} unsortedItems
   * @param {Command[] | Option[]} visibleItems
   * @param {Function} getGroup
   * @returns {Map<string, Command[] | Option[]>}
   */
  groupItems(unsortedItems, visibleItems, getGroup) {
    const result = new Map();
    // Add groups in order of appearance in unsortedItems.
    unsortedItems.forEach((item) => {
      const group = getGroup(item);
      if (!result.has(group)) result.set(group, []);
    });
    // Add items in order of appearance in visibleItems.
    visibleItems.forEach((item) => {
      const group = getGroup(item);
      if (!result.has(group)) {
        result.set(group, []);
      }
      result.get(group).push(item);
    });
    return result;
  }

  /**
   * Generate the built-in help text.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {string}
   */

  formatHelp(cmd, helper) {
    const termWidth = helper.padWidth(cmd, helper);
    const helpWidth = helper.helpWidth ?? 80; // in case prepareContext() was not called

    function callFormatItem(term, description) {
      return helper.formatItem(term, termWidth, description, helper);
    }

    // Usage
    let output = [
      `${helper.styleTitle('Usage:')} ${helper.styleUsage(helper.commandUsage(cmd))}`,
      '',
    ];

    // Description
    const commandDescription = helper.commandDescription(cmd);
    if (commandDescription.length > 0) {
      output = output.concat([
        helper.boxWrap(
          helper.styleCommandDescription(commandDescription),
          helpWidth,
        ),
        '',
      ]);
    }

    // Arguments
    const argumentList = helper.visibleArguments(cmd).map((argument) => {
      return callFormatItem(
        helper.styleArgumentTerm(helper.argumentTerm(argument)),
        helper.styleArgumentDescription(helper.argumentDescription(argument)),
      );
    });
    output = output.concat(
      this.formatItemList('Arguments:', argumentList, helper),
    );

    // Options
    const optionGroups = this.groupItems(
      cmd.options,
      helper.visibleOptions(cmd),
      (option) => option.helpGroupHeading ?? 'Options:',
    );
    optionGroups.forEach((options, group) => {
      const optionList = options.map((option) => {
        return callFormatItem(
          helper.styleOptionTerm(helper.optionTerm(option)),
          helper.styleOptionDescription(helper.optionDescription(option)),
        );
      });
      output = output.concat(this.formatItemList(group, optionList, helper));
    });

    if (helper.showGlobalOptions) {
      const globalOptionList = helper
        .visibleGlobalOptions(cmd)
        .map((option) => {
          return callFormatItem(
            helper.styleOptionTerm(helper.optionTerm(option)),
            helper.styleOptionDescription(helper.optionDescription(option)),
          );
        });
      output = output.concat(
        this.formatItemList('Global Options:', globalOptionList, helper),
      );
    }

    // Commands
    const commandGroups = this.groupItems(
      cmd.commands,
      helper.visibleCommands(cmd),
      (sub) => sub.helpGroup() || 'Commands:',
    );
    commandGroups.forEach((commands, group) => {
      const commandList = commands.map((sub) => {
        return callFormatItem(
          helper.styleSubcommandTerm(helper.subcommandTerm(sub)),
          helper.styleSubcommandDescription(helper.subcommandDescription(sub)),
        );
      });
      output = output.concat(this.formatItemList(group, commandList, helper));
    });

    return output.join('\n');
  }

  /**
   * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
   *
   * @param {string} str
   * @returns {number}
   */
  displayWidth(str) {
    return stripColor(str).length;
  }

  /**
   * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
   *
   * @param {string} str
   * @returns {string}
   */
  styleTitle(str) {
    return str;
  }

  styleUsage(str) {
    // Usage has lots of parts the user might like to color separately! Assume default usage string which is formed like:
    //    command subcommand [options] [command] <foo> [bar]
    return str
      .split(' ')
      .map((word) => {
        if (word === '[options]') return this.styleOptionText(word);
        if (word === '[command]') return this.styleSubcommandText(word);
        if (word[0] === '[' || word[0] === '<')
          return this.styleArgumentText(word);
        return this.styleCommandText(word); // Restrict to initial words?
      })
      .join(' ');
  }
  styleCommandDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleOptionDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleSubcommandDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleArgumentDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleDescriptionText(str) {
    return str;
  }
  styleOptionTerm(str) {
    return this.styleOptionText(str);
  }
  styleSubcommandTerm(str) {
    // This is very like usage with lots of parts! Assume default string which is formed like:
    //    subcommand [options] <foo> [bar]
    return str
      .split(' ')
      .map((word) => {
        if (word === '[options]') return this.styleOptionText(word);
        if (word[0] === '[' || word[0] === '<')
          return this.styleArgumentText(word);
        return this.styleSubcommandText(word); // Restrict to initial words?
      })
      .join(' ');
  }
  styleArgumentTerm(str) {
    return this.styleArgumentText(str);
  }
  styleOptionText(str) {
    return str;
  }
  styleArgumentText(str) {
    return str;
  }
  styleSubcommandText(str) {
    return str;
  }
  styleCommandText(str) {
    return str;
  }

  /**
   * Calculate the pad width from the maximum term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  padWidth(cmd, helper) {
    return Math.max(
      helper.longestOptionTermLength(cmd, helper),
      helper.longestGlobalOptionTermLength(cmd, helper),
      helper.longestSubcommandTermLength(cmd, helper),
      helper.longestArgumentTermLength(cmd, helper),
    );
  }

  /**
   * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
   *
   * @param {string} str
   * @returns {boolean}
   */
  preformatted(str) {
    return /\n[^\S\r\n]/.test(str);
  }

  /**
   * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
   *
   * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
   *   TTT  DDD DDDD
   *        DD DDD
   *
   * @param {string} term
   * @param {number} termWidth
   * @param {string} description
   * @param {Help} helper
   * @returns {string}
   */
  formatItem(term, termWidth, description, helper) {
    const itemIndent = 2;
    const itemIndentStr = ' '.repeat(itemIndent);
    if (!description) return itemIndentStr + term;

    // Pad the term out to a consistent width, so descriptions are aligned.
    const paddedTerm = term.padEnd(
      termWidth + term.length - helper.displayWidth(term),
    );

    // Format the description.
    const spacerWidth = 2; // between term and description
    const helpWidth = this.helpWidth ?? 80; // in case prepareContext() was not called
    const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
    let formattedDescription;
    if (
      remainingWidth < this.minWidthToWrap ||
      helper.preformatted(description)
    ) {
      formattedDescription = description;
    } else {
      const wrappedDescription = helper.boxWrap(description, remainingWidth);
      formattedDescription = wrappedDescription.replace(
        /\n/g,
        '\n' + ' '.repeat(termWidth + spacerWidth),
      );
    }

    // Construct and overall indent.
    return (
      itemIndentStr +
      paddedTerm +
      ' '.repeat(spacerWidth) +
      formattedDescription.replace(/\n/g, `\n${itemIndentStr}`)
    );
  }

  /**
   * Wrap a string at whitespace, preserving existing line breaks.
   * Wrapping is skipped if the width is less than `minWidthToWrap`.
   *
   * @param {string} str
   * @param {number} width
   * @returns {string}
   */
  boxWrap(str, width) {
    if (width < this.minWidthToWrap) return str;

    const rawLines = str.split(/\r\n|\n/);
    // split up text by whitespace
    const chunkPattern = /[\s]*[^\s]+/g;
    const wrappedLines = [];
    rawLines.forEach((line) => {
      const chunks = line.match(chunkPattern);
      if (chunks === null) {
        wrappedLines.push('');
        return;
      }

      let sumChunks = [chunks.shift()];
      let sumWidth = this.displayWidth(sumChunks[0]);
      chunks.forEach((chunk) => {
        const visibleWidth = this.displayWidth(chunk);
        // Accumulate chunks while they fit into width.
        if (sumWidth + visibleWidth <= width) {
          sumChunks.push(chunk);
          sumWidth += visibleWidth;
          return;
        }
        wrappedLines.push(sumChunks.join(''));

        const nextChunk = chunk.trimStart(); // trim space at line break
        sumChunks = [nextChunk];
        sumWidth = this.displayWidth(nextChunk);
      });
      wrappedLines.push(sumChunks.join(''));
    });

    return wrappedLines.join('\n');
  }
}

/**
 * Strip style ANSI escape sequences from the string. In particular, SGR (Select Graphic Rendition) codes.
 *
 * @param {string} str
 * @returns {string}
 * @package
 */

function stripColor(str) {
  // eslint-disable-next-line no-control-regex
  const sgrPattern = /\x1b\[\d*(;\d*)*m/g;
  return str.replace(sgrPattern, '');
}

exports.Help = Help;
exports.stripColor = stripColor;


/***/ }),

/***/ 6992:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { InvalidArgumentError } = __nccwpck_require__(343);

class Option {
  /**
   * Initialize a new `Option` with the given `flags` and `description`.
   *
   * @param {string} flags
   * @param {string} [description]
   */

  constructor(flags, description) {
    this.flags = flags;
    this.description = description || '';

    this.required = flags.includes('<'); // A value must be supplied when the option is specified.
    this.optional = flags.includes('['); // A value is optional when the option is specified.
    // variadic test ignores <value,...> et al which might be used to describe custom splitting of single argument
    this.variadic = /\w\.\.\.[>\]]$/.test(flags); // The option can take multiple values.
    this.mandatory = false; // The option must have a value after parsing, which usually means it must be specified on command line.
    const optionFlags = splitOptionFlags(flags);
    this.short = optionFlags.shortFlag; // May be a short flag, undefined, or even a long flag (if option has two long flags).
    this.long = optionFlags.longFlag;
    this.negate = false;
    if (this.long) {
      this.negate = this.long.startsWith('--no-');
    }
    this.defaultValue = undefined;
    this.defaultValueDescription = undefined;
    this.presetArg = undefined;
    this.envVar = undefined;
    this.parseArg = undefined;
    this.hidden = false;
    this.argChoices = undefined;
    this.conflictsWith = [];
    this.implied = undefined;
    this.helpGroupHeading = undefined; // soft initialised when option added to command
  }

  /**
   * Set the default value, and optionally supply the description to be displayed in the help.
   *
   * @param {*} value
   * @param {string} [description]
   * @return {Option}
   */

  default(value, description) {
    this.defaultValue = value;
    this.defaultValueDescription = description;
    return this;
  }

  /**
   * Preset to use when option used without option-argument, especially optional but also boolean and negated.
   * The custom processing (parseArg) is called.
   *
   * @example
   * new Option('--color').default('GREYSCALE').preset('RGB');
   * new Option('--donate [amount]').preset('20').argParser(parseFloat);
   *
   * @param {*} arg
   * @return {Option}
   */

  preset(arg) {
    this.presetArg = arg;
    return this;
  }

  /**
   * Add option name(s) that conflict with this option.
   * An error will be displayed if conflicting options are found during parsing.
   *
   * @example
   * new Option('--rgb').conflicts('cmyk');
   * new Option('--js').conflicts(['ts', 'jsx']);
   *
   * @param {(string | string[])} names
   * @return {Option}
   */

  conflicts(names) {
    this.conflictsWith = this.conflictsWith.concat(names);
    return this;
  }

  /**
   * Specify implied option values for when this option is set and the implied options are not.
   *
   * The custom processing (parseArg) is not called on the implied values.
   *
   * @example
   * program
   *   .addOption(new Option('--log', 'write logging information to file'))
   *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
   *
   * @param {object} impliedOptionValues
   * @return {Option}
   */
  implies(impliedOptionValues) {
    let newImplied = impliedOptionValues;
    if (typeof impliedOptionValues === 'string') {
      // string is not documented, but easy mistake and we can do what user probably intended.
      newImplied = { [impliedOptionValues]: true };
    }
    this.implied = Object.assign(this.implied || {}, newImplied);
    return this;
  }

  /**
   * Set environment variable to check for option value.
   *
   * An environment variable is only used if when processed the current option value is
   * undefined, or the source of the current value is 'default' or 'config' or 'env'.
   *
   * @param {string} name
   * @return {Option}
   */

  env(name) {
    this.envVar = name;
    return this;
  }

  /**
   * Set the custom handler for processing CLI option arguments into option values.
   *
   * @param {Function} [fn]
   * @return {Option}
   */

  argParser(fn) {
    this.parseArg = fn;
    return this;
  }

  /**
   * Whether the option is mandatory and must have a value after parsing.
   *
   * @param {boolean} [mandatory=true]
   * @return {Option}
   */

  makeOptionMandatory(mandatory = true) {
    this.mandatory = !!mandatory;
    return this;
  }

  /**
   * Hide option in help.
   *
   * @param {boolean} [hide=true]
   * @return {Option}
   */

  hideHelp(hide = true) {
    this.hidden = !!hide;
    return this;
  }

  /**
   * @package
   */

  _collectValue(value, previous) {
    if (previous === this.defaultValue || !Array.isArray(previous)) {
      return [value];
    }

    previous.push(value);
    return previous;
  }

  /**
   * Only allow option value to be one of choices.
   *
   * @param {string[]} values
   * @return {Option}
   */

  choices(values) {
    this.argChoices = values.slice();
    this.parseArg = (arg, previous) => {
      if (!this.argChoices.includes(arg)) {
        throw new InvalidArgumentError(
          `Allowed choices are ${this.argChoices.join(', ')}.`,
        );
      }
      if (this.variadic) {
        return this._collectValue(arg, previous);
      }
      return arg;
    };
    return this;
  }

  /**
   * Return option name.
   *
   * @return {string}
   */

  name() {
    if (this.long) {
      return this.long.replace(/^--/, '');
    }
    return this.short.replace(/^-/, '');
  }

  /**
   * Return option name, in a camelcase format that can be used
   * as an object attribute key.
   *
   * @return {string}
   */

  attributeName() {
    if (this.negate) {
      return camelcase(this.name().replace(/^no-/, ''));
    }
    return camelcase(this.name());
  }

  /**
   * Set the help group heading.
   *
   * @param {string} heading
   * @return {Option}
   */
  helpGroup(heading) {
    this.helpGroupHeading = heading;
    return this;
  }

  /**
   * Check if `arg` matches the short or long flag.
   *
   * @param {string} arg
   * @return {boolean}
   * @package
   */

  is(arg) {
    return this.short === arg || this.long === arg;
  }

  /**
   * Return whether a boolean option.
   *
   * Options are one of boolean, negated, required argument, or optional argument.
   *
   * @return {boolean}
   * @package
   */

  isBoolean() {
    return !this.required && !this.optional && !this.negate;
  }
}

/**
 * This class is to make it easier to work with dual options, without changing the existing
 * implementation. We support separate dual options for separate positive and negative options,
 * like `--build` and `--no-build`, which share a single option value. This works nicely for some
 * use cases, but is tricky for others where we want separate behaviours despite
 * the single shared option value.
 */
class DualOptions {
  /**
   * @param {Option[]} options
   */
  constructor(options) {
    this.positiveOptions = new Map();
    this.negativeOptions = new Map();
    this.dualOptions = new Set();
    options.forEach((option) => {
      if (option.negate) {
        this.negativeOptions.set(option.attributeName(), option);
      } else {
        this.positiveOptions.set(option.attributeName(), option);
      }
    });
    this.negativeOptions.forEach((value, key) => {
      if (this.positiveOptions.has(key)) {
        this.dualOptions.add(key);
      }
    });
  }

  /**
   * Did the value come from the option, and not from possible matching dual option?
   *
   * @param {*} value
   * @param {Option} option
   * @returns {boolean}
   */
  valueFromOption(value, option) {
    const optionKey = option.attributeName();
    if (!this.dualOptions.has(optionKey)) return true;

    // Use the value to deduce if (probably) came from the option.
    const preset = this.negativeOptions.get(optionKey).presetArg;
    const negativeValue = preset !== undefined ? preset : false;
    return option.negate === (negativeValue === value);
  }
}

/**
 * Convert string from kebab-case to camelCase.
 *
 * @param {string} str
 * @return {string}
 * @private
 */

function camelcase(str) {
  return str.split('-').reduce((str, word) => {
    return str + word[0].toUpperCase() + word.slice(1);
  });
}

/**
 * Split the short and long flag out of something like '-m,--mixed <value>'
 *
 * @private
 */

function splitOptionFlags(flags) {
  let shortFlag;
  let longFlag;
  // short flag, single dash and single character
  const shortFlagExp = /^-[^-]$/;
  // long flag, double dash and at least one character
  const longFlagExp = /^--[^-]/;

  const flagParts = flags.split(/[ |,]+/).concat('guard');
  // Normal is short and/or long.
  if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
  if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
  // Long then short. Rarely used but fine.
  if (!shortFlag && shortFlagExp.test(flagParts[0]))
    shortFlag = flagParts.shift();
  // Allow two long flags, like '--ws, --workspace'
  // This is the supported way to have a shortish option flag.
  if (!shortFlag && longFlagExp.test(flagParts[0])) {
    shortFlag = longFlag;
    longFlag = flagParts.shift();
  }

  // Check for unprocessed flag. Fail noisily rather than silently ignore.
  if (flagParts[0].startsWith('-')) {
    const unsupportedFlag = flagParts[0];
    const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
    if (/^-[^-][^-]/.test(unsupportedFlag))
      throw new Error(
        `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`,
      );
    if (shortFlagExp.test(unsupportedFlag))
      throw new Error(`${baseError}
- too many short flags`);
    if (longFlagExp.test(unsupportedFlag))
      throw new Error(`${baseError}
- too many long flags`);

    throw new Error(`${baseError}
- unrecognised flag format`);
  }
  if (shortFlag === undefined && longFlag === undefined)
    throw new Error(
      `option creation failed due to no flags found in '${flags}'.`,
    );

  return { shortFlag, longFlag };
}

exports.Option = Option;
exports.DualOptions = DualOptions;


/***/ }),

/***/ 3646:
/***/ ((__unused_webpack_module, exports) => {

const maxDistance = 3;

function editDistance(a, b) {
  // https://en.wikipedia.org/wiki/Damerau–Levenshtein_distance
  // Calculating optimal string alignment distance, no substring is edited more than once.
  // (Simple implementation.)

  // Quick early exit, return worst case.
  if (Math.abs(a.length - b.length) > maxDistance)
    return Math.max(a.length, b.length);

  // distance between prefix substrings of a and b
  const d = [];

  // pure deletions turn a into empty string
  for (let i = 0; i <= a.length; i++) {
    d[i] = [i];
  }
  // pure insertions turn empty string into b
  for (let j = 0; j <= b.length; j++) {
    d[0][j] = j;
  }

  // fill matrix
  for (let j = 1; j <= b.length; j++) {
    for (let i = 1; i <= a.length; i++) {
      let cost = 1;
      if (a[i - 1] === b[j - 1]) {
        cost = 0;
      } else {
        cost = 1;
      }
      d[i][j] = Math.min(
        d[i - 1][j] + 1, // deletion
        d[i][j - 1] + 1, // insertion
        d[i - 1][j - 1] + cost, // substitution
      );
      // transposition
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }

  return d[a.length][b.length];
}

/**
 * Find close matches, restricted to same number of edits.
 *
 * @param {string} word
 * @param {string[]} candidates
 * @returns {string}
 */

function suggestSimilar(word, candidates) {
  if (!candidates || candidates.length === 0) return '';
  // remove possible duplicates
  candidates = Array.from(new Set(candidates));

  const searchingOptions = word.startsWith('--');
  if (searchingOptions) {
    word = word.slice(2);
    candidates = candidates.map((candidate) => candidate.slice(2));
  }

  let similar = [];
  let bestDistance = maxDistance;
  const minSimilarity = 0.4;
  candidates.forEach((candidate) => {
    if (candidate.length <= 1) return; // no one character guesses

    const distance = editDistance(word, candidate);
    const length = Math.max(word.length, candidate.length);
    const similarity = (length - distance) / length;
    if (similarity > minSimilarity) {
      if (distance < bestDistance) {
        // better edit distance, throw away previous worse matches
        bestDistance = distance;
        similar = [candidate];
      } else if (distance === bestDistance) {
        similar.push(candidate);
      }
    }
  });

  similar.sort((a, b) => a.localeCompare(b));
  if (searchingOptions) {
    similar = similar.map((candidate) => `--${candidate}`);
  }

  if (similar.length > 1) {
    return `\n(Did you mean one of ${similar.join(', ')}?)`;
  }
  if (similar.length === 1) {
    return `\n(Did you mean ${similar[0]}?)`;
  }
  return '';
}

exports.suggestSimilar = suggestSimilar;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ../../work/main/node_modules/commander/index.js
var commander = __nccwpck_require__(3637);
;// CONCATENATED MODULE: ../../work/main/node_modules/commander/esm.mjs


// wrapper to provide named exports for ESM.
const {
  /* program */ "DM": program,
  /* createCommand */ "gu": createCommand,
  /* createArgument */ "er": createArgument,
  /* createOption */ "Ww": createOption,
  /* CommanderError */ "b7": CommanderError,
  /* InvalidArgumentError */ "Di": InvalidArgumentError,
  /* InvalidOptionArgumentError */ "a2": InvalidOptionArgumentError, // deprecated old name
  /* Command */ "uB": Command,
  /* Argument */ "ef": Argument,
  /* Option */ "c$": Option,
  /* Help */ "_V": Help,
} = commander;

// EXTERNAL MODULE: ../../work/main/node_modules/picomatch/index.js
var node_modules_picomatch = __nccwpck_require__(8374);
;// CONCATENATED MODULE: ./lib/core/discover.js



const SKIP_DIRS = new Set(['.git', '.hg', '.svn']);
/**
 * CLI style: each path is a file or a folder (walked recursively).
 */
function discoverPaths(paths, options) {
    const walker = new Walker(options);
    for (const input of paths) {
        const absolute = (0,external_node_path_.resolve)(options.root, input);
        let stat;
        try {
            stat = (0,external_node_fs_.statSync)(absolute);
        }
        catch (error) {
            walker.errors.push({ path: input, message: describeFsError(error, input) });
            continue;
        }
        if (stat.isDirectory())
            walker.walk(absolute, () => true, safeRealpath(absolute) ?? absolute);
        else if (stat.isFile())
            walker.add(absolute, true);
        else
            walker.skipped.push({ path: input, reason: 'not a regular file' });
    }
    return walker.result();
}
/**
 * Action style: newline-separated globs relative to the root. A pattern without
 * glob characters that names a folder means everything below it.
 */
function discoverGlobs(patterns, options) {
    const walker = new Walker(options);
    const globs = [];
    for (const raw of patterns) {
        const pattern = raw.trim();
        if (!pattern || pattern.startsWith('#'))
            continue;
        if (!picomatch.scan(pattern).isGlob) {
            const absolute = resolve(options.root, pattern);
            try {
                const stat = statSync(absolute);
                if (stat.isDirectory()) {
                    globs.push(`${toPosix(relative(options.root, absolute)) || '.'}/**`.replace(/^\.\//, ''));
                    continue;
                }
            }
            catch {
                // Not there: treated as a glob that matches nothing.
            }
        }
        globs.push(pattern.replace(/^\.\//, ''));
    }
    // Case-insensitive: MODEL.PKL is as dangerous as model.pkl.
    const matches = picomatch(globs.length ? globs : ['**'], { dot: true, nocase: true });
    walker.walk(options.root, (rel) => matches(rel), safeRealpath(options.root) ?? options.root);
    return walker.result();
}
class Walker {
    options;
    files = [];
    errors = [];
    skipped = [];
    seen = new Set();
    excluded;
    rootReal;
    constructor(options) {
        this.options = options;
        const exclude = (options.exclude ?? []).map((p) => p.trim()).filter((p) => p && !p.startsWith('#'));
        this.excluded = exclude.length ? node_modules_picomatch(exclude, { dot: true }) : () => false;
        this.rootReal = safeRealpath(options.root) ?? options.root;
    }
    /** `real`: the resolved path when the caller knows it (a plain file below a resolved folder). */
    add(absolute, explicit, real = safeRealpath(absolute) ?? absolute, relativePath = this.relativeOf(absolute)) {
        if (this.seen.has(real))
            return;
        if (this.excluded(relativePath))
            return;
        this.seen.add(real);
        this.files.push({ absolutePath: absolute, relativePath, explicit });
    }
    /**
     * Walks `dir`, whose resolved path is `realDir`: plain files and folders below it
     * resolve to `realDir/name`, so only symbolic links cost a realpath (one per file
     * was most of the per-file overhead on folders of small models).
     */
    walk(dir, include, realDir) {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
        }
        catch (error) {
            this.errors.push({ path: this.relativeOf(dir), message: describeFsError(error, dir) });
            return;
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        const relDir = this.relativeOf(dir);
        const prefix = relDir === '.' ? '' : relDir.endsWith('/') ? relDir : `${relDir}/`;
        // readdir paths are already normal: concatenate instead of path.join (measurable per file).
        const dirSep = dir.endsWith(external_node_path_.sep) ? dir : dir + external_node_path_.sep;
        const realSep = realDir.endsWith(external_node_path_.sep) ? realDir : realDir + external_node_path_.sep;
        for (const entry of entries) {
            const absolute = dirSep + entry.name;
            const rel = prefix + entry.name;
            if (entry.isDirectory()) {
                if (SKIP_DIRS.has(entry.name) || this.excluded(rel))
                    continue;
                this.walk(absolute, include, realSep + entry.name);
            }
            else if (entry.isFile()) {
                if (include(rel))
                    this.add(absolute, false, realSep + entry.name, rel);
            }
            else if (entry.isSymbolicLink()) {
                this.followLink(absolute, rel, include);
            }
        }
    }
    followLink(absolute, rel, include) {
        const real = safeRealpath(absolute);
        if (!real) {
            if (include(rel))
                this.skipped.push({ path: rel, reason: 'broken symbolic link' });
            return;
        }
        if (!this.options.followExternalSymlinks && !isInside(this.rootReal, real)) {
            if (include(rel))
                this.skipped.push({ path: rel, reason: 'symbolic link to a path outside the scan root' });
            return;
        }
        const stat = (0,external_node_fs_.lstatSync)(real);
        if (stat.isDirectory()) {
            // Links to folders inside the root are reached by the walk anyway; following them risks loops.
            return;
        }
        if (stat.isFile() && include(rel))
            this.add(absolute, false, real, rel);
    }
    relativeOf(absolute) {
        const rel = (0,external_node_path_.relative)(this.options.root, absolute);
        if (!rel)
            return '.';
        if (rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel))
            return toPosix(absolute);
        return toPosix(rel);
    }
    result() {
        return { files: this.files, errors: this.errors, skipped: this.skipped };
    }
}
function isInside(root, path) {
    const rel = (0,external_node_path_.relative)(root, path);
    return rel === '' || (!rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel));
}
function safeRealpath(path) {
    try {
        return (0,external_node_fs_.realpathSync)(path);
    }
    catch {
        return undefined;
    }
}
function toPosix(path) {
    return external_node_path_.sep === '/' ? path : path.split(external_node_path_.sep).join('/');
}
function describeFsError(error, path) {
    const code = error?.code;
    if (code === 'ENOENT')
        return `no such file or directory: ${path}`;
    if (code === 'EACCES' || code === 'EPERM')
        return `permission denied: ${path}`;
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: ./lib/core/exit-codes.js
/** Process exit codes shared by every adapter. */
const EXIT_PASS = 0;
/** Findings at or above the threshold (wins over any error: an error never hides a finding). */
const EXIT_FINDINGS = 1;
/** Usage error, a path that does not exist, or an internal error. */
const EXIT_ERROR = 2;
function exitCodeFor(report, gate) {
    if (gate.outcome === 'fail')
        return EXIT_FINDINGS;
    if (report.errors.length > 0)
        return EXIT_ERROR;
    return EXIT_PASS;
}

;// CONCATENATED MODULE: ./lib/core/severity.js
/** Our severity scale. Ordered from most to least severe. */
const SEVERITIES = ['critical', 'high', 'medium', 'low'];
const THRESHOLDS = [...SEVERITIES, 'none'];
const RANK = { critical: 4, high: 3, medium: 2, low: 1 };
function severityRank(severity) {
    return RANK[severity];
}
/** Sort comparator: most severe first. */
function bySeverityDesc(a, b) {
    return RANK[b.severity] - RANK[a.severity];
}
function isSeverity(value) {
    return SEVERITIES.includes(value);
}
function parseThreshold(value) {
    const v = value.trim().toLowerCase();
    if (THRESHOLDS.includes(v))
        return v;
    throw new Error(`invalid severity threshold "${value}": expected one of ${THRESHOLDS.join(', ')}`);
}
/** True when a finding of this severity meets the threshold. */
function meetsThreshold(severity, threshold) {
    return threshold !== 'none' && RANK[severity] >= RANK[threshold];
}
function highestSeverity(items) {
    let best;
    for (const { severity } of items)
        if (!best || RANK[severity] > RANK[best])
            best = severity;
    return best;
}

;// CONCATENATED MODULE: ./lib/core/gate.js

function evaluateGate(report, threshold) {
    const findings = report.files
        .flatMap((f) => f.findings)
        .sort((a, b) => bySeverityDesc(a, b) || compare(a.file, b.file) || compare(a.member ?? '', b.member ?? '') || (a.offset ?? 0) - (b.offset ?? 0));
    const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
    for (const f of findings)
        counts[f.severity]++;
    const blocking = findings.filter((f) => meetsThreshold(f.severity, threshold));
    return {
        threshold,
        outcome: blocking.length > 0 ? 'fail' : 'pass',
        findings,
        blocking,
        counts,
        highest: highestSeverity(findings),
        scannedFiles: report.files.filter((f) => f.status === 'complete' || f.status === 'incomplete').length,
        notFullyScanned: report.files.filter((f) => f.status !== 'complete' && f.status !== 'ignored'),
    };
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./lib/core/options.js

const OUTPUT_FORMATS = ['text', 'json', 'sarif', 'markdown'];
function parseFormat(value) {
    const v = value.trim().toLowerCase();
    if (OUTPUT_FORMATS.includes(v))
        return v;
    throw new Error(`invalid format "${value}": expected one of ${OUTPUT_FORMATS.join(', ')}`);
}


;// CONCATENATED MODULE: external "node:perf_hooks"
const external_node_perf_hooks_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");
;// CONCATENATED MODULE: ./lib/core/limits.js
const DEFAULT_LIMITS = {
    maxDepth: 5,
    maxMemberBytes: 512 * 1024 * 1024,
    maxTotalInflatedBytes: 2 * 1024 * 1024 * 1024,
    maxMembers: 100_000,
    maxPickleBytes: 1024 * 1024 * 1024,
    maxPickleOpcodes: 50_000_000,
    maxStackDepth: 100_000,
    // Real pickles stay far below (one memo entry per object or string); the pickle engine keeps
    // memoized strings as source offsets (12 bytes each), so the bound stays affordable.
    maxMemoEntries: 16_000_000,
    maxFindingsPerFile: 1_000,
    // The safetensors reference loader refuses headers above 100 MB; nothing else comes close.
    maxJsonBytes: 100_000_000,
    // Python's json module gives up near its recursion limit (1000): deeper files do not load.
    maxJsonDepth: 1_000,
    maxFileSeconds: 300,
};
/** What each limit measures, for messages and `--help`. */
const LIMIT_DESCRIPTIONS = {
    maxDepth: 'archive / nested payload depth',
    maxMemberBytes: 'largest archive member or decompressed stream, bytes',
    maxTotalInflatedBytes: 'bytes decompressed per file on disk, all levels together',
    maxMembers: 'archive members examined per file on disk',
    maxPickleBytes: 'largest pickle stream walked, bytes',
    maxPickleOpcodes: 'pickle opcodes executed per stream',
    maxStackDepth: 'pickle stack depth',
    maxMemoEntries: 'pickle memo entries',
    maxFindingsPerFile: 'findings listed per file',
    maxJsonBytes: 'largest JSON document parsed, bytes',
    maxJsonDepth: 'deepest JSON nesting',
    maxFileSeconds: 'time budget per file on disk, seconds',
};
const BYTE_LIMITS = new Set(['maxMemberBytes', 'maxTotalInflatedBytes', 'maxPickleBytes', 'maxJsonBytes']);
const UNITS = {
    '': 1, b: 1,
    k: 1024, kb: 1000, kib: 1024,
    m: 1024 ** 2, mb: 1000 ** 2, mib: 1024 ** 2,
    g: 1024 ** 3, gb: 1000 ** 3, gib: 1024 ** 3,
};
class LimitError extends Error {
}
/**
 * Validates limits given by name (from a flag, an action input or a config
 * file). Values are positive integers (`1_000_000` and `1,000,000` are fine);
 * byte limits also take a unit (`512MiB`, `2GB`, `64k`). Throws a
 * {@link LimitError} naming the offending limit.
 */
function parseLimits(record) {
    const out = {};
    for (const [name, raw] of Object.entries(record)) {
        if (!Object.hasOwn(DEFAULT_LIMITS, name)) {
            const near = Object.keys(DEFAULT_LIMITS).find((k) => k.toLowerCase() === name.toLowerCase().replace(/[-_]/g, ''));
            throw new LimitError(`unknown limit "${name}"${near ? ` (did you mean "${near}"?)` : ''}; known limits: ${Object.keys(DEFAULT_LIMITS).join(', ')}`);
        }
        const key = name;
        out[key] = parseLimitValue(key, raw);
    }
    return out;
}
function parseLimitValue(key, raw) {
    let value;
    if (typeof raw === 'number')
        value = raw;
    else if (typeof raw === 'string') {
        const m = /^\s*([0-9][0-9_,]*)\s*([a-z]*)\s*$/i.exec(raw);
        const unit = m ? UNITS[m[2].toLowerCase()] : undefined;
        if (m && unit !== undefined && (unit === 1 || BYTE_LIMITS.has(key)))
            value = Number(m[1].replace(/[_,]/g, '')) * unit;
    }
    if (value === undefined || !Number.isSafeInteger(value) || value < 1) {
        const units = BYTE_LIMITS.has(key) ? ' (a unit such as 512MiB or 2GB is accepted)' : '';
        throw new LimitError(`limit "${key}" (${LIMIT_DESCRIPTIONS[key]}) must be a positive integer${units}, not ${JSON.stringify(raw)}`);
    }
    return value;
}
/**
 * `name=value` lines (CLI `--limit`, the action's `limits` input) into a record
 * for {@link parseLimits}. Blank lines and `#` comments are skipped.
 */
function parseLimitAssignments(lines) {
    const record = {};
    for (const line of lines.flatMap((l) => l.split(/\r?\n/))) {
        const text = line.trim();
        if (text === '' || text.startsWith('#'))
            continue;
        const eq = text.indexOf('=');
        if (eq <= 0)
            throw new LimitError(`expected name=value (e.g. maxDepth=3), not "${text}"`);
        record[text.slice(0, eq).trim()] = text.slice(eq + 1).trim();
    }
    return parseLimits(record);
}

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: ./lib/core/budget.js

/**
 * Thrown by {@link FileBudget.check} once a file's time budget is spent. It
 * unwinds the scanner (and every scanner it is nested in); the core reports
 * it once as `scan/incomplete`, never as an internal error.
 */
class TimeBudgetExceeded extends Error {
    seconds;
    constructor(seconds) {
        super(`time budget of ${seconds} s exceeded (limit maxFileSeconds)`);
        this.seconds = seconds;
        this.name = 'TimeBudgetExceeded';
    }
}
/**
 * Work done for one file on disk, shared by everything nested in it whatever
 * the format: a zip in a gzip in a tar draws on the same bytes, members and
 * clock. Owned by the core (one per scanned file), reached through `ctx.budget`.
 */
class FileBudget {
    limits;
    now;
    /** Bytes decompressed so far (limit maxTotalInflatedBytes). */
    inflated = 0;
    /** Archive members routed so far, all nesting levels (limit maxMembers). */
    members = 0;
    /** Limits reported once per file already ("maxMembers", ...): scanners use it to say it once. */
    reported = new Set();
    deadline;
    constructor(limits, now = () => external_node_perf_hooks_namespaceObject.performance.now()) {
        this.limits = limits;
        this.now = now;
        this.deadline = this.now() + limits.maxFileSeconds * 1000;
    }
    /** Bytes that may still be decompressed for this file. */
    get inflateLeft() {
        return Math.max(0, this.limits.maxTotalInflatedBytes - this.inflated);
    }
    /** True once the time budget is spent. */
    get expired() {
        return this.now() > this.deadline;
    }
    /** Milliseconds left of the time budget (0 when spent). */
    get msLeft() {
        return Math.max(0, this.deadline - this.now());
    }
    /** Throws {@link TimeBudgetExceeded} once the time budget is spent. Cheap: call it in long loops. */
    check() {
        if (this.now() > this.deadline)
            throw new TimeBudgetExceeded(this.limits.maxFileSeconds);
    }
}
/**
 * The last line of defence against a parser that never returns (a synchronous
 * loop inside a wasm library, which no timer, time budget or promise can
 * interrupt): a second thread watches a heartbeat in shared memory and, when
 * one file has been scanned for longer than `limitMs`, prints which file hung
 * and kills the process (SIGKILL, exit status 137). A hung scan then fails the
 * CI step within minutes instead of holding the runner for hours, and never
 * passes. Opt-in (`ScanOptions.hangGuard`): the CLI and the action turn it on.
 */
class HangGuard {
    shared = new SharedArrayBuffer(8 + 4 + 4096);
    started = new Float64Array(this.shared, 0, 1);
    nameLength = new Int32Array(this.shared, 8, 1);
    name = new Uint8Array(this.shared, 12, 4096);
    worker;
    /** Resolves once the guard thread runs (a thread starts only after the event loop turns). */
    ready;
    constructor(WorkerClass, limitMs, label) {
        this.worker = new WorkerClass(`const { workerData: d } = require('node:worker_threads');
       const fs = require('node:fs');
       const started = new Float64Array(d.shared, 0, 1), len = new Int32Array(d.shared, 8, 1), bytes = new Uint8Array(d.shared, 12, 4096);
       const tick = new Int32Array(new SharedArrayBuffer(4));
       for (;;) {
         Atomics.wait(tick, 0, 0, 1000);
         const t = started[0];
         if (t > 0 && Date.now() - t > d.limitMs) {
           const name = Buffer.from(bytes.subarray(0, len[0])).toString('utf8');
           try { fs.writeSync(2, d.label + ': ' + name + ': the scan did not finish within ' + Math.round(d.limitMs / 1000) + ' s (a parser is stuck); stopping. The file is not known to be safe.\\n'); } catch {}
           process.kill(process.pid, 'SIGKILL');
         }
       }`, { eval: true, workerData: { shared: this.shared, limitMs, label } });
        // Referenced until it runs (awaiting `ready` must keep the process alive), then never holds the process open.
        this.ready = new Promise((resolve) => {
            const done = () => {
                this.worker.unref();
                resolve();
            };
            this.worker.once('online', done);
            this.worker.once('error', done);
            this.worker.once('exit', done);
        });
    }
    /** A file starts: `name` is shown if it hangs (escaped by the caller). */
    begin(name) {
        const bytes = Buffer.from(name, 'utf8').subarray(0, 4096);
        this.name.set(bytes);
        this.nameLength[0] = bytes.length;
        this.started[0] = Date.now();
    }
    end() {
        this.started[0] = 0;
    }
    close() {
        this.started[0] = 0;
        void this.worker.terminate();
    }
}

;// CONCATENATED MODULE: ./lib/report/escape.js
/**
 * Escaping for strings that come from the scanned repository (file names,
 * archive member names, pickle globals, constant arguments). All of them are
 * attacker-controlled: a file name can carry markup, links, mentions, ANSI
 * escape sequences or bidi overrides meant to disguise what a report says.
 */
const HTML_ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
    '`': '&#96;',
};
/** HTML-escapes `& < > " '` and backticks (which start code spans in markdown). */
function escapeHtml(text) {
    return text.replace(/[&<>"'`]/g, (c) => HTML_ENTITIES[c]);
}
/**
 * Characters that can start markdown or HTML syntax mid-line, GitHub math
 * (`$`), emoji shortcodes (`:`), or an auto-link (`http:`, `www.`, `a@b.c`).
 * They become numeric character references: renderers display those
 * literally and never treat them as syntax.
 */
const MARKDOWN_SPECIAL = /www\.|[&<>"'`\\*_[\]()!#|~{}:@$]/gi;
/** At the start of a line these begin a list, a quote, a heading underline or a code block. */
const LINE_START_SPECIAL = /^[-+=0-9 ]/;
function charReference(c) {
    return `&#${c.codePointAt(0)};`;
}
/**
 * Makes text safe to embed in GitHub-flavoured markdown (and in HTML around it):
 * no links, images, emphasis, headings, tables, HTML tags or auto-links survive,
 * control characters are shown as escapes, and the result is a single line.
 * Wrap the result in `<code>` (see {@link codeSpan}) to also keep GitHub from
 * linking `@mentions` and `#refs`, which it does on the rendered text.
 */
function neutralizeMarkdown(text) {
    return visibleControls(text)
        .replace(MARKDOWN_SPECIAL, (m) => (m.length > 1 ? `${m.slice(0, 3)}&#46;` : charReference(m)))
        .replace(LINE_START_SPECIAL, charReference);
}
/** U+2060 WORD JOINER: invisible, and breaks GitHub's `@user` / `#123` linking, which needs a name right after the sign. */
const WORD_JOINER = '&#8288;';
/**
 * Untrusted prose (messages, reasons) outside a code span: neutralised
 * markdown, and `@mentions` / `#refs` broken with an invisible word joiner
 * (GitHub links those on the rendered text, after entities are decoded).
 */
function neutralizeProse(text) {
    return neutralizeMarkdown(text).replace(/&#(64|35);/g, `$&${WORD_JOINER}`);
}
/**
 * A markdown table cell: pipes cannot add columns, and line breaks (shown as
 * `\n`, so a name that hides one stays recognisable) cannot end the row.
 */
function escapeMarkdownTableCell(text) {
    return neutralizeMarkdown(text);
}
/** Inline code for an untrusted string: literal in markdown and HTML, and never linkified. */
function codeSpan(text) {
    return `<code>${neutralizeMarkdown(text)}</code>`;
}
/**
 * Control characters that make a terminal (or a reader) see something other
 * than what is there: C0 (incl. ESC, CR, LF, TAB), DEL, C1, the Arabic letter
 * mark, LRM/RLM, line/paragraph separators, and the bidi embedding, override
 * and isolate controls (the "Trojan Source" set).
 */
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED_ESCAPES = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/** Replaces every control character with a visible escape such as `\x1b` or `\u202e`. */
function visibleControls(text) {
    return text.replace(CONTROL_CHARS, (c) => {
        const named = NAMED_ESCAPES[c];
        if (named)
            return named;
        const code = c.charCodeAt(0);
        return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
    });
}
/**
 * The GitHub Actions runner obeys `##[command]` anywhere in a log line and
 * `::command::` at the start of one (after leading whitespace). Output of the
 * CLI and the action ends up in that log.
 */
const LEGACY_WORKFLOW_COMMAND = /##\[/g;
const LEADING_WORKFLOW_COMMAND = /^(\s*):(?=:)/;
/**
 * Makes an untrusted string safe to print on a terminal or in a GitHub Actions
 * log: every control character (ESC, CR, LF, bidi overrides, …) is shown as an
 * escape (`\x1b`, `\u202e`) instead of being interpreted, the result is one
 * line, and it cannot carry a workflow command (`##[` and a leading `::` get
 * their first character shown as `\x23` / `\x3a`).
 */
function escapeTerminal(text) {
    return visibleControls(text).replace(LEGACY_WORKFLOW_COMMAND, '\\x23#[').replace(LEADING_WORKFLOW_COMMAND, '$1\\x3a');
}
/**
 * SARIF plain-text messages treat `[text](target)` as an embedded link
 * (SARIF 2.1.0 §3.11.6); literal brackets, and a backslash right before
 * one, must be escaped with a backslash.
 */
const SARIF_LINK_CHARS = /\\(?=[[\]])|[[\]]/g;
/**
 * Makes an untrusted string safe inside a SARIF `message.text`: no embedded
 * links, and control characters (bidi overrides included) shown as escapes
 * so the code scanning UI shows what is really there.
 */
function escapeSarifText(text) {
    return visibleControls(text).replace(SARIF_LINK_CHARS, '\\$&');
}
/** ANSI escape sequences (CSI, OSC, and two-character ESC sequences). */
const ANSI_SEQUENCE = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]|\u009b[0-?]*[ -/]*[@-~]/g;
/** Removes ANSI escape sequences (colours, cursor moves, OSC hyperlinks) from text. */
function stripAnsi(text) {
    return text.replace(ANSI_SEQUENCE, '');
}
const ELLIPSIS = '…';
/**
 * Shortens text to at most `max` characters (code points), ending with "…"
 * when cut. Never splits a surrogate pair.
 */
function shorten(text, max) {
    if (max <= 0)
        return '';
    const chars = Array.from(text);
    if (chars.length <= max)
        return text;
    return chars.slice(0, max - 1).join('') + ELLIPSIS;
}

;// CONCATENATED MODULE: ./lib/core/scanner.js
const PROBE_HEAD_BYTES = 4096;
const PROBE_TAIL_BYTES = 65_557; // max zip EOCD record + comment

;// CONCATENATED MODULE: ./lib/core/route.js


function makeProbe(source, name) {
    const head = source.read(0, Math.min(PROBE_HEAD_BYTES, source.size));
    let tailCache;
    const base = external_node_path_.posix.basename(name.replaceAll('\\', '/')).toLowerCase();
    return {
        head,
        // Read lazily: most formats never look at the end.
        get tail() {
            if (!tailCache) {
                const start = Math.max(0, source.size - PROBE_TAIL_BYTES);
                tailCache = start === 0 && head.length === source.size ? head : source.read(start, source.size - start);
            }
            return tailCache;
        },
        size: source.size,
        name: base,
        extension: (0,external_node_path_.extname)(base),
        source,
    };
}
/**
 * Picks the scanner for some bytes: the first that recognises the content wins;
 * a scanner that only recognises the name is the fallback.
 */
function route(scanners, probe) {
    let byHint;
    for (const scanner of scanners) {
        const claim = scanner.claim(probe);
        if (claim === 'magic')
            return scanner;
        if (claim === 'hint' && !byHint)
            byHint = scanner;
    }
    return byHint;
}

;// CONCATENATED MODULE: ./lib/core/source.js

class BufferSource {
    bytes;
    constructor(bytes) {
        this.bytes = bytes;
    }
    get size() {
        return this.bytes.length;
    }
    read(offset, length) {
        if (offset < 0 || length < 0)
            throw new RangeError(`bad read at ${offset} (${length} bytes)`);
        return this.bytes.subarray(offset, Math.min(this.bytes.length, offset + length));
    }
}
/** A file opened once; positioned reads; close() when done. */
class FileSource {
    size;
    fd;
    constructor(path) {
        this.fd = (0,external_node_fs_.openSync)(path, 'r');
        try {
            this.size = (0,external_node_fs_.fstatSync)(this.fd).size;
        }
        catch (error) {
            (0,external_node_fs_.closeSync)(this.fd);
            throw error;
        }
    }
    read(offset, length) {
        if (this.fd === undefined)
            throw new Error('file source is closed');
        if (offset < 0 || length < 0)
            throw new RangeError(`bad read at ${offset} (${length} bytes)`);
        const want = Math.max(0, Math.min(length, this.size - offset));
        const out = Buffer.allocUnsafe(want);
        let done = 0;
        while (done < want) {
            const n = (0,external_node_fs_.readSync)(this.fd, out, done, want - done, offset + done);
            if (n === 0)
                break;
            done += n;
        }
        return done === want ? out : out.subarray(0, done);
    }
    close() {
        if (this.fd !== undefined)
            (0,external_node_fs_.closeSync)(this.fd);
        this.fd = undefined;
    }
}
/** A window [start, start+length) of another source, e.g. a STORED zip member. */
class SliceSource {
    inner;
    start;
    size;
    constructor(inner, start, size) {
        this.inner = inner;
        this.start = start;
        this.size = size;
    }
    read(offset, length) {
        if (offset < 0 || length < 0)
            throw new RangeError(`bad read at ${offset} (${length} bytes)`);
        const end = Math.min(this.size, offset + length);
        if (end <= offset)
            return new Uint8Array(0);
        return this.inner.read(this.start + offset, end - offset);
    }
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./lib/core/shard.js

/** Parses "i/n" (1 ≤ i ≤ n ≤ 256, GitHub's matrix ceiling). */
function parseShard(value) {
    const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
    const index = Number(m?.[1]);
    const count = Number(m?.[2]);
    if (!m || count < 1 || count > 256 || index < 1 || index > count) {
        throw new Error(`invalid shard "${value}": expected i/n with 1 ≤ i ≤ n ≤ 256 (e.g. 2/4)`);
    }
    return { index, count };
}
/**
 * Which shard a path belongs to. By hash of the path (not by position in a sorted list),
 * so adding or removing a file moves no other file to another shard.
 */
function shardOfPath(relativePath, count) {
    const digest = (0,external_node_crypto_namespaceObject.createHash)('sha256').update(relativePath).digest();
    return (digest.readUInt32BE(0) % count) + 1;
}
function inShard(relativePath, shard) {
    return !shard || shardOfPath(relativePath, shard.count) === shard.index;
}

;// CONCATENATED MODULE: ./lib/policy/pickle-globals.js
const CATEGORY_SEVERITY = {
    exec: 'critical',
    shell: 'critical',
    process: 'critical',
    native: 'critical',
    nested: 'critical',
    resolve: 'critical',
    import: 'critical',
    callback: 'critical',
    tamper: 'critical',
    file: 'high',
    network: 'high',
    recon: 'high',
};
const d = (category, reason) => ({ category, reason });
const names = (category, reason, list) => Object.fromEntries(list.map((n) => [n, d(category, reason)]));
const CAP_CLASS = /^_?[A-Z][A-Za-z0-9_]*$/;
const DEFAULT_PICKLE_POLICY = {
    allow: {
        builtins: [
            'object', 'bool', 'int', 'float', 'complex', 'str', 'bytes', 'bytearray', 'list', 'tuple', 'set', 'frozenset',
            'dict', 'slice', 'range', 'type', 'NotImplemented', 'Ellipsis', 'True', 'False', 'None',
            // Pure functions and consumers: they call nothing but the dunder methods of allowlisted values
            // (map, filter and iter(callable, sentinel) are dispatchers, see `dispatchers`).
            'sorted', 'reversed', 'enumerate', 'zip', 'next', 'sum', 'min', 'max', 'any', 'all', 'len', 'abs', 'round', 'chr', 'ord',
            'str.join',
        ],
        itertools: ['chain', 'chain.from_iterable', 'islice', 'repeat', 'count', 'cycle', 'product', 'permutations', 'combinations', 'zip_longest', 'pairwise'],
        copyreg: ['_reconstructor', '__newobj__', '__newobj_ex__'],
        // Python 3 pickles bytes at protocol <= 2 as _codecs.encode(str, 'latin1').
        _codecs: ['encode'],
        collections: ['OrderedDict', 'defaultdict', 'Counter', 'deque'],
        datetime: ['datetime', 'date', 'time', 'timedelta', 'timezone'],
        decimal: ['Decimal'],
        fractions: ['Fraction'],
        uuid: ['UUID'],
        argparse: ['Namespace'],
        types: ['SimpleNamespace'],
        pathlib: ['Path', 'PosixPath', 'WindowsPath', 'PurePath', 'PurePosixPath', 'PureWindowsPath'],
        re: ['_compile'],
        enum: ['Enum', 'IntEnum', 'Flag', 'IntFlag'],
        // numpy: array and scalar reconstruction, numpy 1.x and 2.x module names.
        numpy: [
            'ndarray', 'dtype', 'matrix', 'bool_', 'int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64',
            'float16', 'float32', 'float64', 'longdouble', 'complex64', 'complex128', 'clongdouble', 'str_', 'bytes_',
            'void', 'object_', 'datetime64', 'timedelta64', 'intc', 'uintc', 'longlong', 'ulonglong', 'half', 'single',
            'double', 'csingle', 'cdouble', 'byte', 'ubyte', 'short', 'ushort', 'intp', 'uintp', 'int_', 'float_', 'complex_',
            'unicode_', 'string_', 'generic', 'number',
        ],
        'numpy.core.multiarray': ['_reconstruct', 'scalar'],
        'numpy._core.multiarray': ['_reconstruct', 'scalar'],
        'numpy.core.numeric': ['_frombuffer'],
        'numpy._core.numeric': ['_frombuffer'],
        'numpy.ma.core': ['_mareconstruct', 'MaskedArray', 'MaskedConstant'],
        'numpy.matrixlib.defmatrix': ['matrix'],
        'numpy.core.records': ['recarray', 'record'],
        'numpy.random._pickle': ['__randomstate_ctor', '__bit_generator_ctor', '__generator_ctor'],
        'numpy.random.mtrand': ['RandomState'],
        'numpy.random._generator': ['Generator'],
        'numpy.random._mt19937': ['MT19937'],
        'numpy.random._pcg64': ['PCG64', 'PCG64DXSM'],
        'numpy.random._philox': ['Philox'],
        'numpy.random._sfc64': ['SFC64'],
        'numpy.random.bit_generator': ['SeedSequence'],
        // torch: tensors, storages, dtypes and layouts as torch.save writes them.
        torch: [
            'Tensor', 'Size', 'device', 'dtype', 'layout', 'memory_format', 'finfo', 'iinfo',
            'FloatStorage', 'DoubleStorage', 'HalfStorage', 'BFloat16Storage', 'LongStorage', 'IntStorage', 'ShortStorage',
            'CharStorage', 'ByteStorage', 'BoolStorage', 'ComplexFloatStorage', 'ComplexDoubleStorage', 'QInt8Storage',
            'QUInt8Storage', 'QInt32Storage', 'QUInt4x2Storage', 'QUInt2x4Storage', 'UntypedStorage', 'TypedStorage',
            'float32', 'float', 'float64', 'double', 'float16', 'half', 'bfloat16', 'complex32', 'complex64', 'cfloat',
            'complex128', 'cdouble', 'uint8', 'int8', 'int16', 'short', 'int32', 'int', 'int64', 'long', 'bool', 'qint8',
            'quint8', 'qint32', 'quint4x2', 'quint2x4', 'float8_e4m3fn', 'float8_e5m2', 'float8_e4m3fnuz', 'float8_e5m2fnuz',
            'uint16', 'uint32', 'uint64', 'strided', 'sparse_coo', 'sparse_csr', 'sparse_csc', 'sparse_bsr', 'sparse_bsc',
            '_mkldnn', 'contiguous_format', 'channels_last', 'channels_last_3d', 'preserve_format', 'per_tensor_affine',
            'per_channel_affine', 'per_tensor_symmetric', 'per_channel_symmetric', 'per_channel_affine_float_qparams',
            // Legacy tensor types, named by the `tensors` member of torch's legacy tar layout.
            'FloatTensor', 'DoubleTensor', 'HalfTensor', 'BFloat16Tensor', 'LongTensor', 'IntTensor', 'ShortTensor', 'CharTensor',
            'ByteTensor', 'BoolTensor',
        ],
        'torch._utils': [
            '_rebuild_tensor', '_rebuild_tensor_v2', '_rebuild_tensor_v3', '_rebuild_parameter', '_rebuild_parameter_with_state',
            '_rebuild_parameter_v2', '_rebuild_sparse_tensor', '_rebuild_nested_tensor', '_rebuild_device_tensor_from_numpy',
            '_rebuild_device_tensor_from_cpu_tensor', '_rebuild_meta_tensor_no_storage', '_rebuild_wrapper_subclass',
            '_rebuild_qtensor', '_rebuild_xla_tensor', '_rebuild_mtia_tensor', '_rebuild_sparse_csr_tensor',
        ],
        'torch._tensor': ['_rebuild_from_type', '_rebuild_from_type_v2'],
        'torch.storage': ['TypedStorage', 'UntypedStorage', '_load_from_bytes'],
        'torch.serialization': ['_get_layout'],
        'torch.nn.parameter': ['Parameter', 'UninitializedParameter', 'UninitializedBuffer', 'Buffer'],
        'torch.cuda': [
            'FloatStorage', 'DoubleStorage', 'HalfStorage', 'BFloat16Storage', 'LongStorage', 'IntStorage', 'ShortStorage',
            'CharStorage', 'ByteStorage', 'BoolStorage',
        ],
        'torch.distributions.constraints': ['_Real', '_Interval', '_GreaterThan'],
        'torch.torch_version': ['TorchVersion'],
        'torch.optim.lr_scheduler': ['StepLR', 'MultiStepLR', 'CosineAnnealingLR', 'ExponentialLR', 'LinearLR', 'OneCycleLR', 'ReduceLROnPlateau'],
        // TorchScript archives (torch.jit.save): constants.pkl and *.debug_pkl rebuild lists through these
        // identity helpers (torch/jit/_pickle.py), which only return their argument.
        'torch.jit._pickle': ['build_intlist', 'build_tensorlist', 'build_doublelist', 'build_boollist', 'build_tensor_from_id', 'restore_type_tag'],
        // dill pickles numpy arrays and namedtuples with these helpers: _create_array(f, args, state) calls
        // f (a global checked on its own); _create_dtypemeta and _create_namedtuple build types, no code.
        'dill._dill': ['_create_array', '_create_dtypemeta', '_create_namedtuple'],
        // joblib writes array placeholders into its own pickles (the raw data follows inline).
        'joblib.numpy_pickle': ['NumpyArrayWrapper', 'NDArrayWrapper', 'ZNDArrayWrapper'],
        'sklearn.externals.joblib.numpy_pickle': ['NumpyArrayWrapper', 'NDArrayWrapper', 'ZNDArrayWrapper'],
        // pandas: reconstruction helpers used by DataFrame/Series/Index pickles.
        'pandas._libs.internals': ['_unpickle_block'],
        'pandas._libs.arrays': ['__pyx_unpickle_NDArrayBacked'],
        'pandas._libs.tslibs.timestamps': ['_unpickle_timestamp'],
        'pandas._libs.tslibs.timedeltas': ['_timedelta_unpickle'],
        'pandas._libs.tslibs.nattype': ['__nat_unpickle'],
        'pandas._libs.tslibs.offsets': ['_unpickle_offset'],
        'pandas.core.indexes.base': ['_new_Index'],
        'pandas.core.indexes.datetimes': ['_new_DatetimeIndex'],
        'pandas.core.indexes.period': ['_new_PeriodIndex'],
        'pandas.core.internals.blocks': ['new_block', 'new_block_2d'],
        'pandas._libs.sparse': ['IntIndex', 'BlockIndex'],
        // sklearn lower-case reconstructors.
        'sklearn.tree._tree': ['Tree'],
        // xgboost / lightgbm scikit-learn wrappers and boosters (boosters restore from an in-memory model string).
        'xgboost.sklearn': ['XGBClassifier', 'XGBRegressor', 'XGBRanker', 'XGBRFClassifier', 'XGBRFRegressor', 'XGBModel'],
        'xgboost.core': ['Booster'],
        'lightgbm.sklearn': ['LGBMClassifier', 'LGBMRegressor', 'LGBMRanker', 'LGBMModel'],
        'lightgbm.basic': ['Booster'],
        // transformers / accelerate: training-argument files (training_args.bin) and configs.
        'transformers.training_args': ['TrainingArguments', 'OptimizerNames', 'ParallelMode'],
        'transformers.training_args_seq2seq': ['Seq2SeqTrainingArguments'],
        'transformers.trainer_utils': ['IntervalStrategy', 'SchedulerType', 'HubStrategy', 'SaveStrategy', 'EvaluationStrategy', 'FSDPOption'],
        'transformers.trainer_pt_utils': ['AcceleratorConfig'],
        'transformers.debug_utils': ['DebugOption'],
        'transformers.generation.configuration_utils': ['GenerationConfig'],
        'transformers.tokenization_utils_base': ['BatchEncoding', 'AddedToken'],
        // Pickled tokenizers: the Python wrapper restores its __dict__; the Rust tokenizers objects restore
        // from JSON in __setstate__ (tokenizers' bindings declare Tokenizer in module "tokenizers" and
        // the model base class as tokenizers.models.Model, instantiated empty for pickle).
        'transformers.tokenization_utils_fast': ['PreTrainedTokenizerFast'],
        'transformers.tokenization_utils': ['PreTrainedTokenizer'],
        tokenizers: ['Tokenizer', 'AddedToken'],
        'tokenizers.models': ['Model', 'BPE', 'WordPiece', 'WordLevel', 'Unigram'],
        'accelerate.utils.dataclasses': ['DistributedType', 'DeepSpeedPlugin'],
        'accelerate.state': ['PartialState'],
        // ultralytics checkpoints pickle the model object and its training settings.
        'ultralytics.utils': ['IterableSimpleNamespace'],
        'ultralytics.yolo.utils': ['IterableSimpleNamespace'],
        'ultralytics.utils.loss': ['v8DetectionLoss', 'v8SegmentationLoss', 'v8PoseLoss', 'v8ClassificationLoss', 'v8OBBLoss', 'BboxLoss', 'DFLoss'],
        'ultralytics.yolo.utils.loss': ['BboxLoss'],
        'ultralytics.utils.tal': ['TaskAlignedAssigner'],
    },
    allowFamilies: [
        {
            modules: ['sklearn.'],
            exceptModules: ['sklearn.datasets', 'sklearn.datasets.', 'sklearn.utils._testing', 'sklearn.utils._joblib', 'sklearn.externals.', 'sklearn.conftest', 'sklearn.tests.', 'sklearn.experimental', 'sklearn.utils._show_versions'],
            names: CAP_CLASS,
            why: 'scikit-learn estimators, transformers and their Cython internals are classes whose construction only stores parameters; ' +
                'callables they hold (FunctionTransformer.func, a custom scorer) are separate globals and are checked on their own.',
        },
        {
            modules: ['pandas.core.', 'pandas._libs.'],
            names: CAP_CLASS,
            why: 'pandas containers, blocks, indexes, dtypes and arrays (pandas.io, which reads and writes files, is not covered).',
        },
        {
            modules: ['torch.nn.modules.'],
            names: CAP_CLASS,
            why: 'torch.nn layers pickled in full-model checkpoints; constructing a layer allocates tensors and does no I/O.',
        },
        {
            modules: ['__torch__', '__torch__.'],
            names: /^[A-Za-z_][A-Za-z0-9_]*$/,
            why: 'TorchScript classes in a torch.jit.save archive (data.pkl, constants.pkl): torch.jit.load resolves them against the TorchScript source ' +
                'compiled from the archive\'s code/ folder (checked by the TorchScript scanner), never by a Python import; Python\'s pickle cannot import __torch__.',
        },
        {
            modules: ['numpy.dtypes'],
            names: /^[A-Z][A-Za-z0-9]*DType$/,
            why: 'numpy 2 dtype classes.',
        },
        {
            modules: ['timm.models.', 'timm.layers.'],
            names: CAP_CLASS,
            why: 'timm model and layer classes pickled in full-model checkpoints.',
        },
        {
            modules: ['ultralytics.nn.modules.', 'ultralytics.nn.tasks'],
            names: CAP_CLASS,
            why: 'ultralytics network blocks and model classes (lower-case loaders in ultralytics.nn.tasks are not covered).',
        },
        {
            modules: ['transformers.models.'],
            names: /^[A-Z][A-Za-z0-9]*Config$/,
            why: 'transformers model configuration classes.',
        },
        {
            modules: ['transformers.models.'],
            names: /^[A-Z][A-Za-z0-9]*Tokenizer(Fast)?$/,
            why: 'transformers tokenizer classes (BertTokenizerFast, ...): pickled tokenizers restore plain attributes.',
        },
    ],
    denyModules: {
        os: d('shell', 'runs commands and touches files and processes'),
        subprocess: d('shell', 'runs commands'),
        pty: d('shell', 'spawns a shell'),
        pipes: d('shell', 'runs shell pipelines'),
        commands: d('shell', 'runs commands'),
        popen2: d('shell', 'runs commands'),
        platform: d('shell', 'runs helper commands'),
        _posixsubprocess: d('process', 'forks and executes programs'),
        multiprocessing: d('process', 'starts processes and unpickles data from them'),
        'concurrent.futures': d('process', 'runs callables in workers'),
        asyncio: d('process', 'spawns subprocesses and opens connections'),
        threading: d('process', 'runs callables in threads'),
        _xxsubinterpreters: d('exec', 'runs code in a subinterpreter'),
        _interpreters: d('exec', 'runs code in a subinterpreter'),
        'concurrent.interpreters': d('exec', 'runs code in a subinterpreter'),
        sys: d('tamper', 'reaches interpreter internals (modules, hooks, frames)'),
        gc: d('tamper', 'reaches every live object'),
        code: d('exec', 'runs Python source'),
        codeop: d('exec', 'compiles Python source'),
        runpy: d('exec', 'runs Python modules and files'),
        marshal: d('exec', 'rebuilds code objects'),
        doctest: d('exec', 'runs Python source from docstrings and files'),
        timeit: d('exec', 'runs its statement argument as code'),
        trace: d('exec', 'runs code under tracing'),
        profile: d('exec', 'runs code under profiling'),
        cProfile: d('exec', 'runs code under profiling'),
        pdb: d('exec', 'runs code in the debugger'),
        bdb: d('exec', 'runs code in the debugger'),
        idlelib: d('exec', 'IDLE helpers that run code'),
        lib2to3: d('exec', 'evaluates grammar files and unpickles tables'),
        importlib: d('import', 'imports or loads modules by name or path'),
        imp: d('import', 'loads modules from source or shared libraries'),
        pkgutil: d('resolve', 'resolves any "module:attr" name'),
        zipimport: d('import', 'imports code from zip archives'),
        site: d('import', 'processes .pth files, which can run code'),
        pydoc: d('resolve', 'locates any object by name and runs pagers'),
        inspect: d('resolve', 'reaches attributes and frames'),
        operator: d('resolve', 'attrgetter/methodcaller/call reach any callable'),
        functools: d('resolve', 'partial/reduce bind and dispatch callables'),
        ctypes: d('native', 'loads shared libraries and writes raw memory'),
        cffi: d('native', 'loads shared libraries'),
        mmap: d('native', 'maps raw memory'),
        pickle: d('nested', 'unpickles a second payload'),
        pickletools: d('nested', 'pickle internals'),
        dill: d('nested', 'rebuilds functions and code objects'),
        cloudpickle: d('nested', 'rebuilds functions and code objects'),
        joblib: d('nested', 'loads pickles from files'),
        shelve: d('nested', 'unpickles from a database file'),
        jsonpickle: d('nested', 'rebuilds arbitrary objects'),
        yaml: d('nested', 'unsafe loaders build arbitrary objects'),
        atexit: d('callback', 'runs a callable at exit'),
        signal: d('callback', 'installs a signal handler'),
        weakref: d('callback', 'finalizers run a callable later'),
        webbrowser: d('process', 'starts a browser or the command in $BROWSER'),
        antigravity: d('process', 'opens a browser on import'),
        this: d('recon', 'prints on import'),
        venv: d('shell', 'creates environments and runs pip'),
        ensurepip: d('shell', 'runs pip'),
        pip: d('shell', 'installs packages (runs their setup code)'),
        setuptools: d('shell', 'builds and installs packages'),
        distutils: d('shell', 'runs compilers and writes files'),
        'numpy.distutils': d('shell', 'runs compilers'),
        'numpy.f2py': d('exec', 'evaluates expressions and runs compilers'),
        'numpy.testing': d('exec', 'test helpers (runstring executes code)'),
        'numpy.ctypeslib': d('native', 'loads shared libraries'),
        'numpy.lib.npyio': d('file', 'reads and writes files (numpy.load can unpickle)'),
        'numpy.lib.format': d('nested', 'reads .npy data, unpickling object arrays'),
        'torch.hub': d('exec', 'downloads and runs repository code'),
        'torch._inductor': d('exec', 'compiles and loads generated code'),
        'torch._dynamo': d('exec', 'evaluates guard expressions'),
        'torch.utils.bottleneck': d('exec', 'runs scripts under profilers'),
        'torch.utils.collect_env': d('shell', 'runs commands'),
        'torch.utils.cpp_extension': d('native', 'compiles and loads C++'),
        'torch.utils.data.datapipes.utils.decoder': d('nested', 'decodes pickles'),
        'torch.distributed': d('network', 'opens process groups and RPC channels'),
        'torch.package': d('import', 'imports code from packages'),
        'torch.multiprocessing': d('process', 'starts processes'),
        'torch.testing._internal': d('exec', 'test helpers that run code'),
        'torch.fx.graph_module': d('exec', 'executes generated Python source'),
        'torch.jit': d('exec', 'compiles and loads TorchScript'),
        test: d('exec', 'CPython test helpers run scripts'),
        unittest: d('exec', 'runs test code'),
        _osx_support: d('shell', 'runs helper commands'),
        _aix_support: d('shell', 'runs helper commands'),
        _pyrepl: d('shell', 'pagers run commands'),
        socket: d('network', 'opens network connections'),
        ssl: d('network', 'opens TLS connections'),
        select: d('network', 'waits on sockets'),
        selectors: d('network', 'waits on sockets'),
        http: d('network', 'HTTP clients and servers'),
        urllib: d('network', 'fetches URLs and files'),
        urllib2: d('network', 'fetches URLs'),
        httplib: d('network', 'HTTP client'),
        requests: d('network', 'fetches URLs'),
        aiohttp: d('network', 'fetches URLs'),
        httpx: d('network', 'fetches URLs'),
        urllib3: d('network', 'fetches URLs'),
        smtplib: d('network', 'sends mail'),
        imaplib: d('network', 'mail client (IMAP4_stream runs a command)'),
        poplib: d('network', 'mail client'),
        ftplib: d('network', 'FTP client'),
        nntplib: d('network', 'news client'),
        telnetlib: d('network', 'telnet client'),
        socketserver: d('network', 'binds listening sockets'),
        xmlrpc: d('network', 'RPC client and server'),
        paramiko: d('network', 'SSH client'),
        shutil: d('file', 'copies, moves and deletes files'),
        tempfile: d('file', 'creates files'),
        filecmp: d('file', 'reads files'),
        fileinput: d('file', 'reads and rewrites files'),
        glob: d('file', 'lists files'),
        linecache: d('file', 'reads files'),
        difflib: d('file', 'reads files'),
        compileall: d('file', 'writes bytecode files'),
        py_compile: d('file', 'writes bytecode files'),
        tarfile: d('file', 'extracts archives'),
        zipfile: d('file', 'extracts archives'),
        gzip: d('file', 'opens files'),
        bz2: d('file', 'opens files'),
        lzma: d('file', 'opens files'),
        dbm: d('file', 'opens database files'),
        sqlite3: d('file', 'opens database files'),
        io: d('file', 'opens files'),
        logging: d('file', 'handlers write files; dictConfig instantiates arbitrary factories'),
        syslog: d('recon', 'writes to the system log'),
        getpass: d('recon', 'reads the user name or prompts'),
        pwd: d('recon', 'reads the account database'),
        grp: d('recon', 'reads the group database'),
        resource: d('recon', 'changes process limits'),
        plistlib: d('file', 'reads files'),
        configparser: d('file', 'reads files'),
        mailcap: d('shell', 'finds commands to run'),
        cgi: d('network', 'CGI helpers'),
        wsgiref: d('network', 'HTTP server'),
        'xml.dom.minidom': d('file', 'parses files'),
        'xml.etree.ElementTree': d('file', 'parses files'),
        'xml.sax': d('file', 'parses files'),
        picklescan: d('tamper', 'patches the scanner'),
        fickling: d('tamper', 'patches the scanner'),
        modelscan: d('tamper', 'patches the scanner'),
        hydra: d('resolve', 'instantiate/call build any target'),
        omegaconf: d('resolve', 'resolvers run callables'),
        sympy: d('exec', 'sympify evaluates strings'),
        numexpr: d('exec', 'evaluates expressions'),
        jinja2: d('exec', 'templates run code'),
        Cython: d('exec', 'compiles and runs code'),
        mlflow: d('exec', 'runs project entry points and loads models'),
        keras: d('nested', 'loads models (may run Lambda layers)'),
        tensorflow: d('file', 'file, op-library and model loaders'),
        _winreg: d('file', 'registry access'),
        winreg: d('file', 'registry access'),
        msvcrt: d('native', 'raw console and memory helpers'),
    },
    denyNames: {
        builtins: {
            ...names('exec', 'runs Python source', ['eval', 'exec', 'compile', 'execfile', 'breakpoint', 'input', 'help']),
            ...names('resolve', 'reaches arbitrary attributes or modules', [
                'getattr', 'setattr', 'delattr', '__import__', 'vars', 'globals', 'locals', 'reload', 'apply',
            ]),
            ...names('file', 'opens files', ['open', 'file']),
            ...names('recon', 'prints', ['print']),
        },
        'dill._dill': {
            ...names('exec', 'rebuilds functions and code objects from raw bytecode', ['_create_code', '_create_function', '_load_type', '_create_type', '_import_module', '_get_attr', '_create_cell', '_setattr', '_create_ftype', '_unmarshal']),
            ...names('exec', 'evaluates a Python expression', ['_eval_repr']),
            ...names('resolve', 'reaches any attribute by name', ['_getattr', '_getattribute', '_locate_function', '_locate_object']),
            ...names('file', 'opens a file by path', ['_create_filehandle']),
            ...names('native', 'wraps a raw pointer', ['_create_capsule']),
        },
        'cloudpickle.cloudpickle': {
            ...names('exec', 'rebuilds functions and code objects', ['_make_function', '_builtin_type', '_function_setstate', '_make_skeleton_class', '_make_skeleton_enum', '_rehydrate_skeleton_class', '_make_cell', '_make_skel_func', '_fill_function', '_class_setstate', 'instance']),
            ...names('import', 'imports a module by name', ['subimport', 'dynamic_subimport']),
        },
        'cloudpickle.cloudpickle_fast': {
            ...names('exec', 'rebuilds functions and classes from their code and state', ['_function_setstate', '_class_setstate', '_make_function', '_make_skeleton_class', '_make_cell']),
            ...names('file', 'reopens a file', ['_file_reconstructor']),
        },
        imaplib: names('shell', 'runs its argument as a shell command', ['IMAP4_stream']),
        uuid: names('shell', 'runs helper commands', ['_get_command_stdout', '_popen', '_ifconfig_getnode', '_ip_getnode', '_arp_getnode', '_lanscan_getnode', '_netstat_getnode', '_find_mac', '_find_mac_near_keyword', '_find_mac_under_heading']),
        types: names('exec', 'builds code objects and functions', ['CodeType', 'FunctionType', 'LambdaType', 'MethodType', 'ModuleType', 'BuiltinFunctionType', 'BuiltinMethodType', 'new_class', 'coroutine']),
        collections: names('resolve', 'creates classes with exec', ['namedtuple']),
        re: names('callback', 'calls a replacement callable', ['sub', 'subn']),
        copyreg: names('tamper', 'registers reducers and extension codes', ['add_extension', 'pickle', 'constructor']),
        numpy: {
            ...names('file', 'reads or writes files', ['fromfile', 'tofile', 'memmap', 'loadtxt', 'savetxt', 'genfromtxt', 'fromregex', 'save', 'savez', 'savez_compressed']),
            ...names('nested', 'can unpickle object arrays', ['load']),
            ...names('resolve', 'dispatches a callable', ['vectorize', 'frompyfunc', 'apply_along_axis', 'apply_over_axes', 'piecewise']),
        },
        'numpy.lib.utils': names('exec', 'evaluates or prints', ['safe_eval', 'lookfor', 'source', 'info']),
        torch: {
            ...names('nested', 'loads a pickle', ['load']),
            ...names('file', 'writes files', ['save', 'from_file']),
            ...names('import', 'loads native code', ['_ops.load_library', 'ops.load_library', 'classes.load_library']),
        },
        'torch.serialization': {
            ...names('nested', 'loads a pickle', ['load', '_load', '_legacy_load', 'legacy_load']),
            ...names('file', 'writes files', ['save', '_save', '_legacy_save']),
        },
        'torch.storage': names('file', 'maps files', ['from_file']),
        'torch.utils._config_module': names('nested', 'unpickles configuration', ['ConfigModule']),
        'torch.fx.experimental.symbolic_shapes': names('exec', 'evaluates guard expressions', ['ShapeEnv']),
        'torch._ops': names('native', 'loads native libraries', ['load_library']),
        'torch._classes': names('native', 'loads native libraries', ['load_library']),
        pathlib: names('file', 'reads and writes files', ['Path.write_text', 'Path.write_bytes', 'Path.read_text', 'Path.read_bytes', 'Path.open', 'Path.unlink', 'Path.rename', 'Path.symlink_to', 'Path.touch', 'Path.mkdir', 'Path.rmdir', 'Path.replace', 'Path.chmod', 'Path.hardlink_to', 'Path.link_to']),
        'pandas.io.parsers.readers': names('network', 'reads files or URLs', ['read_csv', 'read_table', 'read_fwf', 'TextFileReader']),
        'pandas.io.pickle': names('nested', 'unpickles a file', ['read_pickle']),
        'pandas.core.computation.eval': names('exec', 'evaluates expressions', ['eval']),
        'pandas.core.frame': names('exec', 'evaluates expressions', ['DataFrame.query', 'DataFrame.eval']),
        transformers: names('exec', 'downloads and may run remote code', ['AutoModel', 'AutoModelForCausalLM', 'AutoTokenizer', 'AutoConfig', 'pipeline']),
        'ultralytics.nn.tasks': names('nested', 'loads checkpoints from files', ['torch_safe_load', 'attempt_load_weights', 'attempt_load_one_weight', 'yaml_model_load']),
    },
    dangerousAttributes: [
        '__builtins__', '__globals__', '__dict__', '__import__', '__subclasses__', '__class__', '__base__', '__bases__', '__mro__',
        '__init__', '__code__', '__closure__', '__getattribute__', '__getattr__', '__setattr__', '__reduce__', '__reduce_ex__',
        '__loader__', '__spec__', '__self__', '__func__', '__call__', '__new__', '__module__', 'f_globals', 'f_locals',
        'f_builtins', 'gi_frame', 'cr_frame', 'tb_frame', 'func_globals', 'modules', 'eval', 'exec', 'system', 'popen',
    ],
    dispatchers: {
        'builtins.map': { callable: 0, feeds: 'each' },
        'builtins.filter': { callable: 0, feeds: 'each' },
        'builtins.iter': { callable: 0, feeds: 'none', minArgs: 2 },
        'itertools.starmap': { callable: 0, feeds: 'star' },
        'itertools.filterfalse': { callable: 0, feeds: 'each' },
        'itertools.takewhile': { callable: 0, feeds: 'each' },
        'itertools.dropwhile': { callable: 0, feeds: 'each' },
        'itertools.accumulate': { callable: 1, feeds: 'pair', minArgs: 2 },
        'itertools.groupby': { callable: 1, feeds: 'each', minArgs: 2 },
        'functools.reduce': { callable: 0, feeds: 'pair' },
        'collections.defaultdict': { callable: 0, feeds: 'none' },
        'weakref.finalize': { callable: 1, feeds: 'rest' },
        'weakref.ref': { callable: 1, feeds: 'none', minArgs: 2 },
        'atexit.register': { callable: 0, feeds: 'rest' },
        're.sub': { callable: 1, feeds: 'match' },
        're.subn': { callable: 1, feeds: 'match' },
        // _thread is read as threading (src/formats/pickle/compat.ts).
        'threading.start_new_thread': { callable: 0, feeds: 'tuple' },
        'threading.start_new': { callable: 0, feeds: 'tuple' },
        'threading._start_new_thread': { callable: 0, feeds: 'tuple' },
    },
    nestedLoaders: [
        'pickle.loads', 'pickle.load', 'pickle._loads', 'pickle._load', 'pickle.Unpickler', 'pickle._Unpickler',
        'dill.loads', 'dill.load', 'dill._dill.loads', 'cloudpickle.loads', 'cloudpickle.load', 'joblib.load',
        'torch.load', 'torch.serialization.load', 'torch.storage._load_from_bytes', 'numpy.load', 'pandas.io.pickle.read_pickle',
        'marshal.loads', 'shelve.open', 'jsonpickle.decode', 'lib2to3.pgen2.grammar.Grammar.loads',
        'torch.utils.data.datapipes.utils.decoder.basichandlers',
    ],
};
/** Allowed pickle globals that still carry a nested payload (scanned, flagged only if it cannot be). */
function isNestedLoader(policy, module, name) {
    return policy.nestedLoaders.includes(`${module}.${name}`);
}
const ALLOW = { kind: 'allow' };
const UNKNOWN = { kind: 'unknown' };
function moduleCovered(module, specs) {
    for (const spec of specs) {
        if (spec.endsWith('.') ? module.startsWith(spec) : module === spec)
            return true;
    }
    return false;
}
function denyFor(policy, module, name, exactAllowed = false) {
    const table = policy.denyNames[module];
    if (table) {
        // The name and each of its leading parts: a denied class covers its methods.
        let part = name;
        for (;;) {
            const entry = Object.hasOwn(table, part) ? table[part] : undefined;
            if (entry)
                return deny(entry, `${module}.${part}`);
            const dot = part.lastIndexOf('.');
            if (dot < 0)
                break;
            part = part.slice(0, dot);
        }
    }
    // An audited exact entry (joblib's array placeholder) outranks its module's blanket deny.
    if (exactAllowed)
        return undefined;
    // The module and each parent package: `import a.b.c` runs a, a.b and a.b.c.
    let prefix = module;
    for (;;) {
        const entry = policy.denyModules[prefix];
        if (entry)
            return deny(entry, prefix);
        const dot = prefix.lastIndexOf('.');
        if (dot < 0)
            break;
        prefix = prefix.slice(0, dot);
    }
    return undefined;
}
function deny(entry, matched) {
    return { kind: 'deny', category: entry.category, severity: CATEGORY_SEVERITY[entry.category], reason: entry.reason, matched };
}
function worse(a, b) {
    if (!a || a.kind !== 'deny')
        return b ?? a;
    if (!b || b.kind !== 'deny')
        return a;
    const rank = (v) => (v.severity === 'critical' ? 2 : 1);
    return rank(b) > rank(a) ? b : a;
}
/** Attribute names that, in a dotted name, almost always are the module of that name imported by another module. */
const REEXPORTED_MODULES = Object.fromEntries([
    ...['os', 'subprocess', 'sys', 'builtins', 'importlib', 'pickle', 'socket', 'shutil', 'ctypes', 'operator', 'functools',
        'pty', 'marshal', 'runpy', 'pkgutil', 'pydoc', 'inspect', 'gc', 'codeop', 'webbrowser', 'multiprocessing', 'threading',
        'asyncio', 'commands', 'dill', 'cloudpickle', 'joblib', 'tempfile', 'urllib', 'requests'].map((m) => [m, m]),
    ['posix', 'os'], ['nt', 'os'], ['_pickle', 'pickle'], ['__builtins__', 'builtins'], ['__builtin__', 'builtins'], ['_operator', 'operator'],
]);
/**
 * The verdict for one imported global (module and name already canonical).
 * A dotted name is an attribute walk (protocol 4 `a.b.c`, threats C1): every
 * split of module+name is checked, and walking through a denied module
 * (`pathlib` -> `os`) or a dunder (`__builtins__`) is denied.
 */
function classifyGlobal(policy, module, name) {
    const dispatcher = policy.dispatchers?.[`${module}.${name}`];
    if (dispatcher)
        return { kind: 'allow', dispatcher };
    const exact = policy.allow[module];
    const exactAllowed = exact !== undefined && exact.includes(name);
    let verdict = denyFor(policy, module, name, exactAllowed);
    const parts = name.split('.');
    for (let k = 1; k < parts.length; k++) {
        verdict = worse(verdict, denyFor(policy, `${module}.${parts.slice(0, k).join('.')}`, parts.slice(k).join('.')));
    }
    for (let k = 0; k < parts.length; k++) {
        const part = parts[k];
        // `modules` only means sys.modules when reached through an attribute walk.
        if (policy.dangerousAttributes.includes(part) && (parts.length > 1 || part !== 'modules')) {
            verdict = worse(verdict, deny(d('resolve', `reaches ${part}, which leads to code or globals`), `${module}.${name}`));
        }
        // An attribute named like a dangerous module is usually that module, re-exported (pathlib.os).
        const reexported = REEXPORTED_MODULES[part];
        if (reexported === 'builtins') {
            verdict = worse(verdict, denyFor(policy, 'builtins', parts.slice(k + 1).join('.')) ?? deny(d('resolve', 'reaches the builtins module'), part));
        }
        else if (reexported) {
            const entry = policy.denyModules[reexported];
            if (entry)
                verdict = worse(verdict, deny(entry, `${reexported} (as ${module}.${parts.slice(0, k + 1).join('.')})`));
        }
    }
    if (verdict)
        return verdict;
    if (exactAllowed)
        return ALLOW;
    if (!name.includes('.')) {
        for (const family of policy.allowFamilies) {
            if (moduleCovered(module, family.modules) && !(family.exceptModules && moduleCovered(module, family.exceptModules)) && family.names.test(name)) {
                return ALLOW;
            }
        }
    }
    return UNKNOWN;
}

;// CONCATENATED MODULE: ./lib/policy/policy.js

const DEFAULT_POLICY = {
    pickle: DEFAULT_PICKLE_POLICY,
    severityOverrides: {},
};
/** Suffix of the reason of every configured deny entry: how findings are traced back to them. */
const CONFIGURED_DENY_SUFFIX = ' (denied by the scan configuration)';
/**
 * The default policy plus a configuration's additions. The defaults are never
 * mutated. A configured deny entry reports as `pickle/code-execution` when
 * critical and `pickle/system-access` otherwise; its configured severity is set
 * on the finding after the scan (see configuredDenySeverity).
 */
function buildPolicy(additions = {}, base = DEFAULT_POLICY) {
    const allow = { ...base.pickle.allow };
    for (const { module, name } of additions.allow ?? []) {
        // Configuration never allows what the base policy denies (an exact allow would outrank a module-wide deny).
        if (classifyGlobal(base.pickle, module, name).kind === 'deny')
            continue;
        const names = allow[module] ?? [];
        if (!names.includes(name))
            allow[module] = [...names, name];
    }
    const denyNames = { ...base.pickle.denyNames };
    const denyModules = { ...base.pickle.denyModules };
    for (const entry of additions.deny ?? []) {
        const deny = {
            category: entry.severity === 'critical' ? 'exec' : 'recon',
            reason: `${entry.reason?.trim() || 'is denied'}${CONFIGURED_DENY_SUFFIX}`,
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
    return {
        pickle: { ...base.pickle, allow, denyNames, denyModules },
        severityOverrides: { ...base.severityOverrides, ...additions.severity },
    };
}
/** The configured severity for a finding raised by a configured deny entry, if it is one. */
function configuredDenySeverity(additions, finding) {
    const reason = finding.properties?.reason;
    if (typeof reason !== 'string' || !reason.endsWith(CONFIGURED_DENY_SUFFIX) || !finding.callable)
        return undefined;
    for (const entry of additions.deny ?? []) {
        const target = entry.name === undefined ? entry.module : `${entry.module}.${entry.name}`;
        if (finding.callable === target || finding.callable.startsWith(`${target}.`))
            return entry.severity;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./lib/policy/rules-keras-tensorflow.js
const DESERIALIZATION = ['security', 'external/cwe/cwe-502', 'model-serialization'];
/** Rules for Keras configs (H5, .keras, keras_metadata.pb) and TensorFlow graphs (SavedModel, frozen GraphDef). */
const KERAS_TENSORFLOW_RULES = [
    {
        id: 'keras/lambda-layer',
        name: 'KerasLambdaBytecode',
        severity: 'high',
        short: 'The Keras model stores Python bytecode (a Lambda function) that runs when the model is loaded.',
        full: 'A Lambda layer or a serialized lambda (`__lambda__`) carries base64 marshalled Python bytecode. Keras rebuilds the function with ' +
            '`marshal.loads` and runs it when the layer is called, and legacy H5 loading ignores `safe_mode` (CVE-2024-3660, CVE-2025-9905). ' +
            'The scanner lists the names the bytecode refers to; the finding is critical when they include code-execution or system names, or when ' +
            'the bytecode cannot be decoded. The `keras_version` stored in the file is not trusted to lower the severity.',
        help: '**Do not load this model with `safe_mode=False` or as legacy H5 unless you wrote the Lambda yourself.**\n\n' +
            '- Replace the Lambda with a registered custom layer (`@keras.saving.register_keras_serializable`) whose code you ship yourself.\n' +
            '- Re-save the model in the `.keras` format with Keras ≥ 3.11 and load it with the default `safe_mode=True`.\n' +
            '- If the bytecode names `os`, `subprocess`, `exec`, `eval` or similar, treat the file as malicious.',
        tags: [...DESERIALIZATION, 'keras', 'code-execution'],
        precision: 'high',
    },
    {
        id: 'keras/external-callable',
        name: 'KerasExternalCallable',
        severity: 'high',
        short: 'The Keras config makes Keras import a module or function outside Keras and TensorFlow.',
        full: 'A `module`, `fn_module` or Lambda `module` in the config names a Python module outside Keras and TensorFlow. Keras before 3.9 imports ' +
            'that module and uses the named class or function while loading, even in safe mode (CVE-2025-1550), so `builtins.exec` or `os.system` ' +
            'run on load. Critical for code-execution modules and names, high for anything else.',
        help: '**Do not load this model** unless the module is your own code.\n\n' +
            '- Upgrade Keras to 3.9 or later, which only imports Keras modules from configs.\n' +
            '- If the referenced class is your own custom layer, register it and pass it via `custom_objects`; allow the finding in the scanner configuration with a reason.',
        tags: [...DESERIALIZATION, 'keras'],
        precision: 'high',
    },
    {
        id: 'keras/unsafe-gadget',
        name: 'KerasUnsafeGadget',
        severity: 'high',
        short: 'The Keras config uses a Keras or TensorFlow function that downloads files, loads other models or turns safe mode off.',
        full: 'Some Keras and TensorFlow callables are allowed by module but are dangerous in a config: `keras.utils.get_file` downloads and writes ' +
            'files (CVE-2025-8747), `keras.config.enable_unsafe_deserialization` or `safe_mode: false` switch safe mode off for the code that follows ' +
            '(CVE-2025-9906), `load_model` loads a second file, and `TorchModuleWrapper` unpickles a PyTorch module (CVE-2025-49655).',
        help: '**Do not load this model.** Ordinary models never call these functions from their config.\n\n' +
            '- Upgrade Keras to 3.11.3 or later.\n' +
            '- Find out where the file came from; re-create it from code you control.',
        tags: [...DESERIALIZATION, 'keras'],
        precision: 'high',
    },
    {
        id: 'keras/external-file-reference',
        name: 'KerasExternalFileReference',
        severity: 'high',
        short: 'A Keras preprocessing layer reads its vocabulary from a file path or URL when the model loads.',
        full: 'StringLookup, IntegerLookup, TextVectorization and tokenizer layers accept a file path as `vocabulary`. A config that names a path or ' +
            'URL makes Keras read that file (or fetch that URL) while loading, which leaks local files into the model or reaches internal services.',
        help: 'Store the vocabulary inside the model (a list in the config or an asset of the `.keras` file) instead of a path. ' +
            'If the path is expected, check that it stays inside your project and allow the finding in the scanner configuration with a reason.',
        tags: ['security', 'keras', 'external/cwe/cwe-73'],
        precision: 'high',
    },
    {
        id: 'tensorflow/python-op',
        name: 'TensorFlowPythonOp',
        severity: 'critical',
        short: 'The TensorFlow graph calls back into Python (PyFunc / EagerPyFunc).',
        full: 'PyFunc, PyFuncStateless and EagerPyFunc run a Python function registered in the loading process. A graph that contains them runs ' +
            'whatever Python that token resolves to, and it signals a model built to execute code rather than compute.',
        help: '**Do not load this model** unless you built it and know which Python function the op calls. Re-export the model without `tf.py_function` / `tf.numpy_function`.',
        tags: [...DESERIALIZATION, 'tensorflow', 'code-execution'],
        precision: 'high',
    },
    {
        id: 'tensorflow/file-access-op',
        name: 'TensorFlowFileAccessOp',
        severity: 'high',
        short: 'The TensorFlow graph reads or writes files, or reaches the network, when it runs.',
        full: 'The graph contains ops with side effects outside the model: ReadFile, WriteFile, MatchingFiles, file readers and dataset readers, ' +
            'PrintV2 to a file, checkpoint ops with a hard-coded path, table initialisers from text files, debug ops with dump URLs, or assets ' +
            'whose path leaves the SavedModel directory. TensorFlow treats models as programs: these ops run with the serving process\'s rights.',
        help: 'Check why a model needs file or network access. Ordinary exported models only read their own variables and assets. ' +
            'If you did not expect it, do not serve the model; otherwise allow the finding in the scanner configuration with a reason.',
        tags: ['security', 'tensorflow', 'external/cwe/cwe-73'],
        precision: 'high',
    },
    {
        id: 'tensorflow/unknown-op',
        name: 'TensorFlowUnknownOp',
        severity: 'medium',
        short: 'The TensorFlow graph uses an op that is not a standard TensorFlow op.',
        full: 'The op is not in the scanner\'s list of standard TensorFlow ops. Custom ops are native code loaded from a shared library; ' +
            'the model runs whatever that library does, and the scanner cannot judge it.',
        help: 'Find out which library provides the op (TensorFlow Text, Addons, your own build, …) and whether you trust it. ' +
            'If it is expected, allow it in the scanner configuration with a reason.',
        tags: ['security', 'tensorflow'],
        precision: 'medium',
    },
];

;// CONCATENATED MODULE: ./lib/policy/rules-config.js
/** Rules about the scan's own inputs: the configuration file and checksum lists. */
const CONFIG_RULES = [
    {
        id: 'config/stale-suppression',
        name: 'StaleSuppression',
        severity: 'medium',
        short: 'A suppression in the scan configuration has expired, no longer matches its file, or matches nothing.',
        full: 'Suppressions accept a known finding for a while, with a reason. An expired suppression no longer hides its finding; one whose file ' +
            'changed (its SHA-256 differs) no longer applies; one that matches no finding is dead weight that could hide a future finding of the same rule.',
        help: 'Review the suppression in the configuration file: renew its `expires` date if the reason still holds, update its `sha256` if the ' +
            'file was replaced on purpose, or delete it when the finding is gone.',
        tags: ['security', 'configuration', 'maintainability'],
        precision: 'very-high',
    },
    {
        id: 'integrity/checksum-mismatch',
        name: 'ChecksumMismatch',
        severity: 'high',
        short: 'A model file does not match the SHA-256 its checksum list records, or a listed file is missing.',
        full: 'The checksum file (sha256sum format) records the SHA-256 of each released model file. A different digest means the file was ' +
            'replaced or corrupted after the list was made; a missing file means the release is incomplete.',
        help: 'Do not load the file until you know why it changed. Re-download it from its origin and compare again; if the change is intended, ' +
            'regenerate the checksum list with `sha256sum`.',
        tags: ['security', 'integrity', 'external/cwe/cwe-354'],
        precision: 'very-high',
    },
];

;// CONCATENATED MODULE: ./lib/policy/rules.js


const rules_DESERIALIZATION = ['security', 'external/cwe/cwe-502', 'model-serialization'];
const RULE_LIST = [
    {
        id: 'pickle/code-execution',
        name: 'PickleCodeExecution',
        severity: 'critical',
        short: 'Loading this model runs code or commands chosen by the file.',
        full: 'The pickle stream imports or calls a callable that executes code, runs a shell command, spawns a process, loads native code, ' +
            'deserializes a nested payload or resolves an arbitrary callable by name. Python runs it the moment the file is loaded ' +
            '(pickle.load, torch.load, joblib.load, numpy.load with allow_pickle).',
        help: '**Do not load this file.** It contains instructions that run code on load.\n\n' +
            '- If you did not expect code in this model, treat it as malicious: delete it, find out where it came from, and rotate any secrets the machine that loaded it could read.\n' +
            '- Prefer weight-only formats such as safetensors, or load PyTorch checkpoints with `torch.load(..., weights_only=True)` after upgrading PyTorch.\n' +
            '- If the callable is legitimate for your project, allow it explicitly in the scanner configuration with a reason.',
        tags: [...rules_DESERIALIZATION, 'pickle', 'code-execution'],
        precision: 'high',
    },
    {
        id: 'pickle/unresolved-import',
        name: 'PickleUnresolvedImport',
        severity: 'critical',
        short: 'The pickle imports a name that is computed while loading, so what runs cannot be known in advance.',
        full: 'A STACK_GLOBAL whose module or name is not a literal string, or an EXT opcode that fetches a callable from the copyreg registry, ' +
            'imports something only decided at load time. Ordinary models never do this; attackers do it to hide the callable from scanners.',
        help: '**Do not load this file.** Ordinary model files name every class they need literally. Treat the file as malicious unless you produced it yourself and can explain the construct.',
        tags: [...rules_DESERIALIZATION, 'pickle', 'evasion'],
        precision: 'high',
    },
    {
        id: 'pickle/system-access',
        name: 'PickleSystemAccess',
        severity: 'high',
        short: 'Loading this model reads or writes files, opens network connections or inspects the machine.',
        full: 'The pickle stream imports or calls a callable with file-system, network or system side effects (open, urlopen, socket, shutil, logging handlers, …). ' +
            'It runs when the file is loaded and can read secrets, plant files or exfiltrate data.',
        help: '**Do not load this file** unless you know why it needs system access.\n\n' +
            '- Find out where the file came from; a model needs no file or network access to load its weights.\n' +
            '- Re-export the weights to safetensors from a trusted environment.\n' +
            '- If the callable is legitimate for your project, allow it explicitly in the scanner configuration with a reason.',
        tags: [...rules_DESERIALIZATION, 'pickle'],
        precision: 'high',
    },
    {
        id: 'pickle/unknown-import',
        name: 'PickleUnknownImport',
        severity: 'medium',
        short: 'The pickle imports a module or class that is not on the list of known-safe model classes.',
        full: 'Pickle imports every class it rebuilds, and importing or calling an unaudited name can run arbitrary code. This import is not one ' +
            'that ordinary model checkpoints use (torch, numpy, scikit-learn, pandas, collections, …) and is not known to be dangerous either.',
        help: 'Check that you expect this class in the model. If it comes from your own code or a library you trust, allow it in the scanner configuration ' +
            '(exact module and name) with a reason. Otherwise, do not load the file.',
        tags: [...rules_DESERIALIZATION, 'pickle'],
        precision: 'medium',
    },
    {
        id: 'pickle/dynamic-call',
        name: 'PickleDynamicCall',
        severity: 'critical',
        short: 'The pickle calls a value it computed while loading, not a named function.',
        full: 'A REDUCE, NEWOBJ or OBJ opcode whose callable is the result of an earlier call (or another computed value) rather than an imported name. ' +
            'Ordinary model files only call classes and functions they import by name; chaining calls is how payloads reach a dangerous function without naming it.',
        help: '**Do not load this file.** Treat it as malicious unless you produced it yourself and can explain the construct.',
        tags: [...rules_DESERIALIZATION, 'pickle', 'evasion'],
        precision: 'high',
    },
    {
        id: 'pickle/frame-tampering',
        name: 'PickleFrameTampering',
        severity: 'critical',
        short: 'The pickle\'s frames are inconsistent, so Python and scanners may read different instructions.',
        full: 'An opcode or its argument runs past the end of its FRAME, or a frame starts before the previous one ends. No pickler writes this; ' +
            'older CPython versions read across the boundary differently from pickletools-based scanners, which hides instructions from them.',
        help: '**Do not load this file.** Re-create it with the library that produced it; treat it as malicious if you cannot explain where it came from.',
        tags: [...rules_DESERIALIZATION, 'pickle', 'evasion'],
        precision: 'very-high',
    },
    {
        id: 'scan/incomplete',
        name: 'NotFullyScanned',
        severity: 'medium',
        short: 'The file could not be fully scanned; it is not known to be safe.',
        full: 'The scanner stopped before the end of the file (malformed or truncated data, an unsupported construct, or a resource limit). ' +
            'Anything found before that point is reported separately; the rest of the file was not checked.',
        help: 'Do not treat this file as clean. Re-create it with the library that produced it, or inspect it in an isolated environment. ' +
            'If a resource limit was hit, raise the limit in the configuration and scan again.',
        tags: ['security', 'scan-coverage'],
        precision: 'very-high',
    },
    {
        id: 'scan/unsupported-format',
        name: 'UnsupportedFormat',
        severity: 'low',
        short: 'The file looks like a model but its format is not recognised, so it was not scanned.',
        full: 'The file name suggests a model artifact, but no scanner recognised its content. It was not analysed and is not known to be safe.',
        help: 'Check what the file is. If it is a model format the scanner should support, open an issue with a harmless sample; exclude it with the `exclude` input or `--exclude` if it is not a model.',
        tags: ['security', 'scan-coverage'],
        precision: 'very-high',
    },
    {
        id: 'scan/read-error',
        name: 'ReadError',
        severity: 'medium',
        short: 'The file could not be read, so it was not scanned.',
        full: 'Opening or reading the file failed (permissions, a broken link, an I/O error). It was not analysed and is not known to be safe.',
        help: 'Make the file readable by the scanner (or exclude it) and scan again.',
        tags: ['security', 'scan-coverage'],
        precision: 'very-high',
    },
    // --- safetensors, GGUF, ONNX, chat templates and repository side files ---
    {
        id: 'safetensors/malformed',
        name: 'SafetensorsMalformedHeader',
        severity: 'medium',
        short: 'The safetensors header is invalid: lying sizes, overlapping or out-of-range tensors, or a bad dtype.',
        full: 'A safetensors file is an 8-byte header length, a JSON header that gives each tensor a dtype, shape and byte range, and the tensor bytes. ' +
            'This header breaks the format: its length is beyond the file or the 100 MB loader limit, it is not UTF-8 JSON, a dtype is unknown, ' +
            'a shape does not match its byte range, or ranges overlap, leave holes or run past the end. The reference loader rejects such files; ' +
            'other parsers may read out of bounds, and bytes no tensor claims can hide a second payload.',
        help: 'Re-export the weights with the `safetensors` library from a trusted copy of the model. Do not load the file with a hand-written or permissive parser.',
        tags: ['security', 'safetensors', 'malformed-input'],
        precision: 'very-high',
    },
    {
        id: 'safetensors/trailing-data',
        name: 'SafetensorsTrailingData',
        severity: 'medium',
        short: 'Bytes follow the last tensor of a safetensors file: it may be a polyglot carrying a second file.',
        full: 'No tensor refers to the bytes after the last tensor, so loaders never read them. Appending a pickle or a zip there makes a file that is both a valid-looking ' +
            'safetensors model and, for a tool that sniffs or renames it, something that runs code. The trailing bytes are scanned as a file of their own; ' +
            'any payload found there is reported separately. High when they form a recognisable file (zip, pickle, …), medium otherwise.',
        help: 'Truncate the file to the end of its last tensor, or better, re-export it with the `safetensors` library. Find out how the extra bytes got there.',
        tags: ['security', 'safetensors', 'polyglot'],
        precision: 'high',
    },
    {
        id: 'gguf/malformed',
        name: 'GgufMalformed',
        severity: 'high',
        short: 'The GGUF header lies about counts, lengths, types or tensor sizes.',
        full: 'A count, string length, array length, value type, tensor dimension or tensor offset in the GGUF header does not fit the file. ' +
            'Such values are how GGUF loaders have been attacked (integer overflows and out-of-bounds reads in llama.cpp and Ollama: CVE-2024-21802, ' +
            'CVE-2025-53630, CVE-2026-27940, CVE-2026-7482). A truncated download looks the same; either way the file must not be loaded.',
        help: 'Do not load this file. Download it again from a trusted source and compare its checksum; if the problem stays, treat the file as an exploit attempt.',
        tags: ['security', 'gguf', 'malformed-input', 'external/cwe/cwe-787'],
        precision: 'high',
    },
    {
        id: 'chat-template/injection',
        name: 'ChatTemplateInjection',
        severity: 'critical',
        short: 'The chat template reaches Python internals: rendering it can run code (Jinja template injection).',
        full: 'Chat templates (GGUF `tokenizer.chat_template`, `tokenizer_config.json` `chat_template`, `chat_template.jinja`) are Jinja2 programs that servers render ' +
            'for every request, often in an unsandboxed environment (llama-cpp-python CVE-2024-34359, vLLM, SGLang CVE-2026-5760). This template reaches ' +
            'Python internals: dunder attributes such as `__globals__` or `__subclasses__`, `os`/`popen`/`eval`, or the Jinja globals (`lipsum`, `cycler`, `joiner`, ' +
            '`self`) that lead to them, possibly hidden behind `|attr()`, escapes, `~` concatenation, `format` or `join`. A chat template only needs messages, roles and strings.',
        help: '**Do not serve this model with this template.** Replace the template with the one published by the model authors, and render templates in a ' +
            '`jinja2.sandbox.ImmutableSandboxedEnvironment`. Treat the file as malicious unless you wrote the template.',
        tags: ['security', 'chat-template', 'jinja', 'external/cwe/cwe-1336', 'code-execution'],
        precision: 'high',
    },
    {
        id: 'chat-template/not-analysed',
        name: 'ChatTemplateNotAnalysed',
        severity: 'medium',
        short: 'The chat template could not be parsed, so it was only checked for dangerous names.',
        full: 'The template uses syntax the scanner\'s Jinja parser does not support (or is invalid), so its syntax tree could not be analysed. ' +
            'It was still searched for dangerous names (dunder attributes, `os`, `popen`, `eval`, template loading, …); anything found is reported separately.',
        help: 'Read the template before serving the model, and render templates in a sandboxed Jinja environment.',
        tags: ['security', 'chat-template', 'jinja', 'scan-coverage'],
        precision: 'medium',
    },
    {
        id: 'onnx/external-data-path',
        name: 'OnnxExternalDataPathTraversal',
        severity: 'high',
        short: 'An ONNX tensor stores its data at a path outside the model\'s folder.',
        full: 'ONNX tensors may keep their bytes in an external file named by `external_data` `location`. An absolute path, a `..` component ' +
            '(also after a prefix, `sub/../../x`), a Windows drive or UNC path makes the loader read any file the process can read (CVE-2022-25882, ' +
            'CVE-2024-27318) or overwrite it when the model is saved again (CVE-2025-51480).',
        help: '**Do not load this model.** External data must live next to the model, named by a plain relative path. Upgrade `onnx` to 1.17 or later, ' +
            'and re-export the model from a trusted source.',
        tags: ['security', 'onnx', 'path-traversal', 'external/cwe/cwe-22'],
        precision: 'very-high',
    },
    {
        id: 'onnx/python-op',
        name: 'OnnxPythonOperator',
        severity: 'high',
        short: 'The ONNX graph calls a Python operator: running the model runs Python code it names.',
        full: 'Operators such as `PyOp`/`PythonOp` (ONNX Runtime language interop) and the Python-defined operators of `ai.onnx.contrib` (onnxruntime-extensions) ' +
            'call a Python module and function named in the model when the graph runs. Severity is critical when the operator names a module or function ' +
            'that runs commands or code (`os`, `subprocess`, `eval`, …).',
        help: 'Do not run this model unless you wrote the Python operator it calls. Prefer models made of standard ONNX operators; never enable Python operator ' +
            'support for models from untrusted sources.',
        tags: ['security', 'onnx', 'code-execution'],
        precision: 'high',
    },
    {
        id: 'onnx/custom-op',
        name: 'OnnxCustomOperator',
        severity: 'low',
        short: 'The ONNX graph uses an operator from a non-standard domain.',
        full: 'The operator belongs to a domain outside the ONNX standard and the ONNX Runtime contrib domains. A model cannot ship the code of such an operator: ' +
            'it only runs if the application registers a custom-op library. The finding names what the model expects, for review.',
        help: 'Check that you expect this operator and that the library providing it comes from a trusted source.',
        tags: ['security', 'onnx'],
        precision: 'medium',
    },
    {
        id: 'hf/remote-code',
        name: 'HuggingFaceRemoteCode',
        severity: 'medium',
        short: 'The model config maps to Python code that `trust_remote_code=True` downloads and runs.',
        full: 'An `auto_map` entry in a Hugging Face config (`config.json`, `tokenizer_config.json`, …) names Python modules in the model repository (or another one) ' +
            'that transformers imports when the model is loaded with `trust_remote_code=True`. That code runs with the user\'s privileges. ' +
            'Severity is high when a referenced module beside the config contains calls that run commands, evaluate code or download files.',
        help: 'Read every referenced `.py` file before loading with `trust_remote_code=True`, pin the model to a reviewed revision (`revision=<commit>`), ' +
            'or use a model supported natively by transformers.',
        tags: ['security', 'huggingface', 'remote-code', 'code-execution'],
        precision: 'high',
    },
    {
        id: 'config/callable-target',
        name: 'ConfigCallableTarget',
        severity: 'medium',
        short: 'A Hydra / NeMo `_target_` names a callable that instantiating the config will call.',
        full: '`hydra.utils.instantiate` (used by NeMo and many training stacks when a model is restored) imports and calls whatever `_target_` names, with the ' +
            'config\'s other keys as arguments (CVE-2025-23304). Targets outside the usual model building blocks are reported; targets in modules that run ' +
            'commands or code (`os`, `subprocess`, `builtins`, …) are high severity.',
        help: 'Check that the target is a class you expect. Never restore configs from untrusted sources; recent NeMo versions restrict targets to an allowlist.',
        tags: ['security', 'hydra', 'code-execution', 'external/cwe/cwe-470'],
        precision: 'medium',
    },
    // --- containers: Git LFS, TorchScript, archives the scanner cannot open ---
    {
        id: 'scan/lfs-pointer',
        name: 'GitLfsPointerNotScanned',
        severity: 'medium',
        short: 'The file is a Git LFS pointer: the model itself was not checked out, so it was not scanned.',
        full: 'Git LFS replaces large files with a small text pointer (`version https://git-lfs.github.com/spec/v1`, an `oid` and a `size`) until they are ' +
            'fetched. The scanner saw the pointer, not the model, so nothing is known about the model that users will download.',
        help: 'Fetch the LFS objects before scanning: add `lfs: true` to the `actions/checkout` step (or run `git lfs pull`), then scan again.',
        tags: ['security', 'scan-coverage', 'git-lfs'],
        precision: 'very-high',
    },
    {
        id: 'torchscript/dangerous-code',
        name: 'TorchScriptDangerousCode',
        severity: 'high',
        short: 'TorchScript source in the archive calls something that loads native code, runs commands or evaluates code.',
        full: 'A TorchScript archive (`torch.jit.save`) carries the model as Python-like source under `code/`, compiled by `torch.jit.load`. ' +
            'Scripted and traced models only call tensor operations; this source names `torch.ops.load_library`, `os.`/`subprocess`, `eval`, `exec`, ' +
            '`__import__`, `open(` or similar, which no exported model needs and which a hand-edited archive uses to reach the host.',
        help: 'Do not load this archive unless you wrote the code it contains. Re-export the model with `torch.jit.save` from trusted source, ' +
            'or ship the weights as safetensors.',
        tags: ['security', 'torchscript', 'code-execution'],
        precision: 'medium',
    },
    {
        id: 'archive/not-scanned',
        name: 'ArchiveNotScanned',
        severity: 'high',
        short: 'An archive the scanner cannot open (7z): its members were not scanned.',
        full: 'Loaders and users unpack 7z archives (the nullifAI models on Hugging Face were PyTorch checkpoints re-compressed with 7z), but the scanner ' +
            'cannot decode this archive, so every model inside it is unscanned. It is reported as high so that it is never mistaken for a clean file.',
        help: 'Unpack the archive in an isolated environment and scan its content, or publish the model in a format the scanner reads (safetensors, zip).',
        tags: ['security', 'scan-coverage', 'archive'],
        precision: 'very-high',
    },
    ...KERAS_TENSORFLOW_RULES,
    ...CONFIG_RULES,
];
const RULES = new Map(RULE_LIST.map((r) => [r.id, r]));
function ruleFor(id) {
    const rule = RULES.get(id);
    if (!rule)
        throw new Error(`unknown rule id: ${id}`);
    return rule;
}
/** Every rule, in catalogue order (SARIF `rules[]` keeps this order). */
function allRules() {
    return [...RULES.values()];
}

;// CONCATENATED MODULE: ./lib/policy/model-extensions.js
/**
 * File extensions of model artifacts. Used for the action's default globs and to
 * decide that an unrecognised file is still worth a "not scanned" finding.
 * Routing never trusts them: content decides the format.
 */
const MODEL_EXTENSIONS = [
    // pickle family
    '.pkl', '.pickle', '.pk', '.p', '.dill', '.cloudpkl', '.joblib', '.jbl', '.sav', '.dat', '.data', '.model',
    // PyTorch and friends
    '.pt', '.pth', '.bin', '.ckpt', '.mar', '.ptl', '.pt2',
    // NumPy
    '.npy', '.npz',
    // Keras / TensorFlow
    '.h5', '.hdf5', '.keras', '.pb', '.tflite', '.lite',
    // others
    '.onnx', '.gguf', '.ggml', '.safetensors', '.msgpack', '.nemo', '.mlmodel', '.pmml',
    // archives models travel in
    '.zip', '.tar', '.tgz', '.gz', '.bz2', '.xz', '.lz4', '.zst', '.7z',
    // chat templates
    '.jinja',
];
/** Side files that ship beside weights and can make a loader run code (remote code, templates, targets). */
const MODEL_SIDE_FILES = (/* unused pure expression or super */ null && ([
    'config.json', 'tokenizer_config.json', 'chat_template.json', 'processor_config.json', 'preprocessor_config.json',
    'model_config.json',
]));
const SET = new Set(MODEL_EXTENSIONS);
function isModelExtension(extension) {
    return SET.has(extension.toLowerCase());
}
/**
 * Default action globs: every model extension and side file, anywhere in the workspace
 * (action.yml repeats them; a test keeps them equal).
 */
function defaultModelGlobs() {
    return [
        `**/*.{${MODEL_EXTENSIONS.map((ext) => ext.slice(1)).join(',')}}`,
        `**/{${MODEL_SIDE_FILES.join(',')}}`,
    ];
}

;// CONCATENATED MODULE: ./lib/formats/keras/marshal.js
/**
 * A bounded reader for CPython `marshal` data, enough to list what a
 * marshalled code object refers to (Keras Lambda bytecode). It never runs
 * anything: it collects the names (co_names, variable names) and string
 * constants of the code object and of every code object nested in it.
 */
// Field order from CPython's marshal.c w_object(code) per version.
const LAYOUTS = [
    // 3.11+: argcount, posonly, kwonly, stacksize, flags | code consts names localsplusnames localspluskinds filename name qualname | firstlineno | linetable exceptiontable
    { label: '3.11+', ints: 5, middle: [true, false, false, true, true], trailing: 2 },
    // 3.8-3.10: argcount, posonly, kwonly, nlocals, stacksize, flags | code consts names varnames freevars cellvars filename name | firstlineno | lnotab
    { label: '3.8-3.10', ints: 6, middle: [true, true, true, false, true], trailing: 1 },
    // 3.0-3.7: argcount, kwonly, nlocals, stacksize, flags | same objects as 3.8
    { label: '3.0-3.7', ints: 5, middle: [true, true, true, false, true], trailing: 1 },
    // 2.x: argcount, nlocals, stacksize, flags
    { label: '2.x', ints: 4, middle: [true, true, true, false, true], trailing: 1 },
];
const FLAG_REF = 0x80;
const MAX_DEPTH = 64;
const MAX_OBJECTS = 200_000;
const MAX_STRING_SHOWN = 120;
/** True when the bytes start like a marshalled code object ('c', optionally with the ref flag). */
function looksLikeMarshalledCode(bytes) {
    return bytes.length > 16 && (bytes[0] & ~FLAG_REF) === 0x63;
}
/**
 * Summarises a marshalled code object. Returns an error string when no known
 * layout parses the bytes exactly (the caller treats that as "unknown code").
 */
function summariseCode(bytes) {
    let lastError = 'not a code object';
    for (const layout of LAYOUTS) {
        const reader = new MarshalReader(bytes, layout);
        try {
            const root = reader.object(0);
            if (!(root instanceof CodeMarker))
                return { error: 'the data is not a code object' };
            if (reader.pos !== bytes.length)
                throw new Error(`${bytes.length - reader.pos} bytes left over`);
            return {
                names: [...reader.names],
                identifiers: [...reader.identifiers],
                strings: [...reader.strings],
                layout: layout.label,
            };
        }
        catch (error) {
            lastError = error instanceof Error ? error.message : String(error);
        }
    }
    return { error: `bytecode not understood (${lastError})` };
}
class CodeMarker {
}
const CODE = new CodeMarker();
class MarshalReader {
    bytes;
    layout;
    pos = 0;
    names = new Set();
    identifiers = new Set();
    strings = new Set();
    refs = [];
    objects = 0;
    text = new TextDecoder('utf-8', { fatal: false });
    latin1 = new TextDecoder('latin1');
    constructor(bytes, layout) {
        this.bytes = bytes;
        this.layout = layout;
    }
    object(depth) {
        if (depth > MAX_DEPTH)
            throw new Error('nested too deeply');
        if (++this.objects > MAX_OBJECTS)
            throw new Error('too many objects');
        const code = this.u8();
        const flag = (code & FLAG_REF) !== 0;
        const type = String.fromCharCode(code & ~FLAG_REF);
        // Containers and code objects reserve their ref slot before their contents (marshal.c r_ref_reserve).
        const slot = flag ? this.refs.push(undefined) - 1 : -1;
        const value = this.value(type, depth);
        if (slot >= 0)
            this.refs[slot] = value;
        return value;
    }
    value(type, depth) {
        switch (type) {
            case '0':
            case 'N':
            case 'S':
            case '.':
                return null;
            case 'F':
                return false;
            case 'T':
                return true;
            case 'i':
                return this.i32();
            case 'I':
                this.skip(8);
                return 0;
            case 'l': {
                const n = Math.abs(this.i32());
                this.skip(n * 2);
                return 0;
            }
            case 'g':
                this.skip(8);
                return 0;
            case 'y':
                this.skip(16);
                return 0;
            case 'f':
                this.skip(this.u8());
                return 0;
            case 'x':
                this.skip(this.u8());
                this.skip(this.u8());
                return 0;
            case 's':
                return this.take(this.size());
            case 't':
            case 'u':
                return this.text.decode(this.take(this.size()));
            case 'a':
            case 'A':
                return this.latin1.decode(this.take(this.size()));
            case 'z':
            case 'Z':
                return this.latin1.decode(this.take(this.u8()));
            case 'R': {
                // Python 2 string-table reference.
                this.i32();
                return '';
            }
            case ')': // small tuple
                return this.sequence(this.u8(), depth);
            case '(':
            case '[':
            case '<':
            case '>':
                return this.sequence(this.size(), depth);
            case '{': {
                const map = new Map();
                for (;;) {
                    if (this.bytes[this.pos] === 0x30) {
                        this.pos++;
                        return map;
                    }
                    map.set(this.object(depth + 1), this.object(depth + 1));
                }
            }
            case 'r': {
                const index = this.i32();
                if (index < 0 || index >= this.refs.length)
                    throw new Error(`bad reference ${index}`);
                return this.refs[index];
            }
            case 'c':
                this.code(depth);
                return CODE;
            default:
                throw new Error(`unknown marshal type 0x${type.charCodeAt(0).toString(16)} at ${this.pos - 1}`);
        }
    }
    code(depth) {
        this.skip(4 * this.layout.ints);
        const bytecode = this.object(depth + 1);
        if (!(bytecode instanceof Uint8Array))
            throw new Error('code object without bytecode');
        const consts = this.object(depth + 1);
        for (const c of asList(consts))
            this.noteConstant(c);
        for (const name of asList(this.object(depth + 1)))
            if (typeof name === 'string')
                this.names.add(name);
        for (const holdsIdentifiers of this.layout.middle) {
            const value = this.object(depth + 1);
            if (!holdsIdentifiers)
                continue;
            for (const v of Array.isArray(value) ? value : [value])
                if (typeof v === 'string')
                    this.identifiers.add(v);
        }
        this.i32(); // firstlineno
        for (let i = 0; i < this.layout.trailing; i++)
            this.object(depth + 1);
    }
    noteConstant(value) {
        if (typeof value === 'string' && value.length > 0)
            this.strings.add(marshal_shorten(value));
        else if (value instanceof Uint8Array && value.length > 0)
            this.strings.add(marshal_shorten(this.latin1.decode(value)));
        else if (Array.isArray(value))
            for (const v of value)
                this.noteConstant(v);
    }
    sequence(n, depth) {
        const out = [];
        for (let i = 0; i < n; i++)
            out.push(this.object(depth + 1));
        return out;
    }
    size() {
        const n = this.i32();
        if (n < 0 || n > this.bytes.length - this.pos)
            throw new Error(`bad length ${n} at ${this.pos - 4}`);
        return n;
    }
    take(n) {
        if (this.pos + n > this.bytes.length)
            throw new Error('truncated');
        const out = this.bytes.subarray(this.pos, this.pos + n);
        this.pos += n;
        return out;
    }
    skip(n) {
        this.take(n);
    }
    u8() {
        if (this.pos >= this.bytes.length)
            throw new Error('truncated');
        return this.bytes[this.pos++];
    }
    i32() {
        const b = this.take(4);
        return b[0] | (b[1] << 8) | (b[2] << 16) | (b[3] << 24);
    }
}
function asList(value) {
    return Array.isArray(value) ? value : [];
}
function marshal_shorten(s) {
    return s.length > MAX_STRING_SHOWN ? `${s.slice(0, MAX_STRING_SHOWN)}…` : s;
}

;// CONCATENATED MODULE: ./lib/formats/pickle/values.js
/** Containers keep this many items: enough to show arguments, bounded for huge lists. */
const KEEP_ITEMS = 32;
/**
 * A bytes, bytearray or long str constant: where it lies in the source, not its
 * content (tensor data is never copied; nested payloads are read back on demand).
 */
class PyBytes {
    offset;
    length;
    text;
    mutable;
    inline;
    kind = 'bytes';
    constructor(offset, length, 
    /** A str too long to decode eagerly (its bytes are UTF-8, or latin-1 for protocol-0 strings). */
    text, mutable = false, 
    /** Content already known (decoded from escapes, or computed): used instead of offset. */
    inline) {
        this.offset = offset;
        this.length = length;
        this.text = text;
        this.mutable = mutable;
        this.inline = inline;
    }
}
class PyList {
    kind = 'list';
    items = [];
    count = 0;
    add(v) {
        if (this.items.length < KEEP_ITEMS)
            this.items.push(v);
        this.count++;
    }
}
class PyTuple {
    items;
    count;
    kind = 'tuple';
    constructor(items, count = items.length) {
        this.items = items;
        this.count = count;
    }
}
class PyDict {
    kind = 'dict';
    keys = [];
    values = [];
    count = 0;
    set(k, v) {
        if (typeof k === 'string' || typeof k === 'number') {
            const i = this.keys.indexOf(k);
            if (i >= 0) {
                this.values[i] = v;
                return;
            }
        }
        if (this.keys.length < KEEP_ITEMS) {
            this.keys.push(k);
            this.values.push(v);
        }
        this.count++;
    }
    get(k) {
        const i = this.keys.indexOf(k);
        return i >= 0 ? this.values[i] : undefined;
    }
}
class PySet {
    frozen;
    kind = 'set';
    items = [];
    count = 0;
    constructor(frozen) {
        this.frozen = frozen;
    }
    add(v) {
        if (this.items.length < KEEP_ITEMS)
            this.items.push(v);
        this.count++;
    }
}
/** An imported name (GLOBAL, STACK_GLOBAL, INST, EXT). */
class PyGlobal {
    module;
    name;
    written;
    offset;
    verdict;
    unresolved;
    kind = 'global';
    /** Calls made on it, in order (bounded). */
    calls = [];
    /** Part of a computed callee (partial(os.system)(), getattr(...)()): that call's finding covers it. */
    covered = false;
    /** Imported after the same pickle called something that writes files (threats C8, D13). */
    afterWrite = false;
    /** How a STACK_GLOBAL operand was computed at load time (str.join, ...), when it was. */
    computed;
    constructor(
    /** Canonical module and name (Python 2 names and C modules mapped). */
    module, name, 
    /** As written in the pickle, when different. */
    written, offset, verdict, 
    /** Set when the name is computed at load time (non-literal STACK_GLOBAL operands, EXT codes). */
    unresolved) {
        this.module = module;
        this.name = name;
        this.written = written;
        this.offset = offset;
        this.verdict = verdict;
        this.unresolved = unresolved;
    }
    get dotted() {
        return this.unresolved ? `<${this.unresolved}>` : `${this.module}.${this.name}`;
    }
}
/** The result of calling something: REDUCE, NEWOBJ(_EX), OBJ, INST. */
class PyCall {
    callee;
    args;
    offset;
    kwargs;
    kind = 'call';
    /** Its result was itself called: the outer call's finding covers this one. */
    consumed = false;
    /** State applied by BUILD. */
    state;
    /** The value the call returns, when it is a pure function of constants (str.join, str, chr, ...). */
    value;
    /** A call made on the callee's behalf by a dispatcher (map, atexit.register, ...): that dispatcher call. */
    via;
    constructor(callee, args, offset, kwargs) {
        this.callee = callee;
        this.args = args;
        this.offset = offset;
        this.kwargs = kwargs;
    }
}
/** Something we do not model: persistent ids, out-of-band buffers, huge ints. */
class PyOpaque {
    what;
    detail;
    kind = 'opaque';
    constructor(what, detail) {
        this.what = what;
        this.detail = detail;
    }
}
function isObject(v) {
    return typeof v === 'object' && v !== null;
}
/** The root global a value was computed from, following calls (getattr(x)(...) -> getattr). */
function globalsIn(v, out = [], depth = 0) {
    if (!isObject(v) || depth > 16 || out.length > 64)
        return out;
    switch (v.kind) {
        case 'global':
            out.push(v);
            break;
        case 'call':
            globalsIn(v.callee, out, depth + 1);
            for (const a of v.args)
                globalsIn(a, out, depth + 1);
            if (v.kwargs !== undefined)
                globalsIn(v.kwargs, out, depth + 1);
            break;
        case 'tuple':
        case 'list':
        case 'set':
            for (const a of v.items)
                globalsIn(a, out, depth + 1);
            break;
        case 'dict':
            for (const a of v.values)
                globalsIn(a, out, depth + 1);
            break;
        default:
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/formats/pickle/findings.js


const MAX_ARG_CHARS = 120;
const MAX_ARGS = 8;
/** What a call through each kind of dangerous callable does, for the one-sentence message. */
const DOES = {
    exec: 'runs Python code',
    shell: 'runs a shell command',
    process: 'starts a process or thread',
    native: 'loads native code or writes raw memory',
    nested: 'deserializes a second, hidden payload',
    resolve: 'looks up an arbitrary function or attribute at load time',
    import: 'imports code through the import machinery',
    callback: 'registers a function to run later',
    tamper: 'tampers with the Python interpreter',
    file: 'reads or writes files',
    network: 'opens a network connection',
    recon: 'inspects the machine',
};
/** Turns what the machine recorded into findings: one per root cause. */
function findingsFrom(out, source) {
    const show = (v) => render(v, source, 0);
    const py = (v) => decompile(v, source);
    const findings = [];
    for (const g of out.globals) {
        const free = g.calls.filter((c) => !c.consumed);
        if (free.length === 0 && (g.calls.length > 0 || g.covered))
            continue; // reported as part of a call chain
        const call = free[0];
        const args = call ? call.args.slice(0, MAX_ARGS).map(show) : undefined;
        const offset = call ? call.offset : g.offset;
        const properties = {};
        if (g.written)
            properties.imported = g.written;
        if (call)
            properties.importOffset = g.offset;
        if (g.computed)
            properties.computedName = g.computed;
        let decompiled = call ? py(call) : g.unresolved ? `<${g.unresolved}>` : importStatement(g);
        if (call?.via) {
            properties.technique = 'dispatcher';
            properties.dispatcher = py(call.via);
            decompiled = `${decompiled}  # called by ${py(call.via)}`;
        }
        properties.decompiled = decompiled;
        const via = call?.via ? `, called by ${decompile(call.via.callee, source)}(…)` : '';
        if (g.unresolved) {
            findings.push({
                ruleId: 'pickle/unresolved-import',
                callable: g.dotted,
                ...(args ? { args } : {}),
                offset,
                message: `Loading this file imports a name that is only computed while loading (${g.unresolved})${call ? `${via} and calls it: \`${decompiled}\`` : ''}, so what runs cannot be checked in advance.`,
                properties,
            });
            continue;
        }
        if (g.afterWrite && g.verdict.kind === 'unknown') {
            properties.technique = 'write-then-import';
            findings.push({
                ruleId: 'pickle/code-execution',
                callable: g.dotted,
                ...(args ? { args } : {}),
                offset,
                message: `Loading this file first writes files and then imports ${g.module}, a module that is not part of any known library: importing a module it just wrote runs that module's code (\`${decompiled}\`).`,
                properties,
            });
            continue;
        }
        const finding = globalFinding(g.dotted, g.verdict, args, offset, properties, call !== undefined, decompiled, via);
        if (call && g.module === 'marshal')
            describeCode(finding, call, source);
        if (call && g.module === 'types' && g.name === 'CodeType')
            describeCodeTuple(finding, call);
        findings.push(finding);
    }
    for (const c of out.dynamicCalls) {
        const roots = globalsIn(c.callee);
        const worst = worstVerdict(roots);
        const expr = show(c.callee);
        const args = c.args.slice(0, MAX_ARGS).map(show);
        const withArgs = args.length ? ` with ${args.join(', ')}` : '';
        const ruleId = worst?.kind === 'deny' ? (worst.severity === 'critical' ? 'pickle/code-execution' : 'pickle/system-access') : 'pickle/dynamic-call';
        const resolved = resolvedTarget(c.callee);
        const what = resolved ? `\`${resolved}\`` : 'a function';
        let decompiled = py(c);
        if (resolved)
            decompiled += `  # = ${resolved}(${c.args.slice(0, MAX_ARGS).map((a) => py(a)).join(', ')})`;
        if (c.via)
            decompiled += `  # called by ${py(c.via)}`;
        const via = c.via ? `, called by ${decompile(c.via.callee, source)}(…)` : '';
        findings.push({
            ruleId,
            callable: expr,
            args,
            offset: c.offset,
            message: `Loading this file computes ${what} at load time through ${expr} and calls it${withArgs}${via}: \`${decompiled}\`.`,
            properties: { technique: c.via ? 'dispatcher' : 'call-on-computed-value', ...(resolved ? { resolved } : {}), decompiled, ...(c.via ? { dispatcher: py(c.via) } : {}) },
        });
    }
    for (const gadget of out.gadgets) {
        const decompiled = setattrs(gadget.target, gadget.state, source);
        findings.push({
            ruleId: 'pickle/code-execution',
            callable: gadget.target.dotted,
            args: [show(gadget.state)],
            offset: gadget.offset,
            message: `Loading this file overwrites attributes of ${gadget.target.dotted}, a trick to swap a safe-looking function for a dangerous one: \`${decompiled}\`.`,
            properties: { technique: 'build-on-global', decompiled },
        });
    }
    for (const issue of out.frameIssues) {
        findings.push({
            ruleId: 'pickle/frame-tampering',
            offset: issue.offset,
            message: `The pickle's framing is inconsistent (${issue.message}), so Python and scanners can read different instructions from it.`,
            properties: { decompiled: `# ${issue.message}` },
        });
    }
    for (const n of out.nested) {
        if (n.call.args.slice(0, 3).some((a) => nestedPayload(a, source)))
            continue;
        if (n.loader !== 'torch.storage._load_from_bytes')
            continue; // other loaders are findings already
        const decompiled = py(n.call);
        findings.push({
            ruleId: 'pickle/code-execution',
            callable: n.loader,
            args: n.call.args.slice(0, MAX_ARGS).map(show),
            offset: n.call.offset,
            message: `Loading this file deserializes a payload through ${n.loader} that is computed while loading, so it cannot be checked: \`${decompiled}\`.`,
            properties: { decompiled },
        });
    }
    return findings;
}
/** `from os import system` for a global that is imported but not called. */
function importStatement(g) {
    if (g.module === 'builtins')
        return g.name;
    const dot = g.name.indexOf('.');
    return dot < 0 ? `from ${g.module} import ${g.name}` : `from ${g.module} import ${g.name.slice(0, dot)}; ${g.name.slice(dot + 1)}`;
}
/** BUILD on a global as the setattr calls Python makes. */
function setattrs(target, state, source) {
    const dicts = state instanceof PyDict ? [state] : state instanceof PyTuple ? state.items.filter((x) => x instanceof PyDict) : [];
    const name = decompile(target, source);
    if (!dicts.length)
        return `${name}.__setstate__(${decompile(state, source)})`;
    const parts = [];
    for (const d of dicts)
        d.keys.slice(0, MAX_ARGS).forEach((k, i) => parts.push(`${name}.${typeof k === 'string' ? k : decompile(k, source)} = ${decompile(d.values[i], source)}`));
    return parts.join('; ');
}
/** `<code object using os, system; 'touch …'>` for marshalled code in a constant. */
function codeLabel(v, source) {
    const payload = nestedPayload(v, source);
    if (!payload || payload.length > 16 * 1024 * 1024)
        return undefined;
    const summary = summariseCode(payload);
    if ('error' in summary)
        return undefined;
    const strings = summary.strings.slice(0, 4).map((x) => pyRepr(x));
    return `<code object using ${summary.names.slice(0, 12).join(', ') || 'no names'}${strings.length ? `; ${strings.join(', ')}` : ''}>`;
}
/** marshal.loads of a constant: what the code object it rebuilds refers to. */
function describeCode(finding, call, source) {
    const payload = call.args.length ? nestedPayload(call.args[0], source) : undefined;
    if (!payload || payload.length > 16 * 1024 * 1024)
        return;
    const summary = summariseCode(payload);
    if ('error' in summary)
        return;
    const names = summary.names.slice(0, 16);
    const strings = summary.strings.slice(0, 8);
    finding.properties = { ...finding.properties, code: { names, strings, layout: summary.layout } };
    finding.message += ` The code object it rebuilds uses ${names.join(', ') || 'no names'}${strings.length ? ` and the strings ${strings.map((x) => pyRepr(x)).join(', ')}` : ''}.`;
}
/** types.CodeType(...) with constant arguments: the names tuple shows what the code calls. */
function describeCodeTuple(finding, call) {
    const names = new Set();
    for (const a of call.args) {
        if (a instanceof PyTuple)
            for (const x of a.items)
                if (typeof x === 'string' && /^[A-Za-z_][A-Za-z0-9_]*$/.test(x))
                    names.add(x);
    }
    if (!names.size)
        return;
    finding.properties = { ...finding.properties, code: { names: [...names].slice(0, 16) } };
    finding.message += ` The code object refers to ${[...names].slice(0, 16).join(', ')}.`;
}
function globalFinding(callable, verdict, args, offset, properties, called, decompiled, via) {
    const withArgs = args && args.length ? ` with ${args.join(', ')}` : '';
    const code = `: \`${decompiled}\``;
    if (verdict.kind === 'deny') {
        properties.category = verdict.category;
        properties.reason = verdict.reason;
        const ruleId = verdict.severity === 'critical' ? 'pickle/code-execution' : 'pickle/system-access';
        let message;
        if (!called) {
            message = `Loading this file imports ${callable}, which ${verdict.reason}; a pickle has no reason to reference it.`;
        }
        else if (SHELL_RUNNERS.has(callable) && args && args.length >= 1 && /^['"]/.test(args[0])) {
            message = `Loading this file runs the shell command \`${unquote(args[0])}\` through ${callable}${via}${code}.`;
        }
        else {
            message = `Loading this file ${DOES[verdict.category]} through ${callable}${withArgs}${via}${code}.`;
        }
        return { ruleId, callable, ...(args ? { args } : {}), offset, message, properties };
    }
    return {
        ruleId: 'pickle/unknown-import',
        callable,
        ...(args ? { args } : {}),
        offset,
        message: called
            ? `Loading this file calls ${callable}${withArgs}${via}, which is not on the list of known-safe model classes${code}.`
            : `Loading this file imports ${callable}, which is not on the list of known-safe model classes.`,
        properties,
    };
}
/** Callables whose first argument is a shell command line. */
const SHELL_RUNNERS = new Set([
    'os.system', 'os.popen', 'subprocess.getoutput', 'subprocess.getstatusoutput', 'subprocess.check_output', 'subprocess.run',
    'subprocess.call', 'subprocess.check_call', 'subprocess.Popen', 'pty.spawn', 'platform.popen',
]);
function unquote(s) {
    return s.slice(1, -1).replace(/\\(.)/g, '$1');
}
function worstVerdict(globals) {
    let worst;
    for (const g of globals) {
        const v = g.verdict;
        if (v.kind !== 'deny')
            continue;
        if (!worst || worst.kind !== 'deny' || (v.severity === 'critical' && worst.severity !== 'critical'))
            worst = v;
    }
    return worst;
}
/** For getattr(module, 'name') style chains, the callable they most likely produce. */
function resolvedTarget(callee) {
    if (!(callee instanceof PyCall) || !(callee.callee instanceof PyGlobal))
        return undefined;
    const fn = `${callee.callee.module}.${callee.callee.name}`;
    const [a, b] = callee.args;
    const base = (v) => {
        if (typeof v === 'string')
            return v;
        if (v instanceof PyGlobal && !v.unresolved)
            return `${v.module}.${v.name}`;
        if (v instanceof PyCall)
            return resolvedTarget(v);
        return undefined;
    };
    switch (fn) {
        case 'builtins.getattr':
        case 'inspect.getattr_static':
            return base(a) && typeof b === 'string' ? `${base(a)}.${b}` : undefined;
        case 'builtins.__import__':
        case 'importlib.import_module':
        case 'pydoc.locate':
            return typeof a === 'string' ? a : undefined;
        case 'pkgutil.resolve_name':
            return typeof a === 'string' ? a.replace(':', '.') : undefined;
        default:
            return undefined;
    }
}
/** Renders a value like Python's repr, shortened. */
function render(v, source, depth, short = false) {
    const s = renderInner(v, source, depth, short);
    return s.length > MAX_ARG_CHARS ? `${s.slice(0, MAX_ARG_CHARS - 1)}…` : s;
}
const MAX_DECOMPILED = 400;
/**
 * What the pickle would do, as Python a non-expert can read: `os.system('id')`,
 * `getattr(__import__('os'), 'system')('id')` (builtins unprefixed).
 */
function decompile(v, source) {
    const s = renderInner(v, source, 0, true);
    return s.length > MAX_DECOMPILED ? `${s.slice(0, MAX_DECOMPILED - 1)}…` : s;
}
function renderInner(v, source, depth, short = false) {
    if (v === null)
        return 'None';
    if (v === true)
        return 'True';
    if (v === false)
        return 'False';
    if (typeof v === 'number' || typeof v === 'bigint')
        return String(v);
    if (typeof v === 'string')
        return pyRepr(v.length > 200 ? v.slice(0, 200) : v);
    if (depth > 3)
        return '…';
    const list = (items, more) => items.slice(0, MAX_ARGS).map((x) => render(x, source, depth + 1, short)).join(', ') + (more > Math.min(items.length, MAX_ARGS) ? ', …' : '');
    switch (v.kind) {
        case 'bytes': {
            const head = v.inline ?? source.read(v.offset, Math.min(v.length, v.length > 80 ? 24 : 80));
            const text = Buffer.from(head).toString('latin1');
            if (v.text)
                return `${pyRepr(text)}… (${v.length} bytes)`;
            return `${v.mutable ? 'bytearray(' : ''}b${pyRepr(text)}${v.length > head.length ? `… (${v.length} bytes)` : ''}${v.mutable ? ')' : ''}`;
        }
        case 'tuple':
            return `(${list(v.items, v.count)}${v.count === 1 ? ',' : ''})`;
        case 'list':
            return `[${list(v.items, v.count)}]`;
        case 'set':
            return `${v.frozen ? 'frozenset(' : ''}{${list(v.items, v.count)}}${v.frozen ? ')' : ''}`;
        case 'dict':
            return `{${v.keys
                .slice(0, MAX_ARGS)
                .map((k, i) => `${render(k, source, depth + 1, short)}: ${render(v.values[i], source, depth + 1, short)}`)
                .join(', ')}${v.count > MAX_ARGS ? ', …' : ''}}`;
        case 'global':
            return short && v.module === 'builtins' && !v.unresolved ? v.name : v.dotted;
        case 'call': {
            const code = v.callee instanceof PyGlobal && v.callee.module === 'marshal' && v.args[0] !== undefined ? codeLabel(v.args[0], source) : undefined;
            return `${render(v.callee, source, depth + 1, short)}(${code ?? list(v.args, v.args.length)})`;
        }
        case 'opaque':
            return `<${v.what}>`;
    }
}
function pyRepr(s) {
    const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
    let out = quote;
    for (const ch of s) {
        const c = ch.codePointAt(0);
        if (ch === quote || ch === '\\')
            out += '\\' + ch;
        else if (ch === '\n')
            out += '\\n';
        else if (ch === '\r')
            out += '\\r';
        else if (ch === '\t')
            out += '\\t';
        else if (c < 0x20 || c === 0x7f)
            out += `\\x${c.toString(16).padStart(2, '0')}`;
        else
            out += ch;
    }
    return out + quote;
}
const MAX_NESTED = 256 * 1024 * 1024;
/**
 * The bytes a loader call would deserialize, when they are a constant in the
 * pickle, possibly wrapped in BytesIO / base64 / hex / latin-1 encode calls.
 */
function nestedPayload(v, source, depth = 0) {
    if (depth > 6)
        return undefined;
    if (v instanceof PyBytes) {
        if (v.inline)
            return v.inline;
        if (v.length > MAX_NESTED)
            return undefined;
        return source.read(v.offset, v.length);
    }
    if (typeof v === 'string')
        return Buffer.from(v, 'latin1');
    if (!(v instanceof PyCall) || !(v.callee instanceof PyGlobal))
        return undefined;
    const fn = `${v.callee.module}.${v.callee.name}`;
    const inner = v.args[0];
    if (inner === undefined)
        return undefined;
    const raw = () => nestedPayload(inner, source, depth + 1);
    const asText = () => {
        if (typeof inner === 'string')
            return inner;
        const b = raw();
        return b ? Buffer.from(b).toString('latin1') : undefined;
    };
    switch (fn) {
        // Compressed payloads are handed over still compressed: the compressed-stream scanner
        // recognises them by content and inflates them within the file's budget.
        case 'zlib.decompress':
        case 'gzip.decompress':
        case 'bz2.decompress':
        case 'lzma.decompress':
        case 'io.BytesIO':
        case 'builtins.bytes':
        case 'builtins.bytearray':
        case '_codecs.encode':
        case 'codecs.encode':
            return raw();
        case 'base64.b64decode':
        case 'base64.standard_b64decode':
        case 'base64.decodebytes':
        case 'base64.urlsafe_b64decode':
        case 'binascii.a2b_base64': {
            const t = asText();
            return t === undefined ? undefined : Buffer.from(t, fn.includes('urlsafe') ? 'base64url' : 'base64');
        }
        case 'binascii.unhexlify':
        case 'binascii.a2b_hex':
        case 'builtins.bytes.fromhex':
        case 'base64.b16decode': {
            const t = asText();
            return t === undefined ? undefined : Buffer.from(t.replace(/\s+/g, ''), 'hex');
        }
        case 'codecs.decode': {
            const enc = v.args[1];
            const t = asText();
            if (t === undefined)
                return undefined;
            if (enc === 'base64')
                return Buffer.from(t, 'base64');
            if (enc === 'hex' || enc === 'hex_codec')
                return Buffer.from(t, 'hex');
            if (enc === 'base64_codec')
                return Buffer.from(t, 'base64');
            return raw();
        }
        default:
            return undefined;
    }
}

;// CONCATENATED MODULE: ./lib/formats/pickle/compat.js
/**
 * How the unpickler turns the (module, name) written in a pickle into the object
 * it imports, as far as a scanner must follow it (threats C3, C4):
 * - Python 2 names are remapped (`fix_imports`, CPython Lib/_compat_pickle.py);
 * - C accelerator modules stand for their public module (`posix.system` is how
 *   `os.system` pickles).
 * We apply the Python 2 mapping at every protocol: a name that only imports at
 * protocol <= 2 is still worth flagging.
 */
/** Python 2 module -> Python 3 module (from _compat_pickle.IMPORT_MAPPING). */
const PY2_MODULES = {
    __builtin__: 'builtins', copy_reg: 'copyreg', Queue: 'queue', SocketServer: 'socketserver', ConfigParser: 'configparser',
    repr: 'reprlib', tkFileDialog: 'tkinter.filedialog', tkSimpleDialog: 'tkinter.simpledialog',
    tkColorChooser: 'tkinter.colorchooser', tkCommonDialog: 'tkinter.commondialog', Dialog: 'tkinter.dialog',
    Tkdnd: 'tkinter.dnd', tkFont: 'tkinter.font', tkMessageBox: 'tkinter.messagebox', ScrolledText: 'tkinter.scrolledtext',
    Tkconstants: 'tkinter.constants', Tix: 'tkinter.tix', ttk: 'tkinter.ttk', Tkinter: 'tkinter', markupbase: '_markupbase',
    _winreg: 'winreg', thread: '_thread', dummy_thread: '_dummy_thread', dbhash: 'dbm.bsd', dumbdbm: 'dbm.dumb',
    dbm: 'dbm.ndbm', gdbm: 'dbm.gnu', xmlrpclib: 'xmlrpc.client', SimpleXMLRPCServer: 'xmlrpc.server',
    httplib: 'http.client', htmlentitydefs: 'html.entities', HTMLParser: 'html.parser', Cookie: 'http.cookies',
    cookielib: 'http.cookiejar', BaseHTTPServer: 'http.server', 'test.test_support': 'test.support', commands: 'subprocess',
    urlparse: 'urllib.parse', robotparser: 'urllib.robotparser', urllib2: 'urllib.request', anydbm: 'dbm',
    _abcoll: 'collections.abc', cPickle: 'pickle', _elementtree: 'xml.etree.ElementTree', FileDialog: 'tkinter.filedialog',
    SimpleDialog: 'tkinter.simpledialog', DocXMLRPCServer: 'xmlrpc.server', SimpleHTTPServer: 'http.server',
    CGIHTTPServer: 'http.server', UserDict: 'collections', UserList: 'collections', UserString: 'collections',
    whichdb: 'dbm', StringIO: 'io', cStringIO: 'io',
    // Python 2 `exceptions.X` is builtins.X (every entry of NAME_MAPPING for it keeps the name).
    exceptions: 'builtins',
};
/** Python 2 (module, name) pairs that move to another module or name (from _compat_pickle.NAME_MAPPING). */
const PY2_NAMES = {
    '__builtin__ xrange': ['builtins', 'range'], '__builtin__ reduce': ['functools', 'reduce'],
    '__builtin__ intern': ['sys', 'intern'], '__builtin__ unichr': ['builtins', 'chr'],
    '__builtin__ unicode': ['builtins', 'str'], '__builtin__ long': ['builtins', 'int'],
    '__builtin__ basestring': ['builtins', 'str'], 'itertools izip': ['builtins', 'zip'],
    'itertools imap': ['builtins', 'map'], 'itertools ifilter': ['builtins', 'filter'],
    'itertools ifilterfalse': ['itertools', 'filterfalse'], 'itertools izip_longest': ['itertools', 'zip_longest'],
    'UserDict IterableUserDict': ['collections', 'UserDict'], 'whichdb whichdb': ['dbm', 'whichdb'],
    '_socket fromfd': ['socket', 'fromfd'], '_multiprocessing Connection': ['multiprocessing.connection', 'Connection'],
    'multiprocessing.process Process': ['multiprocessing.context', 'Process'],
    'multiprocessing.forking Popen': ['multiprocessing.popen_fork', 'Popen'],
    'urllib ContentTooShortError': ['urllib.error', 'ContentTooShortError'], 'urllib getproxies': ['urllib.request', 'getproxies'],
    'urllib pathname2url': ['urllib.request', 'pathname2url'], 'urllib quote_plus': ['urllib.parse', 'quote_plus'],
    'urllib quote': ['urllib.parse', 'quote'], 'urllib unquote_plus': ['urllib.parse', 'unquote_plus'],
    'urllib unquote': ['urllib.parse', 'unquote'], 'urllib url2pathname': ['urllib.request', 'url2pathname'],
    'urllib urlcleanup': ['urllib.request', 'urlcleanup'], 'urllib urlencode': ['urllib.parse', 'urlencode'],
    'urllib urlopen': ['urllib.request', 'urlopen'], 'urllib urlretrieve': ['urllib.request', 'urlretrieve'],
    'urllib2 HTTPError': ['urllib.error', 'HTTPError'], 'urllib2 URLError': ['urllib.error', 'URLError'],
    'exceptions StandardError': ['builtins', 'Exception'], 'UserDict UserDict': ['collections', 'UserDict'],
    'socket _socketobject': ['socket', 'SocketType'],
};
/** C implementation modules -> the public module whose semantics they carry. */
const MODULE_ALIASES = {
    posix: 'os', nt: 'os', __builtins__: 'builtins', _operator: 'operator', _functools: 'functools', _io: 'io',
    _pickle: 'pickle', _socket: 'socket', _ssl: 'ssl', _ctypes: 'ctypes', _signal: 'signal', _thread: 'threading',
    _multiprocessing: 'multiprocessing', _asyncio: 'asyncio', _frozen_importlib: 'importlib',
    _frozen_importlib_external: 'importlib', _imp: 'importlib', _sqlite3: 'sqlite3', _lzma: 'lzma', _bz2: 'bz2',
    _gdbm: 'dbm', _dbm: 'dbm', _posixshmem: 'multiprocessing', _winapi: 'subprocess', _pyio: 'io', _collections: 'collections',
};
/** The (module, name) the unpickler really imports, with C modules named by their public module. */
function canonicalName(module, name) {
    const renamed = PY2_NAMES[`${module} ${name}`];
    if (renamed)
        [module, name] = renamed;
    else {
        const top = PY2_MODULES[module];
        if (top)
            module = top;
    }
    const dot = module.indexOf('.');
    const head = dot < 0 ? module : module.slice(0, dot);
    const alias = MODULE_ALIASES[head];
    if (alias)
        module = alias + (dot < 0 ? '' : module.slice(dot));
    return { module, name };
}

;// CONCATENATED MODULE: ./lib/formats/pickle/literals.js
/** Decoding of protocol-0 text arguments, as CPython's unpickler reads them. */
/** int(text, 0) as the INT/LONG/PUT/GET opcodes accept it; undefined when invalid. */
function parsePyInt(text) {
    // Fast path: short plain decimals (every INT/PUT/GET a protocol-0 pickler writes).
    const len = text.length;
    if (len > 0 && len <= 15) {
        let i = text.charCodeAt(0) === 0x2d ? 1 : 0;
        let v = 0;
        for (; i < len; i++) {
            const c = text.charCodeAt(i) - 0x30;
            if (c < 0 || c > 9)
                break;
            v = v * 10 + c;
        }
        if (i === len && len > (text.charCodeAt(0) === 0x2d ? 1 : 0))
            return text.charCodeAt(0) === 0x2d ? -v : v;
    }
    let s = text.trim().replaceAll('_', '');
    let negative = false;
    if (s.startsWith('-') || s.startsWith('+')) {
        negative = s[0] === '-';
        s = s.slice(1);
    }
    let digits;
    if (/^0[xX][0-9a-fA-F]+$/.test(s) || /^0[oO][0-7]+$/.test(s) || /^0[bB][01]+$/.test(s))
        digits = s;
    else if (/^[0-9]+$/.test(s))
        digits = s.length > 1 ? s.replace(/^0+(?=\d)/, '') : s;
    else
        return undefined;
    let v = BigInt(digits);
    if (negative)
        v = -v;
    return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
}
const SIMPLE_ESCAPES = {
    '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\n': '',
};
/**
 * The body of a quoted STRING argument (codecs.escape_decode): \xhh, octal and
 * the C escapes; unknown escapes stay as written. Returns latin-1 text (one char per byte).
 */
function decodeStringEscapes(body) {
    if (!body.includes('\\'))
        return body;
    let out = '';
    for (let i = 0; i < body.length; i++) {
        const c = body[i];
        if (c !== '\\' || i + 1 >= body.length) {
            out += c;
            continue;
        }
        const e = body[++i];
        const simple = SIMPLE_ESCAPES[e];
        if (simple !== undefined) {
            out += simple;
        }
        else if (e === 'x' && /^[0-9a-fA-F]{2}$/.test(body.slice(i + 1, i + 3))) {
            out += String.fromCharCode(parseInt(body.slice(i + 1, i + 3), 16));
            i += 2;
        }
        else if (e >= '0' && e <= '7') {
            let j = i;
            while (j < i + 3 && j < body.length && body[j] >= '0' && body[j] <= '7')
                j++;
            out += String.fromCharCode(parseInt(body.slice(i, j), 8) & 0xff);
            i = j - 1;
        }
        else {
            out += '\\' + e;
        }
    }
    return out;
}
/**
 * A UNICODE argument (raw-unicode-escape): latin-1 bytes where only \uXXXX and
 * \UXXXXXXXX (after an odd run of backslashes) are escapes.
 */
function decodeRawUnicodeEscape(line) {
    if (!line.includes('\\'))
        return line;
    let out = '';
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (c === '\\') {
            let run = 1;
            while (line[i + run] === '\\')
                run++;
            const next = line[i + run];
            if (run % 2 === 1 && (next === 'u' || next === 'U')) {
                const width = next === 'u' ? 4 : 8;
                const hex = line.slice(i + run + 1, i + run + 1 + width);
                if (hex.length === width && /^[0-9a-fA-F]+$/.test(hex)) {
                    out += '\\'.repeat(run - 1);
                    const cp = parseInt(hex, 16);
                    out += cp <= 0x10ffff ? String.fromCodePoint(cp) : '\ufffd';
                    i += run + width;
                    continue;
                }
            }
            out += '\\'.repeat(run);
            i += run - 1;
            continue;
        }
        out += c;
    }
    return out;
}
/** float(text) as the FLOAT opcode accepts it (repr output, inf, nan); undefined when invalid. */
function parsePyFloat(text) {
    const s = text.trim().replaceAll('_', '').toLowerCase();
    const m = /^([+-]?)(inf|infinity|nan)$/.exec(s);
    if (m)
        return m[2] === 'nan' ? NaN : m[1] === '-' ? -Infinity : Infinity;
    if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(s))
        return undefined;
    return Number(s);
}
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });
/** bytes.decode('utf-8') (strict): GLOBAL and INST lines. Undefined when Python would raise. */
function decodeUtf8Strict(bytes) {
    try {
        return STRICT_UTF8.decode(bytes);
    }
    catch {
        return undefined;
    }
}
/**
 * bytes.decode('utf-8', 'surrogatepass'): how the C unpickler decodes
 * BINUNICODE, SHORT_BINUNICODE and BINUNICODE8. Encoded surrogates (ED A0..BF xx)
 * are accepted; anything else invalid makes Python raise (undefined).
 */
function decodeUtf8SurrogatePass(b) {
    let out = '';
    let i = 0;
    const n = b.length;
    while (i < n) {
        const c = b[i];
        let cp;
        let len;
        if (c < 0x80) {
            cp = c;
            len = 1;
        }
        else if (c >= 0xc2 && c <= 0xdf) {
            len = 2;
            cp = c & 0x1f;
        }
        else if (c >= 0xe0 && c <= 0xef) {
            len = 3;
            cp = c & 0x0f;
        }
        else if (c >= 0xf0 && c <= 0xf4) {
            len = 4;
            cp = c & 0x07;
        }
        else
            return undefined;
        if (i + len > n)
            return undefined;
        for (let k = 1; k < len; k++) {
            const cc = b[i + k];
            if ((cc & 0xc0) !== 0x80)
                return undefined;
            cp = (cp << 6) | (cc & 0x3f);
        }
        // Overlong forms and values past U+10FFFF are invalid; surrogates pass.
        if ((len === 3 && cp < 0x800) || (len === 4 && (cp < 0x10000 || cp > 0x10ffff)))
            return undefined;
        out += cp > 0xffff ? String.fromCodePoint(cp) : String.fromCharCode(cp);
        i += len;
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/formats/pickle/opcodes.js
/**
 * Pickle opcodes, protocols 0–5 (the byte values CPython's Lib/pickle.py defines).
 * Only the names are here; what each one does is in machine.ts.
 */
var Op;
(function (Op) {
    Op[Op["MARK"] = 40] = "MARK";
    Op[Op["STOP"] = 46] = "STOP";
    Op[Op["POP"] = 48] = "POP";
    Op[Op["POP_MARK"] = 49] = "POP_MARK";
    Op[Op["DUP"] = 50] = "DUP";
    Op[Op["FLOAT"] = 70] = "FLOAT";
    Op[Op["INT"] = 73] = "INT";
    Op[Op["BININT"] = 74] = "BININT";
    Op[Op["BININT1"] = 75] = "BININT1";
    Op[Op["LONG"] = 76] = "LONG";
    Op[Op["BININT2"] = 77] = "BININT2";
    Op[Op["NONE"] = 78] = "NONE";
    Op[Op["PERSID"] = 80] = "PERSID";
    Op[Op["BINPERSID"] = 81] = "BINPERSID";
    Op[Op["REDUCE"] = 82] = "REDUCE";
    Op[Op["STRING"] = 83] = "STRING";
    Op[Op["BINSTRING"] = 84] = "BINSTRING";
    Op[Op["SHORT_BINSTRING"] = 85] = "SHORT_BINSTRING";
    Op[Op["UNICODE"] = 86] = "UNICODE";
    Op[Op["BINUNICODE"] = 88] = "BINUNICODE";
    Op[Op["APPEND"] = 97] = "APPEND";
    Op[Op["BUILD"] = 98] = "BUILD";
    Op[Op["GLOBAL"] = 99] = "GLOBAL";
    Op[Op["DICT"] = 100] = "DICT";
    Op[Op["APPENDS"] = 101] = "APPENDS";
    Op[Op["GET"] = 103] = "GET";
    Op[Op["BINGET"] = 104] = "BINGET";
    Op[Op["INST"] = 105] = "INST";
    Op[Op["LONG_BINGET"] = 106] = "LONG_BINGET";
    Op[Op["LIST"] = 108] = "LIST";
    Op[Op["OBJ"] = 111] = "OBJ";
    Op[Op["PUT"] = 112] = "PUT";
    Op[Op["BINPUT"] = 113] = "BINPUT";
    Op[Op["LONG_BINPUT"] = 114] = "LONG_BINPUT";
    Op[Op["SETITEM"] = 115] = "SETITEM";
    Op[Op["TUPLE"] = 116] = "TUPLE";
    Op[Op["SETITEMS"] = 117] = "SETITEMS";
    Op[Op["EMPTY_DICT"] = 125] = "EMPTY_DICT";
    Op[Op["EMPTY_LIST"] = 93] = "EMPTY_LIST";
    Op[Op["EMPTY_TUPLE"] = 41] = "EMPTY_TUPLE";
    Op[Op["BINFLOAT"] = 71] = "BINFLOAT";
    // protocol 2
    Op[Op["PROTO"] = 128] = "PROTO";
    Op[Op["NEWOBJ"] = 129] = "NEWOBJ";
    Op[Op["EXT1"] = 130] = "EXT1";
    Op[Op["EXT2"] = 131] = "EXT2";
    Op[Op["EXT4"] = 132] = "EXT4";
    Op[Op["TUPLE1"] = 133] = "TUPLE1";
    Op[Op["TUPLE2"] = 134] = "TUPLE2";
    Op[Op["TUPLE3"] = 135] = "TUPLE3";
    Op[Op["NEWTRUE"] = 136] = "NEWTRUE";
    Op[Op["NEWFALSE"] = 137] = "NEWFALSE";
    Op[Op["LONG1"] = 138] = "LONG1";
    Op[Op["LONG4"] = 139] = "LONG4";
    // protocol 3
    Op[Op["BINBYTES"] = 66] = "BINBYTES";
    Op[Op["SHORT_BINBYTES"] = 67] = "SHORT_BINBYTES";
    // protocol 4
    Op[Op["SHORT_BINUNICODE"] = 140] = "SHORT_BINUNICODE";
    Op[Op["BINUNICODE8"] = 141] = "BINUNICODE8";
    Op[Op["BINBYTES8"] = 142] = "BINBYTES8";
    Op[Op["EMPTY_SET"] = 143] = "EMPTY_SET";
    Op[Op["ADDITEMS"] = 144] = "ADDITEMS";
    Op[Op["FROZENSET"] = 145] = "FROZENSET";
    Op[Op["NEWOBJ_EX"] = 146] = "NEWOBJ_EX";
    Op[Op["STACK_GLOBAL"] = 147] = "STACK_GLOBAL";
    Op[Op["MEMOIZE"] = 148] = "MEMOIZE";
    Op[Op["FRAME"] = 149] = "FRAME";
    // protocol 5
    Op[Op["BYTEARRAY8"] = 150] = "BYTEARRAY8";
    Op[Op["NEXT_BUFFER"] = 151] = "NEXT_BUFFER";
    Op[Op["READONLY_BUFFER"] = 152] = "READONLY_BUFFER";
})(Op || (Op = {}));
const HIGHEST_PROTOCOL = 5;
const NAMES = {
    0x28: 'MARK', 0x2e: 'STOP', 0x30: 'POP', 0x31: 'POP_MARK', 0x32: 'DUP', 0x46: 'FLOAT', 0x49: 'INT', 0x4a: 'BININT',
    0x4b: 'BININT1', 0x4c: 'LONG', 0x4d: 'BININT2', 0x4e: 'NONE', 0x50: 'PERSID', 0x51: 'BINPERSID', 0x52: 'REDUCE',
    0x53: 'STRING', 0x54: 'BINSTRING', 0x55: 'SHORT_BINSTRING', 0x56: 'UNICODE', 0x58: 'BINUNICODE', 0x61: 'APPEND',
    0x62: 'BUILD', 0x63: 'GLOBAL', 0x64: 'DICT', 0x65: 'APPENDS', 0x67: 'GET', 0x68: 'BINGET', 0x69: 'INST',
    0x6a: 'LONG_BINGET', 0x6c: 'LIST', 0x6f: 'OBJ', 0x70: 'PUT', 0x71: 'BINPUT', 0x72: 'LONG_BINPUT', 0x73: 'SETITEM',
    0x74: 'TUPLE', 0x75: 'SETITEMS', 0x7d: 'EMPTY_DICT', 0x5d: 'EMPTY_LIST', 0x29: 'EMPTY_TUPLE', 0x47: 'BINFLOAT',
    0x80: 'PROTO', 0x81: 'NEWOBJ', 0x82: 'EXT1', 0x83: 'EXT2', 0x84: 'EXT4', 0x85: 'TUPLE1', 0x86: 'TUPLE2',
    0x87: 'TUPLE3', 0x88: 'NEWTRUE', 0x89: 'NEWFALSE', 0x8a: 'LONG1', 0x8b: 'LONG4', 0x42: 'BINBYTES',
    0x43: 'SHORT_BINBYTES', 0x8c: 'SHORT_BINUNICODE', 0x8d: 'BINUNICODE8', 0x8e: 'BINBYTES8', 0x8f: 'EMPTY_SET',
    0x90: 'ADDITEMS', 0x91: 'FROZENSET', 0x92: 'NEWOBJ_EX', 0x93: 'STACK_GLOBAL', 0x94: 'MEMOIZE', 0x95: 'FRAME',
    0x96: 'BYTEARRAY8', 0x97: 'NEXT_BUFFER', 0x98: 'READONLY_BUFFER',
};
/** A lookup table: is this byte an opcode at all? (Used by sniffing and resync.) */
const IS_OPCODE = (() => {
    const table = new Uint8Array(256);
    for (const key of Object.keys(NAMES))
        table[Number(key)] = 1;
    return table;
})();
function opName(op) {
    return NAMES[op] ?? `0x${op.toString(16).padStart(2, '0')}`;
}

;// CONCATENATED MODULE: ./lib/formats/pickle/reader.js

/** Malformed or truncated input: the scan of this stream stops here. */
class PickleError extends Error {
    offset;
    limit;
    constructor(message, offset, 
    /** A resource limit, not bad input. */
    limit = false) {
        super(message);
        this.offset = offset;
        this.limit = limit;
    }
}
/** The data ended before the opcode or its argument did. */
class TruncatedError extends PickleError {
}
const WINDOW = 64 * 1024;
// BINFLOAT is big-endian; reversing into a little-endian scratch is faster than readDoubleBE.
const SCRATCH_F64 = new Float64Array(1);
const SCRATCH_BYTES = new Uint8Array(SCRATCH_F64.buffer);
const EMPTY = Buffer.alloc(0);
/** The big-endian double at b[i..i+8). */
function f64beAt(b, i) {
    SCRATCH_BYTES[7] = b[i];
    SCRATCH_BYTES[6] = b[i + 1];
    SCRATCH_BYTES[5] = b[i + 2];
    SCRATCH_BYTES[4] = b[i + 3];
    SCRATCH_BYTES[3] = b[i + 4];
    SCRATCH_BYTES[2] = b[i + 5];
    SCRATCH_BYTES[1] = b[i + 6];
    SCRATCH_BYTES[0] = b[i + 7];
    return SCRATCH_F64[0];
}
function asBuffer(bytes) {
    return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
/**
 * How FRAME boundaries are read (threats B8). CPython's C unpickler reading a
 * file (no peek(), or a frame too big for the 8 KiB peek window) loads each
 * frame into its buffer with one read(); an argument that runs past the end of
 * that buffer is then read *fresh from after the frame*, and the rest of the
 * buffer is dropped. Bytes payloads are the exception: they use readinto(),
 * which takes the rest of the buffer first (linear). pickle.loads and small
 * frames inside the peek window are read linearly.
 */
var FrameMode;
(function (FrameMode) {
    /** pickle.loads, pickletools, the Python unpickler up to its frame check. */
    FrameMode[FrameMode["Linear"] = 0] = "Linear";
    /** C unpickler on a file without peek() (open(f, 'rb', buffering=0), custom streams): every frame buffered. */
    FrameMode[FrameMode["CFile"] = 1] = "CFile";
    /** C unpickler on a buffered file: frames of 8 KiB or more are buffered, smaller ones stay in the peek window. */
    FrameMode[FrameMode["CBuffered"] = 2] = "CBuffered";
})(FrameMode || (FrameMode = {}));
/** CPython's _pickle.c PREFETCH: frames this big or bigger are read with read(), not peek(). */
const PREFETCH = 8192;
/**
 * Sequential reads over a ByteSource through a 64 KiB window: the file is never
 * read whole, and big payloads (tensor bytes in a pickle) are skipped, not read.
 */
class ByteReader {
    source;
    end;
    /** The current window (read by the machine's fast path; never written outside this class). */
    buf = EMPTY;
    /** Absolute offset of buf[0]. */
    bufStart = 0;
    pos;
    /** End of the C unpickler's frame buffer (FrameMode.CFile/CBuffered), -1 when none. */
    cEnd = -1;
    /** Arguments that straddled the end of a frame buffer and were re-read after it. */
    straddles = 0;
    frameMode = FrameMode.Linear;
    constructor(source, start, 
    /** Absolute end of the readable range. */
    end) {
        this.source = source;
        this.end = end;
        this.pos = start;
    }
    /** The next byte, or -1 at the end. The hot path: no allocation. */
    byte() {
        const i = this.pos - this.bufStart;
        if (i >= 0 && i < this.buf.length) {
            this.pos++;
            return this.buf[i];
        }
        if (this.pos >= this.end)
            return -1;
        this.fill(1);
        this.pos++;
        return this.buf[this.pos - 1 - this.bufStart];
    }
    /** Makes [pos, pos+n) available in the window, or throws at the end of data. */
    need(n) {
        const i = this.pos - this.bufStart;
        if (i >= 0 && i + n <= this.buf.length)
            return i;
        if (this.cEnd > this.pos && this.pos + n > this.cEnd)
            this.straddle();
        if (this.pos + n > this.end)
            throw new TruncatedError(`data ends inside a ${n}-byte argument at offset ${this.pos}`, this.pos);
        this.fill(n);
        return 0;
    }
    /** The C unpickler drops the rest of its frame buffer and reads the argument from after it. */
    straddle() {
        this.pos = this.cEnd;
        this.straddles++;
    }
    /**
     * A FRAME of n bytes starts at pos (its length already read). In the C modes
     * the frame becomes the unpickler's buffer, unless it fits in the current one.
     */
    frame(n) {
        if (this.frameMode === FrameMode.Linear)
            return;
        if (this.frameMode === FrameMode.CBuffered && n < PREFETCH)
            return;
        if (this.pos + n <= this.cEnd)
            return;
        if (this.cEnd > this.pos)
            this.straddle();
        this.cEnd = this.pos + n;
        // The window must end at the buffer end, so the fast paths stop there.
        this.buf = EMPTY;
        this.bufStart = 0;
    }
    fill(n) {
        let len = Math.min(Math.max(WINDOW, n), this.end - this.pos);
        if (this.cEnd > this.pos)
            len = Math.min(len, this.cEnd - this.pos);
        this.buf = asBuffer(this.source.read(this.pos, len));
        this.bufStart = this.pos;
        if (this.buf.length < n)
            throw new TruncatedError(`data ends inside a ${n}-byte argument at offset ${this.pos}`, this.pos);
    }
    u8() {
        const i = this.need(1);
        this.pos += 1;
        return this.buf[i];
    }
    u16() {
        const i = this.need(2);
        this.pos += 2;
        return this.buf[i] | (this.buf[i + 1] << 8);
    }
    u32() {
        const i = this.need(4);
        this.pos += 4;
        return this.buf.readUInt32LE(i);
    }
    i32() {
        const i = this.need(4);
        this.pos += 4;
        return this.buf.readInt32LE(i);
    }
    /** 8-byte little-endian length; lengths past 2^53 are as good as infinite. */
    u64() {
        const i = this.need(8);
        this.pos += 8;
        const lo = this.buf.readUInt32LE(i);
        const hi = this.buf.readUInt32LE(i + 4);
        return hi >= 0x200000 ? Number.MAX_SAFE_INTEGER : hi * 0x1_0000_0000 + lo;
    }
    f64be() {
        const i = this.need(8);
        this.pos += 8;
        return f64beAt(this.buf, i);
    }
    /** Decodes n bytes at pos and moves past them. */
    text(n, encoding) {
        const i = this.need(n);
        this.pos += n;
        return this.buf.toString(encoding, i, i + n);
    }
    /** A str argument, decoded as the C unpickler does (UTF-8, surrogatepass); undefined when it would raise. */
    utf8(n) {
        const i = this.need(n);
        this.pos += n;
        const s = this.buf.toString('utf8', i, i + n);
        if (s.indexOf('\ufffd') < 0)
            return s;
        return decodeUtf8SurrogatePass(this.buf.subarray(i, i + n));
    }
    /** n bytes at pos, copied (callers keep them). */
    copy(n) {
        const i = this.need(n);
        this.pos += n;
        return Uint8Array.prototype.slice.call(this.buf, i, i + n);
    }
    /**
     * Moves past n bytes without reading them. `viaBuffer`: a str argument, read
     * like any other argument (bytes payloads use readinto and read linearly).
     */
    skip(n, viaBuffer = false) {
        if (viaBuffer && this.cEnd > this.pos && this.pos + n > this.cEnd)
            this.straddle();
        if (n > this.end - this.pos) {
            throw new TruncatedError(`data ends inside a ${n}-byte argument at offset ${this.pos}`, this.pos);
        }
        this.pos += n;
    }
    /**
     * A protocol-0 text argument: bytes up to the next newline (excluded), as
     * latin-1 so every byte maps to one char. Throws past `max` bytes.
     */
    line(max) {
        for (;;) {
            let i = this.pos - this.bufStart;
            if (i < 0 || i >= this.buf.length) {
                if (this.pos >= this.end)
                    throw new TruncatedError(`data ends inside a text argument at offset ${this.pos}`, this.pos);
                this.fill(1);
                i = 0;
            }
            const nl = this.buf.indexOf(0x0a, i);
            if (nl >= 0) {
                const s = this.buf.toString('latin1', i, nl);
                this.pos += nl - i + 1;
                return s;
            }
            const have = this.buf.length - i;
            if (this.cEnd > this.pos && this.bufStart + this.buf.length >= this.cEnd) {
                // A line running past the C unpickler's frame buffer: it reads a whole new line from the file.
                this.straddle();
                continue;
            }
            if (have >= max)
                throw new PickleError(`text argument longer than ${max} bytes at offset ${this.pos}`, this.pos);
            if (this.pos + have >= this.end)
                throw new TruncatedError(`data ends inside a text argument at offset ${this.pos}`, this.pos);
            this.fill(Math.min(max + 1, have * 2 + WINDOW, this.end - this.pos));
        }
    }
    /** Absolute position of the next `byte` at or after `from` (or -1), scanning window by window. */
    static find(source, from, end, test) {
        let at = from;
        while (at < end) {
            const chunk = asBuffer(source.read(at, Math.min(WINDOW * 16, end - at)));
            if (chunk.length === 0)
                return -1;
            const hit = test(chunk, 0);
            if (hit >= 0)
                return at + hit;
            // Keep one byte of overlap so two-byte signatures across chunks are seen.
            at += Math.max(1, chunk.length - 1);
            if (chunk.length < 2)
                return -1;
        }
        return -1;
    }
}

;// CONCATENATED MODULE: ./lib/formats/pickle/joblib.js


/**
 * joblib writes each numpy array as a NumpyArrayWrapper placeholder and puts the
 * array right after the BUILD that completes it: raw bytes (after an optional
 * alignment pad) or, for object arrays, a whole nested pickle. joblib's
 * unpickler reads them at that BUILD; we skip the raw bytes and scan the nested
 * pickle, so the stream stays in step.
 */
function afterArrayWrapper(r, state, at, subPickle) {
    if (!(state instanceof PyDict))
        throw new PickleError(`joblib array placeholder without a state dict at offset ${at}`, at);
    const dtype = dtypeInfo(state.get('dtype'));
    if (!dtype)
        throw new PickleError(`joblib array placeholder with an unreadable dtype at offset ${at}`, at);
    if (dtype.hasObject) {
        subPickle();
        return;
    }
    const shape = state.get('shape');
    let count = 1;
    if (shape instanceof PyTuple) {
        if (shape.count !== shape.items.length)
            throw new PickleError(`joblib array placeholder with too many dimensions at offset ${at}`, at);
        for (const n of shape.items) {
            if (typeof n !== 'number' || n < 0)
                throw new PickleError(`joblib array placeholder with an unreadable shape at offset ${at}`, at);
            count *= n;
        }
    }
    else if (typeof shape === 'number') {
        count = shape;
    }
    else {
        throw new PickleError(`joblib array placeholder with an unreadable shape at offset ${at}`, at);
    }
    const alignment = state.get('numpy_array_alignment_bytes');
    if (alignment !== undefined && alignment !== null) {
        const pad = r.u8();
        r.skip(pad);
    }
    r.skip(count * dtype.itemSize);
}
/** Item size and object-ness of a pickled numpy.dtype(...) call with its BUILD state. */
function dtypeInfo(v) {
    if (!(v instanceof PyCall))
        return undefined;
    const spec = v.args[0];
    if (typeof spec !== 'string')
        return undefined;
    // State: (version, byteorder, subarray, names, fields, elsize, alignment, flags).
    const st = v.state instanceof PyTuple ? v.state.items : [];
    const elsize = st[5];
    const flags = st[7];
    const hasObject = spec.replace(/^[<>=|]/, '').startsWith('O') || (typeof flags === 'number' && (flags & 1) === 1);
    if (typeof elsize === 'number' && elsize > 0)
        return { itemSize: elsize, hasObject };
    const m = /^[<>=|]?([a-zA-Z])(\d*)$/.exec(spec);
    if (!m)
        return undefined;
    const kind = m[1];
    const n = m[2] ? Number(m[2]) : undefined;
    if (kind === 'O')
        return { itemSize: 8, hasObject: true };
    if (n === undefined)
        return kind === 'b' || kind === '?' ? { itemSize: 1, hasObject } : undefined;
    return { itemSize: kind === 'U' ? 4 * n : n, hasObject };
}

;// CONCATENATED MODULE: ./lib/formats/pickle/machine.js







/** Strings up to this many bytes are decoded into JS strings; longer ones stay as references into the source. */
const INLINE_STR = 64 * 1024;
/** Longest protocol-0 text argument (a GLOBAL line, a quoted STRING). */
const MAX_LINE = 1024 * 1024;
/** Calls remembered per global (the first one carries the arguments reported). */
const KEEP_CALLS = 8;
/** Memo indexes below this live in a dense array; sparse or huge ones in a Map. */
const DENSE_MEMO = 1 << 26;
/** Longest string a folded call may produce (names are short; this only bounds work). */
const MAX_FOLDED = 4096;
/** Attributes remembered per global written by BUILD (threats B2, D11). */
const MAX_ATTRS = 64;
/**
 * A memo slot holding a str that was read from the source: only its offset and
 * length are kept (memoStrAt/memoStrLen) and GET decodes it again. Millions of
 * memoized strings then cost 12 bytes each and nothing for the garbage collector.
 */
const MEMO_STR = new PyOpaque('memoized str');
/** What one or more pickle streams did, for findings.ts to turn into findings. */
class Collector {
    /** Globals not on the allowlist (including unresolved ones), in import order. */
    globals = [];
    /** Calls whose callee is not a named global (a call result, an unknown value). */
    dynamicCalls = [];
    /** BUILD applied to a module, class or function: attributes written on code. */
    gadgets = [];
    /** Calls to loaders that deserialize their argument. */
    nested = [];
    /** Frame boundaries not respected (threats B8). */
    frameIssues = [];
    globalCount = 0;
    callCount = 0;
    /** Calls so far to callables that write or create files (threats C8, D13). */
    fileCalls = 0;
    /** When set, persistent ids are appended here (legacy torch walks its storages by them). */
    persistentIds;
    get hasFindings() {
        return this.globals.length + this.dynamicCalls.length + this.gadgets.length + this.frameIssues.length > 0;
    }
}
/**
 * Executes one pickle stream symbolically: the unpickler's stack, mark stack and
 * memo, with imports and calls recorded instead of performed. Stops after STOP
 * (returns) or on malformed input (throws PickleError; what was recorded stays).
 *
 * Hot path notes: the stack is an array with an explicit top (`sp`) that never
 * shrinks, so batches of APPENDS/SETITEMS do not reallocate it; the memo is a
 * dense array; the switch is over small integers only.
 */
class PickleMachine {
    r;
    policy;
    limits;
    out;
    stack = [];
    sp = 0;
    /** Stack heights at each MARK (the C unpickler's layout). */
    marks = [];
    fence = 0;
    memo = [];
    memoSparse;
    memoCount = 0;
    memoStrAt = new Float64Array(0);
    memoStrLen = new Uint32Array(0);
    /** The str the fast path pushed last: where its bytes are, and its stack slot. */
    lastStr;
    lastStrAt = 0;
    lastStrLen = 0;
    lastStrSp = -1;
    proto = 0;
    opcodes = 0;
    /** The value STOP returned. */
    result = null;
    maxStack;
    frameEnd = -1;
    /** Cache of verdicts by "module name". */
    verdicts;
    /** Attributes written by BUILD on globals ("module name" -> attribute -> value). */
    attrs;
    constructor(r, policy, limits, out, verdictCache) {
        this.r = r;
        this.policy = policy;
        this.limits = limits;
        this.out = out;
        this.verdicts = verdictCache ?? new Map();
        this.maxStack = limits.maxStackDepth;
    }
    /** Runs to STOP; returns the offset just past it. */
    run() {
        const r = this.r;
        const stack = this.stack;
        const maxOpcodes = this.limits.maxOpcodes;
        const checkBudget = this.limits.checkBudget;
        let opcodes = this.opcodes;
        let checked = opcodes;
        try {
            for (;;) {
                opcodes = this.fast(opcodes, maxOpcodes);
                if (opcodes - checked >= 0x10000) {
                    checked = opcodes;
                    if (checkBudget)
                        checkBudget();
                }
                const start = r.pos;
                if (++opcodes > maxOpcodes) {
                    throw new PickleError(`stopped after ${maxOpcodes} opcodes (opcode limit)`, start, true);
                }
                const op = r.byte();
                switch (op) {
                    case -1:
                        throw new TruncatedError(`data ends at offset ${start} before the STOP opcode`, start);
                    case Op.MARK:
                        if (this.marks.length >= this.maxStack)
                            throw this.limit('mark', start);
                        this.marks.push(this.sp);
                        this.fence = this.sp;
                        break;
                    case Op.STOP:
                        this.result = this.pop(start);
                        return r.pos;
                    case Op.POP:
                        if (this.marks.length > 0 && this.fence === this.sp)
                            this.popMarkOnly();
                        else
                            this.pop(start);
                        break;
                    case Op.POP_MARK:
                        this.sp = this.popMark(start);
                        break;
                    case Op.DUP:
                        this.push(this.top(start), start);
                        break;
                    // ---- literals
                    case Op.NONE:
                        this.push(null, start);
                        break;
                    case Op.NEWTRUE:
                        this.push(true, start);
                        break;
                    case Op.NEWFALSE:
                        this.push(false, start);
                        break;
                    case Op.BININT:
                        this.push(r.i32(), start);
                        break;
                    case Op.BININT1:
                        this.push(r.u8(), start);
                        break;
                    case Op.BININT2:
                        this.push(r.u16(), start);
                        break;
                    case Op.BINFLOAT:
                        this.push(r.f64be(), start);
                        break;
                    case Op.LONG1:
                        this.push(this.longBytes(r.u8()), start);
                        break;
                    case Op.LONG4: {
                        const n = r.i32();
                        if (n < 0)
                            throw new PickleError(`LONG4 with negative length at offset ${start}`, start);
                        this.push(this.longBytes(n), start);
                        break;
                    }
                    case Op.INT: {
                        const line = r.line(MAX_LINE);
                        if (line === '01')
                            this.push(true, start);
                        else if (line === '00')
                            this.push(false, start);
                        else
                            this.push(this.intLine(line, start), start);
                        break;
                    }
                    case Op.LONG: {
                        const line = r.line(MAX_LINE);
                        this.push(this.intLine(line.endsWith('L') ? line.slice(0, -1) : line, start), start);
                        break;
                    }
                    case Op.FLOAT: {
                        const v = parsePyFloat(r.line(MAX_LINE));
                        if (v === undefined)
                            throw this.bad(`FLOAT argument is not a number`, start);
                        this.push(v, start);
                        break;
                    }
                    // ---- strings and bytes
                    case Op.STRING: {
                        const line = r.line(MAX_LINE);
                        const q = line.charCodeAt(0);
                        if (line.length < 2 || (q !== 0x22 && q !== 0x27) || line.charCodeAt(line.length - 1) !== q) {
                            throw this.bad('STRING argument is not quoted', start);
                        }
                        this.push(decodeStringEscapes(line.slice(1, -1)), start);
                        break;
                    }
                    case Op.UNICODE:
                        this.push(decodeRawUnicodeEscape(r.line(MAX_LINE)), start);
                        break;
                    case Op.BINSTRING: {
                        const n = r.i32();
                        if (n < 0)
                            throw this.bad('BINSTRING with negative length', start);
                        this.push(this.latin1(n), start);
                        break;
                    }
                    case Op.SHORT_BINSTRING:
                        this.push(this.latin1(r.u8()), start);
                        break;
                    case Op.BINUNICODE:
                        this.push(this.unicode(r.u32(), start), start);
                        break;
                    case Op.SHORT_BINUNICODE:
                        this.push(this.unicode(r.u8(), start), start);
                        break;
                    case Op.BINUNICODE8:
                        this.push(this.unicode(r.u64(), start), start);
                        break;
                    case Op.BINBYTES:
                        this.push(this.bytes(r.u32(), false), start);
                        break;
                    case Op.SHORT_BINBYTES:
                        this.push(this.bytes(r.u8(), false), start);
                        break;
                    case Op.BINBYTES8:
                        this.push(this.bytes(r.u64(), false), start);
                        break;
                    case Op.BYTEARRAY8:
                        this.push(this.bytes(r.u64(), true), start);
                        break;
                    case Op.NEXT_BUFFER:
                        this.push(new PyOpaque('out-of-band buffer'), start);
                        break;
                    case Op.READONLY_BUFFER:
                        this.top(start);
                        break;
                    // ---- containers
                    case Op.EMPTY_LIST:
                        this.push(new PyList(), start);
                        break;
                    case Op.EMPTY_TUPLE:
                        this.push(new PyTuple([]), start);
                        break;
                    case Op.EMPTY_DICT:
                        this.push(new PyDict(), start);
                        break;
                    case Op.EMPTY_SET:
                        this.push(new PySet(false), start);
                        break;
                    case Op.TUPLE1: {
                        const a = this.pop(start);
                        stack[this.sp++] = new PyTuple([a]);
                        break;
                    }
                    case Op.TUPLE2: {
                        const b = this.pop(start);
                        const a = this.pop(start);
                        stack[this.sp++] = new PyTuple([a, b]);
                        break;
                    }
                    case Op.TUPLE3: {
                        const c = this.pop(start);
                        const b = this.pop(start);
                        const a = this.pop(start);
                        stack[this.sp++] = new PyTuple([a, b, c]);
                        break;
                    }
                    case Op.TUPLE: {
                        const m = this.popMark(start);
                        const t = new PyTuple(stack.slice(m, Math.min(this.sp, m + KEEP_ITEMS)), this.sp - m);
                        this.sp = m;
                        stack[this.sp++] = t;
                        break;
                    }
                    case Op.LIST: {
                        const m = this.popMark(start);
                        const l = new PyList();
                        for (let i = m; i < this.sp; i++)
                            l.add(stack[i]);
                        this.sp = m;
                        stack[this.sp++] = l;
                        break;
                    }
                    case Op.DICT: {
                        const m = this.popMark(start);
                        const dict = new PyDict();
                        for (let i = m; i + 1 < this.sp; i += 2)
                            dict.set(stack[i], stack[i + 1]);
                        this.sp = m;
                        stack[this.sp++] = dict;
                        break;
                    }
                    case Op.FROZENSET: {
                        const m = this.popMark(start);
                        const s = new PySet(true);
                        for (let i = m; i < this.sp; i++)
                            s.add(stack[i]);
                        this.sp = m;
                        stack[this.sp++] = s;
                        break;
                    }
                    case Op.APPEND: {
                        const v = this.pop(start);
                        const target = this.top(start);
                        if (target instanceof PyList)
                            target.add(v);
                        break;
                    }
                    case Op.APPENDS: {
                        const m = this.popMark(start);
                        const target = this.below(m, start);
                        if (target instanceof PyList) {
                            const sp = this.sp;
                            // Only the first KEEP_ITEMS are kept; the rest are counted.
                            let i = m;
                            for (; i < sp && target.items.length < KEEP_ITEMS; i++)
                                target.add(stack[i]);
                            target.count += sp - i;
                        }
                        this.sp = m;
                        break;
                    }
                    case Op.SETITEM: {
                        const v = this.pop(start);
                        const k = this.pop(start);
                        const target = this.top(start);
                        if (target instanceof PyDict)
                            target.set(k, v);
                        break;
                    }
                    case Op.SETITEMS: {
                        const m = this.popMark(start);
                        const target = this.below(m, start);
                        if (target instanceof PyDict)
                            for (let i = m; i + 1 < this.sp; i += 2)
                                target.set(stack[i], stack[i + 1]);
                        this.sp = m;
                        break;
                    }
                    case Op.ADDITEMS: {
                        const m = this.popMark(start);
                        const target = this.below(m, start);
                        if (target instanceof PySet)
                            for (let i = m; i < this.sp; i++)
                                target.add(stack[i]);
                        this.sp = m;
                        break;
                    }
                    // ---- memo
                    case Op.PUT:
                        this.put(this.intLine(r.line(MAX_LINE), start), start);
                        break;
                    case Op.BINPUT:
                        this.put(r.u8(), start);
                        break;
                    case Op.LONG_BINPUT:
                        this.put(r.u32(), start);
                        break;
                    case Op.MEMOIZE:
                        this.put(this.memoCount, start);
                        break;
                    case Op.GET:
                        this.get(this.intLine(r.line(MAX_LINE), start), start);
                        break;
                    case Op.BINGET:
                        this.get(r.u8(), start);
                        break;
                    case Op.LONG_BINGET:
                        this.get(r.u32(), start);
                        break;
                    // ---- imports
                    case Op.GLOBAL: {
                        const module = this.nameLine(start);
                        const name = this.nameLine(start);
                        this.push(this.global(module, name, start), start);
                        break;
                    }
                    case Op.STACK_GLOBAL: {
                        const name = this.pop(start);
                        const module = this.pop(start);
                        const m = this.operandString(module);
                        const n = this.operandString(name);
                        if (m === undefined || n === undefined) {
                            this.push(this.unresolved(`module ${describeOperand(module)}, name ${describeOperand(name)}`, start), start);
                        }
                        else {
                            const g = this.global(m, n, start);
                            const how = [module, name].filter((v) => v instanceof PyCall).map((v) => foldedFrom(v));
                            if (g instanceof PyGlobal && how.length)
                                g.computed = how.join(', ');
                            this.push(g, start);
                        }
                        break;
                    }
                    case Op.EXT1:
                        this.push(this.unresolved(`extension code ${r.u8()}`, start), start);
                        break;
                    case Op.EXT2:
                        this.push(this.unresolved(`extension code ${r.u16()}`, start), start);
                        break;
                    case Op.EXT4:
                        this.push(this.unresolved(`extension code ${r.i32()}`, start), start);
                        break;
                    // ---- calls
                    case Op.REDUCE: {
                        const args = this.pop(start);
                        const callee = this.pop(start);
                        stack[this.sp++] = this.call(callee, argList(args), start);
                        break;
                    }
                    case Op.NEWOBJ: {
                        const args = this.pop(start);
                        const cls = this.pop(start);
                        stack[this.sp++] = this.call(cls, argList(args), start);
                        break;
                    }
                    case Op.NEWOBJ_EX: {
                        const kwargs = this.pop(start);
                        const args = this.pop(start);
                        const cls = this.pop(start);
                        stack[this.sp++] = this.call(cls, argList(args), start, kwargs);
                        break;
                    }
                    case Op.OBJ: {
                        const m = this.popMark(start);
                        if (this.sp === m)
                            throw this.bad('OBJ without a class', start);
                        const cls = stack[m];
                        const args = stack.slice(m + 1, Math.min(this.sp, m + 1 + KEEP_ITEMS));
                        this.sp = m;
                        stack[this.sp++] = this.call(cls, args, start);
                        break;
                    }
                    case Op.INST: {
                        const module = this.nameLine(start);
                        const name = this.nameLine(start);
                        const cls = this.global(module, name, start);
                        const m = this.popMark(start);
                        const args = stack.slice(m, Math.min(this.sp, m + KEEP_ITEMS));
                        this.sp = m;
                        stack[this.sp++] = this.call(cls, args, start);
                        break;
                    }
                    case Op.BUILD: {
                        const state = this.pop(start);
                        const target = this.top(start);
                        this.build(target, state, start);
                        break;
                    }
                    case Op.PERSID: {
                        const pid = r.line(MAX_LINE);
                        this.persistentId(pid);
                        this.push(new PyOpaque('persistent object', pid), start);
                        break;
                    }
                    case Op.BINPERSID: {
                        const pid = this.pop(start);
                        this.persistentId(pid);
                        stack[this.sp++] = new PyOpaque('persistent object', pid);
                        break;
                    }
                    // ---- framing
                    case Op.PROTO: {
                        const p = r.u8();
                        if (p > HIGHEST_PROTOCOL)
                            throw this.bad(`unsupported pickle protocol ${p}`, start);
                        this.proto = p;
                        break;
                    }
                    case Op.FRAME: {
                        const n = r.u64();
                        if (this.frameEnd > start) {
                            this.out.frameIssues.push({ offset: start, message: 'a new frame starts before the previous one ends', resumeAt: this.frameEnd });
                        }
                        if (n > r.end - r.pos)
                            throw new PickleError(`FRAME at offset ${start} declares ${n} bytes but the data ends first`, start);
                        r.frame(n);
                        this.frameEnd = r.pos + n;
                        break;
                    }
                    default:
                        throw this.bad(`unknown opcode 0x${op.toString(16).padStart(2, '0')}`, start);
                }
                // An argument running past the end of its frame: loaders disagree on what follows (threats B8).
                if (this.frameEnd > start && r.pos > this.frameEnd)
                    this.straddled(op, start);
            }
        }
        finally {
            this.opcodes = opcodes;
        }
    }
    /**
     * The fast path: the common data opcodes straight from the reader's window,
     * with no per-opcode calls. It stops (and the general switch takes over for
     * one opcode) at anything unusual: another opcode, the end of the window or
     * of a frame, a limit, an error to report. Nothing is changed before it
     * decides to handle an opcode, so the general path sees the same state.
     * Returns the opcode count.
     */
    fast(opcodes, maxOpcodes) {
        const r = this.r;
        const buf = r.buf;
        const base = r.bufStart;
        let p = r.pos - base;
        if (p < 0)
            return opcodes;
        let lim = buf.length;
        if (this.frameEnd > r.pos)
            lim = Math.min(lim, this.frameEnd - base);
        const stack = this.stack;
        const marks = this.marks;
        const memo = this.memo;
        let sp = this.sp;
        let fence = this.fence;
        const maxSp = this.maxStack - 1;
        const maxMemo = this.limits.maxMemoEntries;
        const opsLimit = Math.min(maxOpcodes, opcodes + 0x10000);
        let ops = opcodes;
        loop: while (p < lim && ops < opsLimit && sp < maxSp) {
            switch (buf[p]) {
                case Op.BININT1:
                    if (p + 2 > lim)
                        break loop;
                    stack[sp++] = buf[p + 1];
                    p += 2;
                    break;
                case Op.BININT2:
                    if (p + 3 > lim)
                        break loop;
                    stack[sp++] = buf[p + 1] | (buf[p + 2] << 8);
                    p += 3;
                    break;
                case Op.BININT:
                    if (p + 5 > lim)
                        break loop;
                    stack[sp++] = buf[p + 1] | (buf[p + 2] << 8) | (buf[p + 3] << 16) | (buf[p + 4] << 24);
                    p += 5;
                    break;
                case Op.BINFLOAT:
                    if (p + 9 > lim)
                        break loop;
                    stack[sp++] = f64beAt(buf, p + 1);
                    p += 9;
                    break;
                case Op.NONE:
                    stack[sp++] = null;
                    p += 1;
                    break;
                case Op.NEWTRUE:
                    stack[sp++] = true;
                    p += 1;
                    break;
                case Op.NEWFALSE:
                    stack[sp++] = false;
                    p += 1;
                    break;
                case Op.SHORT_BINUNICODE: {
                    if (p + 2 > lim)
                        break loop;
                    const n = buf[p + 1];
                    if (p + 2 + n > lim)
                        break loop;
                    const str = buf.toString('utf8', p + 2, p + 2 + n);
                    if (str.indexOf('\ufffd') >= 0)
                        break loop;
                    this.lastStr = str;
                    this.lastStrAt = base + p + 2;
                    this.lastStrLen = n;
                    this.lastStrSp = sp;
                    stack[sp++] = str;
                    p += 2 + n;
                    break;
                }
                case Op.BINUNICODE: {
                    if (p + 5 > lim)
                        break loop;
                    const n = buf[p + 1] | (buf[p + 2] << 8) | (buf[p + 3] << 16) | (buf[p + 4] << 24);
                    if (n < 0 || n > INLINE_STR || p + 5 + n > lim)
                        break loop;
                    const str = buf.toString('utf8', p + 5, p + 5 + n);
                    if (str.indexOf('\ufffd') >= 0)
                        break loop;
                    this.lastStr = str;
                    this.lastStrAt = base + p + 5;
                    this.lastStrLen = n;
                    this.lastStrSp = sp;
                    stack[sp++] = str;
                    p += 5 + n;
                    break;
                }
                case Op.SHORT_BINBYTES: {
                    if (p + 2 > lim)
                        break loop;
                    const n = buf[p + 1];
                    if (p + 2 + n > lim)
                        break loop;
                    stack[sp++] = new PyBytes(base + p + 2, n, false);
                    p += 2 + n;
                    break;
                }
                case Op.MARK:
                    if (marks.length >= maxSp)
                        break loop;
                    marks.push(sp);
                    fence = sp;
                    p += 1;
                    break;
                case Op.MEMOIZE:
                case Op.BINPUT:
                case Op.LONG_BINPUT: {
                    const op = buf[p];
                    const width = op === Op.MEMOIZE ? 1 : op === Op.BINPUT ? 2 : 5;
                    if (p + width > lim || sp <= fence || this.memoSparse)
                        break loop;
                    const k = op === Op.MEMOIZE ? this.memoCount : op === Op.BINPUT ? buf[p + 1] : (buf[p + 1] | (buf[p + 2] << 8) | (buf[p + 3] << 16) | (buf[p + 4] << 24)) >>> 0;
                    if (k < memo.length) {
                        if (memo[k] === undefined)
                            break loop;
                    }
                    else if (k !== memo.length || this.memoCount >= maxMemo)
                        break loop;
                    this.memoSet(k, stack[sp - 1], sp - 1);
                    p += width;
                    break;
                }
                case Op.BINGET:
                case Op.LONG_BINGET: {
                    const width = buf[p] === Op.BINGET ? 2 : 5;
                    if (p + width > lim)
                        break loop;
                    const k = width === 2 ? buf[p + 1] : (buf[p + 1] | (buf[p + 2] << 8) | (buf[p + 3] << 16) | (buf[p + 4] << 24)) >>> 0;
                    const v = k < memo.length ? memo[k] : undefined;
                    if (v === undefined)
                        break loop;
                    stack[sp++] = v === MEMO_STR ? this.memoStr(k) : v;
                    p += width;
                    break;
                }
                case Op.EMPTY_LIST:
                    stack[sp++] = new PyList();
                    p += 1;
                    break;
                case Op.EMPTY_DICT:
                    stack[sp++] = new PyDict();
                    p += 1;
                    break;
                case Op.EMPTY_TUPLE:
                    stack[sp++] = new PyTuple([]);
                    p += 1;
                    break;
                case Op.TUPLE1:
                    if (sp - 1 < fence)
                        break loop;
                    stack[sp - 1] = new PyTuple([stack[sp - 1]]);
                    p += 1;
                    break;
                case Op.TUPLE2:
                    if (sp - 2 < fence)
                        break loop;
                    stack[sp - 2] = new PyTuple([stack[sp - 2], stack[sp - 1]]);
                    sp -= 1;
                    p += 1;
                    break;
                case Op.TUPLE3:
                    if (sp - 3 < fence)
                        break loop;
                    stack[sp - 3] = new PyTuple([stack[sp - 3], stack[sp - 2], stack[sp - 1]]);
                    sp -= 2;
                    p += 1;
                    break;
                case Op.APPEND: {
                    if (sp - 2 < fence)
                        break loop;
                    const target = stack[sp - 2];
                    if (target instanceof PyList)
                        target.add(stack[sp - 1]);
                    sp -= 1;
                    p += 1;
                    break;
                }
                case Op.APPENDS:
                case Op.SETITEMS: {
                    const nm = marks.length;
                    if (nm === 0)
                        break loop;
                    const m = marks[nm - 1];
                    const below = nm > 1 ? marks[nm - 2] : 0;
                    if (m <= below)
                        break loop;
                    marks.pop();
                    fence = below;
                    const target = stack[m - 1];
                    if (buf[p] === Op.APPENDS) {
                        if (target instanceof PyList) {
                            let i = m;
                            for (; i < sp && target.items.length < KEEP_ITEMS; i++)
                                target.add(stack[i]);
                            target.count += sp - i;
                        }
                    }
                    else if (target instanceof PyDict) {
                        for (let i = m; i + 1 < sp; i += 2)
                            target.set(stack[i], stack[i + 1]);
                    }
                    sp = m;
                    p += 1;
                    break;
                }
                case Op.SETITEM: {
                    if (sp - 3 < fence)
                        break loop;
                    const target = stack[sp - 3];
                    if (target instanceof PyDict)
                        target.set(stack[sp - 2], stack[sp - 1]);
                    sp -= 2;
                    p += 1;
                    break;
                }
                default:
                    break loop;
            }
            ops++;
        }
        r.pos = base + p;
        this.sp = sp;
        this.fence = fence;
        return ops;
    }
    straddled(op, start) {
        this.out.frameIssues.push({
            offset: start,
            message: `${opName(op)} at offset ${start} runs past the end of its frame at offset ${this.frameEnd}`,
            resumeAt: this.frameEnd,
        });
        this.frameEnd = -1;
    }
    persistentId(pid) {
        const ids = this.out.persistentIds;
        if (ids && ids.length < this.limits.maxMemoEntries)
            ids.push(pid);
    }
    // ---- stack helpers
    push(v, at) {
        if (this.sp >= this.maxStack)
            throw this.limit('stack', at);
        this.stack[this.sp++] = v;
    }
    pop(at) {
        if (this.sp <= this.fence)
            throw this.bad('stack underflow', at);
        return this.stack[--this.sp];
    }
    top(at) {
        if (this.sp <= this.fence)
            throw this.bad('stack underflow', at);
        return this.stack[this.sp - 1];
    }
    /** The item just under a MARK's items (the container APPENDS/SETITEMS/ADDITEMS fill). */
    below(m, at) {
        if (m <= this.fence)
            throw this.bad('stack underflow', at);
        return this.stack[m - 1];
    }
    /** Pops the last MARK; returns where its items start (they are still on the stack). */
    popMark(at) {
        const marks = this.marks;
        if (marks.length === 0)
            throw this.bad('MARK expected but not found', at);
        const m = marks.pop();
        this.fence = marks.length ? marks[marks.length - 1] : 0;
        return m;
    }
    popMarkOnly() {
        this.marks.pop();
        this.fence = this.marks.length ? this.marks[this.marks.length - 1] : 0;
    }
    put(index, at) {
        if (typeof index !== 'number' || index < 0)
            throw this.bad('invalid memo index', at);
        const v = this.top(at);
        const memo = this.memo;
        if (index < memo.length) {
            if (memo[index] === undefined)
                this.countMemo(at);
            this.memoSet(index, v, this.sp - 1);
        }
        else if (index < DENSE_MEMO && index <= memo.length + 1024) {
            this.countMemo(at);
            while (memo.length < index)
                memo.push(undefined);
            this.memoCount--;
            this.memoSet(index, v, this.sp - 1);
        }
        else {
            const sparse = (this.memoSparse ??= new Map());
            if (!sparse.has(index))
                this.countMemo(at);
            sparse.set(index, v);
        }
    }
    /**
     * Stores v in dense memo slot k (at most one past the end), counting a new
     * slot. A str the fast path just read from the source is kept as a reference.
     */
    memoSet(k, v, slot) {
        const memo = this.memo;
        let stored = v;
        if (slot === this.lastStrSp && v === this.lastStr && typeof v === 'string' && v.length > 0) {
            if (k >= this.memoStrAt.length)
                this.growMemoStr(k);
            this.memoStrAt[k] = this.lastStrAt;
            this.memoStrLen[k] = this.lastStrLen;
            stored = MEMO_STR;
        }
        if (k === memo.length) {
            memo.push(stored);
            this.memoCount++;
        }
        else
            memo[k] = stored;
    }
    growMemoStr(k) {
        const size = Math.max(1024, this.memoStrAt.length * 2, k + 1);
        const at = new Float64Array(size);
        at.set(this.memoStrAt);
        const len = new Uint32Array(size);
        len.set(this.memoStrLen);
        this.memoStrAt = at;
        this.memoStrLen = len;
    }
    /** A memoized str, decoded again from the source (it was valid UTF-8 when first read). */
    memoStr(k) {
        const at = this.memoStrAt[k];
        const n = this.memoStrLen[k];
        const r = this.r;
        const i = at - r.bufStart;
        if (i >= 0 && i + n <= r.buf.length)
            return r.buf.toString('utf8', i, i + n);
        return Buffer.from(r.source.read(at, n)).toString('utf8');
    }
    countMemo(at) {
        if (this.memoCount >= this.limits.maxMemoEntries)
            throw this.limit('memo', at);
        this.memoCount++;
    }
    get(index, at) {
        let v;
        if (typeof index === 'number')
            v = index < this.memo.length ? this.memo[index] : this.memoSparse?.get(index);
        if (v === undefined)
            throw this.bad(`memo key ${String(index)} is not set`, at);
        this.push(v === MEMO_STR ? this.memoStr(index) : v, at);
    }
    // ---- argument decoding
    /** BINUNICODE and friends: UTF-8 with surrogatepass, as the C unpickler decodes them. */
    unicode(n, at) {
        if (n <= INLINE_STR) {
            const s = this.r.utf8(n);
            if (s === undefined)
                throw this.bad('str argument is not valid UTF-8 (Python raises UnicodeDecodeError)', at);
            return s;
        }
        const offset = this.r.pos;
        this.r.skip(n, true);
        return new PyBytes(offset, n, true);
    }
    /** Protocol-0/1 byte strings: read as latin-1 (one char per byte), whatever encoding the loader passes. */
    latin1(n) {
        if (n <= INLINE_STR)
            return this.r.text(n, 'latin1');
        const offset = this.r.pos;
        this.r.skip(n, true);
        return new PyBytes(offset, n, true);
    }
    bytes(n, mutable) {
        const offset = this.r.pos;
        this.r.skip(n);
        return new PyBytes(offset, n, false, mutable);
    }
    longBytes(n) {
        if (n === 0)
            return 0;
        if (n > 64) {
            this.r.skip(n, true);
            return new PyOpaque(`${n}-byte integer`);
        }
        const b = this.r.copy(n);
        let v = 0n;
        for (let i = n - 1; i >= 0; i--)
            v = (v << 8n) | BigInt(b[i]);
        if (b[n - 1] & 0x80)
            v -= 1n << BigInt(8 * n);
        return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
    }
    intLine(line, at) {
        const v = parsePyInt(line);
        if (v === undefined)
            throw this.bad(`invalid integer argument ${JSON.stringify(line.slice(0, 40))}`, at);
        return v;
    }
    /** A GLOBAL/INST line: module or name, decoded as strict UTF-8 like the unpickler (threats B12). */
    nameLine(at) {
        const raw = this.r.line(MAX_LINE);
        let s = raw;
        if (/[^\x00-\x7f]/.test(raw)) {
            const decoded = decodeUtf8Strict(Buffer.from(raw, 'latin1'));
            if (decoded === undefined)
                throw this.bad('GLOBAL argument is not valid UTF-8 (Python raises UnicodeDecodeError)', at);
            s = decoded;
        }
        // A stray CR fails the import in CPython, but the intent is the same name.
        if (s.endsWith('\r'))
            s = s.slice(0, -1);
        return s;
    }
    operandString(v) {
        if (typeof v === 'string')
            return v;
        if (v instanceof PyBytes && v.text && v.length <= MAX_LINE) {
            return Buffer.from(this.r.source.read(v.offset, v.length)).toString('utf8');
        }
        // A name computed at load time from constants (threats B7): str.join, str(), chr, ...
        if (v instanceof PyCall && typeof v.value === 'string')
            return v.value;
        return undefined;
    }
    // ---- imports and calls
    global(module, name, at) {
        this.out.globalCount++;
        // An attribute BUILD wrote on a global earlier (threats B2): the unpickler's getattr walk returns it.
        if (this.attrs && name.includes('.')) {
            const dot = name.lastIndexOf('.');
            const written = this.attrs.get(`${module} ${name.slice(0, dot)}`)?.get(name.slice(dot + 1));
            if (written !== undefined)
                return written;
        }
        const canon = canonicalName(module, name);
        const key = `${canon.module} ${canon.name}`;
        let verdict = this.verdicts.get(key);
        if (!verdict) {
            verdict = classifyGlobal(this.policy, canon.module, canon.name);
            this.verdicts.set(key, verdict);
        }
        const written = canon.module !== module || canon.name !== name ? `${module}.${name}` : undefined;
        const g = new PyGlobal(canon.module, canon.name, written, at, verdict);
        if (verdict.kind !== 'allow') {
            if (verdict.kind === 'unknown' && this.out.fileCalls > 0)
                g.afterWrite = true;
            this.out.globals.push(g);
        }
        return g;
    }
    unresolved(description, at) {
        this.out.globalCount++;
        const g = new PyGlobal('', '', undefined, at, { kind: 'unknown' }, description);
        this.out.globals.push(g);
        return g;
    }
    call(callee, args, at, kwargs) {
        // Legacy torch.save names module classes through persistent ids ('module', cls, file, source).
        if (callee instanceof PyOpaque && callee.detail instanceof PyTuple && callee.detail.items[0] === 'module' && callee.detail.items[1] instanceof PyGlobal) {
            callee = callee.detail.items[1];
        }
        const c = new PyCall(callee, args, at, kwargs);
        this.out.callCount++;
        if (callee instanceof PyGlobal) {
            const verdict = callee.verdict;
            if (verdict.kind !== 'allow' || callee.unresolved) {
                if (callee.calls.length < KEEP_CALLS)
                    callee.calls.push(c);
                if (verdict.kind === 'deny' && verdict.category === 'file')
                    this.out.fileCalls++;
            }
            else if (verdict.dispatcher) {
                this.dispatch(verdict.dispatcher, c, args);
            }
            if (FOLD_MODULES.has(callee.module))
                fold(c, callee, args, this.attrs);
            if (isNestedLoader(this.policy, callee.module, callee.name) && this.out.nested.length < 256) {
                this.out.nested.push({ loader: callee.dotted, call: c });
            }
        }
        else {
            // Calling a value computed at load time (getattr(...)(...)): one finding for the chain.
            // Everything that computed the callee is part of this one root cause.
            markChain(callee, 0);
            if (this.out.dynamicCalls.length < 1024)
                this.out.dynamicCalls.push(c);
            if (callee instanceof PyCall && callee.callee instanceof PyGlobal && callee.callee.name === 'getattr')
                fold(c, callee, args, this.attrs);
        }
        return c;
    }
    /**
     * A dispatcher (threats D12) fed something other than an allowlisted callable:
     * records the call it makes on that callable's behalf, so the callable's own
     * finding says what runs and through what.
     */
    dispatch(spec, c, args) {
        if (args.length < (spec.minArgs ?? 1))
            return;
        const fed = args[spec.callable];
        if (fed === undefined || !suspiciousCallable(fed))
            return;
        const synthetic = new PyCall(fed, dispatchedArgs(spec, args), c.offset);
        synthetic.via = c;
        if (fed instanceof PyGlobal) {
            if (fed.calls.length < KEEP_CALLS)
                fed.calls.push(synthetic);
            if (fed.verdict.kind === 'deny' && fed.verdict.category === 'file')
                this.out.fileCalls++;
        }
        else {
            markChain(fed, 0);
            if (this.out.dynamicCalls.length < 1024)
                this.out.dynamicCalls.push(synthetic);
        }
    }
    build(target, state, at) {
        if (target instanceof PyGlobal) {
            // Writing attributes on a module, class or function: a gadget (threats D11).
            this.out.gadgets.push({ target, offset: at, state });
            this.rememberAttrs(target, state);
            return;
        }
        if (target instanceof PyCall) {
            target.state = state;
            const callee = target.callee;
            if (callee instanceof PyGlobal && callee.name === 'NumpyArrayWrapper' && callee.verdict.kind === 'allow') {
                // joblib: the array's raw bytes (or a nested pickle) follow BUILD inline, after the frame closes.
                if (this.frameEnd <= this.r.pos)
                    this.frameEnd = -1;
                afterArrayWrapper(this.r, state, at, () => this.subPickle());
            }
        }
    }
    /** BUILD's state dict (or the slot-state dict of a (state, slots) pair) as attributes of a global (threats B2). */
    rememberAttrs(target, state) {
        if (target.unresolved)
            return;
        const dicts = state instanceof PyDict ? [state] : state instanceof PyTuple ? state.items.filter((x) => x instanceof PyDict) : [];
        if (!dicts.length)
            return;
        this.attrs ??= new Map();
        const key = `${target.written ? target.written.slice(0, target.written.length - target.name.length - 1) : target.module} ${target.name}`;
        let map = this.attrs.get(key);
        if (!map)
            this.attrs.set(key, (map = new Map()));
        for (const d of dicts) {
            d.keys.forEach((k, i) => {
                if (typeof k === 'string' && map.size < MAX_ATTRS)
                    map.set(k, d.values[i]);
            });
        }
    }
    /** A pickle embedded inline (joblib object arrays): its own memo and stack, same findings. */
    subPickle() {
        const sub = new PickleMachine(this.r, this.policy, { ...this.limits, maxOpcodes: this.limits.maxOpcodes - this.opcodes }, this.out, this.verdicts);
        try {
            sub.run();
        }
        finally {
            this.opcodes += sub.opcodes;
        }
    }
    bad(message, at) {
        return new PickleError(`${message} at offset ${at}`, at);
    }
    limit(what, at) {
        const n = what === 'memo' ? this.limits.maxMemoEntries : this.limits.maxStackDepth;
        return new PickleError(`${what} grew past ${n} entries (${what === 'memo' ? 'memo' : 'stack depth'} limit) at offset ${at}`, at, true);
    }
}
function markChain(v, depth) {
    if (!isObject(v) || depth > 16)
        return;
    if (v instanceof PyGlobal)
        v.covered = true;
    else if (v instanceof PyCall) {
        v.consumed = true;
        markChain(v.callee, depth + 1);
        for (const a of v.args)
            markChain(a, depth + 1);
    }
    else if (v instanceof PyTuple || v instanceof PyList)
        for (const a of v.items)
            markChain(a, depth + 1);
}
/** REDUCE/NEWOBJ arguments as a list (a non-tuple fails in CPython, but the call was attempted). */
function argList(args) {
    if (args instanceof PyTuple)
        return args.items;
    if (args instanceof PyList)
        return args.items;
    return [args];
}
function describeOperand(v) {
    if (typeof v === 'string')
        return JSON.stringify(v.slice(0, 40));
    if (v === null)
        return 'None';
    if (!isObject(v))
        return typeof v;
    if (v instanceof PyCall)
        return 'computed by a call';
    if (v instanceof PyGlobal)
        return `the object ${v.dotted}`;
    return v.kind;
}
/** Could this value be a callable that is not allowlisted? (Literals and containers are not callables.) */
function suspiciousCallable(v) {
    if (v instanceof PyGlobal)
        return v.verdict.kind !== 'allow' || v.unresolved !== undefined;
    if (v instanceof PyCall) {
        if (!(v.callee instanceof PyGlobal))
            return true;
        return globalsIn(v).some((g) => g.verdict.kind !== 'allow' || g.unresolved !== undefined);
    }
    return v instanceof PyOpaque;
}
/** The first call a dispatcher makes with its callable (arguments as far as they are constants). */
function dispatchedArgs(spec, args) {
    const itemsOf = (v) => (v instanceof PyList || v instanceof PyTuple || v instanceof PySet ? v.items : []);
    const after = args.slice(spec.callable + 1);
    switch (spec.feeds) {
        case 'each':
            return (spec.callable === 0 ? after : args.slice(0, spec.callable)).map((it) => itemsOf(it)[0]).filter((x) => x !== undefined);
        case 'star':
            return [...itemsOf(itemsOf(after[0])[0])];
        case 'rest':
            return after;
        case 'tuple':
            return [...itemsOf(after[0])];
        case 'pair': {
            const items = itemsOf(spec.callable === 0 ? after[0] : args[0]);
            const init = spec.callable === 0 ? after[1] : undefined;
            return (init !== undefined ? [init, items[0]] : [items[0], items[1]]).filter((x) => x !== undefined);
        }
        case 'match':
            return [new PyOpaque('re.Match')];
        case 'none':
            return [];
    }
}
/** Modules whose functions fold() knows. */
const FOLD_MODULES = new Set(['builtins', 'operator', 'codecs']);
/** A short description of how a folded value was computed, for messages. */
function foldedFrom(c) {
    const callee = c.callee;
    if (callee instanceof PyGlobal)
        return `${callee.module === 'builtins' ? '' : `${callee.module}.`}${callee.name}(…)`;
    return 'a computed call';
}
/** The strings a constant iterable yields (a list or tuple of strings, a str, a folded str or list). */
function stringsOf(v, depth = 0) {
    if (depth > 8 || v === undefined)
        return undefined;
    if (typeof v === 'string')
        return [...v];
    if (v instanceof PyList || v instanceof PyTuple) {
        if (v.count !== v.items.length)
            return undefined;
        const out = [];
        for (const x of v.items) {
            const s = strOf(x);
            if (s === undefined)
                return undefined;
            out.push(s);
        }
        return out;
    }
    if (v instanceof PyCall) {
        if (typeof v.value === 'string')
            return [...v.value];
        if (Array.isArray(v.value))
            return [...v.value];
    }
    return undefined;
}
function strOf(v) {
    if (typeof v === 'string')
        return v;
    if (v instanceof PyCall && typeof v.value === 'string')
        return v.value;
    return undefined;
}
function rot13(s) {
    return s.replace(/[a-zA-Z]/g, (ch) => {
        const base = ch <= 'Z' ? 65 : 97;
        return String.fromCharCode(((ch.charCodeAt(0) - base + 13) % 26) + base);
    });
}
/**
 * Constant folding for the few pure functions attackers use to build names at
 * load time (threats B7): str.join, str, chr, reversed, map(chr, ...), str
 * methods, codecs rot13, and getattr on attributes BUILD wrote (B2). Sets
 * c.value; nothing is ever executed.
 */
function fold(c, callee, args, attrs) {
    let fn;
    let self;
    if (callee instanceof PyGlobal)
        fn = `${callee.module}.${callee.name}`;
    else if (callee instanceof PyCall && callee.callee instanceof PyGlobal && callee.callee.name === 'getattr' && callee.callee.module === 'builtins') {
        // getattr(x, 'name')(...): a bound method of a constant, or a BUILD-written attribute.
        const [obj, attr] = callee.args;
        if (typeof attr !== 'string')
            return;
        if (obj instanceof PyGlobal && !obj.unresolved) {
            fn = `${obj.module}.${obj.name}.${attr}`;
        }
        else if (strOf(obj) !== undefined) {
            fn = `builtins.str.${attr}`;
            self = obj;
        }
        else
            return;
    }
    else
        return;
    const a = self !== undefined ? [self, ...args] : args;
    let out;
    switch (fn) {
        case 'builtins.str':
            out = typeof a[0] === 'number' ? String(a[0]) : strOf(a[0]);
            break;
        case 'builtins.str.join': {
            const sep = strOf(a[0]);
            const parts = stringsOf(a[1]);
            if (sep !== undefined && parts)
                out = parts.join(sep);
            break;
        }
        case 'builtins.chr':
            if (typeof a[0] === 'number' && a[0] >= 0 && a[0] <= 0x10ffff)
                out = String.fromCodePoint(a[0]);
            break;
        case 'builtins.str.lower':
        case 'builtins.str.upper':
        case 'builtins.str.strip':
        case 'builtins.str.__str__': {
            const s = strOf(a[0]);
            if (s !== undefined)
                out = fn.endsWith('lower') ? s.toLowerCase() : fn.endsWith('upper') ? s.toUpperCase() : fn.endsWith('strip') ? s.trim() : s;
            break;
        }
        case 'builtins.str.__add__':
        case 'operator.add':
        case 'operator.concat': {
            const x = strOf(a[0]);
            const y = strOf(a[1]);
            if (x !== undefined && y !== undefined)
                out = x + y;
            break;
        }
        case 'builtins.str.replace': {
            const [s, x, y] = [strOf(a[0]), strOf(a[1]), strOf(a[2])];
            if (s !== undefined && x !== undefined && y !== undefined)
                out = s.split(x).join(y);
            break;
        }
        case 'codecs.decode':
        case 'codecs.encode':
            if ((a[1] === 'rot13' || a[1] === 'rot_13') && strOf(a[0]) !== undefined)
                out = rot13(strOf(a[0]));
            break;
        case 'builtins.reversed': {
            const parts = stringsOf(a[0]);
            if (parts)
                c.value = [...parts].reverse();
            return;
        }
        case 'builtins.map': {
            // map(chr, [111, 115]) -> ['o', 's'] (consumed by str.join)
            const f = a[0];
            const items = a[1] instanceof PyList || a[1] instanceof PyTuple ? a[1].items : undefined;
            if (f instanceof PyGlobal && f.module === 'builtins' && f.name === 'chr' && items && items.every((x) => typeof x === 'number')) {
                c.value = items.map((x) => String.fromCodePoint(x));
            }
            return;
        }
        default:
            // getattr(G, 'attr') where BUILD wrote G.attr (threats B2).
            if (fn === 'builtins.getattr' && attrs && a[0] instanceof PyGlobal && typeof a[1] === 'string') {
                const g = a[0];
                const written = attrs.get(`${g.module} ${g.name}`)?.get(a[1]);
                if (written !== undefined)
                    out = written;
            }
    }
    if (out === undefined)
        return;
    if (typeof out === 'string' && out.length > MAX_FOLDED)
        return;
    c.value = out;
}

;// CONCATENATED MODULE: ./lib/formats/pickle/sniff.js




/** Names that routinely hold pickles (a hint only: content decides). */
const PICKLE_EXTENSIONS = [
    '.pkl', '.pickle', '.joblib', '.dill', '.p', '.pk', '.sav', '.dat', '.data', '.bin', '.pt', '.pth', '.ckpt',
    '.cloudpkl', '.jbl', '.model',
];
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
/**
 * Protocol 2+ pickles start with PROTO. Protocol 0/1 have no magic, so the head
 * must parse as a plausible opcode stream: text files, JSON, CSV and source code
 * fail within a few bytes.
 */
function claimPickle(probe) {
    if (probe.size === 0)
        return false;
    const head = probe.head;
    if (head[0] === 0x80 && head.length > 1 && head[1] >= 2 && head[1] <= 5)
        return 'magic';
    if (looksLikeLowProtocol(head, probe.size))
        return 'magic';
    return PICKLE_EXTENSIONS.includes(probe.extension) ? 'hint' : false;
}
/** True when `head` parses as a protocol 0/1 pickle (or PROTO 0/1) that is more than a coincidence. */
function looksLikeLowProtocol(head, size) {
    const out = new Collector();
    const reader = new ByteReader(new BufferSource(head), 0, head.length);
    const machine = new PickleMachine(reader, DEFAULT_PICKLE_POLICY, { maxOpcodes: 4096, maxStackDepth: 4096, maxMemoEntries: 4096 }, out);
    let stopped = false;
    let error;
    try {
        machine.run();
        stopped = true;
    }
    catch (e) {
        if (!(e instanceof PickleError))
            return false;
        error = e;
    }
    const namedImports = out.globals.every((g) => g.unresolved || IDENTIFIER.test(`${g.module}.${g.name}`));
    if (stopped) {
        // "N." or "I1\n." alone could be anything; a real stream has some structure.
        return machine.opcodes >= 4 || (out.globalCount > 0 && namedImports);
    }
    // The head ended mid-stream (a big pickle) or the stream breaks after an import and a call (threats B9).
    const ranOut = error instanceof TruncatedError && head.length < size;
    if (ranOut && machine.opcodes >= 16)
        return true;
    return out.globalCount > 0 && out.callCount > 0 && namedImports && out.globals.length > 0;
}

;// CONCATENATED MODULE: ./lib/formats/pickle/index.js





/** Most places after non-pickle data we try as a pickle start before giving up. */
const MAX_CANDIDATES = 1_000_000;
const MAX_FRAME_REREADS = 16;
const pickleScanner = {
    id: 'pickle',
    name: 'Python pickle',
    extensions: PICKLE_EXTENSIONS,
    claim: claimPickle,
    scan: scanPickle,
};
/**
 * Scans every pickle in the bytes: pickles back to back (legacy torch, joblib),
 * and pickles hidden after junk or after a broken stream (threats B9, B10).
 * A stream that breaks is reported as not fully scanned, with whatever it did
 * before the break; junk that merely follows the last pickle is not an error
 * (legacy torch files end with raw tensor data).
 */
async function scanPickle(ctx) {
    await scanPickleStreams(ctx);
}
async function scanPickleStreams(ctx, options = {}) {
    const source = ctx.source;
    const end = Math.min(source.size, ctx.limits.maxPickleBytes);
    const maxStreams = options.maxStreams ?? Infinity;
    const results = [];
    let leading = true;
    let consumed = options.start ?? 0;
    let stopped = false;
    let okStreams = 0;
    const verdicts = new Map();
    let opcodeBudget = ctx.limits.maxPickleOpcodes;
    const nested = [];
    /** Streams whose frames were not respected: read again as the C unpickler reads a file (threats B8). */
    const rereads = [];
    let candidates = 0;
    const reported = new Set();
    const report = (finding, mode) => {
        const key = `${finding.ruleId}|${finding.callable ?? ''}|${finding.offset ?? ''}`;
        if (reported.has(key))
            return;
        reported.add(key);
        if (mode !== FrameMode.Linear) {
            if (finding.ruleId === 'pickle/frame-tampering')
                return;
            finding.properties = { ...finding.properties, reading: READINGS[mode] };
            finding.message += ` Python reads this only when it loads the file from disk (${READINGS[mode]}); pickle.loads and linear readers see other bytes here.`;
        }
        ctx.report(finding);
    };
    /** Runs one stream at `start`; returns where the next one may start, or -1 to stop. */
    const attempt = (start, primary, first, mode = FrameMode.Linear) => {
        const out = new Collector();
        if (leading && options.persistentIds)
            out.persistentIds = options.persistentIds;
        const limits = {
            maxOpcodes: opcodeBudget,
            maxStackDepth: ctx.limits.maxStackDepth,
            maxMemoEntries: ctx.limits.maxMemoEntries,
            checkBudget: () => ctx.checkBudget(),
        };
        const reader = new ByteReader(source, start, end);
        reader.frameMode = mode;
        const machine = new PickleMachine(reader, ctx.policy.pickle, limits, out, verdicts);
        let error;
        let next = -1;
        try {
            next = machine.run();
        }
        catch (e) {
            if (!(e instanceof PickleError)) {
                // Time budget (or a bug): what this stream showed before it stopped is still reported.
                for (const finding of findingsFrom(out, source))
                    report(finding, mode);
                throw e;
            }
            error = e;
        }
        opcodeBudget -= machine.opcodes;
        if (leading && !error && Number.isFinite(maxStreams))
            results.push(machine.result);
        const meaningful = mode === FrameMode.Linear ? primary || out.hasFindings : out.hasFindings;
        if (meaningful) {
            for (const finding of findingsFrom(out, source))
                report(finding, mode);
            for (const n of out.nested) {
                if (n.loader === 'marshal.loads')
                    continue; // a code object, summarised in its finding
                const payload = loaderPayload(n.call.args, source);
                if (payload && payload.length > 0 && nested.length < 64)
                    nested.push({ loader: n.loader, offset: n.call.offset, payload });
            }
            if (mode === FrameMode.Linear && out.frameIssues.length && rereads.length < MAX_FRAME_REREADS && !rereads.includes(start))
                rereads.push(start);
        }
        if (mode !== FrameMode.Linear)
            return { next, ok: !error };
        if (!error)
            return { next, ok: true };
        if (error.limit) {
            ctx.incomplete(error.message, error.offset);
            return 'stop';
        }
        if (meaningful) {
            const what = first && error.offset === start ? 'not a valid pickle' : 'the pickle stream breaks';
            ctx.incomplete(`${what}: ${error.message}`, error.offset);
        }
        return { next: primary ? Math.max(error.offset, start + 1) : start + 1, ok: false };
    };
    let pos = consumed;
    let primary = true;
    let first = true;
    while (pos < end) {
        ctx.checkBudget();
        const result = attempt(pos, primary, first);
        first = false;
        if (result === 'stop')
            return { results, end: consumed, stopped: false };
        if (result.ok) {
            pos = result.next;
            if (leading) {
                consumed = pos;
                if (++okStreams >= maxStreams) {
                    stopped = true;
                    break;
                }
                if (Number.isFinite(maxStreams))
                    continue; // the caller says more pickles follow
            }
            // Another pickle right after STOP counts as part of the stream only when it starts like one.
            primary = startsWithProto(source, pos, end);
            continue;
        }
        leading = false;
        pos = nextCandidate(source, result.next, end);
        primary = false;
        if (pos < 0)
            break;
        if (++candidates > MAX_CANDIDATES) {
            ctx.incomplete(`gave up looking for more pickles after ${MAX_CANDIDATES} candidates`, pos);
            break;
        }
    }
    if (!stopped && source.size > end)
        ctx.incomplete(`only the first ${end} bytes were scanned (pickle size limit)`, end);
    // What CPython's C unpickler reads from a file when an argument straddles a frame (threats B8).
    leading = false;
    for (const at of rereads) {
        attempt(at, false, false, FrameMode.CFile);
        attempt(at, false, false, FrameMode.CBuffered);
    }
    const seen = new Set();
    for (const n of nested) {
        const name = `<${n.loader}@${n.offset}>`;
        if (seen.has(name))
            continue;
        seen.add(name);
        await ctx.scanNested(new BufferSource(n.payload), name);
    }
    return { results, end: consumed, stopped };
}
const READINGS = {
    [FrameMode.Linear]: 'linear',
    [FrameMode.CFile]: 'the C unpickler on an unbuffered file, which re-reads an argument that runs past its frame from after the frame',
    [FrameMode.CBuffered]: 'the C unpickler on a buffered file, which re-reads an argument that runs past a frame of 8 KiB or more from after the frame',
};
/** The serialized payload a loader call receives: its first constant bytes/str argument (a method's comes after self). */
function loaderPayload(args, source) {
    for (const a of args.slice(0, 3)) {
        const p = nestedPayload(a, source);
        if (p)
            return p;
    }
    return undefined;
}
function startsWithProto(source, pos, end) {
    if (pos + 2 > end)
        return false;
    const b = source.read(pos, 2);
    return b[0] === 0x80 && b[1] <= 5;
}
/** The next PROTO opcode (0x80 then a protocol number) at or after `from`. */
function nextCandidate(source, from, end) {
    return ByteReader.find(source, from, end, (chunk) => {
        let i = chunk.indexOf(0x80);
        while (i >= 0 && i + 1 < chunk.length) {
            if (chunk[i + 1] <= 5)
                return i;
            i = chunk.indexOf(0x80, i + 1);
        }
        return -1;
    });
}

;// CONCATENATED MODULE: ./lib/formats/gguf/cursor.js
/** A GGUF structure that does not fit the file: becomes a `gguf/malformed` finding. */
class GgufMalformed extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
    }
}
const cursor_WINDOW = 1 << 16;
/**
 * Sequential little-endian reads over a ByteSource through a small window, so
 * metadata with 150k vocabulary strings costs a few positioned reads, never
 * the whole file. Every read is checked against the file size first.
 */
class GgufCursor {
    source;
    pos = 0;
    window = new Uint8Array(0);
    windowStart = 0;
    constructor(source) {
        this.source = source;
    }
    get size() {
        return this.source.size;
    }
    get remaining() {
        return this.source.size - this.pos;
    }
    /** Throws unless `count` items of `itemBytes` each fit in what is left of the file. */
    ensure(count, itemBytes, what) {
        if (BigInt(count) * BigInt(itemBytes) > BigInt(this.remaining)) {
            throw new GgufMalformed(`${what} (${count}) cannot fit in the ${this.remaining} bytes left in the file`, this.pos);
        }
    }
    u8() {
        return this.view(1).getUint8(0);
    }
    u32() {
        return this.view(4).getUint32(0, true);
    }
    u64() {
        return this.view(8).getBigUint64(0, true);
    }
    skip(bytes, what) {
        this.ensure(bytes, 1, what);
        this.pos += Number(bytes);
    }
    bytes(length) {
        this.ensure(length, 1, 'a byte string');
        if (length > cursor_WINDOW) {
            const out = this.source.read(this.pos, length);
            this.pos += length;
            return out;
        }
        const out = this.fill(length).slice(0, length);
        this.pos += length;
        return out;
    }
    view(length) {
        this.ensure(length, 1, `a ${length}-byte number`);
        const bytes = this.fill(length);
        this.pos += length;
        return new DataView(bytes.buffer, bytes.byteOffset, length);
    }
    /** The bytes at `pos` (at least `length`), refilling the window when needed. */
    fill(length) {
        const rel = this.pos - this.windowStart;
        if (rel < 0 || rel + length > this.window.length) {
            this.window = this.source.read(this.pos, Math.max(cursor_WINDOW, length));
            this.windowStart = this.pos;
            return this.window.subarray(0, length);
        }
        return this.window.subarray(rel, rel + length);
    }
}

;// CONCATENATED MODULE: ./lib/formats/gguf/types.js
/** GGUF metadata value types (gguf.md, `gguf_metadata_value_type`). */
const ValueType = {
    U8: 0,
    I8: 1,
    U16: 2,
    I16: 3,
    U32: 4,
    I32: 5,
    F32: 6,
    BOOL: 7,
    STRING: 8,
    ARRAY: 9,
    U64: 10,
    I64: 11,
    F64: 12,
};
/** Byte size of the fixed-size value types; STRING and ARRAY are variable. */
const FIXED_VALUE_SIZE = new Map([
    [ValueType.U8, 1], [ValueType.I8, 1], [ValueType.BOOL, 1],
    [ValueType.U16, 2], [ValueType.I16, 2],
    [ValueType.U32, 4], [ValueType.I32, 4], [ValueType.F32, 4],
    [ValueType.U64, 8], [ValueType.I64, 8], [ValueType.F64, 8],
]);
/**
 * ggml tensor types: elements per block and bytes per block (ggml.c
 * `type_traits`). Used only to check that a tensor's bytes fit the file.
 */
const GGML_TYPE_LAYOUT = new Map([
    [0, { block: 1, bytes: 4, name: 'F32' }],
    [1, { block: 1, bytes: 2, name: 'F16' }],
    [2, { block: 32, bytes: 18, name: 'Q4_0' }],
    [3, { block: 32, bytes: 20, name: 'Q4_1' }],
    [6, { block: 32, bytes: 22, name: 'Q5_0' }],
    [7, { block: 32, bytes: 24, name: 'Q5_1' }],
    [8, { block: 32, bytes: 34, name: 'Q8_0' }],
    [9, { block: 32, bytes: 36, name: 'Q8_1' }],
    [10, { block: 256, bytes: 84, name: 'Q2_K' }],
    [11, { block: 256, bytes: 110, name: 'Q3_K' }],
    [12, { block: 256, bytes: 144, name: 'Q4_K' }],
    [13, { block: 256, bytes: 176, name: 'Q5_K' }],
    [14, { block: 256, bytes: 210, name: 'Q6_K' }],
    [15, { block: 256, bytes: 292, name: 'Q8_K' }],
    [16, { block: 256, bytes: 66, name: 'IQ2_XXS' }],
    [17, { block: 256, bytes: 74, name: 'IQ2_XS' }],
    [18, { block: 256, bytes: 98, name: 'IQ3_XXS' }],
    [19, { block: 256, bytes: 50, name: 'IQ1_S' }],
    [20, { block: 32, bytes: 18, name: 'IQ4_NL' }],
    [21, { block: 256, bytes: 110, name: 'IQ3_S' }],
    [22, { block: 256, bytes: 82, name: 'IQ2_S' }],
    [23, { block: 256, bytes: 136, name: 'IQ4_XS' }],
    [24, { block: 1, bytes: 1, name: 'I8' }],
    [25, { block: 1, bytes: 2, name: 'I16' }],
    [26, { block: 1, bytes: 4, name: 'I32' }],
    [27, { block: 1, bytes: 8, name: 'I64' }],
    [28, { block: 1, bytes: 8, name: 'F64' }],
    [29, { block: 256, bytes: 56, name: 'IQ1_M' }],
    [30, { block: 1, bytes: 2, name: 'BF16' }],
    [34, { block: 256, bytes: 54, name: 'TQ1_0' }],
    [35, { block: 256, bytes: 66, name: 'TQ2_0' }],
    [39, { block: 32, bytes: 17, name: 'MXFP4' }],
]);
/** llama.cpp's GGML_MAX_DIMS. */
const MAX_TENSOR_DIMS = 4;
const DEFAULT_ALIGNMENT = 32;

;// CONCATENATED MODULE: ./lib/formats/gguf/metadata.js


/** Templates above this are not decoded (real ones are tens of KB). */
const MAX_TEMPLATE_BYTES = 4 * 1024 * 1024;
/** Arrays of arrays deeper than this are refused (llama.cpp refuses any nesting). */
const MAX_ARRAY_DEPTH = 8;
/** Smallest encodings, used to bound counts before looping over them. */
const MIN_KV_BYTES = 8 + 4 + 1; // key length, value type, 1-byte value
const ARRAY_HEADER_BYTES = 4 + 8;
/** Keys and tensor names are short; bounds the one string we must decode per entry. */
const MAX_NAME_BYTES = 65_536;
const isChatTemplateKey = (key) => key === 'tokenizer.chat_template' || key.startsWith('tokenizer.chat_template.');
const utf8 = new TextDecoder('utf-8', { fatal: false });
/** Reads every key/value pair; keeps only what the scan needs (templates, alignment). */
function readMetadata(cursor, kvCount, wide) {
    cursor.ensure(kvCount, MIN_KV_BYTES, 'the metadata key/value count');
    const result = { chatTemplates: [], oversizedTemplates: [], alignment: DEFAULT_ALIGNMENT };
    const seen = new Set();
    const reader = new ValueReader(cursor, wide);
    for (let i = 0n; i < kvCount; i++) {
        const keyOffset = cursor.pos;
        const keyLength = reader.length('a key length');
        if (keyLength > MAX_NAME_BYTES)
            throw new GgufMalformed(`a key of ${keyLength} bytes (keys are short dotted names)`, keyOffset);
        const key = utf8.decode(cursor.bytes(keyLength));
        if (seen.has(key))
            throw new GgufMalformed(`the key "${key.slice(0, 100)}" appears twice`, keyOffset);
        seen.add(key);
        const type = cursor.u32();
        if (isChatTemplateKey(key) && type === ValueType.STRING) {
            const offset = cursor.pos;
            const length = reader.length('a string length');
            if (length > MAX_TEMPLATE_BYTES) {
                cursor.skip(length, 'the chat template');
                result.oversizedTemplates.push(key);
            }
            else
                result.chatTemplates.push({ key, text: utf8.decode(cursor.bytes(length)), offset });
        }
        else if (key === 'general.alignment') {
            result.alignment = readAlignment(cursor, type, keyOffset);
        }
        else
            reader.skipValue(type, 0);
    }
    return result;
}
function readAlignment(cursor, type, offset) {
    if (type !== ValueType.U32)
        throw new GgufMalformed(`"general.alignment" has value type ${type}, not UINT32`, offset);
    const alignment = cursor.u32();
    if (alignment === 0 || (alignment & (alignment - 1)) !== 0)
        throw new GgufMalformed(`"general.alignment" is ${alignment}, not a power of two`, offset);
    return alignment;
}
/** Skips values of any type, nested arrays included, with every length bounded by the file. */
class ValueReader {
    cursor;
    wide;
    constructor(cursor, wide) {
        this.cursor = cursor;
        this.wide = wide;
    }
    length(what) {
        const at = this.cursor.pos;
        const value = this.wide ? this.cursor.u64() : BigInt(this.cursor.u32());
        if (value > BigInt(this.cursor.remaining)) {
            throw new GgufMalformed(`${what} of ${value} bytes runs past the end of the file (${this.cursor.remaining} bytes left)`, at);
        }
        return Number(value);
    }
    skipValue(type, depth) {
        const fixed = FIXED_VALUE_SIZE.get(type);
        if (fixed !== undefined)
            this.cursor.skip(fixed, 'a value');
        else if (type === ValueType.STRING)
            this.cursor.skip(this.length('a string length'), 'a string');
        else if (type === ValueType.ARRAY)
            this.skipArray(depth + 1);
        else
            throw new GgufMalformed(`unknown value type ${type}`, this.cursor.pos - 4);
    }
    skipArray(depth) {
        const at = this.cursor.pos;
        if (depth > MAX_ARRAY_DEPTH)
            throw new GgufMalformed(`arrays nested deeper than ${MAX_ARRAY_DEPTH} levels`, at);
        const itemType = this.cursor.u32();
        const count = this.wide ? this.cursor.u64() : BigInt(this.cursor.u32());
        const fixed = FIXED_VALUE_SIZE.get(itemType);
        if (fixed !== undefined) {
            this.cursor.ensure(count, fixed, 'an array length');
            this.cursor.skip(count * BigInt(fixed), 'an array');
            return;
        }
        if (itemType !== ValueType.STRING && itemType !== ValueType.ARRAY)
            throw new GgufMalformed(`unknown array item type ${itemType}`, at);
        this.cursor.ensure(count, itemType === ValueType.STRING ? (this.wide ? 8 : 4) : ARRAY_HEADER_BYTES, 'an array length');
        for (let i = 0n; i < count; i++)
            this.skipValue(itemType, depth);
    }
}

;// CONCATENATED MODULE: ../../work/main/node_modules/@huggingface/jinja/dist/index.js
var __defProp = Object.defineProperty;
var __defNormalProp = (obj, key, value) => key in obj ? __defProp(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
var __publicField = (obj, key, value) => {
  __defNormalProp(obj, typeof key !== "symbol" ? key + "" : key, value);
  return value;
};

// src/lexer.ts
var TOKEN_TYPES = Object.freeze({
  Text: "Text",
  // The text between Jinja statements or expressions
  NumericLiteral: "NumericLiteral",
  // e.g., 123, 1.0
  StringLiteral: "StringLiteral",
  // 'string'
  Identifier: "Identifier",
  // Variables, functions, statements, booleans, etc.
  Equals: "Equals",
  // =
  OpenParen: "OpenParen",
  // (
  CloseParen: "CloseParen",
  // )
  OpenStatement: "OpenStatement",
  // {%
  CloseStatement: "CloseStatement",
  // %}
  OpenExpression: "OpenExpression",
  // {{
  CloseExpression: "CloseExpression",
  // }}
  OpenSquareBracket: "OpenSquareBracket",
  // [
  CloseSquareBracket: "CloseSquareBracket",
  // ]
  OpenCurlyBracket: "OpenCurlyBracket",
  // {
  CloseCurlyBracket: "CloseCurlyBracket",
  // }
  Comma: "Comma",
  // ,
  Dot: "Dot",
  // .
  Colon: "Colon",
  // :
  Pipe: "Pipe",
  // |
  CallOperator: "CallOperator",
  // ()
  AdditiveBinaryOperator: "AdditiveBinaryOperator",
  // + - ~
  MultiplicativeBinaryOperator: "MultiplicativeBinaryOperator",
  // * / // %
  ExponentiationBinaryOperator: "ExponentiationBinaryOperator",
  // **
  ComparisonBinaryOperator: "ComparisonBinaryOperator",
  // < > <= >= == !=
  UnaryOperator: "UnaryOperator",
  // ! - +
  Comment: "Comment"
  // {# ... #}
});
var Token = class {
  /**
   * Constructs a new Token.
   * @param {string} value The raw value as seen inside the source code.
   * @param {TokenType} type The type of token.
   */
  constructor(value, type) {
    this.value = value;
    this.type = type;
  }
};
function isWord(char) {
  return /\w/.test(char);
}
function isInteger(char) {
  return /[0-9]/.test(char);
}
function isWhitespace(char) {
  return /\s/.test(char);
}
var ORDERED_MAPPING_TABLE = [
  // Control sequences
  ["{%", TOKEN_TYPES.OpenStatement],
  ["%}", TOKEN_TYPES.CloseStatement],
  ["{{", TOKEN_TYPES.OpenExpression],
  ["}}", TOKEN_TYPES.CloseExpression],
  // Single character tokens
  ["(", TOKEN_TYPES.OpenParen],
  [")", TOKEN_TYPES.CloseParen],
  ["{", TOKEN_TYPES.OpenCurlyBracket],
  ["}", TOKEN_TYPES.CloseCurlyBracket],
  ["[", TOKEN_TYPES.OpenSquareBracket],
  ["]", TOKEN_TYPES.CloseSquareBracket],
  [",", TOKEN_TYPES.Comma],
  [".", TOKEN_TYPES.Dot],
  [":", TOKEN_TYPES.Colon],
  ["|", TOKEN_TYPES.Pipe],
  // Comparison operators
  ["<=", TOKEN_TYPES.ComparisonBinaryOperator],
  [">=", TOKEN_TYPES.ComparisonBinaryOperator],
  ["==", TOKEN_TYPES.ComparisonBinaryOperator],
  ["!=", TOKEN_TYPES.ComparisonBinaryOperator],
  ["<", TOKEN_TYPES.ComparisonBinaryOperator],
  [">", TOKEN_TYPES.ComparisonBinaryOperator],
  // Arithmetic operators
  ["+", TOKEN_TYPES.AdditiveBinaryOperator],
  ["-", TOKEN_TYPES.AdditiveBinaryOperator],
  ["~", TOKEN_TYPES.AdditiveBinaryOperator],
  ["**", TOKEN_TYPES.ExponentiationBinaryOperator],
  // NOTE: must come before "*" so that "**" is matched first
  ["*", TOKEN_TYPES.MultiplicativeBinaryOperator],
  ["//", TOKEN_TYPES.MultiplicativeBinaryOperator],
  // NOTE: must come before "/" so that "//" is matched first
  ["/", TOKEN_TYPES.MultiplicativeBinaryOperator],
  ["%", TOKEN_TYPES.MultiplicativeBinaryOperator],
  // Assignment operator
  ["=", TOKEN_TYPES.Equals]
];
var ESCAPE_CHARACTERS = /* @__PURE__ */ new Map([
  ["n", "\n"],
  // New line
  ["t", "	"],
  // Horizontal tab
  ["r", "\r"],
  // Carriage return
  ["b", "\b"],
  // Backspace
  ["f", "\f"],
  // Form feed
  ["v", "\v"],
  // Vertical tab
  ["'", "'"],
  // Single quote
  ['"', '"'],
  // Double quote
  ["\\", "\\"]
  // Backslash
]);
function preprocess(template, options = {}) {
  if (template.endsWith("\n")) {
    template = template.slice(0, -1);
  }
  if (options.lstrip_blocks) {
    template = template.replace(/^[ \t]*({[#%-])/gm, "$1");
  }
  if (options.trim_blocks) {
    template = template.replace(/([#%-]})\n/g, "$1");
  }
  return template.replace(
    /(\s*){%(-?)\s*(?:end)?generation\s*(-?)%}(\s*)/gs,
    (_, before, lstrip, rstrip, after) => (lstrip ? "" : before) + (rstrip ? "" : after)
  );
}
function tokenize(source, options = {}) {
  const tokens = [];
  const src = preprocess(source, options);
  let cursorPosition = 0;
  let curlyBracketDepth = 0;
  const consumeWhile = (predicate) => {
    let str = "";
    while (predicate(src[cursorPosition])) {
      if (src[cursorPosition] === "\\") {
        ++cursorPosition;
        if (cursorPosition >= src.length) {
          throw new SyntaxError("Unexpected end of input");
        }
        const escaped = src[cursorPosition++];
        if (escaped === "x" || escaped === "u") {
          const length = escaped === "x" ? 2 : 4;
          const hex = src.slice(cursorPosition, cursorPosition + length);
          if (hex.length !== length || /[^0-9a-f]/i.test(hex)) {
            throw new SyntaxError(`Invalid hexadecimal escape sequence: \\${escaped}${hex}`);
          }
          str += String.fromCharCode(parseInt(hex, 16));
          cursorPosition += length;
          continue;
        }
        const unescaped = ESCAPE_CHARACTERS.get(escaped);
        if (unescaped === void 0) {
          throw new SyntaxError(`Unexpected escaped character: ${escaped}`);
        }
        str += unescaped;
        continue;
      }
      str += src[cursorPosition++];
      if (cursorPosition >= src.length) {
        throw new SyntaxError("Unexpected end of input");
      }
    }
    return str;
  };
  const stripTrailingWhitespace = () => {
    const lastToken = tokens.at(-1);
    if (lastToken && lastToken.type === TOKEN_TYPES.Text) {
      lastToken.value = lastToken.value.trimEnd();
      if (lastToken.value === "") {
        tokens.pop();
      }
    }
  };
  const skipLeadingWhitespace = () => {
    while (cursorPosition < src.length && isWhitespace(src[cursorPosition])) {
      ++cursorPosition;
    }
  };
  main:
    while (cursorPosition < src.length) {
      const lastTokenType = tokens.at(-1)?.type;
      if (lastTokenType === void 0 || lastTokenType === TOKEN_TYPES.CloseStatement || lastTokenType === TOKEN_TYPES.CloseExpression || lastTokenType === TOKEN_TYPES.Comment) {
        let text = "";
        while (cursorPosition < src.length && // Keep going until we hit the next Jinja statement or expression
        !(src[cursorPosition] === "{" && (src[cursorPosition + 1] === "%" || src[cursorPosition + 1] === "{" || src[cursorPosition + 1] === "#"))) {
          text += src[cursorPosition++];
        }
        if (text.length > 0) {
          tokens.push(new Token(text, TOKEN_TYPES.Text));
          continue;
        }
      }
      if (src[cursorPosition] === "{" && src[cursorPosition + 1] === "#") {
        cursorPosition += 2;
        const stripBefore = src[cursorPosition] === "-";
        if (stripBefore) {
          ++cursorPosition;
        }
        let comment = "";
        while (src[cursorPosition] !== "#" || src[cursorPosition + 1] !== "}") {
          if (cursorPosition + 2 >= src.length) {
            throw new SyntaxError("Missing end of comment tag");
          }
          comment += src[cursorPosition++];
        }
        const stripAfter = comment.endsWith("-");
        if (stripAfter) {
          comment = comment.slice(0, -1);
        }
        if (stripBefore) {
          stripTrailingWhitespace();
        }
        tokens.push(new Token(comment, TOKEN_TYPES.Comment));
        cursorPosition += 2;
        if (stripAfter) {
          skipLeadingWhitespace();
        }
        continue;
      }
      if (src.slice(cursorPosition, cursorPosition + 3) === "{%-") {
        stripTrailingWhitespace();
        tokens.push(new Token("{%", TOKEN_TYPES.OpenStatement));
        cursorPosition += 3;
        continue;
      }
      if (src.slice(cursorPosition, cursorPosition + 3) === "{{-") {
        stripTrailingWhitespace();
        tokens.push(new Token("{{", TOKEN_TYPES.OpenExpression));
        curlyBracketDepth = 0;
        cursorPosition += 3;
        continue;
      }
      consumeWhile(isWhitespace);
      if (src.slice(cursorPosition, cursorPosition + 3) === "-%}") {
        tokens.push(new Token("%}", TOKEN_TYPES.CloseStatement));
        cursorPosition += 3;
        skipLeadingWhitespace();
        continue;
      }
      if (src.slice(cursorPosition, cursorPosition + 3) === "-}}") {
        tokens.push(new Token("}}", TOKEN_TYPES.CloseExpression));
        cursorPosition += 3;
        skipLeadingWhitespace();
        continue;
      }
      const char = src[cursorPosition];
      if (char === "-" || char === "+") {
        const lastTokenType2 = tokens.at(-1)?.type;
        if (lastTokenType2 === TOKEN_TYPES.Text || lastTokenType2 === void 0) {
          throw new SyntaxError(`Unexpected character: ${char}`);
        }
        switch (lastTokenType2) {
          case TOKEN_TYPES.Identifier:
          case TOKEN_TYPES.NumericLiteral:
          case TOKEN_TYPES.StringLiteral:
          case TOKEN_TYPES.CloseParen:
          case TOKEN_TYPES.CloseSquareBracket:
            break;
          default: {
            ++cursorPosition;
            let num = consumeWhile(isInteger);
            if (num.length > 0 && src[cursorPosition] === "." && isInteger(src[cursorPosition + 1])) {
              ++cursorPosition;
              const frac = consumeWhile(isInteger);
              num = `${num}.${frac}`;
            }
            tokens.push(
              new Token(`${char}${num}`, num.length > 0 ? TOKEN_TYPES.NumericLiteral : TOKEN_TYPES.UnaryOperator)
            );
            continue;
          }
        }
      }
      for (const [seq, type] of ORDERED_MAPPING_TABLE) {
        if (seq === "}}" && curlyBracketDepth > 0) {
          continue;
        }
        const slice2 = src.slice(cursorPosition, cursorPosition + seq.length);
        if (slice2 === seq) {
          tokens.push(new Token(seq, type));
          if (type === TOKEN_TYPES.OpenExpression) {
            curlyBracketDepth = 0;
          } else if (type === TOKEN_TYPES.OpenCurlyBracket) {
            ++curlyBracketDepth;
          } else if (type === TOKEN_TYPES.CloseCurlyBracket) {
            --curlyBracketDepth;
          }
          cursorPosition += seq.length;
          continue main;
        }
      }
      if (char === "'" || char === '"') {
        ++cursorPosition;
        const str = consumeWhile((c) => c !== char);
        tokens.push(new Token(str, TOKEN_TYPES.StringLiteral));
        ++cursorPosition;
        continue;
      }
      if (isInteger(char)) {
        let num = consumeWhile(isInteger);
        if (tokens.at(-1)?.type !== TOKEN_TYPES.Dot && src[cursorPosition] === "." && isInteger(src[cursorPosition + 1])) {
          ++cursorPosition;
          const frac = consumeWhile(isInteger);
          num = `${num}.${frac}`;
        }
        tokens.push(new Token(num, TOKEN_TYPES.NumericLiteral));
        continue;
      }
      if (isWord(char)) {
        const word = consumeWhile(isWord);
        tokens.push(new Token(word, TOKEN_TYPES.Identifier));
        continue;
      }
      throw new SyntaxError(`Unexpected character: ${char}`);
    }
  return tokens;
}

// src/ast.ts
var Statement = class {
  type = "Statement";
};
var Program = class extends Statement {
  constructor(body) {
    super();
    this.body = body;
  }
  type = "Program";
};
var If = class extends Statement {
  constructor(test, body, alternate) {
    super();
    this.test = test;
    this.body = body;
    this.alternate = alternate;
  }
  type = "If";
};
var For = class extends Statement {
  constructor(loopvar, iterable, body, defaultBlock) {
    super();
    this.loopvar = loopvar;
    this.iterable = iterable;
    this.body = body;
    this.defaultBlock = defaultBlock;
  }
  type = "For";
};
var Break = class extends Statement {
  type = "Break";
};
var Continue = class extends Statement {
  type = "Continue";
};
var SetStatement = class extends Statement {
  constructor(assignee, value, body) {
    super();
    this.assignee = assignee;
    this.value = value;
    this.body = body;
  }
  type = "Set";
};
var Macro = class extends Statement {
  constructor(name, args, body) {
    super();
    this.name = name;
    this.args = args;
    this.body = body;
  }
  type = "Macro";
};
var Comment = class extends Statement {
  constructor(value) {
    super();
    this.value = value;
  }
  type = "Comment";
};
var Expression = class extends Statement {
  type = "Expression";
};
var MemberExpression = class extends Expression {
  constructor(object, property, computed) {
    super();
    this.object = object;
    this.property = property;
    this.computed = computed;
  }
  type = "MemberExpression";
};
var CallExpression = class extends Expression {
  constructor(callee, args) {
    super();
    this.callee = callee;
    this.args = args;
  }
  type = "CallExpression";
};
var Identifier = class extends Expression {
  /**
   * @param {string} value The name of the identifier
   */
  constructor(value) {
    super();
    this.value = value;
  }
  type = "Identifier";
};
var Literal = class extends Expression {
  constructor(value) {
    super();
    this.value = value;
  }
  type = "Literal";
};
var IntegerLiteral = class extends Literal {
  type = "IntegerLiteral";
};
var FloatLiteral = class extends Literal {
  type = "FloatLiteral";
};
var StringLiteral = class extends Literal {
  type = "StringLiteral";
};
var ArrayLiteral = class extends Literal {
  type = "ArrayLiteral";
};
var TupleLiteral = class extends Literal {
  type = "TupleLiteral";
};
var ObjectLiteral = class extends Literal {
  type = "ObjectLiteral";
};
var BinaryExpression = class extends Expression {
  constructor(operator, left, right) {
    super();
    this.operator = operator;
    this.left = left;
    this.right = right;
  }
  type = "BinaryExpression";
};
var FilterExpression = class extends Expression {
  constructor(operand, filter) {
    super();
    this.operand = operand;
    this.filter = filter;
  }
  type = "FilterExpression";
};
var FilterStatement = class extends Statement {
  constructor(filter, body) {
    super();
    this.filter = filter;
    this.body = body;
  }
  type = "FilterStatement";
};
var SelectExpression = class extends Expression {
  constructor(lhs, test) {
    super();
    this.lhs = lhs;
    this.test = test;
  }
  type = "SelectExpression";
};
var TestExpression = class extends Expression {
  constructor(operand, negate, test) {
    super();
    this.operand = operand;
    this.negate = negate;
    this.test = test;
  }
  type = "TestExpression";
};
var UnaryExpression = class extends Expression {
  constructor(operator, argument) {
    super();
    this.operator = operator;
    this.argument = argument;
  }
  type = "UnaryExpression";
};
var SliceExpression = class extends Expression {
  constructor(start = void 0, stop = void 0, step = void 0) {
    super();
    this.start = start;
    this.stop = stop;
    this.step = step;
  }
  type = "SliceExpression";
};
var KeywordArgumentExpression = class extends Expression {
  constructor(key, value) {
    super();
    this.key = key;
    this.value = value;
  }
  type = "KeywordArgumentExpression";
};
var SpreadExpression = class extends Expression {
  constructor(argument) {
    super();
    this.argument = argument;
  }
  type = "SpreadExpression";
};
var KeywordSpreadExpression = class extends Expression {
  constructor(argument) {
    super();
    this.argument = argument;
  }
  type = "KeywordSpreadExpression";
};
var CallStatement = class extends Statement {
  constructor(call, callerArgs, body) {
    super();
    this.call = call;
    this.callerArgs = callerArgs;
    this.body = body;
  }
  type = "CallStatement";
};
var Ternary = class extends Expression {
  constructor(condition, trueExpr, falseExpr) {
    super();
    this.condition = condition;
    this.trueExpr = trueExpr;
    this.falseExpr = falseExpr;
  }
  type = "Ternary";
};

// src/parser.ts
function parse(tokens) {
  const program = new Program([]);
  let current = 0;
  function expect(type, error) {
    const prev = tokens[current++];
    if (!prev || prev.type !== type) {
      throw new Error(`Parser Error: ${error}. ${prev.type} !== ${type}.`);
    }
    return prev;
  }
  function expectIdentifier(name) {
    if (!isIdentifier(name)) {
      throw new SyntaxError(`Expected ${name}`);
    }
    ++current;
  }
  function parseAny() {
    switch (tokens[current].type) {
      case TOKEN_TYPES.Comment:
        return new Comment(tokens[current++].value);
      case TOKEN_TYPES.Text:
        return parseText();
      case TOKEN_TYPES.OpenStatement:
        return parseJinjaStatement();
      case TOKEN_TYPES.OpenExpression:
        return parseJinjaExpression();
      default:
        throw new SyntaxError(`Unexpected token type: ${tokens[current].type}`);
    }
  }
  function is(...types) {
    return current + types.length <= tokens.length && types.every((type, i) => type === tokens[current + i].type);
  }
  function isStatement(...names) {
    return tokens[current]?.type === TOKEN_TYPES.OpenStatement && tokens[current + 1]?.type === TOKEN_TYPES.Identifier && names.includes(tokens[current + 1]?.value);
  }
  function isIdentifier(...names) {
    return current + names.length <= tokens.length && names.every((name, i) => tokens[current + i].type === "Identifier" && name === tokens[current + i].value);
  }
  function parseText() {
    return new StringLiteral(expect(TOKEN_TYPES.Text, "Expected text token").value);
  }
  function parseJinjaStatement() {
    expect(TOKEN_TYPES.OpenStatement, "Expected opening statement token");
    if (tokens[current].type !== TOKEN_TYPES.Identifier) {
      throw new SyntaxError(`Unknown statement, got ${tokens[current].type}`);
    }
    const name = tokens[current].value;
    let result;
    switch (name) {
      case "set":
        ++current;
        result = parseSetStatement();
        break;
      case "if":
        ++current;
        result = parseIfStatement();
        expect(TOKEN_TYPES.OpenStatement, "Expected {% token");
        expectIdentifier("endif");
        expect(TOKEN_TYPES.CloseStatement, "Expected %} token");
        break;
      case "macro":
        ++current;
        result = parseMacroStatement();
        expect(TOKEN_TYPES.OpenStatement, "Expected {% token");
        expectIdentifier("endmacro");
        expect(TOKEN_TYPES.CloseStatement, "Expected %} token");
        break;
      case "for":
        ++current;
        result = parseForStatement();
        expect(TOKEN_TYPES.OpenStatement, "Expected {% token");
        expectIdentifier("endfor");
        expect(TOKEN_TYPES.CloseStatement, "Expected %} token");
        break;
      case "call": {
        ++current;
        let callerArgs = null;
        if (is(TOKEN_TYPES.OpenParen)) {
          callerArgs = parseArgs("parameters");
        }
        const callee = parsePrimaryExpression();
        if (callee.type !== "Identifier") {
          throw new SyntaxError(`Expected identifier following call statement`);
        }
        const callArgs = parseArgs("call");
        expect(TOKEN_TYPES.CloseStatement, "Expected closing statement token");
        const body = [];
        while (!isStatement("endcall")) {
          body.push(parseAny());
        }
        expect(TOKEN_TYPES.OpenStatement, "Expected '{%'");
        expectIdentifier("endcall");
        expect(TOKEN_TYPES.CloseStatement, "Expected closing statement token");
        const callExpr = new CallExpression(callee, callArgs);
        result = new CallStatement(callExpr, callerArgs, body);
        break;
      }
      case "break":
        ++current;
        expect(TOKEN_TYPES.CloseStatement, "Expected closing statement token");
        result = new Break();
        break;
      case "continue":
        ++current;
        expect(TOKEN_TYPES.CloseStatement, "Expected closing statement token");
        result = new Continue();
        break;
      case "filter": {
        ++current;
        let filterNode = parsePrimaryExpression();
        if (filterNode instanceof Identifier && is(TOKEN_TYPES.OpenParen)) {
          filterNode = parseCallExpression(filterNode);
        }
        expect(TOKEN_TYPES.CloseStatement, "Expected closing statement token");
        const filterBody = [];
        while (!isStatement("endfilter")) {
          filterBody.push(parseAny());
        }
        expect(TOKEN_TYPES.OpenStatement, "Expected '{%'");
        expectIdentifier("endfilter");
        expect(TOKEN_TYPES.CloseStatement, "Expected '%}'");
        result = new FilterStatement(filterNode, filterBody);
        break;
      }
      default:
        throw new SyntaxError(`Unknown statement type: ${name}`);
    }
    return result;
  }
  function parseJinjaExpression() {
    expect(TOKEN_TYPES.OpenExpression, "Expected opening expression token");
    const result = parseExpression();
    expect(TOKEN_TYPES.CloseExpression, "Expected closing expression token");
    return result;
  }
  function parseSetStatement() {
    const left = parseExpressionSequence();
    let value = null;
    const body = [];
    if (is(TOKEN_TYPES.Equals)) {
      ++current;
      value = parseExpressionSequence();
    } else {
      expect(TOKEN_TYPES.CloseStatement, "Expected %} token");
      while (!isStatement("endset")) {
        body.push(parseAny());
      }
      expect(TOKEN_TYPES.OpenStatement, "Expected {% token");
      expectIdentifier("endset");
    }
    expect(TOKEN_TYPES.CloseStatement, "Expected closing statement token");
    return new SetStatement(left, value, body);
  }
  function parseIfStatement() {
    const test = parseExpression();
    expect(TOKEN_TYPES.CloseStatement, "Expected closing statement token");
    const body = [];
    const alternate = [];
    while (!isStatement("elif", "else", "endif")) {
      body.push(parseAny());
    }
    if (isStatement("elif")) {
      ++current;
      ++current;
      const result = parseIfStatement();
      alternate.push(result);
    } else if (isStatement("else")) {
      ++current;
      ++current;
      expect(TOKEN_TYPES.CloseStatement, "Expected closing statement token");
      while (!isStatement("endif")) {
        alternate.push(parseAny());
      }
    }
    return new If(test, body, alternate);
  }
  function parseMacroStatement() {
    const name = parsePrimaryExpression();
    if (name.type !== "Identifier") {
      throw new SyntaxError(`Expected identifier following macro statement`);
    }
    const args = parseArgs("parameters");
    expect(TOKEN_TYPES.CloseStatement, "Expected closing statement token");
    const body = [];
    while (!isStatement("endmacro")) {
      body.push(parseAny());
    }
    return new Macro(name, args, body);
  }
  function parseExpressionSequence(primary = false) {
    const fn = primary ? parsePrimaryExpression : parseExpression;
    const expressions = [fn()];
    const isTuple = is(TOKEN_TYPES.Comma);
    while (isTuple) {
      ++current;
      expressions.push(fn());
      if (!is(TOKEN_TYPES.Comma)) {
        break;
      }
    }
    return isTuple ? new TupleLiteral(expressions) : expressions[0];
  }
  function parseForStatement() {
    const loopVariable = parseExpressionSequence(true);
    if (!(loopVariable instanceof Identifier || loopVariable instanceof TupleLiteral)) {
      throw new SyntaxError(`Expected identifier/tuple for the loop variable, got ${loopVariable.type} instead`);
    }
    if (!isIdentifier("in")) {
      throw new SyntaxError("Expected `in` keyword following loop variable");
    }
    ++current;
    const iterable = parseExpression();
    expect(TOKEN_TYPES.CloseStatement, "Expected closing statement token");
    const body = [];
    while (!isStatement("endfor", "else")) {
      body.push(parseAny());
    }
    const alternative = [];
    if (isStatement("else")) {
      ++current;
      ++current;
      expect(TOKEN_TYPES.CloseStatement, "Expected closing statement token");
      while (!isStatement("endfor")) {
        alternative.push(parseAny());
      }
    }
    return new For(loopVariable, iterable, body, alternative);
  }
  function parseExpression() {
    return parseIfExpression();
  }
  function parseIfExpression() {
    const a = parseLogicalOrExpression();
    if (isIdentifier("if")) {
      ++current;
      const test = parseLogicalOrExpression();
      if (isIdentifier("else")) {
        ++current;
        const falseExpr = parseIfExpression();
        return new Ternary(test, a, falseExpr);
      } else {
        return new SelectExpression(a, test);
      }
    }
    return a;
  }
  function parseLogicalOrExpression() {
    let left = parseLogicalAndExpression();
    while (isIdentifier("or")) {
      const operator = tokens[current];
      ++current;
      const right = parseLogicalAndExpression();
      left = new BinaryExpression(operator, left, right);
    }
    return left;
  }
  function parseLogicalAndExpression() {
    let left = parseLogicalNegationExpression();
    while (isIdentifier("and")) {
      const operator = tokens[current];
      ++current;
      const right = parseLogicalNegationExpression();
      left = new BinaryExpression(operator, left, right);
    }
    return left;
  }
  function parseLogicalNegationExpression() {
    let right;
    while (isIdentifier("not")) {
      const operator = tokens[current];
      ++current;
      const arg = parseLogicalNegationExpression();
      right = new UnaryExpression(operator, arg);
    }
    return right ?? parseComparisonExpression();
  }
  function parseComparisonExpression() {
    let left = parseAdditiveExpression();
    while (true) {
      let operator;
      if (isIdentifier("not", "in")) {
        operator = new Token("not in", TOKEN_TYPES.Identifier);
        current += 2;
      } else if (isIdentifier("in")) {
        operator = tokens[current++];
      } else if (is(TOKEN_TYPES.ComparisonBinaryOperator)) {
        operator = tokens[current++];
      } else {
        break;
      }
      const right = parseAdditiveExpression();
      left = new BinaryExpression(operator, left, right);
    }
    return left;
  }
  function parseAdditiveExpression() {
    let left = parseMultiplicativeExpression();
    while (is(TOKEN_TYPES.AdditiveBinaryOperator)) {
      const operator = tokens[current];
      ++current;
      const right = parseMultiplicativeExpression();
      left = new BinaryExpression(operator, left, right);
    }
    return left;
  }
  function parseCallMemberExpression() {
    const member = parseMemberExpression(parsePrimaryExpression());
    if (is(TOKEN_TYPES.OpenParen)) {
      return parseCallExpression(member);
    }
    return member;
  }
  function parseCallExpression(callee) {
    let expression = new CallExpression(callee, parseArgs("call"));
    expression = parseMemberExpression(expression);
    if (is(TOKEN_TYPES.OpenParen)) {
      expression = parseCallExpression(expression);
    }
    return expression;
  }
  function parseArgs(mode) {
    expect(TOKEN_TYPES.OpenParen, "Expected opening parenthesis for arguments list");
    const args = parseArgumentsList(mode);
    expect(TOKEN_TYPES.CloseParen, "Expected closing parenthesis for arguments list");
    return args;
  }
  function parseArgumentsList(mode) {
    const args = [];
    const parameterNames = /* @__PURE__ */ new Set();
    let sawKeywordOrDefault = false;
    let sawSpreadArgument = false;
    while (!is(TOKEN_TYPES.CloseParen)) {
      const isKeywordSpread = is(TOKEN_TYPES.ExponentiationBinaryOperator);
      const isPositionalSpread = is(TOKEN_TYPES.MultiplicativeBinaryOperator) && tokens[current].value === "*";
      if (mode === "parameters" && (isKeywordSpread || isPositionalSpread)) {
        throw new SyntaxError("Argument unpacking is not allowed in parameter declarations");
      }
      if (isKeywordSpread) {
        ++current;
        args.push(new KeywordSpreadExpression(parseExpression()));
        if (is(TOKEN_TYPES.Comma)) {
          ++current;
        }
        if (!is(TOKEN_TYPES.CloseParen)) {
          throw new SyntaxError("Expected closing parenthesis: `**` must be applied to the final argument");
        }
        break;
      }
      let argument;
      if (isPositionalSpread) {
        if (sawSpreadArgument) {
          throw new SyntaxError("Only one `*` argument unpacking is allowed");
        }
        sawSpreadArgument = true;
        ++current;
        const expr = parseExpression();
        argument = new SpreadExpression(expr);
      } else {
        argument = parseExpression();
        if (is(TOKEN_TYPES.Equals)) {
          ++current;
          if (!(argument instanceof Identifier)) {
            throw new SyntaxError(
              mode === "parameters" ? "Expected identifier for parameter declaration" : "Expected identifier for keyword argument"
            );
          }
          const value = parseExpression();
          argument = new KeywordArgumentExpression(argument, value);
        }
        if (mode === "parameters") {
          if (!(argument instanceof Identifier || argument instanceof KeywordArgumentExpression)) {
            throw new SyntaxError("Expected identifier for parameter declaration");
          }
          const parameterName = argument instanceof Identifier ? argument.value : argument.key.value;
          if (parameterNames.has(parameterName)) {
            throw new SyntaxError(`Duplicate parameter name: ${parameterName}`);
          }
          parameterNames.add(parameterName);
        }
        if (argument instanceof KeywordArgumentExpression) {
          sawKeywordOrDefault = true;
        } else if (sawKeywordOrDefault) {
          throw new SyntaxError(
            mode === "call" ? "Positional arguments must come before keyword arguments" : "Non-default argument follows default argument"
          );
        } else if (sawSpreadArgument) {
          throw new SyntaxError("Positional arguments must not follow `*` argument unpacking");
        }
      }
      args.push(argument);
      if (is(TOKEN_TYPES.Comma)) {
        ++current;
      }
    }
    return args;
  }
  function parseMemberExpressionArgumentsList() {
    const slices = [];
    let isSlice = false;
    while (!is(TOKEN_TYPES.CloseSquareBracket)) {
      if (is(TOKEN_TYPES.Colon)) {
        slices.push(void 0);
        ++current;
        isSlice = true;
      } else {
        slices.push(parseExpression());
        if (is(TOKEN_TYPES.Colon)) {
          ++current;
          isSlice = true;
        }
      }
    }
    if (slices.length === 0) {
      throw new SyntaxError(`Expected at least one argument for member/slice expression`);
    }
    if (isSlice) {
      if (slices.length > 3) {
        throw new SyntaxError(`Expected 0-3 arguments for slice expression`);
      }
      return new SliceExpression(...slices);
    }
    return slices[0];
  }
  function parseMemberExpression(object) {
    while (is(TOKEN_TYPES.Dot) || is(TOKEN_TYPES.OpenSquareBracket)) {
      const operator = tokens[current];
      ++current;
      let property;
      const computed = operator.type === TOKEN_TYPES.OpenSquareBracket;
      if (computed) {
        property = parseMemberExpressionArgumentsList();
        expect(TOKEN_TYPES.CloseSquareBracket, "Expected closing square bracket");
      } else {
        property = parsePrimaryExpression();
        if (property.type !== "Identifier" && property.type !== "IntegerLiteral") {
          throw new SyntaxError(`Expected identifier or integer following dot operator`);
        }
      }
      object = new MemberExpression(object, property, computed);
    }
    return object;
  }
  function parseMultiplicativeExpression() {
    let left = parsePowerExpression();
    while (is(TOKEN_TYPES.MultiplicativeBinaryOperator)) {
      const operator = tokens[current++];
      const right = parsePowerExpression();
      left = new BinaryExpression(operator, left, right);
    }
    return left;
  }
  function parsePowerExpression() {
    let left = parseTestExpression();
    while (is(TOKEN_TYPES.ExponentiationBinaryOperator)) {
      const operator = tokens[current++];
      const right = parseTestExpression();
      left = new BinaryExpression(operator, left, right);
    }
    return left;
  }
  function parseTestExpression() {
    let operand = parseFilterExpression();
    while (isIdentifier("is")) {
      ++current;
      const negate = isIdentifier("not");
      if (negate) {
        ++current;
      }
      const filter = parsePrimaryExpression();
      if (!(filter instanceof Identifier)) {
        throw new SyntaxError(`Expected identifier for the test`);
      }
      operand = new TestExpression(operand, negate, filter);
    }
    return operand;
  }
  function parseFilterExpression() {
    let operand = parseUnarySignExpression();
    while (is(TOKEN_TYPES.Pipe)) {
      ++current;
      let filter = parsePrimaryExpression();
      if (!(filter instanceof Identifier)) {
        throw new SyntaxError(`Expected identifier for the filter`);
      }
      if (is(TOKEN_TYPES.OpenParen)) {
        filter = parseCallExpression(filter);
      }
      operand = new FilterExpression(operand, filter);
    }
    return operand;
  }
  function parseUnarySignExpression() {
    const token = tokens[current];
    if (token && (token.type === TOKEN_TYPES.UnaryOperator || token.type === TOKEN_TYPES.AdditiveBinaryOperator) && (token.value === "-" || token.value === "+")) {
      const operator = tokens[current++];
      const argument = parseUnarySignExpression();
      return new UnaryExpression(operator, argument);
    }
    return parseCallMemberExpression();
  }
  function parsePrimaryExpression() {
    const token = tokens[current++];
    switch (token.type) {
      case TOKEN_TYPES.NumericLiteral: {
        const num = token.value;
        return num.includes(".") ? new FloatLiteral(Number(num)) : new IntegerLiteral(Number(num));
      }
      case TOKEN_TYPES.StringLiteral: {
        let value = token.value;
        while (is(TOKEN_TYPES.StringLiteral)) {
          value += tokens[current++].value;
        }
        return new StringLiteral(value);
      }
      case TOKEN_TYPES.Identifier:
        return new Identifier(token.value);
      case TOKEN_TYPES.OpenParen: {
        const expression = parseExpressionSequence();
        expect(TOKEN_TYPES.CloseParen, "Expected closing parenthesis, got ${tokens[current].type} instead.");
        return expression;
      }
      case TOKEN_TYPES.OpenSquareBracket: {
        const values = [];
        while (!is(TOKEN_TYPES.CloseSquareBracket)) {
          values.push(parseExpression());
          if (is(TOKEN_TYPES.Comma)) {
            ++current;
          }
        }
        ++current;
        return new ArrayLiteral(values);
      }
      case TOKEN_TYPES.OpenCurlyBracket: {
        const values = /* @__PURE__ */ new Map();
        while (!is(TOKEN_TYPES.CloseCurlyBracket)) {
          const key = parseExpression();
          expect(TOKEN_TYPES.Colon, "Expected colon between key and value in object literal");
          const value = parseExpression();
          values.set(key, value);
          if (is(TOKEN_TYPES.Comma)) {
            ++current;
          }
        }
        ++current;
        return new ObjectLiteral(values);
      }
      default:
        throw new SyntaxError(`Unexpected token: ${token.type}`);
    }
  }
  while (current < tokens.length) {
    program.body.push(parseAny());
  }
  return program;
}

// src/utils.ts
function range(start, stop, step = 1) {
  if (stop === void 0) {
    stop = start;
    start = 0;
  }
  if (step === 0) {
    throw new Error("range() step must not be zero");
  }
  const result = [];
  if (step > 0) {
    for (let i = start; i < stop; i += step) {
      result.push(i);
    }
  } else {
    for (let i = start; i > stop; i += step) {
      result.push(i);
    }
  }
  return result;
}
function slice(array, start, stop, step = 1) {
  const direction = Math.sign(step);
  if (direction >= 0) {
    start = (start ??= 0) < 0 ? Math.max(array.length + start, 0) : Math.min(start, array.length);
    stop = (stop ??= array.length) < 0 ? Math.max(array.length + stop, 0) : Math.min(stop, array.length);
  } else {
    start = (start ??= array.length - 1) < 0 ? Math.max(array.length + start, -1) : Math.min(start, array.length - 1);
    stop = (stop ??= -1) < -1 ? Math.max(array.length + stop, -1) : Math.min(stop, array.length - 1);
  }
  const result = [];
  for (let i = start; direction * i < direction * stop; i += step) {
    result.push(array[i]);
  }
  return result;
}
function titleCase(value) {
  return value.replace(/\b\w/g, (c) => c.toUpperCase());
}
function strftime_now(format2) {
  return strftime(/* @__PURE__ */ new Date(), format2);
}
function strftime(date, format2) {
  const monthFormatterLong = new Intl.DateTimeFormat(void 0, { month: "long" });
  const monthFormatterShort = new Intl.DateTimeFormat(void 0, { month: "short" });
  const pad2 = (n) => n < 10 ? "0" + n : n.toString();
  return format2.replace(/%[YmdbBHM%]/g, (token) => {
    switch (token) {
      case "%Y":
        return date.getFullYear().toString();
      case "%m":
        return pad2(date.getMonth() + 1);
      case "%d":
        return pad2(date.getDate());
      case "%b":
        return monthFormatterShort.format(date);
      case "%B":
        return monthFormatterLong.format(date);
      case "%H":
        return pad2(date.getHours());
      case "%M":
        return pad2(date.getMinutes());
      case "%%":
        return "%";
      default:
        return token;
    }
  });
}
function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function replace(str, oldvalue, newvalue, count) {
  if (count === 0) {
    return str;
  }
  let remaining = count == null || count < 0 ? Infinity : count;
  const pattern = oldvalue.length === 0 ? new RegExp("(?=)", "gu") : new RegExp(escapeRegExp(oldvalue), "gu");
  return str.replaceAll(pattern, (match) => {
    if (remaining > 0) {
      --remaining;
      return newvalue;
    }
    return match;
  });
}

// src/runtime.ts
var BreakControl = class extends (/* unused pure expression or super */ null && (Error)) {
};
var ContinueControl = class extends (/* unused pure expression or super */ null && (Error)) {
};
var EMPTY_BUILTINS = /* @__PURE__ */ new Map();
var RuntimeValue = class {
  type = "RuntimeValue";
  value;
  /**
   * A collection of built-in functions for this type.
   */
  get builtins() {
    return EMPTY_BUILTINS;
  }
  /**
   * Creates a new RuntimeValue.
   */
  constructor(value = void 0) {
    this.value = value;
  }
  /**
   * Determines truthiness or falsiness of the runtime value.
   * This function should be overridden by subclasses if it has custom truthiness criteria.
   * @returns {BooleanValue} BooleanValue(true) if the value is truthy, BooleanValue(false) otherwise.
   */
  __bool__() {
    return new BooleanValue(!!this.value);
  }
  toString() {
    return String(this.value);
  }
};
var IntegerValue = class extends RuntimeValue {
  type = "IntegerValue";
};
var FloatValue = class extends RuntimeValue {
  type = "FloatValue";
  toString() {
    if (Object.is(this.value, -0)) {
      return "-0.0";
    }
    return this.value % 1 === 0 ? this.value.toFixed(1) : this.value.toString();
  }
};
var StringValue = class extends RuntimeValue {
  type = "StringValue";
  _builtins;
  get builtins() {
    return this._builtins ??= /* @__PURE__ */ new Map([
      [
        "upper",
        new FunctionValue(() => {
          return new StringValue(this.value.toUpperCase());
        })
      ],
      [
        "lower",
        new FunctionValue(() => {
          return new StringValue(this.value.toLowerCase());
        })
      ],
      [
        "strip",
        new FunctionValue(() => {
          return new StringValue(this.value.trim());
        })
      ],
      [
        "title",
        new FunctionValue(() => {
          return new StringValue(titleCase(this.value));
        })
      ],
      [
        "capitalize",
        new FunctionValue(() => {
          return new StringValue(this.value.charAt(0).toUpperCase() + this.value.slice(1));
        })
      ],
      ["length", new IntegerValue(this.value.length)],
      [
        "rstrip",
        new FunctionValue(() => {
          return new StringValue(this.value.trimEnd());
        })
      ],
      [
        "lstrip",
        new FunctionValue(() => {
          return new StringValue(this.value.trimStart());
        })
      ],
      [
        "startswith",
        new FunctionValue((args) => {
          if (args.length === 0) {
            throw new Error("startswith() requires at least one argument");
          }
          const pattern = args[0];
          if (pattern instanceof StringValue) {
            return new BooleanValue(this.value.startsWith(pattern.value));
          } else if (pattern instanceof ArrayValue) {
            for (const item of pattern.value) {
              if (!(item instanceof StringValue)) {
                throw new Error("startswith() tuple elements must be strings");
              }
              if (this.value.startsWith(item.value)) {
                return new BooleanValue(true);
              }
            }
            return new BooleanValue(false);
          }
          throw new Error("startswith() argument must be a string or tuple of strings");
        })
      ],
      [
        "endswith",
        new FunctionValue((args) => {
          if (args.length === 0) {
            throw new Error("endswith() requires at least one argument");
          }
          const pattern = args[0];
          if (pattern instanceof StringValue) {
            return new BooleanValue(this.value.endsWith(pattern.value));
          } else if (pattern instanceof ArrayValue) {
            for (const item of pattern.value) {
              if (!(item instanceof StringValue)) {
                throw new Error("endswith() tuple elements must be strings");
              }
              if (this.value.endsWith(item.value)) {
                return new BooleanValue(true);
              }
            }
            return new BooleanValue(false);
          }
          throw new Error("endswith() argument must be a string or tuple of strings");
        })
      ],
      [
        "split",
        // follows Python's `str.split(sep=None, maxsplit=-1)` function behavior
        // https://docs.python.org/3.13/library/stdtypes.html#str.split
        new FunctionValue((args) => {
          const sep = args[0] ?? new NullValue();
          if (!(sep instanceof StringValue || sep instanceof NullValue)) {
            throw new Error("sep argument must be a string or null");
          }
          const maxsplit = args[1] ?? new IntegerValue(-1);
          if (!(maxsplit instanceof IntegerValue)) {
            throw new Error("maxsplit argument must be a number");
          }
          let result = [];
          if (sep instanceof NullValue) {
            const text = this.value.trimStart();
            for (const { 0: match, index } of text.matchAll(/\S+/g)) {
              if (maxsplit.value !== -1 && result.length >= maxsplit.value && index !== void 0) {
                result.push(match + text.slice(index + match.length));
                break;
              }
              result.push(match);
            }
          } else {
            if (sep.value === "") {
              throw new Error("empty separator");
            }
            result = this.value.split(sep.value);
            if (maxsplit.value !== -1 && result.length > maxsplit.value) {
              result.push(result.splice(maxsplit.value).join(sep.value));
            }
          }
          return new ArrayValue(result.map((part) => new StringValue(part)));
        })
      ],
      [
        "replace",
        new FunctionValue((args) => {
          if (args.length < 2) {
            throw new Error("replace() requires at least two arguments");
          }
          const oldValue = args[0];
          const newValue = args[1];
          if (!(oldValue instanceof StringValue && newValue instanceof StringValue)) {
            throw new Error("replace() arguments must be strings");
          }
          let count;
          if (args.length > 2) {
            if (args[2].type === "KeywordArgumentsValue") {
              count = args[2].value.get("count") ?? new NullValue();
            } else {
              count = args[2];
            }
          } else {
            count = new NullValue();
          }
          if (!(count instanceof IntegerValue || count instanceof NullValue)) {
            throw new Error("replace() count argument must be a number or null");
          }
          return new StringValue(replace(this.value, oldValue.value, newValue.value, count.value));
        })
      ]
    ]);
  }
};
var BooleanValue = class extends RuntimeValue {
  type = "BooleanValue";
};
var NON_ASCII_CHARS = /[\x7f-\uffff]/g;
function makeAsciiSafe(str) {
  return str.replace(NON_ASCII_CHARS, (char) => "\\u" + char.charCodeAt(0).toString(16).padStart(4, "0"));
}
function toJSON(input, options = {}, depth = 0, convertUndefinedToNull = true) {
  const { indent = null, ensureAscii = false, separators = null, sortKeys = false } = options;
  let itemSeparator;
  let keySeparator;
  if (separators) {
    [itemSeparator, keySeparator] = separators;
  } else if (indent) {
    itemSeparator = ",";
    keySeparator = ": ";
  } else {
    itemSeparator = ", ";
    keySeparator = ": ";
  }
  switch (input.type) {
    case "NullValue":
      return "null";
    case "UndefinedValue":
      return convertUndefinedToNull ? "null" : "undefined";
    case "IntegerValue":
    case "FloatValue":
    case "BooleanValue":
      return JSON.stringify(input.value);
    case "StringValue": {
      let result = JSON.stringify(input.value);
      if (ensureAscii) {
        result = makeAsciiSafe(result);
      }
      return result;
    }
    case "ArrayValue":
    case "NamespaceValue":
    case "ObjectValue": {
      const indentValue = indent ? " ".repeat(indent) : "";
      const basePadding = "\n" + indentValue.repeat(depth);
      const childrenPadding = basePadding + indentValue;
      if (input.type === "ArrayValue") {
        const core = input.value.map((x) => toJSON(x, options, depth + 1, convertUndefinedToNull));
        return indent && core.length > 0 ? `[${childrenPadding}${core.join(`${itemSeparator}${childrenPadding}`)}${basePadding}]` : `[${core.join(itemSeparator)}]`;
      } else {
        let entries = Array.from(input.value.entries());
        if (sortKeys) {
          entries = entries.sort(([a], [b]) => a.localeCompare(b));
        }
        const core = entries.map(([key, value]) => {
          let keyStr = JSON.stringify(key);
          if (ensureAscii) {
            keyStr = makeAsciiSafe(keyStr);
          }
          const v = `${keyStr}${keySeparator}${toJSON(value, options, depth + 1, convertUndefinedToNull)}`;
          return indent ? `${childrenPadding}${v}` : v;
        });
        return indent && core.length > 0 ? `{${core.join(itemSeparator)}${basePadding}}` : `{${core.join(itemSeparator)}}`;
      }
    }
    default:
      throw new Error(`Cannot convert to JSON: ${input.type}`);
  }
}
var ObjectValue = class extends RuntimeValue {
  type = "ObjectValue";
  _builtins;
  /**
   * NOTE: necessary to override since all JavaScript arrays are considered truthy,
   * while only non-empty Python arrays are consider truthy.
   *
   * e.g.,
   *  - JavaScript:  {} && 5 -> 5
   *  - Python:      {} and 5 -> {}
   */
  __bool__() {
    return new BooleanValue(this.value.size > 0);
  }
  get builtins() {
    return this._builtins ??= /* @__PURE__ */ new Map([
      [
        "get",
        new FunctionValue(([key, defaultValue]) => {
          if (!(key instanceof StringValue)) {
            throw new Error(`Object key must be a string: got ${key.type}`);
          }
          return this.value.get(key.value) ?? defaultValue ?? new NullValue();
        })
      ],
      ["items", new FunctionValue(() => this.items())],
      ["keys", new FunctionValue(() => this.keys())],
      ["values", new FunctionValue(() => this.values())],
      [
        "dictsort",
        new FunctionValue((args) => {
          let kwargs = /* @__PURE__ */ new Map();
          const positionalArgs = args.filter((arg) => {
            if (arg instanceof KeywordArgumentsValue) {
              kwargs = arg.value;
              return false;
            }
            return true;
          });
          const caseSensitive = positionalArgs.at(0) ?? kwargs.get("case_sensitive") ?? new BooleanValue(false);
          if (!(caseSensitive instanceof BooleanValue)) {
            throw new Error("case_sensitive must be a boolean");
          }
          const by = positionalArgs.at(1) ?? kwargs.get("by") ?? new StringValue("key");
          if (!(by instanceof StringValue)) {
            throw new Error("by must be a string");
          }
          if (!["key", "value"].includes(by.value)) {
            throw new Error("by must be either 'key' or 'value'");
          }
          const reverse = positionalArgs.at(2) ?? kwargs.get("reverse") ?? new BooleanValue(false);
          if (!(reverse instanceof BooleanValue)) {
            throw new Error("reverse must be a boolean");
          }
          const items = Array.from(this.value.entries()).map(([key, value]) => new ArrayValue([new StringValue(key), value])).sort((a, b) => {
            const index = by.value === "key" ? 0 : 1;
            const aVal = a.value[index];
            const bVal = b.value[index];
            const result = compareRuntimeValues(aVal, bVal, caseSensitive.value);
            return reverse.value ? -result : result;
          });
          return new ArrayValue(items);
        })
      ]
    ]);
  }
  items() {
    return new ArrayValue(
      Array.from(this.value.entries()).map(([key, value]) => new ArrayValue([new StringValue(key), value]))
    );
  }
  keys() {
    return new ArrayValue(Array.from(this.value.keys()).map((key) => new StringValue(key)));
  }
  values() {
    return new ArrayValue(Array.from(this.value.values()));
  }
  toString() {
    return toJSON(this, {}, 0, false);
  }
};
var KeywordArgumentsValue = class extends ObjectValue {
  type = "KeywordArgumentsValue";
};
var NamespaceValue = class extends RuntimeValue {
  type = "NamespaceValue";
  toString() {
    return toJSON(this, {}, 0, false);
  }
};
var ArrayValue = class extends RuntimeValue {
  type = "ArrayValue";
  _builtins;
  get builtins() {
    return this._builtins ??= /* @__PURE__ */ new Map([["length", new IntegerValue(this.value.length)]]);
  }
  /**
   * NOTE: necessary to override since all JavaScript arrays are considered truthy,
   * while only non-empty Python arrays are consider truthy.
   *
   * e.g.,
   *  - JavaScript:  [] && 5 -> 5
   *  - Python:      [] and 5 -> []
   */
  __bool__() {
    return new BooleanValue(this.value.length > 0);
  }
  toString() {
    return toJSON(this, {}, 0, false);
  }
};
var TupleValue = class extends (/* unused pure expression or super */ null && (ArrayValue)) {
  type = "TupleValue";
};
var FunctionValue = class extends RuntimeValue {
  type = "FunctionValue";
};
var NullValue = class extends RuntimeValue {
  type = "NullValue";
};
var UndefinedValue = class extends RuntimeValue {
  type = "UndefinedValue";
};
function normalizeNamespaceEntry(pair) {
  let values;
  if (pair instanceof ArrayValue) {
    values = pair.value;
  } else if (pair instanceof StringValue) {
    values = Array.from(pair.value, (char) => new StringValue(char));
  }
  if (!values || values.length !== 2) {
    throw new Error("namespace expected an object or an iterable of [key, value] pairs");
  }
  const [key, value] = values;
  if (!(key instanceof StringValue)) {
    throw new Error("namespace keys must be strings");
  }
  return [key, value];
}
var _Environment = class {
  constructor(parent) {
    this.parent = parent;
  }
  /**
   * The variables declared in this environment.
   */
  variables = /* @__PURE__ */ new Map([
    [
      "namespace",
      new FunctionValue((args) => {
        const positional = args.slice();
        let kwargs;
        if (positional.at(-1) instanceof KeywordArgumentsValue) {
          kwargs = positional.pop();
        }
        if (positional.length > 1) {
          throw new Error(`namespace expected at most 1 argument, got ${positional.length}`);
        }
        const entries = /* @__PURE__ */ new Map();
        if (positional.length === 1) {
          const source = positional[0];
          if (source instanceof ObjectValue) {
            for (const [key, value] of source.value) {
              entries.set(key, value);
            }
          } else if (source instanceof ArrayValue) {
            for (const pair of source.value) {
              const [key, value] = normalizeNamespaceEntry(pair);
              entries.set(key.value, value);
            }
          } else {
            throw new Error(`'${source.type}' object is not iterable`);
          }
        }
        if (kwargs) {
          for (const [key, value] of kwargs.value) {
            entries.set(key, value);
          }
        }
        return new NamespaceValue(entries);
      })
    ]
  ]);
  tests = _Environment.TESTS;
  /**
   * Set the value of a variable in the current environment.
   */
  set(name, value) {
    return this.declareVariable(name, convertToRuntimeValues(value));
  }
  declareVariable(name, value) {
    if (this.variables.has(name)) {
      throw new SyntaxError(`Variable already declared: ${name}`);
    }
    this.variables.set(name, value);
    return value;
  }
  // private assignVariable(name: string, value: AnyRuntimeValue): AnyRuntimeValue {
  // 	const env = this.resolve(name);
  // 	env.variables.set(name, value);
  // 	return value;
  // }
  /**
   * Set variable in the current scope.
   * See https://jinja.palletsprojects.com/en/3.0.x/templates/#assignments for more information.
   */
  setVariable(name, value) {
    this.variables.set(name, value);
    return value;
  }
  /**
   * Resolve the environment in which the variable is declared.
   * @param {string} name The name of the variable.
   * @returns {Environment} The environment in which the variable is declared.
   */
  resolve(name) {
    if (this.variables.has(name)) {
      return this;
    }
    if (this.parent) {
      return this.parent.resolve(name);
    }
    throw new Error(`Unknown variable: ${name}`);
  }
  lookupVariable(name) {
    try {
      return this.resolve(name).variables.get(name) ?? new UndefinedValue();
    } catch {
      return new UndefinedValue();
    }
  }
};
var Environment = _Environment;
/**
 * The tests available in this environment.
 */
__publicField(Environment, "TESTS", /* @__PURE__ */ new Map([
  ["boolean", (operand) => operand.type === "BooleanValue"],
  ["callable", (operand) => operand instanceof FunctionValue],
  [
    "odd",
    (operand) => {
      if (!(operand instanceof IntegerValue)) {
        throw new Error(`cannot odd on ${operand.type}`);
      }
      return operand.value % 2 !== 0;
    }
  ],
  [
    "even",
    (operand) => {
      if (!(operand instanceof IntegerValue)) {
        throw new Error(`cannot even on ${operand.type}`);
      }
      return operand.value % 2 === 0;
    }
  ],
  ["false", (operand) => operand.type === "BooleanValue" && !operand.value],
  ["true", (operand) => operand.type === "BooleanValue" && operand.value],
  ["none", (operand) => operand.type === "NullValue"],
  ["string", (operand) => operand.type === "StringValue"],
  ["number", (operand) => operand instanceof IntegerValue || operand instanceof FloatValue],
  ["integer", (operand) => operand instanceof IntegerValue],
  ["iterable", (operand) => operand.type === "ArrayValue" || operand.type === "StringValue"],
  ["mapping", (operand) => operand instanceof ObjectValue],
  [
    "sequence",
    (operand) => operand instanceof ArrayValue || operand instanceof ObjectValue || operand instanceof StringValue
  ],
  [
    "lower",
    (operand) => {
      const str = operand.value;
      return operand.type === "StringValue" && str === str.toLowerCase();
    }
  ],
  [
    "upper",
    (operand) => {
      const str = operand.value;
      return operand.type === "StringValue" && str === str.toUpperCase();
    }
  ],
  ["none", (operand) => operand.type === "NullValue"],
  ["defined", (operand) => operand.type !== "UndefinedValue"],
  ["undefined", (operand) => operand.type === "UndefinedValue"],
  ["equalto", (a, b) => a.value === b.value],
  ["eq", (a, b) => a.value === b.value]
]));
function setupGlobals(env) {
  env.set("false", false);
  env.set("true", true);
  env.set("none", null);
  env.set("raise_exception", (args) => {
    throw new Error(args);
  });
  env.set("range", range);
  env.set("strftime_now", strftime_now);
  env.set("True", true);
  env.set("False", false);
  env.set("None", null);
}
function isAttributeContainer(value) {
  return value instanceof ObjectValue || value instanceof NamespaceValue;
}
function isNumericLikeValue(value) {
  return value instanceof IntegerValue || value instanceof FloatValue || value instanceof BooleanValue;
}
function getNumericValue(value) {
  return value instanceof BooleanValue ? Number(value.value) : value.value;
}
function getAttributeValue(item, attributePath) {
  const parts = attributePath.split(".");
  let value = item;
  for (const part of parts) {
    if (isAttributeContainer(value)) {
      value = value.value.get(part) ?? new UndefinedValue();
    } else if (value instanceof ArrayValue) {
      const index = parseInt(part, 10);
      if (!isNaN(index) && index >= 0 && index < value.value.length) {
        value = value.value[index];
      } else {
        return new UndefinedValue();
      }
    } else {
      return new UndefinedValue();
    }
  }
  return value;
}
function compareRuntimeValues(a, b, caseSensitive = false) {
  if (a instanceof NullValue && b instanceof NullValue) {
    return 0;
  }
  if (a instanceof NullValue || b instanceof NullValue) {
    throw new Error(`Cannot compare ${a.type} with ${b.type}`);
  }
  if (a instanceof UndefinedValue && b instanceof UndefinedValue) {
    return 0;
  }
  if (a instanceof UndefinedValue || b instanceof UndefinedValue) {
    throw new Error(`Cannot compare ${a.type} with ${b.type}`);
  }
  if (isNumericLikeValue(a) && isNumericLikeValue(b)) {
    const aNum = getNumericValue(a);
    const bNum = getNumericValue(b);
    return aNum < bNum ? -1 : aNum > bNum ? 1 : 0;
  }
  if (a.type !== b.type) {
    throw new Error(`Cannot compare different types: ${a.type} and ${b.type}`);
  }
  switch (a.type) {
    case "StringValue": {
      let aStr = a.value;
      let bStr = b.value;
      if (!caseSensitive) {
        aStr = aStr.toLowerCase();
        bStr = bStr.toLowerCase();
      }
      return aStr < bStr ? -1 : aStr > bStr ? 1 : 0;
    }
    default:
      throw new Error(`Cannot compare type: ${a.type}`);
  }
}
function getParameterDescriptor(argument) {
  if (argument.type === "Identifier") {
    return { name: argument.value };
  }
  const keywordArgument = argument;
  return { name: keywordArgument.key.value, defaultValue: keywordArgument.value };
}
function isSpecialMacroArgument(name) {
  return name === "kwargs" || name === "varargs";
}
function findAccessedSpecialMacroArguments(parameters, body) {
  const declared = /* @__PURE__ */ new Set();
  const accessed = /* @__PURE__ */ new Set();
  const declareName = (name) => {
    if (isSpecialMacroArgument(name)) {
      declared.add(name);
    }
  };
  const declareTarget = (target) => {
    if (target.type === "Identifier") {
      declareName(target.value);
    } else if (target.type === "TupleLiteral") {
      for (const item of target.value) {
        declareTarget(item);
      }
    }
  };
  const declareArgument = (argument) => {
    declareName(getParameterDescriptor(argument).name);
  };
  const visitArgumentDefaults = (args) => {
    for (const argument of args) {
      const parameter = getParameterDescriptor(argument);
      if (parameter.defaultValue) {
        visit(parameter.defaultValue);
      }
    }
  };
  const visitFilter = (filter) => {
    if (filter.type === "CallExpression") {
      visit(filter.args);
    }
  };
  const visit = (node) => {
    if (Array.isArray(node)) {
      for (const item of node) {
        visit(item);
      }
      return;
    }
    if (node instanceof Map) {
      for (const [key, value] of node) {
        visit(key);
        visit(value);
      }
      return;
    }
    if (!(node instanceof Statement)) {
      return;
    }
    switch (node.type) {
      case "For": {
        const statement = node;
        declareTarget(statement.loopvar);
        if (statement.iterable.type === "SelectExpression") {
          const iterable = statement.iterable;
          visit(iterable.lhs);
          visit(statement.body);
          visit(statement.defaultBlock);
          visit(iterable.test);
          return;
        }
        visit(statement.iterable);
        visit(statement.body);
        visit(statement.defaultBlock);
        return;
      }
      case "Set": {
        const statement = node;
        declareTarget(statement.assignee);
        visit(statement.value);
        visit(statement.body);
        return;
      }
      case "Macro": {
        const statement = node;
        for (const argument of statement.args) {
          declareArgument(argument);
        }
        visitArgumentDefaults(statement.args);
        visit(statement.body);
        return;
      }
      case "CallStatement": {
        const statement = node;
        visit(statement.call);
        for (const argument of statement.callerArgs ?? []) {
          declareArgument(argument);
        }
        visitArgumentDefaults(statement.callerArgs ?? []);
        visit(statement.body);
        return;
      }
      case "FilterStatement": {
        const statement = node;
        visit(statement.body);
        visitFilter(statement.filter);
        return;
      }
      case "Identifier": {
        const name = node.value;
        if (isSpecialMacroArgument(name) && !declared.has(name)) {
          accessed.add(name);
        }
        return;
      }
      case "MemberExpression": {
        const expression = node;
        visit(expression.object);
        if (expression.computed) {
          visit(expression.property);
        }
        return;
      }
      case "FilterExpression": {
        const expression = node;
        visit(expression.operand);
        visitFilter(expression.filter);
        return;
      }
      case "TestExpression":
        visit(node.operand);
        return;
      case "SelectExpression": {
        const expression = node;
        visit(expression.test);
        visit(expression.lhs);
        return;
      }
      case "KeywordArgumentExpression":
        visit(node.value);
        return;
      default:
        for (const child of Object.values(node)) {
          visit(child);
        }
    }
  };
  for (const parameter of parameters) {
    declareArgument(parameter);
  }
  visit(body);
  return accessed;
}
var Interpreter = class {
  global;
  constructor(env) {
    this.global = env ?? new Environment();
  }
  /**
   * Run the program.
   */
  run(program) {
    return this.evaluate(program, this.global);
  }
  /**
   * Evaluates expressions following the binary operation type.
   */
  evaluateBinaryExpression(node, environment) {
    const left = this.evaluate(node.left, environment);
    switch (node.operator.value) {
      case "and":
        return left.__bool__().value ? this.evaluate(node.right, environment) : left;
      case "or":
        return left.__bool__().value ? left : this.evaluate(node.right, environment);
    }
    const right = this.evaluate(node.right, environment);
    switch (node.operator.value) {
      case "==":
        return new BooleanValue(left.value == right.value);
      case "!=":
        return new BooleanValue(left.value != right.value);
    }
    if (left instanceof UndefinedValue || right instanceof UndefinedValue) {
      if (right instanceof UndefinedValue && ["in", "not in"].includes(node.operator.value)) {
        return new BooleanValue(node.operator.value === "not in");
      }
      throw new Error(`Cannot perform operation ${node.operator.value} on undefined values`);
    } else if (left instanceof NullValue || right instanceof NullValue) {
      throw new Error("Cannot perform operation on null values");
    } else if (node.operator.value === "~") {
      return new StringValue(left.value.toString() + right.value.toString());
    } else if (node.operator.value === "**" && isNumericLikeValue(left) && isNumericLikeValue(right)) {
      const a = getNumericValue(left);
      const b = getNumericValue(right);
      if (a === 0 && b < 0) {
        throw new Error("0.0 cannot be raised to a negative power");
      }
      const result = a ** b;
      if (!Number.isFinite(result)) {
        throw new Error("Exponentiation result is not a finite real number");
      }
      const isFloat = left instanceof FloatValue || right instanceof FloatValue || b < 0;
      return isFloat ? new FloatValue(result) : new IntegerValue(result);
    } else if ((left instanceof IntegerValue || left instanceof FloatValue) && (right instanceof IntegerValue || right instanceof FloatValue)) {
      const a = left.value, b = right.value;
      switch (node.operator.value) {
        case "+":
        case "-":
        case "*": {
          const res = node.operator.value === "+" ? a + b : node.operator.value === "-" ? a - b : a * b;
          const isFloat = left instanceof FloatValue || right instanceof FloatValue;
          return isFloat ? new FloatValue(res) : new IntegerValue(res);
        }
        case "/":
          return new FloatValue(a / b);
        case "//": {
          const res = Math.floor(a / b);
          const isFloat = left instanceof FloatValue || right instanceof FloatValue;
          return isFloat ? new FloatValue(res) : new IntegerValue(res);
        }
        case "%": {
          const rem = a % b;
          const isFloat = left instanceof FloatValue || right instanceof FloatValue;
          return isFloat ? new FloatValue(rem) : new IntegerValue(rem);
        }
        case "<":
          return new BooleanValue(a < b);
        case ">":
          return new BooleanValue(a > b);
        case ">=":
          return new BooleanValue(a >= b);
        case "<=":
          return new BooleanValue(a <= b);
      }
    } else if (left instanceof ArrayValue && right instanceof ArrayValue) {
      switch (node.operator.value) {
        case "+":
          return new ArrayValue(left.value.concat(right.value));
      }
    } else if (right instanceof ArrayValue) {
      const member = right.value.find((x) => x.value === left.value) !== void 0;
      switch (node.operator.value) {
        case "in":
          return new BooleanValue(member);
        case "not in":
          return new BooleanValue(!member);
      }
    }
    if (left instanceof StringValue || right instanceof StringValue) {
      switch (node.operator.value) {
        case "+":
          return new StringValue(left.value.toString() + right.value.toString());
      }
    }
    if (left instanceof StringValue && right instanceof StringValue) {
      switch (node.operator.value) {
        case "in":
          return new BooleanValue(right.value.includes(left.value));
        case "not in":
          return new BooleanValue(!right.value.includes(left.value));
      }
    }
    if (left instanceof StringValue && right instanceof ObjectValue) {
      switch (node.operator.value) {
        case "in":
          return new BooleanValue(right.value.has(left.value));
        case "not in":
          return new BooleanValue(!right.value.has(left.value));
      }
    }
    throw new SyntaxError(`Unknown operator "${node.operator.value}" between ${left.type} and ${right.type}`);
  }
  evaluateArguments(args, environment) {
    const positionalArguments = [];
    const keywordArguments = /* @__PURE__ */ new Map();
    const addKeywordArgument = (key, value) => {
      if (keywordArguments.has(key)) {
        throw new Error(`Got multiple values for keyword argument '${key}'`);
      }
      keywordArguments.set(key, value);
    };
    for (const argument of args) {
      if (argument.type === "SpreadExpression") {
        const spreadNode = argument;
        const val = this.evaluate(spreadNode.argument, environment);
        if (!(val instanceof ArrayValue)) {
          throw new Error(`Cannot unpack non-iterable type: ${val.type}`);
        }
        for (const item of val.value) {
          positionalArguments.push(item);
        }
      } else if (argument.type !== "KeywordArgumentExpression" && argument.type !== "KeywordSpreadExpression") {
        positionalArguments.push(this.evaluate(argument, environment));
      }
    }
    for (const argument of args) {
      if (argument.type === "KeywordArgumentExpression") {
        const kwarg = argument;
        addKeywordArgument(kwarg.key.value, this.evaluate(kwarg.value, environment));
      } else if (argument.type === "KeywordSpreadExpression") {
        const spreadNode = argument;
        const val = this.evaluate(spreadNode.argument, environment);
        if (!(val instanceof ObjectValue)) {
          throw new Error(`Argument after ** must be a mapping, not ${val.type}`);
        }
        for (const [key, value] of val.value) {
          addKeywordArgument(key, value);
        }
      }
    }
    return [positionalArguments, keywordArguments];
  }
  applyFilter(operand, filterNode, environment) {
    if (filterNode.type === "Identifier") {
      const filter = filterNode;
      if (filter.value === "safe") {
        return operand;
      }
      if (filter.value === "tojson") {
        return new StringValue(toJSON(operand, {}));
      }
      if (operand instanceof ArrayValue) {
        switch (filter.value) {
          case "list":
            return operand;
          case "first":
            return operand.value[0];
          case "last":
            return operand.value[operand.value.length - 1];
          case "length":
            return new IntegerValue(operand.value.length);
          case "reverse":
            return new ArrayValue(operand.value.slice().reverse());
          case "sort": {
            return new ArrayValue(operand.value.slice().sort((a, b) => compareRuntimeValues(a, b, false)));
          }
          case "join":
            return new StringValue(operand.value.map((x) => x.value).join(""));
          case "string":
            return new StringValue(toJSON(operand, {}, 0, false));
          case "unique": {
            const seen = /* @__PURE__ */ new Set();
            const output = [];
            for (const item of operand.value) {
              if (!seen.has(item.value)) {
                seen.add(item.value);
                output.push(item);
              }
            }
            return new ArrayValue(output);
          }
          default:
            throw new Error(`Unknown ArrayValue filter: ${filter.value}`);
        }
      } else if (operand instanceof StringValue) {
        switch (filter.value) {
          case "length":
          case "upper":
          case "lower":
          case "title":
          case "capitalize": {
            const builtin = operand.builtins.get(filter.value);
            if (builtin instanceof FunctionValue) {
              return builtin.value(
                /* no arguments */
                [],
                environment
              );
            } else if (builtin instanceof IntegerValue) {
              return builtin;
            } else {
              throw new Error(`Unknown StringValue filter: ${filter.value}`);
            }
          }
          case "trim":
            return new StringValue(operand.value.trim());
          case "indent":
            return new StringValue(
              operand.value.split("\n").map(
                (x, i) => (
                  // By default, don't indent the first line or empty lines
                  i === 0 || x.length === 0 ? x : "    " + x
                )
              ).join("\n")
            );
          case "join":
          case "string":
            return operand;
          case "int": {
            const val = parseInt(operand.value, 10);
            return new IntegerValue(isNaN(val) ? 0 : val);
          }
          case "float": {
            const val = parseFloat(operand.value);
            return new FloatValue(isNaN(val) ? 0 : val);
          }
          default:
            throw new Error(`Unknown StringValue filter: ${filter.value}`);
        }
      } else if (operand instanceof IntegerValue || operand instanceof FloatValue) {
        switch (filter.value) {
          case "abs":
            return operand instanceof IntegerValue ? new IntegerValue(Math.abs(operand.value)) : new FloatValue(Math.abs(operand.value));
          case "int":
            return new IntegerValue(Math.floor(operand.value));
          case "float":
            return new FloatValue(operand.value);
          case "string":
            return new StringValue(operand.toString());
          default:
            throw new Error(`Unknown NumericValue filter: ${filter.value}`);
        }
      } else if (operand instanceof ObjectValue) {
        switch (filter.value) {
          case "items":
            return new ArrayValue(
              Array.from(operand.value.entries()).map(([key, value]) => new ArrayValue([new StringValue(key), value]))
            );
          case "length":
            return new IntegerValue(operand.value.size);
          default: {
            const builtin = operand.builtins.get(filter.value);
            if (builtin) {
              if (builtin instanceof FunctionValue) {
                return builtin.value([], environment);
              }
              return builtin;
            }
            throw new Error(`Unknown ObjectValue filter: ${filter.value}`);
          }
        }
      } else if (operand instanceof BooleanValue) {
        switch (filter.value) {
          case "bool":
            return new BooleanValue(operand.value);
          case "int":
            return new IntegerValue(operand.value ? 1 : 0);
          case "float":
            return new FloatValue(operand.value ? 1 : 0);
          case "string":
            return new StringValue(operand.value ? "true" : "false");
          default:
            throw new Error(`Unknown BooleanValue filter: ${filter.value}`);
        }
      }
      throw new Error(`Cannot apply filter "${filter.value}" to type: ${operand.type}`);
    } else if (filterNode.type === "CallExpression") {
      const filter = filterNode;
      if (filter.callee.type !== "Identifier") {
        throw new Error(`Unknown filter: ${filter.callee.type}`);
      }
      const filterName = filter.callee.value;
      if (filterName === "tojson") {
        const [, kwargs] = this.evaluateArguments(filter.args, environment);
        const indent = kwargs.get("indent") ?? new NullValue();
        if (!(indent instanceof IntegerValue || indent instanceof NullValue)) {
          throw new Error("If set, indent must be a number");
        }
        const ensureAscii = kwargs.get("ensure_ascii") ?? new BooleanValue(false);
        if (!(ensureAscii instanceof BooleanValue)) {
          throw new Error("If set, ensure_ascii must be a boolean");
        }
        const sortKeys = kwargs.get("sort_keys") ?? new BooleanValue(false);
        if (!(sortKeys instanceof BooleanValue)) {
          throw new Error("If set, sort_keys must be a boolean");
        }
        const separatorsArg = kwargs.get("separators") ?? new NullValue();
        let separators = null;
        if (separatorsArg instanceof ArrayValue || separatorsArg instanceof TupleValue) {
          if (separatorsArg.value.length !== 2) {
            throw new Error("separators must be a tuple of two strings");
          }
          const [itemSep, keySep] = separatorsArg.value;
          if (!(itemSep instanceof StringValue) || !(keySep instanceof StringValue)) {
            throw new Error("separators must be a tuple of two strings");
          }
          separators = [itemSep.value, keySep.value];
        } else if (!(separatorsArg instanceof NullValue)) {
          throw new Error("If set, separators must be a tuple of two strings");
        }
        return new StringValue(
          toJSON(operand, {
            indent: indent.value,
            ensureAscii: ensureAscii.value,
            sortKeys: sortKeys.value,
            separators
          })
        );
      } else if (filterName === "join") {
        let value;
        if (operand instanceof StringValue) {
          value = Array.from(operand.value);
        } else if (operand instanceof ArrayValue) {
          value = operand.value.map((x) => x.value);
        } else {
          throw new Error(`Cannot apply filter "${filterName}" to type: ${operand.type}`);
        }
        const [args, kwargs] = this.evaluateArguments(filter.args, environment);
        const separator = args.at(0) ?? kwargs.get("separator") ?? new StringValue("");
        if (!(separator instanceof StringValue)) {
          throw new Error("separator must be a string");
        }
        return new StringValue(value.join(separator.value));
      } else if (filterName === "int" || filterName === "float") {
        const [args, kwargs] = this.evaluateArguments(filter.args, environment);
        const defaultValue = args.at(0) ?? kwargs.get("default") ?? (filterName === "int" ? new IntegerValue(0) : new FloatValue(0));
        if (operand instanceof StringValue) {
          const val = filterName === "int" ? parseInt(operand.value, 10) : parseFloat(operand.value);
          return isNaN(val) ? defaultValue : filterName === "int" ? new IntegerValue(val) : new FloatValue(val);
        } else if (operand instanceof IntegerValue || operand instanceof FloatValue) {
          return operand;
        } else if (operand instanceof BooleanValue) {
          return filterName === "int" ? new IntegerValue(operand.value ? 1 : 0) : new FloatValue(operand.value ? 1 : 0);
        } else {
          throw new Error(`Cannot apply filter "${filterName}" to type: ${operand.type}`);
        }
      } else if (filterName === "default") {
        const [args, kwargs] = this.evaluateArguments(filter.args, environment);
        const defaultValue = args[0] ?? new StringValue("");
        const booleanValue = args[1] ?? kwargs.get("boolean") ?? new BooleanValue(false);
        if (!(booleanValue instanceof BooleanValue)) {
          throw new Error("`default` filter flag must be a boolean");
        }
        if (operand instanceof UndefinedValue || booleanValue.value && !operand.__bool__().value) {
          return defaultValue;
        }
        return operand;
      }
      if (operand instanceof ArrayValue) {
        switch (filterName) {
          case "sort": {
            const [args, kwargs] = this.evaluateArguments(filter.args, environment);
            const reverse = args.at(0) ?? kwargs.get("reverse") ?? new BooleanValue(false);
            if (!(reverse instanceof BooleanValue)) {
              throw new Error("reverse must be a boolean");
            }
            const caseSensitive = args.at(1) ?? kwargs.get("case_sensitive") ?? new BooleanValue(false);
            if (!(caseSensitive instanceof BooleanValue)) {
              throw new Error("case_sensitive must be a boolean");
            }
            const attribute = args.at(2) ?? kwargs.get("attribute") ?? new NullValue();
            if (!(attribute instanceof StringValue || attribute instanceof IntegerValue || attribute instanceof NullValue)) {
              throw new Error("attribute must be a string, integer, or null");
            }
            const getSortValue = (item) => {
              if (attribute instanceof NullValue) {
                return item;
              }
              const attrPath = attribute instanceof IntegerValue ? String(attribute.value) : attribute.value;
              return getAttributeValue(item, attrPath);
            };
            return new ArrayValue(
              operand.value.slice().sort((a, b) => {
                const aVal = getSortValue(a);
                const bVal = getSortValue(b);
                const result = compareRuntimeValues(aVal, bVal, caseSensitive.value);
                return reverse.value ? -result : result;
              })
            );
          }
          case "selectattr":
          case "rejectattr": {
            const select = filterName === "selectattr";
            if (operand.value.some((item) => !isAttributeContainer(item))) {
              throw new Error(`\`${filterName}\` can only be applied to array of objects`);
            }
            if (filter.args.some((x) => x.type !== "StringLiteral")) {
              throw new Error(`arguments of \`${filterName}\` must be strings`);
            }
            const [attr, testName, value] = filter.args.map((x) => this.evaluate(x, environment));
            let testFunction;
            if (testName) {
              const test = environment.tests.get(testName.value);
              if (!test) {
                throw new Error(`Unknown test: ${testName.value}`);
              }
              testFunction = test;
            } else {
              testFunction = (...x) => x[0].__bool__().value;
            }
            const filtered = operand.value.filter((item) => {
              const a = item.value.get(attr.value);
              const result = a ? testFunction(a, value) : false;
              return select ? result : !result;
            });
            return new ArrayValue(filtered);
          }
          case "map": {
            const [, kwargs] = this.evaluateArguments(filter.args, environment);
            if (kwargs.has("attribute")) {
              const attr = kwargs.get("attribute");
              if (!(attr instanceof StringValue)) {
                throw new Error("attribute must be a string");
              }
              const defaultValue = kwargs.get("default");
              const mapped = operand.value.map((item) => {
                if (!isAttributeContainer(item)) {
                  throw new Error("items in map must be an object");
                }
                const value = getAttributeValue(item, attr.value);
                return value instanceof UndefinedValue ? defaultValue ?? new UndefinedValue() : value;
              });
              return new ArrayValue(mapped);
            } else {
              throw new Error("`map` expressions without `attribute` set are not currently supported.");
            }
          }
        }
        throw new Error(`Unknown ArrayValue filter: ${filterName}`);
      } else if (operand instanceof StringValue) {
        switch (filterName) {
          case "indent": {
            const [args, kwargs] = this.evaluateArguments(filter.args, environment);
            const width = args.at(0) ?? kwargs.get("width") ?? new IntegerValue(4);
            if (!(width instanceof IntegerValue)) {
              throw new Error("width must be a number");
            }
            const first = args.at(1) ?? kwargs.get("first") ?? new BooleanValue(false);
            const blank = args.at(2) ?? kwargs.get("blank") ?? new BooleanValue(false);
            const lines = operand.value.split("\n");
            const indent = " ".repeat(width.value);
            const indented = lines.map(
              (x, i) => !first.value && i === 0 || !blank.value && x.length === 0 ? x : indent + x
            );
            return new StringValue(indented.join("\n"));
          }
          case "replace": {
            const replaceFn = operand.builtins.get("replace");
            if (!(replaceFn instanceof FunctionValue)) {
              throw new Error("replace filter not available");
            }
            const [args, kwargs] = this.evaluateArguments(filter.args, environment);
            return replaceFn.value([...args, new KeywordArgumentsValue(kwargs)], environment);
          }
        }
        throw new Error(`Unknown StringValue filter: ${filterName}`);
      } else if (operand instanceof ObjectValue) {
        const builtin = operand.builtins.get(filterName);
        if (builtin && builtin instanceof FunctionValue) {
          const [args, kwargs] = this.evaluateArguments(filter.args, environment);
          if (kwargs.size > 0) {
            args.push(new KeywordArgumentsValue(kwargs));
          }
          return builtin.value(args, environment);
        }
        throw new Error(`Unknown ObjectValue filter: ${filterName}`);
      } else {
        throw new Error(`Cannot apply filter "${filterName}" to type: ${operand.type}`);
      }
    }
    throw new Error(`Unknown filter: ${filterNode.type}`);
  }
  /**
   * Evaluates expressions following the filter operation type.
   */
  evaluateFilterExpression(node, environment) {
    const operand = this.evaluate(node.operand, environment);
    return this.applyFilter(operand, node.filter, environment);
  }
  /**
   * Evaluates expressions following the test operation type.
   */
  evaluateTestExpression(node, environment) {
    const operand = this.evaluate(node.operand, environment);
    const test = environment.tests.get(node.test.value);
    if (!test) {
      throw new Error(`Unknown test: ${node.test.value}`);
    }
    const result = test(operand);
    return new BooleanValue(node.negate ? !result : result);
  }
  /**
   * Evaluates expressions following the select operation type.
   */
  evaluateSelectExpression(node, environment) {
    const predicate = this.evaluate(node.test, environment);
    if (!predicate.__bool__().value) {
      return new UndefinedValue();
    }
    return this.evaluate(node.lhs, environment);
  }
  /**
   * Evaluates expressions following the unary operation type.
   */
  evaluateUnaryExpression(node, environment) {
    const argument = this.evaluate(node.argument, environment);
    switch (node.operator.value) {
      case "not":
        return new BooleanValue(!argument.__bool__().value);
      case "+":
      case "-": {
        const sign = node.operator.value === "-" ? -1 : 1;
        if (argument instanceof IntegerValue || argument instanceof FloatValue || argument instanceof BooleanValue) {
          const value = argument instanceof BooleanValue ? argument.value ? 1 : 0 : argument.value;
          const result = sign * value;
          return argument instanceof FloatValue ? new FloatValue(result) : new IntegerValue(result);
        }
        throw new SyntaxError(`Unknown operator "${node.operator.value}" for ${argument.type}`);
      }
      default:
        throw new SyntaxError(`Unknown operator: ${node.operator.value}`);
    }
  }
  evaluateTernaryExpression(node, environment) {
    const cond = this.evaluate(node.condition, environment);
    return cond.__bool__().value ? this.evaluate(node.trueExpr, environment) : this.evaluate(node.falseExpr, environment);
  }
  evalProgram(program, environment) {
    return this.evaluateBlock(program.body, environment);
  }
  evaluateBlock(statements, environment) {
    let result = "";
    for (const statement of statements) {
      const lastEvaluated = this.evaluate(statement, environment);
      if (lastEvaluated.type !== "NullValue" && lastEvaluated.type !== "UndefinedValue") {
        result += lastEvaluated.toString();
      }
    }
    return new StringValue(result);
  }
  evaluateIdentifier(node, environment) {
    return environment.lookupVariable(node.value);
  }
  evaluateCallExpression(expr, environment) {
    const [args, kwargs] = this.evaluateArguments(expr.args, environment);
    if (kwargs.size > 0) {
      args.push(new KeywordArgumentsValue(kwargs));
    }
    const fn = this.evaluate(expr.callee, environment);
    if (fn.type !== "FunctionValue") {
      throw new Error(`Cannot call something that is not a function: got ${fn.type}`);
    }
    return fn.value(args, environment);
  }
  evaluateSliceExpression(object, expr, environment) {
    if (!(object instanceof ArrayValue || object instanceof StringValue)) {
      throw new Error("Slice object must be an array or string");
    }
    const start = this.evaluate(expr.start, environment);
    const stop = this.evaluate(expr.stop, environment);
    const step = this.evaluate(expr.step, environment);
    if (!(start instanceof IntegerValue || start instanceof UndefinedValue)) {
      throw new Error("Slice start must be numeric or undefined");
    }
    if (!(stop instanceof IntegerValue || stop instanceof UndefinedValue)) {
      throw new Error("Slice stop must be numeric or undefined");
    }
    if (!(step instanceof IntegerValue || step instanceof UndefinedValue)) {
      throw new Error("Slice step must be numeric or undefined");
    }
    if (object instanceof ArrayValue) {
      return new ArrayValue(slice(object.value, start.value, stop.value, step.value));
    } else {
      return new StringValue(slice(Array.from(object.value), start.value, stop.value, step.value).join(""));
    }
  }
  evaluateMemberExpression(expr, environment) {
    const object = this.evaluate(expr.object, environment);
    let property;
    if (expr.computed) {
      if (expr.property.type === "SliceExpression") {
        return this.evaluateSliceExpression(object, expr.property, environment);
      } else {
        property = this.evaluate(expr.property, environment);
      }
    } else if (expr.property.type === "IntegerLiteral") {
      property = new IntegerValue(expr.property.value);
    } else {
      property = new StringValue(expr.property.value);
    }
    let value;
    if (isAttributeContainer(object)) {
      if (!(property instanceof StringValue)) {
        throw new Error(`Cannot access property with non-string: got ${property.type}`);
      }
      value = object.value.get(property.value) ?? (object instanceof ObjectValue ? object.builtins.get(property.value) : void 0);
    } else if (object instanceof ArrayValue || object instanceof StringValue) {
      if (property instanceof IntegerValue) {
        if (object instanceof StringValue) {
          const character = object.value.at(property.value);
          value = character === void 0 ? void 0 : new StringValue(character);
        } else {
          value = object.value.at(property.value);
        }
      } else if (property instanceof StringValue) {
        value = object.builtins.get(property.value);
      } else {
        throw new Error(`Cannot access property with non-string/non-number: got ${property.type}`);
      }
    } else {
      if (!(property instanceof StringValue)) {
        throw new Error(`Cannot access property with non-string: got ${property.type}`);
      }
      value = object.builtins.get(property.value);
    }
    return value instanceof RuntimeValue ? value : new UndefinedValue();
  }
  evaluateSet(node, environment) {
    const rhs = node.value ? this.evaluate(node.value, environment) : this.evaluateBlock(node.body, environment);
    if (node.assignee.type === "Identifier") {
      const variableName = node.assignee.value;
      environment.setVariable(variableName, rhs);
    } else if (node.assignee.type === "TupleLiteral") {
      const tuple = node.assignee;
      if (!(rhs instanceof ArrayValue)) {
        throw new Error(`Cannot unpack non-iterable type in set: ${rhs.type}`);
      }
      const arr = rhs.value;
      if (arr.length !== tuple.value.length) {
        throw new Error(`Too ${tuple.value.length > arr.length ? "few" : "many"} items to unpack in set`);
      }
      for (let i = 0; i < tuple.value.length; ++i) {
        const elem = tuple.value[i];
        if (elem.type !== "Identifier") {
          throw new Error(`Cannot unpack to non-identifier in set: ${elem.type}`);
        }
        environment.setVariable(elem.value, arr[i]);
      }
    } else if (node.assignee.type === "MemberExpression") {
      const member = node.assignee;
      const object = this.evaluate(member.object, environment);
      if (!(object instanceof NamespaceValue)) {
        throw new Error("cannot assign attribute on non-namespace object");
      }
      if (member.property.type !== "Identifier") {
        throw new Error("Cannot assign to member with non-identifier property");
      }
      object.value.set(member.property.value, rhs);
    } else {
      throw new Error(`Invalid LHS inside assignment expression: ${JSON.stringify(node.assignee)}`);
    }
    return new NullValue();
  }
  evaluateIf(node, environment) {
    const test = this.evaluate(node.test, environment);
    return this.evaluateBlock(test.__bool__().value ? node.body : node.alternate, environment);
  }
  evaluateFor(node, environment) {
    const scope = new Environment(environment);
    let test, iterable;
    if (node.iterable.type === "SelectExpression") {
      const select = node.iterable;
      iterable = this.evaluate(select.lhs, scope);
      test = select.test;
    } else {
      iterable = this.evaluate(node.iterable, scope);
    }
    if (!(iterable instanceof ArrayValue || iterable instanceof ObjectValue)) {
      throw new Error(`Expected iterable or object type in for loop: got ${iterable.type}`);
    }
    if (iterable instanceof ObjectValue) {
      iterable = iterable.keys();
    }
    const items = [];
    const scopeUpdateFunctions = [];
    for (let i = 0; i < iterable.value.length; ++i) {
      const loopScope = new Environment(scope);
      const current = iterable.value[i];
      let scopeUpdateFunction;
      if (node.loopvar.type === "Identifier") {
        scopeUpdateFunction = (scope2) => scope2.setVariable(node.loopvar.value, current);
      } else if (node.loopvar.type === "TupleLiteral") {
        const loopvar = node.loopvar;
        if (current.type !== "ArrayValue") {
          throw new Error(`Cannot unpack non-iterable type: ${current.type}`);
        }
        const c = current;
        if (loopvar.value.length !== c.value.length) {
          throw new Error(`Too ${loopvar.value.length > c.value.length ? "few" : "many"} items to unpack`);
        }
        scopeUpdateFunction = (scope2) => {
          for (let j = 0; j < loopvar.value.length; ++j) {
            if (loopvar.value[j].type !== "Identifier") {
              throw new Error(`Cannot unpack non-identifier type: ${loopvar.value[j].type}`);
            }
            scope2.setVariable(loopvar.value[j].value, c.value[j]);
          }
        };
      } else {
        throw new Error(`Invalid loop variable(s): ${node.loopvar.type}`);
      }
      if (test) {
        scopeUpdateFunction(loopScope);
        const testValue = this.evaluate(test, loopScope);
        if (!testValue.__bool__().value) {
          continue;
        }
      }
      items.push(current);
      scopeUpdateFunctions.push(scopeUpdateFunction);
    }
    let result = "";
    let noIteration = true;
    for (let i = 0; i < items.length; ++i) {
      const loop = /* @__PURE__ */ new Map([
        ["index", new IntegerValue(i + 1)],
        ["index0", new IntegerValue(i)],
        ["revindex", new IntegerValue(items.length - i)],
        ["revindex0", new IntegerValue(items.length - i - 1)],
        ["first", new BooleanValue(i === 0)],
        ["last", new BooleanValue(i === items.length - 1)],
        ["length", new IntegerValue(items.length)],
        ["previtem", i > 0 ? items[i - 1] : new UndefinedValue()],
        ["nextitem", i < items.length - 1 ? items[i + 1] : new UndefinedValue()]
      ]);
      scope.setVariable("loop", new ObjectValue(loop));
      scopeUpdateFunctions[i](scope);
      try {
        const evaluated = this.evaluateBlock(node.body, scope);
        result += evaluated.value;
      } catch (err) {
        if (err instanceof ContinueControl) {
          continue;
        }
        if (err instanceof BreakControl) {
          break;
        }
        throw err;
      }
      noIteration = false;
    }
    if (noIteration) {
      const defaultEvaluated = this.evaluateBlock(node.defaultBlock, scope);
      result += defaultEvaluated.value;
    }
    return new StringValue(result);
  }
  /**
   * Bind every parameter name and special argument before evaluating defaults,
   * preventing unbound parameters from resolving in an outer scope.
   */
  bindMacroArguments(displayName, parameters, specialArguments, args, scope) {
    const positionalArguments = args.slice();
    let keywordArguments = /* @__PURE__ */ new Map();
    if (positionalArguments.at(-1) instanceof KeywordArgumentsValue) {
      keywordArguments = new Map(positionalArguments.pop().value);
    }
    const pendingDefaults = [];
    for (let i = 0; i < parameters.length; ++i) {
      const { name, defaultValue } = getParameterDescriptor(parameters[i]);
      let value = positionalArguments[i];
      if (value === void 0 && keywordArguments.has(name)) {
        value = keywordArguments.get(name);
        keywordArguments.delete(name);
      }
      if (value === void 0 && defaultValue !== void 0) {
        pendingDefaults.push([name, defaultValue]);
      }
      scope.setVariable(name, value ?? new UndefinedValue());
    }
    if (specialArguments.has("kwargs")) {
      scope.setVariable("kwargs", new ObjectValue(keywordArguments));
    } else if (keywordArguments.size > 0) {
      throw new Error(`macro ${displayName} takes no keyword argument '${keywordArguments.keys().next().value}'`);
    }
    if (specialArguments.has("varargs")) {
      scope.setVariable("varargs", new ArrayValue(positionalArguments.slice(parameters.length)));
    } else if (positionalArguments.length > parameters.length) {
      throw new Error(`macro ${displayName} takes not more than ${parameters.length} argument(s)`);
    }
    for (const [name, defaultValue] of pendingDefaults) {
      scope.setVariable(name, this.evaluate(defaultValue, scope));
    }
  }
  /**
   * See https://jinja.palletsprojects.com/en/3.1.x/templates/#macros for more information.
   */
  evaluateMacro(node, environment) {
    const specialArguments = findAccessedSpecialMacroArguments(node.args, node.body);
    environment.setVariable(
      node.name.value,
      new FunctionValue((args, scope) => {
        const macroScope = new Environment(scope);
        this.bindMacroArguments(`'${node.name.value}'`, node.args, specialArguments, args, macroScope);
        return this.evaluateBlock(node.body, macroScope);
      })
    );
    return new NullValue();
  }
  evaluateCallStatement(node, environment) {
    const parameters = node.callerArgs ?? [];
    const specialArguments = findAccessedSpecialMacroArguments(parameters, node.body);
    const callerFn = new FunctionValue((callerArguments) => {
      const callBlockEnv = new Environment(environment);
      this.bindMacroArguments("None", parameters, specialArguments, callerArguments, callBlockEnv);
      return this.evaluateBlock(node.body, callBlockEnv);
    });
    const [macroArgs, macroKwargs] = this.evaluateArguments(node.call.args, environment);
    macroArgs.push(new KeywordArgumentsValue(macroKwargs));
    const fn = this.evaluate(node.call.callee, environment);
    if (fn.type !== "FunctionValue") {
      throw new Error(`Cannot call something that is not a function: got ${fn.type}`);
    }
    const newEnv = new Environment(environment);
    newEnv.setVariable("caller", callerFn);
    return fn.value(macroArgs, newEnv);
  }
  evaluateFilterStatement(node, environment) {
    const rendered = this.evaluateBlock(node.body, environment);
    return this.applyFilter(rendered, node.filter, environment);
  }
  evaluate(statement, environment) {
    if (!statement) {
      return new UndefinedValue();
    }
    switch (statement.type) {
      case "Program":
        return this.evalProgram(statement, environment);
      case "Set":
        return this.evaluateSet(statement, environment);
      case "If":
        return this.evaluateIf(statement, environment);
      case "For":
        return this.evaluateFor(statement, environment);
      case "Macro":
        return this.evaluateMacro(statement, environment);
      case "CallStatement":
        return this.evaluateCallStatement(statement, environment);
      case "Break":
        throw new BreakControl();
      case "Continue":
        throw new ContinueControl();
      case "IntegerLiteral":
        return new IntegerValue(statement.value);
      case "FloatLiteral":
        return new FloatValue(statement.value);
      case "StringLiteral":
        return new StringValue(statement.value);
      case "ArrayLiteral":
        return new ArrayValue(statement.value.map((x) => this.evaluate(x, environment)));
      case "TupleLiteral":
        return new TupleValue(statement.value.map((x) => this.evaluate(x, environment)));
      case "ObjectLiteral": {
        const mapping = /* @__PURE__ */ new Map();
        for (const [key, value] of statement.value) {
          const evaluatedKey = this.evaluate(key, environment);
          if (!(evaluatedKey instanceof StringValue)) {
            throw new Error(`Object keys must be strings: got ${evaluatedKey.type}`);
          }
          mapping.set(evaluatedKey.value, this.evaluate(value, environment));
        }
        return new ObjectValue(mapping);
      }
      case "Identifier":
        return this.evaluateIdentifier(statement, environment);
      case "CallExpression":
        return this.evaluateCallExpression(statement, environment);
      case "MemberExpression":
        return this.evaluateMemberExpression(statement, environment);
      case "UnaryExpression":
        return this.evaluateUnaryExpression(statement, environment);
      case "BinaryExpression":
        return this.evaluateBinaryExpression(statement, environment);
      case "FilterExpression":
        return this.evaluateFilterExpression(statement, environment);
      case "FilterStatement":
        return this.evaluateFilterStatement(statement, environment);
      case "TestExpression":
        return this.evaluateTestExpression(statement, environment);
      case "SelectExpression":
        return this.evaluateSelectExpression(statement, environment);
      case "Ternary":
        return this.evaluateTernaryExpression(statement, environment);
      case "Comment":
        return new NullValue();
      default:
        throw new SyntaxError(`Unknown node type: ${statement.type}`);
    }
  }
};
function convertToRuntimeValues(input) {
  switch (typeof input) {
    case "number":
      return Number.isInteger(input) ? new IntegerValue(input) : new FloatValue(input);
    case "string":
      return new StringValue(input);
    case "boolean":
      return new BooleanValue(input);
    case "undefined":
      return new UndefinedValue();
    case "object":
      if (input === null) {
        return new NullValue();
      } else if (Array.isArray(input)) {
        return new ArrayValue(input.map(convertToRuntimeValues));
      } else {
        return new ObjectValue(
          new Map(Object.entries(input).map(([key, value]) => [key, convertToRuntimeValues(value)]))
        );
      }
    case "function":
      return new FunctionValue((args, _scope) => {
        const result = input(...args.map((x) => x.value)) ?? null;
        return convertToRuntimeValues(result);
      });
    default:
      throw new Error(`Cannot convert to runtime value: ${input}`);
  }
}

// src/format.ts
var NEWLINE = "\n";
var OPEN_STATEMENT = "{%- ";
var CLOSE_STATEMENT = " -%}";
var PRECEDENCE = Object.freeze({
  CONDITIONAL: 0,
  // a if b else c
  LOGICAL_OR: 1,
  // or
  LOGICAL_AND: 2,
  // and
  LOGICAL_NOT: 3,
  // not a
  COMPARISON: 4,
  // == != < <= > >= in, not in
  ADDITIVE: 5,
  // + -
  MULTIPLICATIVE: 6,
  // * / // %
  EXPONENTIATION: 7,
  // **
  TEST: 8,
  // is
  FILTER: 9,
  // |
  UNARY_SIGN: 10,
  // -a +a
  ATOM: 11
  // literals, identifiers, calls, member accesses
});
function getBinaryOperatorPrecedence(expr) {
  switch (expr.operator.type) {
    case "ExponentiationBinaryOperator":
      return PRECEDENCE.EXPONENTIATION;
    case "MultiplicativeBinaryOperator":
      return PRECEDENCE.MULTIPLICATIVE;
    case "AdditiveBinaryOperator":
      return PRECEDENCE.ADDITIVE;
    case "ComparisonBinaryOperator":
      return PRECEDENCE.COMPARISON;
    case "Identifier":
      if (expr.operator.value === "and") {
        return PRECEDENCE.LOGICAL_AND;
      }
      if (expr.operator.value === "in" || expr.operator.value === "not in") {
        return PRECEDENCE.COMPARISON;
      }
      return PRECEDENCE.LOGICAL_OR;
  }
  return PRECEDENCE.LOGICAL_OR;
}
function getPrecedence(node) {
  switch (node.type) {
    case "SelectExpression":
    case "Ternary":
      return PRECEDENCE.CONDITIONAL;
    case "BinaryExpression":
      return getBinaryOperatorPrecedence(node);
    case "UnaryExpression":
      return node.operator.value === "not" ? PRECEDENCE.LOGICAL_NOT : PRECEDENCE.UNARY_SIGN;
    case "TestExpression":
      return PRECEDENCE.TEST;
    case "FilterExpression":
      return PRECEDENCE.FILTER;
    default:
      return PRECEDENCE.ATOM;
  }
}
function formatOperand(node, minPrecedence) {
  const expr = formatExpression(node);
  return getPrecedence(node) < minPrecedence ? `(${expr})` : expr;
}
function format(program, indent = "	") {
  const indentStr = typeof indent === "number" ? " ".repeat(indent) : indent;
  const body = formatStatements(program.body, 0, indentStr);
  return body.replace(/\n$/, "");
}
function createStatement(...text) {
  return OPEN_STATEMENT + text.join(" ") + CLOSE_STATEMENT;
}
function formatStatements(stmts, depth, indentStr) {
  return stmts.map((stmt) => formatStatement(stmt, depth, indentStr)).join(NEWLINE);
}
function formatExpressionList(expressions) {
  return expressions.map((expression) => formatExpression(expression)).join(", ");
}
function formatStatement(node, depth, indentStr) {
  const pad = indentStr.repeat(depth);
  switch (node.type) {
    case "Program":
      return formatStatements(node.body, depth, indentStr);
    case "If":
      return formatIf(node, depth, indentStr);
    case "For":
      return formatFor(node, depth, indentStr);
    case "Set":
      return formatSet(node, depth, indentStr);
    case "Macro":
      return formatMacro(node, depth, indentStr);
    case "Break":
      return pad + createStatement("break");
    case "Continue":
      return pad + createStatement("continue");
    case "CallStatement":
      return formatCallStatement(node, depth, indentStr);
    case "FilterStatement":
      return formatFilterStatement(node, depth, indentStr);
    case "Comment":
      return pad + "{# " + node.value + " #}";
    default:
      return pad + "{{- " + formatExpression(node) + " -}}";
  }
}
function formatIf(node, depth, indentStr) {
  const pad = indentStr.repeat(depth);
  const clauses = [];
  let current = node;
  while (current) {
    clauses.push({ test: current.test, body: current.body });
    if (current.alternate.length === 1 && current.alternate[0].type === "If") {
      current = current.alternate[0];
    } else {
      break;
    }
  }
  let out = pad + createStatement("if", formatExpression(clauses[0].test)) + NEWLINE + formatStatements(clauses[0].body, depth + 1, indentStr);
  for (let i = 1; i < clauses.length; ++i) {
    out += NEWLINE + pad + createStatement("elif", formatExpression(clauses[i].test)) + NEWLINE + formatStatements(clauses[i].body, depth + 1, indentStr);
  }
  if (current && current.alternate.length > 0) {
    out += NEWLINE + pad + createStatement("else") + NEWLINE + formatStatements(current.alternate, depth + 1, indentStr);
  }
  out += NEWLINE + pad + createStatement("endif");
  return out;
}
function formatFor(node, depth, indentStr) {
  const pad = indentStr.repeat(depth);
  let formattedIterable = "";
  if (node.iterable.type === "SelectExpression") {
    const n = node.iterable;
    formattedIterable = `${formatExpression(n.lhs)} if ${formatExpression(n.test)}`;
  } else {
    formattedIterable = formatExpression(node.iterable);
  }
  let out = pad + createStatement("for", formatExpression(node.loopvar), "in", formattedIterable) + NEWLINE + formatStatements(node.body, depth + 1, indentStr);
  if (node.defaultBlock.length > 0) {
    out += NEWLINE + pad + createStatement("else") + NEWLINE + formatStatements(node.defaultBlock, depth + 1, indentStr);
  }
  out += NEWLINE + pad + createStatement("endfor");
  return out;
}
function formatSet(node, depth, indentStr) {
  const pad = indentStr.repeat(depth);
  const left = formatExpression(node.assignee);
  const right = node.value ? formatExpression(node.value) : "";
  const value = pad + createStatement("set", `${left}${node.value ? " = " + right : ""}`);
  if (node.body.length === 0) {
    return value;
  }
  return value + NEWLINE + formatStatements(node.body, depth + 1, indentStr) + NEWLINE + pad + createStatement("endset");
}
function formatMacro(node, depth, indentStr) {
  const pad = indentStr.repeat(depth);
  const args = formatExpressionList(node.args);
  return pad + createStatement("macro", `${node.name.value}(${args})`) + NEWLINE + formatStatements(node.body, depth + 1, indentStr) + NEWLINE + pad + createStatement("endmacro");
}
function formatCallStatement(node, depth, indentStr) {
  const pad = indentStr.repeat(depth);
  const params = node.callerArgs && node.callerArgs.length > 0 ? `(${formatExpressionList(node.callerArgs)})` : "";
  const callExpr = formatExpression(node.call);
  let out = pad + createStatement(`call${params}`, callExpr) + NEWLINE;
  out += formatStatements(node.body, depth + 1, indentStr) + NEWLINE;
  out += pad + createStatement("endcall");
  return out;
}
function formatFilterStatement(node, depth, indentStr) {
  const pad = indentStr.repeat(depth);
  const spec = node.filter.type === "Identifier" ? node.filter.value : formatExpression(node.filter);
  let out = pad + createStatement("filter", spec) + NEWLINE;
  out += formatStatements(node.body, depth + 1, indentStr) + NEWLINE;
  out += pad + createStatement("endfilter");
  return out;
}
function formatExpression(node) {
  switch (node.type) {
    case "SpreadExpression": {
      const n = node;
      return `*${formatExpression(n.argument)}`;
    }
    case "KeywordSpreadExpression": {
      const n = node;
      return `**${formatExpression(n.argument)}`;
    }
    case "Identifier":
      return node.value;
    case "IntegerLiteral":
      return `${node.value}`;
    case "FloatLiteral": {
      const value = node.value;
      if (Object.is(value, -0)) {
        return "-0.0";
      }
      return value % 1 === 0 ? value.toFixed(1) : value.toString();
    }
    case "StringLiteral":
      return JSON.stringify(node.value);
    case "BinaryExpression": {
      const n = node;
      const thisPrecedence = getBinaryOperatorPrecedence(n);
      const left = formatOperand(n.left, thisPrecedence);
      const right = formatOperand(n.right, thisPrecedence + 1);
      return `${left} ${n.operator.value} ${right}`;
    }
    case "UnaryExpression": {
      const n = node;
      const operandPrecedence = n.argument.type === "UnaryExpression" ? getPrecedence(n) : PRECEDENCE.ATOM;
      return n.operator.value + (n.operator.value === "not" ? " " : "") + formatOperand(n.argument, operandPrecedence);
    }
    case "CallExpression": {
      const n = node;
      const args = formatExpressionList(n.args);
      return `${formatExpression(n.callee)}(${args})`;
    }
    case "MemberExpression": {
      const n = node;
      const obj = formatOperand(n.object, PRECEDENCE.ATOM);
      let prop = formatExpression(n.property);
      if (!n.computed && n.property.type !== "Identifier" && n.property.type !== "IntegerLiteral") {
        prop = `(${prop})`;
      }
      return n.computed ? `${obj}[${prop}]` : `${obj}.${prop}`;
    }
    case "FilterExpression": {
      const n = node;
      const operand = formatOperand(n.operand, PRECEDENCE.FILTER);
      if (n.filter.type === "CallExpression") {
        return `${operand} | ${formatExpression(n.filter)}`;
      }
      return `${operand} | ${n.filter.value}`;
    }
    case "SelectExpression": {
      const n = node;
      return `${formatOperand(n.lhs, PRECEDENCE.LOGICAL_OR)} if ${formatOperand(n.test, PRECEDENCE.LOGICAL_OR)}`;
    }
    case "TestExpression": {
      const n = node;
      return `${formatOperand(n.operand, PRECEDENCE.TEST)} is${n.negate ? " not" : ""} ${n.test.value}`;
    }
    case "ArrayLiteral":
    case "TupleLiteral": {
      const elems = formatExpressionList(node.value);
      const brackets = node.type === "ArrayLiteral" ? "[]" : "()";
      return `${brackets[0]}${elems}${brackets[1]}`;
    }
    case "ObjectLiteral": {
      const entries = Array.from(node.value.entries()).map(
        ([k, v]) => `${formatExpression(k)}: ${formatExpression(v)}`
      );
      return `{${entries.join(", ")}}`;
    }
    case "SliceExpression": {
      const n = node;
      const s = n.start ? formatExpression(n.start) : "";
      const t = n.stop ? formatExpression(n.stop) : "";
      const st = n.step ? `:${formatExpression(n.step)}` : "";
      return `${s}:${t}${st}`;
    }
    case "KeywordArgumentExpression": {
      const n = node;
      return `${n.key.value}=${formatExpression(n.value)}`;
    }
    case "Ternary": {
      const n = node;
      return `${formatOperand(n.trueExpr, PRECEDENCE.LOGICAL_OR)} if ${formatOperand(
        n.condition,
        PRECEDENCE.LOGICAL_OR
      )} else ${formatOperand(n.falseExpr, PRECEDENCE.CONDITIONAL)}`;
    }
    default:
      throw new Error(`Unknown expression type: ${node.type}`);
  }
}

// src/index.ts
var Template = class {
  parsed;
  /**
   * @param {string} template The template string
   */
  constructor(template) {
    const tokens = tokenize(template, {
      lstrip_blocks: true,
      trim_blocks: true
    });
    this.parsed = parse(tokens);
  }
  render(items) {
    const env = new Environment();
    setupGlobals(env);
    if (items) {
      for (const [key, value] of Object.entries(items)) {
        env.set(key, value);
      }
    }
    const interpreter = new Interpreter(env);
    const result = interpreter.run(this.parsed);
    return result.value;
  }
  format(options) {
    return format(this.parsed, options?.indent || "	");
  }
};


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
const fold_MAX_FOLDED = 4096;
function fold_fold(node, env) {
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
        const v = fold_fold(n, env);
        if (v === undefined)
            return undefined;
        out.push(v);
    }
    return out;
}
function foldBinary(node, env) {
    const op = node.operator?.value;
    const left = fold_fold(child(node, 'left'), env);
    const right = fold_fold(child(node, 'right'), env);
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
    const operand = fold_fold(child(node, 'operand'), env);
    const filter = child(node, 'filter');
    const name = identifierName(filter) ?? identifierName(filter && child(filter, 'callee'));
    const args = filter?.type === 'CallExpression' ? foldAll(children(filter, 'args'), env) : [];
    if (operand === undefined || !name || !args)
        return undefined;
    return applyStringFunction(name, operand, args);
}
/** 'x'.format(...), '_'.join([...]), 'ABC'.lower() … */
function foldMethodCall(node, env) {
    const callee = child(node, 'callee');
    if (callee?.type !== 'MemberExpression' || callee.computed)
        return undefined;
    const method = identifierName(child(callee, 'property'));
    const target = fold_fold(child(callee, 'object'), env);
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
    const target = fold_fold(child(node, 'object'), env);
    if (typeof target !== 'string' && !Array.isArray(target))
        return undefined;
    const property = child(node, 'property');
    const items = typeof target === 'string' ? [...target] : target;
    const join = (xs) => (typeof target === 'string' ? xs.join('') : xs);
    if (property?.type === 'SliceExpression') {
        const [start, stop, step] = ['start', 'stop', 'step'].map((f) => fold_fold(child(property, f), env));
        if ([start, stop, step].some((v) => v !== undefined && typeof v !== 'number'))
            return undefined;
        return join(fold_slice(items, start, stop, step ?? 1));
    }
    const index = fold_fold(property, env);
    if (typeof index !== 'number')
        return undefined;
    return items[index < 0 ? items.length + index : index];
}
function fold_slice(items, start, stop, step) {
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
    if (!Number.isInteger(count) || count < 0 || value.length * count > fold_MAX_FOLDED)
        return undefined;
    return value.repeat(count);
}
function fold_text(value) {
    return Array.isArray(value) ? `[${value.map(fold_text).join(', ')}]` : String(value);
}
function bounded(value) {
    return value.length > fold_MAX_FOLDED ? undefined : value;
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
        const key = fold_fold(property, this.env);
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
        const key = fold_fold(arg, this.env);
        if (typeof key === 'string')
            this.judge(key, '|attr() filter', false);
        else
            this.add({ severity: 'high', name: 'attr', how: '|attr() with a computed name', why: 'an attribute chosen at render time, the usual way to hide a dunder from filters' });
    }
    recordSet(node) {
        const target = identifierName(child(node, 'assignee'));
        if (!target)
            return;
        const value = fold_fold(child(node, 'value'), this.env);
        if (value === undefined)
            this.env.delete(target);
        else
            this.env.set(target, value);
    }
    judgeFolded(node) {
        const value = fold_fold(node, this.env);
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
/** 'a' ~ 'b', "a" + "b", 'a' 'b' → 'ab' (quotes dropped: we only look for names). */
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
        program = parse(tokenize(template));
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

;// CONCATENATED MODULE: ./lib/formats/jinja/index.js


/**
 * Standalone chat templates (`chat_template.jinja` beside a Hugging Face
 * tokenizer). Recognised by name only: Jinja has no signature.
 */
const chatTemplateScanner = {
    id: 'chat-template',
    name: 'Jinja chat template',
    extensions: ['.jinja'],
    claim: (probe) => (probe.extension === '.jinja' ? 'hint' : false),
    scan: (ctx) => {
        if (ctx.source.size > MAX_TEMPLATE_BYTES) {
            ctx.incomplete(`the template is larger than ${MAX_TEMPLATE_BYTES} bytes`);
            return;
        }
        const text = new TextDecoder().decode(ctx.source.read(0, ctx.source.size)).replace(/^\uFEFF/, '');
        const name = (ctx.member ?? ctx.file).split('/').pop() ?? 'template';
        reportChatTemplate(ctx, text, `"${name}"`);
    },
};

;// CONCATENATED MODULE: ./lib/formats/hf-config/hydra-targets.js
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
                    judgeTarget(ctx, v, path || '(top level)', configName);
                else
                    stack.push({ value: v, path: path ? `${path}.${key}` : key });
            }
        }
    }
}
function judgeTarget(ctx, target, path, configName) {
    if (ALLOWED_PREFIXES.some((prefix) => target.startsWith(prefix)))
        return;
    const parts = target.split('.');
    const dangerous = DANGEROUS_MODULES.has(parts[0]) || DANGEROUS_NAMES.has(parts[parts.length - 1]);
    ctx.report({
        ruleId: 'config/callable-target',
        severity: dangerous ? 'high' : 'medium',
        message: dangerous
            ? `${configName}: \`_target_\` at ${path} names ${target}, which runs commands or code, touches the system or resolves other callables; instantiating the config calls it.`
            : `${configName}: \`_target_\` at ${path} names ${target}, outside the usual model building blocks; instantiating the config imports and calls it.`,
        callable: target,
    });
}

;// CONCATENATED MODULE: ./lib/formats/hf-config/python-patterns.js
/**
 * What makes Python code referenced by a config obviously dangerous. Plain
 * text patterns, deliberately few: a hit raises the severity of the
 * remote-code finding; no hit never means the code is safe.
 */
const PATTERNS = [
    { label: 'runs shell commands (os.system / os.popen / os.exec* / os.spawn*)', pattern: /\b(os|posix|nt)\.(system|popen|exec[lv]p?e?|spawn[lv]p?e?)\s*\(/ },
    { label: 'starts processes (subprocess / pty)', pattern: /\bsubprocess\b|\bpty\.spawn\b/ },
    { label: 'evaluates code (eval / exec / __import__)', pattern: /(?<![.\w])(eval|exec|__import__)\s*\(/ },
    { label: 'deserializes code (marshal / pickle / dill loads)', pattern: /\b(marshal|pickle|dill|cloudpickle)\.loads?\s*\(/ },
    { label: 'opens network connections (socket)', pattern: /\bsocket\.(socket|create_connection)\s*\(/ },
    { label: 'downloads from the network (urllib / requests / http.client)', pattern: /\burlopen\s*\(|\burllib\.request\b|\brequests\.(get|post)\s*\(|\bhttp\.client\b/ },
    { label: 'loads native code (ctypes)', pattern: /\bctypes\b/ },
];
/** The first line (1-based) matching each pattern. */
function dangerousPython(source) {
    const lines = source.split(/\r?\n/);
    const hits = [];
    for (const { label, pattern } of PATTERNS) {
        const index = lines.findIndex((line) => pattern.test(line));
        if (index >= 0)
            hits.push({ label, line: index + 1 });
    }
    return hits;
}

;// CONCATENATED MODULE: ./lib/formats/hf-config/remote-code.js



/** Referenced modules above this are not read (modeling files are tens of KB). */
const MAX_PYTHON_BYTES = 4 * 1024 * 1024;
/**
 * `auto_map` → the Python modules transformers imports with
 * trust_remote_code=True. Modules beside the config are read and checked for
 * obviously dangerous calls; others (another repo, or missing) are named only.
 */
function reportRemoteCode(ctx, autoMap, configName) {
    for (const ref of moduleReferences(autoMap)) {
        const where = `\`${ref.module}\` (${ref.autoClasses.join(', ')})`;
        const file = ref.repo === undefined ? localModule(ctx, ref.module) : undefined;
        const hits = file ? dangerousPython(file.text) : [];
        const origin = ref.repo !== undefined
            ? `it is downloaded from the repository "${ref.repo}" at load time, so it was not checked`
            : file
                ? hits.length > 0
                    ? `${file.name} ${hits.map((h) => `${h.label} at line ${h.line}`).join('; ')}`
                    : `${file.name} is beside the config; no obviously dangerous call was found in it, but it runs with full privileges`
                : 'the module file is not beside the config (it would be fetched from the Hub), so it was not checked';
        ctx.report({
            ruleId: 'hf/remote-code',
            severity: hits.length > 0 ? 'high' : 'medium',
            message: `${configName} maps ${where} to Python code that loading with trust_remote_code=True runs: ${origin}.`,
            callable: ref.repo ? `${ref.repo}--${ref.module}` : ref.module,
            properties: { autoClasses: ref.autoClasses, ...(hits.length ? { dangerousCalls: hits } : {}) },
        });
    }
}
function moduleReferences(autoMap) {
    const byModule = new Map();
    for (const [autoClass, value] of Object.entries(autoMap)) {
        // Tokenizers map to [slow, fast]; either may be null.
        const targets = Array.isArray(value) ? value : [value];
        for (const target of targets) {
            if (typeof target !== 'string' || !target.includes('.'))
                continue;
            const [repo, path] = target.includes('--') ? target.split('--', 2) : [undefined, target];
            const module = path.slice(0, path.lastIndexOf('.'));
            const key = `${repo ?? ''}\u0000${module}`;
            const ref = byModule.get(key) ?? { module, repo, autoClasses: [] };
            if (!ref.autoClasses.includes(autoClass))
                ref.autoClasses.push(autoClass);
            byModule.set(key, ref);
        }
    }
    return [...byModule.values()];
}
/** The module's source when it sits beside the config on disk (dots are packages). */
function localModule(ctx, module) {
    if (!ctx.absolutePath || !/^[A-Za-z0-9_.]+$/.test(module))
        return undefined;
    const name = `${module.split('.').join('/')}.py`;
    const path = (0,external_node_path_.join)((0,external_node_path_.dirname)(ctx.absolutePath), name);
    try {
        const stat = (0,external_node_fs_.statSync)(path);
        if (!stat.isFile())
            return undefined;
        if (stat.size > MAX_PYTHON_BYTES) {
            ctx.incomplete(`${name} is larger than ${MAX_PYTHON_BYTES} bytes and was not checked`);
            return undefined;
        }
        return { name, text: (0,external_node_fs_.readFileSync)(path, 'utf8') };
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./lib/core/json-limits.js
/**
 * Deepest nesting of `[` and `{` in a JSON text (strings skipped), stopping
 * as soon as it passes `stopAbove`. Linear, no recursion: runs before
 * JSON.parse so recursive walkers never meet a document deeper than the limit.
 */
function jsonDepth(text, stopAbove = Infinity) {
    let depth = 0;
    let max = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (inString) {
            if (c === 0x5c)
                i++;
            else if (c === 0x22)
                inString = false;
        }
        else if (c === 0x22)
            inString = true;
        else if (c === 0x5b || c === 0x7b) {
            if (++depth > max) {
                max = depth;
                if (max > stopAbove)
                    return max;
            }
        }
        else if (c === 0x5d || c === 0x7d)
            depth--;
    }
    return max;
}
/**
 * Why a JSON document must not be parsed under the limits (maxJsonBytes,
 * maxJsonDepth), or undefined when it may. `what` names it in the message
 * ("the config.json"). `bytes` defaults to the UTF-16 length of the text.
 */
function jsonLimitProblem(text, limits, what, bytes = text.length) {
    if (bytes > limits.maxJsonBytes) {
        return `${what} is ${bytes} bytes, more than the limit of ${limits.maxJsonBytes} bytes (limit maxJsonBytes)`;
    }
    if (jsonDepth(text, limits.maxJsonDepth) > limits.maxJsonDepth) {
        return `${what} nests deeper than ${limits.maxJsonDepth} levels (limit maxJsonDepth)`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./lib/formats/hf-config/index.js




/** Side files that sit beside weights in Hugging Face / NeMo repositories. */
const SIDE_FILE_NAMES = [
    'config.json', 'tokenizer_config.json', 'processor_config.json', 'preprocessor_config.json', 'chat_template.json',
    'model_config.json', 'feature_extractor_config.json', 'image_processor_config.json',
];
const hf_config_NAMES = new Set(SIDE_FILE_NAMES);
const KEYS_IN_HEAD = /"(auto_map|chat_template|_target_)"\s*:/;
/** Real configs are KB; tokenizer_config.json with a big added-token table reaches a few MB. */
const MAX_JSON_BYTES = 32 * 1024 * 1024;
/**
 * Repository side files as JSON: `auto_map` (remote code), `chat_template`
 * (Jinja), Hydra `_target_` (callables). Recognised by name, or by one of
 * those keys early in a JSON object; never by extension alone.
 */
const hfConfigScanner = {
    id: 'hf-config',
    name: 'Model repository config (JSON)',
    extensions: [],
    claim: claimSideFile,
    scan: scanSideFile,
};
function claimSideFile(probe) {
    if (probe.extension !== '.json')
        return false;
    const head = new TextDecoder().decode(probe.head).replace(/^\uFEFF/, '').trimStart();
    if (!head.startsWith('{'))
        return false;
    return hf_config_NAMES.has(probe.name) || KEYS_IN_HEAD.test(head) ? 'hint' : false;
}
function scanSideFile(ctx) {
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
    let config;
    try {
        config = JSON.parse(text);
    }
    catch (error) {
        ctx.incomplete(`${name} is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
        return;
    }
    if (typeof config !== 'object' || config === null || Array.isArray(config))
        return;
    const top = config;
    if (hf_config_isObject(top.auto_map))
        reportRemoteCode(ctx, top.auto_map, name);
    reportChatTemplates(ctx, top.chat_template);
    reportCallableTargets(ctx, config, name);
}
/** `chat_template` is a string, or a list of {name, template} (named templates such as "tool_use"). */
function reportChatTemplates(ctx, value) {
    if (typeof value === 'string')
        reportChatTemplate(ctx, value, '"chat_template"');
    else if (Array.isArray(value)) {
        for (const entry of value) {
            if (hf_config_isObject(entry) && typeof entry.template === 'string') {
                reportChatTemplate(ctx, entry.template, `"chat_template" "${typeof entry.name === 'string' ? entry.name : '?'}"`);
            }
        }
    }
}
function hf_config_isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./lib/formats/onnx/external-path.js
/**
 * Why an external-data `location` escapes the model's folder, or undefined
 * when it is a plain relative path below it. Mirrors what ONNX ≥ 1.17 refuses
 * (CVE-2022-25882, CVE-2024-27318 `sub/../../x`, CVE-2025-51480) and adds the
 * Windows forms, which onnx's POSIX-minded checks historically missed.
 */
function externalPathProblem(location) {
    if (location.includes('\0'))
        return 'it contains a NUL byte, which truncates the path in C code';
    if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(location))
        return 'it is a URL';
    if (/^[\\/]{2}/.test(location))
        return 'it is a UNC or network path';
    if (/^[A-Za-z]:/.test(location))
        return 'it is a Windows drive path';
    if (/^[\\/]/.test(location))
        return 'it is an absolute path';
    const parts = location.split(/[\\/]+/);
    let depth = 0;
    for (const part of parts) {
        if (part === '..')
            depth--;
        else if (part !== '' && part !== '.')
            depth++;
        if (depth < 0)
            return 'it climbs out of the model\'s folder with ".."';
    }
    if (parts.includes('..'))
        return 'it contains a ".." component';
    return undefined;
}

;// CONCATENATED MODULE: ./lib/formats/onnx/model.js
/** The decoded shape of the ONNX messages we read (see onnx-proto.ts). */
const DATA_LOCATION_EXTERNAL = 1;

;// CONCATENATED MODULE: ./lib/formats/onnx/operators.js
/**
 * Operator domains that are part of ONNX or ONNX Runtime itself: their
 * operators are implemented by the runtime, not by code the model brings.
 */
const BUILT_IN_DOMAINS = new Set(['', 'ai.onnx', 'ai.onnx.ml', 'ai.onnx.training', 'ai.onnx.preview.training']);
function isBuiltInDomain(domain) {
    return BUILT_IN_DOMAINS.has(domain) || domain === 'com.microsoft' || domain.startsWith('com.microsoft.') || domain.startsWith('com.ms.internal.');
}
/**
 * Operators that call Python named by the model: ONNX Runtime's language
 * interop `PyOp`, ORTModule's `PythonOp`/`PythonOpGrad` (torch autograd
 * functions by name), and Python-defined ops of onnxruntime-extensions
 * (`ai.onnx.contrib`, the ones spelt Py*). Matched in any domain.
 */
function isPythonOperator(opType, domain) {
    if (/^Py(thon)?(Op|Func|Function)(Grad)?$/.test(opType))
        return true;
    return domain === 'ai.onnx.contrib' && opType.startsWith('Py');
}
/** Module and function names that make a Python operator run commands or code. */
const DANGEROUS_PYTHON_NAMES = new Set([
    'os', 'posix', 'nt', 'subprocess', 'builtins', '__builtin__', 'eval', 'exec', 'system', 'popen', 'spawn', 'check_output',
    'pty', 'socket', 'importlib', '__import__', 'runpy', 'pickle', 'marshal', 'shutil', 'sys', 'ctypes', 'compile', 'code',
]);
/** The dangerous names spelt in an operator's string attributes (module, class_name, compute, func_name…). */
function dangerousPythonNames(values) {
    const found = new Set();
    for (const value of values)
        for (const part of value.split(/[^A-Za-z0-9_]+/))
            if (DANGEROUS_PYTHON_NAMES.has(part))
                found.add(part);
    return [...found].sort();
}

;// CONCATENATED MODULE: ./lib/formats/onnx/analyse.js



const analyse_utf8 = new TextDecoder();
/**
 * Walks a decoded model: the main graph, every subgraph held in node
 * attributes (If/Loop/Scan bodies, at any depth), training graphs and
 * model-local functions. Reports external-data paths and operators.
 */
function analyseModel(model, report) {
    const localFunctions = new Set(model.functions.map((f) => `${f.domain ?? ''}\u0000${f.name ?? ''}`));
    const walker = { report, localFunctions };
    if (model.graph)
        visitGraph(walker, model.graph, 'graph');
    model.training_info.forEach((info, i) => {
        if (info.initialization)
            visitGraph(walker, info.initialization, `training_info[${i}].initialization`);
        if (info.algorithm)
            visitGraph(walker, info.algorithm, `training_info[${i}].algorithm`);
    });
    for (const fn of model.functions) {
        for (const node of fn.node)
            visitNode(walker, node, `function ${fn.domain ?? ''}.${fn.name ?? ''}`);
    }
}
function visitGraph(walker, graph, where) {
    const here = graph.name ? `${where} "${graph.name}"` : where;
    for (const tensor of graph.initializer)
        visitTensor(walker, tensor, here);
    for (const sparse of graph.sparse_initializer)
        visitSparse(walker, sparse, here);
    for (const node of graph.node)
        visitNode(walker, node, here);
}
function visitNode(walker, node, where) {
    const opType = node.op_type ?? '';
    const domain = node.domain ?? '';
    const label = `${domain ? `${domain}.` : ''}${opType}`;
    const nodeWhere = `${where}, node "${node.name ?? opType}"`;
    if (isPythonOperator(opType, domain))
        reportPythonOp(walker, node, label, nodeWhere);
    else if (!isBuiltInDomain(domain) && !walker.localFunctions.has(`${domain}\u0000${opType}`)) {
        walker.report({
            ruleId: 'onnx/custom-op',
            message: `The graph uses the operator ${label} from the non-standard domain "${domain}" (${nodeWhere}); it only runs if the application registers a library for it.`,
            callable: label,
        });
    }
    for (const attribute of node.attribute)
        visitAttribute(walker, attribute, `${nodeWhere}, attribute "${attribute.name ?? ''}"`);
}
function reportPythonOp(walker, node, label, where) {
    const strings = node.attribute.flatMap((a) => [...(a.s ? [analyse_utf8.decode(a.s)] : []), ...a.strings.map((s) => analyse_utf8.decode(s))]);
    const dangerous = dangerousPythonNames(strings);
    walker.report({
        ruleId: 'onnx/python-op',
        severity: dangerous.length > 0 ? 'critical' : 'high',
        message: `The graph calls the Python operator ${label} (${where})` +
            (dangerous.length > 0 ? `, which names ${dangerous.map((d) => `\`${d}\``).join(', ')}: running the model runs commands or code.` : ': running the model runs the Python code it names.'),
        callable: label,
        args: strings.slice(0, 8).map((s) => s.slice(0, 120)),
    });
}
function visitAttribute(walker, attribute, where) {
    if (attribute.t)
        visitTensor(walker, attribute.t, where);
    for (const tensor of attribute.tensors)
        visitTensor(walker, tensor, where);
    if (attribute.sparse_tensor)
        visitSparse(walker, attribute.sparse_tensor, where);
    for (const sparse of attribute.sparse_tensors)
        visitSparse(walker, sparse, where);
    if (attribute.g)
        visitGraph(walker, attribute.g, `${where} subgraph`);
    attribute.graphs.forEach((graph, i) => visitGraph(walker, graph, `${where} subgraph ${i}`));
}
function visitSparse(walker, sparse, where) {
    if (sparse.values)
        visitTensor(walker, sparse.values, where);
    if (sparse.indices)
        visitTensor(walker, sparse.indices, where);
}
function visitTensor(walker, tensor, where) {
    for (const entry of tensor.external_data) {
        if (entry.key !== 'location' || entry.value === undefined)
            continue;
        const problem = externalPathProblem(entry.value);
        if (!problem)
            continue;
        const external = tensor.data_location === DATA_LOCATION_EXTERNAL;
        walker.report({
            ruleId: 'onnx/external-data-path',
            message: `Tensor "${tensor.name ?? ''}" (${where}) takes its data from "${entry.value}": ${problem}. ` +
                `Loading the model reads that file${external ? '' : ' (once data_location is set to EXTERNAL)'}; saving it again can overwrite it.`,
            callable: entry.value,
            args: [entry.value],
            properties: { tensor: tensor.name ?? '', location: entry.value, dataLocationExternal: external },
        });
    }
}

;// CONCATENATED MODULE: ./lib/formats/onnx/wire.js
/** Bytes that are not valid protobuf: the model is reported as not fully scanned. */
class WireError extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
    }
}
const WIRE_VARINT = 0;
const WIRE_I64 = 1;
const WIRE_LEN = 2;
const WIRE_I32 = 5;
const wire_WINDOW = 1 << 16;
/** Positioned protobuf wire reads over a ByteSource through a small window (never the whole file). */
class WireCursor {
    source;
    window = new Uint8Array(0);
    windowStart = 0;
    constructor(source) {
        this.source = source;
    }
    byteAt(pos) {
        const rel = pos - this.windowStart;
        if (rel < 0 || rel >= this.window.length) {
            this.window = this.source.read(pos, wire_WINDOW);
            this.windowStart = pos;
            if (this.window.length === 0)
                throw new WireError('unexpected end of data', pos);
            return this.window[0];
        }
        return this.window[rel];
    }
    /** A varint at `pos`, bounded by `end`; returns the value (exact up to 2^53) and the next position. */
    varint(pos, end) {
        let value = 0;
        let scale = 1;
        for (let i = 0; i < 10; i++) {
            if (pos + i >= end)
                throw new WireError('truncated varint', pos);
            const byte = this.byteAt(pos + i);
            value += (byte & 0x7f) * scale;
            scale *= 128;
            if ((byte & 0x80) === 0)
                return { value, next: pos + i + 1 };
        }
        throw new WireError('varint longer than 10 bytes', pos);
    }
    read(pos, length) {
        // Small fields come from the window: one positioned read serves many of them.
        if (length <= wire_WINDOW) {
            const rel = pos - this.windowStart;
            if (rel < 0 || rel + length > this.window.length) {
                this.window = this.source.read(pos, wire_WINDOW);
                this.windowStart = pos;
            }
            const from = pos - this.windowStart;
            if (from + length <= this.window.length)
                return this.window.slice(from, from + length);
            throw new WireError('unexpected end of data', pos);
        }
        const bytes = this.source.read(pos, length);
        if (bytes.length !== length)
            throw new WireError('unexpected end of data', pos);
        return bytes;
    }
}
function encodeVarint(value) {
    const out = [];
    let v = value;
    while (v >= 0x80) {
        out.push((v % 0x80) | 0x80);
        v = Math.floor(v / 0x80);
    }
    out.push(v);
    return Uint8Array.from(out);
}

;// CONCATENATED MODULE: ./lib/formats/onnx/skeleton.js

/** Per message: fields that are messages we must also strip, by field number. */
const NESTED = {
    model: { 7: 'graph', 20: 'training', 25: 'function' },
    training: { 1: 'graph', 2: 'graph' },
    graph: { 1: 'node', 5: 'tensor', 15: 'sparse' },
    function: { 7: 'node' },
    node: { 5: 'attribute' },
    attribute: { 5: 'tensor', 6: 'graph', 10: 'tensor', 11: 'graph', 22: 'sparse', 23: 'sparse' },
    sparse: { 1: 'tensor', 2: 'tensor' },
    tensor: {},
};
/** Per message: fields dropped unread (tensor data, numeric attribute lists). */
const DROPPED = {
    model: new Set(),
    training: new Set(),
    graph: new Set(),
    function: new Set(),
    node: new Set(),
    // floats, ints: can be large and say nothing about behaviour.
    attribute: new Set([7, 8]),
    sparse: new Set(),
    // float_data, int32_data, string_data, int64_data, raw_data, double_data, uint64_data.
    tensor: new Set([4, 5, 6, 7, 9, 10, 11]),
};
/** Subgraph nesting we follow (If/Loop/Scan bodies inside each other). */
const MAX_GRAPH_DEPTH = 64;
class SkeletonTooLarge extends Error {
}
function buildSkeleton(source, maxBytes) {
    const builder = new SkeletonBuilder(new WireCursor(source), maxBytes);
    const chunks = builder.message('model', 0, source.size, 0);
    return { bytes: concat(chunks), skippedBytes: builder.skipped };
}
class SkeletonBuilder {
    cursor;
    maxBytes;
    skipped = 0;
    kept = 0;
    constructor(cursor, maxBytes) {
        this.cursor = cursor;
        this.maxBytes = maxBytes;
    }
    /** The stripped encoding of the message in [start, end), as chunks. */
    message(kind, start, end, depth) {
        if (depth > MAX_GRAPH_DEPTH * 4)
            throw new WireError(`messages nested deeper than ${MAX_GRAPH_DEPTH} graphs`, start);
        const out = [];
        let pos = start;
        while (pos < end) {
            const fieldStart = pos;
            const tag = this.cursor.varint(pos, end);
            pos = tag.next;
            const field = Math.floor(tag.value / 8);
            const wire = tag.value % 8;
            if (field === 0)
                throw new WireError('field number 0', fieldStart);
            let payloadEnd;
            let payloadStart = pos;
            if (wire === WIRE_VARINT)
                payloadEnd = this.cursor.varint(pos, end).next;
            else if (wire === WIRE_I64)
                payloadEnd = pos + 8;
            else if (wire === WIRE_I32)
                payloadEnd = pos + 4;
            else if (wire === WIRE_LEN) {
                const length = this.cursor.varint(pos, end);
                payloadStart = length.next;
                payloadEnd = payloadStart + length.value;
            }
            else
                throw new WireError(`unsupported wire type ${wire}`, fieldStart);
            if (payloadEnd > end)
                throw new WireError(`field ${field} runs past the end of its message`, fieldStart);
            pos = payloadEnd;
            if (DROPPED[kind].has(field)) {
                this.skipped += payloadEnd - payloadStart;
                continue;
            }
            const nested = NESTED[kind][field];
            if (nested !== undefined && wire === WIRE_LEN) {
                // Joined per message: keeps chunk lists short (no huge spreads) at the cost of one copy per level.
                const inner = concat(this.message(nested, payloadStart, payloadEnd, depth + 1));
                this.keep(out, this.cursor.read(fieldStart, tag.next - fieldStart), encodeVarint(inner.length));
                out.push(inner);
            }
            else {
                this.keep(out, this.cursor.read(fieldStart, payloadEnd - fieldStart));
            }
        }
        return out;
    }
    keep(out, ...chunks) {
        for (const chunk of chunks) {
            this.kept += chunk.length;
            if (this.kept > this.maxBytes)
                throw new SkeletonTooLarge(`the model structure without tensor data exceeds ${this.maxBytes} bytes`);
            out.push(chunk);
        }
    }
}
function concat(chunks) {
    const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const chunk of chunks) {
        out.set(chunk, at);
        at += chunk.length;
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/formats/onnx/index.js



/** The graph structure we decode at most (tensor payloads are never counted: they are skipped). */
const MAX_SKELETON_BYTES = 256 * 1024 * 1024;
/**
 * ONNX: a protobuf ModelProto. Tensor payloads are stripped by walking the wire
 * format (skeleton.ts); the rest is decoded with protobufjs, loaded only when
 * an ONNX file is actually scanned.
 */
const onnxScanner = {
    id: 'onnx',
    name: 'ONNX',
    extensions: ['.onnx'],
    claim: (probe) => (looksLikeModelProto(probe.head) ? 'magic' : probe.extension === '.onnx' ? 'hint' : false),
    scan: scanOnnx,
};
async function scanOnnx(ctx) {
    let skeleton;
    try {
        skeleton = buildSkeleton(ctx.source, MAX_SKELETON_BYTES);
    }
    catch (error) {
        if (error instanceof SkeletonTooLarge)
            ctx.incomplete(error.message);
        else if (error instanceof WireError)
            ctx.incomplete(`the ONNX protobuf is malformed: ${error.message}`, error.offset);
        else
            throw error;
        return;
    }
    const { decodeModel } = await Promise.all(/* import() */[__nccwpck_require__.e(405), __nccwpck_require__.e(461)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4461));
    let model;
    try {
        model = decodeModel(skeleton.bytes);
    }
    catch (error) {
        ctx.incomplete(`the ONNX model could not be decoded: ${error instanceof Error ? error.message : String(error)}`);
        return;
    }
    analyseModel(model, (finding) => ctx.report(finding));
}
/** ModelProto fields and their wire types, as onnx serialises them (ir_version first). */
const MODEL_FIELDS = {
    1: WIRE_VARINT, 2: WIRE_LEN, 3: WIRE_LEN, 4: WIRE_LEN, 5: WIRE_VARINT, 6: WIRE_LEN, 7: WIRE_LEN, 8: WIRE_LEN,
    14: WIRE_LEN, 20: WIRE_LEN, 25: WIRE_LEN, 26: WIRE_LEN,
};
/**
 * ONNX has no magic number. Recognised by structure: an `ir_version` field
 * (1–20) first, then only ModelProto fields with their wire types, as far as
 * the probe reaches.
 */
function looksLikeModelProto(head) {
    if (head.length < 4 || head[0] !== 0x08 || head[1] < 1 || head[1] > 20)
        return false;
    let pos = 2;
    let fields = 0;
    while (pos < head.length) {
        const tag = readVarint(head, pos);
        if (!tag)
            return fields > 0;
        const field = Math.floor(tag.value / 8);
        if (MODEL_FIELDS[field] !== tag.value % 8)
            return false;
        pos = tag.next;
        const value = readVarint(head, pos);
        if (!value)
            return fields > 0;
        pos = tag.value % 8 === WIRE_LEN ? value.next + value.value : value.next;
        fields++;
    }
    return fields > 0;
}
function readVarint(bytes, pos) {
    let value = 0;
    let scale = 1;
    for (let i = pos; i < bytes.length && i < pos + 10; i++) {
        value += (bytes[i] & 0x7f) * scale;
        scale *= 128;
        if ((bytes[i] & 0x80) === 0)
            return { value, next: i + 1 };
    }
    return undefined;
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./lib/formats/keras/error-text.js
/** The first line of an error's message (h5wasm errors carry a multi-line HDF5 trace). */
function errorText(error) {
    const text = error instanceof Error ? error.message : String(error);
    return text.split('\n')[0].slice(0, 300);
}

;// CONCATENATED MODULE: ./lib/formats/keras/hdf5-signature.js
const HDF5_SIGNATURE = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a]; // "\x89HDF\r\n\x1a\n"
/**
 * Offset of the HDF5 superblock, or undefined. The HDF5 library looks for it
 * at 0, 512, 1024, 2048, … (a user block may precede it), so we do too:
 * a file with a user block is still an H5 model to h5py and Keras.
 */
function findHdf5Signature(head, source) {
    for (let offset = 0; offset + HDF5_SIGNATURE.length <= source.size; offset = offset === 0 ? 512 : offset * 2) {
        const bytes = offset + HDF5_SIGNATURE.length <= head.length ? head.subarray(offset) : source.read(offset, HDF5_SIGNATURE.length);
        if (HDF5_SIGNATURE.every((b, i) => bytes[i] === b))
            return offset;
    }
    return undefined;
}
/** True when one of the ASCII `needles` occurs in the source; read in chunks, so memory stays bounded. */
function sourceContainsAny(source, needles) {
    const patterns = needles.map((n) => Buffer.from(n, 'latin1'));
    const overlap = Math.max(...patterns.map((p) => p.length));
    const chunk = 8 * 1024 * 1024;
    for (let offset = 0; offset < source.size; offset += chunk - overlap) {
        const bytes = source.read(offset, chunk);
        const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
        if (patterns.some((p) => view.includes(p)))
            return true;
        if (offset + chunk >= source.size)
            break;
    }
    return false;
}

;// CONCATENATED MODULE: ./lib/formats/keras/h5wasm-loader.js
let loading;
/**
 * h5wasm (HDF5 compiled to wasm) is loaded on first use only: its start-up
 * costs a few hundred milliseconds that scans without H5 files should not pay.
 * One promise per process, so it initialises once.
 */
function loadH5wasm() {
    loading ??= (async () => {
        const { default: h5wasm } = await __nccwpck_require__.e(/* import() */ 907).then(__nccwpck_require__.bind(__nccwpck_require__, 7907));
        const module = await h5wasm.ready;
        // Without this, HDF5 errors print to stderr and return -1 instead of throwing.
        module.activate_throwing_error_handler();
        return h5wasm;
    })();
    return loading;
}

;// CONCATENATED MODULE: ./lib/policy/keras.js
/**
 * What the Keras config checks consider safe or dangerous. Data only: the
 * config walker (src/formats/keras/config-walker.ts) looks names up here.
 */
/**
 * Top-level packages whose classes and functions a Keras config may name
 * without a finding: Keras itself, TensorFlow (tf.keras configs) and the
 * Keras-team model libraries. Their known gadgets are listed separately below.
 */
const KERAS_MODULE_ROOTS = new Set([
    'keras',
    'tf_keras',
    'tensorflow',
    'keras_core',
    'keras_hub',
    'keras_nlp',
    'keras_cv',
]);
/**
 * Module names that only say "defined in the saving script": Keras cannot
 * import them from the file, it needs the user's custom objects.
 */
const NEUTRAL_MODULES = new Set(['__main__']);
/**
 * Modules whose import or call runs code or commands (top-level name).
 * A config that names one of them is CRITICAL.
 */
const CODE_EXECUTION_MODULES = new Set([
    'os',
    'posix',
    'nt',
    'subprocess',
    'builtins',
    '__builtin__',
    'sys',
    'importlib',
    'runpy',
    'pty',
    'pickle',
    '_pickle',
    'cPickle',
    'dill',
    'cloudpickle',
    'joblib',
    'marshal',
    'ctypes',
    'code',
    'codeop',
    'pdb',
    'bdb',
    'timeit',
    'cProfile',
    'profile',
    'pydoc',
    'pkgutil',
    'zipimport',
    'types',
    'operator',
    'functools',
    'multiprocessing',
    'concurrent',
    'asyncio',
    'shutil',
    'torch',
]);
/**
 * Python builtins that run code, import, read or write files or reach
 * attributes by name. `{"module": "builtins", "class_name": "function",
 * "config": "exec"}` made Keras < 3.9 return `builtins.exec` (CVE-2025-1550).
 */
const keras_DANGEROUS_PYTHON_NAMES = new Set([
    'exec',
    'eval',
    'compile',
    'open',
    'input',
    'breakpoint',
    '__import__',
    'getattr',
    'setattr',
    'delattr',
    'globals',
    'locals',
    'vars',
    'system',
    'popen',
    'spawn',
    'spawnl',
    'spawnv',
    'execl',
    'execle',
    'execlp',
    'execv',
    'execve',
    'execvp',
    'fork',
    'kill',
    'remove',
    'unlink',
    'rmtree',
    'call',
    'check_call',
    'check_output',
    'run',
    'Popen',
    'getoutput',
    'getstatusoutput',
    'import_module',
    'loads',
    'load',
    'run_path',
    'run_module',
    'urlopen',
    'urlretrieve',
    '__globals__',
    '__builtins__',
    '__subclasses__',
    '__getattribute__',
    '__reduce__',
    '__reduce_ex__',
    '__code__',
    'enable_unsafe_deserialization',
    'set_global_attribute',
]);
/** Modules that touch files or the network (top-level name): HIGH when named. */
const SYSTEM_ACCESS_MODULES = new Set([
    'io',
    '_io',
    'pathlib',
    'tempfile',
    'glob',
    'fileinput',
    'socket',
    'ssl',
    'http',
    'urllib',
    'urllib2',
    'urllib3',
    'requests',
    'httpx',
    'aiohttp',
    'ftplib',
    'smtplib',
    'webbrowser',
    'logging',
    'zipfile',
    'tarfile',
    'sqlite3',
    'numpy',
]);
/**
 * Keras / TensorFlow callables and classes that are "allowed" by module but
 * let a config escape safe mode or reach the system (threats.md G3, G4, G6).
 * Matched on the last name, whatever Keras/TF module the config puts it in.
 */
const KERAS_GADGETS = new Map([
    ['get_file', { severity: 'high', effect: 'downloads a URL and writes it to disk', ref: 'CVE-2025-8747' }],
    [
        'enable_unsafe_deserialization',
        { severity: 'critical', effect: 'turns Keras safe mode off, so later Lambda bytecode runs', ref: 'CVE-2025-9906' },
    ],
    [
        'set_global_attribute',
        { severity: 'critical', effect: 'can switch Keras safe mode off (safe_mode_saving)', ref: 'CVE-2025-9906' },
    ],
    ['load_model', { severity: 'high', effect: 'loads another model file, possibly with safe mode off', ref: 'CVE-2025-9906' }],
    ['load_weights', { severity: 'high', effect: 'loads another file chosen by the config', ref: 'CVE-2025-9906' }],
    ['TorchModuleWrapper', { severity: 'critical', effect: 'unpickles a PyTorch module (torch.load with weights_only=False)', ref: 'CVE-2025-49655' }],
    ['py_function', { severity: 'critical', effect: 'runs an arbitrary Python function', ref: 'G2' }],
    ['numpy_function', { severity: 'critical', effect: 'runs an arbitrary Python function', ref: 'G2' }],
    ['py_func', { severity: 'critical', effect: 'runs an arbitrary Python function', ref: 'G2' }],
    ['read_file', { severity: 'high', effect: 'reads a file', ref: 'G8' }],
    ['write_file', { severity: 'high', effect: 'writes a file', ref: 'G8' }],
    ['GFile', { severity: 'high', effect: 'opens a file', ref: 'G8' }],
    ['save_model', { severity: 'high', effect: 'writes files', ref: 'G8' }],
]);
/** Preprocessing layers whose config may name a file or URL to read at load (threats.md G10). */
const FILE_READING_LAYER = /(Lookup|TextVectorization|Tokenizer|Vocabulary)$/;
const FILE_READING_KEYS = new Set(['vocabulary', 'vocabulary_file', 'merges', 'proto', 'idf_weights']);
/** Config keys whose `false` turns Keras safe mode off (threats.md G4). */
const SAFE_MODE_KEYS = new Set(['safe_mode', 'safe_mode_saving']);

;// CONCATENATED MODULE: ./lib/formats/keras/lambda-code.js


/**
 * Keras stores Python lambdas as base64 of `marshal.dumps(fn.__code__)`:
 * Keras 2 as the Lambda `function` (a string, or a list [code, defaults, closure]),
 * Keras 3 as `{"class_name": "__lambda__", "config": {"value": [code, ...]}}`.
 */
// Base64 of a marshalled code object starts with "4w" (0xe3) or "Yw" (0x63).
const BASE64_CODE_START = /^\s*[4Y]/;
const BASE64_TEXT = /^[A-Za-z0-9+/=\s]+$/;
const MIN_CODE_BASE64 = 24;
/** Longest base64 we decode: a lambda's bytecode is a few KB; more is refused, not ignored. */
const MAX_CODE_BASE64 = 16 * 1024 * 1024;
/** True when the string is base64 that decodes to a marshalled code object. */
function isBase64Code(value) {
    if (value.length < MIN_CODE_BASE64 || !BASE64_CODE_START.test(value))
        return false;
    const head = Buffer.from(value.slice(0, 64).replace(/\s+/g, '').slice(0, 32), 'base64');
    return looksLikeMarshalledCode(head) && BASE64_TEXT.test(value.slice(0, 4096));
}
/** Decodes base64 bytecode and lists what it refers to. Never runs it. */
function inspectBase64Code(value) {
    if (value.length > MAX_CODE_BASE64) {
        return { names: [], strings: [], dangerous: [], error: `bytecode larger than ${MAX_CODE_BASE64} bytes` };
    }
    // Python's base64 codec (binascii.a2b_base64) skips characters outside the alphabet; so does Buffer.
    const bytes = Buffer.from(value, 'base64');
    const summary = summariseCode(bytes);
    if ('error' in summary)
        return { names: [], strings: [], dangerous: [], error: summary.error };
    return describe(summary);
}
function describe(summary) {
    const dangerous = new Set();
    const consider = [...summary.names, ...summary.identifiers, ...summary.strings];
    for (const item of consider) {
        for (const part of item.split(/[^A-Za-z0-9_]+/)) {
            if (keras_DANGEROUS_PYTHON_NAMES.has(part) || CODE_EXECUTION_MODULES.has(part))
                dangerous.add(part);
        }
    }
    return {
        names: summary.names,
        strings: summary.strings,
        dangerous: [...dangerous],
        layout: summary.layout,
    };
}
/** The base64 code strings inside a Lambda `function` value (string, list, or nested lists). */
function codeStringsIn(value) {
    if (typeof value === 'string')
        return isBase64Code(value) ? [value] : [];
    if (Array.isArray(value) && typeof value[0] === 'string')
        return codeStringsIn(value[0]);
    return [];
}

;// CONCATENATED MODULE: ./lib/formats/keras/references.js

const DOTTED_NAME = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
/** True when the string can be a Python module path (anything else is not importable). */
function isModulePath(value) {
    return value.length <= 256 && DOTTED_NAME.test(value);
}
/**
 * Judges a reference: Keras imports `module` and takes `name` from it
 * (serialization_lib._retrieve_class_or_fn). Returns undefined when it is an
 * ordinary Keras / TensorFlow name.
 */
function judgeReference(module, name) {
    const leaf = name?.split('.').pop();
    const callable = [module, name].filter(Boolean).join('.');
    const root = module?.split('.')[0];
    const external = module !== undefined && root !== undefined && !KERAS_MODULE_ROOTS.has(root) && !NEUTRAL_MODULES.has(module);
    if (external) {
        if (CODE_EXECUTION_MODULES.has(root) || (leaf !== undefined && keras_DANGEROUS_PYTHON_NAMES.has(leaf))) {
            return { ruleId: 'keras/external-callable', severity: 'critical', callable, effect: 'can run code or commands' };
        }
        const effect = SYSTEM_ACCESS_MODULES.has(root)
            ? 'can read or write files or reach the network'
            : 'is imported from a module outside Keras and TensorFlow';
        return { ruleId: 'keras/external-callable', severity: 'high', callable, effect };
    }
    const gadget = leaf === undefined ? undefined : KERAS_GADGETS.get(leaf);
    if (gadget) {
        return { ruleId: 'keras/unsafe-gadget', severity: gadget.severity, callable, effect: `${gadget.effect} (${gadget.ref})` };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./lib/formats/keras/config-walker.js



/** Most nodes walked in one config; a bigger config is reported as not fully scanned. */
const MAX_CONFIG_NODES = 5_000_000;
class KerasConfigWalker {
    options;
    seenCode = new Set();
    payloads = [];
    where;
    constructor(options) {
        this.options = options;
        this.where = options.where;
    }
    /** Walks one config; `where` names it in messages (one walker can walk several configs of a file). */
    walk(root, where = this.options.where) {
        this.where = where;
        this.payloads.length = 0;
        const stack = [{ value: root, trail: '', layer: undefined }];
        let nodes = 0;
        while (stack.length > 0) {
            if (++nodes > MAX_CONFIG_NODES)
                return { payloads: this.payloads, nodes, truncated: true };
            const { value, trail, layer } = stack.pop();
            if (typeof value === 'string') {
                this.checkString(value, trail, layer);
            }
            else if (Array.isArray(value)) {
                for (let i = value.length - 1; i >= 0; i--)
                    stack.push({ value: value[i], trail, layer });
            }
            else if (config_walker_isObject(value)) {
                const here = this.enter(value, trail);
                const nextLayer = isLayerLike(value) ? value : layer;
                this.checkObject(value, here, nextLayer);
                const entries = Object.entries(value);
                for (let i = entries.length - 1; i >= 0; i--)
                    stack.push({ value: entries[i][1], trail: here, layer: nextLayer });
            }
        }
        return { payloads: this.payloads, nodes, truncated: false };
    }
    /** Layers and models extend the breadcrumb with their name; other objects (initializers, functions) do not. */
    enter(obj, trail) {
        const inner = obj.config;
        if (typeof obj.class_name !== 'string' || !config_walker_isObject(inner) || typeof inner.name !== 'string')
            return trail;
        return trail ? `${trail} > ${inner.name}` : inner.name;
    }
    checkObject(obj, trail, layer) {
        const className = typeof obj.class_name === 'string' ? obj.class_name : undefined;
        const inner = obj.config;
        if (className === 'Lambda' && config_walker_isObject(inner))
            this.checkKeras2Lambda(inner, trail, layer);
        if (className === '__lambda__' && config_walker_isObject(inner))
            this.checkBytecode(inner.value, trail, 'serialized lambda function');
        if ((className === 'TFOpLambda' || className === 'SlicingOpLambda') && config_walker_isObject(inner) && typeof inner.function === 'string') {
            // tf-keras resolves these by TF API name ("math.add"); a gadget name is the attack.
            this.checkReference('tensorflow', inner.function, trail, layer);
        }
        if (className === 'TorchModuleWrapper')
            this.extractTorchModule(inner, trail);
        if (className !== undefined && config_walker_isObject(inner) && FILE_READING_LAYER.test(className))
            this.checkFileReadingLayer(className, inner, trail);
        this.checkModuleKeys(obj, className, trail, layer);
        for (const key of SAFE_MODE_KEYS) {
            if (obj[key] === false) {
                this.report(trail, {
                    ruleId: 'keras/unsafe-gadget',
                    severity: 'critical',
                    callable: `${key}=False`,
                    message: `The config at ${this.place(trail)} sets \`${key}\` to false, which turns Keras safe mode off so code in this or another model runs on load (CVE-2025-9906).`,
                });
            }
        }
    }
    /** `module` / `fn_module` keys: Keras imports the module and takes the named class or function from it. */
    checkModuleKeys(obj, className, trail, layer) {
        for (const key of ['module', 'fn_module', 'output_shape_module']) {
            const module = obj[key];
            if (typeof module !== 'string' || !isModulePath(module))
                continue;
            let name;
            if (key === 'module' && className === 'function' && typeof obj.config === 'string')
                name = obj.config;
            else if (key === 'module' && className !== undefined && className !== 'Lambda')
                name = className;
            else if (key === 'fn_module' && typeof obj.fn === 'string')
                name = obj.fn;
            // A Keras 2 Lambda's `module` only seeds the globals of its function; still an import of that module.
            this.checkReference(module, name, trail, layer);
        }
        // A Keras-namespace class with no module (Keras 2 style) can still be a gadget.
        if (obj.module === undefined && className !== undefined && className !== 'function')
            this.checkReference(undefined, className, trail, layer);
        const registered = obj.registered_name;
        if (typeof obj.module !== 'string' && typeof registered === 'string' && !registered.includes('>') && registered !== className && isModulePath(registered)) {
            this.checkReference(undefined, registered, trail, layer);
        }
    }
    checkKeras2Lambda(inner, trail, layer) {
        const fn = inner.function;
        const type = inner.function_type;
        if (type === 'lambda' || codeStringsIn(fn).length > 0) {
            this.checkBytecode(fn, trail, 'Lambda layer');
        }
        else if (typeof fn === 'string') {
            // function_type "function": the name is looked up in the `module` globals / custom objects.
            const module = typeof inner.module === 'string' && isModulePath(inner.module) ? inner.module : undefined;
            this.checkReference(module, fn, trail, layer);
        }
        if (inner.output_shape_type === 'lambda')
            this.checkBytecode(inner.output_shape, trail, 'Lambda output_shape function');
    }
    /** A value that must hold base64 bytecode (Lambda function, `__lambda__` value). */
    checkBytecode(value, trail, what) {
        const codes = codeStringsIn(value);
        if (codes.length === 0) {
            // Keras will try func_load on it: anything we cannot read there is unknown code.
            const shown = typeof value === 'string' ? [value.slice(0, 80)] : undefined;
            this.report(trail, {
                ruleId: 'keras/lambda-layer',
                severity: 'critical',
                message: `The ${what} at ${this.place(trail)} holds Python bytecode that could not be decoded; Keras would run it on load.`,
                ...(shown ? { args: shown } : {}),
            });
            return;
        }
        for (const code of codes)
            this.reportCode(code, trail, what);
    }
    reportCode(code, trail, what) {
        if (this.seenCode.has(code))
            return;
        this.seenCode.add(code);
        const info = inspectBase64Code(code);
        const severity = info.error || info.dangerous.length > 0 ? 'critical' : 'high';
        const refers = info.error
            ? ` The bytecode could not be decoded (${info.error}).`
            : info.names.length > 0
                ? ` It refers to: ${info.names.slice(0, 12).join(', ')}.`
                : '';
        const verdict = info.dangerous.length > 0
            ? `It uses ${info.dangerous.join(', ')}, which can run commands or code.`
            : 'The code cannot be verified and runs with full Python privileges.';
        this.report(trail, {
            ruleId: 'keras/lambda-layer',
            severity,
            message: `Loading this model runs the Python bytecode stored in the ${what} at ${this.place(trail)}. ${verdict}${refers}`,
            // No `callable`: bytecode is not one named function; what it uses is in the message and properties.
            ...(info.strings.length > 0 ? { args: info.strings.slice(0, 8) } : {}),
            properties: {
                names: info.names.slice(0, 50),
                ...(info.dangerous.length > 0 ? { dangerousNames: info.dangerous } : {}),
                ...(info.layout ? { pythonLayout: info.layout } : {}),
                ...(info.error ? { decodeError: info.error } : {}),
            },
        });
    }
    checkReference(module, name, trail, layer) {
        if (name === 'TorchModuleWrapper')
            return; // reported with its payload by extractTorchModule
        const verdict = judgeReference(module, name);
        if (!verdict)
            return;
        const args = argumentsOf(layer);
        const message = verdict.ruleId === 'keras/unsafe-gadget'
            ? `The config at ${this.place(trail)} calls \`${verdict.callable}\` on load, which ${verdict.effect}.`
            : `The config at ${this.place(trail)} makes Keras import and use \`${verdict.callable}\`, which ${verdict.effect} (CVE-2025-1550).`;
        this.report(trail, {
            ruleId: verdict.ruleId,
            severity: verdict.severity,
            callable: verdict.callable,
            message,
            ...(args.length > 0 ? { args } : {}),
        });
    }
    checkString(value, trail, layer) {
        // Bytecode anywhere (an initializer, a custom layer's config): Keras or the layer may func_load it.
        if (isBase64Code(value))
            this.reportCode(value, trail, 'config value');
        else if (value.includes('enable_unsafe_deserialization')) {
            this.checkReference('keras.config', 'enable_unsafe_deserialization', trail, layer);
        }
    }
    checkFileReadingLayer(className, inner, trail) {
        for (const key of FILE_READING_KEYS) {
            const value = inner[key];
            if (typeof value !== 'string' || value.length === 0)
                continue;
            const remote = /^[a-z][a-z0-9+.-]*:\/\//i.test(value);
            this.report(trail, {
                ruleId: 'keras/external-file-reference',
                severity: 'high',
                callable: `${className}.${key}`,
                args: [value.slice(0, 200)],
                message: `The ${className} layer at ${this.place(trail)} reads its \`${key}\` from ${remote ? 'the URL' : 'the path'} "${value.slice(0, 200)}" when the model is loaded.`,
            });
        }
    }
    /** TorchModuleWrapper keeps `torch.save` bytes of a module: scan them as a file of their own. */
    extractTorchModule(inner, trail) {
        this.report(trail, {
            ruleId: 'keras/unsafe-gadget',
            severity: 'critical',
            callable: 'keras.layers.TorchModuleWrapper',
            message: `The TorchModuleWrapper layer at ${this.place(trail)} unpickles a PyTorch module on load (torch.load with weights_only=False, CVE-2025-49655).`,
        });
        const blob = config_walker_isObject(inner) ? inner.module : undefined;
        const text = typeof blob === 'string' ? blob : config_walker_isObject(blob) && config_walker_isObject(blob.config) && typeof blob.config.value === 'string' ? blob.config.value : undefined;
        if (text && text.length > 0) {
            const bytes = /^[A-Za-z0-9+/=\s]+$/.test(text.slice(0, 4096)) ? Buffer.from(text, 'base64') : Buffer.from(text, 'latin1');
            this.payloads.push({ name: `${trail || 'TorchModuleWrapper'}/module`, bytes });
        }
    }
    place(trail) {
        return trail ? `"${trail}" in the ${this.where}` : `the top of the ${this.where}`;
    }
    report(trail, finding) {
        const properties = { ...finding.properties, configPath: trail, source: this.where };
        if (this.options.kerasVersion !== undefined)
            properties.kerasVersionClaimed = this.options.kerasVersion;
        this.options.report({ ...finding, properties });
    }
}
function config_walker_isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function isLayerLike(obj) {
    return typeof obj.class_name === 'string' && config_walker_isObject(obj.config);
}
/** String arguments a layer passes to its function (Lambda `arguments`, call kwargs in inbound_nodes): URLs, paths. */
function argumentsOf(layer) {
    if (!layer)
        return [];
    const out = [];
    const inner = layer.config;
    const roots = [config_walker_isObject(inner) ? inner.arguments : undefined, layer.inbound_nodes, config_walker_isObject(inner) ? inner.inbound_nodes : undefined];
    const stack = roots.filter((r) => r !== undefined);
    let budget = 10_000;
    while (stack.length > 0 && out.length < 8 && budget-- > 0) {
        const v = stack.pop();
        if (typeof v === 'string') {
            if (v.length > 0)
                out.push(v.slice(0, 200));
        }
        else if (Array.isArray(v))
            stack.push(...v);
        else if (config_walker_isObject(v))
            stack.push(...Object.values(v));
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/formats/keras/python-json.js
/**
 * Parses JSON the way Python's `json.loads` accepts it: Keras writes configs
 * with `json.dumps`, which emits bare NaN, Infinity and -Infinity for floats.
 * JSON.parse rejects those, so they are replaced by null outside strings first.
 */
function parsePythonJson(text) {
    return JSON.parse(replaceNonFiniteLiterals(text));
}
function replaceNonFiniteLiterals(text) {
    if (!/NaN|Infinity/.test(text))
        return text;
    let out = '';
    let start = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const ch = text.charCodeAt(i);
        if (inString) {
            if (ch === 0x5c)
                i++; // backslash: skip the escaped character
            else if (ch === 0x22)
                inString = false;
            continue;
        }
        if (ch === 0x22) {
            inString = true;
            continue;
        }
        const literal = text.startsWith('NaN', i)
            ? 'NaN'
            : text.startsWith('-Infinity', i)
                ? '-Infinity'
                : text.startsWith('Infinity', i)
                    ? 'Infinity'
                    : undefined;
        if (literal) {
            out += text.slice(start, i) + 'null';
            i += literal.length - 1;
            start = i + 1;
        }
    }
    return out + text.slice(start);
}

;// CONCATENATED MODULE: ./lib/formats/keras/scan-config.js





/** Largest config JSON we parse (Keras configs are KB to a few MB; this is far above). */
const MAX_CONFIG_TEXT = 256 * 1024 * 1024;
/**
 * Parses Keras config JSON texts of one file and walks all of them with one
 * walker (the same Lambda seen twice is reported once). Anything that cannot
 * be parsed is reported as not fully scanned, never as clean.
 */
async function scanConfigTexts(ctx, texts, kerasVersion) {
    const walker = new KerasConfigWalker({
        where: texts[0]?.where ?? 'config',
        ...(kerasVersion !== undefined ? { kerasVersion } : {}),
        report: (finding) => ctx.report(finding),
    });
    for (const { text, where } of texts) {
        if (text.length > MAX_CONFIG_TEXT) {
            ctx.incomplete(`the ${where} is larger than ${MAX_CONFIG_TEXT} characters`);
            continue;
        }
        const tooBig = jsonLimitProblem(text, ctx.limits, `the ${where}`);
        if (tooBig) {
            ctx.incomplete(tooBig);
            continue;
        }
        let config;
        try {
            config = parsePythonJson(text);
        }
        catch (error) {
            ctx.incomplete(`the ${where} is not valid JSON (${errorText(error)})`);
            continue;
        }
        const result = walker.walk(config, where);
        if (result.truncated)
            ctx.incomplete(`the ${where} has more than ${result.nodes - 1} nodes`);
        for (const payload of [...result.payloads]) {
            const taken = await ctx.scanNested(new BufferSource(payload.bytes), payload.name);
            if (taken === undefined)
                ctx.incomplete(`the embedded payload "${payload.name}" is in no format the scanner knows`);
        }
    }
}
/** One config text: see scanConfigTexts. */
async function scanConfigText(ctx, text, where, kerasVersion) {
    await scanConfigTexts(ctx, [{ text, where }], kerasVersion);
}

;// CONCATENATED MODULE: ./lib/formats/keras/h5.js







/** Root attributes Keras reads from a legacy H5 model (legacy_h5_format.load_model_from_hdf5). */
const CONFIG_ATTRIBUTES = ['model_config', 'training_config'];
/**
 * Keras H5 models (`.h5`, `.hdf5`, legacy `.keras`): the config in the root
 * attributes is what Keras deserializes on load, and that is where Lambda
 * bytecode and module references live. Weights are never read.
 */
const kerasH5Scanner = {
    id: 'keras-h5',
    name: 'Keras HDF5',
    extensions: ['.h5', '.hdf5', '.keras'],
    claim(probe) {
        if (findHdf5Signature(probe.head, probe.source) !== undefined)
            return 'magic';
        return ['.h5', '.hdf5'].includes(probe.extension) ? 'hint' : false;
    },
    async scan(ctx) {
        if (findHdf5Signature(ctx.source.read(0, 4096), ctx.source) === undefined) {
            ctx.incomplete('the file has an HDF5 name but no HDF5 signature');
            return;
        }
        if (ctx.absolutePath !== undefined) {
            await scanH5File(ctx, ctx.absolutePath);
            return;
        }
        await scanEmbeddedH5(ctx);
    },
};
/**
 * An H5 inside an archive. Keras 3 `.keras` zips carry `model.weights.h5`,
 * which holds weights only (Keras reads the model from config.json): when
 * the bytes do not even contain the config attribute names there is nothing
 * Keras would deserialize. Otherwise the member is copied to a private temp
 * file (h5wasm opens files by path), bounded by the member size limit.
 */
async function scanEmbeddedH5(ctx) {
    if (!sourceContainsAny(ctx.source, CONFIG_ATTRIBUTES))
        return;
    if (ctx.source.size > ctx.limits.maxMemberBytes) {
        ctx.incomplete(`the embedded H5 model is larger than the ${ctx.limits.maxMemberBytes}-byte member limit`);
        return;
    }
    let dir;
    try {
        dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_namespaceObject.tmpdir)(), 'modelscan-h5-'));
        const path = (0,external_node_path_.join)(dir, 'member.h5');
        copyToFile(ctx, path);
        await scanH5File(ctx, path);
    }
    catch (error) {
        ctx.incomplete(`the embedded H5 model could not be extracted: ${errorText(error)}`);
    }
    finally {
        if (dir)
            (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
}
function copyToFile(ctx, path) {
    const fd = (0,external_node_fs_.openSync)(path, 'wx', 0o600);
    try {
        const chunk = 8 * 1024 * 1024;
        for (let offset = 0; offset < ctx.source.size; offset += chunk) {
            const bytes = ctx.source.read(offset, chunk);
            (0,external_node_fs_.writeSync)(fd, bytes);
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
async function scanH5File(ctx, path) {
    let h5wasm;
    try {
        h5wasm = await loadH5wasm();
    }
    catch (error) {
        ctx.incomplete(`the HDF5 library could not start: ${errorText(error)}`);
        return;
    }
    let file;
    let texts;
    let kerasVersion;
    try {
        file = new h5wasm.File(path, 'r');
        const attrs = file.attrs;
        texts = new Map();
        for (const name of CONFIG_ATTRIBUTES) {
            if (!(name in attrs))
                continue;
            const text = attributeText(attrs[name].value);
            if (text === undefined) {
                ctx.incomplete(`the ${name} attribute is not a string`);
                continue;
            }
            texts.set(name, text);
        }
        kerasVersion = 'keras_version' in attrs ? attributeText(attrs.keras_version.value) : undefined;
    }
    catch (error) {
        ctx.incomplete(`the HDF5 file could not be read: ${errorText(error)}`);
        return;
    }
    finally {
        try {
            file?.close();
        }
        catch {
            // Closing a file that failed to open: nothing left to release.
        }
    }
    await scanConfigTexts(ctx, [...texts].map(([name, text]) => ({ text, where: `${name} attribute` })), kerasVersion);
}
/** h5wasm returns fixed and variable-length strings as JS strings; bytes arrays are decoded the way h5py's `.decode('utf-8')` would. */
function attributeText(value) {
    if (typeof value === 'string')
        return value;
    if (value instanceof Uint8Array)
        return new TextDecoder().decode(value);
    if (Array.isArray(value) && value.length === 1)
        return attributeText(value[0]);
    return undefined;
}

;// CONCATENATED MODULE: ./lib/formats/keras/config-json.js

// Recognised by content, never by name: a `.keras` zip's config.json is routed
// here by the zip scanner, and so is a renamed copy anywhere else.
const OBJECT_START = /^\uFEFF?\s*\{/;
const KERAS_CONFIG_KEYS = /"class_name"\s*:/;
const KERAS_CONFIG_BODY = /"(config|module)"\s*:/;
const KERAS_METADATA_KEYS = /"keras_version"\s*:/;
/** True when the head of the bytes looks like a Keras config (`to_json()`, v3 config.json) or v3 metadata.json. */
function looksLikeKerasJson(probe) {
    const text = Buffer.from(probe.head.buffer, probe.head.byteOffset, probe.head.length).toString('utf8');
    if (!OBJECT_START.test(text))
        return false;
    return (KERAS_CONFIG_KEYS.test(text) && KERAS_CONFIG_BODY.test(text)) || KERAS_METADATA_KEYS.test(text);
}
/**
 * Keras model configs as JSON: `config.json` and `metadata.json` of a v3
 * `.keras` zip, or `model.to_json()` output. The same walker as for H5 configs.
 */
const kerasConfigJsonScanner = {
    id: 'keras-config',
    name: 'Keras config JSON',
    extensions: [],
    claim: (probe) => (looksLikeKerasJson(probe) ? 'magic' : false),
    async scan(ctx) {
        if (ctx.source.size > Math.min(MAX_CONFIG_TEXT, ctx.limits.maxJsonBytes)) {
            ctx.incomplete(`the config is ${ctx.source.size} bytes, more than the limit of ${Math.min(MAX_CONFIG_TEXT, ctx.limits.maxJsonBytes)} bytes (limit maxJsonBytes)`);
            return;
        }
        const bytes = ctx.source.read(0, ctx.source.size);
        const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8').replace(/^\uFEFF/, '');
        const where = (ctx.member ?? ctx.file).split('/').pop() ?? 'config';
        await scanConfigText(ctx, text, where);
    },
};

;// CONCATENATED MODULE: ./lib/formats/keras/index.js



;// CONCATENATED MODULE: ./lib/formats/tensorflow/proto.js
/**
 * The parts of TensorFlow's protos the scanner reads, written from the field
 * numbers of tensorflow/core/protobuf/{saved_model,meta_graph,saver,
 * saved_object_graph}.proto, tensorflow/core/framework/{graph,node_def,
 * function,attr_value,tensor,op_def}.proto and Keras' saved_metadata.proto.
 * Everything else (tensor contents, shapes, signatures) is skipped unparsed,
 * so an embedded constant costs no memory beyond the file bytes.
 */
const TENSORFLOW_PROTO = `
syntax = "proto3";
package modelscan.tf;

message SavedModel {
  int64 saved_model_schema_version = 1;
  repeated MetaGraphDef meta_graphs = 2;
}

message MetaGraphDef {
  MetaInfoDef meta_info_def = 1;
  GraphDef graph_def = 2;
  SaverDef saver_def = 3;
  repeated AssetFileDef asset_file_def = 6;
  SavedObjectGraph object_graph_def = 7;
}

message MetaInfoDef {
  string meta_graph_version = 1;
  repeated string tags = 4;
  string tensorflow_version = 5;
  string tensorflow_git_version = 6;
}

message SaverDef {
  string filename_tensor_name = 1;
  string save_tensor_name = 2;
  string restore_op_name = 3;
}

message AssetFileDef {
  string filename = 2;
}

message GraphDef {
  repeated NodeDef node = 1;
  FunctionDefLibrary library = 2;
}

message NodeDef {
  string name = 1;
  string op = 2;
  repeated string input = 3;
  string device = 4;
  map<string, AttrValue> attr = 5;
}

message FunctionDefLibrary {
  repeated FunctionDef function = 1;
}

message FunctionDef {
  OpDef signature = 1;
  repeated NodeDef node_def = 3;
}

message OpDef {
  string name = 1;
}

message AttrValue {
  oneof value {
    AttrList list = 1;
    bytes s = 2;
    int64 i = 3;
    float f = 4;
    bool b = 5;
    int32 type = 6;
    TensorProto tensor = 8;
    string placeholder = 9;
    NameAttrList func = 10;
  }
}

message AttrList {
  repeated bytes s = 2;
  repeated NameAttrList func = 9;
}

message NameAttrList {
  string name = 1;
  map<string, AttrValue> attr = 2;
}

message TensorProto {
  int32 dtype = 1;
  repeated bytes string_val = 8;
}

message SavedObjectGraph {
  repeated SavedObject nodes = 1;
}

message SavedObject {
  SavedUserObject user_object = 4;
}

message SavedUserObject {
  string identifier = 1;
  string metadata = 3;
}

message SavedMetadata {
  repeated KerasSavedObject nodes = 1;
}

message KerasSavedObject {
  int32 node_id = 2;
  string node_path = 3;
  string identifier = 4;
  string metadata = 5;
}
`;

;// CONCATENATED MODULE: ./lib/formats/tensorflow/decode.js

let types;
/** protobufjs and the parsed schema are loaded on first use only, once per process. */
function loadTypes() {
    types ??= (async () => {
        const { default: protobuf } = await __nccwpck_require__.e(/* import() */ 405).then(__nccwpck_require__.t.bind(__nccwpck_require__, 4405, 19));
        const { root } = protobuf.parse(TENSORFLOW_PROTO, { keepCase: true });
        const names = ['SavedModel', 'MetaGraphDef', 'GraphDef', 'SavedMetadata'];
        return new Map(names.map((n) => [n, root.lookupType(`modelscan.tf.${n}`)]));
    })();
    return types;
}
/** Decodes one message; throws on malformed protobuf (the caller reports it as not fully scanned). */
async function decodeTf(name, bytes) {
    const type = (await loadTypes()).get(name);
    return type.decode(bytes);
}

;// CONCATENATED MODULE: ./lib/formats/tensorflow/detect.js
function looksLikeSavedModel(head) {
    // field 1 varint = 1, field 2 (meta_graphs) length-delimited, whose first field is 1 or 2 (meta_info_def / graph_def).
    if (head[0] !== 0x08 || head[1] !== 0x01 || head[2] !== 0x12)
        return false;
    const [, next] = detect_readVarint(head, 3);
    return next !== undefined && (head[next] === 0x0a || head[next] === 0x12);
}
function looksLikeKerasMetadata(head) {
    if (head[0] !== 0x0a)
        return false;
    let [, at] = detect_readVarint(head, 1);
    if (at === undefined)
        return false;
    if (head[at] === 0x10)
        [, at] = detect_readVarint(head, at + 1); // node_id (absent when 0)
    if (at === undefined || head[at] !== 0x1a)
        return false;
    const [length, start] = detect_readVarint(head, at + 1);
    if (start === undefined || length === undefined || length < 4)
        return false;
    return Buffer.from(head.subarray(start, start + 4)).toString('latin1') === 'root';
}
/** Decides what to decode a `.pb` / `.meta` as. */
function tfFileKind(head, name) {
    if (looksLikeSavedModel(head))
        return 'saved-model';
    if (looksLikeKerasMetadata(head))
        return 'keras-metadata';
    if (name.endsWith('.meta'))
        return 'meta-graph';
    return 'graph-def';
}
function detect_readVarint(bytes, at) {
    let value = 0;
    for (let i = 0; i < 5 && at + i < bytes.length; i++) {
        const b = bytes[at + i];
        value += (b & 0x7f) * 2 ** (7 * i);
        if ((b & 0x80) === 0)
            return [value, at + i + 1];
    }
    return [undefined, undefined];
}

;// CONCATENATED MODULE: ./lib/policy/tensorflow-ops.js
const PYTHON = (effect) => ({ ruleId: 'tensorflow/python-op', severity: 'critical', effect });
const FILE = (severity, effect, pathInputs) => ({
    ruleId: 'tensorflow/file-access-op',
    severity,
    effect,
    ...(pathInputs ? { pathInputs } : {}),
});
/** Ops that are findings wherever they appear. */
const TF_RISKY_OPS = new Map([
    // Python callbacks: run a Python function of the loading process.
    ['PyFunc', PYTHON('calls back into Python')],
    ['PyFuncStateless', PYTHON('calls back into Python')],
    ['EagerPyFunc', PYTHON('calls back into Python')],
    ['PyCall', PYTHON('calls back into Python')],
    // Direct file system access.
    ['ReadFile', FILE('high', 'reads a file', [0])],
    ['WriteFile', FILE('high', 'writes a file', [0])],
    ['MatchingFiles', FILE('high', 'lists files matching a pattern', [0])],
    ['ImmutableConst', FILE('high', 'memory-maps a file named in its attributes')],
    ['WholeFileReader', FILE('high', 'reads whole files')],
    ['WholeFileReaderV2', FILE('high', 'reads whole files')],
    ['TextLineReader', FILE('high', 'reads text files')],
    ['TextLineReaderV2', FILE('high', 'reads text files')],
    ['TFRecordReader', FILE('high', 'reads TFRecord files')],
    ['TFRecordReaderV2', FILE('high', 'reads TFRecord files')],
    ['FixedLengthRecordReader', FILE('high', 'reads files')],
    ['FixedLengthRecordReaderV2', FILE('high', 'reads files')],
    ['IdentityReader', FILE('high', 'reads work items from a queue of file names')],
    ['IdentityReaderV2', FILE('high', 'reads work items from a queue of file names')],
    ['LMDBReader', FILE('high', 'reads an LMDB database')],
    ['LoadAndRemapMatrix', FILE('high', 'reads a checkpoint file', [0])],
    ['InitializeTableFromTextFile', FILE('medium', 'fills a lookup table from a text file', [1])],
    ['InitializeTableFromTextFileV2', FILE('medium', 'fills a lookup table from a text file', [1])],
    ['CreateSummaryFileWriter', FILE('high', 'writes event files to a directory', [1])],
    ['CreateSummaryDbWriter', FILE('high', 'writes to a database file', [1])],
    ['SummaryWriter', FILE('high', 'writes event files')],
    ['WriteAudioSummary', FILE('medium', 'writes a summary')],
    ['DebugIdentityV2', FILE('high', 'dumps tensors to a directory named in its attributes')],
    ['DebugIdentityV3', FILE('high', 'dumps tensors to URLs named in its attributes')],
    ['DebugIdentity', FILE('high', 'sends tensors to debug URLs named in its attributes')],
    ['DebugNanCount', FILE('high', 'sends tensors to debug URLs named in its attributes')],
    ['DebugNumericSummary', FILE('high', 'sends tensors to debug URLs named in its attributes')],
    ['DebugNumericSummaryV2', FILE('medium', 'summarises tensors for a debugger')],
    ['SaveDataset', FILE('high', 'writes a dataset to a path', [1])],
    ['SaveDatasetV2', FILE('high', 'writes a dataset to a path', [1])],
    ['LoadDataset', FILE('high', 'reads a dataset from a path', [0])],
    ['DatasetToTFRecord', FILE('high', 'writes a TFRecord file', [1])],
    ['ExperimentalDatasetToTFRecord', FILE('high', 'writes a TFRecord file', [1])],
    ['SnapshotDataset', FILE('high', 'writes dataset snapshots to a path', [1])],
    ['SnapshotDatasetV2', FILE('high', 'writes dataset snapshots to a path', [1])],
    ['SqlDataset', FILE('high', 'queries a database', [1])],
    ['ExperimentalSqlDataset', FILE('high', 'queries a database', [1])],
    ['LMDBDataset', FILE('high', 'reads an LMDB database', [0])],
    ['ExperimentalLMDBDataset', FILE('high', 'reads an LMDB database', [0])],
    ['CSVDataset', FILE('medium', 'reads CSV files', [0])],
    ['CSVDatasetV2', FILE('medium', 'reads CSV files', [0])],
    ['ExperimentalCSVDataset', FILE('medium', 'reads CSV files', [0])],
    // Dataset readers: a served model has no business opening data files; not code execution either.
    ['TFRecordDataset', FILE('medium', 'reads TFRecord files', [0])],
    ['TFRecordDatasetV2', FILE('medium', 'reads TFRecord files', [0])],
    ['FixedLengthRecordDataset', FILE('medium', 'reads fixed-length record files', [0])],
    ['FixedLengthRecordDatasetV2', FILE('medium', 'reads fixed-length record files', [0])],
    ['TextLineDataset', FILE('medium', 'reads text files', [0])],
    // Network.
    ['DataServiceDataset', FILE('high', 'connects to a tf.data service address', [2])],
    ['DataServiceDatasetV2', FILE('high', 'connects to a tf.data service address', [2])],
    ['DataServiceDatasetV3', FILE('high', 'connects to a tf.data service address', [2])],
    ['DataServiceDatasetV4', FILE('high', 'connects to a tf.data service address', [2])],
    ['RegisterDataset', FILE('high', 'sends a dataset to a tf.data service address', [1])],
    ['RegisterDatasetV2', FILE('high', 'sends a dataset to a tf.data service address', [1])],
    ['GcsConfigureCredentials', FILE('high', 'sets Google Cloud Storage credentials')],
    ['GcsConfigureBlockCache', FILE('medium', 'configures Google Cloud Storage access')],
    ['BigQueryReader', FILE('high', 'reads from BigQuery')],
    ['_Send', FILE('medium', 'sends tensors to another device or process')],
    ['_Recv', FILE('medium', 'receives tensors from another device or process')],
    ['_HostSend', FILE('medium', 'sends tensors to another device or process')],
    ['_HostRecv', FILE('medium', 'receives tensors from another device or process')],
]);
/**
 * Checkpoint ops every SavedModel has. Ordinary models feed them the path at
 * run time (a placeholder or function argument, or TF1's `save/Const` named by
 * the SaverDef); a hard-coded constant path is the finding.
 */
const TF_CHECKPOINT_OPS = new Map([
    ['SaveV2', [0]],
    ['RestoreV2', [0]],
    ['MergeV2Checkpoints', [0, 1]],
    ['Save', [0]],
    ['SaveSlices', [0]],
    ['Restore', [0]],
    ['RestoreSlice', [0]],
    ['ShardedFilename', [0]],
]);
/** PrintV2 output streams that do not name a file. */
const TF_PRINT_STREAMS = new Set(['', 'stdout', 'stderr', 'log(info)', 'log(warning)', 'log(error)']);
/** DecodeProtoV2/EncodeProto descriptor sources that read no file. */
const TF_PROTO_DESCRIPTOR_SOURCES = new Set(['', 'local://']);
/**
 * Standard ops: what ordinary TF1 and TF2 SavedModels, Keras exports and
 * frozen graphs contain (array, math, nn, control flow, resource variables,
 * functions, strings, images, random, sparse/ragged, lookup tables, tf.data,
 * quantization, TPU/XLA wrappers). An op outside this list and outside the
 * function library is reported as unknown (native code from a custom library).
 */
const TF_STANDARD_OPS = new Set(`
  Const Identity IdentityN NoOp Placeholder PlaceholderWithDefault PlaceholderV2 StopGradient PreventGradient Snapshot
  _Arg _Retval _DeviceArg _DeviceRetval _ArrayToList _ListToArray _ReadVariablesOp _FusedConv2D _FusedMatMul _FusedBatchNormEx
  _MklMatMul _MklConv2D _MklFusedConv2D _MklFusedMatMul _MklLayerNorm _MklSwish _MklNativeConv2D _MklNativeFusedConv2D
  _FusedDepthwiseConv2dNative _FusedConv3D
  StatefulPartitionedCall PartitionedCall SymbolicGradient RemoteCall TPUPartitionedCall
  If StatelessIf While StatelessWhile Case StatelessCase For
  Switch Merge Enter Exit NextIteration LoopCond RefSwitch RefMerge RefEnter RefExit RefNextIteration ControlTrigger Abort
  VarHandleOp ReadVariableOp AssignVariableOp AssignAddVariableOp AssignSubVariableOp VarIsInitializedOp DestroyResourceOp
  ResourceGather ResourceGatherNd ResourceScatterAdd ResourceScatterSub ResourceScatterMul ResourceScatterDiv ResourceScatterMin
  ResourceScatterMax ResourceScatterUpdate ResourceScatterNdUpdate ResourceScatterNdAdd ResourceScatterNdSub ResourceStridedSliceAssign
  VariableShape VariableV2 Variable Assign AssignAdd AssignSub IsVariableInitialized TemporaryVariable DestroyTemporaryVariable
  ScatterAdd ScatterSub ScatterMul ScatterDiv ScatterUpdate ScatterMin ScatterMax ScatterNdUpdate ScatterNdAdd ScatterNdSub
  ResourceApplyAdam ResourceApplyAdamWithAmsgrad ResourceApplyGradientDescent ResourceApplyMomentum ResourceApplyKerasMomentum
  ResourceApplyRMSProp ResourceApplyCenteredRMSProp ResourceApplyAdagrad ResourceApplyAdagradV2 ResourceApplyAdadelta
  ResourceApplyFtrl ResourceApplyFtrlV2 ResourceApplyAdaMax ResourceApplyProximalAdagrad ResourceApplyProximalGradientDescent
  ResourceApplyPowerSign ResourceApplyAddSign ResourceSparseApplyAdagrad ResourceSparseApplyAdagradV2 ResourceSparseApplyMomentum
  ResourceSparseApplyKerasMomentum ResourceSparseApplyFtrl ResourceSparseApplyRMSProp ResourceSparseApplyAdadelta
  ApplyAdam ApplyGradientDescent ApplyMomentum ApplyRMSProp ApplyAdagrad ApplyFtrl ApplyAdadelta
  SaveV2 RestoreV2 MergeV2Checkpoints ShardedFilename ShardedFilespec Save SaveSlices Restore RestoreSlice StringJoin
  StaticRegexFullMatch RegexFullMatch StaticRegexReplace RegexReplace
  Add AddV2 AddN Sub Mul MulNoNan Div DivNoNan RealDiv FloorDiv FloorMod TruncateDiv TruncateMod Mod Pow SquaredDifference
  Maximum Minimum Neg Abs Sign Reciprocal Inv Square Sqrt Rsqrt Exp Expm1 Log Log1p Sin Cos Tan Asin Acos Atan Atan2 Sinh Cosh
  Tanh Asinh Acosh Atanh Sigmoid Erf Erfc Erfinv Lgamma Digamma Igamma Igammac Betainc Zeta Polygamma Floor Ceil Round Rint
  IsNan IsInf IsFinite Xlogy Xdivy Xlog1py BesselI0e BesselI1e Ndtri Cumsum Cumprod CumulativeLogsumexp ClipByValue
  Equal NotEqual Less LessEqual Greater GreaterEqual LogicalAnd LogicalOr LogicalNot ApproximateEqual
  BitwiseAnd BitwiseOr BitwiseXor Invert LeftShift RightShift PopulationCount
  Cast Bitcast Complex Real Imag ComplexAbs Conj Angle
  MatMul BatchMatMul BatchMatMulV2 BatchMatMulV3 SparseMatMul Einsum MatrixDiag MatrixDiagV2 MatrixDiagV3 MatrixDiagPart
  MatrixDiagPartV2 MatrixDiagPartV3 MatrixSetDiag MatrixSetDiagV2 MatrixSetDiagV3 MatrixBandPart MatrixInverse MatrixDeterminant
  LogMatrixDeterminant MatrixSolve MatrixTriangularSolve MatrixSolveLs Cholesky Qr Svd SelfAdjointEigV2 Eig MatrixExponential
  MatrixLogarithm MatrixSquareRoot Lu LuMatrixInverse BandedTriangularSolve TridiagonalSolve TridiagonalMatMul Cross
  Sum Prod Max Min Mean All Any ArgMax ArgMin EuclideanNorm
  SegmentSum SegmentMean SegmentProd SegmentMax SegmentMin UnsortedSegmentSum UnsortedSegmentMax UnsortedSegmentMin
  UnsortedSegmentProd SparseSegmentSum SparseSegmentMean SparseSegmentSqrtN SparseSegmentSumWithNumSegments
  SparseSegmentMeanWithNumSegments SparseSegmentSqrtNWithNumSegments
  Reshape Shape ShapeN Size Rank ExpandDims Squeeze Transpose ConjugateTranspose Pack Unpack Concat ConcatV2 ConcatOffset
  Split SplitV Slice StridedSlice StridedSliceGrad StridedSliceAssign TensorStridedSliceUpdate Tile TileGrad Pad PadV2 MirrorPad
  MirrorPadGrad Fill ZerosLike OnesLike Range LinSpace Gather GatherV2 GatherNd ScatterNd ScatterNdNonAliasingAdd
  TensorScatterUpdate TensorScatterAdd TensorScatterSub TensorScatterMax TensorScatterMin Where Select SelectV2 Reverse ReverseV2
  ReverseSequence OneHot BroadcastTo BroadcastArgs BroadcastGradientArgs Unique UniqueV2 UniqueWithCounts UniqueWithCountsV2
  ListDiff SetSize DenseToDenseSetOperation DenseToSparseSetOperation InvertPermutation DynamicPartition DynamicStitch
  ParallelDynamicStitch SpaceToBatch SpaceToBatchND BatchToSpace BatchToSpaceND SpaceToDepth DepthToSpace ExtractImagePatches
  ExtractVolumePatches CheckNumerics CheckNumericsV2 Assert Print PrintV2 StringFormat EnsureShape DeepCopy Empty InplaceAdd
  InplaceSub InplaceUpdate GuaranteeConst Unravel UnravelIndex DiagPart Diag MatrixDiagPartV3 Bucketize HistogramFixedWidth
  SearchSorted UpperBound LowerBound TopK TopKV2 InTopK InTopKV2 NthElement Roll EditDistance QuantizeAndDequantizeV2
  QuantizeAndDequantizeV3 QuantizeAndDequantizeV4 FakeQuantWithMinMaxVars FakeQuantWithMinMaxArgs
  FakeQuantWithMinMaxVarsPerChannel QuantizeV2 Dequantize Requantize QuantizedConv2D QuantizedMatMul QuantizedRelu
  QuantizedAdd QuantizedMul QuantizedConcat QuantizedReshape QuantizedAvgPool QuantizedMaxPool QuantizedBiasAdd
  QuantizeDownAndShrinkRange RequantizationRange UniformQuantize UniformDequantize UniformRequantize UniformQuantizedDot
  UniformQuantizedConvolution UniformQuantizedAdd UniformQuantizedClipByValue
  BiasAdd BiasAddV1 BiasAddGrad Relu Relu6 Elu Selu LeakyRelu Softplus Softsign Softmax LogSoftmax Conv2D Conv3D Conv1D
  Conv2DBackpropInput Conv2DBackpropFilter Conv3DBackpropInputV2 Conv3DBackpropFilterV2 Conv DepthwiseConv2dNative
  DepthwiseConv2dNativeBackpropInput DepthwiseConv2dNativeBackpropFilter MaxPool MaxPoolV2 MaxPool3D AvgPool AvgPool3D
  MaxPoolWithArgmax MaxPoolGrad MaxPoolGradV2 AvgPoolGrad FractionalMaxPool FractionalAvgPool Dilation2D FusedBatchNorm
  FusedBatchNormV2 FusedBatchNormV3 FusedBatchNormGrad FusedBatchNormGradV2 FusedBatchNormGradV3 BatchNormWithGlobalNormalization
  LRN L2Loss SoftmaxCrossEntropyWithLogits SparseSoftmaxCrossEntropyWithLogits CTCLoss CTCLossV2 CTCGreedyDecoder
  CTCBeamSearchDecoder Relu6Grad ReluGrad EluGrad SeluGrad SigmoidGrad TanhGrad SoftplusGrad SoftsignGrad LeakyReluGrad
  RsqrtGrad SqrtGrad ReciprocalGrad InvGrad BlockLSTM BlockLSTMV2 LSTMBlockCell GRUBlockCell CudnnRNN CudnnRNNV2 CudnnRNNV3
  CudnnRNNParamsSize CudnnRNNCanonicalToParams CudnnRNNCanonicalToParamsV2 CudnnRNNParamsToCanonical CudnnRNNParamsToCanonicalV2
  NonMaxSuppression NonMaxSuppressionV2 NonMaxSuppressionV3 NonMaxSuppressionV4 NonMaxSuppressionV5
  NonMaxSuppressionWithOverlaps CombinedNonMaxSuppression CropAndResize ResizeBilinear ResizeNearestNeighbor ResizeBicubic
  ResizeArea ResizeBilinearGrad ResizeNearestNeighborGrad ScaleAndTranslate DecodeJpeg DecodePng DecodeGif DecodeBmp DecodeImage
  DecodeAndCropJpeg EncodeJpeg EncodeJpegVariableQuality EncodePng ExtractJpegShape AdjustContrastv2 AdjustHue AdjustSaturation
  HSVToRGB RGBToHSV DrawBoundingBoxes DrawBoundingBoxesV2 SampleDistortedBoundingBox SampleDistortedBoundingBoxV2
  StatelessSampleDistortedBoundingBox ImageProjectiveTransformV2 ImageProjectiveTransformV3 DecodeRaw DecodePaddedRaw DecodeBase64
  EncodeBase64 DecodeCSV DecodeCompressed DecodeJSONExample DecodeWav EncodeWav AudioSpectrogram Mfcc ParseExample ParseExampleV2
  ParseSingleExample ParseSequenceExample ParseSequenceExampleV2 ParseSingleSequenceExample ParseTensor SerializeTensor
  SerializeManySparse SerializeSparse DeserializeSparse DeserializeManySparse DecodeProtoV2 EncodeProto
  AsString StringToNumber StringToHashBucket StringToHashBucketFast StringToHashBucketStrong StringLength StringSplit
  StringSplitV2 StringStrip StringLower StringUpper Substr UnicodeDecode UnicodeDecodeWithOffsets UnicodeEncode UnicodeScript
  UnicodeTranscode StringNGrams ReduceJoin Fingerprint StringFormat StaticRegexFullMatch
  RandomUniform RandomUniformInt RandomStandardNormal TruncatedNormal RandomShuffle RandomGamma RandomPoisson RandomPoissonV2
  Multinomial ParameterizedTruncatedNormal StatelessRandomUniform StatelessRandomUniformV2 StatelessRandomUniformInt
  StatelessRandomUniformIntV2 StatelessRandomUniformFullInt StatelessRandomUniformFullIntV2 StatelessRandomNormal
  StatelessRandomNormalV2 StatelessTruncatedNormal StatelessTruncatedNormalV2 StatelessMultinomial StatelessRandomGetKeyCounter
  StatelessRandomGetAlg StatelessRandomGetKeyCounterAlg StatelessRandomGammaV2 StatelessRandomGammaV3 StatelessRandomPoisson
  StatelessRandomBinomial StatelessParameterizedTruncatedNormal StatelessShuffle RngReadAndSkip RngSkip
  StatefulUniform StatefulUniformInt StatefulUniformFullInt StatefulStandardNormalV2 StatefulTruncatedNormal
  NonDeterministicInts AnonymousSeedGenerator DeleteSeedGenerator DummySeedGenerator
  SparseTensorDenseMatMul SparseTensorDenseAdd SparseToDense SparseReshape SparseReorder SparseConcat SparseAdd SparseSlice
  SparseReduceSum SparseReduceMax SparseFillEmptyRows SparseFillEmptyRowsGrad SparseSoftmax SparseSparseMaximum
  SparseSparseMinimum SparseDenseCwiseAdd SparseDenseCwiseMul SparseDenseCwiseDiv SparseSplit SparseCross SparseCrossV2
  SparseCrossHashed SparseTensorSliceDataset SparseSegmentMeanGrad SparseCountSparseOutput DenseCountSparseOutput
  RaggedCountSparseOutput RaggedTensorToTensor RaggedTensorToSparse RaggedTensorFromVariant RaggedTensorToVariant RaggedGather
  RaggedRange RaggedCross RaggedTensorToVariantGradient RaggedFillEmptyRows RaggedFillEmptyRowsGrad
  HashTable HashTableV2 MutableHashTable MutableHashTableV2 MutableHashTableOfTensors MutableHashTableOfTensorsV2
  MutableDenseHashTable MutableDenseHashTableV2 AnonymousHashTable AnonymousMutableHashTable AnonymousMutableDenseHashTable
  AnonymousMutableHashTableOfTensors LookupTableFind LookupTableFindV2 LookupTableInsert LookupTableInsertV2 LookupTableImport
  LookupTableImportV2 LookupTableExport LookupTableExportV2 LookupTableSize LookupTableSizeV2 LookupTableRemoveV2
  InitializeTable InitializeTableV2 SimpleHashTable
  TensorListReserve TensorListFromTensor TensorListStack TensorListGetItem TensorListSetItem TensorListPushBack
  TensorListPushBackBatch TensorListPopBack TensorListLength TensorListElementShape TensorListConcat TensorListConcatV2
  TensorListSplit TensorListGather TensorListScatter TensorListScatterV2 TensorListScatterIntoExistingList TensorListResize
  EmptyTensorList TensorListConcatLists TensorListAddLists
  TensorArrayV3 TensorArrayReadV3 TensorArrayWriteV3 TensorArrayGatherV3 TensorArrayScatterV3 TensorArraySizeV3
  TensorArrayConcatV3 TensorArraySplitV3 TensorArrayCloseV3 TensorArrayGradV3 TensorArrayGradWithShape TensorArrayV2
  TensorArrayReadV2 TensorArrayWriteV2 TensorArraySizeV2
  FIFOQueueV2 PaddingFIFOQueueV2 RandomShuffleQueueV2 PriorityQueueV2 FIFOQueue QueueEnqueueV2 QueueEnqueueManyV2
  QueueDequeueV2 QueueDequeueManyV2 QueueDequeueUpToV2 QueueCloseV2 QueueSizeV2 QueueIsClosedV2 Stack StackV2 StackPushV2
  StackPopV2 StackCloseV2 MapStage MapUnstage MapPeek Stage Unstage OrderedMapStage OrderedMapUnstage
  OptionalFromValue OptionalGetValue OptionalHasValue OptionalNone
  TensorDataset TensorSliceDataset RangeDataset MapDataset ParallelMapDataset ParallelMapDatasetV2 FilterDataset
  BatchDataset BatchDatasetV2 PaddedBatchDataset PaddedBatchDatasetV2 ParallelBatchDataset ShuffleDataset ShuffleDatasetV2
  ShuffleDatasetV3 ShuffleAndRepeatDataset ShuffleAndRepeatDatasetV2 RepeatDataset TakeDataset SkipDataset CacheDataset
  CacheDatasetV2 PrefetchDataset ZipDataset ConcatenateDataset FlatMapDataset InterleaveDataset ParallelInterleaveDataset
  ParallelInterleaveDatasetV2 ParallelInterleaveDatasetV3 ParallelInterleaveDatasetV4 ModelDataset OptimizeDataset
  OptimizeDatasetV2 OptionsDataset MapAndBatchDataset GeneratorDataset ScanDataset WindowDataset UnbatchDataset RebatchDataset
  RebatchDatasetV2 AssertCardinalityDataset AssertNextDataset AutoShardDataset MaxIntraOpParallelismDataset
  PrivateThreadPoolDataset DatasetCardinality DatasetToGraph DatasetToGraphV2 DatasetFromGraph DatasetToSingleElement
  ReduceDataset IteratorV2 Iterator AnonymousIterator AnonymousIteratorV2 AnonymousIteratorV3 IteratorGetNext
  IteratorGetNextSync IteratorGetNextAsOptional IteratorToStringHandle IteratorFromStringHandle IteratorFromStringHandleV2
  MakeIterator DeleteIterator OneShotIterator MultiDeviceIterator MultiDeviceIteratorInit MultiDeviceIteratorGetNextFromShard
  MultiDeviceIteratorToStringHandle MultiDeviceIteratorFromStringHandle AnonymousMultiDeviceIterator AnonymousMultiDeviceIteratorV3
  DeleteMultiDeviceIterator AnonymousMemoryCache DeleteMemoryCache AnonymousRandomSeedGenerator DeleteRandomSeedGenerator
  WrapDatasetVariant UnwrapDatasetVariant DummyIterationCounter IgnoreErrorsDataset LegacyParallelInterleaveDatasetV2
  ChooseFastestBranchDataset ChooseFastestDataset SlidingWindowDataset DenseToSparseBatchDataset GroupByWindowDataset
  GroupByReducerDataset TakeWhileDataset ParallelFilterDataset DirectedInterleaveDataset SampleFromDatasets
  DataServiceDatasetV4 ExperimentalAssertNextDataset ExperimentalMapAndBatchDataset ExperimentalRebatchDataset
  ExperimentalSlidingWindowDataset ExperimentalUnbatchDataset ExperimentalIgnoreErrorsDataset
  ExperimentalMaxIntraOpParallelismDataset ExperimentalPrivateThreadPoolDataset ExperimentalParseExampleDataset
  ParseExampleDataset ParseExampleDatasetV2 BytesProducedStatsDataset LatencyStatsDataset SetStatsAggregatorDataset
  XlaLaunch XlaCallModule XlaSharding XlaConcatND XlaSplitND XlaPad XlaConv XlaConvV2 XlaDot XlaDotV2 XlaGather XlaScatter
  XlaReduce XlaReduceWindow XlaSelectAndScatter XlaDynamicSlice XlaDynamicUpdateSlice XlaSort XlaVariadicSort XlaWhile XlaIf
  XlaBroadcastHelper XlaSelfAdjointEig XlaSvd XlaRngBitGenerator XlaClusterOutput XlaHostCompute XlaReplicaId XlaOptimizationBarrier
  TPUReplicatedInput TPUReplicatedOutput TPUReplicateMetadata TPUCompilationResult TPUOrdinalSelector TPUPartitionedInput
  TPUPartitionedInputV2 TPUPartitionedOutput TPUPartitionedOutputV2 ReadVariableXlaSplitND AssignVariableXlaConcatND
  EmptyTensorMap TensorMapInsert TensorMapLookup TensorMapErase TensorMapHasKey TensorMapSize TensorMapStackKeys
  FFT IFFT FFT2D IFFT2D FFT3D IFFT3D RFFT IRFFT RFFT2D IRFFT2D RFFT3D IRFFT3D FFTND IFFTND RFFTND IRFFTND
  ZerosLike CollectiveReduceV2 CollectiveGatherV2 CollectiveBcastSendV2 CollectiveBcastRecvV2 CollectiveReduce CollectiveGather
  CollectiveBcastSend CollectiveBcastRecv CollectiveAllToAllV2 CollectiveAllToAllV3 CollectiveReduceScatterV2 CollectiveAssignGroupV2
  CollectiveInitializeCommunicator CollectiveReduceV3 NcclAllReduce NcclReduce NcclBroadcast
  Timestamp Identity EnsureShape NoOp ConsumeMutexLock MutexLock MutexV2 ResourceAccumulatorApplyGradient
  ResourceAccumulatorNumAccumulated ResourceAccumulatorSetGlobalStep ResourceAccumulatorTakeGradient
  ResourceConditionalAccumulator ConditionalAccumulator AccumulatorApplyGradient AccumulatorTakeGradient
  SummaryWriter WriteScalarSummary WriteHistogramSummary WriteImageSummary WriteRawProtoSummary WriteGraphSummary
  WriteSummary FlushSummaryWriter CloseSummaryWriter ScalarSummary HistogramSummary ImageSummary AudioSummaryV2 MergeSummary
  TensorSummary TensorSummaryV2
  BoostedTreesCreateEnsemble BoostedTreesEnsembleResourceHandleOp BoostedTreesPredict BoostedTreesDeserializeEnsemble
  BoostedTreesSerializeEnsemble BoostedTreesGetEnsembleStates BoostedTreesBucketize BoostedTreesIsEnsembleInitialized
  DenseBincount Bincount SparseBincount RaggedBincount ClipByNorm Softmax BatchFunction Batch Unbatch UnbatchGrad
  `
    .split(/\s+/)
    .filter(Boolean));

;// CONCATENATED MODULE: ./lib/formats/tensorflow/graph-check.js

/** Walks a GraphDef and its function library; returns the number of nodes seen. */
function checkGraph(graph, options) {
    const functions = graph.library?.function ?? [];
    const functionNames = new Set(functions.map((f) => f.signature?.name ?? '').filter(Boolean));
    let nodes = checkScope(graph.node ?? [], `the graph of ${options.where}`, functionNames, options);
    for (const fn of functions) {
        nodes += checkScope(fn.node_def ?? [], `function "${fn.signature?.name ?? '?'}" of ${options.where}`, functionNames, options);
    }
    return nodes;
}
function checkScope(nodes, scope, functionNames, options) {
    const byName = new Map(nodes.map((n) => [n.name ?? '', n]));
    for (const node of nodes) {
        const op = node.op ?? '';
        const where = `node "${node.name ?? '?'}" in ${scope}`;
        const risk = TF_RISKY_OPS.get(op);
        if (risk) {
            const paths = constantInputs(node, risk.pathInputs ?? [], byName);
            const attrs = attributeStrings(node);
            const severity = risk.severity === 'medium' && paths.length > 0 ? 'high' : risk.severity;
            options.report({
                ruleId: risk.ruleId,
                severity,
                callable: op,
                message: `The model graph contains ${op} (${where}), which ${risk.effect}${paths.length > 0 ? `: ${paths.map((p) => `"${p}"`).join(', ')}` : ''}.`,
                ...(paths.length + attrs.length > 0 ? { args: [...paths, ...attrs].slice(0, 8) } : {}),
            });
            continue;
        }
        const checkpointInputs = TF_CHECKPOINT_OPS.get(op);
        if (checkpointInputs) {
            checkCheckpointPath(node, checkpointInputs, byName, where, options);
            continue;
        }
        checkAttributes(node, op, where, options);
        if (!TF_STANDARD_OPS.has(op) && !functionNames.has(op)) {
            options.report({
                ruleId: 'tensorflow/unknown-op',
                callable: op,
                message: `The model graph uses the op "${op}" (${where}), which is not a standard TensorFlow op: it is native code from a custom op library.`,
            });
        }
    }
    return nodes.length;
}
/** Checkpoint ops are normal; a hard-coded path (not the saver's fed filename) reads or writes a fixed file. */
function checkCheckpointPath(node, inputs, byName, where, options) {
    const fed = options.saverFilenameNode;
    const fixed = inputs.filter((i) => sourceNode(node.input?.[i], byName)?.name !== fed || fed === undefined);
    const paths = constantInputs(node, fixed, byName);
    if (paths.length === 0)
        return;
    options.report({
        ruleId: 'tensorflow/file-access-op',
        severity: 'high',
        callable: node.op ?? '',
        args: paths,
        message: `The checkpoint op ${node.op} (${where}) reads or writes the hard-coded path ${paths.map((p) => `"${p}"`).join(', ')} instead of the path the loader passes in.`,
    });
}
/** Standard ops whose attributes can still point at files: PrintV2 output_stream, DecodeProtoV2 descriptor_source. */
function checkAttributes(node, op, where, options) {
    const attr = node.attr ?? {};
    let target;
    if (op === 'PrintV2') {
        const stream = graph_check_text(attr.output_stream?.s);
        if (stream !== undefined && !TF_PRINT_STREAMS.has(stream))
            target = stream;
    }
    else if (op === 'DecodeProtoV2' || op === 'EncodeProto') {
        const source = graph_check_text(attr.descriptor_source?.s);
        if (source !== undefined && !TF_PROTO_DESCRIPTOR_SOURCES.has(source))
            target = source;
    }
    if (target === undefined)
        return;
    options.report({
        ruleId: 'tensorflow/file-access-op',
        severity: 'high',
        callable: op,
        args: [target.slice(0, 200)],
        message: `The model graph contains ${op} (${where}) pointed at "${target.slice(0, 200)}", so running the model touches that file.`,
    });
}
/** String values of the Const nodes feeding the given inputs (through Identity nodes). */
function constantInputs(node, inputs, byName) {
    const out = [];
    for (const index of inputs) {
        const source = sourceNode(node.input?.[index], byName);
        if (source?.op !== 'Const')
            continue;
        for (const value of source.attr?.value?.tensor?.string_val ?? [])
            out.push(graph_check_text(value).slice(0, 200));
    }
    return out;
}
/** The node an input refers to ("name", "name:1", "^name", "name:output:0" in functions), skipping Identity hops. */
function sourceNode(input, byName) {
    let name = input?.replace(/^\^/, '').split(':')[0];
    for (let hops = 0; name !== undefined && hops < 8; hops++) {
        const node = byName.get(name);
        if (node?.op !== 'Identity')
            return node;
        name = node.input?.[0]?.replace(/^\^/, '').split(':')[0];
    }
    return undefined;
}
/** File-like attribute values of risky ops (ImmutableConst memory_region_name, debug_urls, dump_root). */
function attributeStrings(node) {
    const out = [];
    const attr = node.attr ?? {};
    for (const key of ['memory_region_name', 'dump_root', 'debug_urls', 'output_stream', 'filename', 'file_pattern']) {
        const value = attr[key];
        if (!value)
            continue;
        const single = graph_check_text(value.s);
        if (single)
            out.push(single.slice(0, 200));
        for (const s of value.list?.s ?? [])
            out.push(graph_check_text(s).slice(0, 200));
    }
    return out;
}
function graph_check_text(bytes) {
    return bytes == null ? undefined : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8');
}

;// CONCATENATED MODULE: ./lib/formats/tensorflow/index.js





const TF1_META_GRAPH = /\.ckpt[^/]*\.meta$/;
/**
 * TensorFlow SavedModel (`saved_model.pb`), Keras `keras_metadata.pb`, TF1
 * meta graphs and frozen GraphDefs (`.pb`): every node of the graph and of
 * every library function is checked against the op policy, and Keras layer
 * metadata goes through the Keras config walker.
 */
const savedModelScanner = {
    id: 'tensorflow',
    name: 'TensorFlow SavedModel / GraphDef',
    extensions: ['.pb'],
    claim(probe) {
        if (looksLikeSavedModel(probe.head) || looksLikeKerasMetadata(probe.head))
            return 'magic';
        return probe.extension === '.pb' || TF1_META_GRAPH.test(probe.name) ? 'hint' : false;
    },
    async scan(ctx) {
        const size = ctx.source.size;
        // Decoding needs the whole message in memory; embedded constants can make it large.
        if (size > ctx.limits.maxMemberBytes) {
            ctx.incomplete(`the protobuf is larger than the ${ctx.limits.maxMemberBytes}-byte limit`);
            return;
        }
        const bytes = ctx.source.read(0, size);
        const name = (ctx.member ?? ctx.file).split('/').pop().toLowerCase();
        const kind = tfFileKind(bytes, name);
        try {
            if (kind === 'saved-model')
                await scanSavedModel(ctx, await decodeTf('SavedModel', bytes), name);
            else if (kind === 'keras-metadata')
                await scanKerasMetadata(ctx, await decodeTf('SavedMetadata', bytes), name);
            else if (kind === 'meta-graph')
                await scanMetaGraphs(ctx, [await decodeTf('MetaGraphDef', bytes)], name);
            else
                scanGraphDef(ctx, await decodeTf('GraphDef', bytes), name);
        }
        catch (error) {
            ctx.incomplete(`not a readable TensorFlow protobuf (${errorText(error)})`);
        }
    },
};
async function scanSavedModel(ctx, model, name) {
    const graphs = model.meta_graphs ?? [];
    if (graphs.length === 0) {
        ctx.incomplete('the SavedModel has no meta graph');
        return;
    }
    await scanMetaGraphs(ctx, graphs, name);
}
async function scanMetaGraphs(ctx, graphs, name) {
    const kerasConfigs = [];
    for (const [index, graph] of graphs.entries()) {
        const tags = graph.meta_info_def?.tags?.join(',') ?? '';
        const where = `${name} meta graph ${index}${tags ? ` [${tags}]` : ''}`;
        const saverFilename = graph.saver_def?.filename_tensor_name?.split(':')[0];
        checkGraph(graph.graph_def ?? {}, {
            where,
            ...(saverFilename ? { saverFilenameNode: saverFilename } : {}),
            report: (f) => ctx.report(f),
        });
        checkAssets(ctx, graph, where);
        // TF <= 2.4 kept Keras layer metadata in the object graph; Keras still reads it when keras_metadata.pb is absent.
        for (const [node, object] of (graph.object_graph_def?.nodes ?? []).entries()) {
            const metadata = object.user_object?.metadata;
            if (metadata)
                kerasConfigs.push({ text: metadata, where: `Keras metadata of object ${node} in ${where}` });
        }
    }
    await scanConfigTexts(ctx, kerasConfigs);
}
/** Asset paths are joined to the SavedModel's assets/ folder; an absolute or ../ path escapes it. */
function checkAssets(ctx, graph, where) {
    for (const asset of graph.asset_file_def ?? []) {
        const filename = asset.filename ?? '';
        if (!/^([/\\]|[A-Za-z]:)|(^|[/\\])\.\.([/\\]|$)/.test(filename))
            continue;
        ctx.report({
            ruleId: 'tensorflow/file-access-op',
            severity: 'high',
            callable: 'asset',
            args: [filename.slice(0, 200)],
            message: `An asset of ${where} points outside the SavedModel folder ("${filename.slice(0, 200)}"), so loading the model reads that file.`,
        });
    }
}
function scanGraphDef(ctx, graph, name) {
    const nodes = checkGraph(graph, { where: name, report: (f) => ctx.report(f) });
    if (nodes === 0)
        ctx.incomplete('no TensorFlow graph nodes found');
}
async function scanKerasMetadata(ctx, metadata, name) {
    const texts = (metadata.nodes ?? [])
        .filter((n) => n.metadata)
        .map((n) => ({ text: n.metadata, where: `${name} node "${n.node_path ?? '?'}"` }));
    if (texts.length === 0) {
        ctx.incomplete('keras_metadata.pb holds no layer metadata');
        return;
    }
    await scanConfigTexts(ctx, texts);
}

;// CONCATENATED MODULE: ./lib/formats/gguf/tensors.js



/** Name length, dimension count, one dimension, type, offset. */
const MIN_TENSOR_INFO_BYTES = 8 + 4 + 8 + 4 + 8;
const MAX_PROBLEMS = 20;
/**
 * Reads the tensor descriptors and checks what loaders trust blindly: the
 * dimension count, dimension products (overflow), the type, alignment, and
 * that every tensor's bytes lie inside the data section without overlapping.
 * Structural errors throw; per-tensor problems are passed to `problem`.
 */
function readTensorInfos(cursor, count, wide, alignment, problem) {
    cursor.ensure(count, MIN_TENSOR_INFO_BYTES, 'the tensor count');
    const utf8 = new TextDecoder();
    const ranges = [];
    const names = new Set();
    const unknownTypes = new Set();
    let reported = 0;
    const report = (message, offset) => {
        if (reported++ < MAX_PROBLEMS)
            problem(message, offset);
    };
    for (let i = 0n; i < count; i++) {
        const at = cursor.pos;
        const nameLength = wide ? cursor.u64() : BigInt(cursor.u32());
        cursor.ensure(nameLength, 1, 'a tensor name length');
        if (nameLength > MAX_NAME_BYTES)
            throw new GgufMalformed(`a tensor name of ${nameLength} bytes`, at);
        const name = utf8.decode(cursor.bytes(Number(nameLength)));
        if (names.has(name))
            report(`the tensor "${name.slice(0, 100)}" appears twice`, at);
        names.add(name);
        const dimCount = cursor.u32();
        if (dimCount > MAX_TENSOR_DIMS)
            throw new GgufMalformed(`tensor "${name.slice(0, 100)}" has ${dimCount} dimensions (at most ${MAX_TENSOR_DIMS})`, at);
        const dims = [];
        for (let d = 0; d < dimCount; d++)
            dims.push(wide ? cursor.u64() : BigInt(cursor.u32()));
        const type = cursor.u32();
        const offset = cursor.u64();
        // ggml gains types often: an unknown one is a coverage gap, not evidence of an attack.
        if (!GGML_TYPE_LAYOUT.has(type))
            unknownTypes.add(type);
        const size = tensorBytes(name, dims, type, report, at);
        if (offset % BigInt(alignment) !== 0n)
            report(`tensor "${name.slice(0, 100)}" starts at ${offset}, not a multiple of the alignment ${alignment}`, at);
        if (size !== undefined)
            ranges.push({ name, start: offset, end: offset + size });
    }
    const dataStart = alignUp(BigInt(cursor.pos), BigInt(alignment));
    const dataSize = BigInt(cursor.size) - dataStart;
    checkRanges(ranges, dataSize, dataStart, report);
    return { unknownTypes: [...unknownTypes] };
}
/** Bytes a tensor occupies, or undefined when its type or shape makes that meaningless (reported). */
function tensorBytes(name, dims, type, report, at) {
    const layout = GGML_TYPE_LAYOUT.get(type);
    if (!layout)
        return undefined;
    const label = `tensor "${name.slice(0, 100)}"`;
    let elements = 1n;
    for (const dim of dims)
        elements *= dim;
    // llama.cpp keeps element counts in int64_t; anything above overflows it (CVE-2026-27940 class).
    if (elements >= 1n << 63n) {
        report(`${label} has ${elements} elements, which overflows a 64-bit count`, at);
        return undefined;
    }
    if (dims.length > 0 && dims[0] % BigInt(layout.block) !== 0n) {
        report(`${label} has a first dimension of ${dims[0]}, not a multiple of the ${layout.name} block size ${layout.block}`, at);
        return undefined;
    }
    return (elements / BigInt(layout.block)) * BigInt(layout.bytes);
}
function checkRanges(ranges, dataSize, dataStart, report) {
    ranges.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
    let previous;
    for (const range of ranges) {
        const label = `tensor "${range.name.slice(0, 100)}"`;
        if (range.end > dataSize) {
            report(`${label} spans bytes ${range.start}–${range.end} of the data section, which has only ${dataSize < 0n ? 0n : dataSize} (out-of-bounds read)`, Number(dataStart));
        }
        if (previous && range.start < previous.end)
            report(`${label} overlaps tensor "${previous.name.slice(0, 100)}"`, Number(dataStart));
        if (!previous || range.end > previous.end)
            previous = range;
    }
}
function alignUp(value, alignment) {
    return ((value + alignment - 1n) / alignment) * alignment;
}

;// CONCATENATED MODULE: ./lib/formats/gguf/index.js




const MAGIC = [0x47, 0x47, 0x55, 0x46]; // "GGUF"
/**
 * GGUF (llama.cpp): header, metadata key/values, tensor descriptors. Every
 * count and length is checked against the bytes left in the file before it
 * is used; the only code-bearing field is the Jinja chat template.
 */
const ggufScanner = {
    id: 'gguf',
    name: 'GGUF',
    extensions: ['.gguf'],
    claim: (probe) => (MAGIC.every((b, i) => probe.head[i] === b) ? 'magic' : false),
    scan: scanGguf,
};
function scanGguf(ctx) {
    const cursor = new GgufCursor(ctx.source);
    try {
        cursor.skip(4, 'the magic number');
        const version = cursor.u32();
        if (version !== 1 && version !== 2 && version !== 3) {
            const endian = version > 0xffff ? ' (a big-endian file?)' : '';
            ctx.incomplete(`GGUF version ${version}${endian} is not supported`, 4);
            return;
        }
        // Version 1 used 32-bit counts and lengths; 2 and later use 64-bit.
        const wide = version >= 2;
        const tensorCount = wide ? cursor.u64() : BigInt(cursor.u32());
        const kvCount = wide ? cursor.u64() : BigInt(cursor.u32());
        const metadata = readMetadata(cursor, kvCount, wide);
        for (const template of metadata.chatTemplates)
            reportChatTemplate(ctx, template.text, `"${template.key}"`, template.offset);
        for (const key of metadata.oversizedTemplates)
            ctx.incomplete(`the chat template "${key}" is too large to analyse`);
        const { unknownTypes } = readTensorInfos(cursor, tensorCount, wide, metadata.alignment, (problem, offset) => malformed(ctx, problem, offset));
        if (unknownTypes.length > 0)
            ctx.incomplete(`tensor types ${unknownTypes.join(', ')} are unknown to the scanner, so those tensors' sizes were not checked`);
    }
    catch (error) {
        if (!(error instanceof GgufMalformed))
            throw error;
        malformed(ctx, error.message, error.offset);
        ctx.incomplete('the GGUF header does not fit the file, so the rest was not read', error.offset);
    }
}
function malformed(ctx, problem, offset) {
    ctx.report({ ruleId: 'gguf/malformed', message: `Malformed GGUF: ${problem}.`, offset });
}

;// CONCATENATED MODULE: ./lib/formats/safetensors/dtypes.js
/**
 * Element sizes in bits of the safetensors dtypes (the Rust crate's `Dtype`
 * enum). Sub-byte types (F4, F6) pack elements, so sizes are kept in bits.
 */
const DTYPE_BITS = new Map([
    ['BOOL', 8],
    ['F4', 4],
    ['F6_E2M3', 6],
    ['F6_E3M2', 6],
    ['U8', 8],
    ['I8', 8],
    ['F8_E5M2', 8],
    ['F8_E4M3', 8],
    ['F8_E8M0', 8],
    ['I16', 16],
    ['U16', 16],
    ['F16', 16],
    ['BF16', 16],
    ['I32', 32],
    ['U32', 32],
    ['F32', 32],
    ['C64', 64],
    ['F64', 64],
    ['I64', 64],
    ['U64', 64],
]);

;// CONCATENATED MODULE: ./lib/formats/safetensors/header.js

const header_MAX_PROBLEMS = 20;
/**
 * Validates the parsed JSON header against the data section size, the way the
 * reference loader does: known dtype, shape × dtype size equals the span,
 * spans inside the data, contiguous from 0 without overlap or holes.
 */
function checkHeader(header, dataSize) {
    const problems = [];
    const spans = [];
    const add = (problem) => {
        if (problems.length < header_MAX_PROBLEMS)
            problems.push(problem);
    };
    if (!isPlainObject(header)) {
        add('the header is not a JSON object');
        return { problems, spans };
    }
    for (const [name, entry] of Object.entries(header)) {
        if (name === '__metadata__') {
            checkMetadata(entry, add);
            continue;
        }
        const span = checkTensor(name, entry, dataSize, add);
        if (span)
            spans.push(span);
    }
    spans.sort((a, b) => a.begin - b.begin || a.end - b.end);
    let expected = 0;
    for (const span of spans) {
        if (span.begin < expected)
            add(`tensor "${span.name}" overlaps the previous tensor (starts at ${span.begin}, before ${expected})`);
        else if (span.begin > expected)
            add(`${span.begin - expected} unreferenced bytes before tensor "${span.name}" (a hole at ${expected})`);
        expected = Math.max(expected, span.end);
    }
    return { problems, spans };
}
function checkMetadata(entry, add) {
    if (!isPlainObject(entry)) {
        add('"__metadata__" is not an object');
        return;
    }
    for (const [key, value] of Object.entries(entry)) {
        if (typeof value !== 'string')
            add(`"__metadata__" value "${key}" is not a string`);
    }
}
function checkTensor(name, entry, dataSize, add) {
    if (!isPlainObject(entry)) {
        add(`tensor "${name}" is not an object`);
        return undefined;
    }
    const { dtype, shape, data_offsets: offsets } = entry;
    const bits = typeof dtype === 'string' ? DTYPE_BITS.get(dtype) : undefined;
    if (bits === undefined)
        add(`tensor "${name}" has an unknown dtype ${JSON.stringify(dtype)}`);
    const elements = elementCount(shape);
    if (elements === undefined)
        add(`tensor "${name}" has an invalid shape`);
    if (!Array.isArray(offsets) || offsets.length !== 2 || !offsets.every(isOffset)) {
        add(`tensor "${name}" has invalid data_offsets`);
        return undefined;
    }
    const [begin, end] = offsets;
    if (begin > end) {
        add(`tensor "${name}" ends before it starts (${begin} > ${end})`);
        return undefined;
    }
    if (end > dataSize) {
        add(`tensor "${name}" ends at ${end}, past the ${dataSize} data bytes in the file`);
        return undefined;
    }
    if (bits !== undefined && elements !== undefined) {
        const expectedBits = elements * BigInt(bits);
        if (expectedBits % 8n !== 0n || expectedBits / 8n !== BigInt(end - begin)) {
            add(`tensor "${name}" spans ${end - begin} bytes but its shape and dtype need ${expectedBits / 8n}`);
        }
    }
    return { name, begin, end };
}
/** Product of the dimensions as a bigint (no overflow), or undefined when the shape is not a list of naturals. */
function elementCount(shape) {
    if (!Array.isArray(shape))
        return undefined;
    let count = 1n;
    for (const dim of shape) {
        if (!isOffset(dim))
            return undefined;
        count *= BigInt(dim);
    }
    return count;
}
function isOffset(value) {
    return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./lib/formats/safetensors/index.js



/** The reference loader refuses headers above this (safetensors `MAX_HEADER_SIZE`). */
const MAX_HEADER_BYTES = 100_000_000;
const OPEN_BRACE = 0x7b;
/**
 * safetensors: an 8-byte little-endian header length, a JSON header, then raw
 * tensor bytes. Data-only by design; the risks are a lying header (loader
 * bugs, DoS) and bytes outside every tensor (a polyglot hiding a pickle or zip).
 * Routed before zip: a safetensors file owns bytes appended to it, so a
 * polyglot is reported as one and its tail scanned as a nested file.
 */
const safetensorsScanner = {
    id: 'safetensors',
    name: 'safetensors',
    extensions: ['.safetensors'],
    claim: claimSafetensors,
    scan: scanSafetensors,
};
function claimSafetensors(probe) {
    if (probe.head.length < 9 || probe.head[8] !== OPEN_BRACE)
        return false;
    const length = headerLength(probe.head);
    if (length >= 2n && length <= BigInt(Math.min(MAX_HEADER_BYTES, probe.size - 8)))
        return 'magic';
    // A lying length on a file that calls itself safetensors: ours to report.
    return probe.extension === '.safetensors' ? 'hint' : false;
}
async function scanSafetensors(ctx) {
    const { source } = ctx;
    const length = headerLength(source.read(0, 8));
    if (length > BigInt(MAX_HEADER_BYTES) || length > BigInt(Math.max(0, source.size - 8))) {
        safetensors_malformed(ctx, `the header claims ${length} bytes; the file has ${Math.max(0, source.size - 8)} after the length and loaders accept at most ${MAX_HEADER_BYTES}`, 0);
        ctx.incomplete('the safetensors header length is invalid', 0);
        return;
    }
    const headerBytes = Number(length);
    if (headerBytes > ctx.limits.maxJsonBytes) {
        ctx.incomplete(`the safetensors header is ${headerBytes} bytes, more than the limit of ${ctx.limits.maxJsonBytes} bytes (limit maxJsonBytes)`, 8);
        return;
    }
    let header;
    try {
        const text = new TextDecoder('utf-8', { fatal: true }).decode(source.read(8, headerBytes));
        const tooDeep = jsonLimitProblem(text, ctx.limits, 'the safetensors header', headerBytes);
        if (tooDeep) {
            ctx.incomplete(tooDeep, 8);
            return;
        }
        header = JSON.parse(text);
    }
    catch (error) {
        safetensors_malformed(ctx, `the header is not valid UTF-8 JSON (${error instanceof Error ? error.message : String(error)})`, 8);
        ctx.incomplete('the safetensors header could not be parsed', 8);
        return;
    }
    const dataStart = 8 + headerBytes;
    const { problems, spans } = checkHeader(header, source.size - dataStart);
    for (const problem of problems)
        safetensors_malformed(ctx, problem, 8);
    await routeUnclaimedBytes(ctx, spans, dataStart);
}
/** Bytes no tensor claims are never read by a loader, so they are the place to hide a payload: scan them. */
async function routeUnclaimedBytes(ctx, spans, dataStart) {
    let covered = 0;
    for (const span of spans) {
        if (span.begin > covered) {
            // Holes are already reported as malformed; still look at what is in them.
            await ctx.scanNested(new SliceSource(ctx.source, dataStart + covered, span.begin - covered), `hole@${dataStart + covered}`);
        }
        covered = Math.max(covered, span.end);
    }
    const trailingStart = dataStart + covered;
    const trailing = ctx.source.size - trailingStart;
    if (trailing <= 0)
        return;
    const nestedFormat = await ctx.scanNested(new SliceSource(ctx.source, trailingStart, trailing), 'trailing-data');
    // Recognisable content there is a deliberate polyglot; unrecognised bytes may be junk or padding.
    ctx.report({
        ruleId: 'safetensors/trailing-data',
        severity: nestedFormat ? 'high' : 'medium',
        message: `${trailing} bytes follow the last tensor` +
            (nestedFormat ? ` and form a ${nestedFormat} file of their own` : '') +
            '; no loader reads them, so they can carry a second file (a pickle or zip polyglot).',
        offset: trailingStart,
        properties: { trailingBytes: trailing, ...(nestedFormat ? { trailingFormat: nestedFormat } : {}) },
    });
}
function safetensors_malformed(ctx, problem, offset) {
    ctx.report({ ruleId: 'safetensors/malformed', message: `Invalid safetensors header: ${problem}.`, offset });
}
function headerLength(head) {
    return head.length < 8 ? -1n : new DataView(head.buffer, head.byteOffset, 8).getBigUint64(0, true);
}

;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
// EXTERNAL MODULE: external "module"
var external_module_ = __nccwpck_require__(3339);
;// CONCATENATED MODULE: ../../work/main/node_modules/fflate/esm/index.mjs

var esm_require = (0,external_module_.createRequire)('/');
// DEFLATE is a complex format; to read this code, you should probably check the RFC first:
// https://tools.ietf.org/html/rfc1951
// You may also wish to take a look at the guide I made about this program:
// https://gist.github.com/101arrowz/253f31eb5abc3d9275ab943003ffecad
// Some of the following code is similar to that of UZIP.js:
// https://github.com/photopea/UZIP.js
// However, the vast majority of the codebase has diverged from UZIP.js to increase performance and reduce bundle size.
// Sometimes 0 will appear where -1 would be more appropriate. This is because using a uint
// is better for memory in most engines (I *think*).
var _a;
// Mediocre shim
var Worker;
var isMarkedAsUntransferable;
var workerAdd = ";var __w=require('worker_threads');__w.parentPort.on('message',function(m){onmessage({data:m})}),postMessage=function(m,t){__w.parentPort.postMessage(m,t)},close=process.exit;self=global";
try {
    (_a = esm_require('worker_threads'), Worker = _a.Worker, isMarkedAsUntransferable = _a.isMarkedAsUntransferable);
}
catch (e) {
}
var wk = (/* unused pure expression or super */ null && (Worker ? function (c, _, msg, transfer, cb) {
    var done = false;
    var w = new Worker(c + workerAdd, { eval: true })
        .on('error', function (e) { return cb(e, null); })
        .on('message', function (m) { return cb(null, m); })
        .on('exit', function (c) {
        if (c && !done)
            cb(new Error('exited with code ' + c), null);
    });
    if (isMarkedAsUntransferable)
        transfer = transfer.filter(function (t) { return !isMarkedAsUntransferable(t); });
    w.postMessage(msg, transfer);
    w.terminate = function () {
        done = true;
        return Worker.prototype.terminate.call(w);
    };
    return w;
} : function (_, __, ___, ____, cb) {
    setImmediate(function () { return cb(new Error('async operations unsupported - update to Node 12+ (or Node 10-11 with the --experimental-worker CLI flag)'), null); });
    var NOP = function () { };
    return {
        terminate: NOP,
        postMessage: NOP
    };
}));

// aliases for shorter compressed code (most minifers don't do this)
var u8 = Uint8Array, u16 = Uint16Array, i32 = Int32Array;
// fixed length extra bits
var fleb = new u8([0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0, /* unused */ 0, 0, /* impossible */ 0]);
// fixed distance extra bits
var fdeb = new u8([0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13, /* unused */ 0, 0]);
// code length index map
var clim = new u8([16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]);
// get base, reverse index map from extra bits
var freb = function (eb, start) {
    var b = new u16(31);
    for (var i = 0; i < 31; ++i) {
        b[i] = start += 1 << eb[i - 1];
    }
    // numbers here are at max 18 bits
    var r = new i32(b[30]);
    for (var i = 1; i < 30; ++i) {
        for (var j = b[i]; j < b[i + 1]; ++j) {
            r[j] = ((j - b[i]) << 5) | i;
        }
    }
    return { b: b, r: r };
};
var _a = freb(fleb, 2), fl = _a.b, revfl = _a.r;
// we can ignore the fact that the other numbers are wrong; they never happen anyway
fl[28] = 258, revfl[258] = 28;
var _b = freb(fdeb, 0), fd = _b.b, revfd = _b.r;
// map of value to reverse (assuming 16 bits)
var rev = new u16(32768);
for (var i = 0; i < 32768; ++i) {
    // reverse table algorithm from SO
    var x = ((i & 0xAAAA) >> 1) | ((i & 0x5555) << 1);
    x = ((x & 0xCCCC) >> 2) | ((x & 0x3333) << 2);
    x = ((x & 0xF0F0) >> 4) | ((x & 0x0F0F) << 4);
    rev[i] = (((x & 0xFF00) >> 8) | ((x & 0x00FF) << 8)) >> 1;
}
// create huffman tree from u8 "map": index -> code length for code index
// mb (max bits) must be at most 15
// TODO: optimize/split up?
var hMap = (function (cd, mb, r) {
    var s = cd.length;
    // index
    var i = 0;
    // u16 "map": index -> # of codes with bit length = index
    var l = new u16(mb);
    // length of cd must be 288 (total # of codes)
    for (; i < s; ++i) {
        if (cd[i])
            ++l[cd[i] - 1];
    }
    // u16 "map": index -> minimum code for bit length = index
    var le = new u16(mb);
    for (i = 1; i < mb; ++i) {
        le[i] = (le[i - 1] + l[i - 1]) << 1;
    }
    var co;
    if (r) {
        // u16 "map": index -> number of actual bits, symbol for code
        co = new u16(1 << mb);
        // bits to remove for reverser
        var rvb = 15 - mb;
        for (i = 0; i < s; ++i) {
            // ignore 0 lengths
            if (cd[i]) {
                // num encoding both symbol and bits read
                var sv = (i << 4) | cd[i];
                // free bits
                var r_1 = mb - cd[i];
                // start value
                var v = le[cd[i] - 1]++ << r_1;
                // m is end value
                for (var m = v | ((1 << r_1) - 1); v <= m; ++v) {
                    // every 16 bit value starting with the code yields the same result
                    co[rev[v] >> rvb] = sv;
                }
            }
        }
    }
    else {
        co = new u16(s);
        for (i = 0; i < s; ++i) {
            if (cd[i]) {
                co[i] = rev[le[cd[i] - 1]++] >> (15 - cd[i]);
            }
        }
    }
    return co;
});
// fixed length tree
var flt = new u8(288);
for (var i = 0; i < 144; ++i)
    flt[i] = 8;
for (var i = 144; i < 256; ++i)
    flt[i] = 9;
for (var i = 256; i < 280; ++i)
    flt[i] = 7;
for (var i = 280; i < 288; ++i)
    flt[i] = 8;
// fixed distance tree
var fdt = new u8(32);
for (var i = 0; i < 32; ++i)
    fdt[i] = 5;
// fixed length map
var flm = /*#__PURE__*/ (/* unused pure expression or super */ null && (hMap(flt, 9, 0))), flrm = /*#__PURE__*/ hMap(flt, 9, 1);
// fixed distance map
var fdm = /*#__PURE__*/ (/* unused pure expression or super */ null && (hMap(fdt, 5, 0))), fdrm = /*#__PURE__*/ hMap(fdt, 5, 1);
// find max of array
var max = function (a) {
    var m = a[0];
    for (var i = 1; i < a.length; ++i) {
        if (a[i] > m)
            m = a[i];
    }
    return m;
};
// read d, starting at bit p and mask with m
var bits = function (d, p, m) {
    var o = (p / 8) | 0;
    return ((d[o] | (d[o + 1] << 8)) >> (p & 7)) & m;
};
// read d, starting at bit p continuing for at least 16 bits
var bits16 = function (d, p) {
    var o = (p / 8) | 0;
    return ((d[o] | (d[o + 1] << 8) | (d[o + 2] << 16)) >> (p & 7));
};
// get end of byte
var shft = function (p) { return ((p + 7) / 8) | 0; };
// typed array slice - allows garbage collector to free original reference,
// while being more compatible than .slice
var slc = function (v, s, e) {
    if (s == null || s < 0)
        s = 0;
    if (e == null || e > v.length)
        e = v.length;
    // can't use .constructor in case user-supplied
    return new u8(v.subarray(s, e));
};
/**
 * Codes for errors generated within this library
 */
var FlateErrorCode = {
    UnexpectedEOF: 0,
    InvalidBlockType: 1,
    InvalidLengthLiteral: 2,
    InvalidDistance: 3,
    StreamFinished: 4,
    NoStreamHandler: 5,
    InvalidHeader: 6,
    NoCallback: 7,
    InvalidUTF8: 8,
    ExtraFieldTooLong: 9,
    InvalidDate: 10,
    FilenameTooLong: 11,
    StreamFinishing: 12,
    InvalidZipData: 13,
    UnknownCompressionMethod: 14
};
// error codes
var ec = [
    'unexpected EOF',
    'invalid block type',
    'invalid length/literal',
    'invalid distance',
    'stream finished',
    'no stream handler',
    , // determined by compression function
    'no callback',
    'invalid UTF-8 data',
    'extra field too long',
    'date not in range 1980-2099',
    'filename too long',
    'stream finishing',
    'invalid zip data'
    // determined by unknown compression method
];
;
var err = function (ind, msg, nt) {
    var e = new Error(msg || ec[ind]);
    e.code = ind;
    if (Error.captureStackTrace)
        Error.captureStackTrace(e, err);
    if (!nt)
        throw e;
    return e;
};
// expands raw DEFLATE data
var inflt = function (dat, st, buf, dict) {
    // source length       dict length
    var sl = dat.length, dl = dict ? dict.length : 0;
    if (!sl || st.f && !st.l)
        return buf || new u8(0);
    var noBuf = !buf;
    // have to estimate size
    var resize = noBuf || st.i != 2;
    // no state
    var noSt = st.i;
    // Assumes roughly 33% compression ratio average
    if (noBuf)
        buf = new u8(sl * 3);
    // ensure buffer can fit at least l elements
    var cbuf = function (l) {
        var bl = buf.length;
        // need to increase size to fit
        if (l > bl) {
            // Double or set to necessary, whichever is greater
            var nbuf = new u8(Math.max(bl * 2, l));
            nbuf.set(buf);
            buf = nbuf;
        }
    };
    //  last chunk         bitpos           bytes
    var final = st.f || 0, pos = st.p || 0, bt = st.b || 0, lm = st.l, dm = st.d, lbt = st.m, dbt = st.n;
    // total bits
    var tbts = sl * 8;
    do {
        if (!lm) {
            // BFINAL - this is only 1 when last chunk is next
            final = bits(dat, pos, 1);
            // type: 0 = no compression, 1 = fixed huffman, 2 = dynamic huffman
            var type = bits(dat, pos + 1, 3);
            pos += 3;
            if (!type) {
                // go to end of byte boundary
                var s = shft(pos) + 4, l = dat[s - 4] | (dat[s - 3] << 8), t = s + l;
                if (t > sl) {
                    if (noSt)
                        err(0);
                    break;
                }
                // ensure size
                if (resize)
                    cbuf(bt + l);
                // Copy over uncompressed data
                buf.set(dat.subarray(s, t), bt);
                // Get new bitpos, update byte count
                st.b = bt += l, st.p = pos = t * 8, st.f = final;
                continue;
            }
            else if (type == 1)
                lm = flrm, dm = fdrm, lbt = 9, dbt = 5;
            else if (type == 2) {
                //  literal                            lengths
                var hLit = bits(dat, pos, 31) + 257, hcLen = bits(dat, pos + 10, 15) + 4;
                var tl = hLit + bits(dat, pos + 5, 31) + 1;
                pos += 14;
                // length+distance tree
                var ldt = new u8(tl);
                // code length tree
                var clt = new u8(19);
                for (var i = 0; i < hcLen; ++i) {
                    // use index map to get real code
                    clt[clim[i]] = bits(dat, pos + i * 3, 7);
                }
                pos += hcLen * 3;
                // code lengths bits
                var clb = max(clt), clbmsk = (1 << clb) - 1;
                // code lengths map
                var clm = hMap(clt, clb, 1);
                for (var i = 0; i < tl;) {
                    var r = clm[bits(dat, pos, clbmsk)];
                    // bits read
                    pos += r & 15;
                    // symbol
                    var s = r >> 4;
                    // code length to copy
                    if (s < 16) {
                        ldt[i++] = s;
                    }
                    else {
                        //  copy   count
                        var c = 0, n = 0;
                        if (s == 16)
                            n = 3 + bits(dat, pos, 3), pos += 2, c = ldt[i - 1];
                        else if (s == 17)
                            n = 3 + bits(dat, pos, 7), pos += 3;
                        else if (s == 18)
                            n = 11 + bits(dat, pos, 127), pos += 7;
                        while (n--)
                            ldt[i++] = c;
                    }
                }
                //    length tree                 distance tree
                var lt = ldt.subarray(0, hLit), dt = ldt.subarray(hLit);
                // max length bits
                lbt = max(lt);
                // max dist bits
                dbt = max(dt);
                lm = hMap(lt, lbt, 1);
                dm = hMap(dt, dbt, 1);
            }
            else
                err(1);
            if (pos > tbts) {
                if (noSt)
                    err(0);
                break;
            }
        }
        // Make sure the buffer can hold this + the largest possible addition
        // Maximum chunk size (practically, theoretically infinite) is 2^17
        if (resize)
            cbuf(bt + 131072);
        var lms = (1 << lbt) - 1, dms = (1 << dbt) - 1;
        var lpos = pos;
        for (;; lpos = pos) {
            // bits read, code
            var c = lm[bits16(dat, pos) & lms], sym = c >> 4;
            pos += c & 15;
            if (pos > tbts) {
                if (noSt)
                    err(0);
                break;
            }
            if (!c)
                err(2);
            if (sym < 256)
                buf[bt++] = sym;
            else if (sym == 256) {
                lpos = pos, lm = null;
                break;
            }
            else {
                var add = sym - 254;
                // no extra bits needed if less
                if (sym > 264) {
                    // index
                    var i = sym - 257, b = fleb[i];
                    add = bits(dat, pos, (1 << b) - 1) + fl[i];
                    pos += b;
                }
                // dist
                var d = dm[bits16(dat, pos) & dms], dsym = d >> 4;
                if (!d)
                    err(3);
                pos += d & 15;
                var dt = fd[dsym];
                if (dsym > 3) {
                    var b = fdeb[dsym];
                    dt += bits16(dat, pos) & (1 << b) - 1, pos += b;
                }
                if (pos > tbts) {
                    if (noSt)
                        err(0);
                    break;
                }
                if (resize)
                    cbuf(bt + 131072);
                var end = bt + add;
                if (bt < dt) {
                    var shift = dl - dt, dend = Math.min(dt, end);
                    if (shift + bt < 0)
                        err(3);
                    for (; bt < dend; ++bt)
                        buf[bt] = dict[shift + bt];
                }
                for (; bt < end; ++bt)
                    buf[bt] = buf[bt - dt];
            }
        }
        st.l = lm, st.p = lpos, st.b = bt, st.f = final;
        if (lm)
            final = 1, st.m = lbt, st.d = dm, st.n = dbt;
    } while (!final);
    // don't reallocate for streams or user buffers
    return bt != buf.length && noBuf ? slc(buf, 0, bt) : buf.subarray(0, bt);
};
// starting at p, write the minimum number of bits that can hold v to d
var wbits = function (d, p, v) {
    v <<= p & 7;
    var o = (p / 8) | 0;
    d[o] |= v;
    d[o + 1] |= v >> 8;
};
// starting at p, write the minimum number of bits (>8) that can hold v to d
var wbits16 = function (d, p, v) {
    v <<= p & 7;
    var o = (p / 8) | 0;
    d[o] |= v;
    d[o + 1] |= v >> 8;
    d[o + 2] |= v >> 16;
};
// creates code lengths from a frequency table
var hTree = function (d, mb) {
    // Need extra info to make a tree
    var t = [];
    for (var i = 0; i < d.length; ++i) {
        if (d[i])
            t.push({ s: i, f: d[i] });
    }
    var s = t.length;
    var t2 = t.slice();
    if (!s)
        return { t: et, l: 0 };
    if (s == 1) {
        var v = new u8(t[0].s + 1);
        v[t[0].s] = 1;
        return { t: v, l: 1 };
    }
    t.sort(function (a, b) { return a.f - b.f; });
    // after i2 reaches last ind, will be stopped
    // freq must be greater than largest possible number of symbols
    t.push({ s: -1, f: 25001 });
    var l = t[0], r = t[1], i0 = 0, i1 = 1, i2 = 2;
    t[0] = { s: -1, f: l.f + r.f, l: l, r: r };
    // efficient algorithm from UZIP.js
    // i0 is lookbehind, i2 is lookahead - after processing two low-freq
    // symbols that combined have high freq, will start processing i2 (high-freq,
    // non-composite) symbols instead
    // see https://reddit.com/r/photopea/comments/ikekht/uzipjs_questions/
    while (i1 != s - 1) {
        l = t[t[i0].f < t[i2].f ? i0++ : i2++];
        r = t[i0 != i1 && t[i0].f < t[i2].f ? i0++ : i2++];
        t[i1++] = { s: -1, f: l.f + r.f, l: l, r: r };
    }
    var maxSym = t2[0].s;
    for (var i = 1; i < s; ++i) {
        if (t2[i].s > maxSym)
            maxSym = t2[i].s;
    }
    // code lengths
    var tr = new u16(maxSym + 1);
    // max bits in tree
    var mbt = ln(t[i1 - 1], tr, 0);
    if (mbt > mb) {
        // more algorithms from UZIP.js
        // TODO: find out how this code works (debt)
        //  ind    debt
        var i = 0, dt = 0;
        //    left            cost
        var lft = mbt - mb, cst = 1 << lft;
        t2.sort(function (a, b) { return tr[b.s] - tr[a.s] || a.f - b.f; });
        for (; i < s; ++i) {
            var i2_1 = t2[i].s;
            if (tr[i2_1] > mb) {
                dt += cst - (1 << (mbt - tr[i2_1]));
                tr[i2_1] = mb;
            }
            else
                break;
        }
        dt >>= lft;
        while (dt > 0) {
            var i2_2 = t2[i].s;
            if (tr[i2_2] < mb)
                dt -= 1 << (mb - tr[i2_2]++ - 1);
            else
                ++i;
        }
        for (; i >= 0 && dt; --i) {
            var i2_3 = t2[i].s;
            if (tr[i2_3] == mb) {
                --tr[i2_3];
                ++dt;
            }
        }
        mbt = mb;
    }
    return { t: new u8(tr), l: mbt };
};
// get the max length and assign length codes
var ln = function (n, l, d) {
    return n.s == -1
        ? Math.max(ln(n.l, l, d + 1), ln(n.r, l, d + 1))
        : (l[n.s] = d);
};
// length codes generation
var lc = function (c) {
    var s = c.length;
    // Note that the semicolon was intentional
    while (s && !c[--s])
        ;
    var cl = new u16(++s);
    //  ind      num         streak
    var cli = 0, cln = c[0], cls = 1;
    var w = function (v) { cl[cli++] = v; };
    for (var i = 1; i <= s; ++i) {
        if (c[i] == cln && i != s)
            ++cls;
        else {
            if (!cln && cls > 2) {
                for (; cls > 138; cls -= 138)
                    w(32754);
                if (cls > 2) {
                    w(cls > 10 ? ((cls - 11) << 5) | 28690 : ((cls - 3) << 5) | 12305);
                    cls = 0;
                }
            }
            else if (cls > 3) {
                w(cln), --cls;
                for (; cls > 6; cls -= 6)
                    w(8304);
                if (cls > 2)
                    w(((cls - 3) << 5) | 8208), cls = 0;
            }
            while (cls--)
                w(cln);
            cls = 1;
            cln = c[i];
        }
    }
    return { c: cl.subarray(0, cli), n: s };
};
// calculate the length of output from tree, code lengths
var clen = function (cf, cl) {
    var l = 0;
    for (var i = 0; i < cl.length; ++i)
        l += cf[i] * cl[i];
    return l;
};
// writes a fixed block
// returns the new bit pos
var wfblk = function (out, pos, dat) {
    // no need to write 00 as type: TypedArray defaults to 0
    var s = dat.length;
    var o = shft(pos + 2);
    out[o] = s & 255;
    out[o + 1] = s >> 8;
    out[o + 2] = out[o] ^ 255;
    out[o + 3] = out[o + 1] ^ 255;
    for (var i = 0; i < s; ++i)
        out[o + i + 4] = dat[i];
    return (o + 4 + s) * 8;
};
// writes a block
var wblk = function (dat, out, final, syms, lf, df, eb, li, bs, bl, p) {
    wbits(out, p++, final);
    ++lf[256];
    var _a = hTree(lf, 15), dlt = _a.t, mlb = _a.l;
    var _b = hTree(df, 15), ddt = _b.t, mdb = _b.l;
    var _c = lc(dlt), lclt = _c.c, nlc = _c.n;
    var _d = lc(ddt), lcdt = _d.c, ndc = _d.n;
    var lcfreq = new u16(19);
    for (var i = 0; i < lclt.length; ++i)
        ++lcfreq[lclt[i] & 31];
    for (var i = 0; i < lcdt.length; ++i)
        ++lcfreq[lcdt[i] & 31];
    var _e = hTree(lcfreq, 7), lct = _e.t, mlcb = _e.l;
    var nlcc = 19;
    for (; nlcc > 4 && !lct[clim[nlcc - 1]]; --nlcc)
        ;
    var flen = (bl + 5) << 3;
    var ftlen = clen(lf, flt) + clen(df, fdt) + eb;
    var dtlen = clen(lf, dlt) + clen(df, ddt) + eb + 14 + 3 * nlcc + clen(lcfreq, lct) + 2 * lcfreq[16] + 3 * lcfreq[17] + 7 * lcfreq[18];
    if (bs >= 0 && flen <= ftlen && flen <= dtlen)
        return wfblk(out, p, dat.subarray(bs, bs + bl));
    var lm, ll, dm, dl;
    wbits(out, p, 1 + (dtlen < ftlen)), p += 2;
    if (dtlen < ftlen) {
        lm = hMap(dlt, mlb, 0), ll = dlt, dm = hMap(ddt, mdb, 0), dl = ddt;
        var llm = hMap(lct, mlcb, 0);
        wbits(out, p, nlc - 257);
        wbits(out, p + 5, ndc - 1);
        wbits(out, p + 10, nlcc - 4);
        p += 14;
        for (var i = 0; i < nlcc; ++i)
            wbits(out, p + 3 * i, lct[clim[i]]);
        p += 3 * nlcc;
        var lcts = [lclt, lcdt];
        for (var it = 0; it < 2; ++it) {
            var clct = lcts[it];
            for (var i = 0; i < clct.length; ++i) {
                var len = clct[i] & 31;
                wbits(out, p, llm[len]), p += lct[len];
                if (len > 15)
                    wbits(out, p, (clct[i] >> 5) & 127), p += clct[i] >> 12;
            }
        }
    }
    else {
        lm = flm, ll = flt, dm = fdm, dl = fdt;
    }
    for (var i = 0; i < li; ++i) {
        var sym = syms[i];
        if (sym > 255) {
            var len = (sym >> 18) & 31;
            wbits16(out, p, lm[len + 257]), p += ll[len + 257];
            if (len > 7)
                wbits(out, p, (sym >> 23) & 31), p += fleb[len];
            var dst = sym & 31;
            wbits16(out, p, dm[dst]), p += dl[dst];
            if (dst > 3)
                wbits16(out, p, (sym >> 5) & 8191), p += fdeb[dst];
        }
        else {
            wbits16(out, p, lm[sym]), p += ll[sym];
        }
    }
    wbits16(out, p, lm[256]);
    return p + ll[256];
};
// deflate options (nice << 13) | chain
var deo = /*#__PURE__*/ new i32([65540, 131080, 131088, 131104, 262176, 1048704, 1048832, 2114560, 2117632]);
// empty
var et = /*#__PURE__*/ new u8(0);
// compresses data into a raw DEFLATE buffer
var dflt = function (dat, lvl, plvl, pre, post, st) {
    var s = st.z || dat.length;
    var o = new u8(pre + s + 5 * (1 + Math.ceil(s / 7000)) + post);
    // writing to this writes to the output buffer
    var w = o.subarray(pre, o.length - post);
    var lst = st.l;
    var pos = (st.r || 0) & 7;
    if (lvl) {
        if (pos)
            w[0] = st.r >> 3;
        var opt = deo[lvl - 1];
        var n = opt >> 13, c = opt & 8191;
        var msk_1 = (1 << plvl) - 1;
        //    prev 2-byte val map    curr 2-byte val map
        var prev = st.p || new u16(32768), head = st.h || new u16(msk_1 + 1);
        var bs1_1 = Math.ceil(plvl / 3), bs2_1 = 2 * bs1_1;
        var hsh = function (i) { return (dat[i] ^ (dat[i + 1] << bs1_1) ^ (dat[i + 2] << bs2_1)) & msk_1; };
        // 24576 is an arbitrary number of maximum symbols per block
        // 424 buffer for last block
        var syms = new i32(25000);
        // length/literal freq   distance freq
        var lf = new u16(288), df = new u16(32);
        //  l/lcnt  exbits  index          l/lind  waitdx          blkpos
        var lc_1 = 0, eb = 0, i = st.i || 0, li = 0, wi = st.w || 0, bs = 0;
        for (; i + 2 < s; ++i) {
            // hash value
            var hv = hsh(i);
            // index mod 32768    previous index mod
            var imod = i & 32767, pimod = head[hv];
            prev[imod] = pimod;
            head[hv] = imod;
            // We always should modify head and prev, but only add symbols if
            // this data is not yet processed ("wait" for wait index)
            if (wi <= i) {
                // bytes remaining
                var rem = s - i;
                if ((lc_1 > 7000 || li > 24576) && (rem > 423 || !lst)) {
                    pos = wblk(dat, w, 0, syms, lf, df, eb, li, bs, i - bs, pos);
                    li = lc_1 = eb = 0, bs = i;
                    for (var j = 0; j < 286; ++j)
                        lf[j] = 0;
                    for (var j = 0; j < 30; ++j)
                        df[j] = 0;
                }
                //  len    dist   chain
                var l = 2, d = 0, ch_1 = c, dif = imod - pimod & 32767;
                if (rem > 2 && hv == hsh(i - dif)) {
                    var maxn = Math.min(n, rem) - 1;
                    var maxd = Math.min(32767, i);
                    // max possible length
                    // not capped at dif because decompressors implement "rolling" index population
                    var ml = Math.min(258, rem);
                    while (dif <= maxd && --ch_1 && imod != pimod) {
                        if (dat[i + l] == dat[i + l - dif]) {
                            var nl = 0;
                            for (; nl < ml && dat[i + nl] == dat[i + nl - dif]; ++nl)
                                ;
                            if (nl > l) {
                                l = nl, d = dif;
                                // break out early when we reach "nice" (we are satisfied enough)
                                if (nl > maxn)
                                    break;
                                // now, find the rarest 2-byte sequence within this
                                // length of literals and search for that instead.
                                // Much faster than just using the start
                                var mmd = Math.min(dif, nl - 2);
                                var md = 0;
                                for (var j = 0; j < mmd; ++j) {
                                    var ti = i - dif + j & 32767;
                                    var pti = prev[ti];
                                    var cd = ti - pti & 32767;
                                    if (cd > md)
                                        md = cd, pimod = ti;
                                }
                            }
                        }
                        // check the previous match
                        imod = pimod, pimod = prev[imod];
                        dif += imod - pimod & 32767;
                    }
                }
                // d will be nonzero only when a match was found
                if (d) {
                    // store both dist and len data in one int32
                    // Make sure this is recognized as a len/dist with 28th bit (2^28)
                    syms[li++] = 268435456 | (revfl[l] << 18) | revfd[d];
                    var lin = revfl[l] & 31, din = revfd[d] & 31;
                    eb += fleb[lin] + fdeb[din];
                    ++lf[257 + lin];
                    ++df[din];
                    wi = i + l;
                    ++lc_1;
                }
                else {
                    syms[li++] = dat[i];
                    ++lf[dat[i]];
                }
            }
        }
        for (i = Math.max(i, wi); i < s; ++i) {
            syms[li++] = dat[i];
            ++lf[dat[i]];
        }
        pos = wblk(dat, w, lst, syms, lf, df, eb, li, bs, i - bs, pos);
        if (!lst) {
            st.r = (pos & 7) | w[(pos / 8) | 0] << 3;
            // shft(pos) now 1 less if pos & 7 != 0
            pos -= 7;
            st.h = head, st.p = prev, st.i = i, st.w = wi;
        }
    }
    else {
        for (var i = st.w || 0; i < s + lst; i += 65535) {
            // end
            var e = i + 65535;
            if (e >= s) {
                // write final block
                w[(pos / 8) | 0] = lst;
                e = s;
            }
            pos = wfblk(w, pos + 1, dat.subarray(i, e));
        }
        st.i = s;
    }
    return slc(o, 0, pre + shft(pos) + post);
};
// CRC32 table
var crct = /*#__PURE__*/ (/* unused pure expression or super */ null && ((function () {
    var t = new Int32Array(256);
    for (var i = 0; i < 256; ++i) {
        var c = i, k = 9;
        while (--k)
            c = ((c & 1) && -306674912) ^ (c >>> 1);
        t[i] = c;
    }
    return t;
})()));
// CRC32
var crc = function () {
    var c = -1;
    return {
        p: function (d) {
            // closures have awful performance
            var cr = c;
            for (var i = 0; i < d.length; ++i)
                cr = crct[(cr & 255) ^ d[i]] ^ (cr >>> 8);
            c = cr;
        },
        d: function () { return ~c; }
    };
};
// Adler32
var adler = function () {
    var a = 1, b = 0;
    return {
        p: function (d) {
            // closures have awful performance
            var n = a, m = b;
            var l = d.length | 0;
            for (var i = 0; i != l;) {
                var e = Math.min(i + 2655, l);
                for (; i < e; ++i)
                    m += n += d[i];
                n = (n & 65535) + 15 * (n >> 16), m = (m & 65535) + 15 * (m >> 16);
            }
            a = n, b = m;
        },
        d: function () {
            a %= 65521, b %= 65521;
            return (a & 255) << 24 | (a & 0xFF00) << 8 | (b & 255) << 8 | (b >> 8);
        }
    };
};
;
// deflate with opts
var dopt = function (dat, opt, pre, post, st) {
    if (!st) {
        st = { l: 1 };
        if (opt.dictionary) {
            var dict = opt.dictionary.subarray(-32768);
            var newDat = new u8(dict.length + dat.length);
            newDat.set(dict);
            newDat.set(dat, dict.length);
            dat = newDat;
            st.w = dict.length;
        }
    }
    return dflt(dat, opt.level == null ? 6 : opt.level, opt.mem == null ? (st.l ? Math.ceil(Math.max(8, Math.min(13, Math.log(dat.length))) * 1.5) : 20) : (12 + opt.mem), pre, post, st);
};
// Walmart object spread
var mrg = function (a, b) {
    var o = {};
    for (var k in a)
        o[k] = a[k];
    for (var k in b)
        o[k] = b[k];
    return o;
};
// worker clone
// This is possibly the craziest part of the entire codebase, despite how simple it may seem.
// The only parameter to this function is a closure that returns an array of variables outside of the function scope.
// We're going to try to figure out the variable names used in the closure as strings because that is crucial for workerization.
// We will return an object mapping of true variable name to value (basically, the current scope as a JS object).
// The reason we can't just use the original variable names is minifiers mangling the toplevel scope.
// This took me three weeks to figure out how to do.
var wcln = function (fn, fnStr, td) {
    var dt = fn();
    var st = fn.toString();
    var ks = st.slice(st.indexOf('[') + 1, st.lastIndexOf(']')).replace(/\s+/g, '').split(',');
    for (var i = 0; i < dt.length; ++i) {
        var v = dt[i], k = ks[i];
        if (typeof v == 'function') {
            fnStr += ';' + k + '=';
            var st_1 = v.toString();
            if (v.prototype) {
                // for global objects
                if (st_1.indexOf('[native code]') != -1) {
                    var spInd = st_1.indexOf(' ', 8) + 1;
                    fnStr += st_1.slice(spInd, st_1.indexOf('(', spInd));
                }
                else {
                    fnStr += st_1;
                    for (var t in v.prototype)
                        fnStr += ';' + k + '.prototype.' + t + '=' + v.prototype[t].toString();
                }
            }
            else
                fnStr += st_1;
        }
        else
            td[k] = v;
    }
    return fnStr;
};
var ch = (/* unused pure expression or super */ null && ([]));
// clone bufs
var cbfs = function (v) {
    var tl = [];
    for (var k in v) {
        if (v[k].buffer) {
            tl.push((v[k] = new v[k].constructor(v[k])).buffer);
        }
    }
    return tl;
};
// use a worker to execute code
var wrkr = function (fns, init, id, cb) {
    if (!ch[id]) {
        var fnStr = '', td_1 = {}, m = fns.length - 1;
        for (var i = 0; i < m; ++i)
            fnStr = wcln(fns[i], fnStr, td_1);
        ch[id] = { c: wcln(fns[m], fnStr, td_1), e: td_1 };
    }
    var td = mrg({}, ch[id].e);
    return wk(ch[id].c + ';onmessage=function(e){for(var k in e.data)self[k]=e.data[k];onmessage=' + init.toString() + '}', id, td, cbfs(td), cb);
};
// base async inflate fn
var bInflt = function () { return [u8, u16, i32, fleb, fdeb, clim, fl, fd, flrm, fdrm, rev, ec, hMap, max, bits, bits16, shft, slc, err, inflt, inflateSync, pbf, gopt]; };
var bDflt = function () { return [u8, u16, i32, fleb, fdeb, clim, revfl, revfd, flm, flt, fdm, fdt, rev, deo, et, hMap, wbits, wbits16, hTree, ln, lc, clen, wfblk, wblk, shft, slc, dflt, dopt, deflateSync, pbf]; };
// gzip extra
var gze = function () { return [gzh, gzhl, wbytes, crc, crct]; };
// gunzip extra
var guze = function () { return [gzs, gzl]; };
// zlib extra
var zle = function () { return [zlh, wbytes, adler]; };
// unzlib extra
var zule = function () { return [zls]; };
// post buf
var pbf = function (msg) { return postMessage(msg, [msg.buffer]); };
// get opts
var gopt = function (o) { return o && {
    out: o.size && new u8(o.size),
    dictionary: o.dictionary
}; };
// async helper
var cbify = function (dat, opts, fns, init, id, cb) {
    var w = wrkr(fns, init, id, function (err, dat) {
        w.terminate();
        cb(err, dat);
    });
    w.postMessage([dat, opts], opts.consume ? [dat.buffer] : []);
    return function () { w.terminate(); };
};
// auto stream
var astrm = function (strm) {
    strm.ondata = function (dat, final) { return postMessage([dat, final], [dat.buffer]); };
    return function (ev) {
        if (ev.data[0]) {
            strm.push(ev.data[0], ev.data[1]);
            postMessage([ev.data[0].length]);
        }
        else
            strm.flush(ev.data[1]);
    };
};
// async stream attach
var astrmify = function (fns, strm, opts, init, id, flush, ext) {
    var t;
    var w = wrkr(fns, init, id, function (err, dat) {
        if (err)
            w.terminate(), strm.ondata.call(strm, err);
        else if (!Array.isArray(dat))
            ext(dat);
        else if (dat.length == 1) {
            strm.queuedSize -= dat[0];
            if (strm.ondrain)
                strm.ondrain(dat[0]);
        }
        else {
            if (dat[1])
                w.terminate();
            strm.ondata.call(strm, err, dat[0], dat[1]);
        }
    });
    w.postMessage(opts);
    strm.queuedSize = 0;
    strm.push = function (d, f) {
        if (!strm.ondata)
            err(5);
        if (t)
            strm.ondata(err(4, 0, 1), null, !!f);
        strm.queuedSize += d.length;
        // can fail for cross-realm Uint8Array, but ok - only a small performance penalty
        w.postMessage([d, t = f], d.buffer instanceof ArrayBuffer ? [d.buffer] : []);
    };
    strm.terminate = function () { w.terminate(); };
    if (flush) {
        strm.flush = function (sync) { w.postMessage([0, sync]); };
    }
};
// read 2 bytes
var b2 = function (d, b) { return d[b] | (d[b + 1] << 8); };
// read 4 bytes
var b4 = function (d, b) { return (d[b] | (d[b + 1] << 8) | (d[b + 2] << 16) | (d[b + 3] << 24)) >>> 0; };
// read 8 bytes
var b8 = function (d, b) { return b4(d, b) + (b4(d, b + 4) * 4294967296); };
// write bytes
var wbytes = function (d, b, v) {
    for (; v; ++b)
        d[b] = v, v >>>= 8;
};
// gzip header
var gzh = function (c, o) {
    var fn = o.filename;
    c[0] = 31, c[1] = 139, c[2] = 8, c[8] = o.level < 2 ? 4 : o.level == 9 ? 2 : 0, c[9] = 3; // assume Unix
    if (o.mtime != 0)
        wbytes(c, 4, Math.floor(new Date(o.mtime || Date.now()) / 1000));
    if (fn) {
        c[3] = 8;
        for (var i = 0; i <= fn.length; ++i)
            c[i + 10] = fn.charCodeAt(i);
    }
};
// gzip footer: -8 to -4 = CRC, -4 to -0 is length
// gzip start
var gzs = function (d) {
    if (d[0] != 31 || d[1] != 139 || d[2] != 8)
        err(6, 'invalid gzip data');
    var flg = d[3];
    var st = 10;
    if (flg & 4)
        st += (d[10] | d[11] << 8) + 2;
    for (var zs = (flg >> 3 & 1) + (flg >> 4 & 1); zs > 0; zs -= !d[st++])
        ;
    return st + (flg & 2);
};
// gzip length
var gzl = function (d) {
    var l = d.length;
    return (d[l - 4] | d[l - 3] << 8 | d[l - 2] << 16 | d[l - 1] << 24) >>> 0;
};
// gzip header length
var gzhl = function (o) { return 10 + (o.filename ? o.filename.length + 1 : 0); };
// zlib header
var zlh = function (c, o) {
    var lv = o.level, fl = lv == 0 ? 0 : lv < 6 ? 1 : lv == 9 ? 3 : 2;
    c[0] = 120, c[1] = (fl << 6) | (o.dictionary && 32);
    c[1] |= 31 - ((c[0] << 8) | c[1]) % 31;
    if (o.dictionary) {
        var h = adler();
        h.p(o.dictionary);
        wbytes(c, 2, h.d());
    }
};
// zlib start
var zls = function (d, dict) {
    if ((d[0] & 15) != 8 || (d[0] >> 4) > 7 || ((d[0] << 8 | d[1]) % 31))
        err(6, 'invalid zlib data');
    if ((d[1] >> 5 & 1) == +!dict)
        err(6, 'invalid zlib data: ' + (d[1] & 32 ? 'need' : 'unexpected') + ' dictionary');
    return (d[1] >> 3 & 4) + 2;
};
function StrmOpt(opts, cb) {
    if (typeof opts == 'function')
        cb = opts, opts = {};
    this.ondata = cb;
    return opts;
}
/**
 * Streaming DEFLATE compression
 */
var Deflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function Deflate(opts, cb) {
        if (typeof opts == 'function')
            cb = opts, opts = {};
        this.ondata = cb;
        this.o = opts || {};
        this.s = { l: 0, i: 32768, w: 32768, z: 32768 };
        // Buffer length must always be 0 mod 32768 for index calculations to be correct when modifying head and prev
        // 98304 = 32768 (lookback) + 65536 (common chunk size)
        this.b = new u8(98304);
        if (this.o.dictionary) {
            var dict = this.o.dictionary.subarray(-32768);
            this.b.set(dict, 32768 - dict.length);
            this.s.i = 32768 - dict.length;
        }
    }
    Deflate.prototype.p = function (c, f) {
        this.ondata(dopt(c, this.o, 0, 0, this.s), f);
    };
    /**
     * Pushes a chunk to be deflated
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    Deflate.prototype.push = function (chunk, final) {
        if (!this.ondata)
            err(5);
        if (this.s.l)
            err(4);
        var endLen = chunk.length + this.s.z;
        if (endLen > this.b.length) {
            if (endLen > 2 * this.b.length - 32768) {
                var newBuf = new u8(endLen & -32768);
                newBuf.set(this.b.subarray(0, this.s.z));
                this.b = newBuf;
            }
            var split = this.b.length - this.s.z;
            this.b.set(chunk.subarray(0, split), this.s.z);
            this.s.z = this.b.length;
            this.p(this.b, false);
            this.b.set(this.b.subarray(-32768));
            this.b.set(chunk.subarray(split), 32768);
            this.s.z = chunk.length - split + 32768;
            this.s.i = 32766, this.s.w = 32768;
        }
        else {
            this.b.set(chunk, this.s.z);
            this.s.z += chunk.length;
        }
        this.s.l = final & 1;
        if (this.s.z > this.s.w + 8191 || final) {
            this.p(this.b, final || false);
            this.s.w = this.s.i, this.s.i -= 2;
        }
        if (final) {
            // cleanup unneeded buffers/state to reduce memory usage
            this.s = this.o = {};
            this.b = et;
        }
    };
    /**
     * Flushes buffered uncompressed data. Useful to immediately retrieve the
     * deflated output for small inputs.
     * @param sync Whether to flush to a byte boundary. A sync flush takes 4-5
     *             extra bytes, but guarantees all pushed data is immediately
     *             decompressible. A separate DEFLATE stream may be concatenated
     *             with the current output after a sync flush.
     */
    Deflate.prototype.flush = function (sync) {
        if (!this.ondata)
            err(5);
        if (this.s.l)
            err(4);
        this.p(this.b, false);
        this.s.w = this.s.i, this.s.i -= 2;
        // could technically skip writing the type-0 block for (this.s.r & 7) == 0,
        // but the deterministic trailer (00 00 FF FF) is useful in some situations
        if (sync) {
            var c = new u8(6);
            c[0] = this.s.r >> 3;
            // write empty, non-final type-0 block
            var ep = wfblk(c, this.s.r, et);
            this.s.r = 0;
            this.ondata(c.subarray(0, ep >> 3), false);
        }
    };
    return Deflate;
}())));

/**
 * Asynchronous streaming DEFLATE compression
 */
var AsyncDeflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function AsyncDeflate(opts, cb) {
        astrmify([
            bDflt,
            function () { return [astrm, Deflate]; }
        ], this, StrmOpt.call(this, opts, cb), function (ev) {
            var strm = new Deflate(ev.data);
            onmessage = astrm(strm);
        }, 6, 1);
    }
    return AsyncDeflate;
}())));

function deflate(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    return cbify(data, opts, [
        bDflt,
    ], function (ev) { return pbf(deflateSync(ev.data[0], ev.data[1])); }, 0, cb);
}
/**
 * Compresses data with DEFLATE without any wrapper
 * @param data The data to compress
 * @param opts The compression options
 * @returns The deflated version of the data
 */
function deflateSync(data, opts) {
    return dopt(data, opts || {}, 0, 0);
}
/**
 * Streaming DEFLATE decompression
 */
var Inflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function Inflate(opts, cb) {
        // no StrmOpt here to avoid adding to workerizer
        if (typeof opts == 'function')
            cb = opts, opts = {};
        this.ondata = cb;
        var dict = opts && opts.dictionary && opts.dictionary.subarray(-32768);
        this.s = { i: 0, b: dict ? dict.length : 0 };
        this.o = new u8(32768);
        this.p = new u8(0);
        if (dict)
            this.o.set(dict);
    }
    Inflate.prototype.e = function (c) {
        if (!this.ondata)
            err(5);
        if (this.d)
            err(4);
        if (!this.p.length)
            this.p = c;
        else if (c.length) {
            var n = new u8(this.p.length + c.length);
            n.set(this.p), n.set(c, this.p.length), this.p = n;
        }
    };
    Inflate.prototype.c = function (final) {
        this.s.i = +(this.d = final || false);
        var bts = this.s.b;
        var dt = inflt(this.p, this.s, this.o);
        this.ondata(slc(dt, bts, this.s.b), this.d);
        this.o = slc(dt, this.s.b - 32768), this.s.b = this.o.length;
        this.p = slc(this.p, (this.s.p / 8) | 0), this.s.p &= 7;
    };
    /**
     * Pushes a chunk to be inflated
     * @param chunk The chunk to push
     * @param final Whether this is the final chunk
     */
    Inflate.prototype.push = function (chunk, final) {
        this.e(chunk), this.c(final);
    };
    return Inflate;
}())));

/**
 * Asynchronous streaming DEFLATE decompression
 */
var AsyncInflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function AsyncInflate(opts, cb) {
        astrmify([
            bInflt,
            function () { return [astrm, Inflate]; }
        ], this, StrmOpt.call(this, opts, cb), function (ev) {
            var strm = new Inflate(ev.data);
            onmessage = astrm(strm);
        }, 7, 0);
    }
    return AsyncInflate;
}())));

function inflate(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    return cbify(data, opts, [
        bInflt
    ], function (ev) { return pbf(inflateSync(ev.data[0], gopt(ev.data[1]))); }, 1, cb);
}
function inflateSync(data, opts) {
    return inflt(data, { i: 2 }, opts && opts.out, opts && opts.dictionary);
}
// before you yell at me for not just using extends, my reason is that TS inheritance is hard to workerize.
/**
 * Streaming GZIP compression
 */
var Gzip = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function Gzip(opts, cb) {
        this.c = crc();
        this.l = 0;
        this.v = 1;
        Deflate.call(this, opts, cb);
    }
    /**
     * Pushes a chunk to be GZIPped
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    Gzip.prototype.push = function (chunk, final) {
        this.c.p(chunk);
        this.l += chunk.length;
        Deflate.prototype.push.call(this, chunk, final);
    };
    Gzip.prototype.p = function (c, f) {
        var raw = dopt(c, this.o, this.v && gzhl(this.o), f && 8, this.s);
        if (this.v)
            gzh(raw, this.o), this.v = 0;
        if (f)
            wbytes(raw, raw.length - 8, this.c.d()), wbytes(raw, raw.length - 4, this.l);
        this.ondata(raw, f);
    };
    /**
     * Flushes buffered uncompressed data. Useful to immediately retrieve the
     * GZIPped output for small inputs.
     * @param sync Whether to flush to a byte boundary. A sync flush takes 4-5
     *             extra bytes, but guarantees all pushed data is immediately
     *             decompressible.
     */
    Gzip.prototype.flush = function (sync) {
        Deflate.prototype.flush.call(this, sync);
    };
    return Gzip;
}())));

/**
 * Asynchronous streaming GZIP compression
 */
var AsyncGzip = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function AsyncGzip(opts, cb) {
        astrmify([
            bDflt,
            gze,
            function () { return [astrm, Deflate, Gzip]; }
        ], this, StrmOpt.call(this, opts, cb), function (ev) {
            var strm = new Gzip(ev.data);
            onmessage = astrm(strm);
        }, 8, 1);
    }
    return AsyncGzip;
}())));

function gzip(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    return cbify(data, opts, [
        bDflt,
        gze,
        function () { return [gzipSync]; }
    ], function (ev) { return pbf(gzipSync(ev.data[0], ev.data[1])); }, 2, cb);
}
/**
 * Compresses data with GZIP
 * @param data The data to compress
 * @param opts The compression options
 * @returns The gzipped version of the data
 */
function gzipSync(data, opts) {
    if (!opts)
        opts = {};
    var c = crc(), l = data.length;
    c.p(data);
    var d = dopt(data, opts, gzhl(opts), 8), s = d.length;
    return gzh(d, opts), wbytes(d, s - 8, c.d()), wbytes(d, s - 4, l), d;
}
/**
 * Streaming single or multi-member GZIP decompression
 */
var Gunzip = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function Gunzip(opts, cb) {
        this.v = 1;
        this.r = 0;
        Inflate.call(this, opts, cb);
    }
    /**
     * Pushes a chunk to be GUNZIPped
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    Gunzip.prototype.push = function (chunk, final) {
        Inflate.prototype.e.call(this, chunk);
        this.r += chunk.length;
        if (this.v) {
            var p = this.p.subarray(this.v - 1);
            var s = p.length > 3 ? gzs(p) : 4;
            if (s > p.length) {
                if (!final)
                    return;
            }
            else if (this.v > 1 && this.onmember) {
                this.onmember(this.r - p.length);
            }
            this.p = p.subarray(s), this.v = 0;
        }
        // necessary to prevent TS from using the closure value
        // This allows for workerization to function correctly
        Inflate.prototype.c.call(this, 0);
        // process concatenated GZIP
        if (this.s.f && !this.s.l) {
            this.v = shft(this.s.p) + 9;
            this.s = { i: 0 };
            this.o = new u8(0);
            this.push(new u8(0), final);
        }
        else if (final) {
            Inflate.prototype.c.call(this, final);
        }
    };
    return Gunzip;
}())));

/**
 * Asynchronous streaming single or multi-member GZIP decompression
 */
var AsyncGunzip = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function AsyncGunzip(opts, cb) {
        var _this = this;
        astrmify([
            bInflt,
            guze,
            function () { return [astrm, Inflate, Gunzip]; }
        ], this, StrmOpt.call(this, opts, cb), function (ev) {
            var strm = new Gunzip(ev.data);
            strm.onmember = function (offset) { return postMessage(offset); };
            onmessage = astrm(strm);
        }, 9, 0, function (offset) { return _this.onmember && _this.onmember(offset); });
    }
    return AsyncGunzip;
}())));

function gunzip(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    return cbify(data, opts, [
        bInflt,
        guze,
        function () { return [gunzipSync]; }
    ], function (ev) { return pbf(gunzipSync(ev.data[0], ev.data[1])); }, 3, cb);
}
function gunzipSync(data, opts) {
    var st = gzs(data);
    if (st + 8 > data.length)
        err(6, 'invalid gzip data');
    return inflt(data.subarray(st, -8), { i: 2 }, opts && opts.out || new u8(gzl(data)), opts && opts.dictionary);
}
/**
 * Streaming Zlib compression
 */
var Zlib = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function Zlib(opts, cb) {
        this.c = adler();
        this.v = 1;
        Deflate.call(this, opts, cb);
    }
    /**
     * Pushes a chunk to be zlibbed
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    Zlib.prototype.push = function (chunk, final) {
        this.c.p(chunk);
        Deflate.prototype.push.call(this, chunk, final);
    };
    Zlib.prototype.p = function (c, f) {
        var raw = dopt(c, this.o, this.v && (this.o.dictionary ? 6 : 2), f && 4, this.s);
        if (this.v)
            zlh(raw, this.o), this.v = 0;
        if (f)
            wbytes(raw, raw.length - 4, this.c.d());
        this.ondata(raw, f);
    };
    /**
     * Flushes buffered uncompressed data. Useful to immediately retrieve the
     * zlibbed output for small inputs.
     * @param sync Whether to flush to a byte boundary. A sync flush takes 4-5
     *             extra bytes, but guarantees all pushed data is immediately
     *             decompressible.
     */
    Zlib.prototype.flush = function (sync) {
        Deflate.prototype.flush.call(this, sync);
    };
    return Zlib;
}())));

/**
 * Asynchronous streaming Zlib compression
 */
var AsyncZlib = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function AsyncZlib(opts, cb) {
        astrmify([
            bDflt,
            zle,
            function () { return [astrm, Deflate, Zlib]; }
        ], this, StrmOpt.call(this, opts, cb), function (ev) {
            var strm = new Zlib(ev.data);
            onmessage = astrm(strm);
        }, 10, 1);
    }
    return AsyncZlib;
}())));

function zlib(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    return cbify(data, opts, [
        bDflt,
        zle,
        function () { return [zlibSync]; }
    ], function (ev) { return pbf(zlibSync(ev.data[0], ev.data[1])); }, 4, cb);
}
/**
 * Compress data with Zlib
 * @param data The data to compress
 * @param opts The compression options
 * @returns The zlib-compressed version of the data
 */
function zlibSync(data, opts) {
    if (!opts)
        opts = {};
    var a = adler();
    a.p(data);
    var d = dopt(data, opts, opts.dictionary ? 6 : 2, 4);
    return zlh(d, opts), wbytes(d, d.length - 4, a.d()), d;
}
/**
 * Streaming Zlib decompression
 */
var Unzlib = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function Unzlib(opts, cb) {
        Inflate.call(this, opts, cb);
        this.v = opts && opts.dictionary ? 2 : 1;
    }
    /**
     * Pushes a chunk to be unzlibbed
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    Unzlib.prototype.push = function (chunk, final) {
        Inflate.prototype.e.call(this, chunk);
        if (this.v) {
            if (this.p.length < 6 && !final)
                return;
            this.p = this.p.subarray(zls(this.p, this.v - 1)), this.v = 0;
        }
        if (final) {
            if (this.p.length < 4)
                err(6, 'invalid zlib data');
            this.p = this.p.subarray(0, -4);
        }
        // necessary to prevent TS from using the closure value
        // This allows for workerization to function correctly
        Inflate.prototype.c.call(this, final);
    };
    return Unzlib;
}())));

/**
 * Asynchronous streaming Zlib decompression
 */
var AsyncUnzlib = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function AsyncUnzlib(opts, cb) {
        astrmify([
            bInflt,
            zule,
            function () { return [astrm, Inflate, Unzlib]; }
        ], this, StrmOpt.call(this, opts, cb), function (ev) {
            var strm = new Unzlib(ev.data);
            onmessage = astrm(strm);
        }, 11, 0);
    }
    return AsyncUnzlib;
}())));

function unzlib(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    return cbify(data, opts, [
        bInflt,
        zule,
        function () { return [unzlibSync]; }
    ], function (ev) { return pbf(unzlibSync(ev.data[0], gopt(ev.data[1]))); }, 5, cb);
}
function unzlibSync(data, opts) {
    return inflt(data.subarray(zls(data, opts && opts.dictionary), -4), { i: 2 }, opts && opts.out, opts && opts.dictionary);
}
// Default algorithm for compression (used because having a known output size allows faster decompression)


/**
 * Streaming GZIP, Zlib, or raw DEFLATE decompression
 */
var Decompress = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function Decompress(opts, cb) {
        this.o = StrmOpt.call(this, opts, cb) || {};
        this.G = Gunzip;
        this.I = Inflate;
        this.Z = Unzlib;
    }
    // init substream
    // overriden by AsyncDecompress
    Decompress.prototype.i = function () {
        var _this = this;
        this.s.ondata = function (dat, final) {
            _this.ondata(dat, final);
        };
    };
    /**
     * Pushes a chunk to be decompressed
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    Decompress.prototype.push = function (chunk, final) {
        if (!this.ondata)
            err(5);
        if (!this.s) {
            if (this.p && this.p.length) {
                var n = new u8(this.p.length + chunk.length);
                n.set(this.p), n.set(chunk, this.p.length);
            }
            else
                this.p = chunk;
            if (this.p.length > 2) {
                this.s = (this.p[0] == 31 && this.p[1] == 139 && this.p[2] == 8)
                    ? new this.G(this.o)
                    : ((this.p[0] & 15) != 8 || (this.p[0] >> 4) > 7 || ((this.p[0] << 8 | this.p[1]) % 31))
                        ? new this.I(this.o)
                        : new this.Z(this.o);
                this.i();
                this.s.push(this.p, final);
                this.p = null;
            }
        }
        else
            this.s.push(chunk, final);
    };
    return Decompress;
}())));

/**
 * Asynchronous streaming GZIP, Zlib, or raw DEFLATE decompression
 */
var AsyncDecompress = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function AsyncDecompress(opts, cb) {
        Decompress.call(this, opts, cb);
        this.queuedSize = 0;
        this.G = AsyncGunzip;
        this.I = AsyncInflate;
        this.Z = AsyncUnzlib;
    }
    AsyncDecompress.prototype.i = function () {
        var _this = this;
        this.s.ondata = function (err, dat, final) {
            _this.ondata(err, dat, final);
        };
        this.s.ondrain = function (size) {
            _this.queuedSize -= size;
            if (_this.ondrain)
                _this.ondrain(size);
        };
    };
    /**
     * Pushes a chunk to be decompressed
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    AsyncDecompress.prototype.push = function (chunk, final) {
        this.queuedSize += chunk.length;
        Decompress.prototype.push.call(this, chunk, final);
    };
    return AsyncDecompress;
}())));

function decompress(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    return (data[0] == 31 && data[1] == 139 && data[2] == 8)
        ? gunzip(data, opts, cb)
        : ((data[0] & 15) != 8 || (data[0] >> 4) > 7 || ((data[0] << 8 | data[1]) % 31))
            ? inflate(data, opts, cb)
            : unzlib(data, opts, cb);
}
/**
 * Expands compressed GZIP, Zlib, or raw DEFLATE data, automatically detecting the format
 * @param data The data to decompress
 * @param opts The decompression options
 * @returns The decompressed version of the data
 */
function decompressSync(data, opts) {
    return (data[0] == 31 && data[1] == 139 && data[2] == 8)
        ? gunzipSync(data, opts)
        : ((data[0] & 15) != 8 || (data[0] >> 4) > 7 || ((data[0] << 8 | data[1]) % 31))
            ? inflateSync(data, opts)
            : unzlibSync(data, opts);
}
// flatten a directory structure
var fltn = function (d, p, t, o) {
    for (var k in d) {
        var val = d[k], n = p + k, op = o;
        if (Array.isArray(val))
            op = mrg(o, val[1]), val = val[0];
        if (ArrayBuffer.isView(val))
            t[n] = [val, op];
        else {
            t[n += '/'] = [new u8(0), op];
            fltn(val, n, t, o);
        }
    }
};
// text encoder
var te = typeof TextEncoder != 'undefined' && /*#__PURE__*/ new TextEncoder();
// text decoder
var td = typeof TextDecoder != 'undefined' && /*#__PURE__*/ new TextDecoder();
// text decoder stream
var tds = 0;
try {
    td.decode(et, { stream: true });
    tds = 1;
}
catch (e) { }
// decode UTF8
var dutf8 = function (d) {
    for (var r = '', i = 0;;) {
        var c = d[i++];
        var eb = (c > 127) + (c > 223) + (c > 239);
        if (i + eb > d.length)
            return { s: r, r: slc(d, i - 1) };
        if (!eb)
            r += String.fromCharCode(c);
        else if (eb == 3) {
            c = ((c & 15) << 18 | (d[i++] & 63) << 12 | (d[i++] & 63) << 6 | (d[i++] & 63)) - 65536,
                r += String.fromCharCode(55296 | (c >> 10), 56320 | (c & 1023));
        }
        else if (eb & 1)
            r += String.fromCharCode((c & 31) << 6 | (d[i++] & 63));
        else
            r += String.fromCharCode((c & 15) << 12 | (d[i++] & 63) << 6 | (d[i++] & 63));
    }
};
/**
 * Streaming UTF-8 decoding
 */
var DecodeUTF8 = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates a UTF-8 decoding stream
     * @param cb The callback to call whenever data is decoded
     */
    function DecodeUTF8(cb) {
        this.ondata = cb;
        if (tds)
            this.t = new TextDecoder();
        else
            this.p = et;
    }
    /**
     * Pushes a chunk to be decoded from UTF-8 binary
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    DecodeUTF8.prototype.push = function (chunk, final) {
        if (!this.ondata)
            err(5);
        final = !!final;
        if (this.t) {
            this.ondata(this.t.decode(chunk, { stream: true }), final);
            if (final) {
                if (this.t.decode().length)
                    err(8);
                this.t = null;
            }
            return;
        }
        if (!this.p)
            err(4);
        var dat = new u8(this.p.length + chunk.length);
        dat.set(this.p);
        dat.set(chunk, this.p.length);
        var _a = dutf8(dat), s = _a.s, r = _a.r;
        if (final) {
            if (r.length)
                err(8);
            this.p = null;
        }
        else
            this.p = r;
        this.ondata(s, final);
    };
    return DecodeUTF8;
}())));

/**
 * Streaming UTF-8 encoding
 */
var EncodeUTF8 = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates a UTF-8 decoding stream
     * @param cb The callback to call whenever data is encoded
     */
    function EncodeUTF8(cb) {
        this.ondata = cb;
    }
    /**
     * Pushes a chunk to be encoded to UTF-8
     * @param chunk The string data to push
     * @param final Whether this is the last chunk
     */
    EncodeUTF8.prototype.push = function (chunk, final) {
        if (!this.ondata)
            err(5);
        if (this.d)
            err(4);
        this.ondata(strToU8(chunk), this.d = final || false);
    };
    return EncodeUTF8;
}())));

/**
 * Converts a string into a Uint8Array for use with compression/decompression methods
 * @param str The string to encode
 * @param latin1 Whether or not to interpret the data as Latin-1. This should
 *               not need to be true unless decoding a binary string.
 * @returns The string encoded in UTF-8/Latin-1 binary
 */
function strToU8(str, latin1) {
    if (latin1) {
        var ar_1 = new u8(str.length);
        for (var i = 0; i < str.length; ++i)
            ar_1[i] = str.charCodeAt(i);
        return ar_1;
    }
    if (te)
        return te.encode(str);
    var l = str.length;
    var ar = new u8(str.length + (str.length >> 1));
    var ai = 0;
    var w = function (v) { ar[ai++] = v; };
    for (var i = 0; i < l; ++i) {
        if (ai + 5 > ar.length) {
            var n = new u8(ai + 8 + ((l - i) << 1));
            n.set(ar);
            ar = n;
        }
        var c = str.charCodeAt(i);
        if (c < 128 || latin1)
            w(c);
        else if (c < 2048)
            w(192 | (c >> 6)), w(128 | (c & 63));
        else if (c > 55295 && c < 57344)
            c = 65536 + (c & 1023 << 10) | (str.charCodeAt(++i) & 1023),
                w(240 | (c >> 18)), w(128 | ((c >> 12) & 63)), w(128 | ((c >> 6) & 63)), w(128 | (c & 63));
        else
            w(224 | (c >> 12)), w(128 | ((c >> 6) & 63)), w(128 | (c & 63));
    }
    return slc(ar, 0, ai);
}
/**
 * Converts a Uint8Array to a string
 * @param dat The data to decode to string
 * @param latin1 Whether or not to interpret the data as Latin-1. This should
 *               not need to be true unless encoding to binary string.
 * @returns The original UTF-8/Latin-1 string
 */
function strFromU8(dat, latin1) {
    if (latin1) {
        var r = '';
        for (var i = 0; i < dat.length; i += 16384)
            r += String.fromCharCode.apply(null, dat.subarray(i, i + 16384));
        return r;
    }
    else if (td) {
        return td.decode(dat);
    }
    else {
        var _a = dutf8(dat), s = _a.s, r = _a.r;
        if (r.length)
            err(8);
        return s;
    }
}
;
// deflate bit flag
var dbf = function (l) { return l == 1 ? 3 : l < 6 ? 2 : l == 9 ? 1 : 0; };
// skip local zip header
var slzh = function (d, b) { return b + 30 + b2(d, b + 26) + b2(d, b + 28); };
// read zip header
var zh = function (d, b, z) {
    var fnl = b2(d, b + 28), efl = b2(d, b + 30), fn = strFromU8(d.subarray(b + 46, b + 46 + fnl), !(b2(d, b + 8) & 2048)), es = b + 46 + fnl;
    var _a = z64hs(d, es, efl, z, b4(d, b + 20), b4(d, b + 24), b4(d, b + 42)), sc = _a[0], su = _a[1], off = _a[2];
    return [b2(d, b + 10), sc, su, fn, es + efl + b2(d, b + 32), off];
};
// read zip64 header sizes
var z64hs = function (d, b, l, z, sc, su, off) {
    var nsc = sc == 4294967295, nsu = su == 4294967295, noff = off == 4294967295, e = b + l;
    var nf = nsc + nsu + noff;
    if (z && nf) {
        for (; b + 4 < e; b += 4 + b2(d, b + 2)) {
            if (b2(d, b) == 1) {
                return [
                    nsc ? b8(d, b + 4 + 8 * nsu) : sc,
                    nsu ? b8(d, b + 4) : su,
                    noff ? b8(d, b + 4 + 8 * (nsu + nsc)) : off,
                    1
                ];
            }
        }
        // z == 2 for unknown whether or not zip64
        if (z < 2)
            err(13);
    }
    return [sc, su, off, 0];
};
// extra field length
var exfl = function (ex) {
    var le = 0;
    if (ex) {
        for (var k in ex) {
            var l = ex[k].length;
            if (l > 65535)
                err(9);
            le += l + 4;
        }
    }
    return le;
};
// write zip header
var wzh = function (d, b, f, fn, u, c, ce, co) {
    var fl = fn.length, ex = f.extra, col = co && co.length;
    var exl = exfl(ex);
    wbytes(d, b, ce != null ? 0x2014B50 : 0x4034B50), b += 4;
    if (ce != null)
        d[b++] = 20, d[b++] = f.os;
    d[b] = 20, b += 2; // spec compliance? what's that?
    d[b++] = (f.flag << 1) | (c < 0 && 8), d[b++] = u && 8;
    d[b++] = f.compression & 255, d[b++] = f.compression >> 8;
    var dt = new Date(f.mtime == null ? Date.now() : f.mtime), y = dt.getFullYear() - 1980;
    if (y < 0 || y > 119)
        err(10);
    wbytes(d, b, (y << 25) | ((dt.getMonth() + 1) << 21) | (dt.getDate() << 16) | (dt.getHours() << 11) | (dt.getMinutes() << 5) | (dt.getSeconds() >> 1)), b += 4;
    if (c != -1) {
        wbytes(d, b, f.crc);
        wbytes(d, b + 4, c < 0 ? -c - 2 : c);
        wbytes(d, b + 8, f.size);
    }
    wbytes(d, b + 12, fl);
    wbytes(d, b + 14, exl), b += 16;
    if (ce != null) {
        wbytes(d, b, col);
        wbytes(d, b + 6, f.attrs);
        wbytes(d, b + 10, ce), b += 14;
    }
    d.set(fn, b);
    b += fl;
    if (exl) {
        for (var k in ex) {
            var exf = ex[k], l = exf.length;
            wbytes(d, b, +k);
            wbytes(d, b + 2, l);
            d.set(exf, b + 4), b += 4 + l;
        }
    }
    if (col)
        d.set(co, b), b += col;
    return b;
};
// write zip footer (end of central directory)
var wzf = function (o, b, c, d, e) {
    wbytes(o, b, 0x6054B50); // skip disk
    wbytes(o, b + 8, c);
    wbytes(o, b + 10, c);
    wbytes(o, b + 12, d);
    wbytes(o, b + 16, e);
};
/**
 * A pass-through stream to keep data uncompressed in a ZIP archive.
 */
var ZipPassThrough = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates a pass-through stream that can be added to ZIP archives
     * @param filename The filename to associate with this data stream
     */
    function ZipPassThrough(filename) {
        this.filename = filename;
        this.c = crc();
        this.size = 0;
        this.compression = 0;
    }
    /**
     * Processes a chunk and pushes to the output stream. You can override this
     * method in a subclass for custom behavior, but by default this passes
     * the data through. You must call this.ondata(err, chunk, final) at some
     * point in this method.
     * @param chunk The chunk to process
     * @param final Whether this is the last chunk
     */
    ZipPassThrough.prototype.process = function (chunk, final) {
        this.ondata(null, chunk, final);
    };
    /**
     * Pushes a chunk to be added. If you are subclassing this with a custom
     * compression algorithm, note that you must push data from the source
     * file only, pre-compression.
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    ZipPassThrough.prototype.push = function (chunk, final) {
        if (!this.ondata)
            err(5);
        this.c.p(chunk);
        this.size += chunk.length;
        if (final)
            this.crc = this.c.d();
        // we shouldn't really do this cast, but properly handling ArrayBufferLike
        // makes the API unergonomic with Buffer
        this.process(chunk, final || false);
    };
    return ZipPassThrough;
}())));

// I don't extend because TypeScript extension adds 1kB of runtime bloat
/**
 * Streaming DEFLATE compression for ZIP archives. Prefer using AsyncZipDeflate
 * for better performance
 */
var ZipDeflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates a DEFLATE stream that can be added to ZIP archives
     * @param filename The filename to associate with this data stream
     * @param opts The compression options
     */
    function ZipDeflate(filename, opts) {
        var _this = this;
        if (!opts)
            opts = {};
        ZipPassThrough.call(this, filename);
        this.d = new Deflate(opts, function (dat, final) {
            _this.ondata(null, dat, final);
        });
        this.compression = 8;
        this.flag = dbf(opts.level);
    }
    ZipDeflate.prototype.process = function (chunk, final) {
        try {
            this.d.push(chunk, final);
        }
        catch (e) {
            this.ondata(e, null, final);
        }
    };
    /**
     * Pushes a chunk to be deflated
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    ZipDeflate.prototype.push = function (chunk, final) {
        ZipPassThrough.prototype.push.call(this, chunk, final);
    };
    return ZipDeflate;
}())));

/**
 * Asynchronous streaming DEFLATE compression for ZIP archives
 */
var AsyncZipDeflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates an asynchronous DEFLATE stream that can be added to ZIP archives
     * @param filename The filename to associate with this data stream
     * @param opts The compression options
     */
    function AsyncZipDeflate(filename, opts) {
        var _this = this;
        if (!opts)
            opts = {};
        ZipPassThrough.call(this, filename);
        this.d = new AsyncDeflate(opts, function (err, dat, final) {
            _this.ondata(err, dat, final);
        });
        this.compression = 8;
        this.flag = dbf(opts.level);
        this.terminate = this.d.terminate;
    }
    AsyncZipDeflate.prototype.process = function (chunk, final) {
        this.d.push(chunk, final);
    };
    /**
     * Pushes a chunk to be deflated
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    AsyncZipDeflate.prototype.push = function (chunk, final) {
        ZipPassThrough.prototype.push.call(this, chunk, final);
    };
    return AsyncZipDeflate;
}())));

// TODO: Better tree shaking
/**
 * A zippable archive to which files can incrementally be added
 */
var Zip = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates an empty ZIP archive to which files can be added
     * @param cb The callback to call whenever data for the generated ZIP archive
     *           is available
     */
    function Zip(cb) {
        this.ondata = cb;
        this.u = [];
        this.d = 1;
    }
    /**
     * Adds a file to the ZIP archive
     * @param file The file stream to add
     */
    Zip.prototype.add = function (file) {
        var _this = this;
        if (!this.ondata)
            err(5);
        // finishing or finished
        if (this.d & 2)
            this.ondata(err(4 + (this.d & 1) * 8, 0, 1), null, false);
        else {
            var f = strToU8(file.filename), fl_1 = f.length;
            var com = file.comment, o = com && strToU8(com);
            var u = fl_1 != file.filename.length || (o && (com.length != o.length));
            var hl_1 = fl_1 + exfl(file.extra) + 30;
            if (fl_1 > 65535)
                this.ondata(err(11, 0, 1), null, false);
            var header = new u8(hl_1);
            wzh(header, 0, file, f, u, -1);
            var chks_1 = [header];
            var pAll_1 = function () {
                for (var _i = 0, chks_2 = chks_1; _i < chks_2.length; _i++) {
                    var chk = chks_2[_i];
                    _this.ondata(null, chk, false);
                }
                chks_1 = [];
            };
            var tr_1 = this.d;
            this.d = 0;
            var ind_1 = this.u.length;
            var uf_1 = mrg(file, {
                f: f,
                u: u,
                o: o,
                t: function () {
                    if (file.terminate)
                        file.terminate();
                },
                r: function () {
                    pAll_1();
                    if (tr_1) {
                        var nxt = _this.u[ind_1 + 1];
                        if (nxt)
                            nxt.r();
                        else
                            _this.d = 1;
                    }
                    tr_1 = 1;
                }
            });
            var cl_1 = 0;
            file.ondata = function (err, dat, final) {
                if (err) {
                    _this.ondata(err, dat, final);
                    _this.terminate();
                }
                else {
                    cl_1 += dat.length;
                    chks_1.push(dat);
                    if (final) {
                        var dd = new u8(16);
                        wbytes(dd, 0, 0x8074B50);
                        wbytes(dd, 4, file.crc);
                        wbytes(dd, 8, cl_1);
                        wbytes(dd, 12, file.size);
                        chks_1.push(dd);
                        uf_1.c = cl_1, uf_1.b = hl_1 + cl_1 + 16, uf_1.crc = file.crc, uf_1.size = file.size;
                        if (tr_1)
                            uf_1.r();
                        tr_1 = 1;
                    }
                    else if (tr_1)
                        pAll_1();
                }
            };
            this.u.push(uf_1);
        }
    };
    /**
     * Ends the process of adding files and prepares to emit the final chunks.
     * This *must* be called after adding all desired files for the resulting
     * ZIP file to work properly.
     */
    Zip.prototype.end = function () {
        var _this = this;
        if (this.d & 2) {
            this.ondata(err(4 + (this.d & 1) * 8, 0, 1), null, true);
            return;
        }
        if (this.d)
            this.e();
        else
            this.u.push({
                r: function () {
                    if (!(_this.d & 1))
                        return;
                    _this.u.splice(-1, 1);
                    _this.e();
                },
                t: function () { }
            });
        this.d = 3;
    };
    Zip.prototype.e = function () {
        var bt = 0, l = 0, tl = 0;
        for (var _i = 0, _a = this.u; _i < _a.length; _i++) {
            var f = _a[_i];
            tl += 46 + f.f.length + exfl(f.extra) + (f.o ? f.o.length : 0);
        }
        var out = new u8(tl + 22);
        for (var _b = 0, _c = this.u; _b < _c.length; _b++) {
            var f = _c[_b];
            wzh(out, bt, f, f.f, f.u, -f.c - 2, l, f.o);
            bt += 46 + f.f.length + exfl(f.extra) + (f.o ? f.o.length : 0), l += f.b;
        }
        wzf(out, bt, this.u.length, tl, l);
        this.ondata(null, out, true);
        this.d = 2;
    };
    /**
     * A method to terminate any internal workers used by the stream. Subsequent
     * calls to add() will fail.
     */
    Zip.prototype.terminate = function () {
        for (var _i = 0, _a = this.u; _i < _a.length; _i++) {
            var f = _a[_i];
            f.t();
        }
        this.d = 2;
    };
    return Zip;
}())));

function zip(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    var r = {};
    fltn(data, '', r, opts);
    var k = Object.keys(r);
    var lft = k.length, o = 0, tot = 0;
    var slft = lft, files = new Array(lft);
    var term = [];
    var tAll = function () {
        for (var i = 0; i < term.length; ++i)
            term[i]();
    };
    var cbd = function (a, b) {
        mt(function () { cb(a, b); });
    };
    mt(function () { cbd = cb; });
    var cbf = function () {
        var out = new u8(tot + 22), oe = o, cdl = tot - o;
        tot = 0;
        for (var i = 0; i < slft; ++i) {
            var f = files[i];
            try {
                var l = f.c.length;
                wzh(out, tot, f, f.f, f.u, l);
                var badd = 30 + f.f.length + exfl(f.extra);
                var loc = tot + badd;
                out.set(f.c, loc);
                wzh(out, o, f, f.f, f.u, l, tot, f.m), o += 16 + badd + (f.m ? f.m.length : 0), tot = loc + l;
            }
            catch (e) {
                return cbd(e, null);
            }
        }
        wzf(out, o, files.length, cdl, oe);
        cbd(null, out);
    };
    if (!lft)
        cbf();
    var _loop_1 = function (i) {
        var fn = k[i];
        var _a = r[fn], file = _a[0], p = _a[1];
        var c = crc(), size = file.length;
        c.p(file);
        var f = strToU8(fn), s = f.length;
        var com = p.comment, m = com && strToU8(com), ms = m && m.length;
        var exl = exfl(p.extra);
        var compression = p.level == 0 ? 0 : 8;
        var cbl = function (e, d) {
            if (e) {
                tAll();
                cbd(e, null);
            }
            else {
                var l = d.length;
                files[i] = mrg(p, {
                    size: size,
                    crc: c.d(),
                    c: d,
                    f: f,
                    m: m,
                    u: s != fn.length || (m && (com.length != ms)),
                    compression: compression
                });
                o += 30 + s + exl + l;
                tot += 76 + 2 * (s + exl) + (ms || 0) + l;
                if (!--lft)
                    cbf();
            }
        };
        if (s > 65535)
            cbl(err(11, 0, 1), null);
        if (!compression)
            cbl(null, file);
        else if (size < 160000) {
            try {
                cbl(null, deflateSync(file, p));
            }
            catch (e) {
                cbl(e, null);
            }
        }
        else
            term.push(deflate(file, p, cbl));
    };
    // Cannot use lft because it can decrease
    for (var i = 0; i < slft; ++i) {
        _loop_1(i);
    }
    return tAll;
}
/**
 * Synchronously creates a ZIP file. Prefer using `zip` for better performance
 * with more than one file.
 * @param data The directory structure for the ZIP archive
 * @param opts The main options, merged with per-file options
 * @returns The generated ZIP archive
 */
function zipSync(data, opts) {
    if (!opts)
        opts = {};
    var r = {};
    var files = [];
    fltn(data, '', r, opts);
    var o = 0;
    var tot = 0;
    for (var fn in r) {
        var _a = r[fn], file = _a[0], p = _a[1];
        var compression = p.level == 0 ? 0 : 8;
        var f = strToU8(fn), s = f.length;
        var com = p.comment, m = com && strToU8(com), ms = m && m.length;
        var exl = exfl(p.extra);
        if (s > 65535)
            err(11);
        var d = compression ? deflateSync(file, p) : file, l = d.length;
        var c = crc();
        c.p(file);
        files.push(mrg(p, {
            size: file.length,
            crc: c.d(),
            c: d,
            f: f,
            m: m,
            u: s != fn.length || (m && (com.length != ms)),
            o: o,
            compression: compression
        }));
        o += 30 + s + exl + l;
        tot += 76 + 2 * (s + exl) + (ms || 0) + l;
    }
    var out = new u8(tot + 22), oe = o, cdl = tot - o;
    for (var i = 0; i < files.length; ++i) {
        var f = files[i];
        wzh(out, f.o, f, f.f, f.u, f.c.length);
        var badd = 30 + f.f.length + exfl(f.extra);
        out.set(f.c, f.o + badd);
        wzh(out, o, f, f.f, f.u, f.c.length, f.o, f.m), o += 16 + badd + (f.m ? f.m.length : 0);
    }
    wzf(out, o, files.length, cdl, oe);
    return out;
}
/**
 * Streaming pass-through decompression for ZIP archives
 */
var UnzipPassThrough = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function UnzipPassThrough() {
    }
    UnzipPassThrough.prototype.push = function (chunk, final) {
        // same as ZipPassThrough: cast to retain Buffer ergonomics
        this.ondata(null, chunk, final);
    };
    UnzipPassThrough.compression = 0;
    return UnzipPassThrough;
}())));

/**
 * Streaming DEFLATE decompression for ZIP archives. Prefer AsyncZipInflate for
 * better performance.
 */
var UnzipInflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates a DEFLATE decompression that can be used in ZIP archives
     */
    function UnzipInflate() {
        var _this = this;
        this.i = new Inflate(function (dat, final) {
            _this.ondata(null, dat, final);
        });
    }
    UnzipInflate.prototype.push = function (chunk, final) {
        try {
            this.i.push(chunk, final);
        }
        catch (e) {
            this.ondata(e, null, final);
        }
    };
    UnzipInflate.compression = 8;
    return UnzipInflate;
}())));

/**
 * Asynchronous streaming DEFLATE decompression for ZIP archives
 */
var AsyncUnzipInflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates a DEFLATE decompression that can be used in ZIP archives
     */
    function AsyncUnzipInflate(_, sz) {
        var _this = this;
        if (sz < 320000) {
            this.i = new Inflate(function (dat, final) {
                _this.ondata(null, dat, final);
            });
        }
        else {
            this.i = new AsyncInflate(function (err, dat, final) {
                _this.ondata(err, dat, final);
            });
            this.terminate = this.i.terminate;
        }
    }
    AsyncUnzipInflate.prototype.push = function (chunk, final) {
        if (this.i.terminate)
            chunk = slc(chunk, 0);
        this.i.push(chunk, final);
    };
    AsyncUnzipInflate.compression = 8;
    return AsyncUnzipInflate;
}())));

/**
 * A ZIP archive decompression stream that emits files as they are discovered
 */
var Unzip = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates a ZIP decompression stream
     * @param cb The callback to call whenever a file in the ZIP archive is found
     */
    function Unzip(cb) {
        this.onfile = cb;
        this.k = [];
        this.o = {
            0: UnzipPassThrough
        };
        this.p = et;
    }
    /**
     * Pushes a chunk to be unzipped
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    Unzip.prototype.push = function (chunk, final) {
        var _this = this;
        if (!this.onfile)
            err(5);
        if (!this.p)
            err(4);
        if (this.c > 0) {
            var len = Math.min(this.c, chunk.length);
            var toAdd = chunk.subarray(0, len);
            this.c -= len;
            if (this.d)
                this.d.push(toAdd, !this.c);
            else
                this.k[0].push(toAdd);
            chunk = chunk.subarray(len);
            if (chunk.length)
                return this.push(chunk, final);
        }
        else {
            var f = 0, i = 0, is = void 0, buf = void 0;
            if (!this.p.length)
                buf = chunk;
            else if (!chunk.length)
                buf = this.p;
            else {
                buf = new u8(this.p.length + chunk.length);
                buf.set(this.p), buf.set(chunk, this.p.length);
            }
            var l = buf.length, oc = this.c, add = oc && this.d;
            var _loop_2 = function () {
                var sig = b4(buf, i);
                if (sig == 0x4034B50) {
                    f = 1, is = i;
                    this_1.d = null;
                    this_1.c = 0;
                    var bf = b2(buf, i + 6), cmp_1 = b2(buf, i + 8), u = bf & 2048, dd = bf & 8, fnl = b2(buf, i + 26), es = b2(buf, i + 28);
                    if (l > i + 30 + fnl + es) {
                        var chks_3 = [];
                        this_1.k.unshift(chks_3);
                        f = 2;
                        var lsc = b4(buf, i + 18), lsu = b4(buf, i + 22);
                        var fn_1 = strFromU8(buf.subarray(i + 30, i += 30 + fnl), !u);
                        var _a = z64hs(buf, i, es, 2, lsc, lsu, 0), sc_1 = _a[0], su_1 = _a[1], z64 = _a[3];
                        if (dd)
                            sc_1 = -1 - z64;
                        i += es;
                        this_1.c = sc_1;
                        var d_1;
                        var file_1 = {
                            name: fn_1,
                            compression: cmp_1,
                            start: function () {
                                if (!file_1.ondata)
                                    err(5);
                                if (!sc_1)
                                    file_1.ondata(null, et, true);
                                else {
                                    var ctr = _this.o[cmp_1];
                                    if (!ctr)
                                        file_1.ondata(err(14, 'unknown compression type ' + cmp_1, 1), null, false);
                                    d_1 = sc_1 < 0 ? new ctr(fn_1) : new ctr(fn_1, sc_1, su_1);
                                    d_1.ondata = function (err, dat, final) { file_1.ondata(err, dat, final); };
                                    for (var _i = 0, chks_4 = chks_3; _i < chks_4.length; _i++) {
                                        var dat = chks_4[_i];
                                        d_1.push(dat, false);
                                    }
                                    if (_this.k[0] == chks_3 && _this.c)
                                        _this.d = d_1;
                                    else
                                        d_1.push(et, true);
                                }
                            },
                            terminate: function () {
                                if (d_1 && d_1.terminate)
                                    d_1.terminate();
                            }
                        };
                        if (sc_1 >= 0)
                            file_1.size = sc_1, file_1.originalSize = su_1;
                        this_1.onfile(file_1);
                    }
                    return "break";
                }
                else if (oc) {
                    if (sig == 0x8074B50) {
                        is = i += 12 + (oc == -2 && 8), f = 3, this_1.c = 0;
                        return "break";
                    }
                    else if (sig == 0x2014B50) {
                        is = i -= 4, f = 3, this_1.c = 0;
                        return "break";
                    }
                }
            };
            var this_1 = this;
            for (; i < l - 4; ++i) {
                var state_1 = _loop_2();
                if (state_1 === "break")
                    break;
            }
            this.p = et;
            if (oc < 0) {
                var dat = f ? buf.subarray(0, is - 12 - (oc == -2 && 8) - (b4(buf, is - 16) == 0x8074B50 && 4)) : buf.subarray(0, i);
                if (add)
                    add.push(dat, !!f);
                else
                    this.k[+(f == 2)].push(dat);
            }
            if (f & 2)
                return this.push(buf.subarray(i), final);
            this.p = buf.subarray(i);
        }
        if (final) {
            if (this.c)
                err(13);
            this.p = null;
        }
    };
    /**
     * Registers a decoder with the stream, allowing for files compressed with
     * the compression type provided to be expanded correctly
     * @param decoder The decoder constructor
     */
    Unzip.prototype.register = function (decoder) {
        this.o[decoder.compression] = decoder;
    };
    return Unzip;
}())));

var mt = typeof queueMicrotask == 'function' ? queueMicrotask : typeof setTimeout == 'function' ? setTimeout : function (fn) { fn(); };
function unzip(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    var term = [];
    var tAll = function () {
        for (var i = 0; i < term.length; ++i)
            term[i]();
    };
    var files = {};
    var cbd = function (a, b) {
        mt(function () { cb(a, b); });
    };
    mt(function () { cbd = cb; });
    var e = data.length - 22;
    for (; b4(data, e) != 0x6054B50; --e) {
        if (!e || data.length - e > 65558) {
            cbd(err(13, 0, 1), null);
            return tAll;
        }
    }
    ;
    var lft = b2(data, e + 8);
    if (lft) {
        var c = lft;
        var o = b4(data, e + 16);
        var z = b4(data, e - 20) == 0x7064B50;
        if (z) {
            var ze = b4(data, e - 12);
            z = b4(data, ze) == 0x6064B50;
            if (z) {
                c = lft = b4(data, ze + 32);
                o = b4(data, ze + 48);
            }
        }
        var fltr = opts && opts.filter;
        var _loop_3 = function (i) {
            var _a = zh(data, o, z), c_1 = _a[0], sc = _a[1], su = _a[2], fn = _a[3], no = _a[4], off = _a[5], b = slzh(data, off);
            o = no;
            var cbl = function (e, d) {
                if (e) {
                    tAll();
                    cbd(e, null);
                }
                else {
                    if (d)
                        files[fn] = d;
                    if (!--lft)
                        cbd(null, files);
                }
            };
            if (!fltr || fltr({
                name: fn,
                size: sc,
                originalSize: su,
                compression: c_1
            })) {
                if (!c_1)
                    cbl(null, slc(data, b, b + sc));
                else if (c_1 == 8) {
                    var infl = data.subarray(b, b + sc);
                    // Synchronously decompress under 512KB, or barely-compressed data
                    if (su < 524288 || sc > 0.8 * su) {
                        try {
                            cbl(null, inflateSync(infl, { out: new u8(su) }));
                        }
                        catch (e) {
                            cbl(e, null);
                        }
                    }
                    else
                        term.push(inflate(infl, { size: su }, cbl));
                }
                else
                    cbl(err(14, 'unknown compression type ' + c_1, 1), null);
            }
            else
                cbl(null, null);
        };
        for (var i = 0; i < c; ++i) {
            _loop_3(i);
        }
    }
    else
        cbd(null, {});
    return tAll;
}
/**
 * Synchronously decompresses a ZIP archive. Prefer using `unzip` for better
 * performance with more than one file.
 * @param data The raw compressed ZIP file
 * @param opts The ZIP extraction options
 * @returns The decompressed files
 */
function unzipSync(data, opts) {
    var files = {};
    var e = data.length - 22;
    for (; b4(data, e) != 0x6054B50; --e) {
        if (!e || data.length - e > 65558)
            err(13);
    }
    ;
    var c = b2(data, e + 8);
    if (!c)
        return {};
    var o = b4(data, e + 16);
    var z = b4(data, e - 20) == 0x7064B50;
    if (z) {
        var ze = b4(data, e - 12);
        z = b4(data, ze) == 0x6064B50;
        if (z) {
            c = b4(data, ze + 32);
            o = b4(data, ze + 48);
        }
    }
    var fltr = opts && opts.filter;
    for (var i = 0; i < c; ++i) {
        var _a = zh(data, o, z), c_2 = _a[0], sc = _a[1], su = _a[2], fn = _a[3], no = _a[4], off = _a[5], b = slzh(data, off);
        o = no;
        if (!fltr || fltr({
            name: fn,
            size: sc,
            originalSize: su,
            compression: c_2
        })) {
            if (!c_2)
                files[fn] = slc(data, b, b + sc);
            else if (c_2 == 8)
                files[fn] = inflateSync(data.subarray(b, b + sc), { out: new u8(su) });
            else
                err(14, 'unknown compression type ' + c_2);
        }
    }
    return files;
}

;// CONCATENATED MODULE: ./lib/formats/zip/reader.js
/**
 * A zip reader over positioned reads. It reads the end-of-central-directory
 * record, the zip64 locator/record, the central directory and, per entry, the
 * entry's own local header: never the entry data unless asked.
 *
 * It is as lenient as PyTorch's miniz reader (the loader we must not disagree
 * with): CRCs are not checked, the encryption/patch flag bits do not stop it,
 * a local name that differs from the central one is noted and the central
 * name is used. Structural damage is reported as text (`problems`, `error`),
 * never thrown past `readZipDirectory`.
 */
const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const EOCD_SIZE = 22;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;
const ZIP64_LOCATOR_SIZE = 20;
const ZIP64_EOCD_MIN = 56;
const MAX_COMMENT = 0xffff;
const U32_MAX = 0xffffffff;
const U16_MAX = 0xffff;
/** General-purpose flag bits that make Python's zipfile refuse an entry (miniz/torch ignore them). */
const FLAG_ENCRYPTED = 0x0001;
const FLAG_DATA_DESCRIPTOR = 0x0008;
const FLAG_PATCHED = 0x0020;
const FLAG_STRONG_ENCRYPTION = 0x0040;
const FLAG_UTF8 = 0x0800;
const METHOD_STORED = 0;
const METHOD_DEFLATE = 8;
class ZipFormatError extends Error {
}
const decoderUtf8 = new TextDecoder('utf-8', { fatal: false });
const decoderLatin1 = new TextDecoder('latin1');
function reader_u16(b, o) {
    return b[o] | (b[o + 1] << 8);
}
function u32(b, o) {
    return (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;
}
/** A little-endian u64 as a number, or NaN beyond 2^53 (no real file is that large). */
function u64(b, o) {
    const lo = u32(b, o);
    const hi = u32(b, o + 4);
    if (hi >= 0x200000)
        return NaN;
    return hi * 0x100000000 + lo;
}
function decodeName(bytes, flags) {
    if (flags & FLAG_UTF8)
        return decoderUtf8.decode(bytes);
    // Without the UTF-8 flag the spec says CP437; ASCII names (all real models) decode the same.
    // Bytes >= 0x80 are shown as UTF-8 when valid (what most writers meant), else Latin-1.
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        return decoderLatin1.decode(bytes);
    }
}
function readExact(source, offset, length) {
    if (offset < 0 || !Number.isFinite(offset) || offset + length > source.size)
        return undefined;
    const bytes = source.read(offset, length);
    return bytes.length === length ? bytes : undefined;
}
/** True when the bytes start with a local file header signature. */
function startsWithLocalHeader(head) {
    return head.length >= 4 && u32(head, 0) === SIG_LOCAL;
}
/**
 * Offsets (relative to `tail`) of every EOCD signature in the tail whose fixed
 * part fits, last first. The real record is normally the last one; earlier ones
 * can be data or a comment.
 */
function eocdCandidates(tail) {
    const found = [];
    for (let i = tail.length - EOCD_SIZE; i >= 0 && tail.length - i <= EOCD_SIZE + MAX_COMMENT; i--) {
        if (tail[i] === 0x50 && tail[i + 1] === 0x4b && tail[i + 2] === 0x05 && tail[i + 3] === 0x06)
            found.push(i);
    }
    return found;
}
/** Quick structural test used to claim a source: an EOCD whose directory starts with a central header. */
function looksLikeZip(source, head, tail) {
    if (startsWithLocalHeader(head))
        return true;
    const tailStart = source.size - tail.length;
    for (const rel of eocdCandidates(tail)) {
        try {
            const layout = locateDirectory(source, tailStart + rel);
            if (layout.size === 0 && layout.count === 0)
                continue; // an empty archive hides nothing
            if (layout.size >= 4 && hasSignatureAt(source, layout.offset, SIG_CENTRAL))
                return true;
        }
        catch {
            // not this candidate
        }
    }
    return false;
}
function hasSignatureAt(source, offset, sig) {
    const b = readExact(source, offset, 4);
    return b !== undefined && u32(b, 0) === sig;
}
/**
 * From an EOCD record at `eocdOffset`: where the central directory is. Handles
 * the zip64 locator/record and archives with bytes prepended (offsets relative
 * to the archive start, as `cat prefix archive.zip` produces).
 */
function locateDirectory(source, eocdOffset) {
    const eocd = readExact(source, eocdOffset, EOCD_SIZE);
    if (!eocd || u32(eocd, 0) !== SIG_EOCD)
        throw new ZipFormatError(`no end-of-central-directory record at offset ${eocdOffset}`);
    const problems = [];
    let count = reader_u16(eocd, 10);
    let size = u32(eocd, 12);
    let offset = u32(eocd, 16);
    let zip64 = false;
    let recordEnd = eocdOffset; // the directory ends where the next end record starts
    const locatorOffset = eocdOffset - ZIP64_LOCATOR_SIZE;
    const locator = locatorOffset >= 0 ? readExact(source, locatorOffset, ZIP64_LOCATOR_SIZE) : undefined;
    if (locator && u32(locator, 0) === SIG_ZIP64_LOCATOR) {
        const recordOffsetDeclared = u64(locator, 8);
        // The record normally sits right before the locator; with prepended bytes its declared offset is shifted.
        const candidates = [recordOffsetDeclared, locatorOffset - ZIP64_EOCD_MIN];
        let record;
        let recordOffset = NaN;
        for (const c of candidates) {
            if (!Number.isFinite(c))
                continue;
            const r = readExact(source, c, ZIP64_EOCD_MIN);
            if (r && u32(r, 0) === SIG_ZIP64_EOCD) {
                record = r;
                recordOffset = c;
                break;
            }
        }
        if (record) {
            zip64 = true;
            recordEnd = recordOffset;
            const count64 = u64(record, 32);
            const size64 = u64(record, 40);
            const offset64 = u64(record, 48);
            if (!Number.isFinite(count64) || !Number.isFinite(size64) || !Number.isFinite(offset64)) {
                throw new ZipFormatError('the zip64 end record holds impossible sizes (beyond 2^53 bytes)');
            }
            // Prefer the 64-bit values wherever the 32-bit ones are saturated, like every reader.
            if (count === U16_MAX || count !== count64)
                count = count64;
            if (size === U32_MAX || size !== size64)
                size = size64;
            if (offset === U32_MAX || offset !== offset64)
                offset = offset64;
        }
        else {
            problems.push('zip64 locator present but its end record was not found; using the 32-bit end record');
        }
    }
    // Where the directory must start if it directly precedes the end record(s): Python's zipfile
    // always reads it there (and shifts every offset by the difference); miniz/torch trust the
    // declared offset. When both places hold a directory, both are read.
    const expected = recordEnd - size;
    let shift = 0;
    let alternate;
    const expectedValid = offset !== expected && expected >= 0 && expected + size <= source.size && hasSignatureAt(source, expected, SIG_CENTRAL);
    if (offset !== expected && offset + size <= source.size && hasSignatureAt(source, offset, SIG_CENTRAL)) {
        if (expectedValid)
            alternate = { offset: expected, shift: expected - offset };
    }
    else if (offset !== expected && expected >= 0 && expected > offset) {
        shift = expected - offset;
        offset = expected;
    }
    if (offset + size > source.size) {
        throw new ZipFormatError(`central directory (offset ${offset}, ${size} bytes) extends beyond the end of the file (${source.size} bytes)`);
    }
    const layout = { offset, size, count, zip64, shift, problems };
    if (alternate)
        layout.alternate = alternate;
    return layout;
}
/** Reads ranges of the central directory in blocks, so a big directory costs few reads. */
class Window {
    source;
    end;
    start = 0;
    bytes = new Uint8Array(0);
    constructor(source, end) {
        this.source = source;
        this.end = end;
    }
    /** `length` bytes at `offset`, or undefined when they pass the directory end. */
    get(offset, length) {
        if (offset + length > this.end)
            return undefined;
        if (offset < this.start || offset + length > this.start + this.bytes.length) {
            const want = Math.min(this.end - offset, Math.max(length, 1 << 20));
            this.bytes = this.source.read(offset, want);
            this.start = offset;
            if (this.bytes.length < length)
                return undefined;
        }
        return this.bytes.subarray(offset - this.start, offset - this.start + length);
    }
}
/**
 * Finds and reads the central directory. Throws ZipFormatError only when no
 * directory can be located at all; damage further in is reported in `error`
 * with the entries read so far.
 */
function readZipDirectory(source, options = {}) {
    const maxMembers = options.maxMembers ?? Number.POSITIVE_INFINITY;
    if (source.size < EOCD_SIZE)
        throw new ZipFormatError(`too small to be a zip archive (${source.size} bytes)`);
    const tailStart = Math.max(0, source.size - (EOCD_SIZE + MAX_COMMENT));
    const tail = source.read(tailStart, source.size - tailStart);
    const candidates = eocdCandidates(tail);
    if (candidates.length === 0)
        throw new ZipFormatError('no end-of-central-directory record in the last 64 KiB (truncated or not a zip)');
    // The last candidate whose directory is where it says wins; else the last one that parses at all.
    let chosen;
    let firstError;
    for (const rel of candidates) {
        const eocdOffset = tailStart + rel;
        try {
            const layout = locateDirectory(source, eocdOffset);
            const ok = layout.size === 0 || hasSignatureAt(source, layout.offset, SIG_CENTRAL);
            if (ok) {
                chosen = { eocdOffset, layout };
                break;
            }
            chosen ??= { eocdOffset, layout };
        }
        catch (error) {
            firstError ??= error;
        }
    }
    if (!chosen)
        throw firstError instanceof Error ? firstError : new ZipFormatError(String(firstError));
    const { eocdOffset, layout } = chosen;
    const dir = {
        entries: [],
        eocdOffset,
        centralDirectoryOffset: layout.offset,
        centralDirectorySize: layout.size,
        declaredEntries: layout.count,
        zip64: layout.zip64,
        shift: layout.shift,
        archiveStart: layout.offset,
        problems: [...layout.problems],
        truncatedAtLimit: false,
    };
    if (layout.shift > 0)
        dir.problems.push(`${layout.shift} bytes precede the archive`);
    walkDirectory(source, dir, layout.offset, layout.size, layout.shift, maxMembers, false);
    const primaryCount = dir.entries.length;
    if (layout.alternate && !dir.error) {
        dir.problems.push(`a second central directory at offset ${layout.alternate.offset} (where Python's zipfile reads it) differs from the declared one at ${layout.offset}`);
        walkDirectory(source, dir, layout.alternate.offset, layout.size, layout.alternate.shift, maxMembers, true);
    }
    if (!dir.error && !dir.truncatedAtLimit && primaryCount !== dir.declaredEntries) {
        const msg = `the end record declares ${dir.declaredEntries} entries but the directory holds ${primaryCount}`;
        if (primaryCount < dir.declaredEntries)
            dir.error = msg;
        else
            dir.problems.push(msg);
    }
    let lowest = layout.offset;
    for (const e of dir.entries) {
        const abs = e.localHeaderOffset + e.shift;
        if (Number.isFinite(abs) && abs < lowest)
            lowest = abs;
    }
    dir.archiveStart = lowest;
    return dir;
}
function walkDirectory(source, dir, start, size, shift, maxMembers, alternate) {
    const end = start + size;
    const window = new Window(source, end);
    let pos = start;
    while (pos < end) {
        if (dir.entries.length >= maxMembers) {
            dir.truncatedAtLimit = true;
            break;
        }
        const fixed = window.get(pos, CENTRAL_SIZE);
        if (!fixed) {
            // Trailing bytes shorter than a header: padding or a lying size.
            if (end - pos >= 4)
                dir.error = `central directory entry ${dir.entries.length} at offset ${pos} is cut short`;
            break;
        }
        if (u32(fixed, 0) !== SIG_CENTRAL) {
            dir.error = `central directory entry ${dir.entries.length} at offset ${pos} has no valid signature`;
            break;
        }
        const flags = reader_u16(fixed, 8);
        const method = reader_u16(fixed, 10);
        const crc32 = u32(fixed, 16);
        let compressedSize = u32(fixed, 20);
        let uncompressedSize = u32(fixed, 24);
        const nameLength = reader_u16(fixed, 28);
        const extraLength = reader_u16(fixed, 30);
        const commentLength = reader_u16(fixed, 32);
        let localHeaderOffset = u32(fixed, 42);
        const variable = window.get(pos + CENTRAL_SIZE, nameLength + extraLength);
        if (!variable) {
            dir.error = `central directory entry ${dir.entries.length} at offset ${pos} runs past the end of the directory`;
            break;
        }
        const name = decodeName(variable.subarray(0, nameLength), flags);
        const problems = [];
        let zip64 = false;
        // zip64 extended information (0x0001): only the saturated fields, in this order.
        const needUsize = uncompressedSize === U32_MAX;
        const needCsize = compressedSize === U32_MAX;
        const needOffset = localHeaderOffset === U32_MAX;
        if (needUsize || needCsize || needOffset) {
            const extra = variable.subarray(nameLength);
            let found = false;
            for (let p = 0; p + 4 <= extra.length;) {
                const id = reader_u16(extra, p);
                const len = reader_u16(extra, p + 2);
                const body = extra.subarray(p + 4, Math.min(extra.length, p + 4 + len));
                if (id === 0x0001) {
                    found = true;
                    let q = 0;
                    const next = () => {
                        if (q + 8 > body.length) {
                            problems.push('zip64 extra field too short');
                            q += 8;
                            return NaN;
                        }
                        const v = u64(body, q);
                        q += 8;
                        return v;
                    };
                    if (needUsize)
                        uncompressedSize = next();
                    if (needCsize)
                        compressedSize = next();
                    if (needOffset)
                        localHeaderOffset = next();
                    zip64 = true;
                    break;
                }
                p += 4 + len;
            }
            if (!found)
                problems.push('32-bit size or offset saturated but no zip64 extra field');
        }
        dir.entries.push({
            index: dir.entries.length,
            name,
            flags,
            method,
            crc32,
            compressedSize,
            uncompressedSize,
            localHeaderOffset,
            shift,
            ...(alternate ? { fromAlternateDirectory: true } : {}),
            zip64,
            isDirectory: name.endsWith('/') && uncompressedSize === 0,
            problems,
        });
        pos += CENTRAL_SIZE + nameLength + extraLength + commentLength;
    }
}
/**
 * Reads an entry's own local header (its name and extra lengths differ from the
 * central directory's: torch pads the local extra to 64-byte alignment).
 */
function readLocalHeader(source, entry) {
    const offset = entry.localHeaderOffset + entry.shift;
    if (!Number.isFinite(offset))
        throw new ZipFormatError(`local header offset of "${entry.name}" is not representable`);
    const fixed = readExact(source, offset, LOCAL_SIZE);
    if (!fixed)
        throw new ZipFormatError(`local header of "${entry.name}" at offset ${offset} is beyond the end of the file`);
    if (u32(fixed, 0) !== SIG_LOCAL)
        throw new ZipFormatError(`no local header signature for "${entry.name}" at offset ${offset}`);
    const nameLength = reader_u16(fixed, 26);
    const extraLength = reader_u16(fixed, 28);
    const nameBytes = readExact(source, offset + LOCAL_SIZE, nameLength) ?? new Uint8Array(0);
    const localName = decodeName(nameBytes, reader_u16(fixed, 6));
    const dataOffset = offset + LOCAL_SIZE + nameLength + extraLength;
    const size = Number.isFinite(entry.compressedSize) ? entry.compressedSize : 0;
    const available = Math.max(0, Math.min(size, source.size - dataOffset));
    return { dataOffset, localName, nameMismatch: localName !== entry.name, available };
}

;// CONCATENATED MODULE: ./lib/formats/zip/index.js







/**
 * Zip archives: PyTorch checkpoints (torch.save since 1.6, TorchScript), NumPy
 * .npz, Keras v3 .keras, plain .zip. Every member is routed by its content;
 * tensor storages of a PyTorch checkpoint are never read.
 */
/** Member name shown for bytes that precede the archive (polyglots, self-extractors). */
const PREFIX_MEMBER = '[bytes before the zip archive]';
const METHOD_NAMES = {
    1: 'shrink',
    6: 'implode',
    9: 'deflate64',
    12: 'bzip2',
    14: 'lzma',
    93: 'zstd',
    95: 'xz',
    98: 'ppmd',
    99: 'AES encryption',
};
/** Directories read while claiming, reused by scan (same source object). */
const directoryCache = new WeakMap();
function directoryOf(source, maxMembers) {
    const cached = directoryCache.get(source);
    if (cached && cached.maxMembers === maxMembers) {
        if (cached.result instanceof Error)
            throw cached.result;
        return cached.result;
    }
    let result;
    try {
        result = readZipDirectory(source, { maxMembers });
    }
    catch (error) {
        result = error instanceof Error ? error : new Error(String(error));
    }
    directoryCache.set(source, { maxMembers, result });
    if (result instanceof Error)
        throw result;
    return result;
}
const STORAGE_RE = /^([^/]+)\/data\/\d+$/;
/**
 * Top-level folders that hold a PyTorch checkpoint: `<p>/data.pkl`, or
 * `<p>/version` / `<p>/.data/version` (the pickle member may be renamed).
 * torch 1.13 names the folder after the file stem; later versions use `archive`.
 */
function torchPrefixes(entries) {
    const prefixes = new Set();
    for (const { name } of entries) {
        const m = /^([^/]+)\/(data\.pkl|version|\.data\/version)$/.exec(name);
        if (m)
            prefixes.add(m[1]);
    }
    return prefixes;
}
/** A tensor storage of a torch checkpoint: raw bytes torch never unpickles. */
function isTensorStorage(name, prefixes) {
    const m = STORAGE_RE.exec(name);
    return m !== null && prefixes.has(m[1]);
}
/** Members torch always unpickles, whatever their bytes look like. */
function isTorchPickle(name, prefixes) {
    const m = /^([^/]+)\/(data|constants)\.pkl$/.exec(name);
    return m !== null && prefixes.has(m[1]);
}
function zip_describe(error) {
    return error instanceof Error ? error.message : String(error);
}
function claimZip(probe) {
    try {
        return looksLikeZip(probe.source, probe.head, probe.tail);
    }
    catch {
        return false;
    }
}
function claimTorch(probe) {
    if (!claimZip(probe))
        return false;
    try {
        return torchPrefixes(directoryOf(probe.source, DEFAULT_LIMITS.maxMembers).entries).size > 0;
    }
    catch {
        return false;
    }
}
async function scanZip(ctx) {
    const { source, limits } = ctx;
    let dir;
    try {
        dir = directoryOf(source, limits.maxMembers);
    }
    catch (error) {
        ctx.incomplete(`not a readable zip archive: ${zip_describe(error)}`);
        return;
    }
    // Bytes inflated and members routed are counted per file on disk by the core (ctx.budget), whatever
    // the nesting: a zip in a gzip in a zip draws on the same budget (overlapping-entry and nested bombs).
    const budget = ctx.budget;
    // Bytes before the archive are what a loader reading from offset 0 sees (pickle + zip polyglot).
    if (dir.archiveStart > 0) {
        const prefix = new SliceSource(source, 0, Math.min(dir.archiveStart, source.size));
        await ctx.scanNested(prefix, PREFIX_MEMBER);
    }
    const prefixes = torchPrefixes(dir.entries);
    const seen = new Set();
    for (const entry of dir.entries) {
        if (entry.isDirectory)
            continue;
        // Tensor data: never read (a STORED 2 GB storage costs nothing).
        if (isTensorStorage(entry.name, prefixes))
            continue;
        // The same member listed by both central directories (see readZipDirectory) is scanned once.
        const key = `${entry.localHeaderOffset + entry.shift}\u0000${entry.name}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        ctx.checkBudget();
        if (++budget.members > limits.maxMembers) {
            if (!budget.reported.has('maxMembers')) {
                budget.reported.add('maxMembers');
                ctx.incomplete(`more than ${limits.maxMembers} archive members in this file (nested archives included); the rest were not examined (limit maxMembers)`);
            }
            break;
        }
        await scanEntry(ctx, entry, isTorchPickle(entry.name, prefixes));
    }
    if (dir.error)
        ctx.incomplete(`damaged zip central directory (${dir.error}); ${dir.entries.length} entries were examined`);
    if (dir.truncatedAtLimit) {
        ctx.incomplete(`the archive has more than ${limits.maxMembers} members; only the first ${limits.maxMembers} were examined (limit maxMembers)`);
    }
}
async function scanEntry(ctx, entry, mustBePickle) {
    const { limits, budget } = ctx;
    const name = entry.name;
    if (!Number.isFinite(entry.compressedSize) || !Number.isFinite(entry.uncompressedSize) || !Number.isFinite(entry.localHeaderOffset)) {
        ctx.incomplete(`member "${name}" has impossible zip64 sizes or offset`);
        return;
    }
    let data;
    try {
        data = readLocalHeader(ctx.source, entry);
    }
    catch (error) {
        ctx.incomplete(`member "${name}": ${zip_describe(error)}`);
        return;
    }
    const truncated = data.available < entry.compressedSize;
    let member;
    if (entry.method === METHOD_STORED) {
        // No copy: a window on the file. Its size is what the directory says (miniz trusts it).
        member = new SliceSource(ctx.source, data.dataOffset, data.available);
        if (truncated) {
            ctx.incomplete(`member "${name}" is truncated: ${data.available} of ${entry.compressedSize} bytes are present`);
        }
    }
    else if (entry.method === METHOD_DEFLATE) {
        const usize = entry.uncompressedSize;
        if (usize > limits.maxMemberBytes) {
            ctx.incomplete(`member "${name}" would inflate to ${usize} bytes, more than the limit of ${limits.maxMemberBytes} bytes (limit maxMemberBytes)`);
            return;
        }
        if (budget.inflated + usize > limits.maxTotalInflatedBytes) {
            ctx.incomplete(`member "${name}" would bring the bytes inflated for this file to ${budget.inflated + usize}, more than the limit of ` +
                `${limits.maxTotalInflatedBytes} bytes (limit maxTotalInflatedBytes)`);
            return;
        }
        // The compressed bytes are read into memory too (empty stored blocks can pad a stream at will).
        if (entry.compressedSize > limits.maxMemberBytes) {
            ctx.incomplete(`member "${name}" has ${entry.compressedSize} compressed bytes, more than the limit of ${limits.maxMemberBytes} bytes (limit maxMemberBytes)`);
            return;
        }
        budget.inflated += usize;
        const raw = ctx.source.read(data.dataOffset, data.available);
        const inflated = await inflateBounded(raw, usize);
        if (inflated.error !== undefined || truncated) {
            const why = truncated
                ? `is truncated (${data.available} of ${entry.compressedSize} compressed bytes present)`
                : `could not be inflated (${inflated.error})`;
            const enc = entry.flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION) ? ' and is marked as encrypted' : '';
            ctx.incomplete(`member "${name}" ${why}${enc}; ${inflated.bytes.length} bytes were recovered and scanned`);
        }
        member = new BufferSource(inflated.bytes);
    }
    else {
        const method = METHOD_NAMES[entry.method] ?? 'unknown';
        ctx.incomplete(`member "${name}" uses compression method ${entry.method} (${method}), which the scanner cannot read`);
        return;
    }
    const takenBy = await ctx.scanNested(member, name);
    if (mustBePickle && takenBy !== pickleScanner.id) {
        // torch.load unpickles this member whatever its first bytes look like.
        ctx.incomplete(takenBy === undefined
            ? `member "${name}" is unpickled by torch.load but is not recognisable as a pickle`
            : `member "${name}" is unpickled by torch.load but its bytes were read as ${takenBy}, not as a pickle`);
    }
    else if (takenBy === undefined && entry.flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION)) {
        // miniz reads flagged entries as plain data; if nothing recognises the bytes they may really be encrypted.
        ctx.incomplete(`member "${name}" is marked as encrypted and its content is not recognised`);
    }
}
/**
 * Inflates at most `size` bytes (the declared size: the output buffer is
 * allocated once, never grown). On a corrupt or truncated stream, returns what
 * could be inflated before the damage: a loader that reads the member
 * incrementally (Python's zipfile under pickle.load) runs a payload at the start
 * of a broken stream before it notices.
 */
async function inflateBounded(raw, size) {
    try {
        return { bytes: inflateSync(raw, { out: new Uint8Array(size) }) };
    }
    catch (error) {
        return { bytes: await inflatePartial(raw, size), error: zip_describe(error) };
    }
}
/** Streaming inflate that keeps the output produced before an error (node:zlib emits it chunk by chunk). */
function inflatePartial(raw, size) {
    return new Promise((resolve) => {
        const out = new Uint8Array(size);
        let length = 0;
        let done = false;
        const stream = (0,external_node_zlib_namespaceObject.createInflateRaw)();
        const finish = () => {
            if (done)
                return;
            done = true;
            stream.destroy();
            resolve(out.subarray(0, length));
        };
        stream.on('data', (chunk) => {
            const n = Math.min(chunk.length, size - length);
            out.set(chunk.subarray(0, n), length);
            length += n;
            if (length >= size)
                finish();
        });
        stream.on('error', finish);
        stream.on('end', finish);
        stream.on('close', finish);
        stream.end(raw);
    });
}
/** PyTorch checkpoints in zip form (torch.save since 1.6, TorchScript archives). */
const pytorchZipScanner = {
    id: 'pytorch-zip',
    name: 'PyTorch zip checkpoint',
    extensions: ['.pt', '.pth', '.bin', '.ckpt', '.ptl', '.pt2', '.mar'],
    claim: (probe) => (claimTorch(probe) ? 'magic' : false),
    scan: scanZip,
};
/** Any other zip: .npz, .keras, .nemo, plain .zip. */
const zipScanner = {
    id: 'zip',
    name: 'Zip archive',
    extensions: ['.zip', '.npz', '.keras', '.nemo'],
    claim: (probe) => (claimZip(probe) ? 'magic' : false),
    scan: scanZip,
};

;// CONCATENATED MODULE: ./lib/formats/lfs/index.js
/**
 * Git LFS pointer files: what a checkout without `lfs: true` leaves in place of
 * the model. The real bytes were never here, so the file is reported as not
 * scanned, never as clean.
 *
 *   version https://git-lfs.github.com/spec/v1
 *   oid sha256:<64 hex>
 *   size <bytes>
 */
/** Pointers are at most 1024 bytes (git-lfs refuses to parse larger ones). */
const MAX_POINTER = 1024;
const VERSIONS = ['version https://git-lfs.github.com/spec/v1', 'version https://hawser.github.com/spec/v1'];
function parseLfsPointer(bytes) {
    if (bytes.length > MAX_POINTER)
        return undefined;
    const text = Buffer.from(bytes).toString('latin1');
    if (!VERSIONS.some((v) => text.startsWith(`${v}\n`) || text.startsWith(`${v}\r\n`)))
        return undefined;
    const out = {};
    for (const line of text.split(/\r?\n/)) {
        const oid = /^oid sha256:([0-9a-f]{64})$/.exec(line);
        if (oid)
            out.oid = oid[1];
        const size = /^size (\d{1,20})$/.exec(line);
        if (size)
            out.size = Number(size[1]);
    }
    return out;
}
function claim(probe) {
    return probe.size <= MAX_POINTER && parseLfsPointer(probe.head) ? 'magic' : false;
}
function scan(ctx) {
    const pointer = parseLfsPointer(ctx.source.read(0, MAX_POINTER)) ?? {};
    const size = pointer.size !== undefined ? ` (the real file has ${pointer.size} bytes)` : '';
    ctx.report({
        ruleId: 'scan/lfs-pointer',
        message: `This is a Git LFS pointer, not the model${size}: the model was not checked out, so it was not scanned. ` +
            'Add `lfs: true` to actions/checkout (or run `git lfs pull`) and scan again.',
        properties: { ...(pointer.oid ? { oid: `sha256:${pointer.oid}` } : {}), ...(pointer.size !== undefined ? { size: pointer.size } : {}) },
    });
    ctx.incomplete('Git LFS pointer: the model was not checked out; add `lfs: true` to actions/checkout');
}
const lfsPointerScanner = {
    id: 'git-lfs-pointer',
    name: 'Git LFS pointer',
    extensions: [],
    claim,
    scan,
};

;// CONCATENATED MODULE: ./lib/formats/numpy/literal.js
/**
 * A strict parser for the Python literal that holds a .npy header
 * (`{'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }`): dicts, lists,
 * tuples, strings, integers, True/False/None. numpy reads it with
 * ast.literal_eval; we never evaluate anything, and reject whatever else.
 */
class PyTupleLit {
    items;
    constructor(items) {
        this.items = items;
    }
}
class PyDictLit {
    entries;
    constructor(entries) {
        this.entries = entries;
    }
    get(key) {
        return this.entries.find(([k]) => k === key)?.[1];
    }
}
class LiteralError extends Error {
}
const literal_MAX_DEPTH = 32;
const MAX_ITEMS = 100_000;
function parsePyLiteral(text) {
    let i = 0;
    let items = 0;
    const fail = (what) => {
        throw new LiteralError(`${what} at character ${i}`);
    };
    const ws = () => {
        while (i < text.length && ' \t\n\r'.includes(text[i]))
            i++;
    };
    const value = (depth) => {
        if (depth > literal_MAX_DEPTH)
            fail('nesting too deep');
        if (++items > MAX_ITEMS)
            fail('too many items');
        ws();
        const c = text[i];
        if (c === undefined)
            return fail('unexpected end');
        if (c === '{')
            return dict(depth);
        if (c === '[')
            return seq(']', depth);
        if (c === '(')
            return tuple(depth);
        if (c === "'" || c === '"')
            return str();
        if (c === '-' || c === '+' || (c >= '0' && c <= '9'))
            return int();
        for (const [word, v] of [['True', true], ['False', false], ['None', null]]) {
            if (text.startsWith(word, i) && !/[A-Za-z0-9_]/.test(text[i + word.length] ?? '')) {
                i += word.length;
                return v;
            }
        }
        return fail(`unexpected ${JSON.stringify(c)}`);
    };
    const items_ = (close, depth, each) => {
        i++;
        for (;;) {
            ws();
            if (text[i] === close) {
                i++;
                return;
            }
            each();
            ws();
            if (text[i] === ',')
                i++;
            else if (text[i] !== close)
                fail(`expected "," or "${close}"`);
            void depth;
        }
    };
    const dict = (depth) => {
        const entries = [];
        items_('}', depth, () => {
            const k = value(depth + 1);
            ws();
            if (text[i] !== ':')
                fail('expected ":"');
            i++;
            entries.push([k, value(depth + 1)]);
        });
        return new PyDictLit(entries);
    };
    const seq = (close, depth) => {
        const out = [];
        items_(close, depth, () => out.push(value(depth + 1)));
        return out;
    };
    const tuple = (depth) => {
        // (x) is x, not a tuple; (x,) and () are tuples.
        const start = i;
        const out = seq(')', depth);
        const inner = text.slice(start + 1, i - 1).trim();
        if (out.length === 1 && !inner.endsWith(','))
            fail('parenthesised value is not a tuple');
        return new PyTupleLit(out);
    };
    const str = () => {
        const q = text[i];
        i++;
        let s = '';
        while (i < text.length && text[i] !== q) {
            const c = text[i];
            if (c === '\n')
                fail('newline in string');
            if (c === '\\') {
                const e = text[i + 1];
                const simple = { '\\': '\\', "'": "'", '"': '"', n: '\n', t: '\t', r: '\r', '0': '\0' };
                if (e !== undefined && e in simple) {
                    s += simple[e];
                    i += 2;
                    continue;
                }
                const hex = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
                if (hex && /^[0-9a-fA-F]+$/.test(text.slice(i + 2, i + 2 + hex)) && text.slice(i + 2, i + 2 + hex).length === hex) {
                    s += String.fromCodePoint(parseInt(text.slice(i + 2, i + 2 + hex), 16));
                    i += 2 + hex;
                    continue;
                }
                fail('unsupported escape');
            }
            s += c;
            i++;
        }
        if (text[i] !== q)
            fail('unterminated string');
        i++;
        return s;
    };
    const int = () => {
        const m = /^[-+]?\d+L?/.exec(text.slice(i, i + 40));
        if (!m)
            return fail('bad number');
        i += m[0].length;
        const digits = m[0].replace(/L$/, '');
        if (digits.replace(/^[-+]/, '').length > 18)
            fail('integer too large');
        return Number(digits);
    };
    const v = value(0);
    ws();
    if (i !== text.length)
        fail('trailing characters');
    return v;
}

;// CONCATENATED MODULE: ./lib/formats/numpy/index.js


/**
 * NumPy .npy files (also the members of .npz archives, which the zip scanner
 * routes here by content). Layout: `\x93NUMPY`, major, minor, header length
 * (u16 for version 1, u32 for 2 and 3), the header (a Python dict literal,
 * latin-1 for versions 1-2, UTF-8 for 3), then the data.
 *
 * - object arrays (`|O`, or a structured dtype with an object field): numpy.load
 *   (allow_pickle=True) unpickles the data, so it is scanned as a pickle;
 * - other arrays: the header is checked against the file size, the data is never read.
 */
const numpy_MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // \x93NUMPY
/** numpy refuses headers over 10 000 bytes by default; we accept up to 1 MiB before giving up. */
const MAX_HEADER = 1024 * 1024;
const OBJECT_MEMBER = '[object array pickle]';
const TRAILING_MEMBER = '[bytes after the array]';
class NpyError extends Error {
}
function isNpy(head) {
    return head.length >= 8 && numpy_MAGIC.every((b, i) => head[i] === b);
}
function parseNpyHeader(read, size) {
    const pre = read(0, 12);
    if (pre.length < 10 || !isNpy(pre))
        throw new NpyError('not a .npy file (bad magic)');
    const major = pre[6];
    const minor = pre[7];
    if (major < 1 || major > 3 || minor !== 0)
        throw new NpyError(`unsupported .npy format version ${major}.${minor}`);
    let length;
    let start;
    if (major === 1) {
        length = pre[8] | (pre[9] << 8);
        start = 10;
    }
    else {
        if (pre.length < 12)
            throw new NpyError('file ends inside the .npy preamble');
        length = Buffer.from(pre).readUInt32LE(8);
        start = 12;
    }
    if (length > MAX_HEADER)
        throw new NpyError(`header of ${length} bytes is larger than the ${MAX_HEADER}-byte limit`);
    if (start + length > size)
        throw new NpyError(`header of ${length} bytes runs past the end of the file`);
    const raw = Buffer.from(read(start, length));
    const text = raw.toString(major === 3 ? 'utf8' : 'latin1');
    let dict;
    try {
        dict = parsePyLiteral(text);
    }
    catch (error) {
        throw new NpyError(`header is not a Python literal: ${error instanceof LiteralError ? error.message : String(error)}`);
    }
    if (!(dict instanceof PyDictLit))
        throw new NpyError('header is not a dict');
    const keys = dict.entries.map(([k]) => k).sort();
    if (keys.length !== 3 || keys[0] !== 'descr' || keys[1] !== 'fortran_order' || keys[2] !== 'shape') {
        throw new NpyError(`header keys are ${JSON.stringify(keys)}, not descr, fortran_order and shape`);
    }
    const shapeLit = dict.get('shape');
    if (!(shapeLit instanceof PyTupleLit))
        throw new NpyError('shape is not a tuple');
    const shape = [];
    let count = 1;
    for (const n of shapeLit.items) {
        if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0)
            throw new NpyError('shape holds something other than non-negative integers');
        shape.push(n);
        count *= n;
    }
    const fortran = dict.get('fortran_order');
    if (typeof fortran !== 'boolean')
        throw new NpyError('fortran_order is not True or False');
    const dtype = descrInfo(dict.get('descr'), 0);
    return { version: major, dataOffset: start + length, shape, fortranOrder: fortran, itemSize: dtype.size, hasObject: dtype.hasObject, count };
}
/** Item size and object-ness of a descr: a type string or a list of fields. */
function descrInfo(descr, depth) {
    if (depth > 16)
        throw new NpyError('dtype nested too deep');
    if (typeof descr === 'string')
        return typeString(descr);
    if (Array.isArray(descr)) {
        let size = 0;
        let hasObject = false;
        for (const field of descr) {
            const items = field instanceof PyTupleLit ? field.items : undefined;
            if (!items || items.length < 2 || items.length > 3)
                throw new NpyError('a structured dtype field is not (name, type[, shape])');
            const name = items[0];
            if (typeof name !== 'string' && !(name instanceof PyTupleLit))
                throw new NpyError('a structured dtype field name is not a string');
            const inner = descrInfo(items[1], depth + 1);
            let n = 1;
            const sub = items[2];
            if (sub !== undefined) {
                const dims = sub instanceof PyTupleLit ? sub.items : [sub];
                for (const d of dims) {
                    if (typeof d !== 'number' || !Number.isSafeInteger(d) || d < 0)
                        throw new NpyError('a sub-array shape is not made of integers');
                    n *= d;
                }
            }
            size += inner.size * n;
            hasObject ||= inner.hasObject;
        }
        return { size, hasObject };
    }
    throw new NpyError('descr is neither a type string nor a list of fields');
}
function typeString(s) {
    const m = /^([<>|=]?)([?bBhHiIlLqQpPefdgFDGSaUVOMmuic])(\d*)(\[[A-Za-z0-9]+\])?$/.exec(s);
    if (!m)
        throw new NpyError(`unknown dtype ${JSON.stringify(s.slice(0, 40))}`);
    const kind = m[2];
    const n = m[3] ? Number(m[3]) : undefined;
    if (kind === 'O')
        return { size: 8, hasObject: true };
    if (kind === '?')
        return { size: 1, hasObject: false };
    if (kind === 'U')
        return { size: 4 * (n ?? 0), hasObject: false };
    if ('SaV'.includes(kind))
        return { size: n ?? 0, hasObject: false };
    if (n !== undefined)
        return { size: n, hasObject: false };
    // One-character codes without a size (numpy writes sizes, but hand-made headers may not).
    const sizes = { b: 1, B: 1, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8, p: 8, P: 8, e: 2, f: 4, d: 8, g: 16, F: 8, D: 16, G: 32 };
    const size = sizes[kind];
    if (size === undefined)
        throw new NpyError(`dtype ${JSON.stringify(s)} has no size`);
    return { size, hasObject: false };
}
function numpy_claim(probe) {
    return isNpy(probe.head) ? 'magic' : false;
}
async function numpy_scan(ctx) {
    const { source } = ctx;
    let header;
    try {
        header = parseNpyHeader((o, l) => source.read(o, l), source.size);
    }
    catch (error) {
        ctx.incomplete(`invalid .npy header: ${error instanceof Error ? error.message : String(error)}`, 0);
        return;
    }
    const rest = source.size - header.dataOffset;
    if (header.hasObject) {
        // numpy.load(allow_pickle=True) calls pickle.load on everything after the header.
        if (rest <= 0) {
            ctx.incomplete('object array without data', header.dataOffset);
            return;
        }
        const taken = await ctx.scanNested(new SliceSource(source, header.dataOffset, rest), OBJECT_MEMBER);
        if (taken !== 'pickle') {
            ctx.incomplete(taken === undefined
                ? 'the object array data is unpickled by numpy.load but is not recognisable as a pickle'
                : `the object array data is unpickled by numpy.load but its bytes were read as ${taken}, not as a pickle`, header.dataOffset);
        }
        return;
    }
    const bytes = header.count * header.itemSize;
    if (!Number.isSafeInteger(bytes) || bytes > rest) {
        ctx.incomplete(`the header declares ${bytes} bytes of array data but only ${rest} are present (truncated or lying header)`, header.dataOffset);
        return;
    }
    if (bytes < rest) {
        // numpy never reads past the array: anything there is a second file riding along.
        await ctx.scanNested(new SliceSource(source, header.dataOffset + bytes, rest - bytes), TRAILING_MEMBER);
    }
}
const numpyScanner = {
    id: 'numpy',
    name: 'NumPy .npy array',
    extensions: ['.npy'],
    claim: numpy_claim,
    scan: numpy_scan,
};

;// CONCATENATED MODULE: ./lib/formats/compressed/node-zlib.js

const CHUNK = 1024 * 1024;
/**
 * Feeds source[start..] through a node:zlib transform, reading the input chunk
 * by chunk and keeping at most `limit` output bytes: a bomb stops as soon as it
 * passes the limit, and a damaged stream keeps what it produced before the damage.
 */
function pumpZlib(kind, source, start, limit) {
    const stream = kind === 'gzip' ? (0,external_node_zlib_namespaceObject.createGunzip)() : (0,external_node_zlib_namespaceObject.createInflate)();
    return new Promise((resolve) => {
        const chunks = [];
        let length = 0;
        let done = false;
        let overLimit = false;
        let error;
        const finish = () => {
            if (done)
                return;
            done = true;
            stream.destroy();
            resolve({ bytes: Buffer.concat(chunks, length), overLimit, ...(error !== undefined ? { error } : {}) });
        };
        stream.on('data', (chunk) => {
            if (done)
                return;
            const n = Math.min(chunk.length, limit - length);
            if (n > 0)
                chunks.push(chunk.subarray(0, n));
            length += n;
            if (chunk.length > n) {
                overLimit = true;
                finish();
            }
        });
        stream.on('error', (e) => {
            error = e.message;
            finish();
        });
        stream.on('end', finish);
        let pos = start;
        const feed = () => {
            while (!done && pos < source.size) {
                const chunk = source.read(pos, Math.min(CHUNK, source.size - pos));
                if (chunk.length === 0)
                    break;
                pos += chunk.length;
                if (!stream.write(chunk)) {
                    stream.once('drain', feed);
                    return;
                }
            }
            if (!done)
                stream.end();
        };
        feed();
    });
}

;// CONCATENATED MODULE: ./lib/formats/compressed/budget.js
const budgets = new WeakMap();
function budgetFor(source) {
    let b = budgets.get(source);
    if (!b) {
        b = { used: 0 };
        budgets.set(source, b);
    }
    return b;
}
function shareBudget(parent, child) {
    budgets.set(child, budgetFor(parent));
}

;// CONCATENATED MODULE: ./lib/formats/compressed/index.js





/** joblib < 0.10: `ZF`, the uncompressed length in hex padded to 19 characters, then a zlib stream. */
const ZFILE_HEADER = 2 + 19;
/** The compression of a stream from its first bytes, or undefined. */
function detectCompression(head, whole = false) {
    const b = head;
    if (b.length < 4)
        return undefined;
    if (b[0] === 0x1f && b[1] === 0x8b && b[2] === 0x08 && (b[3] & 0xe0) === 0)
        return 'gzip';
    if (b[0] === 0x42 && b[1] === 0x5a && b[2] === 0x68 && b[3] >= 0x31 && b[3] <= 0x39 && b.length >= 10) {
        // "BZh1".."BZh9" then a block (pi) or end-of-stream (sqrt pi) magic.
        const m = Buffer.from(b.subarray(4, 10)).toString('hex');
        if (m === '314159265359' || m === '177245385090')
            return 'bz2';
    }
    if (b.length >= 6 && b[0] === 0xfd && b[1] === 0x37 && b[2] === 0x7a && b[3] === 0x58 && b[4] === 0x5a && b[5] === 0x00)
        return 'xz';
    if (b[0] === 0x04 && b[1] === 0x22 && b[2] === 0x4d && b[3] === 0x18)
        return 'lz4';
    if (b.length >= 13 && b[0] === 0x5d && b[1] === 0x00 && looksLikeLzmaAlone(b))
        return 'lzma';
    if (b[0] === 0x5a && b[1] === 0x46 && b.length >= ZFILE_HEADER && /^0x[0-9a-f]+ *$/.test(Buffer.from(b.subarray(2, ZFILE_HEADER)).toString('latin1'))) {
        return 'joblib-zfile';
    }
    if (b[0] === 0x78 && ((b[0] << 8) | b[1]) % 31 === 0 && (b[1] & 0x20) === 0 && inflatesCleanly(b, whole))
        return 'zlib';
    return undefined;
}
/** LZMA-alone header: properties byte 0x5d (lc=3 lp=0 pb=2, what every encoder writes), dictionary size, uncompressed size. */
function looksLikeLzmaAlone(b) {
    const dict = Buffer.from(b.subarray(1, 5)).readUInt32LE(0);
    // Dictionary sizes are 2^n or 2^n + 2^(n-1) (xz, 7-Zip, Python's lzma).
    let ok = false;
    for (let n = 12; n <= 30 && !ok; n++)
        ok = dict === 2 ** n || dict === 2 ** n + 2 ** (n - 1);
    if (!ok)
        return false;
    const hi = Buffer.from(b.subarray(9, 13)).readUInt32LE(0);
    // Unknown size (all ones, what joblib's streaming writer leaves), or one below 2^40.
    return hi === 0xffffffff ? Buffer.from(b.subarray(5, 9)).readUInt32LE(0) === 0xffffffff : hi < 256;
}
/**
 * `0x78` is also the letter x: a zlib claim needs the head to inflate without
 * error, and a file that fits in the head to be one complete stream.
 */
function inflatesCleanly(head, whole) {
    try {
        (0,external_node_zlib_namespaceObject.inflateSync)(head, { ...(whole ? {} : { finishFlush: external_node_zlib_namespaceObject.constants.Z_SYNC_FLUSH }), maxOutputLength: 1 << 20 });
        return true;
    }
    catch (error) {
        // Output past the probe limit still means the head is valid zlib.
        if (error.code === 'ERR_BUFFER_TOO_LARGE')
            return true;
    }
    if (!whole)
        return false;
    // A cut-off stream that starts a pickle: joblib.load would run it up to the cut.
    try {
        const partial = (0,external_node_zlib_namespaceObject.inflateSync)(head, { finishFlush: external_node_zlib_namespaceObject.constants.Z_SYNC_FLUSH, maxOutputLength: 1 << 20 });
        return partial.length >= 2 && partial[0] === 0x80 && partial[1] <= 5;
    }
    catch {
        return false;
    }
}
const EXTENSION = {
    '.gz': '', '.gzip': '', '.z': '', '.zlib': '', '.bz2': '', '.bz': '', '.xz': '', '.lzma': '', '.lz4': '',
    '.tgz': '.tar', '.tbz': '.tar', '.tbz2': '.tar', '.txz': '.tar',
};
/** Name of the decompressed content: the file name without its compression extension. */
function innerName(outerPath, kind) {
    const base = outerPath.slice(outerPath.lastIndexOf('/') + 1);
    const dot = base.lastIndexOf('.');
    if (dot > 0) {
        const ext = base.slice(dot).toLowerCase();
        const replacement = EXTENSION[ext];
        if (replacement !== undefined)
            return base.slice(0, dot) + replacement;
    }
    return `[${kind} content]`;
}
const compressed_NAMES = {
    gzip: 'gzip', zlib: 'zlib', bz2: 'bzip2', xz: 'xz', lzma: 'lzma', lz4: 'LZ4 frame', 'joblib-zfile': 'joblib ZF (zlib)',
};
async function compressed_decompress(kind, source, limit, maxInput) {
    switch (kind) {
        case 'gzip':
        case 'zlib':
            return pumpZlib(kind, source, 0, limit);
        case 'joblib-zfile': {
            // joblib skips one extra space (a Python 2 writer made the header one character wider).
            const next = source.read(ZFILE_HEADER, 1);
            return pumpZlib('zlib', source, ZFILE_HEADER + (next[0] === 0x20 ? 1 : 0), limit);
        }
        default: {
            if (source.size > maxInput) {
                return `the compressed stream has ${source.size} bytes, more than the limit of ${maxInput} bytes (limit maxMemberBytes)`;
            }
            const { decompressOther } = await __nccwpck_require__.e(/* import() */ 636).then(__nccwpck_require__.bind(__nccwpck_require__, 1636));
            return decompressOther(kind, source.read(0, source.size), limit);
        }
    }
}
async function compressed_scan(ctx) {
    const { source, limits } = ctx;
    const head = source.read(0, PROBE_HEAD_BYTES);
    const kind = detectCompression(head, head.length === source.size);
    if (!kind) {
        ctx.incomplete('not a recognised compressed stream');
        return;
    }
    const budget = budgetFor(source);
    const limit = Math.max(0, Math.min(limits.maxMemberBytes, limits.maxTotalInflatedBytes - budget.used));
    let result;
    try {
        result = await compressed_decompress(kind, source, limit, limits.maxMemberBytes);
    }
    catch (error) {
        result = `the ${compressed_NAMES[kind]} decoder failed: ${error instanceof Error ? error.message : String(error)}`;
    }
    if (typeof result === 'string') {
        ctx.incomplete(result);
        return;
    }
    budget.used += result.bytes.length;
    if (result.overLimit) {
        const which = limit < limits.maxMemberBytes ? `${limits.maxTotalInflatedBytes} bytes for the whole file (limit maxTotalInflatedBytes)` : `${limits.maxMemberBytes} bytes (limit maxMemberBytes)`;
        ctx.incomplete(`the ${compressed_NAMES[kind]} stream decompresses to more than ${which}; only the first ${result.bytes.length} bytes were scanned`);
    }
    else if (result.error !== undefined) {
        ctx.incomplete(`the ${compressed_NAMES[kind]} stream is damaged or truncated (${result.error}); the ${result.bytes.length} bytes before the damage were scanned`);
    }
    if (result.bytes.length === 0)
        return;
    const inner = new BufferSource(result.bytes);
    shareBudget(source, inner);
    const name = innerName(ctx.member ?? ctx.file, kind);
    const taken = await ctx.scanNested(inner, name);
    if (taken === undefined && (kind === 'zlib' || kind === 'joblib-zfile')) {
        // joblib.load unpickles whatever a zlib/ZF file holds.
        ctx.incomplete(`the decompressed ${compressed_NAMES[kind]} content is not recognisable (joblib.load would unpickle it)`);
    }
}
function compressed_claim(probe) {
    return detectCompression(probe.head, probe.head.length === probe.size) ? 'magic' : false;
}
const compressedScanner = {
    id: 'compressed',
    name: 'Compressed stream (gzip, zlib, bzip2, xz, lzma, LZ4, joblib)',
    extensions: ['.gz', '.tgz', '.bz2', '.xz', '.lzma', '.lz4', '.z'],
    claim: compressed_claim,
    scan: compressed_scan,
};

;// CONCATENATED MODULE: ./lib/formats/tar/reader.js
/**
 * A tar reader over positioned reads: ustar, GNU (long names `L`/`K`, base-256
 * sizes) and POSIX pax (`x` headers: path, size, linkpath). Headers are 512
 * bytes; data is never read here, only located. Like Python's tarfile, a bad
 * header after the first ends the archive.
 */
const BLOCK = 512;
/** Longest GNU long name or pax header we read (tarfile has no limit; real ones are tiny). */
const MAX_META = 1024 * 1024;
function cstr(b, start, len) {
    let end = start;
    while (end < start + len && b[end] !== 0)
        end++;
    return Buffer.from(b.subarray(start, end)).toString('utf8');
}
/** Octal (space/NUL padded) or GNU base-256 number; undefined when malformed. */
function tarNumber(b, start, len) {
    if (b[start] & 0x80) {
        // base-256, big-endian, first byte's top bit is the marker (0xff = negative: refuse)
        if (b[start] === 0xff)
            return undefined;
        let v = b[start] & 0x7f;
        for (let i = start + 1; i < start + len; i++) {
            v = v * 256 + b[i];
            if (v > Number.MAX_SAFE_INTEGER)
                return undefined;
        }
        return v;
    }
    const s = Buffer.from(b.subarray(start, start + len)).toString('latin1').replace(/[\0 ]+$/, '').replace(/^[ \0]+/, '');
    if (s === '')
        return 0;
    if (!/^[0-7]+$/.test(s))
        return undefined;
    return parseInt(s, 8);
}
/** The header checksum matches (unsigned sum, or the signed sum some old tars wrote). */
function validHeader(h) {
    if (h.length < BLOCK)
        return false;
    const stored = tarNumber(h, 148, 8);
    if (stored === undefined)
        return false;
    let unsigned = 0;
    let signed = 0;
    for (let i = 0; i < BLOCK; i++) {
        const c = i >= 148 && i < 156 ? 0x20 : h[i];
        unsigned += c;
        signed += c > 127 ? c - 256 : c;
    }
    return stored === unsigned || stored === signed;
}
function isZeroBlock(h) {
    for (let i = 0; i < h.length; i++)
        if (h[i] !== 0)
            return false;
    return true;
}
/** Looks like the first header of a tar archive. */
function looksLikeTar(head) {
    if (head.length < BLOCK || !validHeader(head))
        return false;
    const magic = Buffer.from(head.subarray(257, 263)).toString('latin1');
    // ustar/GNU magic, or a v7 header whose name and size fields are sane.
    return magic === 'ustar\0' || magic === 'ustar ' || (head[0] !== 0 && tarNumber(head, 124, 12) !== undefined);
}
function parsePax(data) {
    const out = new Map();
    let i = 0;
    while (i < data.length) {
        const sp = data.indexOf(0x20, i);
        if (sp < 0)
            break;
        const len = Number(data.toString('latin1', i, sp));
        if (!Number.isSafeInteger(len) || len <= 0 || i + len > data.length)
            break;
        const rec = data.toString('utf8', sp + 1, i + len - 1); // without the trailing newline
        const eq = rec.indexOf('=');
        if (eq > 0)
            out.set(rec.slice(0, eq), rec.slice(eq + 1));
        i += len;
    }
    return out;
}
function readTar(source, maxEntries) {
    const entries = [];
    let pos = 0;
    let longName;
    let longLink;
    let pax;
    const size = source.size;
    while (pos + BLOCK <= size) {
        const h = source.read(pos, BLOCK);
        if (isZeroBlock(h)) {
            // End of archive: one or two zero blocks.
            const next = pos + BLOCK + BLOCK <= size ? source.read(pos + BLOCK, BLOCK) : undefined;
            return { entries, end: pos + (next && isZeroBlock(next) ? 2 * BLOCK : BLOCK), truncatedAtLimit: false };
        }
        if (!validHeader(h)) {
            return { entries, end: pos, error: `invalid tar header at offset ${pos}`, truncatedAtLimit: false };
        }
        const type = h[156] === 0 ? '0' : String.fromCharCode(h[156]);
        let memberSize = tarNumber(h, 124, 12);
        if (memberSize === undefined)
            return { entries, end: pos, error: `unreadable size in the tar header at offset ${pos}`, truncatedAtLimit: false };
        const dataOffset = pos + BLOCK;
        if (type === 'L' || type === 'K' || type === 'x' || type === 'g') {
            if (memberSize > MAX_META)
                return { entries, end: pos, error: `tar metadata header of ${memberSize} bytes at offset ${pos}`, truncatedAtLimit: false };
            const data = Buffer.from(source.read(dataOffset, memberSize));
            if (data.length < memberSize)
                return { entries, end: pos, error: `tar archive ends inside a header at offset ${pos}`, truncatedAtLimit: false };
            if (type === 'L')
                longName = cstr(data, 0, data.length);
            else if (type === 'K')
                longLink = cstr(data, 0, data.length);
            else if (type === 'x')
                pax = parsePax(data);
            pos = dataOffset + Math.ceil(memberSize / BLOCK) * BLOCK;
            continue;
        }
        const magic = Buffer.from(h.subarray(257, 263)).toString('latin1');
        let name = cstr(h, 0, 100);
        if (magic === 'ustar\0') {
            const prefix = cstr(h, 345, 155);
            if (prefix)
                name = `${prefix}/${name}`;
        }
        let linkName = cstr(h, 157, 100);
        if (longName !== undefined)
            name = longName;
        if (longLink !== undefined)
            linkName = longLink;
        if (pax) {
            name = pax.get('path') ?? name;
            linkName = pax.get('linkpath') ?? linkName;
            const paxSize = pax.get('size');
            if (paxSize !== undefined) {
                const n = Number(paxSize);
                if (!/^\d+$/.test(paxSize) || !Number.isSafeInteger(n)) {
                    return { entries, end: pos, error: `unreadable pax size at offset ${pos}`, truncatedAtLimit: false };
                }
                memberSize = n;
            }
        }
        longName = longLink = pax = undefined;
        if (entries.length >= maxEntries)
            return { entries, end: pos, truncatedAtLimit: true };
        // Links and directories have no data (tarfile ignores a size on them, except for a hard link's).
        const hasData = !['1', '2', '3', '4', '5', '6'].includes(type);
        entries.push({ name, type, size: hasData ? memberSize : 0, dataOffset, headerOffset: pos, linkName });
        pos = dataOffset + (hasData ? Math.ceil(memberSize / BLOCK) * BLOCK : 0);
        if (!Number.isSafeInteger(pos))
            return { entries, end: size, error: 'impossible member size', truncatedAtLimit: false };
    }
    if (pos < size)
        return { entries, end: pos, error: `tar archive ends inside a header at offset ${pos}`, truncatedAtLimit: false };
    // No end-of-archive marker (tarfile accepts that).
    return { entries, end: pos, truncatedAtLimit: false };
}

;// CONCATENATED MODULE: ./lib/formats/tar/index.js



/**
 * Tar archives (.tar, and .tar.gz/.bz2/.xz once the compressed scanner has
 * unpacked them): every member routed by content, in place (a window on the
 * file, never extracted, no path ever reaches the file system).
 *
 * PyTorch's legacy tar layout (`sys_info`, `pickle`, `storages`, `tensors`;
 * torch.load still tries it first, threats A10) needs nothing special here:
 * `pickle` and `sys_info` are pickles, and the torch-legacy scanner claims the
 * `storages` and `tensors` members and walks their raw records by size.
 */
const tar_TRAILING_MEMBER = '[bytes after the tar archive]';
const TORCH_MEMBERS = ['pickle', 'storages', 'tensors'];
function tar_claim(probe) {
    return looksLikeTar(probe.head) ? 'magic' : false;
}
async function tar_scan(ctx) {
    const { source, limits } = ctx;
    const listing = readTar(source, limits.maxMembers);
    const names = new Set(listing.entries.map((e) => e.name));
    const torch = TORCH_MEMBERS.every((n) => names.has(n));
    for (const entry of listing.entries) {
        if (entry.type === 'S') {
            ctx.incomplete(`member "${entry.name}" is a GNU sparse file, which the scanner does not reassemble`);
            continue;
        }
        if (!['0', '7'].includes(entry.type) && entry.type !== '\0')
            continue; // directories, links, devices
        const available = Math.max(0, Math.min(entry.size, source.size - entry.dataOffset));
        if (available < entry.size) {
            ctx.incomplete(`member "${entry.name}" is truncated: ${available} of ${entry.size} bytes are present`, entry.dataOffset);
        }
        if (available === 0)
            continue;
        // Members of every archive nested in this file count together (ctx.budget, limit maxMembers).
        ctx.checkBudget();
        if (++ctx.budget.members > limits.maxMembers) {
            if (!ctx.budget.reported.has('maxMembers')) {
                ctx.budget.reported.add('maxMembers');
                ctx.incomplete(`more than ${limits.maxMembers} archive members in this file (nested archives included); the rest were not examined (limit maxMembers)`);
            }
            break;
        }
        const member = new SliceSource(source, entry.dataOffset, available);
        shareBudget(source, member);
        const taken = await ctx.scanNested(member, entry.name);
        if (torch) {
            // torch.load unpickles these members (and walks the raw records of the last two).
            // (torch-legacy scans pickles with the same engine: sys_info looks like the start of a legacy stream.)
            const expected = entry.name === 'pickle' || entry.name === 'sys_info' ? ['pickle', 'torch-legacy'] : entry.name === 'storages' || entry.name === 'tensors' ? ['torch-legacy'] : [];
            if (expected.length && !expected.includes(taken ?? '')) {
                ctx.incomplete(`member "${entry.name}" of a legacy torch archive is unpickled by torch.load but was ${taken === undefined ? 'not recognised' : `read as ${taken}`}`);
            }
        }
    }
    if (listing.truncatedAtLimit) {
        ctx.incomplete(`the archive has more than ${limits.maxMembers} members; only the first ${limits.maxMembers} were examined (limit maxMembers)`);
    }
    if (listing.error) {
        ctx.incomplete(`${listing.error}; tar readers stop there, the rest was scanned as loose bytes`, listing.end);
    }
    // Anything after the end of the archive that is not zero padding: a second file riding along.
    if (listing.end < source.size) {
        const rest = source.read(listing.end, Math.min(source.size - listing.end, 64 * 1024));
        if (!isZeroBlock(rest) || source.size - listing.end > rest.length) {
            const tail = new SliceSource(source, listing.end, source.size - listing.end);
            shareBudget(source, tail);
            await ctx.scanNested(tail, tar_TRAILING_MEMBER);
        }
    }
}
const tarScanner = {
    id: 'tar',
    name: 'Tar archive',
    extensions: ['.tar'],
    claim: tar_claim,
    scan: tar_scan,
};

;// CONCATENATED MODULE: ./lib/formats/torch-legacy/keys.js
/**
 * Reads the storage-key list of a legacy torch file: a pickle of a list of
 * strings, as pickle writes it at any protocol (EMPTY_LIST, MARK, strings with
 * memo puts, APPENDS in batches of 1000, or APPEND). Anything else: undefined.
 * The pickle engine has already scanned these bytes for security; this is only
 * for the layout, so it accepts just the opcodes a list of strings needs.
 */
function readStringList(bytes) {
    const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let i = 0;
    const out = [];
    let list = false;
    let pending = [];
    let marked = false;
    const need = (n) => i + n <= b.length;
    while (i < b.length) {
        const op = b[i++];
        switch (op) {
            case 0x80: // PROTO
                if (!need(1))
                    return undefined;
                i += 1;
                break;
            case 0x95: // FRAME
                if (!need(8))
                    return undefined;
                i += 8;
                break;
            case 0x5d: // EMPTY_LIST
                if (list)
                    return undefined;
                list = true;
                break;
            case 0x28: // MARK
                if (marked)
                    return undefined;
                marked = true;
                pending = [];
                break;
            case 0x58: {
                // BINUNICODE
                if (!need(4))
                    return undefined;
                const n = b.readUInt32LE(i);
                i += 4;
                if (!need(n))
                    return undefined;
                pending.push(b.toString('utf8', i, i + n));
                i += n;
                break;
            }
            case 0x8c: {
                // SHORT_BINUNICODE
                if (!need(1))
                    return undefined;
                const n = b[i++];
                if (!need(n))
                    return undefined;
                pending.push(b.toString('utf8', i, i + n));
                i += n;
                break;
            }
            case 0x56: {
                // UNICODE (protocol 0): raw-unicode-escape line; keys are plain ASCII digits.
                const nl = b.indexOf(0x0a, i);
                if (nl < 0)
                    return undefined;
                const s = b.toString('latin1', i, nl);
                if (s.includes('\\'))
                    return undefined;
                pending.push(s);
                i = nl + 1;
                break;
            }
            case 0x71: // BINPUT
                if (!need(1))
                    return undefined;
                i += 1;
                break;
            case 0x72: // LONG_BINPUT
                if (!need(4))
                    return undefined;
                i += 4;
                break;
            case 0x94: // MEMOIZE
                break;
            case 0x70: {
                // PUT (protocol 0)
                const nl = b.indexOf(0x0a, i);
                if (nl < 0)
                    return undefined;
                i = nl + 1;
                break;
            }
            case 0x6c: // LIST (protocol 0/1: MARK items LIST)
                if (!marked || list)
                    return undefined;
                list = true;
                marked = false;
                out.push(...pending);
                pending = [];
                break;
            case 0x65: // APPENDS
                if (!marked || !list)
                    return undefined;
                marked = false;
                out.push(...pending);
                pending = [];
                break;
            case 0x61: // APPEND
                if (marked || !list || pending.length !== 1)
                    return undefined;
                out.push(pending.pop());
                break;
            case 0x2e: // STOP
                return list && !marked && pending.length === 0 && i === b.length ? out : undefined;
            default:
                return undefined;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./lib/formats/torch-legacy/index.js




/**
 * PyTorch's legacy serialization (torch.save with _use_new_zipfile_serialization=False,
 * and every torch before 1.6): pickles back to back, then raw storage bytes.
 *
 *   magic number | protocol version | sys_info | the object (storages by persistent id)
 *   | sorted storage keys | per key: int64 element count, count * element size bytes
 *
 * torch.load unpickles the first five whatever they contain (the magic number is
 * itself unpickled before it is checked: threats A5, A6), so each is scanned as a
 * pickle. The storages are never parsed: they are walked by their sizes, so
 * tensor bytes that happen to look like a pickle are not reported. Bytes after
 * the last storage (never read by torch) are routed by content.
 *
 * The same scanner walks the `storages` and `tensors` members of the legacy tar
 * layout (see ../tar): pickles interleaved with raw records.
 */
const torch_legacy_MAGIC = Buffer.from('8a0a6cfc9c46f9206aa85019', 'hex'); // LONG1, 10 bytes: 0x1950a86a20f9469cfc6c
const torch_legacy_TRAILING_MEMBER = '[bytes after the storages]';
const MAX_NDIM = 64;
/** Bytes per element of torch's legacy storage classes. */
const ELEMENT_SIZE = {
    DoubleStorage: 8, FloatStorage: 4, HalfStorage: 2, BFloat16Storage: 2, LongStorage: 8, IntStorage: 4, ShortStorage: 2,
    CharStorage: 1, ByteStorage: 1, BoolStorage: 1, ComplexFloatStorage: 8, ComplexDoubleStorage: 16, QInt8Storage: 1,
    QUInt8Storage: 1, QInt32Storage: 4, QUInt4x2Storage: 1, QUInt2x4Storage: 1, UntypedStorage: 1,
};
function elementSize(type) {
    if (!(type instanceof PyGlobal) || !(type.module === 'torch' || type.module === 'torch.cuda'))
        return undefined;
    return ELEMENT_SIZE[type.name];
}
function isPickleStart(b) {
    return b.length >= 2 && b[0] === 0x80 && b[1] <= 5;
}
/** The legacy stream: the literal magic number, or (threat A6: computed magic) the sys_info keys in the head. */
function looksLikeLegacyStream(head) {
    if (!isPickleStart(head))
        return false;
    if (Buffer.from(head.subarray(2, 2 + torch_legacy_MAGIC.length)).equals(torch_legacy_MAGIC))
        return true;
    const text = Buffer.from(head).toString('latin1');
    return text.includes('protocol_version') && text.includes('little_endian') && text.includes('type_sizes');
}
/** The legacy tar layout's raw-record members, which the tar scanner names by their member name. */
function tarRecordMember(name, head) {
    if (!isPickleStart(head))
        return undefined;
    return name === 'storages' || name === 'tensors' ? name : undefined;
}
function torch_legacy_claim(probe) {
    return looksLikeLegacyStream(probe.head) || tarRecordMember(probe.name, probe.head) ? 'magic' : false;
}
function baseName(ctx) {
    const path = ctx.member ?? ctx.file;
    return path.slice(path.lastIndexOf('/') + 1);
}
async function torch_legacy_scan(ctx) {
    const head = ctx.source.read(0, 16);
    const record = ctx.member !== undefined ? tarRecordMember(baseName(ctx), head) : undefined;
    if (record === 'storages')
        return walkTarStorages(ctx);
    if (record === 'tensors')
        return walkTarTensors(ctx);
    return walkLegacyStream(ctx);
}
/** One pickle at `at`; undefined when it broke (the engine then scanned the rest as a plain pickle stream). */
async function onePickle(ctx, at, persistentIds) {
    const r = await scanPickleStreams(ctx, { start: at, maxStreams: 1, ...(persistentIds ? { persistentIds } : {}) });
    return r.stopped ? { value: r.results[0], end: r.end } : undefined;
}
function torch_legacy_u64(ctx, at) {
    const b = ctx.source.read(at, 8);
    if (b.length < 8)
        return undefined;
    const buf = Buffer.from(b);
    const hi = buf.readUInt32LE(4);
    return hi >= 0x200000 ? Infinity : hi * 0x1_0000_0000 + buf.readUInt32LE(0);
}
/** Bytes after a walk: beyond the end is truncation; leftovers are routed by content. */
async function finish(ctx, pos, what) {
    const size = ctx.source.size;
    if (pos > size) {
        ctx.incomplete(`${what} run past the end of the data (truncated file or lying sizes)`, size);
    }
    else if (pos < size) {
        await ctx.scanNested(new SliceSource(ctx.source, pos, size - pos), torch_legacy_TRAILING_MEMBER);
    }
}
/** Where the walk cannot follow the sizes: scan the rest by content, and say so. */
async function giveUp(ctx, pos, why) {
    ctx.incomplete(`${why}; the remaining ${ctx.source.size - pos} bytes were scanned for hidden pickles instead of being walked`, pos);
    if (pos < ctx.source.size)
        await ctx.scanNested(new SliceSource(ctx.source, pos, ctx.source.size - pos), '[unwalked storage data]');
}
async function walkLegacyStream(ctx) {
    const ids = [];
    // magic number, protocol version, sys_info, the object.
    const first = await scanPickleStreams(ctx, { maxStreams: 4, persistentIds: ids });
    if (!first.stopped)
        return; // a pickle broke: the engine reported it and scanned the rest
    const keysStart = first.end;
    const keysPickle = await onePickle(ctx, keysStart);
    if (!keysPickle)
        return;
    const storages = new Map();
    for (const pid of ids) {
        if (!(pid instanceof PyTuple) || pid.items[0] !== 'storage')
            continue;
        const [, type, key, , numel] = pid.items;
        const size = elementSize(type ?? null);
        if (typeof key === 'string' && size !== undefined)
            storages.set(key, { size, numel: typeof numel === 'number' ? numel : undefined });
    }
    const keys = readStringList(ctx.source.read(keysStart, keysPickle.end - keysStart));
    if (!keys)
        return giveUp(ctx, keysPickle.end, 'the storage key list is not a plain list of strings');
    if (keys.length > ctx.limits.maxMembers) {
        return giveUp(ctx, keysPickle.end, `more than ${ctx.limits.maxMembers} storages (limit maxMembers)`);
    }
    let pos = keysPickle.end;
    for (const key of keys) {
        const info = storages.get(key);
        if (!info)
            return giveUp(ctx, pos, `storage "${key.slice(0, 40)}" is not described by the object pickle`);
        const count = torch_legacy_u64(ctx, pos);
        if (count === undefined)
            return finish(ctx, pos + 8, 'the storages');
        if (info.numel !== undefined && count !== info.numel) {
            return giveUp(ctx, pos, `storage "${key.slice(0, 40)}" holds ${count} elements where the object pickle says ${info.numel}`);
        }
        pos += 8 + count * info.size;
        if (!Number.isSafeInteger(pos) || pos > ctx.source.size)
            return finish(ctx, Infinity, 'the storages');
    }
    await finish(ctx, pos, 'the storages');
}
/** Legacy tar `storages`: count, then per storage (key, location, type) + int64 count + bytes, then the views list. */
async function walkTarStorages(ctx) {
    const num = await onePickle(ctx, 0);
    if (!num)
        return;
    if (typeof num.value !== 'number' || num.value < 0 || num.value > ctx.limits.maxMembers) {
        return giveUp(ctx, num.end, 'the storage count is not a small non-negative integer');
    }
    let pos = num.end;
    for (let i = 0; i < num.value; i++) {
        const args = await onePickle(ctx, pos);
        if (!args)
            return;
        pos = args.end;
        const type = args.value instanceof PyTuple ? args.value.items[2] : undefined;
        const size = elementSize(type ?? null);
        if (size === undefined)
            return giveUp(ctx, pos, `storage ${i} does not name a known storage type`);
        const count = torch_legacy_u64(ctx, pos);
        if (count === undefined)
            return finish(ctx, Infinity, 'the storages');
        pos += 8 + count * size;
        if (!Number.isSafeInteger(pos) || pos > ctx.source.size)
            return finish(ctx, Infinity, 'the storages');
    }
    const views = await onePickle(ctx, pos);
    if (!views)
        return;
    await finish(ctx, views.end, 'the storages');
}
/** Legacy tar `tensors`: count, then per tensor (key, storage key, type) + int32 ndim, 4 bytes, sizes, strides, int64 offset. */
async function walkTarTensors(ctx) {
    const num = await onePickle(ctx, 0);
    if (!num)
        return;
    if (typeof num.value !== 'number' || num.value < 0 || num.value > ctx.limits.maxMembers) {
        return giveUp(ctx, num.end, 'the tensor count is not a small non-negative integer');
    }
    let pos = num.end;
    for (let i = 0; i < num.value; i++) {
        const args = await onePickle(ctx, pos);
        if (!args)
            return;
        pos = args.end;
        const b = ctx.source.read(pos, 4);
        if (b.length < 4)
            return finish(ctx, Infinity, 'the tensor records');
        const ndim = Buffer.from(b).readInt32LE(0);
        if (ndim < 0 || ndim > MAX_NDIM)
            return giveUp(ctx, pos, `tensor ${i} has ${ndim} dimensions`);
        pos += 8 + 16 * ndim + 8;
        if (pos > ctx.source.size)
            return finish(ctx, Infinity, 'the tensor records');
    }
    await finish(ctx, pos, 'the tensor records');
}
const torchLegacyScanner = {
    id: 'torch-legacy',
    name: 'PyTorch legacy checkpoint',
    extensions: ['.pt', '.pth', '.bin', '.ckpt'],
    claim: torch_legacy_claim,
    scan: torch_legacy_scan,
};

;// CONCATENATED MODULE: ./lib/formats/torchscript/index.js
const TORCHSCRIPT_PATTERNS = [
    { label: 'torch.ops.load_library', re: /\bload_library\s*\(/, does: 'loads a native library into the process' },
    { label: 'os', re: /(?<![\w.])os\.\w+/, does: 'runs commands or touches files and processes' },
    { label: 'subprocess', re: /\bsubprocess\b/, does: 'runs commands' },
    { label: 'eval', re: /(?<![\w.])eval\s*\(/, does: 'evaluates Python source' },
    { label: 'exec', re: /(?<![\w.])exec\s*\(/, does: 'executes Python source' },
    { label: 'compile', re: /(?<![\w.])compile\s*\(/, does: 'compiles Python source' },
    { label: '__import__', re: /__import__/, does: 'imports an arbitrary module' },
    { label: 'importlib', re: /\bimportlib\b/, does: 'imports an arbitrary module' },
    { label: 'open', re: /(?<![\w.])open\s*\(/, does: 'reads or writes files' },
    { label: 'ctypes', re: /\bctypes\b/, does: 'loads native code or writes raw memory' },
    { label: 'network', re: /\b(socket|urllib|requests|http\.client)\b/, does: 'opens network connections' },
    { label: 'pickle', re: /\b(pickle|marshal|dill|joblib)\.loads?\b/, does: 'deserializes a second payload' },
    { label: 'builtins', re: /__builtins__|(?<![\w.])builtins\.|__globals__|__subclasses__/, does: "reaches the interpreter's internals" },
];
const MAX_SOURCE = 16 * 1024 * 1024;
function looksLikeTorchScript(text) {
    return /__torch__\./.test(text) || /^op_version_set\s*=/m.test(text) || /^\s+__parameters__\s*=\s*\[/m.test(text);
}
function torchscript_claim(probe) {
    if (probe.extension !== '.py')
        return false;
    return looksLikeTorchScript(Buffer.from(probe.head).toString('utf8')) ? 'magic' : false;
}
function torchscript_scan(ctx) {
    const { source } = ctx;
    if (source.size > MAX_SOURCE)
        ctx.incomplete(`TorchScript source larger than ${MAX_SOURCE} bytes: only the start was checked`);
    const text = Buffer.from(source.read(0, Math.min(source.size, MAX_SOURCE))).toString('utf8');
    const seen = new Set();
    let offset = 0;
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const raw = lines[i];
        const line = raw.replace(/^\s*#.*$/, '');
        for (const p of TORCHSCRIPT_PATTERNS) {
            if (seen.has(p.label) || !p.re.test(line))
                continue;
            seen.add(p.label);
            const shown = raw.trim().slice(0, 160);
            ctx.report({
                ruleId: 'torchscript/dangerous-code',
                callable: p.label,
                args: [shown],
                offset,
                message: `The TorchScript source ${p.does} (line ${i + 1}: \`${shown}\`); torch.jit.load compiles this code.`,
                properties: { line: i + 1 },
            });
        }
        offset += Buffer.byteLength(raw, 'utf8') + 1;
    }
}
const torchScriptCodeScanner = {
    id: 'torchscript-code',
    name: 'TorchScript source',
    extensions: [],
    claim: torchscript_claim,
    scan: torchscript_scan,
};

;// CONCATENATED MODULE: ./lib/formats/sevenzip/index.js
/**
 * 7z archives (threats A7, A8: the nullifAI models were PyTorch checkpoints
 * re-compressed with 7z). Decoding 7z (LZMA/LZMA2 coders, BCJ filters, solid
 * blocks, encrypted headers) needs 7-Zip itself; the only JavaScript option is
 * a 1.6 MB WebAssembly build of the 7-Zip CLI working on an in-memory file
 * system, which we do not ship. So a 7z archive is recognised by its signature
 * and reported as not scanned, at high severity, never as clean.
 */
const SIGNATURE = [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c];
function sevenzip_claim(probe) {
    return probe.head.length >= 6 && SIGNATURE.every((b, i) => probe.head[i] === b) ? 'magic' : false;
}
function sevenzip_scan(ctx) {
    const head = ctx.source.read(0, 8);
    const version = head.length >= 8 ? `${head[6]}.${head[7]}` : 'unknown';
    ctx.report({
        ruleId: 'archive/not-scanned',
        callable: '7z',
        message: 'This is a 7z archive, which the scanner cannot open: the models inside it were not scanned. ' +
            'Attackers have used 7z-wrapped PyTorch checkpoints to slip past scanners (nullifAI).',
        properties: { archive: '7z', version },
    });
    ctx.incomplete('not scanned: 7z archive (the scanner cannot decode 7z)');
}
const sevenZipScanner = {
    id: '7z',
    name: '7z archive',
    extensions: ['.7z'],
    claim: sevenzip_claim,
    scan: sevenzip_scan,
};

;// CONCATENATED MODULE: ./lib/formats/index.js
















/**
 * Every format scanner, in routing order: formats with strong signatures first,
 * pickle (which protocol 0/1 streams can only be recognised by structure) last.
 */
const SCANNERS = [
    safetensorsScanner,
    ggufScanner,
    tarScanner,
    pytorchZipScanner,
    zipScanner,
    savedModelScanner,
    kerasH5Scanner,
    kerasConfigJsonScanner,
    onnxScanner,
    lfsPointerScanner,
    sevenZipScanner,
    numpyScanner,
    compressedScanner,
    torchLegacyScanner,
    torchScriptCodeScanner,
    pickleScanner,
    hfConfigScanner,
    chatTemplateScanner,
];

;// CONCATENATED MODULE: ./lib/core/version.js
/** Tool identity for reports. Kept in sync with package.json by test/version.test.ts. */
const TOOL_NAME = 'modelscan-action';
const TOOL_VERSION = '0.1.0';
const TOOL_URI = 'https://github.com/modelscan-action/modelscan-action';

;// CONCATENATED MODULE: ./lib/core/scan.js













async function scanFiles(discovery, options) {
    const { files } = discovery;
    const started = external_node_perf_hooks_namespaceObject.performance.now();
    const startedAt = new Date().toISOString();
    const results = [];
    // A parser stuck in a synchronous loop ignores the time budget: past twice the budget (plus a minute)
    // the guard thread names the file and kills the process, so the run fails instead of hanging.
    const limits = { ...DEFAULT_LIMITS, ...options.limits };
    const guard = options.hangGuard ? new HangGuard(external_node_worker_threads_namespaceObject.Worker, limits.maxFileSeconds * 2000 + 60_000, TOOL_NAME) : undefined;
    await guard?.ready;
    try {
        for (const file of files) {
            guard?.begin(escapeTerminal(file.relativePath));
            const result = await scanFile(file, options);
            guard?.end();
            results.push(result);
            options.onFile?.(result);
        }
    }
    finally {
        guard?.close();
    }
    return {
        tool: { name: TOOL_NAME, version: TOOL_VERSION },
        root: options.root,
        startedAt,
        durationMs: external_node_perf_hooks_namespaceObject.performance.now() - started,
        files: results,
        errors: discovery.errors,
        skipped: discovery.skipped,
    };
}
/**
 * Keeps the files (and skipped entries) of one shard, in place: each shard of a matrix
 * scans a disjoint slice, chosen by a hash of the relative path, so every job agrees
 * without talking to the others. Input errors stay in every shard: each job must fail on them.
 */
function restrictToShard(discovery, shard) {
    if (!shard || shard.count === 1)
        return discovery;
    discovery.files = discovery.files.filter((f) => inShard(f.relativePath, shard));
    discovery.skipped = discovery.skipped.filter((s) => inShard(s.path, shard));
    return discovery;
}
/** Scans one file on disk. Never throws: every failure becomes part of the result. */
async function scanFile(file, options) {
    const started = external_node_perf_hooks_namespaceObject.performance.now();
    const run = new FileRun(file.relativePath, options, options.open ? undefined : file.absolutePath);
    let source;
    let size = 0;
    try {
        source = options.open ? options.open(file) : new PrefetchedFileSource(file.absolutePath);
        size = source.size;
    }
    catch (error) {
        run.emit({ ruleId: 'scan/read-error', message: `The file could not be read: ${errorMessage(error)}.` }, undefined, 'file');
        run.status = 'error';
        run.reasons.push(`cannot read: ${errorMessage(error)}`);
    }
    if (source) {
        try {
            const scanned = await run.scanSource(source, undefined, 0, file.relativePath);
            if (!scanned) {
                if (file.explicit || isModelExtension(extensionOf(file.relativePath))) {
                    const why = size === 0 ? 'the file is empty' : 'no scanner recognised its content';
                    run.emit({ ruleId: 'scan/unsupported-format', message: `Not scanned: ${why}, so it is not known to be safe.` }, undefined, 'unknown');
                    run.reasons.push(why);
                    run.status = 'unsupported';
                }
                else {
                    run.status = 'ignored';
                }
            }
        }
        finally {
            source.close();
        }
    }
    if (run.dropped > 0)
        run.reasons.push(`${run.dropped} more findings not listed (limit ${run.maxFindings} per file)`);
    return {
        file: file.relativePath,
        absolutePath: file.absolutePath,
        size,
        formats: run.formats,
        status: run.status,
        reasons: run.reasons,
        findings: run.findings,
        durationMs: external_node_perf_hooks_namespaceObject.performance.now() - started,
    };
}
/**
 * Bytes read from the start of every file in one read. Small models (the common case in
 * a folder of thousands) are read exactly once: probe head, zip tail check and the scanner
 * all take views of these bytes. A big file costs this one read plus what its scanner needs.
 */
const PREFETCH_BYTES = 64 * 1024;
/** A file whose first PREFETCH_BYTES are read once when it is opened. */
class PrefetchedFileSource extends FileSource {
    prefix;
    constructor(path) {
        super(path);
        try {
            this.prefix = super.read(0, Math.min(this.size, PREFETCH_BYTES));
        }
        catch (error) {
            this.close();
            throw error;
        }
    }
    read(offset, length) {
        const prefix = this.prefix;
        if (offset >= 0 && length >= 0) {
            const end = Math.min(offset + length, this.size);
            // Views, like BufferSource: scanners treat what they read as read-only.
            if (end <= prefix.length && offset <= end)
                return prefix.subarray(offset, end);
        }
        return super.read(offset, length);
    }
}
/** State for one file on disk: its findings, formats and completeness. */
class FileRun {
    file;
    absolutePath;
    findings = [];
    formats = [];
    reasons = [];
    status = 'complete';
    byKey = new Map();
    limits;
    get maxFindings() {
        return this.limits.maxFindingsPerFile;
    }
    policy;
    scanners;
    /** Decompressed bytes, members and time for this file, shared by every nesting level. */
    budget;
    dropped = 0;
    constructor(file, options, absolutePath) {
        this.file = file;
        this.absolutePath = absolutePath;
        this.limits = { ...DEFAULT_LIMITS, ...options.limits };
        this.policy = options.policy ?? DEFAULT_POLICY;
        this.scanners = options.scanners ?? SCANNERS;
        this.budget = new FileBudget(this.limits);
    }
    /** An exception escaped a scanner: `scan/incomplete` worded as an internal error, marked `internalError`. */
    internalError(ctx, scanner, member, error) {
        const reason = `internal error in the ${scanner.name} scanner (${errorMessage(error)})`;
        ctx.incomplete(reason);
        const finding = this.findings.find((f) => f.ruleId === 'scan/incomplete' && f.member === member && f.message === `Not fully scanned: ${reason}.`);
        if (finding)
            (finding.properties ??= {}).internalError = true;
    }
    /** Routes and scans some bytes. Returns the id of the scanner that claimed them, or undefined. */
    async scanSource(source, member, depth, name) {
        // Out of time: not even a probe. The throw unwinds the scanners this is nested in (see below).
        if (depth > 0 && this.budget.expired)
            throw new TimeBudgetExceeded(this.limits.maxFileSeconds);
        const scanner = route(this.scanners, makeProbe(source, name));
        if (!scanner)
            return undefined;
        if (!this.formats.includes(scanner.id))
            this.formats.push(scanner.id);
        const ctx = this.context(scanner, source, member, depth);
        try {
            // A nested scan that starts after the time budget is spent stops here.
            ctx.checkBudget();
            await scanner.scan(ctx);
        }
        catch (error) {
            if (error instanceof TimeBudgetExceeded) {
                // Said once per file, at the level that ran out; the levels it unwinds add nothing.
                if (!this.budget.reported.has('maxFileSeconds')) {
                    this.budget.reported.add('maxFileSeconds');
                    ctx.incomplete(error.message);
                }
                // Every level nested in this file stops, up to the file itself (where it ends here).
                if (depth > 0)
                    throw error;
            }
            else {
                // Scanners report malformed input themselves: an exception that escapes is a scanner bug.
                // Still never "clean": the file is not fully scanned, and the finding says it was our fault.
                this.internalError(ctx, scanner, member, error);
            }
        }
        return scanner.id;
    }
    emit(input, member, format) {
        const rule = ruleFor(input.ruleId);
        const severity = this.policy.severityOverrides[rule.id] ?? input.severity ?? rule.severity;
        // One result per root cause: the same rule, place and callable collapse into one finding.
        const key = [input.ruleId, member ?? '', input.callable ?? input.message].join('\u0000');
        const existing = this.byKey.get(key);
        if (existing) {
            const props = (existing.properties ??= {});
            props.occurrences = (props.occurrences ?? 1) + 1;
            return;
        }
        if (this.findings.length >= this.limits.maxFindingsPerFile) {
            this.dropped++;
            return;
        }
        const finding = { ...input, severity, file: this.file, format: input.format ?? format };
        if (member !== undefined)
            finding.member = member;
        this.byKey.set(key, finding);
        this.findings.push(finding);
    }
    context(scanner, source, member, depth) {
        return {
            source,
            file: this.file,
            member,
            ...(member === undefined && this.absolutePath !== undefined ? { absolutePath: this.absolutePath } : {}),
            depth,
            limits: this.limits,
            policy: this.policy,
            budget: this.budget,
            checkBudget: () => this.budget.check(),
            report: (finding) => this.emit(finding, member, scanner.id),
            incomplete: (reason, offset) => {
                this.status = this.status === 'error' ? 'error' : 'incomplete';
                const where = member ? `${member}: ${reason}` : reason;
                this.reasons.push(where);
                const input = { ruleId: 'scan/incomplete', message: `Not fully scanned: ${reason}.` };
                if (offset !== undefined)
                    input.offset = offset;
                this.emit(input, member, scanner.id);
            },
            scanNested: async (nested, name) => {
                const nestedMember = member === undefined ? name : `${member}!/${name}`;
                if (depth + 1 > this.limits.maxDepth) {
                    this.context(scanner, nested, nestedMember, depth + 1).incomplete(`nested deeper than the limit of ${this.limits.maxDepth} levels`);
                    return undefined;
                }
                return this.scanSource(nested, nestedMember, depth + 1, name);
            },
        };
    }
}
function extensionOf(path) {
    const base = path.slice(path.lastIndexOf('/') + 1);
    const dot = base.lastIndexOf('.');
    return dot > 0 ? base.slice(dot).toLowerCase() : '';
}
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}

;// CONCATENATED MODULE: ./lib/report/coverage.js
/**
 * A file no scanner recognised that does not look like a model either (README.md, …):
 * reports leave it out of coverage lists, which would otherwise drown the real ones.
 */
function isIgnoredFile(file) {
    return file.status === 'ignored';
}
/** Model files that were not read to the end (or not at all): not known to be safe. */
function notFullyScannedModels(gate) {
    return gate.notFullyScanned.filter((f) => !isIgnoredFile(f));
}
/** True when no scanner read anything and there is no model file to report on. */
function nothingToScan(gate) {
    return gate.scannedFiles === 0 && gate.findings.length === 0 && notFullyScannedModels(gate).length === 0;
}

;// CONCATENATED MODULE: ./lib/report/fingerprint.js

/**
 * Identifies a finding across runs (SARIF partialFingerprints, JSON output):
 * sha256 hex of rule, file, member and the callable (or, without one, the
 * message). Not of offsets: re-saving a model moves bytes.
 */
function fingerprint(finding) {
    const key = [finding.ruleId, finding.file, finding.member ?? '', finding.callable ?? finding.message].join('\u0000');
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(key, 'utf8').digest('hex');
}

;// CONCATENATED MODULE: ./lib/report/json.js


/** The JSON report, pretty-printed, with a trailing newline. */
function renderJson(report, gate) {
    return `${JSON.stringify(toJsonReport(report, gate), null, 2)}\n`;
}
function toJsonReport(report, gate) {
    return {
        schemaVersion: 1,
        tool: { name: report.tool.name, version: report.tool.version },
        root: report.root,
        startedAt: report.startedAt,
        durationMs: Math.round(report.durationMs),
        summary: {
            outcome: gate.outcome,
            threshold: gate.threshold,
            counts: { ...gate.counts },
            highest: gate.highest ?? null,
            blocking: gate.blocking.length,
            totalFiles: report.files.length,
            scannedFiles: gate.scannedFiles,
            notFullyScanned: notFullyScannedModels(gate).length,
            ignoredFiles: report.files.filter(isIgnoredFile).length,
            ...suppressedCount(report),
        },
        files: report.files.map(jsonFile),
        errors: report.errors.map((e) => ({ path: e.path, message: e.message })),
        skipped: report.skipped.map((s) => ({ path: s.path, reason: s.reason })),
    };
}
function jsonFile(f) {
    const out = { file: f.file, size: f.size, formats: [...f.formats], status: f.status, reasons: [...f.reasons], findings: f.findings.map(jsonFinding) };
    if (f.suppressed && f.suppressed.length > 0)
        out.suppressed = f.suppressed.map(jsonFinding);
    if (f.sha256)
        out.sha256 = f.sha256;
    return out;
}
function suppressedCount(report) {
    const n = report.files.reduce((sum, f) => sum + (f.suppressed?.length ?? 0), 0);
    return n > 0 ? { suppressed: n } : {};
}
/** Fixed key order, so output diffs cleanly between runs; optional keys only when known. */
function jsonFinding(f) {
    return {
        ruleId: f.ruleId,
        severity: f.severity,
        format: f.format,
        ...(f.member !== undefined && { member: f.member }),
        ...(f.offset !== undefined && { offset: f.offset }),
        ...(f.callable !== undefined && { callable: f.callable }),
        ...(f.args !== undefined && { args: [...f.args] }),
        message: f.message,
        fingerprint: fingerprint(f),
        ...(f.properties !== undefined && { properties: f.properties }),
        ...(f.suppression !== undefined && { suppression: { ...f.suppression } }),
    };
}

;// CONCATENATED MODULE: ./lib/report/finding-text.js
/**
 * `os.system('id')`: the callable and its constant arguments, when known.
 * Raw: each renderer escapes it for its medium.
 */
function callDisplay(finding) {
    if (!finding.callable)
        return '';
    return finding.args ? `${finding.callable}(${finding.args.join(', ')})` : finding.callable;
}

;// CONCATENATED MODULE: ./lib/report/markdown.js




const DEFAULT_SUMMARY_BYTES = 900 * 1024;
const SEVERITY_LABEL = {
    critical: '⛔ Critical',
    high: '🔴 High',
    medium: '🟠 Medium',
    low: '🟡 Low',
};
/** Display lengths for untrusted strings (cut before escaping, so no reference is split). */
const MAX_PATH = 300;
const MAX_CALL = 200;
const MAX_MESSAGE = 400;
/** Room kept for the "…and N more" line a truncated table ends with. */
const MORE_LINE_RESERVE = 200;
/**
 * The job summary: verdict, counts, findings, files not fully scanned, input
 * errors and skipped entries. Every string from the scanned repository is
 * neutralised; tables stop before the byte budget, pointing at the SARIF file.
 */
function renderSummary(report, gate, options = {}) {
    const footer = renderFooter(report, gate);
    const budget = new ByteBudget((options.maxBytes ?? DEFAULT_SUMMARY_BYTES) - byteLength(footer) - 2);
    budget.take(renderHeader(gate, options.title ?? 'Model scan'));
    const suppressed = report.files.reduce((n, f) => n + (f.suppressed?.length ?? 0), 0);
    if (suppressed > 0)
        budget.take(`${plural(suppressed, 'finding')} suppressed (configuration or baseline): not counted against the threshold.\n`);
    if (!nothingToScan(gate))
        budget.take(renderCounts(gate));
    const sections = tableSections(report, gate).filter((section) => section.rows.length > 0);
    sections.forEach((section, i) => {
        // Later sections keep room for at least their heading and a "more" line.
        const reserve = (sections.length - i - 1) * MIN_SECTION_BYTES;
        if (!budget.take(section.heading))
            return;
        budget.table(section.columns, section.rows, section.more, reserve);
        if (section.closing)
            budget.take(section.closing);
    });
    return `${budget.parts.join('\n')}\n${footer}\n`;
}
/** Room kept for a section that has not been rendered yet. */
const MIN_SECTION_BYTES = 400;
function tableSections(report, gate) {
    const partial = notFullyScannedModels(gate);
    return [
        {
            heading: '### Findings\n',
            columns: ['Severity', 'File', 'Member / offset', 'Format', 'Rule', 'Would execute', 'Message'],
            rows: gate.findings.map(findingRow),
            more: (n) => `…and ${n} more findings; see the SARIF file.`,
        },
        {
            heading: `### Not fully scanned (${partial.length})\n\nThese files are not known to be safe.\n`,
            columns: ['File', 'Status', 'Formats', 'Why'],
            rows: partial.map(notScannedRow),
            more: (n) => `…and ${n} more files; see the SARIF file.`,
        },
        {
            heading: `### Inputs that could not be scanned (${report.errors.length})\n`,
            columns: ['Path', 'Error'],
            rows: report.errors.map((e) => [codeSpan(shorten(e.path, MAX_PATH)), markdown_text(shorten(e.message, MAX_MESSAGE))]),
            more: moreEntries,
        },
        {
            heading: `<details><summary>Skipped entries (${report.skipped.length})</summary>\n`,
            columns: ['Path', 'Reason'],
            rows: report.skipped.map((s) => [codeSpan(shorten(s.path, MAX_PATH)), markdown_text(shorten(s.reason, MAX_MESSAGE))]),
            more: moreEntries,
            closing: '</details>\n',
        },
    ];
}
function moreEntries(n) {
    return `…and ${n} more; see the SARIF file.`;
}
function renderHeader(gate, title) {
    const verdict = gate.outcome === 'fail' ? '❌' : '✅';
    const lines = [`## ${verdict} ${markdown_text(title)}: ${gate.outcome === 'fail' ? 'failed' : 'passed'} (threshold: ${gate.threshold})`, ''];
    if (nothingToScan(gate)) {
        lines.push('No model files were found to scan, so nothing was checked.');
    }
    else if (gate.findings.length === 0) {
        lines.push(`No findings in ${plural(gate.scannedFiles, 'scanned file')}.`);
    }
    else if (gate.threshold === 'none') {
        lines.push(`${plural(gate.findings.length, 'finding')}. The gate is off (threshold \`none\`), so findings never fail the run.`);
    }
    else if (gate.outcome === 'fail') {
        lines.push(`**${plural(gate.blocking.length, 'finding')} at or above \`${gate.threshold}\`**, the failure threshold.`);
    }
    else {
        lines.push(`${plural(gate.findings.length, 'finding')}, none at or above \`${gate.threshold}\`, the failure threshold.`);
    }
    const partial = notFullyScannedModels(gate).length;
    if (partial > 0) {
        lines.push('', `⚠️ ${plural(partial, 'file')} could not be fully scanned and ${partial === 1 ? 'is' : 'are'} not known to be safe.`);
    }
    return `${lines.join('\n')}\n`;
}
function renderCounts(gate) {
    const rows = SEVERITIES.map((s) => `| ${SEVERITY_LABEL[s]} | ${gate.counts[s]} |`);
    return ['| Severity | Findings |', '| --- | ---: |', ...rows, ''].join('\n');
}
function renderFooter(report, gate) {
    const seconds = (report.durationMs / 1000).toFixed(1);
    const examined = report.files.length;
    return `<sub>${escapeHtml(report.tool.name)} ${escapeHtml(report.tool.version)} · ${plural(gate.scannedFiles, 'file')} scanned · ${examined} examined · ${seconds} s</sub>`;
}
function findingRow(f) {
    const where = [];
    if (f.member !== undefined)
        where.push(codeSpan(shorten(f.member, MAX_PATH)));
    if (f.offset !== undefined)
        where.push(`byte ${f.offset}`);
    return [
        SEVERITY_LABEL[f.severity],
        codeSpan(shorten(f.file, MAX_PATH)),
        where.join(' at ') || '–',
        markdown_text(f.format),
        codeSpan(f.ruleId),
        f.callable ? codeSpan(shorten(callDisplay(f), MAX_CALL)) : '–',
        markdown_text(shorten(f.message, MAX_MESSAGE)),
    ];
}
function notScannedRow(f) {
    return [
        codeSpan(shorten(f.file, MAX_PATH)),
        f.status,
        f.formats.length > 0 ? markdown_text(f.formats.join(', ')) : '–',
        f.reasons.length > 0 ? markdown_text(shorten(f.reasons.join('; '), MAX_MESSAGE)) : '–',
    ];
}
/** Untrusted prose (messages, reasons, formats): neutralised markdown. */
function markdown_text(value) {
    return neutralizeProse(value);
}
function plural(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
function byteLength(s) {
    return Buffer.byteLength(s, 'utf8');
}
/** Accumulates blocks (joined by newlines) until the byte budget runs out. */
class ByteBudget {
    limit;
    parts = [];
    used = 0;
    constructor(limit) {
        this.limit = limit;
    }
    /** Adds a block if it fits; returns whether it did. */
    take(block) {
        const size = byteLength(block) + 1;
        if (this.used + size > this.limit)
            return false;
        this.parts.push(block);
        this.used += size;
        return true;
    }
    /** A markdown table, cut before the budget, keeping room for the "more" line and `reserve` bytes. */
    table(header, rows, more, reserve = 0) {
        const head = [`| ${header.join(' | ')} |`, `|${header.map(() => ' --- ').join('|')}|`].join('\n');
        const lines = [head];
        let size = byteLength(head) + 1;
        let shown = 0;
        for (const row of rows) {
            const line = `| ${row.join(' | ')} |`;
            const lineSize = byteLength(line) + 1;
            if (this.used + size + lineSize + MORE_LINE_RESERVE + reserve > this.limit)
                break;
            lines.push(line);
            size += lineSize;
            shown++;
        }
        if (shown === 0 && rows.length > 0) {
            this.take(more(rows.length));
            return;
        }
        const left = rows.length - shown;
        this.take(`${lines.join('\n')}\n${left > 0 ? `\n${more(left)}\n` : ''}`);
    }
}

;// CONCATENATED MODULE: ./lib/report/sarif-constants.js
/** Fixed values of the SARIF we emit, shared by the builder and the merger. */
const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Code scanning rejects a run with more results than this. */
const MAX_SARIF_RESULTS = 25_000;
/** Our own stable fingerprint key (upload-sarif computes primaryLocationLineHash itself). */
const FINGERPRINT_KEY = 'modelscanFinding/v1';
const DEFAULT_CATEGORY = 'modelscan';
/**
 * `automationDetails.id` for a category: GitHub reads everything before the
 * last '/' as the category, so a trailing slash sets the category alone.
 * An empty or missing category (an unset action input is '') falls back to the default.
 */
function automationId(category) {
    const trimmed = (category ?? '').trim().replace(/\/+$/, '');
    return `${trimmed || DEFAULT_CATEGORY}/`;
}

;// CONCATENATED MODULE: ./lib/report/sarif-location.js
/** The base id GitHub (and CodeQL) use for "relative to the repository root". */
const SRCROOT = '%SRCROOT%';
/**
 * Percent-encodes one path segment. Encodes everything a URI treats
 * specially (space, `#`, `?`, `%`, `:`) and every non-ASCII character (as UTF-8).
 */
function encodeSegment(segment) {
    return encodeURIComponent(segment);
}
function encodePath(posixPath) {
    return posixPath.split('/').map(encodeSegment).join('/');
}
function isWindowsAbsolute(path) {
    return /^[A-Za-z]:[\\/]/.test(path);
}
function isAbsolutePath(path) {
    return path.startsWith('/') || isWindowsAbsolute(path);
}
/** True when a report path cannot be expressed relative to the root. */
function isOutsideRoot(file) {
    return isAbsolutePath(file) || file === '..' || file.startsWith('../');
}
/** `file://` URI for an absolute path (POSIX or Windows). */
function fileUri(absolutePath) {
    // Already a URL (files scanned from the Hugging Face Hub).
    if (/^https?:\/\//i.test(absolutePath))
        return absolutePath;
    const posix = absolutePath.replace(/\\/g, '/');
    if (isWindowsAbsolute(absolutePath)) {
        const [drive, ...rest] = posix.split('/');
        return `file:///${drive}/${encodePath(rest.join('/'))}`;
    }
    return `file://${encodePath(posix)}`;
}
/** `file://` URI of a directory, ending with '/' as SARIF requires for base URIs. */
function directoryUri(absolutePath) {
    const uri = fileUri(absolutePath);
    return uri.endsWith('/') ? uri : `${uri}/`;
}
/**
 * Where a file lives, for SARIF: relative to %SRCROOT% when it is under the
 * root (what code scanning needs to show it), an absolute `file://` URI otherwise.
 */
function artifactLocationFor(file, absolutePath) {
    if (isOutsideRoot(file))
        return { uri: fileUri(isAbsolutePath(absolutePath) ? absolutePath : file) };
    return { uri: encodePath(file), uriBaseId: SRCROOT };
}

;// CONCATENATED MODULE: ./lib/report/sarif-rules.js

/**
 * GitHub buckets `security-severity` as >9.0 critical, 7.0–8.9 high,
 * 4.0–6.9 medium, 0.1–3.9 low; these values sit well inside each bucket.
 */
const SECURITY_SEVERITY = {
    critical: '9.5',
    high: '8.0',
    medium: '5.5',
    low: '2.0',
};
const SARIF_LEVEL = {
    critical: 'error',
    high: 'error',
    medium: 'warning',
    low: 'note',
};
/** GitHub keeps only the first 10 tags of a rule (and rejects more than 20). */
const MAX_TAGS = 10;
/** GitHub's limits on rule names and descriptions. */
const MAX_NAME = 255;
const MAX_DESCRIPTION = 1024;
function clip(text, max) {
    return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
/** Help text for clients that do not render markdown: drop emphasis and code marks. */
function plainText(markdown) {
    return markdown.replace(/\*\*|`/g, '');
}
function ruleTags(rule) {
    const tags = rule.tags.includes('security') ? rule.tags : ['security', ...rule.tags];
    return [...new Set(tags)].slice(0, MAX_TAGS);
}
/**
 * A SARIF rule for a catalogue rule. `severity` is the severity the results
 * actually carry (policy overrides may differ from the catalogue default):
 * code scanning reads security-severity from the rule, not from results.
 */
function sarifRule(rule, severity = rule.severity) {
    return {
        id: rule.id,
        name: clip(rule.name, MAX_NAME),
        shortDescription: { text: clip(rule.short, MAX_DESCRIPTION) },
        fullDescription: { text: clip(rule.full, MAX_DESCRIPTION) },
        help: { text: plainText(rule.help), markdown: rule.help },
        defaultConfiguration: { level: SARIF_LEVEL[severity] },
        properties: {
            tags: ruleTags(rule),
            precision: rule.precision,
            'security-severity': SECURITY_SEVERITY[severity],
        },
    };
}
/** A stand-in for a rule id missing from the catalogue, so a result is never dropped or left without its rule. */
function fallbackRule(id, severity) {
    const name = id
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map((part) => part[0].toUpperCase() + part.slice(1))
        .join('');
    return {
        id,
        name: name || 'UnknownRule',
        severity,
        short: `Finding reported under rule ${id}.`,
        full: `The scanner reported a finding under rule ${id}, which is not in this version's rule catalogue.`,
        help: 'See the result message for details.',
        tags: ['security'],
        precision: 'medium',
    };
}
function catalogueRule(id, severity) {
    return RULES.get(id) ?? fallbackRule(id, severity);
}

;// CONCATENATED MODULE: ./lib/report/sarif-merge.js

/** Most severe first, from our `properties.severity` or, for foreign results, the level. */
const RESULT_RANK = { critical: 4, high: 3, error: 3, medium: 2, warning: 2, low: 1, note: 1 };
/**
 * Merges SARIF logs from shards of one scan into a single run: code scanning
 * no longer combines several runs with the same tool and category. Rules are
 * united by id (first definition wins), `ruleIndex` is recomputed, results
 * and invocation notifications are concatenated. Over code scanning's
 * result limit, the least severe results are dropped, with a notification.
 */
function mergeSarif(logs, category) {
    const runs = logs.flatMap((log) => log.runs);
    const first = runs[0];
    if (!first)
        throw new Error('mergeSarif: no SARIF runs to merge');
    const rules = [];
    const ruleIndex = new Map();
    const results = [];
    for (const run of runs) {
        const runRules = run.tool.driver.rules ?? [];
        for (const rule of runRules) {
            if (!ruleIndex.has(rule.id)) {
                ruleIndex.set(rule.id, rules.length);
                rules.push(rule);
            }
        }
        for (const result of run.results ?? []) {
            const id = result.ruleId ?? (result.ruleIndex !== undefined ? runRules[result.ruleIndex]?.id : undefined);
            const merged = { ...result };
            if (id !== undefined && ruleIndex.has(id)) {
                merged.ruleId = id;
                merged.ruleIndex = ruleIndex.get(id);
            }
            else {
                delete merged.ruleIndex;
            }
            results.push(merged);
        }
    }
    const kept = keepMostSevere(results);
    const invocation = mergeInvocations(runs);
    if (kept.length < results.length) {
        const dropped = {
            level: 'warning',
            message: {
                text: `${results.length - kept.length} less severe results were left out of this SARIF file to stay under code scanning's limit of ${MAX_SARIF_RESULTS} results per run.`,
            },
        };
        invocation.toolExecutionNotifications = [...(invocation.toolExecutionNotifications ?? []), dropped];
    }
    const merged = {
        ...first,
        tool: { ...first.tool, driver: { ...first.tool.driver, rules } },
        invocations: [invocation],
        results: kept,
    };
    const id = category !== undefined ? automationId(category) : first.automationDetails?.id;
    if (id !== undefined)
        merged.automationDetails = { ...first.automationDetails, id };
    return { $schema: logs[0]?.$schema ?? SARIF_SCHEMA, version: '2.1.0', runs: [merged] };
}
/** One invocation covering every shard: successful only if all were, spanning all their times. */
function mergeInvocations(runs) {
    const invocations = runs.flatMap((run) => run.invocations ?? []);
    const merged = { executionSuccessful: invocations.every((i) => i.executionSuccessful) };
    const starts = invocations.map((i) => i.startTimeUtc).filter((t) => t !== undefined).sort();
    const ends = invocations.map((i) => i.endTimeUtc).filter((t) => t !== undefined).sort();
    if (starts.length > 0)
        merged.startTimeUtc = starts[0];
    if (ends.length > 0)
        merged.endTimeUtc = ends[ends.length - 1];
    const notifications = invocations.flatMap((i) => i.toolExecutionNotifications ?? []);
    if (notifications.length > 0)
        merged.toolExecutionNotifications = notifications;
    return merged;
}
function resultRank(result) {
    const severity = result.properties?.['severity'];
    return RESULT_RANK[typeof severity === 'string' ? severity : (result.level ?? 'warning')] ?? 0;
}
function keepMostSevere(results) {
    if (results.length <= MAX_SARIF_RESULTS)
        return results;
    // Array.prototype.sort is stable: equal ranks keep shard order.
    return [...results].sort((a, b) => resultRank(b) - resultRank(a)).slice(0, MAX_SARIF_RESULTS);
}

;// CONCATENATED MODULE: ./lib/report/sarif.js












/** Notifications per kind (not-fully-scanned files, input errors, skipped entries). */
const MAX_NOTIFICATIONS_PER_KIND = 1_000;
/** Builds a SARIF 2.1.0 log that GitHub code scanning accepts as is. */
function buildSarif(report, options = {}) {
    const limit = Math.min(options.maxResults ?? MAX_SARIF_RESULTS, MAX_SARIF_RESULTS);
    const all = collectFindings(report);
    const kept = all.slice(0, limit);
    const rules = buildRules(kept);
    const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
    const run = {
        tool: {
            driver: {
                name: report.tool.name,
                semanticVersion: report.tool.version,
                informationUri: TOOL_URI,
                rules,
            },
        },
        automationDetails: { id: automationId(options.category) },
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(report.root) } },
        invocations: [buildInvocation(report, all.length - kept.length)],
        results: kept.map((item) => withSuppression(buildResult(item, ruleIndex.get(item.finding.ruleId)), item.finding, options.baseline ?? false)),
    };
    const artifacts = report.files.filter((f) => f.sha256).map((f) => ({ location: artifactLocationFor(f.file, f.absolutePath), hashes: { 'sha-256': f.sha256 } }));
    if (artifacts.length > 0)
        run.artifacts = artifacts;
    return { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] };
}
/** Every finding, most severe first, then by file, member and offset (stable across runs). */
function collectFindings(report) {
    return report.files
        .flatMap((file) => [...file.findings, ...(file.suppressed ?? [])].map((finding) => ({ finding, file })))
        .sort((a, b) => 
    // Suppressed and baseline results last: the first dropped when over the limit.
    Number(a.finding.suppression !== undefined) - Number(b.finding.suppression !== undefined) ||
        bySeverityDesc(a.finding, b.finding) ||
        sarif_compare(a.finding.file, b.finding.file) ||
        sarif_compare(a.finding.member ?? '', b.finding.member ?? '') ||
        (a.finding.offset ?? 0) - (b.finding.offset ?? 0));
}
/**
 * Every catalogue rule (stable indexes, and code scanning learns all rules),
 * plus any unknown rule id a result uses. A rule's severity is the highest
 * severity its results carry, so policy overrides reach code scanning.
 */
function buildRules(items) {
    const used = new Map();
    for (const { finding } of items) {
        const seen = used.get(finding.ruleId);
        if (!seen || severityRank(finding.severity) > severityRank(seen))
            used.set(finding.ruleId, finding.severity);
    }
    const ids = [...new Set([...allRules().map((r) => r.id), ...used.keys()])];
    return ids.map((id) => {
        const severity = used.get(id);
        const rule = catalogueRule(id, severity ?? 'medium');
        return sarifRule(rule, severity ?? rule.severity);
    });
}
function buildResult({ finding, file }, ruleIndex) {
    const location = {
        physicalLocation: {
            artifactLocation: artifactLocationFor(file.file, file.absolutePath),
            // Code scanning only displays results that have a line; model files have none.
            region: { startLine: 1 },
        },
    };
    const logical = logicalLocations(finding);
    if (logical.length > 0)
        location.logicalLocations = logical;
    const id = fingerprint(finding);
    return {
        ruleId: finding.ruleId,
        ruleIndex,
        level: SARIF_LEVEL[finding.severity],
        message: { text: resultMessage(finding) },
        locations: [location],
        // Our own line hash: every result of a binary file sits on line 1, so upload-sarif's text hash would merge
        // distinct findings of one rule, and computing it would read multi-GB models end to end.
        partialFingerprints: { [FINGERPRINT_KEY]: id, primaryLocationLineHash: `${id.slice(0, 16)}:1` },
        properties: resultProperties(finding),
    };
}
/**
 * Config suppressions become SARIF suppressions (code scanning shows the alert
 * as dismissed, with the reason); baseline findings stay open alerts marked `unchanged`.
 */
function withSuppression(result, finding, baseline) {
    const s = finding.suppression;
    if (s?.kind === 'config') {
        result.suppressions = [{ kind: 'external', status: 'accepted', justification: escapeSarifText(s.justification) }];
    }
    if (baseline)
        result.baselineState = s?.kind === 'baseline' ? 'unchanged' : 'new';
    return result;
}
/**
 * The finding's own sentence first (code scanning shows the first sentence
 * when space is short), then what would run and where inside the file.
 * Escaped: names from the file must not become SARIF embedded links.
 */
function resultMessage(finding) {
    const parts = [asSentence(finding.message)];
    if (finding.callable)
        parts.push(`Would run: ${callDisplay(finding)}.`);
    const where = [];
    if (finding.member !== undefined)
        where.push(`archive member ${finding.member}`);
    if (finding.offset !== undefined)
        where.push(`byte offset ${finding.offset}`);
    if (where.length > 0)
        parts.push(`Location in file: ${where.join(', ')} (${finding.format}).`);
    return escapeSarifText(parts.join(' '));
}
function asSentence(text) {
    const trimmed = text.trim();
    return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
function logicalLocations(finding) {
    const locations = [];
    if (finding.member !== undefined) {
        locations.push({ name: finding.member, fullyQualifiedName: `${finding.file}!/${finding.member}`, kind: 'resource' });
    }
    if (finding.callable)
        locations.push({ fullyQualifiedName: finding.callable, kind: 'function' });
    return locations;
}
function resultProperties(finding) {
    const properties = { ...finding.properties, severity: finding.severity, format: finding.format };
    if (finding.member !== undefined)
        properties.member = finding.member;
    if (finding.offset !== undefined)
        properties.offset = finding.offset;
    if (finding.callable !== undefined)
        properties.callable = finding.callable;
    if (finding.args !== undefined)
        properties.args = finding.args;
    return properties;
}
/** Coverage: what was not fully scanned, what could not be read, and what was dropped. */
function buildInvocation(report, droppedResults) {
    const notifications = [
        ...capped(report.files.filter((f) => f.status !== 'complete' && !isIgnoredFile(f)).map(notScannedNotification), 'more files were not fully scanned'),
        ...capped(report.errors.map((e) => ({ level: 'error', message: { text: escapeSarifText(`Input ${e.path} could not be scanned: ${e.message}`) } })), 'more inputs could not be scanned'),
        ...capped(report.skipped.map((s) => ({ level: 'note', message: { text: escapeSarifText(`Skipped ${s.path}: ${s.reason}`) } })), 'more entries were skipped'),
    ];
    if (droppedResults > 0) {
        notifications.push({
            level: 'warning',
            message: {
                text: `${droppedResults} less severe results were left out of this SARIF file to stay under code scanning's limit of ${MAX_SARIF_RESULTS} results per run.`,
            },
        });
    }
    const invocation = { executionSuccessful: true, startTimeUtc: report.startedAt };
    const started = Date.parse(report.startedAt);
    if (Number.isNaN(started))
        delete invocation.startTimeUtc;
    else
        invocation.endTimeUtc = new Date(started + Math.max(0, Math.round(report.durationMs))).toISOString();
    if (notifications.length > 0)
        invocation.toolExecutionNotifications = notifications;
    return invocation;
}
const STATUS_LEVEL = {
    complete: 'note',
    incomplete: 'warning',
    unsupported: 'note',
    ignored: 'none',
    error: 'error',
};
function notScannedNotification(file) {
    const why = file.reasons.length > 0 ? file.reasons.join('; ') : file.status;
    return {
        level: STATUS_LEVEL[file.status],
        message: { text: escapeSarifText(`${file.file} was not fully scanned (${file.status}): ${why}`) },
        locations: [{ physicalLocation: { artifactLocation: artifactLocationFor(file.file, file.absolutePath) } }],
        properties: { status: file.status, reasons: file.reasons },
    };
}
function capped(notifications, moreText) {
    if (notifications.length <= MAX_NOTIFICATIONS_PER_KIND)
        return notifications;
    const kept = notifications.slice(0, MAX_NOTIFICATIONS_PER_KIND);
    kept.push({ level: 'note', message: { text: `${notifications.length - kept.length} ${moreText}.` } });
    return kept;
}
function sarif_compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./lib/report/text.js




const ANSI = { reset: '\u001b[0m', bold: '\u001b[1m', red: '\u001b[31m', yellow: '\u001b[33m', cyan: '\u001b[36m', green: '\u001b[32m' };
const SEVERITY_COLOR = {
    critical: ANSI.bold + ANSI.red,
    high: ANSI.red,
    medium: ANSI.yellow,
    low: ANSI.cyan,
};
/** Width of the widest label ("CRITICAL"), so messages line up. */
const LABEL_WIDTH = 8;
const INDENT = ' '.repeat(2 + LABEL_WIDTH + 2);
const text_MAX_CALL = 300;
/**
 * Human-readable CLI output: findings grouped by file (most severe file first),
 * files not fully scanned, input errors, then a one-line verdict. Every string
 * from the scanned repository is terminal-escaped.
 */
function renderText(report, gate, options) {
    const paint = (code, s) => (options.color ? `${code}${s}${ANSI.reset}` : s);
    const findings = options.quiet ? gate.blocking : gate.findings;
    const blocks = [];
    if (nothingToScan(gate)) {
        blocks.push(`No model files found to scan under ${escapeTerminal(report.root)}.`);
    }
    for (const [file, list] of groupByFile(findings)) {
        const lines = [paint(ANSI.bold, escapeTerminal(file))];
        for (const f of list)
            lines.push(...findingLines(f, paint));
        blocks.push(lines.join('\n'));
    }
    if (!options.quiet)
        blocks.push(...coverageBlocks(report, gate, options.verbose ?? false));
    blocks.push(summaryLine(report, gate, paint));
    return `${blocks.join('\n\n')}\n`;
}
/** Keeps the gate's order (most severe first), so the worst file comes first. */
function groupByFile(findings) {
    const groups = new Map();
    for (const f of findings) {
        const list = groups.get(f.file);
        if (list)
            list.push(f);
        else
            groups.set(f.file, [f]);
    }
    return groups;
}
function findingLines(f, paint) {
    const label = paint(SEVERITY_COLOR[f.severity], f.severity.toUpperCase().padEnd(LABEL_WIDTH));
    const where = [];
    if (f.member !== undefined)
        where.push(`in ${escapeTerminal(f.member)}`);
    if (f.offset !== undefined)
        where.push(`at byte ${f.offset}`);
    const head = [escapeTerminal(f.ruleId), escapeTerminal(f.format), ...where].join('  ');
    const lines = [`  ${label}  ${head}`, `${INDENT}${escapeTerminal(f.message)}`];
    if (f.callable)
        lines.push(`${INDENT}would run: ${escapeTerminal(shorten(callDisplay(f), text_MAX_CALL))}`);
    return lines;
}
function coverageBlocks(report, gate, verbose) {
    const blocks = [];
    const partial = notFullyScannedModels(gate);
    if (partial.length > 0) {
        const lines = partial.map((f) => {
            const why = f.reasons.length > 0 ? f.reasons.join('; ') : f.status;
            return `  ${escapeTerminal(f.file)}  (${f.status}) ${escapeTerminal(why)}`;
        });
        blocks.push(['Not fully scanned (not known to be safe):', ...lines].join('\n'));
    }
    if (report.errors.length > 0) {
        blocks.push(['Could not scan:', ...report.errors.map((e) => `  ${escapeTerminal(e.path)}: ${escapeTerminal(e.message)}`)].join('\n'));
    }
    if (report.skipped.length > 0) {
        blocks.push(['Skipped:', ...report.skipped.map((s) => `  ${escapeTerminal(s.path)}: ${escapeTerminal(s.reason)}`)].join('\n'));
    }
    if (verbose) {
        const clean = report.files.filter((f) => f.status === 'complete' && f.findings.length === 0);
        if (clean.length > 0) {
            const lines = clean.map((f) => `  ${escapeTerminal(f.file)}  (${escapeTerminal(f.formats.join(', '))}, ${f.size} bytes, ${Math.round(f.durationMs)} ms)`);
            blocks.push(['No findings:', ...lines].join('\n'));
        }
    }
    return blocks;
}
/** "4 files scanned, 1 critical, 1 high, 3 medium, 1 low, 3 not fully scanned — FAILED (threshold: high)". */
function summaryLine(report, gate, paint) {
    const parts = [`${gate.scannedFiles} ${gate.scannedFiles === 1 ? 'file' : 'files'} scanned`];
    parts.push(...SEVERITIES.map((s) => `${gate.counts[s]} ${s}`));
    const partial = notFullyScannedModels(gate).length;
    if (partial > 0)
        parts.push(`${partial} not fully scanned`);
    if (report.errors.length > 0)
        parts.push(`${report.errors.length} input ${report.errors.length === 1 ? 'error' : 'errors'}`);
    const suppressed = report.files.reduce((n, f) => n + (f.suppressed?.length ?? 0), 0);
    if (suppressed > 0)
        parts.push(`${suppressed} suppressed`);
    const verdict = gate.outcome === 'fail' ? paint(ANSI.bold + ANSI.red, 'FAILED') : paint(ANSI.bold + ANSI.green, 'PASSED');
    return `${parts.join(', ')} — ${verdict} (threshold: ${gate.threshold})`;
}

;// CONCATENATED MODULE: ./lib/cli/merge.js







const SARIF_EXTENSIONS = ['.sarif', '.sarif.json'];
/** SARIF files named by the inputs: files as given, folders walked for *.sarif / *.sarif.json, sorted. */
function findSarifFiles(inputs, cwd, exclude) {
    const files = [];
    const errors = [];
    const walk = (dir) => {
        const entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
            const path = (0,external_node_path_.join)(dir, entry.name);
            if (entry.isDirectory())
                walk(path);
            else if (entry.isFile() && SARIF_EXTENSIONS.some((ext) => entry.name.toLowerCase().endsWith(ext)))
                files.push(path);
        }
    };
    for (const input of inputs) {
        const path = (0,external_node_path_.resolve)(cwd, input);
        try {
            if ((0,external_node_fs_.statSync)(path).isDirectory())
                walk(path);
            else
                files.push(path);
        }
        catch (error) {
            errors.push(`cannot read ${input}: ${merge_describe(error)}`);
        }
    }
    // The merged output itself, left by an earlier run in a folder we merge, is not a shard.
    return { files: [...new Set(files)].filter((f) => f !== exclude), errors };
}
/** Reads one SARIF 2.1.0 log; throws with a message naming the file. */
function readSarifFile(path) {
    let log;
    try {
        log = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (error) {
        throw new Error(`${path} is not a readable JSON file: ${merge_describe(error)}`);
    }
    const l = log;
    if (!l || typeof l !== 'object' || l.version !== '2.1.0' || !Array.isArray(l.runs)) {
        throw new Error(`${path} is not a SARIF 2.1.0 log`);
    }
    for (const run of l.runs) {
        if (!run || typeof run !== 'object' || typeof run.tool?.driver?.name !== 'string')
            throw new Error(`${path} has a run without a tool`);
        if (run.tool.driver.name !== TOOL_NAME) {
            throw new Error(`${path} was written by ${run.tool.driver.name}, not ${TOOL_NAME}: merge only the shards of one scan`);
        }
    }
    return log;
}
const LEVEL_SEVERITY = { error: 'high', warning: 'medium', note: 'low' };
function resultSeverity(result) {
    const s = result.properties?.['severity'];
    if (typeof s === 'string' && isSeverity(s))
        return s;
    // A result without our severity (edited by hand, or a newer writer): from its level, never dropped.
    return LEVEL_SEVERITY[result.level ?? 'warning'] ?? 'medium';
}
function resultFile(result) {
    const uri = result.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '(unknown file)';
    try {
        return decodeURIComponent(uri.replace(/^file:\/\//, ''));
    }
    catch {
        return uri;
    }
}
/** SARIF text escapes `[` and `]` (embedded links): undo it for display, where our own escaping applies. */
function sarifText(text) {
    return (text ?? '').replace(/\\([[\]\\])/g, '$1');
}
/** The gate of a merged log: counts from every result, threshold applied once. */
function gateFromSarif(log, threshold, inputs, errors = []) {
    const findings = [];
    let suppressed = 0;
    const notFullyScanned = [];
    const allErrors = [...errors];
    for (const run of log.runs) {
        for (const result of run.results ?? []) {
            if ((result.suppressions?.length ?? 0) > 0 || result.baselineState === 'unchanged') {
                suppressed++;
                continue;
            }
            const props = result.properties ?? {};
            const finding = {
                severity: resultSeverity(result),
                ruleId: result.ruleId ?? '(no rule)',
                file: resultFile(result),
                message: sarifText(result.message?.text),
            };
            if (typeof props['member'] === 'string')
                finding.member = props['member'];
            if (typeof props['callable'] === 'string')
                finding.callable = props['callable'];
            findings.push(finding);
        }
        for (const invocation of run.invocations ?? []) {
            if (invocation.executionSuccessful === false)
                allErrors.push('a shard reports that its scan did not complete');
            for (const n of invocation.toolExecutionNotifications ?? [])
                collectNotification(n, notFullyScanned, allErrors);
        }
    }
    findings.sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || merge_compare(a.file, b.file) || merge_compare(a.member ?? '', b.member ?? ''));
    const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
    for (const f of findings)
        counts[f.severity]++;
    const blocking = findings.filter((f) => meetsThreshold(f.severity, threshold)).length;
    return {
        threshold,
        outcome: blocking > 0 ? 'fail' : 'pass',
        findings,
        blocking,
        counts,
        highest: findings[0]?.severity,
        suppressed,
        notFullyScanned,
        errors: allErrors,
        inputs,
    };
}
function collectNotification(n, notFully, errors) {
    const status = n.properties?.['status'];
    if (typeof status === 'string') {
        const reasons = n.properties?.['reasons'];
        const why = Array.isArray(reasons) && reasons.length > 0 ? reasons.map(String).join('; ') : status;
        const uri = n.locations?.[0]?.physicalLocation?.artifactLocation?.uri;
        let file = uri ?? '(unknown file)';
        try {
            file = decodeURIComponent(file.replace(/^file:\/\//, ''));
        }
        catch {
            // keep the raw URI
        }
        notFully.push({ file, status, why });
    }
    else if (n.level === 'error') {
        errors.push(sarifText(n.message.text));
    }
}
/** 1 on findings at or above the threshold (wins), 2 on any error, else 0: as `scan`. */
function mergeExitCode(gate) {
    if (gate.outcome === 'fail')
        return EXIT_FINDINGS;
    if (gate.errors.length > 0)
        return EXIT_ERROR;
    return EXIT_PASS;
}
function countsLine(gate) {
    return SEVERITIES.map((s) => `${gate.counts[s]} ${s}`).join(', ');
}
function verdict(gate) {
    return `${gate.outcome === 'fail' ? 'FAILED' : 'PASSED'} (threshold: ${gate.threshold})`;
}
/** Plain text for a terminal or a CI log; strings from the scanned files are escaped. */
function renderMergeText(gate, maxFindings = 50) {
    const lines = [];
    for (const f of gate.findings.slice(0, maxFindings)) {
        const where = f.member !== undefined ? `${f.file} → ${f.member}` : f.file;
        lines.push(`${f.severity.toUpperCase().padEnd(8)} ${escapeTerminal(shorten(where, 200))}  [${f.ruleId}]`);
        lines.push(`         ${escapeTerminal(shorten(f.message, 400))}`);
    }
    if (gate.findings.length > maxFindings)
        lines.push(`…and ${gate.findings.length - maxFindings} more findings; see the SARIF file.`);
    if (gate.notFullyScanned.length > 0)
        lines.push(`${gate.notFullyScanned.length} files not fully scanned: not known to be safe (see the SARIF file).`);
    for (const e of gate.errors)
        lines.push(`error: ${escapeTerminal(shorten(e, 400))}`);
    if (gate.suppressed > 0)
        lines.push(`${gate.suppressed} suppressed or baseline findings not counted.`);
    lines.push(`${gate.inputs} SARIF files merged: ${countsLine(gate)} — ${verdict(gate)}`);
    return `${lines.join('\n')}\n`;
}
/** The job summary of a merged scan. Bounded: at most `maxRows` findings and files. */
function renderMergeSummary(gate, maxRows = 500) {
    const out = [];
    out.push(`## Model scan (${gate.inputs} shards merged): ${gate.outcome === 'fail' ? '❌ failed' : '✅ passed'}\n`);
    out.push(`Threshold: **${gate.threshold}**. ${gate.blocking} finding${gate.blocking === 1 ? '' : 's'} at or above it.\n`);
    out.push('| Critical | High | Medium | Low |', '|---:|---:|---:|---:|', `| ${SEVERITIES.map((s) => gate.counts[s]).join(' | ')} |`, '');
    if (gate.suppressed > 0)
        out.push(`${gate.suppressed} suppressed or baseline findings: not counted against the threshold.\n`);
    if (gate.findings.length > 0) {
        out.push('### Findings\n', '| Severity | File | Member | Rule | Message |', '|---|---|---|---|---|');
        for (const f of gate.findings.slice(0, maxRows)) {
            out.push(`| ${f.severity} | ${codeSpan(shorten(f.file, 300))} | ${f.member !== undefined ? codeSpan(shorten(f.member, 300)) : ''} | ${codeSpan(f.ruleId)} | ${neutralizeProse(shorten(f.message, 400))} |`);
        }
        if (gate.findings.length > maxRows)
            out.push(`\n…and ${gate.findings.length - maxRows} more findings; see the SARIF file.`);
        out.push('');
    }
    if (gate.notFullyScanned.length > 0) {
        out.push(`### Not fully scanned (${gate.notFullyScanned.length})\n`, 'These files are not known to be safe.\n', '| File | Status | Why |', '|---|---|---|');
        for (const f of gate.notFullyScanned.slice(0, maxRows)) {
            out.push(`| ${codeSpan(shorten(f.file, 300))} | ${f.status} | ${neutralizeProse(shorten(f.why, 400))} |`);
        }
        if (gate.notFullyScanned.length > maxRows)
            out.push(`\n…and ${gate.notFullyScanned.length - maxRows} more files; see the SARIF file.`);
        out.push('');
    }
    if (gate.errors.length > 0) {
        out.push('### Errors\n');
        for (const e of gate.errors.slice(0, maxRows))
            out.push(`- ${neutralizeProse(shorten(e, 400))}`);
        out.push('');
    }
    return `${out.join('\n')}\n`;
}
/** Finds, reads and merges the SARIF files; never throws (problems become gate errors). */
function mergeSarifInputs(inputs, cwd, flags) {
    const { files, errors } = findSarifFiles(inputs, cwd, flags.sarif !== undefined ? (0,external_node_path_.resolve)(cwd, flags.sarif) : undefined);
    const logs = [];
    for (const file of files) {
        try {
            logs.push(readSarifFile(file));
        }
        catch (error) {
            errors.push(merge_describe(error));
        }
    }
    if (files.length === 0)
        errors.push(`no SARIF files found in ${inputs.join(', ') || '(no inputs)'}`);
    if (flags.expect !== undefined && files.length < flags.expect) {
        errors.push(`expected ${flags.expect} SARIF files (one per shard), found ${files.length}: a shard did not finish`);
    }
    let log;
    if (logs.length > 0 && logs.some((l) => l.runs.length > 0)) {
        try {
            log = mergeSarif(logs, flags.category);
        }
        catch (error) {
            errors.push(`cannot merge: ${merge_describe(error)}`);
        }
    }
    const gate = gateFromSarif(log ?? { version: '2.1.0', runs: [] }, flags.failOn, logs.length, errors);
    return { log, gate };
}
/** The CLI command; returns the exit code. */
function mergeCommand(inputs, flags, io) {
    const { log, gate } = mergeSarifInputs(inputs, io.cwd, flags);
    const sarifText = log ? `${JSON.stringify(log, null, 2)}\n` : undefined;
    if (flags.sarif) {
        if (!sarifText) {
            io.stderr(`${TOOL_NAME}: nothing merged, ${flags.sarif} not written\n`);
        }
        else {
            try {
                const out = (0,external_node_path_.resolve)(io.cwd, flags.sarif);
                (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(out), { recursive: true });
                (0,external_node_fs_.writeFileSync)(out, sarifText);
            }
            catch (error) {
                io.stderr(`${TOOL_NAME}: cannot write ${flags.sarif}: ${merge_describe(error)}\n`);
                return EXIT_ERROR;
            }
        }
    }
    switch (flags.format) {
        case 'sarif':
            if (sarifText)
                io.stdout(sarifText);
            break;
        case 'json':
            io.stdout(`${JSON.stringify({ tool: TOOL_NAME, ...gate, findings: gate.findings }, null, 2)}\n`);
            break;
        case 'markdown':
            io.stdout(renderMergeSummary(gate));
            break;
        default:
            io.stdout(renderMergeText(gate));
    }
    for (const e of gate.errors)
        if (flags.format !== 'text')
            io.stderr(`${TOOL_NAME}: ${escapeTerminal(e)}\n`);
    return mergeExitCode(gate);
}
function merge_describe(error) {
    return error instanceof Error ? error.message : String(error);
}
function merge_compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./lib/cli/progress.js
class Progress {
    options;
    done = 0;
    bytes = 0;
    findings = 0;
    started;
    lastDraw;
    drawn = false;
    now;
    constructor(options) {
        this.options = options;
        this.now = options.now ?? (() => Date.now());
        this.started = this.now();
        this.lastDraw = this.started;
    }
    /** Pass as ScanOptions.onFile. */
    onFile = (result) => {
        this.done++;
        this.bytes += result.size;
        this.findings += result.findings.length;
        const now = this.now();
        const { tty, ttyIntervalMs = 100, logIntervalMs = 10_000 } = this.options;
        if (now - this.lastDraw < (tty ? ttyIntervalMs : logIntervalMs))
            return;
        this.lastDraw = now;
        if (tty) {
            const line = this.line(now);
            const width = Math.max(20, (this.options.columns ?? 80) - 1);
            this.options.write(`\r\x1b[2K${line.length > width ? line.slice(0, width) : line}`);
            this.drawn = true;
        }
        else {
            this.options.write(`${this.options.label ? `${this.options.label}: ` : ''}${this.line(now)}\n`);
        }
    };
    /** Clears the live line (terminal); a no-op for logs. */
    finish() {
        if (this.drawn)
            this.options.write('\r\x1b[2K');
        this.drawn = false;
    }
    line(now) {
        const { total } = this.options;
        const pct = total > 0 ? ` (${Math.floor((this.done / total) * 100)}%)` : '';
        const findings = this.findings === 1 ? '1 finding' : `${this.findings} findings`;
        return `scanned ${this.done}/${total} files${pct}, ${formatBytes(this.bytes)}, ${findings}, ${formatSeconds(now - this.started)}`;
    }
}
function formatBytes(n) {
    const units = ['B', 'KB', 'MB', 'GB', 'TB'];
    let i = 0;
    let v = n;
    while (v >= 1000 && i < units.length - 1) {
        v /= 1000;
        i++;
    }
    return `${i === 0 ? v : v.toFixed(1)} ${units[i]}`;
}
function formatSeconds(ms) {
    const s = Math.floor(ms / 1000);
    return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}

;// CONCATENATED MODULE: ./lib/config/types.js
/** Bad configuration: `message` is one line naming the file and the key. */
class ConfigError extends Error {
    name = 'ConfigError';
}

;// CONCATENATED MODULE: ./lib/config/report-edit.js
/**
 * The result for `file` in the report, created (status `ignored`: not a model)
 * when the scan did not cover it — a configuration or checksum file that a
 * finding must point at, so SARIF always has a location.
 */
function fileFor(report, file, absolutePath, size = 0) {
    const existing = report.files.find((f) => f.file === file);
    if (existing)
        return existing;
    const created = { file, absolutePath, size, formats: [], status: 'ignored', reasons: [], findings: [], durationMs: 0 };
    report.files.push(created);
    return created;
}
/** Moves findings of a file that `decide` suppresses into `suppressed`. */
function suppressWhere(file, decide) {
    const kept = [];
    for (const finding of file.findings) {
        const suppression = decide(finding);
        if (suppression)
            (file.suppressed ??= []).push({ ...finding, suppression });
        else
            kept.push(finding);
    }
    file.findings = kept;
}
/** Every suppressed finding of a report (config and baseline). */
function suppressedFindings(report) {
    return report.files.flatMap((f) => f.suppressed ?? []);
}

;// CONCATENATED MODULE: ./lib/integrity/hash.js


const hash_CHUNK = 1024 * 1024;
/** SHA-256 (lower-case hex) of a file on disk, read in 1 MiB chunks. */
function sha256File(path) {
    const hash = (0,external_node_crypto_namespaceObject.createHash)('sha256');
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    try {
        const buffer = Buffer.allocUnsafe(hash_CHUNK);
        for (;;) {
            const n = (0,external_node_fs_.readSync)(fd, buffer, 0, hash_CHUNK, null);
            if (n === 0)
                break;
            hash.update(buffer.subarray(0, n));
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    return hash.digest('hex');
}

;// CONCATENATED MODULE: ./lib/integrity/checksums.js





const CHECKSUM_RULE = 'integrity/checksum-mismatch';
/** `sha256sum` output: `<64 hex><space><space or *><path>`; blank lines and `#` comments are skipped. */
function parseChecksums(text, name) {
    const entries = [];
    text.split(/\r?\n/).forEach((raw, index) => {
        const line = raw.trimEnd();
        if (!line.trim() || line.trimStart().startsWith('#'))
            return;
        // GNU escapes names with backslashes or newlines by prefixing the line with '\'.
        const escaped = line.startsWith('\\');
        const m = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(escaped ? line.slice(1) : line);
        if (!m)
            throw new ConfigError(`checksums ${name}: line ${index + 1}: expected "<sha256>  <file>" (sha256sum format)`);
        const path = escaped ? m[2].replace(/\\(\\|n|r)/g, (_, c) => (c === 'n' ? '\n' : c === 'r' ? '\r' : '\\')) : m[2];
        entries.push({ sha256: m[1].toLowerCase(), path, line: index + 1 });
    });
    return entries;
}
function loadChecksums(root, name) {
    const path = (0,external_node_path_.resolve)(root, name);
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        throw new ConfigError(`checksums ${name}: ${code === 'ENOENT' ? 'file not found' : error instanceof Error ? error.message : String(error)}`);
    }
    return { path, name, entries: parseChecksums(text, name) };
}
/**
 * Verifies every listed file (paths relative to the list's folder, as
 * `sha256sum -c` run there expects). A mismatch is a finding on the file; a
 * missing file is a finding on the list. Mutates and returns the report;
 * digests computed here are recorded on scanned files.
 */
function verifyChecksums(report, list) {
    const base = (0,external_node_path_.dirname)(list.path);
    const listDisplay = displayOf(report.root, list.path);
    for (const entry of list.entries) {
        const absolute = (0,external_node_path_.resolve)(base, entry.path);
        const display = displayOf(report.root, absolute);
        const scanned = report.files.find((f) => f.absolutePath === absolute || f.file === display);
        if (!(0,external_node_fs_.existsSync)(absolute) || !(0,external_node_fs_.statSync)(absolute).isFile()) {
            const finding = {
                ruleId: CHECKSUM_RULE,
                severity: 'high',
                file: listDisplay,
                format: 'checksums',
                message: `${entry.path} is listed in ${list.name} (line ${entry.line}) but does not exist.`,
                properties: { listed: entry.path, expected: entry.sha256, line: entry.line },
            };
            fileFor(report, listDisplay, list.path).findings.push(finding);
            continue;
        }
        const actual = scanned?.sha256 ?? sha256File(absolute);
        if (scanned && !scanned.sha256)
            scanned.sha256 = actual;
        if (actual === entry.sha256)
            continue;
        const target = scanned ?? fileFor(report, display, absolute, (0,external_node_fs_.statSync)(absolute).size);
        target.findings.push({
            ruleId: CHECKSUM_RULE,
            severity: 'high',
            file: target.file,
            format: 'checksums',
            message: `The SHA-256 of this file is ${actual}, but ${list.name} (line ${entry.line}) records ${entry.sha256}: the file changed after the list was made.`,
            properties: { expected: entry.sha256, actual, list: list.name, line: entry.line },
        });
    }
    return report;
}
/** Adds `sha256` to every file scanned from disk that lacks one. */
function hashScannedFiles(report) {
    for (const file of report.files) {
        if (file.sha256 || file.status === 'ignored' || file.status === 'error')
            continue;
        if (/^[a-z][a-z0-9+.-]*:\/\//i.test(file.absolutePath))
            continue;
        try {
            file.sha256 = sha256File(file.absolutePath);
        }
        catch {
            // Unreadable now: the scan already said so.
        }
    }
    return report;
}
function displayOf(root, path) {
    const rel = (0,external_node_path_.relative)(root, path);
    if (!rel || rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel))
        return path.split(external_node_path_.sep).join('/');
    return rel.split(external_node_path_.sep).join('/');
}

;// CONCATENATED MODULE: ./lib/config/apply.js






const STALE_SUPPRESSION_RULE = 'config/stale-suppression';
/** The policy a configuration asks for (the default policy when there is none). */
function policyFromConfig(config) {
    return buildPolicy(additionsOf(config));
}
function additionsOf(config) {
    return { allow: config?.pickle?.allow ?? [], deny: config?.pickle?.deny ?? [], severity: config?.severity ?? {} };
}
/**
 * After the scan: configured deny severities, then suppressions. Suppressed
 * findings move to `FileResult.suppressed` (out of the gate); expired,
 * outdated and unused suppressions become `config/stale-suppression` findings
 * on the configuration file. Mutates and returns the report.
 */
function applyConfig(report, loaded, options = {}) {
    const { config } = loaded;
    const additions = additionsOf(config);
    for (const file of report.files) {
        for (const finding of file.findings) {
            const severity = configuredDenySeverity(additions, finding);
            if (!severity)
                continue;
            finding.severity = severity;
            finding.properties = { ...finding.properties, category: 'configured' };
            const reason = String(finding.properties.reason ?? '').replace(/ \(denied by the scan configuration\)$/, '');
            finding.message = `Loading this file imports ${finding.callable}, which the scan configuration denies: ${reason}.`;
        }
    }
    const suppressions = config.suppressions ?? [];
    if (suppressions.length === 0)
        return report;
    const today = (options.now ?? new Date()).toISOString().slice(0, 10);
    const state = suppressions.map((s) => ({
        s,
        matchesFile: fileMatcher(s.file),
        expired: s.expires !== undefined && s.expires < today,
        used: 0,
        sawFile: false,
        hashMismatch: undefined,
    }));
    const hashes = new Map();
    const hashOf = (file) => {
        if (file.sha256)
            return file.sha256;
        if (!hashes.has(file)) {
            let digest;
            try {
                digest = /^[a-z][a-z0-9+.-]*:\/\//i.test(file.absolutePath) ? undefined : sha256File(file.absolutePath);
            }
            catch {
                digest = undefined;
            }
            hashes.set(file, digest);
        }
        return hashes.get(file);
    };
    for (const file of report.files) {
        const applicable = state.filter((st) => st.matchesFile(file.file));
        if (applicable.length === 0)
            continue;
        for (const st of applicable) {
            st.sawFile = true;
            if (st.expired || !st.s.sha256)
                continue;
            const actual = hashOf(file);
            if (actual?.toLowerCase() !== st.s.sha256.toLowerCase())
                st.hashMismatch = actual ?? 'unknown';
        }
        suppressWhere(file, (finding) => {
            for (const st of applicable) {
                if (st.expired || st.hashMismatch !== undefined)
                    continue;
                if (st.s.rule !== finding.ruleId)
                    continue;
                if (st.s.callable !== undefined && st.s.callable !== finding.callable)
                    continue;
                st.used++;
                return { kind: 'config', justification: st.s.reason, ...(st.s.expires !== undefined && { expires: st.s.expires }) };
            }
            return undefined;
        });
    }
    const stale = [];
    const severityFor = (fallback) => config.severity?.[STALE_SUPPRESSION_RULE] ?? fallback;
    state.forEach((st, index) => {
        const where = `suppressions[${index}] (${st.s.rule} on ${st.s.file})`;
        let message;
        let severity = 'medium';
        if (st.expired) {
            message = `The suppression ${where} expired on ${st.s.expires}: its findings count again. Renew it with a reason or fix the file.`;
        }
        else if (st.hashMismatch !== undefined) {
            message = `The suppression ${where} is for a file whose SHA-256 was ${st.s.sha256}; the file has changed, so the suppression no longer applies.`;
        }
        else if (st.used === 0) {
            severity = 'low';
            if (st.sawFile) {
                message = `The suppression ${where} matches no finding: remove it, so it cannot hide a future finding.`;
            }
            else if (options.partial) {
                return; // Its file was not part of this scan.
            }
            else if (isGlob(st.s.file)) {
                message = `The suppression ${where} matches no scanned file: remove it.`;
            }
            else if ((0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(report.root, st.s.file))) {
                return; // The file exists but was not scanned (path globs, ignore): nothing to say.
            }
            else {
                message = `The suppression ${where} names a file that does not exist: remove it.`;
            }
        }
        if (!message)
            return;
        stale.push({
            ruleId: STALE_SUPPRESSION_RULE,
            severity: severityFor(severity),
            file: loaded.displayPath,
            format: 'modelscan-config',
            message,
            properties: { suppression: index, rule: st.s.rule, target: st.s.file, ...(st.s.expires !== undefined && { expires: st.s.expires }) },
        });
    });
    if (stale.length > 0) {
        const target = fileFor(report, loaded.displayPath, loaded.path, loaded.size);
        target.findings.push(...stale);
    }
    return report;
}
function isGlob(pattern) {
    return node_modules_picomatch.scan(pattern).isGlob;
}
function fileMatcher(pattern) {
    const clean = pattern.replace(/^\.\//, '');
    if (!isGlob(clean))
        return (file) => file === clean;
    const match = node_modules_picomatch(clean, { dot: true });
    return (file) => match(file);
}

;// CONCATENATED MODULE: ./lib/config/baseline.js





/** Reads a SARIF file written by this tool. Throws ConfigError (one line) when it is not one. */
function loadBaseline(path, name) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        throw new ConfigError(`baseline ${name}: ${code === 'ENOENT' ? 'file not found' : error instanceof Error ? error.message : String(error)}`);
    }
    let log;
    try {
        log = JSON.parse(text);
    }
    catch (error) {
        throw new ConfigError(`baseline ${name}: not JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
    const runs = log.runs;
    if (!Array.isArray(runs))
        throw new ConfigError(`baseline ${name}: not a SARIF log (no "runs" list)`);
    const fingerprints = new Set();
    for (const run of runs) {
        const results = run?.results;
        if (!Array.isArray(results))
            continue;
        for (const result of results) {
            const id = result?.partialFingerprints?.[FINGERPRINT_KEY];
            if (typeof id === 'string')
                fingerprints.add(id);
        }
    }
    return { name, fingerprints };
}
/** Moves findings already in the baseline out of the gate (kind `baseline`). Mutates and returns the report. */
function applyBaseline(report, baseline) {
    for (const file of report.files) {
        suppressWhere(file, (finding) => baseline.fingerprints.has(fingerprint(finding)) ? { kind: 'baseline', justification: `already in the baseline ${baseline.name}` } : undefined);
    }
    return report;
}

;// CONCATENATED MODULE: ./lib/config/schema.js
/**
 * JSON Schema (draft-07) of `.modelscan.yml`. The committed copy at
 * `schema/modelscan-config.schema.json` is this object, byte for byte
 * (a test keeps them equal): editors use the file, the runtime uses this.
 *
 * `description` texts double as the "expected …" part of error messages, so
 * keep them short and phrased as what a valid value looks like.
 */
const CONFIG_SCHEMA_ID = 'https://github.com/modelscan-action/modelscan-action/schema/modelscan-config.schema.json';
const MODULE = {
    type: 'string',
    pattern: '^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$',
    description: 'a dotted Python module name such as mypkg.layers',
};
const NAME = {
    type: 'string',
    pattern: '^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$',
    description: 'a Python name (class or function) such as CustomLayer',
};
const SEVERITY = { type: 'string', enum: ['critical', 'high', 'medium', 'low'], description: 'one of critical, high, medium, low' };
const DATE = {
    type: 'string',
    pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
    description: 'a date written YYYY-MM-DD',
};
const CONFIG_SCHEMA = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: CONFIG_SCHEMA_ID,
    title: 'modelscan-action configuration (.modelscan.yml)',
    description: 'Policy for modelscan-action: extra allowed and denied pickle globals, severity overrides, ignored paths and suppressions.',
    type: 'object',
    additionalProperties: false,
    properties: {
        version: { const: 1, description: 'the configuration format version, 1' },
        pickle: {
            type: 'object',
            description: 'a mapping with allow and deny lists',
            additionalProperties: false,
            properties: {
                allow: {
                    type: 'array',
                    description: 'a list of { module, name, reason } entries',
                    items: {
                        type: 'object',
                        description: 'a mapping with module and name',
                        additionalProperties: false,
                        required: ['module', 'name'],
                        properties: {
                            module: MODULE,
                            name: NAME,
                            reason: { type: 'string', description: 'text explaining why the global is safe' },
                        },
                    },
                },
                deny: {
                    type: 'array',
                    description: 'a list of { module, name, severity, reason } entries',
                    items: {
                        type: 'object',
                        description: 'a mapping with module, severity and optionally name',
                        additionalProperties: false,
                        required: ['module', 'severity'],
                        properties: {
                            module: MODULE,
                            name: { ...NAME, description: 'a Python name; leave it out to deny the whole module' },
                            severity: SEVERITY,
                            reason: { type: 'string', minLength: 1, description: 'text saying what the callable does' },
                        },
                    },
                },
            },
        },
        severity: {
            type: 'object',
            description: 'a mapping from rule id to severity',
            propertyNames: { pattern: '^[a-z0-9-]+/[a-z0-9-]+$', description: 'a rule id such as pickle/unknown-import' },
            additionalProperties: SEVERITY,
        },
        ignore: {
            type: 'array',
            description: 'a list of globs relative to the scan root',
            items: { type: 'string', minLength: 1, description: 'a glob such as legacy/**' },
        },
        suppressions: {
            type: 'array',
            description: 'a list of { file, rule, reason } entries',
            items: {
                type: 'object',
                description: 'a mapping with file, rule and reason',
                additionalProperties: false,
                required: ['file', 'rule', 'reason'],
                properties: {
                    file: { type: 'string', minLength: 1, description: 'a path (or glob) relative to the scan root' },
                    sha256: { type: 'string', pattern: '^[0-9a-fA-F]{64}$', description: 'the 64 hex digits of the file\'s SHA-256' },
                    rule: { type: 'string', pattern: '^[a-z0-9-]+/[a-z0-9-]+$', description: 'a rule id such as pickle/unknown-import' },
                    callable: { type: 'string', minLength: 1, description: 'the callable the finding names, such as mypkg.build' },
                    reason: { type: 'string', minLength: 1, description: 'non-empty text saying why the finding is accepted' },
                    expires: DATE,
                },
            },
        },
    },
};

;// CONCATENATED MODULE: ./lib/config/load.js





/** Names looked for at the scan root, in this order. */
const CONFIG_FILE_NAMES = ['.modelscan.yml', '.modelscan.yaml'];
/**
 * The configuration for a scan: the file given explicitly (which must exist),
 * else `.modelscan.yml` / `.modelscan.yaml` at the root, else none.
 * Throws ConfigError with one line naming the file and the key.
 */
async function loadConfig(root, explicit) {
    let path;
    if (explicit) {
        path = (0,external_node_path_.resolve)(root, explicit);
        if (!(0,external_node_fs_.existsSync)(path))
            throw new ConfigError(`${explicit}: configuration file not found`);
    }
    else {
        const found = CONFIG_FILE_NAMES.map((name) => (0,external_node_path_.resolve)(root, name)).filter((p) => (0,external_node_fs_.existsSync)(p));
        if (found.length > 1)
            throw new ConfigError(`both ${CONFIG_FILE_NAMES.join(' and ')} exist at the scan root: keep one`);
        path = found[0];
    }
    if (!path)
        return undefined;
    const displayPath = load_displayOf(root, path);
    let text;
    let size;
    try {
        if ((0,external_node_fs_.statSync)(path).isDirectory())
            throw new Error('is a folder, not a file');
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
        size = (0,external_node_fs_.statSync)(path).size;
    }
    catch (error) {
        throw new ConfigError(`${displayPath}: cannot read: ${error instanceof Error ? error.message : String(error)}`);
    }
    const config = await parseConfig(text, displayPath);
    return { config, path, displayPath, size };
}
/** Parses and validates configuration text; `name` prefixes every error. */
async function parseConfig(text, name) {
    const { LineCounter, parseDocument } = await __nccwpck_require__.e(/* import() */ 207).then(__nccwpck_require__.t.bind(__nccwpck_require__, 7207, 19));
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
    const first = doc.errors[0];
    if (first) {
        const at = first.linePos?.[0];
        const where = at ? ` (line ${at.line}, column ${at.col})` : '';
        throw new ConfigError(`${name}: invalid YAML: ${firstLine(first.message)}${where}`);
    }
    const value = doc.toJS({ maxAliasCount: 100 }) ?? {};
    const lineOf = (path) => {
        const node = doc.getIn(path, true);
        const start = node?.range?.[0] ?? keyNode(doc, path)?.range?.[0];
        return start === undefined ? undefined : lines.linePos(start).line;
    };
    const problem = await validate(value);
    if (problem) {
        const line = lineOf(problem.path) ?? lineOf(problem.path.slice(0, -1));
        throw new ConfigError(`${name}: ${problem.text}${line ? ` (line ${line})` : ''}`);
    }
    const config = value;
    // What the schema cannot know: rule ids that exist, dates that exist.
    for (const rule of Object.keys(config.severity ?? {})) {
        if (!RULES.has(rule))
            throw new ConfigError(`${name}: severity.${rule}: unknown rule id${lineSuffix(lineOf(['severity', rule]))}`);
    }
    for (const [i, s] of (config.suppressions ?? []).entries()) {
        if (!RULES.has(s.rule))
            throw new ConfigError(`${name}: suppressions[${i}].rule: unknown rule id "${s.rule}"${lineSuffix(lineOf(['suppressions', i, 'rule']))}`);
        if (s.expires !== undefined && !isRealDate(s.expires)) {
            throw new ConfigError(`${name}: suppressions[${i}].expires: "${s.expires}" is not a date${lineSuffix(lineOf(['suppressions', i, 'expires']))}`);
        }
    }
    return config;
}
function lineSuffix(line) {
    return line ? ` (line ${line})` : '';
}
let compiled;
/** Ajv is loaded (and the schema compiled) only when a configuration exists. */
async function validator() {
    if (compiled)
        return compiled;
    const mod = (await __nccwpck_require__.e(/* import() */ 615).then(__nccwpck_require__.t.bind(__nccwpck_require__, 7615, 19)));
    const Ajv = (mod.default.default ?? mod.default);
    compiled = new Ajv({ allErrors: false, verbose: true, strict: true }).compile(CONFIG_SCHEMA);
    return compiled;
}
async function validate(value) {
    const check = await validator();
    if (check(value))
        return undefined;
    const error = check.errors?.[0];
    if (!error)
        return { path: [], text: 'invalid configuration' };
    return load_describe(error);
}
/** One Ajv error as `key.path: what is wrong`. */
function load_describe(error) {
    const path = error.instancePath
        .split('/')
        .slice(1)
        .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    const expected = error.parentSchema?.description;
    const params = error.params;
    switch (error.keyword) {
        case 'required':
            return at([...path, String(params.missingProperty)], 'required');
        case 'additionalProperties': {
            const known = Object.keys(error.parentSchema?.properties ?? {});
            return at([...path, String(params.additionalProperty)], `unknown key${known.length ? ` (expected one of: ${known.join(', ')})` : ''}`);
        }
        case 'propertyNames':
            return at([...path, String(params.propertyName)], 'invalid key');
        case 'type':
            return at(path, `must be ${article(String(params.type))}${expected ? ` (${expected})` : ''}`);
        case 'enum':
        case 'const':
            return at(path, `invalid value ${show(error.data)}${expected ? `: expected ${expected}` : ''}`);
        default:
            return at(path, `invalid value ${show(error.data)}${expected ? `: expected ${expected}` : ''}`);
    }
}
function at(path, text) {
    return { path, text: `${formatPath(path) || '(top level)'}: ${text}` };
}
/** `suppressions[0].reason`, `severity["pickle/unknown-import"]` stays readable as `severity.pickle/unknown-import`. */
function formatPath(path) {
    let out = '';
    for (const part of path)
        out += typeof part === 'number' ? `[${part}]` : out ? `.${part}` : part;
    return out;
}
function article(type) {
    if (type === 'object')
        return 'a mapping';
    if (type === 'array')
        return 'a list';
    return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
function show(value) {
    const text = typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
    return text === undefined ? 'undefined' : text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
function firstLine(text) {
    return text.split('\n')[0].trim();
}
function keyNode(doc, path) {
    if (path.length === 0)
        return undefined;
    const parent = doc.getIn(path.slice(0, -1), true);
    const last = path[path.length - 1];
    return parent?.items?.find((pair) => pair.key?.value === last)?.key;
}
function isRealDate(text) {
    const date = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
function load_displayOf(root, path) {
    const rel = (0,external_node_path_.relative)(root, path);
    if (!rel || rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel))
        return path.split(external_node_path_.sep).join('/');
    return rel.split(external_node_path_.sep).join('/');
}

;// CONCATENATED MODULE: ./lib/config/pipeline.js





async function loadPolicySetup(root, request) {
    const config = await loadConfig(root, request.config || undefined);
    const setup = {
        policy: policyFromConfig(config?.config),
        ignore: config?.config.ignore ?? [],
        hash: request.hash ?? false,
    };
    if (config)
        setup.config = config;
    if (request.baseline)
        setup.baseline = loadBaseline((0,external_node_path_.resolve)(root, request.baseline), request.baseline);
    if (request.checksums)
        setup.checksums = loadChecksums(root, request.checksums);
    return setup;
}
/** Hashes, checksums, configured severities and suppressions, stale suppressions, then the baseline. Mutates the report. */
function applyPolicySetup(report, setup, options = {}) {
    if (setup.hash)
        hashScannedFiles(report);
    if (setup.checksums)
        verifyChecksums(report, setup.checksums);
    const overrides = setup.policy.severityOverrides;
    for (const file of report.files) {
        for (const finding of file.findings) {
            if (finding.ruleId === CHECKSUM_RULE && overrides[CHECKSUM_RULE])
                finding.severity = overrides[CHECKSUM_RULE];
        }
    }
    if (setup.config)
        applyConfig(report, setup.config, options);
    if (overrides[STALE_SUPPRESSION_RULE]) {
        for (const f of report.files.flatMap((x) => x.findings))
            if (f.ruleId === STALE_SUPPRESSION_RULE)
                f.severity = overrides[STALE_SUPPRESSION_RULE];
    }
    if (setup.baseline)
        applyBaseline(report, setup.baseline);
    return report;
}

;// CONCATENATED MODULE: ./lib/config/init.js


/** The commented starter file `modelscan-action init` writes. It validates as is (tested). */
const STARTER_CONFIG = `# modelscan-action configuration. Every key is optional.
# Schema: schema/modelscan-config.schema.json in the modelscan-action repository.
# Found automatically at the scan root as .modelscan.yml (or .modelscan.yaml),
# or given with --config (CLI) / the \`config\` input (action).
version: 1

pickle:
  # Globals your own models import, allowed by exact module and name.
  # An allow entry never overrides a name the scanner denies (os.system stays denied).
  allow: []
  #  - module: mypkg.layers
  #    name: CustomLayer
  #    reason: our own layer class, reviewed

  # Globals to treat as dangerous, with the severity to report them at.
  # Leave out \`name\` to deny a whole module (and its submodules).
  deny: []
  #  - module: mypkg.unsafe
  #    name: run_hook
  #    severity: high
  #    reason: runs arbitrary hooks

# Severity per rule id (critical, high, medium, low).
severity: {}
#  pickle/unknown-import: high

# Globs (relative to the scan root) of files never to scan.
ignore: []
#  - third_party/**

# Accepted findings. Suppressed findings stay in the reports (SARIF marks them
# suppressed) but never fail the gate. Expired, outdated (sha256 differs) and
# unused suppressions are reported as config/stale-suppression.
suppressions: []
#  - file: models/legacy.pkl
#    sha256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
#    rule: pickle/unknown-import
#    callable: legacy_pkg.Model
#    reason: reviewed in SEC-123; replaced by safetensors next release
#    expires: 2026-12-31
`;
/** Writes the starter file; refuses to overwrite an existing one. */
function writeStarterConfig(path, display) {
    if ((0,external_node_fs_.existsSync)(path))
        throw new ConfigError(`${display} already exists: not overwriting it`);
    (0,external_node_fs_.writeFileSync)(path, STARTER_CONFIG, { flag: 'wx' });
}

;// CONCATENATED MODULE: ./lib/hub/client.js
/**
 * A small Hugging Face Hub HTTP client: JSON API calls and byte-range reads,
 * with bounded retries on 429 / 5xx / network errors, and one-line errors.
 * Node's built-in fetch; redirects followed by hand so the token is only
 * ever sent to the Hub endpoint itself, never to the CDN a file redirects to.
 */
const DEFAULT_HF_ENDPOINT = 'https://huggingface.co';
/** A failure the user can act on, as one line (no stack trace is ever shown for it). */
class HubError extends Error {
    status;
    name = 'HubError';
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
/** HF_ENDPOINT and HF_TOKEN, as the official clients read them (HUGGING_FACE_HUB_TOKEN is the older name). */
function hubOptionsFromEnv(env) {
    const options = {};
    const endpoint = env.HF_ENDPOINT?.trim();
    if (endpoint)
        options.endpoint = endpoint;
    const token = (env.HF_TOKEN ?? env.HUGGING_FACE_HUB_TOKEN)?.trim();
    if (token)
        options.token = token;
    return options;
}
const MAX_REDIRECTS = 10;
class HubClient {
    endpoint;
    origin;
    token;
    retries;
    backoffMs;
    maxBackoffMs;
    timeoutMs;
    fetchImpl;
    /** Requests made (tests, diagnostics). */
    requests = 0;
    constructor(options = {}) {
        const endpoint = (options.endpoint ?? DEFAULT_HF_ENDPOINT).replace(/\/+$/, '');
        let url;
        try {
            url = new URL(endpoint);
        }
        catch {
            throw new HubError(`HF_ENDPOINT "${endpoint}" is not a URL`);
        }
        if (url.protocol !== 'https:' && url.protocol !== 'http:')
            throw new HubError(`HF_ENDPOINT "${endpoint}" is not an http(s) URL`);
        this.endpoint = endpoint;
        this.origin = url.origin;
        this.token = options.token;
        this.retries = Math.max(0, options.retries ?? 4);
        this.backoffMs = options.backoffMs ?? 500;
        this.maxBackoffMs = options.maxBackoffMs ?? 30_000;
        this.timeoutMs = options.timeoutMs ?? 60_000;
        this.fetchImpl = options.fetch ?? fetch;
    }
    /** GET a JSON document; returns it with the next-page URL from the Link header, if any. */
    async getJson(url, what) {
        const response = await this.request(url, {}, what);
        let body;
        try {
            body = await response.json();
        }
        catch {
            throw new HubError(`${what}: the Hub answered with something that is not JSON`);
        }
        const next = nextLink(response.headers.get('link'), response.url || url);
        return next ? { body, next } : { body };
    }
    /** Bytes [start, end) of a file URL (a Range request; redirects followed). */
    async getRange(url, start, end, what) {
        const want = end - start;
        if (want <= 0)
            return new Uint8Array(0);
        const response = await this.request(url, { Range: `bytes=${start}-${end - 1}` }, what);
        if (response.status === 206) {
            const range = /^bytes (\d+)-(\d+)\//.exec(response.headers.get('content-range') ?? '');
            if (range && Number(range[1]) !== start)
                throw new HubError(`${what}: the server returned bytes from ${range[1]} instead of ${start}`);
            const bytes = new Uint8Array(await response.arrayBuffer());
            if (bytes.length < want)
                throw new HubError(`${what}: the server returned ${bytes.length} bytes instead of ${want} (file shorter than listed?)`);
            return bytes.length === want ? bytes : bytes.subarray(0, want);
        }
        // 200: the server ignored Range. Acceptable only from the start of the file: read what we need, drop the rest.
        if (start !== 0 || !response.body) {
            await response.body?.cancel();
            throw new HubError(`${what}: the server does not support range requests`);
        }
        const out = new Uint8Array(want);
        let got = 0;
        const reader = response.body.getReader();
        while (got < want) {
            const { done, value } = await reader.read();
            if (done)
                break;
            const take = Math.min(value.length, want - got);
            out.set(value.subarray(0, take), got);
            got += take;
        }
        await reader.cancel().catch(() => undefined);
        if (got < want)
            throw new HubError(`${what}: the file is shorter than listed (${got} of ${want} bytes)`);
        return out;
    }
    /** One GET, following redirects, retrying what is worth retrying. Throws HubError on anything but 2xx. */
    async request(url, headers, what) {
        for (let attempt = 0;; attempt++) {
            let response;
            try {
                response = await this.follow(url, headers);
            }
            catch (error) {
                if (error instanceof HubError)
                    throw error;
                if (attempt < this.retries) {
                    await sleep(this.delay(attempt));
                    continue;
                }
                throw new HubError(`${what}: cannot reach ${hostOf(url)}: ${networkReason(error)}`);
            }
            if (response.ok)
                return response;
            const retryable = response.status === 429 || response.status >= 500;
            if (retryable && attempt < this.retries) {
                await response.body?.cancel().catch(() => undefined);
                await sleep(this.delay(attempt, response.headers.get('retry-after')));
                continue;
            }
            const code = response.headers.get('x-error-code') ?? '';
            const detail = (response.headers.get('x-error-message') ?? '').split('\n')[0].slice(0, 200);
            await response.body?.cancel().catch(() => undefined);
            throw new HubError(`${what}: ${explain(response.status, code, Boolean(this.token))}${detail ? ` (${detail})` : ''}`, response.status);
        }
    }
    async follow(url, headers) {
        let current = url;
        for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
            const sameOrigin = new URL(current).origin === this.origin;
            this.requests++;
            const response = await this.fetchImpl(current, {
                redirect: 'manual',
                headers: {
                    ...headers,
                    'User-Agent': 'modelscan-action',
                    ...(this.token && sameOrigin ? { Authorization: `Bearer ${this.token}` } : {}),
                },
                signal: AbortSignal.timeout(this.timeoutMs),
            });
            const location = response.headers.get('location');
            if (response.status >= 300 && response.status < 400 && location) {
                await response.body?.cancel().catch(() => undefined);
                current = new URL(location, current).toString();
                continue;
            }
            return response;
        }
        throw new HubError(`too many redirects from ${hostOf(url)}`);
    }
    delay(attempt, retryAfter) {
        const seconds = retryAfter ? Number(retryAfter) : Number.NaN;
        const base = Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : this.backoffMs * 2 ** attempt;
        return Math.min(base, this.maxBackoffMs);
    }
}
function explain(status, code, hasToken) {
    if (status === 401 || status === 403) {
        return hasToken
            ? `HTTP ${status}: access denied: the repository is private or gated and HF_TOKEN has no access to it`
            : `HTTP ${status}: authentication required: the repository is private or gated, or does not exist; set HF_TOKEN`;
    }
    if (status === 404) {
        if (code === 'RevisionNotFound')
            return 'HTTP 404: revision not found';
        if (code === 'EntryNotFound')
            return 'HTTP 404: file not found at this revision';
        return 'HTTP 404: repository or revision not found';
    }
    if (status === 429)
        return 'HTTP 429: rate limited by the Hub after retries; try again later, or set HF_TOKEN for a higher limit';
    if (status === 416)
        return 'HTTP 416: range not satisfiable (the file is shorter than listed)';
    if (status >= 500)
        return `HTTP ${status}: the Hub had a server error (after retries)`;
    return `HTTP ${status}`;
}
function hostOf(url) {
    try {
        return new URL(url).host;
    }
    catch {
        return url;
    }
}
function networkReason(error) {
    const cause = error.cause;
    if (cause?.code)
        return cause.code;
    if (error.name === 'TimeoutError')
        return 'timed out';
    return cause?.message ?? (error instanceof Error ? error.message : String(error));
}
/** The `rel="next"` target of a Link header (how the Hub paginates tree listings). */
function nextLink(header, base) {
    if (!header)
        return undefined;
    for (const part of header.split(',')) {
        const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
        if (m)
            return new URL(m[1], base).toString();
    }
    return undefined;
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}

;// CONCATENATED MODULE: ./lib/hub/source.js
/**
 * Thrown by HubSource.read when bytes are not in the cache yet. Scanners may
 * catch it (they treat any read error as "not fully scanned"), which is fine:
 * the pass is thrown away and rerun once the missing blocks are fetched.
 */
class BytesNotFetched extends Error {
    name = 'BytesNotFetched';
    constructor() {
        super('bytes not fetched yet');
    }
}
/**
 * A remote file as a synchronous ByteSource. `read` answers from a block
 * cache or records what is missing and throws BytesNotFetched; `fetchMissing`
 * then gets those blocks with HTTP Range requests (contiguous blocks in one
 * request, growing read-ahead for forward walks). See src/hub/scan.ts for the
 * scan-fetch-rescan loop that drives it.
 */
class HubSource {
    client;
    url;
    size;
    what;
    blockSize;
    maxBlocks;
    maxFetchBytes;
    maxReadahead;
    /** Block index -> bytes; Map order is LRU order (oldest first). */
    blocks = new Map();
    missing = new Set();
    /** Consecutive fills that continued right after the previous one (a forward walk). */
    streak = 0;
    lastFetchedEnd = -1;
    fetchedBytes = 0;
    /** Once the fetch budget is spent, reads of missing bytes fail for good (the file is reported incomplete). */
    exhausted = false;
    constructor(client, url, size, what, options = {}) {
        this.client = client;
        this.url = url;
        this.size = size;
        this.what = what;
        this.blockSize = options.blockSize ?? 64 * 1024;
        this.maxBlocks = Math.max(4, options.maxBlocks ?? 4096);
        this.maxFetchBytes = options.maxFetchBytes ?? 1024 * 1024 * 1024;
        this.maxReadahead = options.maxReadaheadBlocks ?? 1024;
    }
    read(offset, length) {
        if (offset < 0 || length < 0)
            throw new RangeError(`bad read at ${offset} (${length} bytes)`);
        const end = Math.min(this.size, offset + length);
        if (end <= offset)
            return new Uint8Array(0);
        const first = Math.floor(offset / this.blockSize);
        const last = Math.floor((end - 1) / this.blockSize);
        let absent = false;
        for (let b = first; b <= last; b++) {
            if (!this.blocks.has(b)) {
                absent = true;
                if (!this.exhausted)
                    this.missing.add(b);
            }
        }
        if (absent) {
            if (this.exhausted) {
                throw new Error(`reading this file over HTTP needs more than ${Math.round(this.maxFetchBytes / 1048576)} MiB, the limit for remote files`);
            }
            throw new BytesNotFetched();
        }
        if (first === last) {
            const block = this.touch(first);
            const start = offset - first * this.blockSize;
            return block.subarray(start, start + (end - offset));
        }
        const out = new Uint8Array(end - offset);
        for (let b = first; b <= last; b++) {
            const block = this.touch(b);
            const blockStart = b * this.blockSize;
            const from = Math.max(offset, blockStart) - blockStart;
            const to = Math.min(end, blockStart + block.length) - blockStart;
            out.set(block.subarray(from, to), blockStart + from - offset);
        }
        return out;
    }
    /** Whether the last pass asked for bytes that are not cached. */
    get hasMissing() {
        return this.missing.size > 0;
    }
    /** Warms the cache for a byte range (the probe's head and tail) before the first pass. */
    want(offset, length) {
        const end = Math.min(this.size, offset + length);
        for (let b = Math.floor(offset / this.blockSize); b * this.blockSize < end; b++)
            if (!this.blocks.has(b))
                this.missing.add(b);
    }
    /**
     * Fetches every missing block: contiguous runs in one Range request each,
     * extended by a read-ahead that doubles while the scanner walks forward.
     * Returns false (and marks the source exhausted) when the budget is spent.
     */
    async fetchMissing() {
        const wanted = [...this.missing].sort((a, b) => a - b);
        this.missing.clear();
        const lastBlock = Math.max(0, Math.ceil(this.size / this.blockSize) - 1);
        const runs = [];
        for (const b of wanted) {
            const run = runs[runs.length - 1];
            if (run && b === run[1] + 1)
                run[1] = b;
            else
                runs.push([b, b]);
        }
        for (const run of runs) {
            const forward = run[0] * this.blockSize === this.lastFetchedEnd;
            this.streak = forward ? this.streak + 1 : 0;
            const ahead = this.streak > 0 ? Math.min(this.maxReadahead, 2 ** this.streak) : 0;
            let to = Math.min(lastBlock, run[1] + ahead, run[0] + this.maxBlocks / 2 - 1);
            while (to > run[1] && this.blocks.has(to))
                to--;
            const start = run[0] * this.blockSize;
            const end = Math.min(this.size, (to + 1) * this.blockSize);
            if (this.fetchedBytes + (end - start) > this.maxFetchBytes) {
                this.exhausted = true;
                return false;
            }
            const bytes = await this.client.getRange(this.url, start, end, this.what);
            this.fetchedBytes += bytes.length;
            this.lastFetchedEnd = end;
            for (let b = run[0]; b <= to; b++) {
                const from = (b - run[0]) * this.blockSize;
                this.put(b, bytes.subarray(from, Math.min(bytes.length, from + this.blockSize)));
            }
        }
        return true;
    }
    /** Gives up on fetching more: reads of uncached bytes fail with a plain error from now on. */
    exhaust() {
        this.exhausted = true;
        this.missing.clear();
    }
    close() {
        // Keep the cache: a rescan reopens the same source. Dropped with the object.
    }
    touch(b) {
        const block = this.blocks.get(b);
        this.blocks.delete(b);
        this.blocks.set(b, block);
        return block;
    }
    put(b, bytes) {
        this.blocks.delete(b);
        this.blocks.set(b, bytes);
        while (this.blocks.size > this.maxBlocks) {
            const oldest = this.blocks.keys().next().value;
            this.blocks.delete(oldest);
        }
    }
}

;// CONCATENATED MODULE: ./lib/hub/scan.js









/** Parses `org/name[@revision]` (the revision defaults to `main`). Throws HubError naming what is wrong. */
function parseHubRepo(text) {
    const trimmed = text.trim();
    const at = trimmed.indexOf('@');
    const repo = at < 0 ? trimmed : trimmed.slice(0, at);
    const revision = at < 0 ? 'main' : trimmed.slice(at + 1);
    const part = /^[A-Za-z0-9][A-Za-z0-9._-]{0,95}$/;
    const [owner, name, ...rest] = repo.split('/');
    if (!owner || !name || rest.length > 0 || !part.test(owner) || !part.test(name) || name.includes('..')) {
        throw new HubError(`invalid Hugging Face repository "${text}": expected org/name or org/name@revision`);
    }
    if (!revision || /[\s\u0000-\u001f]/.test(revision) || revision.includes('..')) {
        throw new HubError(`invalid revision in "${text}": expected a branch, tag or commit after @`);
    }
    return { repo, revision };
}
const MAX_LISTED_FILES = 100_000;
/** Every file of the repository at the revision: `GET {endpoint}/api/models/{repo}/tree/{revision}?recursive=true`, paginated. */
async function listHubFiles(client, target) {
    const what = `${target.repo}@${target.revision}`;
    let url = `${client.endpoint}/api/models/${target.repo}/tree/${encodeURIComponent(target.revision)}?recursive=true`;
    const files = [];
    const seen = new Set();
    while (url) {
        if (seen.has(url))
            break;
        seen.add(url);
        const page = await client.getJson(url, what);
        if (!Array.isArray(page.body))
            throw new HubError(`${what}: unexpected answer from the Hub (not a file list)`);
        for (const entry of page.body) {
            if (entry?.type !== 'file' || typeof entry.path !== 'string')
                continue;
            const size = entry.lfs?.size ?? entry.size;
            if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0)
                continue;
            const file = { path: entry.path, size };
            if (typeof entry.lfs?.oid === 'string' && /^[0-9a-f]{64}$/i.test(entry.lfs.oid))
                file.sha256 = entry.lfs.oid.toLowerCase();
            files.push(file);
            if (files.length > MAX_LISTED_FILES)
                throw new HubError(`${what}: more than ${MAX_LISTED_FILES} files; scan a narrower revision or use exclude`);
        }
        url = page.next;
    }
    return files;
}
/** Files that are certainly not models and that no scanner reads: not fetched at all. */
const SKIP_EXTENSIONS = new Set([
    '.md', '.txt', '.gitattributes', '.gitignore', '.png', '.jpg', '.jpeg', '.gif', '.svg', '.webp', '.ico', '.pdf',
    '.py', '.ipynb', '.csv', '.tsv', '.parquet', '.arrow', '.wav', '.mp3', '.flac', '.mp4', '.license',
]);
function wantedHubFile(path) {
    const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
    if (base === 'license' || base === 'notice' || base === '.gitattributes')
        return false;
    const dot = base.lastIndexOf('.');
    return dot < 0 || !SKIP_EXTENSIONS.has(base.slice(dot));
}
/**
 * Scans a Hub repository without downloading it: each file is scanned from a
 * range-fetching HubSource. The scanners are synchronous readers, so a pass
 * that asks for bytes not fetched yet is thrown away, the missing blocks are
 * fetched (in one batch), and the file is scanned again — the cache only
 * grows, so this converges in a few passes (head/tail, zip directory, the
 * pickles) and never fetches tensor data a scanner does not read.
 * Listing failures (401, 404, 429, unreachable) throw HubError.
 */
async function scanHubRepo(target, options) {
    const started = external_node_perf_hooks_namespaceObject.performance.now();
    const startedAt = new Date().toISOString();
    const { client } = options;
    const listing = await listHubFiles(client, target);
    const excluded = options.exclude && options.exclude.length > 0 ? node_modules_picomatch([...options.exclude], { dot: true }) : () => false;
    const files = listing.filter((f) => wantedHubFile(f.path) && !excluded(f.path)).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const root = `${client.endpoint}/${target.repo}/blob/${encodeURIComponent(target.revision)}/`;
    const results = [];
    for (const file of files) {
        const result = await scanHubFile(target, file, options);
        results.push(result);
        options.onFile?.(result);
    }
    return {
        tool: { name: TOOL_NAME, version: TOOL_VERSION },
        root,
        startedAt,
        durationMs: external_node_perf_hooks_namespaceObject.performance.now() - started,
        files: results,
        errors: [],
        skipped: [],
    };
}
function resolveUrl(client, target, path) {
    return `${client.endpoint}/${target.repo}/resolve/${encodeURIComponent(target.revision)}/${path.split('/').map(encodeURIComponent).join('/')}`;
}
async function scanHubFile(target, file, options) {
    const { client } = options;
    const url = resolveUrl(client, target, file.path);
    const source = new HubSource(client, url, file.size, `${target.repo}@${target.revision}: ${file.path}`, options.source);
    const candidate = { absolutePath: url, relativePath: file.path, explicit: false };
    const scanOptions = { ...options, root: '', open: () => source };
    delete scanOptions.onFile;
    // What every scan reads first: the probe's head and tail.
    source.want(0, Math.max(PROBE_HEAD_BYTES, source.blockSize));
    source.want(Math.max(0, file.size - PROBE_TAIL_BYTES), PROBE_TAIL_BYTES);
    const maxPasses = options.maxPasses ?? 200;
    let result;
    try {
        for (let pass = 0;; pass++) {
            if (source.hasMissing) {
                if (pass >= maxPasses)
                    source.exhaust();
                else
                    await source.fetchMissing();
            }
            let thrown;
            try {
                result = await scanFile(candidate, scanOptions);
            }
            catch (error) {
                thrown = error;
            }
            if (!source.hasMissing) {
                if (thrown !== undefined && !(thrown instanceof BytesNotFetched))
                    throw thrown;
                break;
            }
        }
    }
    catch (error) {
        const message = error instanceof HubError ? error.message : error instanceof Error ? error.message : String(error);
        return {
            file: file.path,
            absolutePath: url,
            size: file.size,
            formats: [],
            status: 'error',
            reasons: [`cannot read from the Hub: ${message}`],
            findings: [{ ruleId: 'scan/read-error', severity: ruleFor('scan/read-error').severity, file: file.path, format: 'file', message: `The file could not be read from the Hub: ${message}.` }],
            durationMs: 0,
        };
    }
    const out = result;
    out.absolutePath = url;
    if (file.sha256)
        out.sha256 = file.sha256;
    else if (options.hash && out.status !== 'ignored' && file.size <= 64 * 1024 * 1024) {
        out.sha256 = await hashWhole(source, file.size).catch(() => undefined);
    }
    return out;
}
/** SHA-256 of a small remote file, through the same cache. */
async function hashWhole(source, size) {
    for (let pass = 0; pass < 3; pass++) {
        try {
            return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(source.read(0, size)).digest('hex');
        }
        catch (error) {
            if (!(error instanceof BytesNotFetched))
                throw error;
            await source.fetchMissing();
        }
    }
    throw new Error('could not fetch the file');
}

;// CONCATENATED MODULE: ./lib/hub/index.js




/** What the adapters call for `--hf` / `hf-repo`. Throws HubError (one line) on a bad name or an unreachable repository. */
async function scanHub(request) {
    const target = parseHubRepo(request.repo);
    const client = new HubClient({ ...hubOptionsFromEnv(request.env), ...request.client });
    return scanHubRepo(target, {
        client,
        ...(request.policy && { policy: request.policy }),
        ...(request.limits && { limits: request.limits }),
        ...(request.exclude && { exclude: request.exclude }),
        ...(request.hash !== undefined && { hash: request.hash }),
        ...(request.onFile && { onFile: request.onFile }),
    });
}

;// CONCATENATED MODULE: ./lib/cli/main.js
























const defaultIo = () => ({
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    isTty: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    stderrIsTty: Boolean(process.stderr.isTTY),
    cwd: process.cwd(),
});
/** Runs the CLI; returns the process exit code (0 pass, 1 findings, 2 error). */
async function run(argv, io = defaultIo()) {
    let exitCode = 0;
    const program = new Command()
        .name(TOOL_NAME)
        .description('Scan ML model files for code that runs when they are loaded, without loading them.')
        .version(TOOL_VERSION, '-V, --version')
        .exitOverride()
        .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
        .showHelpAfterError('(run with --help for usage)');
    program
        .command('scan', { isDefault: true })
        .description('Scan files and folders (folders are walked recursively).')
        .argument('[paths...]', 'files or folders to scan')
        .option('-p, --path <path...>', 'a file or folder to scan (may be repeated; same as a positional path)')
        .addOption(new Option('--fail-on <severity>', 'exit 1 when a finding is at or above this severity')
        .choices(THRESHOLDS)
        .default('high'))
        .option('--sarif <file>', 'write a SARIF 2.1.0 report to this file')
        .option('--json <file>', 'write a JSON report to this file')
        .addOption(new Option('-f, --format <format>', 'what to print on stdout').choices(OUTPUT_FORMATS).default('text'))
        .option('-c, --config <file>', 'policy configuration file (default: .modelscan.yml or .modelscan.yaml in the current folder, if present)')
        .option('--baseline <sarif>', 'a SARIF report of an earlier run: only findings not in it count')
        .option('--hash', 'record the SHA-256 of every scanned file in the JSON and SARIF reports (reads every byte)')
        .option('--checksums <file>', 'verify files against this sha256sum-format list (paths relative to its folder)')
        .option('--hf <org/name[@revision]>', 'scan a Hugging Face Hub model repository in place (range requests; HF_TOKEN, HF_ENDPOINT honoured)')
        .option('-e, --exclude <glob...>', 'leave out files matching these globs (relative to the current folder)')
        .option('--limit <name=value>', `change a resource limit (repeatable), e.g. --limit maxDepth=3 --limit maxMemberBytes=1GiB; limits: ${Object.keys(DEFAULT_LIMITS).join(', ')}`, (value, previous = []) => [...previous, value])
        .option('--category <id>', 'SARIF automationDetails category', 'modelscan')
        .option('--shard <i/n>', 'scan only shard i of n (by a hash of each path); merge the shards\' SARIF files with `merge`', shardOption)
        .option('--no-progress', 'no progress on stderr (a live line on a terminal, a line every 10 s in CI logs)')
        .option('-q, --quiet', 'print only findings at or above the threshold and the verdict')
        .option('--no-color', 'never colour the output')
        .action(async (paths, flags) => {
        exitCode = await scanCommand([...paths, ...(flags.path ?? [])], flags, io);
    });
    program
        .command('init')
        .description('Write a commented starter configuration (.modelscan.yml); never overwrites.')
        .argument('[file]', 'where to write it', '.modelscan.yml')
        .action((file) => {
        try {
            writeStarterConfig((0,external_node_path_.resolve)(io.cwd, file), file);
            io.stdout(`Wrote ${file}: edit it, commit it, and the next scan applies it.\n`);
        }
        catch (error) {
            io.stderr(`${TOOL_NAME}: ${error instanceof Error ? error.message : String(error)}\n`);
            exitCode = EXIT_ERROR;
        }
    });
    program
        .command('merge')
        .description('Merge the SARIF files of a sharded scan (--shard i/n) into one run and apply the gate once.')
        .argument('<inputs...>', 'SARIF files, or folders holding them (*.sarif, *.sarif.json)')
        .addOption(new Option('--fail-on <severity>', 'exit 1 when a finding is at or above this severity')
        .choices(THRESHOLDS)
        .default('high'))
        .option('--sarif <file>', 'write the merged SARIF 2.1.0 report to this file')
        .addOption(new Option('-f, --format <format>', 'what to print on stdout').choices(OUTPUT_FORMATS).default('text'))
        .option('--category <id>', 'SARIF category of the merged run (default: the shards\' category)')
        .option('--expect <count>', 'fail unless this many SARIF files are found (the number of shards)', countOption)
        .action((inputs, flags) => {
        exitCode = mergeCommand(inputs, flags, io);
    });
    try {
        await program.parseAsync([...argv], { from: 'user' });
    }
    catch (error) {
        if (error instanceof CommanderError) {
            // --help and --version exit 0; every other parse error is a usage error.
            return error.exitCode === 0 ? 0 : EXIT_ERROR;
        }
        io.stderr(`${TOOL_NAME}: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
        return EXIT_ERROR;
    }
    if (argv.length === 0) {
        io.stderr(program.helpInformation());
        return EXIT_ERROR;
    }
    return exitCode;
}
async function scanCommand(paths, flags, io) {
    if (flags.hf !== undefined && (paths.length > 0 || flags.checksums)) {
        io.stderr(`${TOOL_NAME}: --hf scans a Hub repository: give no local paths${flags.checksums ? ' and no --checksums' : ''} with it\n`);
        return EXIT_ERROR;
    }
    if (paths.length === 0 && flags.hf === undefined) {
        io.stderr(`${TOOL_NAME}: nothing to scan: give at least one file or folder (e.g. ${TOOL_NAME} scan ./models)\n`);
        return EXIT_ERROR;
    }
    const root = io.cwd;
    let limits;
    try {
        limits = parseLimitAssignments(flags.limit ?? []);
    }
    catch (error) {
        if (!(error instanceof LimitError))
            throw error;
        io.stderr(`${TOOL_NAME}: --limit: ${error.message}\n`);
        return EXIT_ERROR;
    }
    let setup;
    try {
        setup = await loadPolicySetup(root, { config: flags.config, baseline: flags.baseline, checksums: flags.checksums, hash: flags.hash });
    }
    catch (error) {
        if (!(error instanceof ConfigError))
            throw error;
        io.stderr(`${TOOL_NAME}: ${error.message}\n`);
        return EXIT_ERROR;
    }
    let report;
    if (flags.hf !== undefined) {
        try {
            const exclude = [...(flags.exclude ?? []), ...setup.ignore];
            report = await scanHub({ repo: flags.hf, env: io.env ?? process.env, policy: setup.policy, limits, exclude, hash: setup.hash });
        }
        catch (error) {
            if (!(error instanceof HubError))
                throw error;
            io.stderr(`${TOOL_NAME}: ${error.message}\n`);
            return EXIT_ERROR;
        }
        applyPolicySetup(report, setup, { partial: true });
    }
    else {
        const discovery = discoverPaths(paths, { root, exclude: [...(flags.exclude ?? []), ...setup.ignore] });
        for (const error of discovery.errors)
            io.stderr(`${TOOL_NAME}: ${error.message}\n`);
        restrictToShard(discovery, flags.shard);
        const progress = flags.progress === false
            ? undefined
            : new Progress({ total: discovery.files.length, write: io.stderr, tty: io.stderrIsTty ?? false, label: TOOL_NAME, columns: process.stderr.columns });
        report = applyPolicySetup(await scanFiles(discovery, { onFile: progress?.onFile, root, policy: setup.policy, limits, hangGuard: true }), setup);
        progress?.finish();
    }
    const gate = evaluateGate(report, flags.failOn);
    const sarifText = () => `${JSON.stringify(buildSarif(report, { category: flags.category, baseline: setup.baseline !== undefined }), null, 2)}\n`;
    try {
        if (flags.sarif)
            writeOutput((0,external_node_path_.resolve)(root, flags.sarif), sarifText());
        if (flags.json)
            writeOutput((0,external_node_path_.resolve)(root, flags.json), renderJson(report, gate));
    }
    catch (error) {
        io.stderr(`${TOOL_NAME}: cannot write report: ${error instanceof Error ? error.message : String(error)}\n`);
        return EXIT_ERROR;
    }
    io.stdout(renderStdout(flags, report, gate, io, sarifText));
    // An exception that escaped a scanner is our bug, not the file's: the file is reported not fully
    // scanned (scan/incomplete) and the run exits 2 unless findings already fail it (exit 1 wins).
    const internal = internalErrors(report);
    if (internal.length > 0) {
        io.stderr(`${TOOL_NAME}: ${internal.length} internal error${internal.length === 1 ? '' : 's'} (a scanner failed; the file${internal.length === 1 ? ' is' : 's are'} reported as not fully scanned; please report this):\n` +
            internal.slice(0, 10).map((f) => `  ${escapeTerminal(f.file)}${f.member ? `!/${escapeTerminal(f.member)}` : ''}: ${escapeTerminal(f.message)}\n`).join(''));
    }
    const code = exitCodeFor(report, gate);
    return code === EXIT_PASS && internal.length > 0 ? EXIT_ERROR : code;
}
function renderStdout(flags, report, gate, io, sarifText) {
    switch (flags.format) {
        case 'json':
            return renderJson(report, gate);
        case 'sarif':
            return sarifText();
        case 'markdown':
            return renderSummary(report, gate);
        default:
            return renderText(report, gate, { color: io.isTty && flags.color !== false, quiet: flags.quiet ?? false });
    }
}
function shardOption(value) {
    try {
        return parseShard(value);
    }
    catch (error) {
        throw new InvalidArgumentError(error instanceof Error ? error.message : String(error));
    }
}
function countOption(value) {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1)
        throw new InvalidArgumentError(`expected a whole number of files, got "${value}"`);
    return n;
}
function writeOutput(path, text) {
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
    (0,external_node_fs_.writeFileSync)(path, text.endsWith('\n') ? text : `${text}\n`);
}
/** `scan/incomplete` findings the core marked as an exception escaping a scanner. */
function internalErrors(report) {
    return report.files.flatMap((f) => f.findings).filter((f) => f.ruleId === 'scan/incomplete' && f.properties?.internalError === true);
}

;// CONCATENATED MODULE: ./lib/cli/index.js

void run(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
});

