/** Tool identity for reports. Kept in sync with package.json by test/version.test.ts. */
export const TOOL_NAME = 'modelscan-action';
export const TOOL_VERSION = '0.1.0';
export const TOOL_URI = 'https://github.com/modelscan-action/modelscan-action';
