/**
 * Transport constants shared by preload, the IPC binding, the HTTP host and the renderer. Kept
 * free of zod so the preload bundle stays tiny.
 */
export const IPC_INVOKE = 'meja:invoke';
export const IPC_EVENT = 'meja:event';
export const HTTP_INVOKE_PATH = '/api/invoke';
export const HTTP_EVENTS_PATH = '/api/events';
