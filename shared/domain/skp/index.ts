/** The SKP domain: types, workflow, cascading, readiness, peta cascading. Pure, no I/O. */
export * from './types.js';
export * from './berakhlak.js';
export * from './rules.js';
export * from './messages.js';
export * from './outcome.js';
export * from './actor.js';
export * from './periode.js';
export * from './rhk-rules.js';
export * from './workflow.js';
export * from './editable.js';
export * from './versions.js';
export * from './cascading.js';
export * from './readiness.js';
export * from './peta.js';
export * from './template.js';
export * from './start-rule.js';
export * from './pendekatan.js';
