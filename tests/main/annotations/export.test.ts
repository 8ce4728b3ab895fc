import { describe, expect, it } from 'vitest';
import { annotationsToCsv, annotationsToMarkdown } from '../../../main/annotations/export.ts';
import type { LibraryAnnotation } from '../../../shared/annotations.ts';

const base = {
  colour: 'yellow',
  tags: [] as string[],
  orphaned: false,
  isQuestion: false,
  createdAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-01T10:00:00.000Z',
} as const;
const annotations: LibraryAnnotation[] = [
  { ...base, id: 'aaaaaaaa', documentId: 1, documentTitle: 'Budget report', target: { type: 'document' }, note: 'Read before the meeting', tags: ['finance'] },
  {
    ...base,
    id: 'bbbbbbbb',
    documentId: 1,
    documentTitle: 'Budget report',
    colour: 'pink',
    isQuestion: true,
    target: {
      type: 'text',
      anchor: { quote: { exact: 'The gap is "£1.2m", not less', prefix: '', suffix: '' }, start: 0, end: 10, pageIndex: 2, rects: [] },
    },
    note: 'Why?\nAnd by when?',
  },
  { ...base, id: 'cccccccc', documentId: 2, documentTitle: 'Housing', target: { type: 'page', pageIndex: 0 }, note: '=HYPERLINK("x")', orphaned: true },
];

describe('annotation export', () => {
  it('writes Markdown grouped by document with quotes, questions, notes and tags', () => {
    const md = annotationsToMarkdown(annotations);
    expect(md).toContain('## Budget report\n\n- Whole document\n  Read before the meeting\n  Tags: finance');
    expect(md).toContain('- Page 3 (**Question**)\n  > The gap is "£1.2m", not less\n  Why?\n  And by when?');
    expect(md).toContain('## Housing\n\n- Page 1 (*not found in the current version*)');
  });

  it('writes CSV with quoting, CRLF line ends and formulas neutralised', () => {
    const lines = annotationsToCsv(annotations).split('\r\n');
    expect(lines[0]).toBe('document_id,document,where,kind,colour,question,tags,quote,note,orphaned,created,updated');
    expect(lines[2]).toBe(
      '1,Budget report,Page 3,highlight,pink,yes,,"The gap is ""£1.2m"", not less","Why?\nAnd by when?",no,2026-03-01T10:00:00.000Z,2026-03-01T10:00:00.000Z',
    );
    expect(lines[3]).toContain(`,"'=HYPERLINK(""x"")",yes,`);
  });

  it('says so when there is nothing to export', () => {
    expect(annotationsToMarkdown([])).toBe('# Notes and questions\n\nNo annotations.\n');
    expect(annotationsToCsv([]).split('\r\n')).toHaveLength(2);
  });
});
