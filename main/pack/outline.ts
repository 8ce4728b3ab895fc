/**
 * The navigation a reader sees in the file: bookmarks (each agenda item, then its note and documents),
 * page labels so the viewer's page box shows the printed number ("12a" included), and the contents
 * rows as links. pdf-lib has no outline API, so the /Outlines tree is built from its low-level objects.
 */
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNull, PDFNumber, type PDFDocument, type PDFPage, type PDFRef } from 'pdf-lib';
import type { ContentsLink } from './generated-pages.ts';
import type { ContentsEntry, PlannedPage } from './plan.ts';

interface OutlineNode {
  title: string;
  pageIndex: number;
  children: OutlineNode[];
}

export function outlineTree(entries: ContentsEntry[], hasCover: boolean): OutlineNode[] {
  const roots: OutlineNode[] = hasCover ? [{ title: 'Cover', pageIndex: 0, children: [] }] : [];
  for (const entry of entries) {
    const node = { title: entry.title, pageIndex: entry.firstIndex, children: [] };
    if (entry.level === 0 || roots.length === 0) roots.push(node);
    else roots.at(-1)!.children.push(node);
  }
  return roots;
}

/** Jump to the top of the page, keeping the reader's zoom. */
function destination(doc: PDFDocument, page: PDFPage): PDFArray {
  return doc.context.obj([page.ref, PDFName.of('XYZ'), PDFNull, PDFNull, PDFNull]);
}

export function writeOutline(doc: PDFDocument, pages: PDFPage[], roots: OutlineNode[]): void {
  if (!roots.length) return;
  const { context } = doc;
  const outlinesRef = context.nextRef();

  // Returns the refs of the nodes written and how many entries are visible below the parent.
  const writeLevel = (nodes: OutlineNode[], parentRef: PDFRef): { first: PDFRef; last: PDFRef; count: number } => {
    const refs = nodes.map(() => context.nextRef());
    let count = 0;
    nodes.forEach((node, i) => {
      const dict = context.obj({}) as PDFDict;
      dict.set(PDFName.of('Title'), PDFHexString.fromText(node.title));
      dict.set(PDFName.of('Parent'), parentRef);
      dict.set(PDFName.of('Dest'), destination(doc, pages[node.pageIndex]!));
      if (i > 0) dict.set(PDFName.of('Prev'), refs[i - 1]!);
      if (i < nodes.length - 1) dict.set(PDFName.of('Next'), refs[i + 1]!);
      count += 1;
      if (node.children.length) {
        const child = writeLevel(node.children, refs[i]!);
        dict.set(PDFName.of('First'), child.first);
        dict.set(PDFName.of('Last'), child.last);
        // Positive: items open, so their documents show without a click.
        dict.set(PDFName.of('Count'), PDFNumber.of(child.count));
        count += child.count;
      }
      context.assign(refs[i]!, dict);
    });
    return { first: refs[0]!, last: refs.at(-1)!, count };
  };

  const top = writeLevel(roots, outlinesRef);
  context.assign(
    outlinesRef,
    context.obj({ Type: 'Outlines', First: top.first, Last: top.last, Count: PDFNumber.of(top.count) }),
  );
  doc.catalog.set(PDFName.of('Outlines'), outlinesRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

/**
 * /PageLabels: a run of plain numbers 1, 2, 3… is one range; a lettered page ("12a") gets a range of
 * its own with the label as prefix, so the viewer shows exactly what is printed on the page.
 */
export function writePageLabels(doc: PDFDocument, pages: PlannedPage[]): void {
  const nums: (number | PDFDict)[] = [];
  let previous: number | null = null;
  pages.forEach((page, index) => {
    const numeric = /^\d+$/.test(page.label) ? Number(page.label) : null;
    if (numeric !== null && previous !== null && numeric === previous + 1 && index > 0) {
      previous = numeric;
      return;
    }
    const range = numeric !== null ? { S: 'D', St: numeric } : { P: PDFHexString.fromText(page.label) };
    nums.push(index, doc.context.obj(range) as PDFDict);
    previous = numeric;
  });
  doc.catalog.set(PDFName.of('PageLabels'), doc.context.obj({ Nums: nums }));
}

/** Makes each contents row a link to the first page of its entry. */
export function writeContentsLinks(doc: PDFDocument, pages: PDFPage[], links: ContentsLink[], generatedToPack: Map<number, number>): void {
  for (const link of links) {
    const onIndex = generatedToPack.get(link.generatedPage);
    if (onIndex === undefined) continue;
    const page = pages[onIndex]!;
    const annot = doc.context.register(
      doc.context.obj({
        Type: 'Annot',
        Subtype: 'Link',
        Rect: link.rect,
        Border: [0, 0, 0],
        Dest: destination(doc, pages[link.targetIndex]!),
      }),
    );
    const annots = page.node.Annots();
    if (annots) annots.push(annot);
    else page.node.set(PDFName.of('Annots'), doc.context.obj([annot]));
  }
}
