#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(8016);
const utils = __nccwpck_require__(4059);

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

/***/ 5595:
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

/***/ 8265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(4059);

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

/***/ 8016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(1781);
const parse = __nccwpck_require__(8265);
const utils = __nccwpck_require__(4059);
const constants = __nccwpck_require__(5595);
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

/***/ 1781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(4059);
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
} = __nccwpck_require__(5595);

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

/***/ 4059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

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

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3774:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream/web");

/***/ }),

/***/ 8909:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { Argument } = __nccwpck_require__(9154);
const { Command } = __nccwpck_require__(4348);
const { CommanderError, InvalidArgumentError } = __nccwpck_require__(1135);
const { Help } = __nccwpck_require__(9754);
const { Option } = __nccwpck_require__(5240);

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

/***/ 9154:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { InvalidArgumentError } = __nccwpck_require__(1135);

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

/***/ 4348:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const EventEmitter = (__nccwpck_require__(8474).EventEmitter);
const childProcess = __nccwpck_require__(1421);
const path = __nccwpck_require__(6760);
const fs = __nccwpck_require__(3024);
const process = __nccwpck_require__(1708);

const { Argument, humanReadableArgName } = __nccwpck_require__(9154);
const { CommanderError } = __nccwpck_require__(1135);
const { Help, stripColor } = __nccwpck_require__(9754);
const { Option, DualOptions } = __nccwpck_require__(5240);
const { suggestSimilar } = __nccwpck_require__(5030);

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

/***/ 1135:
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

/***/ 9754:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { humanReadableArgName } = __nccwpck_require__(9154);

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

/***/ 5240:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { InvalidArgumentError } = __nccwpck_require__(1135);

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

/***/ 5030:
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


/***/ }),

/***/ 9271:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ readInputText),
/* harmony export */   x: () => (/* binding */ ConfigError)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);

/** Bad configuration: `message` is one line naming the file and the key. */
class ConfigError extends Error {
    name = 'ConfigError';
}
/** Reads a user-named input file (baseline, checksum list); a failure is one ConfigError line, e.g. `baseline x: file not found`. */
function readInputText(path, label) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        throw new ConfigError(`${label}: ${code === 'ENOENT' ? 'file not found' : error instanceof Error ? error.message : String(error)}`);
    }
}


/***/ }),

/***/ 1716:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Rr: () => (/* binding */ exitCodeFor),
/* harmony export */   SI: () => (/* binding */ EXIT_ERROR),
/* harmony export */   cB: () => (/* binding */ EXIT_FINDINGS),
/* harmony export */   rc: () => (/* binding */ EXIT_PASS)
/* harmony export */ });
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


/***/ }),

/***/ 9678:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ jsonLimitProblem)
/* harmony export */ });
/* unused harmony export jsonDepth */
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


/***/ }),

/***/ 7535:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $0: () => (/* binding */ parseLimitAssignments),
/* harmony export */   dR: () => (/* binding */ DEFAULT_LIMITS),
/* harmony export */   oC: () => (/* binding */ LimitError)
/* harmony export */ });
/* unused harmony exports LIMIT_DESCRIPTIONS, parseLimits */
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


/***/ }),

/***/ 8582:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  uq: () => (/* binding */ restrictToShard),
  WN: () => (/* binding */ scanFile),
  Tu: () => (/* binding */ scanFiles)
});

// UNUSED EXPORTS: PREFETCH_BYTES, errorMessage

// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __nccwpck_require__(643);
// EXTERNAL MODULE: ./lib/core/limits.js
var core_limits = __nccwpck_require__(7535);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __nccwpck_require__(5919);
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
    constructor(limits, now = () => external_node_perf_hooks_.performance.now()) {
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

// EXTERNAL MODULE: ./lib/report/escape.js
var report_escape = __nccwpck_require__(2527);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./lib/core/scanner.js
var scanner = __nccwpck_require__(201);
;// CONCATENATED MODULE: ./lib/core/route.js


function makeProbe(source, name) {
    const head = source.read(0, Math.min(scanner/* PROBE_HEAD_BYTES */.u, source.size));
    let tailCache;
    const base = external_node_path_.posix.basename(name.replaceAll('\\', '/')).toLowerCase();
    return {
        head,
        // Read lazily: most formats never look at the end.
        get tail() {
            if (!tailCache) {
                const start = Math.max(0, source.size - scanner/* PROBE_TAIL_BYTES */.S);
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

// EXTERNAL MODULE: ./lib/core/source.js
var core_source = __nccwpck_require__(7718);
// EXTERNAL MODULE: ./lib/core/shard.js
var core_shard = __nccwpck_require__(5775);
// EXTERNAL MODULE: ./lib/policy/policy.js
var policy = __nccwpck_require__(3506);
// EXTERNAL MODULE: ./lib/policy/rules.js + 2 modules
var rules = __nccwpck_require__(203);
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

const MAX_PROBLEMS = 20;
/**
 * Validates the parsed JSON header against the data section size, the way the
 * reference loader does: known dtype, shape × dtype size equals the span,
 * spans inside the data, contiguous from 0 without overlap or holes.
 */
function checkHeader(header, dataSize) {
    const problems = [];
    const spans = [];
    const add = (problem) => {
        if (problems.length < MAX_PROBLEMS)
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

// EXTERNAL MODULE: ./lib/core/json-limits.js
var json_limits = __nccwpck_require__(9678);
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
        malformed(ctx, `the header claims ${length} bytes; the file has ${Math.max(0, source.size - 8)} after the length and loaders accept at most ${MAX_HEADER_BYTES}`, 0);
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
        const tooDeep = (0,json_limits/* jsonLimitProblem */.X)(text, ctx.limits, 'the safetensors header', headerBytes);
        if (tooDeep) {
            ctx.incomplete(tooDeep, 8);
            return;
        }
        header = JSON.parse(text);
    }
    catch (error) {
        malformed(ctx, `the header is not valid UTF-8 JSON (${error instanceof Error ? error.message : String(error)})`, 8);
        ctx.incomplete('the safetensors header could not be parsed', 8);
        return;
    }
    const dataStart = 8 + headerBytes;
    const { problems, spans } = checkHeader(header, source.size - dataStart);
    for (const problem of problems)
        malformed(ctx, problem, 8);
    await routeUnclaimedBytes(ctx, spans, dataStart);
}
/** Bytes no tensor claims are never read by a loader, so they are the place to hide a payload: scan them. */
async function routeUnclaimedBytes(ctx, spans, dataStart) {
    let covered = 0;
    for (const span of spans) {
        if (span.begin > covered) {
            // Holes are already reported as malformed; still look at what is in them.
            await ctx.scanNested(new core_source/* SliceSource */.EH(ctx.source, dataStart + covered, span.begin - covered), `hole@${dataStart + covered}`);
        }
        covered = Math.max(covered, span.end);
    }
    const trailingStart = dataStart + covered;
    const trailing = ctx.source.size - trailingStart;
    if (trailing <= 0)
        return;
    const nestedFormat = await ctx.scanNested(new core_source/* SliceSource */.EH(ctx.source, trailingStart, trailing), 'trailing-data');
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
function malformed(ctx, problem, offset) {
    ctx.report({ ruleId: 'safetensors/malformed', message: `Invalid safetensors header: ${problem}.`, offset });
}
function headerLength(head) {
    return head.length < 8 ? -1n : new DataView(head.buffer, head.byteOffset, 8).getBigUint64(0, true);
}

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

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
;// CONCATENATED MODULE: ./lib/formats/compressed/node-zlib.js

const CHUNK = 1024 * 1024;
/**
 * Feeds source[start..] through a node:zlib transform, reading the input chunk
 * by chunk and keeping at most `limit` output bytes: a bomb stops as soon as it
 * passes the limit, and a damaged stream keeps what it produced before the damage.
 */
function pumpZlib(kind, source, start, limit) {
    const stream = kind === 'gzip' ? (0,external_node_zlib_.createGunzip)() : (0,external_node_zlib_.createInflate)();
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
        (0,external_node_zlib_.inflateSync)(head, { ...(whole ? {} : { finishFlush: external_node_zlib_.constants.Z_SYNC_FLUSH }), maxOutputLength: 1 << 20 });
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
        const partial = (0,external_node_zlib_.inflateSync)(head, { finishFlush: external_node_zlib_.constants.Z_SYNC_FLUSH, maxOutputLength: 1 << 20 });
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
const NAMES = {
    gzip: 'gzip', zlib: 'zlib', bz2: 'bzip2', xz: 'xz', lzma: 'lzma', lz4: 'LZ4 frame', 'joblib-zfile': 'joblib ZF (zlib)',
};
async function decompress(kind, source, limit, maxInput) {
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
            const { decompressOther } = await __nccwpck_require__.e(/* import() */ 130).then(__nccwpck_require__.bind(__nccwpck_require__, 6130));
            return decompressOther(kind, source.read(0, source.size), limit);
        }
    }
}
async function compressed_scan(ctx) {
    const { source, limits } = ctx;
    const head = source.read(0, scanner/* PROBE_HEAD_BYTES */.u);
    const kind = detectCompression(head, head.length === source.size);
    if (!kind) {
        ctx.incomplete('not a recognised compressed stream');
        return;
    }
    // Per file on disk, all formats and levels together (ctx.budget is owned by the core).
    const budget = ctx.budget;
    const limit = Math.max(0, Math.min(limits.maxMemberBytes, budget.inflateLeft));
    let result;
    try {
        result = await decompress(kind, source, limit, limits.maxMemberBytes);
    }
    catch (error) {
        result = `the ${NAMES[kind]} decoder failed: ${error instanceof Error ? error.message : String(error)}`;
    }
    if (typeof result === 'string') {
        ctx.incomplete(result);
        return;
    }
    budget.inflated += result.bytes.length;
    if (result.overLimit) {
        const which = limit < limits.maxMemberBytes ? `${limits.maxTotalInflatedBytes} bytes for the whole file (limit maxTotalInflatedBytes)` : `${limits.maxMemberBytes} bytes (limit maxMemberBytes)`;
        ctx.incomplete(`the ${NAMES[kind]} stream decompresses to more than ${which}; only the first ${result.bytes.length} bytes were scanned`);
    }
    else if (result.error !== undefined) {
        ctx.incomplete(`the ${NAMES[kind]} stream is damaged or truncated (${result.error}); the ${result.bytes.length} bytes before the damage were scanned`);
    }
    if (result.bytes.length === 0)
        return;
    const inner = new core_source/* BufferSource */._r(result.bytes);
    const name = innerName(ctx.member ?? ctx.file, kind);
    const taken = await ctx.scanNested(inner, name);
    if (taken === undefined && (kind === 'zlib' || kind === 'joblib-zfile')) {
        // joblib.load unpickles whatever a zlib/ZF file holds.
        ctx.incomplete(`the decompressed ${NAMES[kind]} content is not recognisable (joblib.load would unpickle it)`);
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

// EXTERNAL MODULE: ./lib/formats/gguf/claim.js
var gguf_claim = __nccwpck_require__(9536);
// EXTERNAL MODULE: ./lib/formats/tar/claim.js
var tar_claim = __nccwpck_require__(8864);
// EXTERNAL MODULE: ./lib/formats/zip/claim.js
var zip_claim = __nccwpck_require__(7584);
// EXTERNAL MODULE: ./lib/formats/tensorflow/claim.js
var tensorflow_claim = __nccwpck_require__(2864);
// EXTERNAL MODULE: ./lib/formats/keras/claim.js
var keras_claim = __nccwpck_require__(1925);
// EXTERNAL MODULE: ./lib/formats/onnx/claim.js
var onnx_claim = __nccwpck_require__(654);
// EXTERNAL MODULE: ./lib/formats/numpy/claim.js
var numpy_claim = __nccwpck_require__(2932);
// EXTERNAL MODULE: ./lib/formats/torch-legacy/claim.js
var torch_legacy_claim = __nccwpck_require__(7471);
// EXTERNAL MODULE: ./lib/formats/pickle/claim.js + 1 modules
var pickle_claim = __nccwpck_require__(5000);
// EXTERNAL MODULE: ./lib/formats/hf-config/claim.js
var hf_config_claim = __nccwpck_require__(6784);
// EXTERNAL MODULE: ./lib/formats/jinja/claim.js
var jinja_claim = __nccwpck_require__(5043);
;// CONCATENATED MODULE: ./lib/formats/index.js
















/**
 * A scanner whose claim (signatures, small sniffers) is loaded with the registry
 * and whose scan (parsers, policy tables, libraries) is loaded on first use:
 * start-up stays lean, and a run loads only what its files need.
 */
function lazy(info, load) {
    let loading;
    return {
        ...info,
        scan: async (ctx) => (await (loading ??= load())).scan(ctx),
    };
}
/**
 * Every format scanner, in routing order: formats with strong signatures first,
 * pickle (which protocol 0/1 streams can only be recognised by structure) last.
 */
const SCANNERS = [
    safetensorsScanner,
    lazy(gguf_claim/* ggufClaim */.W, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(931), __nccwpck_require__.e(981), __nccwpck_require__.e(918)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8918))).ggufScanner),
    lazy(tar_claim/* tarClaim */.Y, async () => (await __nccwpck_require__.e(/* import() */ 468).then(__nccwpck_require__.bind(__nccwpck_require__, 2468))).tarScanner),
    lazy(zip_claim/* pytorchZipClaim */.Xn, async () => (await __nccwpck_require__.e(/* import() */ 100).then(__nccwpck_require__.bind(__nccwpck_require__, 6100))).pytorchZipScanner),
    lazy(zip_claim/* zipClaim */.W8, async () => (await __nccwpck_require__.e(/* import() */ 100).then(__nccwpck_require__.bind(__nccwpck_require__, 6100))).zipScanner),
    lazy(tensorflow_claim/* savedModelClaim */.h, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(938), __nccwpck_require__.e(448)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3448))).savedModelScanner),
    lazy(keras_claim/* kerasH5Claim */.Gf, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(938), __nccwpck_require__.e(401)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5401))).kerasH5Scanner),
    lazy(keras_claim/* kerasConfigJsonClaim */.DG, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(938), __nccwpck_require__.e(158)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7158))).kerasConfigJsonScanner),
    lazy(onnx_claim/* onnxClaim */.M, async () => (await __nccwpck_require__.e(/* import() */ 236).then(__nccwpck_require__.bind(__nccwpck_require__, 4236))).onnxScanner),
    lfsPointerScanner,
    sevenZipScanner,
    lazy(numpy_claim/* numpyClaim */._, async () => (await __nccwpck_require__.e(/* import() */ 762).then(__nccwpck_require__.bind(__nccwpck_require__, 5762))).numpyScanner),
    compressedScanner,
    lazy(torch_legacy_claim/* torchLegacyClaim */.Od, async () => (await __nccwpck_require__.e(/* import() */ 313).then(__nccwpck_require__.bind(__nccwpck_require__, 4313))).torchLegacyScanner),
    torchScriptCodeScanner,
    lazy(pickle_claim/* pickleClaim */.n, async () => (await __nccwpck_require__.e(/* import() */ 452).then(__nccwpck_require__.bind(__nccwpck_require__, 6452))).pickleScanner),
    lazy(hf_config_claim/* hfConfigClaim */.R, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(931), __nccwpck_require__.e(981), __nccwpck_require__.e(214)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4214))).hfConfigScanner),
    lazy(jinja_claim/* chatTemplateClaim */.v, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(931), __nccwpck_require__.e(981), __nccwpck_require__.e(392)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6011))).chatTemplateScanner),
];

