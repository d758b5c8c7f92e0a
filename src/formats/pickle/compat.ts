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
export const PY2_MODULES: Readonly<Record<string, string>> = {
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
export const PY2_NAMES: Readonly<Record<string, readonly [string, string]>> = {
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
export const MODULE_ALIASES: Readonly<Record<string, string>> = {
  posix: 'os', nt: 'os', __builtins__: 'builtins', _operator: 'operator', _functools: 'functools', _io: 'io',
  _pickle: 'pickle', _socket: 'socket', _ssl: 'ssl', _ctypes: 'ctypes', _signal: 'signal', _thread: 'threading',
  _multiprocessing: 'multiprocessing', _asyncio: 'asyncio', _frozen_importlib: 'importlib',
  _frozen_importlib_external: 'importlib', _imp: 'importlib', _sqlite3: 'sqlite3', _lzma: 'lzma', _bz2: 'bz2',
  _gdbm: 'dbm', _dbm: 'dbm', _posixshmem: 'multiprocessing', _winapi: 'subprocess', _pyio: 'io', _collections: 'collections',
};

/** The (module, name) the unpickler really imports, with C modules named by their public module. */
export function canonicalName(module: string, name: string): { module: string; name: string } {
  const renamed = PY2_NAMES[`${module} ${name}`];
  if (renamed) [module, name] = renamed;
  else {
    const top = PY2_MODULES[module];
    if (top) module = top;
  }
  const dot = module.indexOf('.');
  const head = dot < 0 ? module : module.slice(0, dot);
  const alias = MODULE_ALIASES[head];
  if (alias) module = alias + (dot < 0 ? '' : module.slice(dot));
  return { module, name };
}
