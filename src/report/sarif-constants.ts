/** Fixed values of the SARIF we emit, shared by the builder and the merger. */
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Code scanning rejects a run with more results than this. */
export const MAX_SARIF_RESULTS = 25_000;
/** Our own stable fingerprint key (upload-sarif computes primaryLocationLineHash itself). */
export const FINGERPRINT_KEY = 'modelscanFinding/v1';
export const DEFAULT_CATEGORY = 'modelscan';