// EXTERNAL MODULE: ./lib/core/version.js
var version = __nccwpck_require__(8067);
;// CONCATENATED MODULE: ./lib/core/scan.js













async function scanFiles(discovery, options) {
    const { files } = discovery;
    const started = external_node_perf_hooks_.performance.now();
    const startedAt = new Date().toISOString();
    const results = [];
    // A parser stuck in a synchronous loop ignores the time budget: past twice the budget (plus a minute)
    // the guard thread names the file and kills the process, so the run fails instead of hanging.
    const limits = { ...core_limits/* DEFAULT_LIMITS */.dR, ...options.limits };
    // Not awaited: the guard thread boots on its own thread (tens of ms) while the first file is scanned,
    // and watches it even when that scan blocks this thread (the shared start time is set before it runs).
    const guard = options.hangGuard ? new HangGuard(external_node_worker_threads_.Worker, limits.maxFileSeconds * 2000 + 60_000, version/* TOOL_NAME */.lH) : undefined;
    try {
        for (const file of files) {
            guard?.begin((0,report_escape/* escapeTerminal */.en)(file.relativePath));
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
        tool: { name: version/* TOOL_NAME */.lH, version: version/* TOOL_VERSION */.wr },
        root: options.root,
        startedAt,
        durationMs: external_node_perf_hooks_.performance.now() - started,
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
    discovery.files = discovery.files.filter((f) => (0,core_shard/* inShard */.Iw)(f.relativePath, shard));
    discovery.skipped = discovery.skipped.filter((s) => (0,core_shard/* inShard */.Iw)(s.path, shard));
    return discovery;
}
/** Scans one file on disk. Never throws: every failure becomes part of the result. */
async function scanFile(file, options) {
    const started = external_node_perf_hooks_.performance.now();
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
        durationMs: external_node_perf_hooks_.performance.now() - started,
    };
}
/**
 * Bytes read from the start of every file in one read. Small models (the common case in
 * a folder of thousands) are read exactly once: probe head, zip tail check and the scanner
 * all take views of these bytes. A big file costs this one read plus what its scanner needs.
 */
const PREFETCH_BYTES = 64 * 1024;
/** A file whose first PREFETCH_BYTES are read once when it is opened. */
class PrefetchedFileSource extends core_source/* FileSource */._n {
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
        this.limits = { ...core_limits/* DEFAULT_LIMITS */.dR, ...options.limits };
        this.policy = options.policy ?? policy/* DEFAULT_POLICY */.zj;
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
        const rule = (0,rules/* ruleFor */.sG)(input.ruleId);
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


/***/ }),

/***/ 201:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ PROBE_TAIL_BYTES),
/* harmony export */   u: () => (/* binding */ PROBE_HEAD_BYTES)
/* harmony export */ });
const PROBE_HEAD_BYTES = 4096;
const PROBE_TAIL_BYTES = 65_557; // max zip EOCD record + comment


/***/ }),

/***/ 3980:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   IO: () => (/* binding */ bySeverityDesc),
/* harmony export */   M0: () => (/* binding */ meetsThreshold),
/* harmony export */   Rm: () => (/* binding */ THRESHOLDS),
/* harmony export */   _Z: () => (/* binding */ isSeverity),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   qq: () => (/* binding */ highestSeverity),
/* harmony export */   qs: () => (/* binding */ severityRank)
/* harmony export */ });
/* unused harmony export parseThreshold */
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


/***/ }),

/***/ 5775:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Iw: () => (/* binding */ inShard),
/* harmony export */   uK: () => (/* binding */ parseShard)
/* harmony export */ });
/* unused harmony export shardOfPath */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);

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
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(relativePath).digest();
    return (digest.readUInt32BE(0) % count) + 1;
}
function inShard(relativePath, shard) {
    return !shard || shardOfPath(relativePath, shard.count) === shard.index;
}


/***/ }),

/***/ 7718:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EH: () => (/* binding */ SliceSource),
/* harmony export */   _n: () => (/* binding */ FileSource),
/* harmony export */   _r: () => (/* binding */ BufferSource)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);

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
        this.fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'r');
        try {
            this.size = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(this.fd).size;
        }
        catch (error) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(this.fd);
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
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(this.fd, out, done, want - done, offset + done);
            if (n === 0)
                break;
            done += n;
        }
        return done === want ? out : out.subarray(0, done);
    }
    close() {
        if (this.fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(this.fd);
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


/***/ }),

/***/ 8067:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   lH: () => (/* binding */ TOOL_NAME),
/* harmony export */   qH: () => (/* binding */ TOOL_URI),
/* harmony export */   wr: () => (/* binding */ TOOL_VERSION)
/* harmony export */ });
/** Tool identity for reports. Kept in sync with package.json by test/version.test.ts. */
const TOOL_NAME = 'modelscan-action';
const TOOL_VERSION = '0.1.0';
const TOOL_URI = 'https://github.com/modelscan-action/modelscan-action';


/***/ }),

/***/ 9536:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ ggufClaim)
/* harmony export */ });
const MAGIC = [0x47, 0x47, 0x55, 0x46]; // "GGUF"
/** What routing needs of the GGUF scanner (index.ts adds the scan, loaded on first use). */
const ggufClaim = {
    id: 'gguf',
    name: 'GGUF',
    extensions: ['.gguf'],
    claim: (probe) => (MAGIC.every((b, i) => probe.head[i] === b) ? 'magic' : false),
};


/***/ }),

