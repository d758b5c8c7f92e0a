export { kerasH5Scanner } from './h5.js';
export { kerasConfigJsonScanner } from './config-json.js';
