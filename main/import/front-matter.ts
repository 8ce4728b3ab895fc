/**
 * YAML front matter: the `---` block at the top of Markdown articles (Jekyll, Hugo, WordPress exports)
 * holding title, author and date. A block that fails to parse is not an error: the file is still a
 * Markdown document, and its front matter is kept as ordinary text.
 */
import matter from 'gray-matter';

/** An opening `---` line and a closing one; anything else at the top is ordinary Markdown. */
const FRONT_MATTER = /^---[ \t]*\n[\s\S]*?\n---[ \t]*(\n|$)/;

export function hasFrontMatter(text: string): boolean {
  return FRONT_MATTER.test(text);
}

export interface FrontMatter {
  data: Record<string, unknown>;
  body: string;
}

const GRAY_MATTER_OPTIONS = {
  // gray-matter would otherwise run `---js` blocks through eval; an imported file must never run code.
  // Passing any options also keeps gray-matter from caching every parsed file in a global table.
  engines: {
    javascript: () => {
      throw new Error('front matter written as code is not read');
    },
  },
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

export function readFrontMatter(text: string): FrontMatter {
  if (!hasFrontMatter(text)) return { data: {}, body: text };
  try {
    const parsed = matter(text, GRAY_MATTER_OPTIONS);
    return isRecord(parsed.data) ? { data: parsed.data, body: parsed.content } : { data: {}, body: text };
  } catch {
    return { data: {}, body: text };
  }
}