/***/ 6784:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ hfConfigClaim),
/* harmony export */   i: () => (/* binding */ SIDE_FILE_NAMES)
/* harmony export */ });
/** Side files that sit beside weights in Hugging Face / NeMo repositories. */
const SIDE_FILE_NAMES = [
    'config.json', 'tokenizer_config.json', 'processor_config.json', 'preprocessor_config.json', 'chat_template.json',
    'model_config.json', 'feature_extractor_config.json', 'image_processor_config.json',
];
const NAMES = new Set(SIDE_FILE_NAMES);
const KEYS_IN_HEAD = /"(auto_map|chat_template|_target_)"\s*:/;
function claimSideFile(probe) {
    if (probe.extension !== '.json')
        return false;
    const head = new TextDecoder().decode(probe.head).replace(/^\uFEFF/, '').trimStart();
    if (!head.startsWith('{'))
        return false;
    return NAMES.has(probe.name) || KEYS_IN_HEAD.test(head) ? 'hint' : false;
}
/** What routing needs of the side-file scanner (index.ts adds the scan, loaded on first use). */
const hfConfigClaim = {
    id: 'hf-config',
    name: 'Model repository config (JSON)',
    extensions: [],
    claim: claimSideFile,
};


/***/ }),

/***/ 5043:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ chatTemplateClaim)
/* harmony export */ });
/** What routing needs of the chat-template scanner (index.ts adds the scan, loaded on first use). */
const chatTemplateClaim = {
    id: 'chat-template',
    name: 'Jinja chat template',
    extensions: ['.jinja'],
    claim: (probe) => (probe.extension === '.jinja' ? 'hint' : false),
};


/***/ }),

/***/ 1925:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AF: () => (/* binding */ looksLikeKerasJson),
/* harmony export */   DG: () => (/* binding */ kerasConfigJsonClaim),
/* harmony export */   Gf: () => (/* binding */ kerasH5Claim)
/* harmony export */ });
/* harmony import */ var _hdf5_signature_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(23);

/** What routing needs of the Keras H5 scanner (h5.ts adds the scan, loaded on first use). */
const kerasH5Claim = {
    id: 'keras-h5',
    name: 'Keras HDF5',
    extensions: ['.h5', '.hdf5', '.keras'],
    claim(probe) {
        if ((0,_hdf5_signature_js__WEBPACK_IMPORTED_MODULE_0__/* .findHdf5Signature */ .$)(probe.head, probe.source) !== undefined)
            return 'magic';
        return ['.h5', '.hdf5'].includes(probe.extension) ? 'hint' : false;
    },
};
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
/** What routing needs of the Keras config JSON scanner (config-json.ts adds the scan, loaded on first use). */
const kerasConfigJsonClaim = {
    id: 'keras-config',
    name: 'Keras config JSON',
    extensions: [],
    claim: (probe) => (looksLikeKerasJson(probe) ? 'magic' : false),
};


/***/ }),

/***/ 23:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ findHdf5Signature),
/* harmony export */   n: () => (/* binding */ sourceContainsAny)
/* harmony export */ });
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


/***/ }),

/***/ 2932:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ isNpy),
/* harmony export */   _: () => (/* binding */ numpyClaim)
/* harmony export */ });
const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // \x93NUMPY
function isNpy(head) {
    return head.length >= 8 && MAGIC.every((b, i) => head[i] === b);
}
/** What routing needs of the NumPy scanner (index.ts adds the scan, loaded on first use). */
const numpyClaim = {
    id: 'numpy',
    name: 'NumPy .npy array',
    extensions: ['.npy'],
    claim: (probe) => (isNpy(probe.head) ? 'magic' : false),
};


/***/ }),

/***/ 654:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ looksLikeModelProto),
/* harmony export */   M: () => (/* binding */ onnxClaim)
/* harmony export */ });
/* harmony import */ var _wire_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1785);

/** What routing needs of the ONNX scanner (index.ts adds the scan, loaded on first use). */
const onnxClaim = {
    id: 'onnx',
    name: 'ONNX',
    extensions: ['.onnx'],
    claim: (probe) => (looksLikeModelProto(probe.head) ? 'magic' : probe.extension === '.onnx' ? 'hint' : false),
};
/** ModelProto fields and their wire types, as onnx serialises them (ir_version first). */
const MODEL_FIELDS = {
    1: _wire_js__WEBPACK_IMPORTED_MODULE_0__/* .WIRE_VARINT */ .V9, 2: _wire_js__WEBPACK_IMPORTED_MODULE_0__/* .WIRE_LEN */ .qg, 3: _wire_js__WEBPACK_IMPORTED_MODULE_0__/* .WIRE_LEN */ .qg, 4: _wire_js__WEBPACK_IMPORTED_MODULE_0__/* .WIRE_LEN */ .qg, 5: _wire_js__WEBPACK_IMPORTED_MODULE_0__/* .WIRE_VARINT */ .V9, 6: _wire_js__WEBPACK_IMPORTED_MODULE_0__/* .WIRE_LEN */ .qg, 7: _wire_js__WEBPACK_IMPORTED_MODULE_0__/* .WIRE_LEN */ .qg, 8: _wire_js__WEBPACK_IMPORTED_MODULE_0__/* .WIRE_LEN */ .qg,
    14: _wire_js__WEBPACK_IMPORTED_MODULE_0__/* .WIRE_LEN */ .qg, 20: _wire_js__WEBPACK_IMPORTED_MODULE_0__/* .WIRE_LEN */ .qg, 25: _wire_js__WEBPACK_IMPORTED_MODULE_0__/* .WIRE_LEN */ .qg, 26: _wire_js__WEBPACK_IMPORTED_MODULE_0__/* .WIRE_LEN */ .qg,
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
        pos = tag.value % 8 === _wire_js__WEBPACK_IMPORTED_MODULE_0__/* .WIRE_LEN */ .qg ? value.next + value.value : value.next;
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


/***/ }),

/***/ 1785:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Jc: () => (/* binding */ encodeVarint),
/* harmony export */   UE: () => (/* binding */ WIRE_I64),
/* harmony export */   V9: () => (/* binding */ WIRE_VARINT),
/* harmony export */   cC: () => (/* binding */ WireError),
/* harmony export */   o: () => (/* binding */ WireCursor),
/* harmony export */   qg: () => (/* binding */ WIRE_LEN),
/* harmony export */   tk: () => (/* binding */ WIRE_I32)
/* harmony export */ });
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
const WINDOW = 1 << 16;
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
            this.window = this.source.read(pos, WINDOW);
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
        if (length <= WINDOW) {
            const rel = pos - this.windowStart;
            if (rel < 0 || rel + length > this.window.length) {
                this.window = this.source.read(pos, WINDOW);
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


/***/ }),

/***/ 5000:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  n: () => (/* binding */ pickleClaim)
});

// EXTERNAL MODULE: ./lib/core/source.js
var source = __nccwpck_require__(7718);
// EXTERNAL MODULE: ./lib/policy/pickle-globals.js
var pickle_globals = __nccwpck_require__(9971);
// EXTERNAL MODULE: ./lib/formats/pickle/machine.js + 3 modules
var pickle_machine = __nccwpck_require__(1423);
// EXTERNAL MODULE: ./lib/formats/pickle/reader.js
var pickle_reader = __nccwpck_require__(4612);
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
    const out = new pickle_machine/* Collector */.g();
    const reader = new pickle_reader/* ByteReader */.kP(new source/* BufferSource */._r(head), 0, head.length);
    const machine = new pickle_machine/* PickleMachine */.E(reader, pickle_globals/* DEFAULT_PICKLE_POLICY */.C8, { maxOpcodes: 4096, maxStackDepth: 4096, maxMemoEntries: 4096 }, out);
    let stopped = false;
    let error;
    try {
        machine.run();
        stopped = true;
    }
    catch (e) {
        if (!(e instanceof pickle_reader/* PickleError */.z4))
            return false;
        error = e;
    }
    const namedImports = out.globals.every((g) => g.unresolved || IDENTIFIER.test(`${g.module}.${g.name}`));
    if (stopped) {
        // "N." or "I1\n." alone could be anything; a real stream has some structure.
        return machine.opcodes >= 4 || (out.globalCount > 0 && namedImports);
    }
    // The head ended mid-stream (a big pickle) or the stream breaks after an import and a call (threats B9).
    const ranOut = error instanceof pickle_reader/* TruncatedError */.DF && head.length < size;
    if (ranOut && machine.opcodes >= 16)
        return true;
    return out.globalCount > 0 && out.callCount > 0 && namedImports && out.globals.length > 0;
}

;// CONCATENATED MODULE: ./lib/formats/pickle/claim.js

/** What routing needs of the pickle scanner (index.ts adds the scan, loaded on first use). */
const pickleClaim = {
    id: 'pickle',
    name: 'Python pickle',
    extensions: PICKLE_EXTENSIONS,
    claim: claimPickle,
};


/***/ }),

/***/ 5495:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AT: () => (/* binding */ parsePyInt),
/* harmony export */   Fh: () => (/* binding */ parsePyFloat),
/* harmony export */   h0: () => (/* binding */ decodeUtf8Strict),
/* harmony export */   rf: () => (/* binding */ decodeRawUnicodeEscape),
/* harmony export */   up: () => (/* binding */ decodeStringEscapes),
/* harmony export */   xN: () => (/* binding */ decodeUtf8SurrogatePass)
/* harmony export */ });
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


/***/ }),

/***/ 1423:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  g: () => (/* binding */ Collector),
  E: () => (/* binding */ PickleMachine)
});

// EXTERNAL MODULE: ./lib/policy/pickle-globals.js
var pickle_globals = __nccwpck_require__(9971);
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

// EXTERNAL MODULE: ./lib/formats/pickle/literals.js
var literals = __nccwpck_require__(5495);
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

// EXTERNAL MODULE: ./lib/formats/pickle/reader.js
var reader = __nccwpck_require__(4612);
// EXTERNAL MODULE: ./lib/formats/pickle/values.js
var values = __nccwpck_require__(8077);
;// CONCATENATED MODULE: ./lib/formats/pickle/joblib.js


/**
 * joblib writes each numpy array as a NumpyArrayWrapper placeholder and puts the
 * array right after the BUILD that completes it: raw bytes (after an optional
 * alignment pad) or, for object arrays, a whole nested pickle. joblib's
 * unpickler reads them at that BUILD; we skip the raw bytes and scan the nested
 * pickle, so the stream stays in step.
 */
