/** Limits both sides enforce; kept free of dependencies so the renderer bundle stays small. */

/** Largest single file accepted for import; larger ones get a clear refusal. */
export const MAX_IMPORT_FILE_BYTES = 200 * 1024 * 1024;
