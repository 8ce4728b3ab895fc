/**
 * Markdown body -> blocks. Articles saved as Markdown use a small part of the language: headings,
 * paragraphs, lists, quotes and the odd code block. Those are recognised line by line; anything else
 * is kept as paragraph text rather than guessed at.
 */
import { collapseWhitespace } from './flowing.ts';
import { stripInlineMarkdown } from './markdown-inline.ts';
import type { ImportedBlock } from './model.ts';

const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(.*)$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const QUOTE_MARKERS = /^(?: {0,3}>[ \t]?)+/;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]*\S+/;

interface OpenBlock {
  type: 'paragraph' | 'list-item';
  lines: string[];
}

class MarkdownBlockReader {
  readonly blocks: ImportedBlock[] = [];
  #open: OpenBlock | null = null;
  #fence: string | null = null;
  #code: string[] = [];

  read(line: string): void {
    if (this.#fence !== null) {
      this.#readCode(line);
      return;
    }
    const content = line.replace(QUOTE_MARKERS, '');
    if (content.trim() === '') {
      this.#close();
      return;
    }
    const fence = FENCE.exec(content);
    if (fence) {
      this.#close();
      this.#fence = fence[1] ?? '```';
      return;
    }
    const heading = ATX_HEADING.exec(content);
    if (heading) {
      this.#close();
      this.#push({ type: 'heading', level: heading[1]?.length ?? 1, text: heading[2] ?? '' });
      return;
    }
    const underline = SETEXT_UNDERLINE.exec(content);
    if (underline && this.#open?.type === 'paragraph') {
      const text = this.#open.lines.join(' ');
      this.#open = null;
      this.#push({ type: 'heading', level: underline[1]?.startsWith('=') ? 1 : 2, text });
      return;
    }
    if (THEMATIC_BREAK.test(content)) {
      this.#close();
      return;
    }
    if (REFERENCE_DEFINITION.test(content)) return;
    const item = LIST_ITEM.exec(content);
    if (item) {
      this.#close();
      this.#open = { type: 'list-item', lines: [item[1] ?? ''] };
      return;
    }
    // A line that follows a paragraph or list item continues it, indented or not ("lazy" lines).
    if (this.#open) this.#open.lines.push(content);
    else this.#open = { type: 'paragraph', lines: [content] };
  }

  finish(): ImportedBlock[] {
    if (this.#fence !== null) this.#endCode();
    this.#close();
    return this.blocks;
  }

  #readCode(line: string): void {
    const fence = this.#fence ?? '';
    if (line.trim().startsWith(fence) && line.trim().replace(/[`~]/g, '') === '') this.#endCode();
    else this.#code.push(line);
  }

  #endCode(): void {
    const code = this.#code.join('\n').trim();
    if (code) this.blocks.push({ type: 'paragraph', text: code });
    this.#fence = null;
    this.#code = [];
  }

  #close(): void {
    if (this.#open) this.#push({ type: this.#open.type, text: this.#open.lines.join(' ') });
    this.#open = null;
  }

  #push(block: ImportedBlock): void {
    const text = collapseWhitespace(stripInlineMarkdown(block.text));
    if (text) this.blocks.push({ ...block, text });
  }
}

export function markdownBlocks(body: string): ImportedBlock[] {
  const reader = new MarkdownBlockReader();
  for (const line of body.split('\n')) reader.read(line);
  return reader.finish();
}