function afterArrayWrapper(r, state, at, subPickle) {
    if (!(state instanceof values/* PyDict */.KL))
        throw new reader/* PickleError */.z4(`joblib array placeholder without a state dict at offset ${at}`, at);
    const dtype = dtypeInfo(state.get('dtype'));
    if (!dtype)
        throw new reader/* PickleError */.z4(`joblib array placeholder with an unreadable dtype at offset ${at}`, at);
    if (dtype.hasObject) {
        subPickle();
        return;
    }
    const shape = state.get('shape');
    let count = 1;
    if (shape instanceof values/* PyTuple */.Wc) {
        if (shape.count !== shape.items.length)
            throw new reader/* PickleError */.z4(`joblib array placeholder with too many dimensions at offset ${at}`, at);
        for (const n of shape.items) {
            if (typeof n !== 'number' || n < 0)
                throw new reader/* PickleError */.z4(`joblib array placeholder with an unreadable shape at offset ${at}`, at);
            count *= n;
        }
    }
    else if (typeof shape === 'number') {
        count = shape;
    }
    else {
        throw new reader/* PickleError */.z4(`joblib array placeholder with an unreadable shape at offset ${at}`, at);
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
    if (!(v instanceof values/* PyCall */.Am))
        return undefined;
    const spec = v.args[0];
    if (typeof spec !== 'string')
        return undefined;
    // State: (version, byteorder, subarray, names, fields, elsize, alignment, flags).
    const st = v.state instanceof values/* PyTuple */.Wc ? v.state.items : [];
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
const MEMO_STR = new values/* PyOpaque */.Lr('memoized str');
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
                    throw new reader/* PickleError */.z4(`stopped after ${maxOpcodes} opcodes (opcode limit)`, start, true);
                }
                const op = r.byte();
                switch (op) {
                    case -1:
                        throw new reader/* TruncatedError */.DF(`data ends at offset ${start} before the STOP opcode`, start);
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
                            throw new reader/* PickleError */.z4(`LONG4 with negative length at offset ${start}`, start);
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
                        const v = (0,literals/* parsePyFloat */.Fh)(r.line(MAX_LINE));
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
                        this.push((0,literals/* decodeStringEscapes */.up)(line.slice(1, -1)), start);
                        break;
                    }
                    case Op.UNICODE:
                        this.push((0,literals/* decodeRawUnicodeEscape */.rf)(r.line(MAX_LINE)), start);
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
                        this.push(new values/* PyOpaque */.Lr('out-of-band buffer'), start);
                        break;
                    case Op.READONLY_BUFFER:
                        this.top(start);
                        break;
                    // ---- containers
                    case Op.EMPTY_LIST:
                        this.push(new values/* PyList */._H(), start);
                        break;
                    case Op.EMPTY_TUPLE:
                        this.push(new values/* PyTuple */.Wc([]), start);
                        break;
                    case Op.EMPTY_DICT:
                        this.push(new values/* PyDict */.KL(), start);
                        break;
                    case Op.EMPTY_SET:
                        this.push(new values/* PySet */.gG(false), start);
                        break;
                    case Op.TUPLE1: {
                        const a = this.pop(start);
                        stack[this.sp++] = new values/* PyTuple */.Wc([a]);
                        break;
                    }
                    case Op.TUPLE2: {
                        const b = this.pop(start);
                        const a = this.pop(start);
                        stack[this.sp++] = new values/* PyTuple */.Wc([a, b]);
                        break;
                    }
                    case Op.TUPLE3: {
                        const c = this.pop(start);
                        const b = this.pop(start);
                        const a = this.pop(start);
                        stack[this.sp++] = new values/* PyTuple */.Wc([a, b, c]);
                        break;
                    }
                    case Op.TUPLE: {
                        const m = this.popMark(start);
                        const t = new values/* PyTuple */.Wc(stack.slice(m, Math.min(this.sp, m + values/* KEEP_ITEMS */.dx)), this.sp - m);
                        this.sp = m;
                        stack[this.sp++] = t;
                        break;
                    }
                    case Op.LIST: {
                        const m = this.popMark(start);
                        const l = new values/* PyList */._H();
                        for (let i = m; i < this.sp; i++)
                            l.add(stack[i]);
                        this.sp = m;
                        stack[this.sp++] = l;
                        break;
                    }
                    case Op.DICT: {
                        const m = this.popMark(start);
                        const dict = new values/* PyDict */.KL();
                        for (let i = m; i + 1 < this.sp; i += 2)
                            dict.set(stack[i], stack[i + 1]);
                        this.sp = m;
                        stack[this.sp++] = dict;
                        break;
                    }
                    case Op.FROZENSET: {
                        const m = this.popMark(start);
                        const s = new values/* PySet */.gG(true);
                        for (let i = m; i < this.sp; i++)
                            s.add(stack[i]);
                        this.sp = m;
                        stack[this.sp++] = s;
                        break;
                    }
                    case Op.APPEND: {
                        const v = this.pop(start);
                        const target = this.top(start);
                        if (target instanceof values/* PyList */._H)
                            target.add(v);
                        break;
                    }
                    case Op.APPENDS: {
                        const m = this.popMark(start);
                        const target = this.below(m, start);
                        if (target instanceof values/* PyList */._H) {
                            const sp = this.sp;
                            // Only the first KEEP_ITEMS are kept; the rest are counted.
                            let i = m;
                            for (; i < sp && target.items.length < values/* KEEP_ITEMS */.dx; i++)
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
                        if (target instanceof values/* PyDict */.KL)
                            target.set(k, v);
                        break;
                    }
                    case Op.SETITEMS: {
                        const m = this.popMark(start);
                        const target = this.below(m, start);
                        if (target instanceof values/* PyDict */.KL)
                            for (let i = m; i + 1 < this.sp; i += 2)
                                target.set(stack[i], stack[i + 1]);
                        this.sp = m;
                        break;
                    }
                    case Op.ADDITEMS: {
                        const m = this.popMark(start);
                        const target = this.below(m, start);
                        if (target instanceof values/* PySet */.gG)
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
                            const how = [module, name].filter((v) => v instanceof values/* PyCall */.Am).map((v) => foldedFrom(v));
                            if (g instanceof values/* PyGlobal */.B6 && how.length)
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
                        const args = stack.slice(m + 1, Math.min(this.sp, m + 1 + values/* KEEP_ITEMS */.dx));
                        this.sp = m;
                        stack[this.sp++] = this.call(cls, args, start);
                        break;
                    }
                    case Op.INST: {
                        const module = this.nameLine(start);
                        const name = this.nameLine(start);
                        const cls = this.global(module, name, start);
                        const m = this.popMark(start);
                        const args = stack.slice(m, Math.min(this.sp, m + values/* KEEP_ITEMS */.dx));
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
                        this.push(new values/* PyOpaque */.Lr('persistent object', pid), start);
                        break;
                    }
                    case Op.BINPERSID: {
                        const pid = this.pop(start);
                        this.persistentId(pid);
                        stack[this.sp++] = new values/* PyOpaque */.Lr('persistent object', pid);
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
                            throw new reader/* PickleError */.z4(`FRAME at offset ${start} declares ${n} bytes but the data ends first`, start);
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
                    stack[sp++] = (0,reader/* f64beAt */.zM)(buf, p + 1);
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
                    stack[sp++] = new values/* PyBytes */.p_(base + p + 2, n, false);
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
                    stack[sp++] = new values/* PyList */._H();
                    p += 1;
                    break;
                case Op.EMPTY_DICT:
                    stack[sp++] = new values/* PyDict */.KL();
                    p += 1;
                    break;
                case Op.EMPTY_TUPLE:
                    stack[sp++] = new values/* PyTuple */.Wc([]);
                    p += 1;
                    break;
                case Op.TUPLE1:
                    if (sp - 1 < fence)
                        break loop;
                    stack[sp - 1] = new values/* PyTuple */.Wc([stack[sp - 1]]);
                    p += 1;
                    break;
                case Op.TUPLE2:
                    if (sp - 2 < fence)
                        break loop;
                    stack[sp - 2] = new values/* PyTuple */.Wc([stack[sp - 2], stack[sp - 1]]);
                    sp -= 1;
                    p += 1;
                    break;
                case Op.TUPLE3:
                    if (sp - 3 < fence)
                        break loop;
                    stack[sp - 3] = new values/* PyTuple */.Wc([stack[sp - 3], stack[sp - 2], stack[sp - 1]]);
                    sp -= 2;
                    p += 1;
                    break;
                case Op.APPEND: {
                    if (sp - 2 < fence)
                        break loop;
                    const target = stack[sp - 2];
                    if (target instanceof values/* PyList */._H)
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
                        if (target instanceof values/* PyList */._H) {
                            let i = m;
                            for (; i < sp && target.items.length < values/* KEEP_ITEMS */.dx; i++)
                                target.add(stack[i]);
                            target.count += sp - i;
                        }
                    }
                    else if (target instanceof values/* PyDict */.KL) {
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
                    if (target instanceof values/* PyDict */.KL)
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
        return new values/* PyBytes */.p_(offset, n, true);
    }
    /** Protocol-0/1 byte strings: read as latin-1 (one char per byte), whatever encoding the loader passes. */
    latin1(n) {
        if (n <= INLINE_STR)
            return this.r.text(n, 'latin1');
        const offset = this.r.pos;
        this.r.skip(n, true);
        return new values/* PyBytes */.p_(offset, n, true);
    }
    bytes(n, mutable) {
        const offset = this.r.pos;
        this.r.skip(n);
        return new values/* PyBytes */.p_(offset, n, false, mutable);
    }
    longBytes(n) {
        if (n === 0)
            return 0;
        if (n > 64) {
            this.r.skip(n, true);
            return new values/* PyOpaque */.Lr(`${n}-byte integer`);
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
        const v = (0,literals/* parsePyInt */.AT)(line);
        if (v === undefined)
            throw this.bad(`invalid integer argument ${JSON.stringify(line.slice(0, 40))}`, at);
        return v;
    }
    /** A GLOBAL/INST line: module or name, decoded as strict UTF-8 like the unpickler (threats B12). */
    nameLine(at) {
        const raw = this.r.line(MAX_LINE);
        let s = raw;
        if (/[^\x00-\x7f]/.test(raw)) {
            const decoded = (0,literals/* decodeUtf8Strict */.h0)(Buffer.from(raw, 'latin1'));
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
        if (v instanceof values/* PyBytes */.p_ && v.text && v.length <= MAX_LINE) {
            return Buffer.from(this.r.source.read(v.offset, v.length)).toString('utf8');
        }
        // A name computed at load time from constants (threats B7): str.join, str(), chr, ...
        if (v instanceof values/* PyCall */.Am && typeof v.value === 'string')
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
            verdict = (0,pickle_globals/* classifyGlobal */.Sq)(this.policy, canon.module, canon.name);
            this.verdicts.set(key, verdict);
        }
        const written = canon.module !== module || canon.name !== name ? `${module}.${name}` : undefined;
        const g = new values/* PyGlobal */.B6(canon.module, canon.name, written, at, verdict);
        if (verdict.kind !== 'allow') {
            if (verdict.kind === 'unknown' && this.out.fileCalls > 0)
                g.afterWrite = true;
            this.out.globals.push(g);
        }
        return g;
    }
    unresolved(description, at) {
        this.out.globalCount++;
        const g = new values/* PyGlobal */.B6('', '', undefined, at, { kind: 'unknown' }, description);
        this.out.globals.push(g);
        return g;
    }
    call(callee, args, at, kwargs) {
        // Legacy torch.save names module classes through persistent ids ('module', cls, file, source).
        if (callee instanceof values/* PyOpaque */.Lr && callee.detail instanceof values/* PyTuple */.Wc && callee.detail.items[0] === 'module' && callee.detail.items[1] instanceof values/* PyGlobal */.B6) {
            callee = callee.detail.items[1];
        }
        const c = new values/* PyCall */.Am(callee, args, at, kwargs);
        this.out.callCount++;
        if (callee instanceof values/* PyGlobal */.B6) {
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
            if ((0,pickle_globals/* isNestedLoader */.R2)(this.policy, callee.module, callee.name) && this.out.nested.length < 256) {
                this.out.nested.push({ loader: callee.dotted, call: c });
            }
        }
        else {
            // Calling a value computed at load time (getattr(...)(...)): one finding for the chain.
            // Everything that computed the callee is part of this one root cause.
            markChain(callee, 0);
            if (this.out.dynamicCalls.length < 1024)
                this.out.dynamicCalls.push(c);
            if (callee instanceof values/* PyCall */.Am && callee.callee instanceof values/* PyGlobal */.B6 && callee.callee.name === 'getattr')
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
        const synthetic = new values/* PyCall */.Am(fed, dispatchedArgs(spec, args), c.offset);
        synthetic.via = c;
        if (fed instanceof values/* PyGlobal */.B6) {
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
        if (target instanceof values/* PyGlobal */.B6) {
            // Writing attributes on a module, class or function: a gadget (threats D11).
            this.out.gadgets.push({ target, offset: at, state });
            this.rememberAttrs(target, state);
            return;
        }
        if (target instanceof values/* PyCall */.Am) {
            target.state = state;
            const callee = target.callee;
            if (callee instanceof values/* PyGlobal */.B6 && callee.name === 'NumpyArrayWrapper' && callee.verdict.kind === 'allow') {
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
        const dicts = state instanceof values/* PyDict */.KL ? [state] : state instanceof values/* PyTuple */.Wc ? state.items.filter((x) => x instanceof values/* PyDict */.KL) : [];
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
        return new reader/* PickleError */.z4(`${message} at offset ${at}`, at);
    }
    limit(what, at) {
        const n = what === 'memo' ? this.limits.maxMemoEntries : this.limits.maxStackDepth;
        return new reader/* PickleError */.z4(`${what} grew past ${n} entries (${what === 'memo' ? 'memo' : 'stack depth'} limit) at offset ${at}`, at, true);
    }
}
function markChain(v, depth) {
    if (!(0,values/* isObject */.Gv)(v) || depth > 16)
        return;
    if (v instanceof values/* PyGlobal */.B6)
        v.covered = true;
    else if (v instanceof values/* PyCall */.Am) {
        v.consumed = true;
        markChain(v.callee, depth + 1);
        for (const a of v.args)
            markChain(a, depth + 1);
    }
    else if (v instanceof values/* PyTuple */.Wc || v instanceof values/* PyList */._H)
        for (const a of v.items)
            markChain(a, depth + 1);
}
/** REDUCE/NEWOBJ arguments as a list (a non-tuple fails in CPython, but the call was attempted). */
function argList(args) {
    if (args instanceof values/* PyTuple */.Wc)
        return args.items;
    if (args instanceof values/* PyList */._H)
        return args.items;
    return [args];
}
function describeOperand(v) {
    if (typeof v === 'string')
        return JSON.stringify(v.slice(0, 40));
    if (v === null)
        return 'None';
    if (!(0,values/* isObject */.Gv)(v))
        return typeof v;
    if (v instanceof values/* PyCall */.Am)
        return 'computed by a call';
    if (v instanceof values/* PyGlobal */.B6)
        return `the object ${v.dotted}`;
    return v.kind;
}
/** Could this value be a callable that is not allowlisted? (Literals and containers are not callables.) */
function suspiciousCallable(v) {
    if (v instanceof values/* PyGlobal */.B6)
        return v.verdict.kind !== 'allow' || v.unresolved !== undefined;
    if (v instanceof values/* PyCall */.Am) {
        if (!(v.callee instanceof values/* PyGlobal */.B6))
            return true;
        return (0,values/* globalsIn */.yk)(v).some((g) => g.verdict.kind !== 'allow' || g.unresolved !== undefined);
    }
    return v instanceof values/* PyOpaque */.Lr;
}
/** The first call a dispatcher makes with its callable (arguments as far as they are constants). */
function dispatchedArgs(spec, args) {
    const itemsOf = (v) => (v instanceof values/* PyList */._H || v instanceof values/* PyTuple */.Wc || v instanceof values/* PySet */.gG ? v.items : []);
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
            return [new values/* PyOpaque */.Lr('re.Match')];
        case 'none':
            return [];
    }
}
/** Modules whose functions fold() knows. */
const FOLD_MODULES = new Set(['builtins', 'operator', 'codecs']);
/** A short description of how a folded value was computed, for messages. */
function foldedFrom(c) {
    const callee = c.callee;
    if (callee instanceof values/* PyGlobal */.B6)
        return `${callee.module === 'builtins' ? '' : `${callee.module}.`}${callee.name}(…)`;
    return 'a computed call';
}
/** The strings a constant iterable yields (a list or tuple of strings, a str, a folded str or list). */
function stringsOf(v, depth = 0) {
    if (depth > 8 || v === undefined)
        return undefined;
    if (typeof v === 'string')
        return [...v];
    if (v instanceof values/* PyList */._H || v instanceof values/* PyTuple */.Wc) {
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
    if (v instanceof values/* PyCall */.Am) {
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
    if (v instanceof values/* PyCall */.Am && typeof v.value === 'string')
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
    if (callee instanceof values/* PyGlobal */.B6)
        fn = `${callee.module}.${callee.name}`;
    else if (callee instanceof values/* PyCall */.Am && callee.callee instanceof values/* PyGlobal */.B6 && callee.callee.name === 'getattr' && callee.callee.module === 'builtins') {
        // getattr(x, 'name')(...): a bound method of a constant, or a BUILD-written attribute.
        const [obj, attr] = callee.args;
        if (typeof attr !== 'string')
            return;
        if (obj instanceof values/* PyGlobal */.B6 && !obj.unresolved) {
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
            const items = a[1] instanceof values/* PyList */._H || a[1] instanceof values/* PyTuple */.Wc ? a[1].items : undefined;
            if (f instanceof values/* PyGlobal */.B6 && f.module === 'builtins' && f.name === 'chr' && items && items.every((x) => typeof x === 'number')) {
                c.value = items.map((x) => String.fromCodePoint(x));
            }
            return;
        }
        default:
            // getattr(G, 'attr') where BUILD wrote G.attr (threats B2).
            if (fn === 'builtins.getattr' && attrs && a[0] instanceof values/* PyGlobal */.B6 && typeof a[1] === 'string') {
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


/***/ }),

/***/ 4612:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DF: () => (/* binding */ TruncatedError),
/* harmony export */   hW: () => (/* binding */ FrameMode),
/* harmony export */   kP: () => (/* binding */ ByteReader),
/* harmony export */   z4: () => (/* binding */ PickleError),
/* harmony export */   zM: () => (/* binding */ f64beAt)
/* harmony export */ });
/* harmony import */ var _literals_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5495);

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
        return (0,_literals_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeUtf8SurrogatePass */ .xN)(this.buf.subarray(i, i + n));
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


/***/ }),

/***/ 8077:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Am: () => (/* binding */ PyCall),
/* harmony export */   B6: () => (/* binding */ PyGlobal),
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   KL: () => (/* binding */ PyDict),
/* harmony export */   Lr: () => (/* binding */ PyOpaque),
/* harmony export */   Wc: () => (/* binding */ PyTuple),
/* harmony export */   _H: () => (/* binding */ PyList),
/* harmony export */   dx: () => (/* binding */ KEEP_ITEMS),
/* harmony export */   gG: () => (/* binding */ PySet),
/* harmony export */   p_: () => (/* binding */ PyBytes),
/* harmony export */   yk: () => (/* binding */ globalsIn)
/* harmony export */ });
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


/***/ }),

