export type OutputFormat = 'text' | 'json' | 'sarif' | 'markdown';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif', 'markdown'];
