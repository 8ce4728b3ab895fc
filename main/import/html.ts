/**
 * Saved web pages. The page is parsed, never run: linkedom has no script engine and loads nothing,
 * and only text is taken from it (scripts, styles, frames and images are skipped). Readability picks
 * out the article so menus, cookie banners and footers do not end up in the library.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { collapseWhitespace, flowingDocument } from './flowing.ts';
import { blocksOf } from './html-blocks.ts';
import { htmlProperties } from './html-properties.ts';
import { ImportError, type ImportedBlock, type ImportedDocument } from './model.ts';

/**
 * Browsers stop nesting elements at 512 levels, so no real page goes deeper. A hostile page that does
 * would make readability work for minutes and exhaust the stack when its blocks are collected.
 */
const MAX_NESTING = 512;

function nestsTooDeeply(document: Document): boolean {
  const pending: [Element, number][] = Array.from(document.children, (child) => [child, 1]);
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [element, depth] = next;
    if (depth > MAX_NESTING) return true;
    for (const child of Array.from(element.children)) pending.push([child, depth + 1]);
  }
  return false;
}

/** Readability demotes every <h1> to <h2>; the page's own top-level headings get their level back. */
function restoreTopLevelHeadings(blocks: ImportedBlock[], document: Document): ImportedBlock[] {
  const h1s = Array.from(document.querySelectorAll('h1'));
  const topLevel = new Set(h1s.map((h1) => collapseWhitespace(h1.textContent ?? '')));
  return blocks.map((block) =>
    block.type === 'heading' && block.level === 2 && topLevel.has(block.text) ? { ...block, level: 1 } : block,
  );
}

/** The article's blocks as readability sees them, or null when it finds no article. */
function articleBlocks(document: Document): ImportedBlock[] | null {
  // Readability rearranges the tree it reads, so it gets its own copy.
  const copy = document.cloneNode(true) as Document;
  try {
    const article = new Readability<Node>(copy, { serializer: (node) => node }).parse();
    const blocks = article?.content ? blocksOf(article.content) : [];
    return blocks.length > 0 ? restoreTopLevelHeadings(blocks, document) : null;
  } catch {
    // Readability is a heuristic; when odd markup trips it up, the whole page is still worth reading.
    return null;
  }
}

/**
 * The page's visible content when readability finds no article. The parser does not repair
 * documents, so a page without a <body> element is read from its top-level nodes.
 */
function wholePageBlocks(document: Document): ImportedBlock[] {
  return blocksOf(document.querySelector('body') ?? document);
}

/** Imports a decoded web page. */
export function importHtml(html: string): ImportedDocument {
  const { document } = parseHTML(html);
  if (nestsTooDeeply(document)) {
    throw new ImportError(`the web page is malformed: its elements are nested more than ${MAX_NESTING} levels deep`);
  }
  const properties = htmlProperties(document);
  const blocks = articleBlocks(document) ?? wholePageBlocks(document);
  return flowingDocument('html', blocks, properties);
}
