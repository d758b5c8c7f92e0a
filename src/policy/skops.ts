/**
 * What skops.io.load does with each node of a `.skops` file's schema.json, as data
 * (facts from skops 0.9–0.14: skops/io/_general.py, _numpy.py, _scipy.py, _sklearn.py,
 * _quantile_forest.py, old/). Types are judged by the pickle policy (classifyGlobal);
 * the lists below add what skops trusts by default and the pickle allowlist does not hold.
 */

/** What a loader does with the node's `__module__` / `__class__` when the tree is constructed. */
export type SkopsUse =
  /** gettype(module, class), then `cls.__new__(cls)` and `__setstate__` / `__dict__.update`. */
  | 'instantiate'
  /** gettype(module, class) called with arguments from the file. */
  | 'call'
  /** _import_obj(module, class): the object itself (a type or builtin) is put in the model. */
  | 'import'
  /** gettype(module, class): a function the model calls later (FunctionTransformer, scorers, …). */
  | 'function'
  /** getattr(<content.obj>, content.func): a bound method of another node (MethodNode, CVE-2025-54413). */
  | 'method'
  /** operator.<class>(*attrs): attrgetter / itemgetter / methodcaller built from the file (CVE-2025-54412). */
  | 'operator'
  /** The node's module and class are never imported (fixed constructors, plain data). */
  | 'none';

export const SKOPS_LOADERS: Readonly<Record<string, SkopsUse>> = {
  ObjectNode: 'instantiate',
  FunctionNode: 'function',
  TypeNode: 'import',
  MethodNode: 'method',
  OperatorFuncNode: 'operator',
  ConstructorFromReduceNode: 'call',
  // Containers call gettype(module, class)(items): the class is whatever the file says.
  DictNode: 'call',
  ListNode: 'call',
  SetNode: 'call',
  TupleNode: 'call',
  RandomStateNode: 'call',
  RandomGeneratorNode: 'call',
  // np.load(allow_pickle=False), then gettype(module, class)(array) unless it is numpy.ndarray.
  NdArrayNode: 'call',
  // ReduceNode subclasses: constructor(*__reduce__.args). LossNode (and SGDNode before it) took the constructor from the
  // file before skops 0.15; TreeNode and QuantileForestNode use a fixed one but are judged the same way (fail closed).
  LossNode: 'call',
  SGDNode: 'call',
  TreeNode: 'call',
  QuantileForestNode: 'call',
  DefaultDictNode: 'none',
  PartialNode: 'none',
  JsonNode: 'none',
  BytesNode: 'none',
  BytearrayNode: 'none',
  SliceNode: 'none',
  MaskedArrayNode: 'none',
  DTypeNode: 'none',
  SparseMatrixNode: 'none',
  CachedNode: 'none',
  _DictWithDeprecatedKeysNode: 'none',
};

/** What each use does, for the one-sentence message. */
export const SKOPS_DOES: Readonly<Record<Exclude<SkopsUse, 'none'>, string>> = {
  instantiate: 'imports the class and builds an instance of it (no __init__, then its state is set)',
  call: 'imports it and calls it with arguments from the file',
  import: 'imports it and puts it in the model',
  function: 'imports the function and puts it in the model, which calls it later',
  method: 'rebuilds the object and fetches this method from it, to be called later',
  operator: 'builds this operator function from the file; it fetches attributes or calls methods of whatever the model later applies it to',
};

/** NumPy ufuncs skops trusts in FunctionNode (`numpy.<name>`, NUMPY_UFUNC_TYPE_NAMES): pure element-wise math. */
export const NUMPY_UFUNCS: ReadonlySet<string> = new Set([
  'absolute', 'abs', 'add', 'arccos', 'arccosh', 'arcsin', 'arcsinh', 'arctan', 'arctan2', 'arctanh', 'acos', 'acosh', 'asin', 'asinh',
  'atan', 'atan2', 'atanh', 'bitwise_and', 'bitwise_count', 'bitwise_invert', 'bitwise_left_shift', 'bitwise_not', 'bitwise_or',
  'bitwise_right_shift', 'bitwise_xor', 'cbrt', 'ceil', 'conj', 'conjugate', 'copysign', 'cos', 'cosh', 'deg2rad', 'degrees', 'divide',
  'divmod', 'equal', 'exp', 'exp2', 'expm1', 'fabs', 'float_power', 'floor', 'floor_divide', 'fmax', 'fmin', 'fmod', 'frexp', 'gcd',
  'greater', 'greater_equal', 'heaviside', 'hypot', 'invert', 'isfinite', 'isinf', 'isnan', 'isnat', 'lcm', 'ldexp', 'left_shift',
  'less', 'less_equal', 'log', 'log10', 'log1p', 'log2', 'logaddexp', 'logaddexp2', 'logical_and', 'logical_not', 'logical_or',
  'logical_xor', 'matmul', 'matvec', 'maximum', 'minimum', 'mod', 'modf', 'multiply', 'negative', 'nextafter', 'not_equal', 'positive',
  'pow', 'power', 'rad2deg', 'radians', 'reciprocal', 'remainder', 'right_shift', 'rint', 'sign', 'signbit', 'sin', 'sinh', 'spacing',
  'sqrt', 'square', 'subtract', 'tan', 'tanh', 'true_divide', 'trunc', 'vecdot', 'vecmat',
]);

/** Modules whose lower-case names are SciPy special-function ufuncs, trusted in FunctionNode (SCIPY_UFUNC_TYPE_NAMES). */
export const SCIPY_UFUNC_MODULES: ReadonlySet<string> = new Set(['scipy.special', 'scipy.special._ufuncs', 'scipy.special._ufuncs_cxx']);
export const SCIPY_UFUNC_NAME = /^[a-z][a-z0-9_]*$/;

/** Bit generators RandomGeneratorNode looks up as numpy.random.<name>. */
export const NUMPY_BIT_GENERATORS: ReadonlySet<string> = new Set(['MT19937', 'PCG64', 'PCG64DXSM', 'Philox', 'SFC64']);
