/** Fixed values of the SARIF we emit, shared by the builder and the merger. */
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Code scanning rejects a run with more results than this. */
export const MAX_SARIF_RESULTS = 25_000;
/** Our own stable fingerprint key (upload-sarif computes primaryLocationLineHash itself). */
export const FINGERPRINT_KEY = 'modelscanFinding/v1';
export const DEFAULT_CATEGORY = 'modelscan';

/**
 * `automationDetails.id` for a category: GitHub reads everything before the
 * last '/' as the category, so a trailing slash sets the category alone.
 * An empty or missing category (an unset action input is '') falls back to the default.
 */
export function automationId(category: string | undefined): string {
  const trimmed = (category ?? '').trim().replace(/\/+$/, '');
  return `${trimmed || DEFAULT_CATEGORY}/`;
}
