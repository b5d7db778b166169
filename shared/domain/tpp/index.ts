/** TPP / tunjangan kinerja: work calendar, attendance bands, discipline and the money. Pure. */
export * from './types.js';
export * from './defaults.js';
export * from './jam.js';
export * from './kalender.js';
export * from './band.js';
export * from './klasifikasi.js';
export * from './disiplin.js';
export * from './hitung.js';
export * from './pengaturan.js';
