import type { FormatScanner, ScanContext } from '../../core/scanner.js';
import { errorText } from '../keras/error-text.js';
import { scanConfigTexts, type ConfigText } from '../keras/scan-config.js';
import { decodeTf } from './decode.js';
import { tfFileKind } from './detect.js';
import { savedModelClaim } from './claim.js';
import { checkGraph } from './graph-check.js';
import type { KerasSavedMetadata, TfGraphDef, TfMetaGraphDef, TfSavedModel } from './proto.js';

/**
 * TensorFlow SavedModel (`saved_model.pb`), Keras `keras_metadata.pb`, TF1
 * meta graphs and frozen GraphDefs (`.pb`): every node of the graph and of
 * every library function is checked against the op policy, and Keras layer
 * metadata goes through the Keras config walker.
 */
export const savedModelScanner: FormatScanner = {
  ...savedModelClaim,
  async scan(ctx) {
    const size = ctx.source.size;
    // Decoding needs the whole message in memory; embedded constants can make it large.
    if (size > ctx.limits.maxMemberBytes) {
      ctx.incomplete(`the protobuf is larger than the ${ctx.limits.maxMemberBytes}-byte limit`);
      return;
    }
    const bytes = ctx.source.read(0, size);
    const name = (ctx.member ?? ctx.file).split('/').pop()!.toLowerCase();
    const kind = tfFileKind(bytes, name);
    try {
      if (kind === 'saved-model') await scanSavedModel(ctx, await decodeTf<TfSavedModel>('SavedModel', bytes), name);
      else if (kind === 'keras-metadata') await scanKerasMetadata(ctx, await decodeTf<KerasSavedMetadata>('SavedMetadata', bytes), name);
      else if (kind === 'meta-graph') await scanMetaGraphs(ctx, [await decodeTf<TfMetaGraphDef>('MetaGraphDef', bytes)], name);
      else scanGraphDef(ctx, await decodeTf<TfGraphDef>('GraphDef', bytes), name);
    } catch (error) {
      ctx.incomplete(`not a readable TensorFlow protobuf (${errorText(error)})`);
    }
  },
};

async function scanSavedModel(ctx: ScanContext, model: TfSavedModel, name: string): Promise<void> {
  const graphs = model.meta_graphs ?? [];
  if (graphs.length === 0) {
    ctx.incomplete('the SavedModel has no meta graph');
    return;
  }
  await scanMetaGraphs(ctx, graphs, name);
}

async function scanMetaGraphs(ctx: ScanContext, graphs: TfMetaGraphDef[], name: string): Promise<void> {
  const kerasConfigs: ConfigText[] = [];
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
      if (metadata) kerasConfigs.push({ text: metadata, where: `Keras metadata of object ${node} in ${where}` });
    }
  }
  await scanConfigTexts(ctx, kerasConfigs);
}

/** Asset paths are joined to the SavedModel's assets/ folder; an absolute or ../ path escapes it. */
function checkAssets(ctx: ScanContext, graph: TfMetaGraphDef, where: string): void {
  for (const asset of graph.asset_file_def ?? []) {
    const filename = asset.filename ?? '';
    if (!/^([/\\]|[A-Za-z]:)|(^|[/\\])\.\.([/\\]|$)/.test(filename)) continue;
    ctx.report({
      ruleId: 'tensorflow/file-access-op',
      severity: 'high',
      callable: 'asset',
      args: [filename.slice(0, 200)],
      message: `An asset of ${where} points outside the SavedModel folder ("${filename.slice(0, 200)}"), so loading the model reads that file.`,
    });
  }
}

function scanGraphDef(ctx: ScanContext, graph: TfGraphDef, name: string): void {
  const nodes = checkGraph(graph, { where: name, report: (f) => ctx.report(f) });
  if (nodes === 0) ctx.incomplete('no TensorFlow graph nodes found');
}

async function scanKerasMetadata(ctx: ScanContext, metadata: KerasSavedMetadata, name: string): Promise<void> {
  const texts = (metadata.nodes ?? [])
    .filter((n) => n.metadata)
    .map((n) => ({ text: n.metadata!, where: `${name} node "${n.node_path ?? '?'}"` }));
  if (texts.length === 0) {
    ctx.incomplete('keras_metadata.pb holds no layer metadata');
    return;
  }
  await scanConfigTexts(ctx, texts);
}
