/**
 * Turns a parsed HTML element into the document's blocks. Used for saved web pages and for the HTML
 * mammoth makes of Word files. Headings, list items and paragraphs map directly; text sitting loose
 * inside a container (a div, a table cell) becomes a paragraph of its own so none of it is lost.
 */
import { collapseWhitespace } from './flowing.ts';
import type { ImportedBlock } from './model.ts';

const HEADING_LEVELS: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

/** Elements that start a new block; everything else is inline and adds to the current run of text. */
const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'html', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot',
  'th', 'thead', 'tr', 'ul',
]);

/**
 * Never read as text: scripts, styles, embedded and interactive content, and the head (its title is
 * a property, not body text). Script source must never reach the library as if it were prose.
 */
const SKIPPED_ELEMENTS = new Set([
  'audio', 'button', 'canvas', 'embed', 'head', 'iframe', 'img', 'input', 'map', 'noscript', 'object',
  'picture', 'script', 'select', 'source', 'style', 'svg', 'template', 'textarea', 'title', 'video',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

function tagOf(node: Node): string {
  // Some producers (readability among them) create upper-case tag names in HTML documents.
  return node.nodeType === ELEMENT_NODE ? (node as Element).localName.toLowerCase() : '';
}

function blockFor(tag: string, text: string): ImportedBlock {
  const level = HEADING_LEVELS[tag];
  if (level !== undefined) return { type: 'heading', level, text };
  if (tag === 'li') return { type: 'list-item', text };
  return { type: 'paragraph', text };
}

/** Text of an inline element, leaving out any non-text content nested inside it. */
function inlineText(node: Node): string {
  if (node.nodeType === TEXT_NODE) return node.textContent ?? '';
  if (node.nodeType !== ELEMENT_NODE) return '';
  const tag = tagOf(node);
  if (SKIPPED_ELEMENTS.has(tag)) return '';
  if (tag === 'br') return ' ';
  let text = '';
  for (const child of Array.from(node.childNodes)) text += inlineText(child);
  return text;
}

function collectBlocks(container: Node, blocks: ImportedBlock[]): void {
  const tag = tagOf(container);
  let run = '';
  const flush = (): void => {
    const text = collapseWhitespace(run);
    if (text) blocks.push(blockFor(tag, text));
    run = '';
  };
  for (const child of Array.from(container.childNodes)) {
    if (BLOCK_ELEMENTS.has(tagOf(child))) {
      flush();
      collectBlocks(child, blocks);
    } else {
      run += inlineText(child);
    }
  }
  flush();
}

/** The blocks of an element's (or a whole document's) content, in document order. */
export function blocksOf(root: Node): ImportedBlock[] {
  const blocks: ImportedBlock[] = [];
  collectBlocks(root, blocks);
  return blocks;
}