/***/ 8864:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ tarClaim)
/* harmony export */ });
/* harmony import */ var _reader_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9701);

/** What routing needs of the tar scanner (index.ts adds the scan, loaded on first use). */
const tarClaim = {
    id: 'tar',
    name: 'Tar archive',
    extensions: ['.tar'],
    claim: (probe) => ((0,_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .looksLikeTar */ .lH)(probe.head) ? 'magic' : false),
};


/***/ }),

/***/ 9701:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ei: () => (/* binding */ isZeroBlock),
/* harmony export */   lH: () => (/* binding */ looksLikeTar),
/* harmony export */   sB: () => (/* binding */ readTar)
/* harmony export */ });
/* unused harmony exports BLOCK, tarNumber, validHeader */
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


/***/ }),

/***/ 2864:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ savedModelClaim)
/* harmony export */ });
/* harmony import */ var _detect_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9465);

const TF1_META_GRAPH = /\.ckpt[^/]*\.meta$/;
/** What routing needs of the TensorFlow scanner (index.ts adds the scan, loaded on first use). */
const savedModelClaim = {
    id: 'tensorflow',
    name: 'TensorFlow SavedModel / GraphDef',
    extensions: ['.pb'],
    claim(probe) {
        if ((0,_detect_js__WEBPACK_IMPORTED_MODULE_0__/* .looksLikeSavedModel */ .Ix)(probe.head) || (0,_detect_js__WEBPACK_IMPORTED_MODULE_0__/* .looksLikeKerasMetadata */ .tB)(probe.head))
            return 'magic';
        return probe.extension === '.pb' || TF1_META_GRAPH.test(probe.name) ? 'hint' : false;
    },
};


/***/ }),

