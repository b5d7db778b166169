/** Shown in "Tentang" and sent to the sync server; bump together with package.json. */
export const APP_VERSION = '0.1.0';
