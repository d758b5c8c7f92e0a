export const id = 179;
export const ids = [179];
export const modules = {

/***/ 2689:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ew: () => (/* binding */ canonicalName)
/* harmony export */ });
/* unused harmony exports PY2_MODULES, PY2_NAMES, MODULE_ALIASES */
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


/***/ }),

/***/ 9971:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
            ...names('file', 'reads or writes files', ['fromfile', 'tofile', 'memmap', 'loadtxt', 'savetxt', 'genfromtxt', 'fromregex', 'save', 'savez', 'savez_compressed', 'ndarray.tofile', 'ndarray.dump']),
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
        'torch._ops': names('native', 'loads native libraries', ['load_library', 'ops.load_library']),
        'torch._classes': names('native', 'loads native libraries', ['load_library', 'classes.load_library']),
        // The same methods on every concrete Path class (PosixPath is what Path() makes on Linux).
        pathlib: names('file', 'reads and writes files', ['Path', 'PosixPath', 'WindowsPath'].flatMap((cls) => ['write_text', 'write_bytes', 'read_text', 'read_bytes', 'open', 'unlink', 'rename', 'symlink_to', 'touch', 'mkdir', 'rmdir', 'replace', 'chmod', 'hardlink_to', 'link_to', 'lchmod', 'iterdir', 'glob', 'rglob'].map((m) => `${cls}.${m}`))),
        'pandas.io.parsers.readers': names('network', 'reads files or URLs', ['read_csv', 'read_table', 'read_fwf', 'TextFileReader']),
        'pandas.io.pickle': names('nested', 'unpickles a file', ['read_pickle']),
        // The same readers under their public names (pandas.read_csv is what people write; MS #338 exfiltration by URL).
        pandas: {
            ...names('network', 'reads files or URLs', [
                'read_csv', 'read_table', 'read_fwf', 'read_html', 'read_json', 'read_xml', 'read_sql', 'read_sql_query', 'read_sql_table',
                'read_excel', 'read_parquet', 'read_feather', 'read_orc', 'read_stata', 'read_sas', 'read_spss', 'read_hdf', 'read_clipboard',
            ]),
            ...names('nested', 'unpickles a file', ['read_pickle']),
            ...names('exec', 'evaluates expressions', ['eval', 'DataFrame.query', 'DataFrame.eval']),
        },
        'pandas.io.html': names('network', 'reads files or URLs', ['read_html']),
        'pandas.io.json': names('network', 'reads files or URLs', ['read_json']),
        'pandas.io.json._json': names('network', 'reads files or URLs', ['read_json']),
        'pandas.io.xml': names('network', 'reads files or URLs', ['read_xml']),
        'pandas.io.sql': names('network', 'reads databases', ['read_sql', 'read_sql_query', 'read_sql_table']),
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


/***/ })

};