/***/ 9465:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ix: () => (/* binding */ looksLikeSavedModel),
/* harmony export */   N5: () => (/* binding */ tfFileKind),
/* harmony export */   tB: () => (/* binding */ looksLikeKerasMetadata)
/* harmony export */ });
function looksLikeSavedModel(head) {
    // field 1 varint = 1, field 2 (meta_graphs) length-delimited, whose first field is 1 or 2 (meta_info_def / graph_def).
    if (head[0] !== 0x08 || head[1] !== 0x01 || head[2] !== 0x12)
        return false;
    const [, next] = readVarint(head, 3);
    return next !== undefined && (head[next] === 0x0a || head[next] === 0x12);
}
function looksLikeKerasMetadata(head) {
    if (head[0] !== 0x0a)
        return false;
    let [, at] = readVarint(head, 1);
    if (at === undefined)
        return false;
    if (head[at] === 0x10)
        [, at] = readVarint(head, at + 1); // node_id (absent when 0)
    if (at === undefined || head[at] !== 0x1a)
        return false;
    const [length, start] = readVarint(head, at + 1);
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
function readVarint(bytes, at) {
    let value = 0;
    for (let i = 0; i < 5 && at + i < bytes.length; i++) {
        const b = bytes[at + i];
        value += (b & 0x7f) * 2 ** (7 * i);
        if ((b & 0x80) === 0)
            return [value, at + i + 1];
    }
    return [undefined, undefined];
}


/***/ }),

/***/ 7471:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Od: () => (/* binding */ torchLegacyClaim),
/* harmony export */   lH: () => (/* binding */ looksLikeLegacyStream),
/* harmony export */   pb: () => (/* binding */ tarRecordMember)
/* harmony export */ });
const MAGIC = Buffer.from('8a0a6cfc9c46f9206aa85019', 'hex'); // LONG1, 10 bytes: 0x1950a86a20f9469cfc6c
function isPickleStart(b) {
    return b.length >= 2 && b[0] === 0x80 && b[1] <= 5;
}
/** The legacy stream: the literal magic number, or (threat A6: computed magic) the sys_info keys in the head. */
function looksLikeLegacyStream(head) {
    if (!isPickleStart(head))
        return false;
    if (Buffer.from(head.subarray(2, 2 + MAGIC.length)).equals(MAGIC))
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
/** What routing needs of the legacy torch scanner (index.ts adds the scan, loaded on first use). */
const torchLegacyClaim = {
    id: 'torch-legacy',
    name: 'PyTorch legacy checkpoint',
    extensions: ['.pt', '.pth', '.bin', '.ckpt'],
    claim: (probe) => (looksLikeLegacyStream(probe.head) || tarRecordMember(probe.name, probe.head) ? 'magic' : false),
};


/***/ }),

/***/ 7584:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ torchPrefixes),
/* harmony export */   W8: () => (/* binding */ zipClaim),
/* harmony export */   Xn: () => (/* binding */ pytorchZipClaim),
/* harmony export */   jt: () => (/* binding */ directoryOf)
/* harmony export */ });
/* harmony import */ var _core_limits_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7535);
/* harmony import */ var _reader_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3045);


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
        result = (0,_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .readZipDirectory */ .x5)(source, { maxMembers });
    }
    catch (error) {
        result = error instanceof Error ? error : new Error(String(error));
    }
    directoryCache.set(source, { maxMembers, result });
    if (result instanceof Error)
        throw result;
    return result;
}
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
function claimZip(probe) {
    try {
        return (0,_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .looksLikeZip */ .fw)(probe.source, probe.head, probe.tail);
    }
    catch {
        return false;
    }
}
function claimTorch(probe) {
    if (!claimZip(probe))
        return false;
    try {
        return torchPrefixes(directoryOf(probe.source, _core_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_LIMITS */ .dR.maxMembers).entries).size > 0;
    }
    catch {
        return false;
    }
}
/** What routing needs of the PyTorch zip scanner (index.ts adds the scan, loaded on first use). */
const pytorchZipClaim = {
    id: 'pytorch-zip',
    name: 'PyTorch zip checkpoint',
    extensions: ['.pt', '.pth', '.bin', '.ckpt', '.ptl', '.pt2', '.mar'],
    claim: (probe) => (claimTorch(probe) ? 'magic' : false),
};
/** What routing needs of the zip scanner (index.ts adds the scan, loaded on first use). */
const zipClaim = {
    id: 'zip',
    name: 'Zip archive',
    extensions: ['.zip', '.npz', '.keras', '.nemo'],
    claim: (probe) => (claimZip(probe) ? 'magic' : false),
};


/***/ }),

/***/ 3045:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   An: () => (/* binding */ METHOD_DEFLATE),
/* harmony export */   Ld: () => (/* binding */ readLocalHeader),
/* harmony export */   PA: () => (/* binding */ ZipFormatError),
/* harmony export */   SX: () => (/* binding */ SIG_LOCAL),
/* harmony export */   TK: () => (/* binding */ FLAG_PATCHED),
/* harmony export */   Tf: () => (/* binding */ FLAG_STRONG_ENCRYPTION),
/* harmony export */   Tq: () => (/* binding */ FLAG_UTF8),
/* harmony export */   Zi: () => (/* binding */ SIG_ZIP64_LOCATOR),
/* harmony export */   bp: () => (/* binding */ eocdCandidates),
/* harmony export */   fw: () => (/* binding */ looksLikeZip),
/* harmony export */   iM: () => (/* binding */ SIG_EOCD),
/* harmony export */   st: () => (/* binding */ SIG_CENTRAL),
/* harmony export */   uM: () => (/* binding */ FLAG_ENCRYPTED),
/* harmony export */   uj: () => (/* binding */ SIG_ZIP64_EOCD),
/* harmony export */   w2: () => (/* binding */ startsWithLocalHeader),
/* harmony export */   wR: () => (/* binding */ FLAG_DATA_DESCRIPTOR),
/* harmony export */   x5: () => (/* binding */ readZipDirectory),
/* harmony export */   y$: () => (/* binding */ METHOD_STORED)
/* harmony export */ });
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
function u16(b, o) {
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
    const lowest = Math.max(0, tail.length - EOCD_SIZE - MAX_COMMENT);
    // lastIndexOf finds each "P" natively: a byte loop over 64 KiB runs cold (interpreted) on every claim.
    for (let i = tail.length - EOCD_SIZE; i >= lowest; i--) {
        i = tail.lastIndexOf(0x50, i);
        if (i < lowest)
            break;
        if (tail[i + 1] === 0x4b && tail[i + 2] === 0x05 && tail[i + 3] === 0x06)
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
    let count = u16(eocd, 10);
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
        const flags = u16(fixed, 8);
        const method = u16(fixed, 10);
        const crc32 = u32(fixed, 16);
        let compressedSize = u32(fixed, 20);
        let uncompressedSize = u32(fixed, 24);
        const nameLength = u16(fixed, 28);
        const extraLength = u16(fixed, 30);
        const commentLength = u16(fixed, 32);
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
                const id = u16(extra, p);
                const len = u16(extra, p + 2);
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
    const nameLength = u16(fixed, 26);
    const extraLength = u16(fixed, 28);
    const nameBytes = readExact(source, offset + LOCAL_SIZE, nameLength) ?? new Uint8Array(0);
    const localName = decodeName(nameBytes, u16(fixed, 6));
    const dataOffset = offset + LOCAL_SIZE + nameLength + extraLength;
    const size = Number.isFinite(entry.compressedSize) ? entry.compressedSize : 0;
    const available = Math.max(0, Math.min(size, source.size - dataOffset));
    return { dataOffset, localName, nameMismatch: localName !== entry.name, available };
}


/***/ }),

/***/ 9971:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C8: () => (/* binding */ DEFAULT_PICKLE_POLICY),
/* harmony export */   R2: () => (/* binding */ isNestedLoader),
/* harmony export */   Sq: () => (/* binding */ classifyGlobal)
/* harmony export */ });
/* unused harmony export CATEGORY_SEVERITY */
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


/***/ }),

/***/ 3506:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   mE: () => (/* binding */ configuredDenySeverity),
/* harmony export */   vh: () => (/* binding */ buildPolicy),
/* harmony export */   zj: () => (/* binding */ DEFAULT_POLICY)
/* harmony export */ });
/* unused harmony export CONFIGURED_DENY_SUFFIX */
/* harmony import */ var _pickle_globals_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9971);

const DEFAULT_POLICY = {
    pickle: _pickle_globals_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_PICKLE_POLICY */ .C8,
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
        if ((0,_pickle_globals_js__WEBPACK_IMPORTED_MODULE_0__/* .classifyGlobal */ .Sq)(base.pickle, module, name).kind === 'deny')
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


/***/ }),

/***/ 203:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  y0: () => (/* binding */ RULES),
  V7: () => (/* binding */ allRules),
  sG: () => (/* binding */ ruleFor)
});

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


/***/ }),

/***/ 7130:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GR: () => (/* binding */ nothingToScan),
/* harmony export */   cX: () => (/* binding */ notFullyScannedModels),
/* harmony export */   xJ: () => (/* binding */ isIgnoredFile)
/* harmony export */ });
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


/***/ }),

/***/ 2527:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   au: () => (/* binding */ escapeSarifText),
/* harmony export */   en: () => (/* binding */ escapeTerminal),
/* harmony export */   ml: () => (/* binding */ shorten),
/* harmony export */   xo: () => (/* binding */ neutralizeProse)
/* harmony export */ });
/* unused harmony exports neutralizeMarkdown, escapeMarkdownTableCell, visibleControls, stripAnsi */
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


/***/ }),

/***/ 3739:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ callDisplay)
/* harmony export */ });
/**
 * `os.system('id')`: the callable and its constant arguments, when known.
 * Raw: each renderer escapes it for its medium.
 */
function callDisplay(finding) {
    if (!finding.callable)
        return '';
    return finding.args ? `${finding.callable}(${finding.args.join(', ')})` : finding.callable;
}


/***/ }),

/***/ 4458:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ fingerprint)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);

/**
 * Identifies a finding across runs (SARIF partialFingerprints, JSON output):
 * sha256 hex of rule, file, member and the callable (or, without one, the
 * message). Not of offsets: re-saving a model moves bytes.
 */
function fingerprint(finding) {
    const key = [finding.ruleId, finding.file, finding.member ?? '', finding.callable ?? finding.message].join('\u0000');
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(key, 'utf8').digest('hex');
}


/***/ }),

/***/ 11:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A5: () => (/* binding */ SARIF_SCHEMA),
/* harmony export */   Fj: () => (/* binding */ DEFAULT_CATEGORY),
/* harmony export */   XG: () => (/* binding */ FINGERPRINT_KEY),
/* harmony export */   _R: () => (/* binding */ MAX_SARIF_RESULTS),
/* harmony export */   jY: () => (/* binding */ automationId)
/* harmony export */ });
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
// EXTERNAL MODULE: ./node_modules/commander/index.js
var commander = __nccwpck_require__(8909);
;// CONCATENATED MODULE: ./node_modules/commander/esm.mjs


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

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var node_modules_picomatch = __nccwpck_require__(4006);
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

