/** Element ids of a document's pages, numbered as people count them, so links and jumps can find them. */
import { pageNumber } from '../../lib/format.ts';

export function pageSectionId(pageIndex: number): string {
  return `page-${pageNumber(pageIndex)}`;
}

export function pageHeadingId(pageIndex: number): string {
  return `page-${pageNumber(pageIndex)}-heading`;
}

/** Scrolls the page to the top of the view and moves focus to its heading, so reading continues from there. */
export function showPage(pageIndex: number): boolean {
  const section = document.getElementById(pageSectionId(pageIndex));
  const heading = document.getElementById(pageHeadingId(pageIndex));
  if (!section || !heading) return false;
  section.scrollIntoView({ block: 'start' });
  heading.focus({ preventScroll: true });
  return true;
}

/** Brings the page's first highlighted word to the middle of the screen, as a search result promised. */
export function revealFirstMatch(pageIndex: number): void {
  document.getElementById(pageSectionId(pageIndex))?.querySelector('mark')?.scrollIntoView({ block: 'center' });
}
