/** Limits both sides enforce; kept free of dependencies so the renderer bundle stays small. */

/** Largest single file accepted for import; larger ones get a clear refusal. */
export const MAX_IMPORT_FILE_BYTES = 200 * 1024 * 1024;

/** An annotation's limits: its note, each tag, how many tags, and the passage a highlight quotes. */
export const MAX_NOTE_LENGTH = 50_000;
export const MAX_TAG_LENGTH = 60;
export const MAX_TAGS = 30;
export const MAX_QUOTE_LENGTH = 20_000;