// EXTERNAL MODULE: ./lib/core/exit-codes.js
var exit_codes = __nccwpck_require__(1716);
// EXTERNAL MODULE: ./lib/core/severity.js
var severity = __nccwpck_require__(3980);
;// CONCATENATED MODULE: ./lib/core/gate.js

function evaluateGate(report, threshold) {
    const findings = report.files
        .flatMap((f) => f.findings)
        .sort((a, b) => (0,severity/* bySeverityDesc */.IO)(a, b) || compare(a.file, b.file) || compare(a.member ?? '', b.member ?? '') || (a.offset ?? 0) - (b.offset ?? 0));
    const counts = Object.fromEntries(severity/* SEVERITIES */.oC.map((s) => [s, 0]));
    for (const f of findings)
        counts[f.severity]++;
    const blocking = findings.filter((f) => (0,severity/* meetsThreshold */.M0)(f.severity, threshold));
    return {
        threshold,
        outcome: blocking.length > 0 ? 'fail' : 'pass',
        findings,
        blocking,
        counts,
        highest: (0,severity/* highestSeverity */.qq)(findings),
        scannedFiles: report.files.filter((f) => f.status === 'complete' || f.status === 'incomplete').length,
        notFullyScanned: report.files.filter((f) => f.status !== 'complete' && f.status !== 'ignored'),
    };
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./lib/core/options.js
const OUTPUT_FORMATS = ['text', 'json', 'sarif', 'markdown'];

// EXTERNAL MODULE: ./lib/core/scan.js + 12 modules
var scan = __nccwpck_require__(8582);
// EXTERNAL MODULE: ./lib/core/version.js
var version = __nccwpck_require__(8067);
// EXTERNAL MODULE: ./lib/report/coverage.js
var coverage = __nccwpck_require__(7130);
// EXTERNAL MODULE: ./lib/report/escape.js
var report_escape = __nccwpck_require__(2527);
// EXTERNAL MODULE: ./lib/report/finding-text.js
var finding_text = __nccwpck_require__(3739);
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
const MAX_CALL = 300;
/**
 * Human-readable CLI output: findings grouped by file (most severe file first),
 * files not fully scanned, input errors, then a one-line verdict. Every string
 * from the scanned repository is terminal-escaped.
 */
function renderText(report, gate, options) {
    const paint = (code, s) => (options.color ? `${code}${s}${ANSI.reset}` : s);
    const findings = options.quiet ? gate.blocking : gate.findings;
    const blocks = [];
    if ((0,coverage/* nothingToScan */.GR)(gate)) {
        blocks.push(`No model files found to scan under ${(0,report_escape/* escapeTerminal */.en)(report.root)}.`);
    }
    for (const [file, list] of groupByFile(findings)) {
        const lines = [paint(ANSI.bold, (0,report_escape/* escapeTerminal */.en)(file))];
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
        where.push(`in ${(0,report_escape/* escapeTerminal */.en)(f.member)}`);
    if (f.offset !== undefined)
        where.push(`at byte ${f.offset}`);
    const head = [(0,report_escape/* escapeTerminal */.en)(f.ruleId), (0,report_escape/* escapeTerminal */.en)(f.format), ...where].join('  ');
    const lines = [`  ${label}  ${head}`, `${INDENT}${(0,report_escape/* escapeTerminal */.en)(f.message)}`];
    if (f.callable)
        lines.push(`${INDENT}would run: ${(0,report_escape/* escapeTerminal */.en)((0,report_escape/* shorten */.ml)((0,finding_text/* callDisplay */.h)(f), MAX_CALL))}`);
    return lines;
}
function coverageBlocks(report, gate, verbose) {
    const blocks = [];
    const partial = (0,coverage/* notFullyScannedModels */.cX)(gate);
    if (partial.length > 0) {
        const lines = partial.map((f) => {
            const why = f.reasons.length > 0 ? f.reasons.join('; ') : f.status;
            return `  ${(0,report_escape/* escapeTerminal */.en)(f.file)}  (${f.status}) ${(0,report_escape/* escapeTerminal */.en)(why)}`;
        });
        blocks.push(['Not fully scanned (not known to be safe):', ...lines].join('\n'));
    }
    if (report.errors.length > 0) {
        blocks.push(['Could not scan:', ...report.errors.map((e) => `  ${(0,report_escape/* escapeTerminal */.en)(e.path)}: ${(0,report_escape/* escapeTerminal */.en)(e.message)}`)].join('\n'));
    }
    if (report.skipped.length > 0) {
        blocks.push(['Skipped:', ...report.skipped.map((s) => `  ${(0,report_escape/* escapeTerminal */.en)(s.path)}: ${(0,report_escape/* escapeTerminal */.en)(s.reason)}`)].join('\n'));
    }
    if (verbose) {
        const clean = report.files.filter((f) => f.status === 'complete' && f.findings.length === 0);
        if (clean.length > 0) {
            const lines = clean.map((f) => `  ${(0,report_escape/* escapeTerminal */.en)(f.file)}  (${(0,report_escape/* escapeTerminal */.en)(f.formats.join(', '))}, ${f.size} bytes, ${Math.round(f.durationMs)} ms)`);
            blocks.push(['No findings:', ...lines].join('\n'));
        }
    }
    return blocks;
}
/** "4 files scanned, 1 critical, 1 high, 3 medium, 1 low, 3 not fully scanned — FAILED (threshold: high)". */
function summaryLine(report, gate, paint) {
    const parts = [`${gate.scannedFiles} ${gate.scannedFiles === 1 ? 'file' : 'files'} scanned`];
    parts.push(...severity/* SEVERITIES */.oC.map((s) => `${gate.counts[s]} ${s}`));
    const partial = (0,coverage/* notFullyScannedModels */.cX)(gate).length;
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

// EXTERNAL MODULE: ./lib/core/shard.js
var shard = __nccwpck_require__(5775);
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

// EXTERNAL MODULE: ./lib/core/limits.js
var core_limits = __nccwpck_require__(7535);
// EXTERNAL MODULE: ./lib/config/types.js
var types = __nccwpck_require__(9271);
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./lib/integrity/hash.js


const CHUNK = 1024 * 1024;
/** SHA-256 (lower-case hex) of a file on disk, read in 1 MiB chunks. */
function sha256File(path) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    try {
        const buffer = Buffer.allocUnsafe(CHUNK);
        for (;;) {
            const n = (0,external_node_fs_.readSync)(fd, buffer, 0, CHUNK, null);
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
            throw new types/* ConfigError */.x(`checksums ${name}: line ${index + 1}: expected "<sha256>  <file>" (sha256sum format)`);
        const path = escaped ? m[2].replace(/\\(\\|n|r)/g, (_, c) => (c === 'n' ? '\n' : c === 'r' ? '\r' : '\\')) : m[2];
        entries.push({ sha256: m[1].toLowerCase(), path, line: index + 1 });
    });
    return entries;
}
function loadChecksums(root, name) {
    const path = (0,external_node_path_.resolve)(root, name);
    const text = (0,types/* readInputText */._)(path, `checksums ${name}`);
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

// EXTERNAL MODULE: ./lib/policy/policy.js
var policy = __nccwpck_require__(3506);
;// CONCATENATED MODULE: ./lib/config/apply.js






const STALE_SUPPRESSION_RULE = 'config/stale-suppression';
/** The policy a configuration asks for (the default policy when there is none). */
function policyFromConfig(config) {
    return (0,policy/* buildPolicy */.vh)(additionsOf(config));
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
            const severity = (0,policy/* configuredDenySeverity */.mE)(additions, finding);
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

// EXTERNAL MODULE: ./lib/report/fingerprint.js
var fingerprint = __nccwpck_require__(4458);
// EXTERNAL MODULE: ./lib/report/sarif-constants.js
var sarif_constants = __nccwpck_require__(11);
;// CONCATENATED MODULE: ./lib/config/baseline.js




/** Reads a SARIF file written by this tool. Throws ConfigError (one line) when it is not one. */
function loadBaseline(path, name) {
    const text = (0,types/* readInputText */._)(path, `baseline ${name}`);
    let log;
    try {
        log = JSON.parse(text);
    }
    catch (error) {
        throw new types/* ConfigError */.x(`baseline ${name}: not JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
    const runs = log.runs;
    if (!Array.isArray(runs))
        throw new types/* ConfigError */.x(`baseline ${name}: not a SARIF log (no "runs" list)`);
    const fingerprints = new Set();
    for (const run of runs) {
        const results = run?.results;
        if (!Array.isArray(results))
            continue;
        for (const result of results) {
            const id = result?.partialFingerprints?.[sarif_constants/* FINGERPRINT_KEY */.XG];
            if (typeof id === 'string')
                fingerprints.add(id);
        }
    }
    return { name, fingerprints };
}
/** Moves findings already in the baseline out of the gate (kind `baseline`). Mutates and returns the report. */
function applyBaseline(report, baseline) {
    for (const file of report.files) {
        suppressWhere(file, (finding) => baseline.fingerprints.has((0,fingerprint/* fingerprint */.R)(finding)) ? { kind: 'baseline', justification: `already in the baseline ${baseline.name}` } : undefined);
    }
    return report;
}

// EXTERNAL MODULE: ./lib/policy/rules.js + 2 modules
var rules = __nccwpck_require__(203);
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
            throw new types/* ConfigError */.x(`${explicit}: configuration file not found`);
    }
    else {
        const found = CONFIG_FILE_NAMES.map((name) => (0,external_node_path_.resolve)(root, name)).filter((p) => (0,external_node_fs_.existsSync)(p));
        if (found.length > 1)
            throw new types/* ConfigError */.x(`both ${CONFIG_FILE_NAMES.join(' and ')} exist at the scan root: keep one`);
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
        throw new types/* ConfigError */.x(`${displayPath}: cannot read: ${error instanceof Error ? error.message : String(error)}`);
    }
    const config = await parseConfig(text, displayPath);
    return { config, path, displayPath, size };
}
/** Parses and validates configuration text; `name` prefixes every error. */
async function parseConfig(text, name) {
    const { LineCounter, parseDocument } = await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
    const first = doc.errors[0];
    if (first) {
        const at = first.linePos?.[0];
        const where = at ? ` (line ${at.line}, column ${at.col})` : '';
        throw new types/* ConfigError */.x(`${name}: invalid YAML: ${firstLine(first.message)}${where}`);
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
        throw new types/* ConfigError */.x(`${name}: ${problem.text}${line ? ` (line ${line})` : ''}`);
    }
    const config = value;
    // What the schema cannot know: rule ids that exist, dates that exist.
    for (const rule of Object.keys(config.severity ?? {})) {
        if (!rules/* RULES */.y0.has(rule))
            throw new types/* ConfigError */.x(`${name}: severity.${rule}: unknown rule id${lineSuffix(lineOf(['severity', rule]))}`);
    }
    for (const [i, s] of (config.suppressions ?? []).entries()) {
        if (!rules/* RULES */.y0.has(s.rule))
            throw new types/* ConfigError */.x(`${name}: suppressions[${i}].rule: unknown rule id "${s.rule}"${lineSuffix(lineOf(['suppressions', i, 'rule']))}`);
        if (s.expires !== undefined && !isRealDate(s.expires)) {
            throw new types/* ConfigError */.x(`${name}: suppressions[${i}].expires: "${s.expires}" is not a date${lineSuffix(lineOf(['suppressions', i, 'expires']))}`);
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
    const mod = (await __nccwpck_require__.e(/* import() */ 463).then(__nccwpck_require__.t.bind(__nccwpck_require__, 2463, 19)));
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
    return describe(error);
}
/** One Ajv error as `key.path: what is wrong`. */
function describe(error) {
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
        .name(version/* TOOL_NAME */.lH)
        .description('Scan ML model files for code that runs when they are loaded, without loading them.')
        .version(version/* TOOL_VERSION */.wr, '-V, --version')
        .exitOverride()
        .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
        .showHelpAfterError('(run with --help for usage)');
    program
        .command('scan', { isDefault: true })
        .description('Scan files and folders (folders are walked recursively).')
        .argument('[paths...]', 'files or folders to scan')
        .option('-p, --path <path...>', 'a file or folder to scan (may be repeated; same as a positional path)')
        .addOption(new Option('--fail-on <severity>', 'exit 1 when a finding is at or above this severity')
        .choices(severity/* THRESHOLDS */.Rm)
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
        .option('--limit <name=value>', `change a resource limit (repeatable), e.g. --limit maxDepth=3 --limit maxMemberBytes=1GiB; limits: ${Object.keys(core_limits/* DEFAULT_LIMITS */.dR).join(', ')}`, (value, previous = []) => [...previous, value])
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
        .action(async (file) => {
        const { writeStarterConfig } = await __nccwpck_require__.e(/* import() */ 670).then(__nccwpck_require__.bind(__nccwpck_require__, 5670));
        try {
            writeStarterConfig((0,external_node_path_.resolve)(io.cwd, file), file);
            io.stdout(`Wrote ${file}: edit it, commit it, and the next scan applies it.\n`);
        }
        catch (error) {
            io.stderr(`${version/* TOOL_NAME */.lH}: ${error instanceof Error ? error.message : String(error)}\n`);
            exitCode = exit_codes/* EXIT_ERROR */.SI;
        }
    });
    program
        .command('merge')
        .description('Merge the SARIF files of a sharded scan (--shard i/n) into one run and apply the gate once.')
        .argument('<inputs...>', 'SARIF files, or folders holding them (*.sarif, *.sarif.json)')
        .addOption(new Option('--fail-on <severity>', 'exit 1 when a finding is at or above this severity')
        .choices(severity/* THRESHOLDS */.Rm)
        .default('high'))
        .option('--sarif <file>', 'write the merged SARIF 2.1.0 report to this file')
        .addOption(new Option('-f, --format <format>', 'what to print on stdout').choices(OUTPUT_FORMATS).default('text'))
        .option('--category <id>', 'SARIF category of the merged run (default: the shards\' category)')
        .option('--expect <count>', 'fail unless this many SARIF files are found (the number of shards)', countOption)
        .action(async (inputs, flags) => {
        const { mergeCommand } = await __nccwpck_require__.e(/* import() */ 190).then(__nccwpck_require__.bind(__nccwpck_require__, 2190));
        exitCode = mergeCommand(inputs, flags, io);
    });
    try {
        await program.parseAsync([...argv], { from: 'user' });
    }
    catch (error) {
        if (error instanceof CommanderError) {
            // --help and --version exit 0; every other parse error is a usage error.
            return error.exitCode === 0 ? 0 : exit_codes/* EXIT_ERROR */.SI;
        }
        io.stderr(`${version/* TOOL_NAME */.lH}: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
        return exit_codes/* EXIT_ERROR */.SI;
    }
    if (argv.length === 0) {
        io.stderr(program.helpInformation());
        return exit_codes/* EXIT_ERROR */.SI;
    }
    return exitCode;
}
async function scanCommand(paths, flags, io) {
    if (flags.hf !== undefined && (paths.length > 0 || flags.checksums)) {
        io.stderr(`${version/* TOOL_NAME */.lH}: --hf scans a Hub repository: give no local paths${flags.checksums ? ' and no --checksums' : ''} with it\n`);
        return exit_codes/* EXIT_ERROR */.SI;
    }
    if (paths.length === 0 && flags.hf === undefined) {
        io.stderr(`${version/* TOOL_NAME */.lH}: nothing to scan: give at least one file or folder (e.g. ${version/* TOOL_NAME */.lH} scan ./models)\n`);
        return exit_codes/* EXIT_ERROR */.SI;
    }
    const root = io.cwd;
    let limits;
    try {
        limits = (0,core_limits/* parseLimitAssignments */.$0)(flags.limit ?? []);
    }
    catch (error) {
        if (!(error instanceof core_limits/* LimitError */.oC))
            throw error;
        io.stderr(`${version/* TOOL_NAME */.lH}: --limit: ${error.message}\n`);
        return exit_codes/* EXIT_ERROR */.SI;
    }
    let setup;
    try {
        setup = await loadPolicySetup(root, { config: flags.config, baseline: flags.baseline, checksums: flags.checksums, hash: flags.hash });
    }
    catch (error) {
        if (!(error instanceof types/* ConfigError */.x))
            throw error;
        io.stderr(`${version/* TOOL_NAME */.lH}: ${error.message}\n`);
        return exit_codes/* EXIT_ERROR */.SI;
    }
    let report;
    if (flags.hf !== undefined) {
        const { HubError, scanHub } = await __nccwpck_require__.e(/* import() */ 474).then(__nccwpck_require__.bind(__nccwpck_require__, 3474));
        try {
            const exclude = [...(flags.exclude ?? []), ...setup.ignore];
            report = await scanHub({ repo: flags.hf, env: io.env ?? process.env, policy: setup.policy, limits, exclude, hash: setup.hash });
        }
        catch (error) {
            if (!(error instanceof HubError))
                throw error;
            io.stderr(`${version/* TOOL_NAME */.lH}: ${error.message}\n`);
            return exit_codes/* EXIT_ERROR */.SI;
        }
        applyPolicySetup(report, setup, { partial: true });
    }
    else {
        const discovery = discoverPaths(paths, { root, exclude: [...(flags.exclude ?? []), ...setup.ignore] });
        for (const error of discovery.errors)
            io.stderr(`${version/* TOOL_NAME */.lH}: ${error.message}\n`);
        (0,scan/* restrictToShard */.uq)(discovery, flags.shard);
        const progress = flags.progress === false
            ? undefined
            : new Progress({ total: discovery.files.length, write: io.stderr, tty: io.stderrIsTty ?? false, label: version/* TOOL_NAME */.lH, columns: process.stderr.columns });
        report = applyPolicySetup(await (0,scan/* scanFiles */.Tu)(discovery, { onFile: progress?.onFile, root, policy: setup.policy, limits, hangGuard: true }), setup);
        progress?.finish();
    }
    const gate = evaluateGate(report, flags.failOn);
    const sarif = flags.sarif || flags.format === 'sarif' ? await __nccwpck_require__.e(/* import() */ 11).then(__nccwpck_require__.bind(__nccwpck_require__, 1011)) : undefined;
    const json = flags.json || flags.format === 'json' ? await __nccwpck_require__.e(/* import() */ 406).then(__nccwpck_require__.bind(__nccwpck_require__, 7406)) : undefined;
    const markdown = flags.format === 'markdown' ? await __nccwpck_require__.e(/* import() */ 21).then(__nccwpck_require__.bind(__nccwpck_require__, 3021)) : undefined;
    const sarifText = () => `${JSON.stringify(sarif.buildSarif(report, { category: flags.category, baseline: setup.baseline !== undefined }), null, 2)}\n`;
    try {
        if (flags.sarif)
            writeOutput((0,external_node_path_.resolve)(root, flags.sarif), sarifText());
        if (flags.json)
            writeOutput((0,external_node_path_.resolve)(root, flags.json), json.renderJson(report, gate));
    }
    catch (error) {
        io.stderr(`${version/* TOOL_NAME */.lH}: cannot write report: ${error instanceof Error ? error.message : String(error)}\n`);
        return exit_codes/* EXIT_ERROR */.SI;
    }
    io.stdout(renderStdout(flags, report, gate, io, { sarifText, json, markdown }));
    // An exception that escaped a scanner is our bug, not the file's: the file is reported not fully
    // scanned (scan/incomplete) and the run exits 2 unless findings already fail it (exit 1 wins).
    const internal = internalErrors(report);
    if (internal.length > 0) {
        io.stderr(`${version/* TOOL_NAME */.lH}: ${internal.length} internal error${internal.length === 1 ? '' : 's'} (a scanner failed; the file${internal.length === 1 ? ' is' : 's are'} reported as not fully scanned; please report this):\n` +
            internal.slice(0, 10).map((f) => `  ${(0,report_escape/* escapeTerminal */.en)(f.file)}${f.member ? `!/${(0,report_escape/* escapeTerminal */.en)(f.member)}` : ''}: ${(0,report_escape/* escapeTerminal */.en)(f.message)}\n`).join(''));
    }
    const code = (0,exit_codes/* exitCodeFor */.Rr)(report, gate);
    return code === exit_codes/* EXIT_PASS */.rc && internal.length > 0 ? exit_codes/* EXIT_ERROR */.SI : code;
}
function renderStdout(flags, report, gate, io, renderers) {
    switch (flags.format) {
        case 'json':
            return renderers.json.renderJson(report, gate);
        case 'sarif':
            return renderers.sarifText();
        case 'markdown':
            return renderers.markdown.renderSummary(report, gate);
        default:
            return renderText(report, gate, { color: io.isTty && flags.color !== false, quiet: flags.quiet ?? false });
    }
}
function shardOption(value) {
    try {
        return (0,shard/* parseShard */.uK)(value);
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

