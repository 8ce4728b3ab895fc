/** A4 and the bands every pack page keeps free for the running header and the page number. */
export const A4 = { width: 595.28, height: 841.89 } as const;

/** Height of the header band at the top and the footer band at the bottom, in points. */
export const BAND = 34;

/** Margins of generated pages, inside the bands. */
export const MARGINS = { top: 72, bottom: 72, left: 64, right: 64 } as const;

export const COLOURS = {
  ink: '#1a1a1a',
  muted: '#55595f',
  accent: '#1f4e79',
  rule: '#b8c2cc',
  shade: '#eef2f6',
} as const;
