/** The evaluation domain (pelaksanaan and penilaian): types, predikat, periods, kurva, capaian, lock and step rules. Pure, no I/O. */
export * from './types.js';
export * from './predikat.js';
export * from './periode-evaluasi.js';
export * from './annual.js';
export * from './kurva.js';
export * from './distribusi.js';
export * from './capaian.js';
export * from './messages.js';
export * from './outcome.js';
export * from './lock.js';
export * from './blank.js';
export * from './penilai.js';
export * from './evaluasi-rules.js';
