import type { FindingInput } from '../../core/types.js';
import { externalPathProblem } from './external-path.js';
import { DATA_LOCATION_EXTERNAL, type OnnxAttribute, type OnnxGraph, type OnnxModel, type OnnxNode, type OnnxSparseTensor, type OnnxTensor } from './model.js';
import { dangerousPythonNames, isBuiltInDomain, isPythonOperator } from './operators.js';

const utf8 = new TextDecoder();

/**
 * Walks a decoded model: the main graph, every subgraph held in node
 * attributes (If/Loop/Scan bodies, at any depth), training graphs and
 * model-local functions. Reports external-data paths and operators.
 */
export function analyseModel(model: OnnxModel, report: (finding: FindingInput) => void): void {
  const localFunctions = new Set(model.functions.map((f) => `${f.domain ?? ''}\u0000${f.name ?? ''}`));
  const walker = { report, localFunctions };
  if (model.graph) visitGraph(walker, model.graph, 'graph');
  model.training_info.forEach((info, i) => {
    if (info.initialization) visitGraph(walker, info.initialization, `training_info[${i}].initialization`);
    if (info.algorithm) visitGraph(walker, info.algorithm, `training_info[${i}].algorithm`);
  });
  for (const fn of model.functions) {
    for (const node of fn.node) visitNode(walker, node, `function ${fn.domain ?? ''}.${fn.name ?? ''}`);
  }
}

interface Walker {
  report: (finding: FindingInput) => void;
  localFunctions: ReadonlySet<string>;
}

function visitGraph(walker: Walker, graph: OnnxGraph, where: string): void {
  const here = graph.name ? `${where} "${graph.name}"` : where;
  for (const tensor of graph.initializer) visitTensor(walker, tensor, here);
  for (const sparse of graph.sparse_initializer) visitSparse(walker, sparse, here);
  for (const node of graph.node) visitNode(walker, node, here);
}

function visitNode(walker: Walker, node: OnnxNode, where: string): void {
  const opType = node.op_type ?? '';
  const domain = node.domain ?? '';
  const label = `${domain ? `${domain}.` : ''}${opType}`;
  const nodeWhere = `${where}, node "${node.name ?? opType}"`;
  if (isPythonOperator(opType, domain)) reportPythonOp(walker, node, label, nodeWhere);
  else if (!isBuiltInDomain(domain) && !walker.localFunctions.has(`${domain}\u0000${opType}`)) {
    walker.report({
      ruleId: 'onnx/custom-op',
      message: `The graph uses the operator ${label} from the non-standard domain "${domain}" (${nodeWhere}); it only runs if the application registers a library for it.`,
      callable: label,
    });
  }
  for (const attribute of node.attribute) visitAttribute(walker, attribute, `${nodeWhere}, attribute "${attribute.name ?? ''}"`);
}

function reportPythonOp(walker: Walker, node: OnnxNode, label: string, where: string): void {
  const strings = node.attribute.flatMap((a) => [...(a.s ? [utf8.decode(a.s)] : []), ...a.strings.map((s) => utf8.decode(s))]);
  const dangerous = dangerousPythonNames(strings);
  walker.report({
    ruleId: 'onnx/python-op',
    severity: dangerous.length > 0 ? 'critical' : 'high',
    message:
      `The graph calls the Python operator ${label} (${where})` +
      (dangerous.length > 0 ? `, which names ${dangerous.map((d) => `\`${d}\``).join(', ')}: running the model runs commands or code.` : ': running the model runs the Python code it names.'),
    callable: label,
    args: strings.slice(0, 8).map((s) => s.slice(0, 120)),
  });
}

function visitAttribute(walker: Walker, attribute: OnnxAttribute, where: string): void {
  if (attribute.t) visitTensor(walker, attribute.t, where);
  for (const tensor of attribute.tensors) visitTensor(walker, tensor, where);
  if (attribute.sparse_tensor) visitSparse(walker, attribute.sparse_tensor, where);
  for (const sparse of attribute.sparse_tensors) visitSparse(walker, sparse, where);
  if (attribute.g) visitGraph(walker, attribute.g, `${where} subgraph`);
  attribute.graphs.forEach((graph, i) => visitGraph(walker, graph, `${where} subgraph ${i}`));
}

function visitSparse(walker: Walker, sparse: OnnxSparseTensor, where: string): void {
  if (sparse.values) visitTensor(walker, sparse.values, where);
  if (sparse.indices) visitTensor(walker, sparse.indices, where);
}

function visitTensor(walker: Walker, tensor: OnnxTensor, where: string): void {
  for (const entry of tensor.external_data) {
    if (entry.key !== 'location' || entry.value === undefined) continue;
    const problem = externalPathProblem(entry.value);
    if (!problem) continue;
    const external = tensor.data_location === DATA_LOCATION_EXTERNAL;
    walker.report({
      ruleId: 'onnx/external-data-path',
      message:
        `Tensor "${tensor.name ?? ''}" (${where}) takes its data from "${entry.value}": ${problem}. ` +
        `Loading the model reads that file${external ? '' : ' (once data_location is set to EXTERNAL)'}; saving it again can overwrite it.`,
      callable: entry.value,
      args: [entry.value],
      properties: { tensor: tensor.name ?? '', location: entry.value, dataLocationExternal: external },
    });
  }
}
