/**
 * The two Electron IPC channels between the preload and main. The preload cannot import this file at
 * run time (sandboxed preloads load nothing but 'electron'), so it repeats the names and the compiler
 * checks that they match these.
 */
export const INVOKE_CHANNEL = 'briefing:invoke';
export const EVENT_CHANNEL = 'briefing:event';
