import type { Type } from 'protobufjs';
import { TENSORFLOW_PROTO } from './proto.js';

export type TfMessageName = 'SavedModel' | 'MetaGraphDef' | 'GraphDef' | 'SavedMetadata';

let types: Promise<Map<TfMessageName, Type>> | undefined;

/** protobufjs and the parsed schema are loaded on first use only, once per process. */
function loadTypes(): Promise<Map<TfMessageName, Type>> {
  types ??= (async () => {
    const { default: protobuf } = await import('protobufjs');
    const { root } = protobuf.parse(TENSORFLOW_PROTO, { keepCase: true });
    const names: TfMessageName[] = ['SavedModel', 'MetaGraphDef', 'GraphDef', 'SavedMetadata'];
    return new Map(names.map((n) => [n, root.lookupType(`modelscan.tf.${n}`)]));
  })();
  return types;
}

/** Decodes one message; throws on malformed protobuf (the caller reports it as not fully scanned). */
export async function decodeTf<T>(name: TfMessageName, bytes: Uint8Array): Promise<T> {
  const type = (await loadTypes()).get(name)!;
  return type.decode(bytes) as unknown as T;
}
