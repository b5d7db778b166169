/** The law as code: pure, no I/O. Import from here rather than from the individual files. */
export * from './glossary.js';
export * from './nip.js';
export * from './pangkat.js';
export * from './jabatan.js';
export * from './nama.js';
export * from './skp/index.js';
export * from './evaluasi/index.js';
export * from './near-miss.js';
export * from './search-words.js';
export * from './audit-words.js';
