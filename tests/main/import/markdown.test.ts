import { importMarkdown } from '../../../main/import/markdown.ts';
import { stripInlineMarkdown } from '../../../main/import/markdown-inline.ts';

describe('importMarkdown', () => {
  it('reads the published address from front matter', () => {
    const doc = importMarkdown('---\ntitle: Cuts\ncanonical_url: https://www.theguardian.com/x\n---\n\nBody.\n');
    expect(doc.properties.url).toBe('https://www.theguardian.com/x');
  });

  it('reads headings, paragraphs and list items, rejoining wrapped lines', () => {
    const doc = importMarkdown(
      [
        '# How cuts changed council spending',
        '',
        'In December 2018 we published',
        'an article.',
        '',
        '## Get the data ##',
        '* Most of the data came',
        '  from the revenue outturn',
        '- Copies are in this repo',
        '1. First step',
        '2) Second step',
        '',
        '> Quoted words',
        '> carry on',
        '',
        '---',
        '###### Small heading',
      ].join('\n'),
    );
    expect(doc.format).toBe('markdown');
    expect(doc.blocks).toEqual([
      { type: 'heading', level: 1, text: 'How cuts changed council spending' },
      { type: 'paragraph', text: 'In December 2018 we published an article.' },
      { type: 'heading', level: 2, text: 'Get the data' },
      { type: 'list-item', text: 'Most of the data came from the revenue outturn' },
      { type: 'list-item', text: 'Copies are in this repo' },
      { type: 'list-item', text: 'First step' },
      { type: 'list-item', text: 'Second step' },
      { type: 'paragraph', text: 'Quoted words carry on' },
      { type: 'heading', level: 6, text: 'Small heading' },
    ]);
    expect(doc.pages[0]?.text).toBe(doc.blocks.map((block) => block.text).join('\n\n'));
  });

  it('reads setext headings and keeps code blocks as text', () => {
    const doc = importMarkdown('Budget 2026\n===========\n\nSavings\n-------\n\n```r\nx <- read_csv("a_b.csv")\n```\n');
    expect(doc.blocks).toEqual([
      { type: 'heading', level: 1, text: 'Budget 2026' },
      { type: 'heading', level: 2, text: 'Savings' },
      { type: 'paragraph', text: 'x <- read_csv("a_b.csv")' },
    ]);
  });

  it('removes inline markup from block text and drops images', () => {
    const doc = importMarkdown(
      '![chart](https://example.org/c.png)\n\n' +
        'See [the **full** report](https://example.org/r.pdf "Report") by **Tom Calver**, _not_ `my_file_name`.\n',
    );
    expect(doc.blocks).toEqual([{ type: 'paragraph', text: 'See the full report by Tom Calver, not my_file_name.' }]);
  });

  describe('front matter', () => {
    it('supplies the declared properties and is not part of the text', () => {
      const doc = importMarkdown(
        [
          '---',
          'layout: post',
          'title: "Big News: Ministers didn\'t do cost review"',
          'date: 2025-08-28T23:48:28',
          'author: "badely"',
          'excerpt: "The government relied on a report."',
          'publisher: The Badely',
          '---',
          '',
          'It has been recently reported.',
        ].join('\n'),
      );
      expect(doc.properties).toEqual({
        title: "Big News: Ministers didn't do cost review",
        date: '2025-08-28',
        author: 'badely',
        description: 'The government relied on a report.',
        publisher: 'The Badely',
      });
      expect(doc.blocks).toEqual([{ type: 'paragraph', text: 'It has been recently reported.' }]);
    });

    it('turns dates into ISO days and joins several authors', () => {
      const doc = importMarkdown(
        '---\ndate: 2011-03-01\nauthors:\n  - Honor Howell\n  - name: Sam Ray\nsite: Stoke Ferry\n---\nBody',
      );
      expect(doc.properties).toEqual({ date: '2011-03-01', author: 'Honor Howell; Sam Ray', publisher: 'Stoke Ferry' });
    });

    it('keeps malformed front matter as text instead of failing', () => {
      const doc = importMarkdown('---\ntitle: [unclosed\n  : : bad\n---\nBody text.');
      expect(doc.properties).toEqual({});
      expect(doc.pages[0]?.text).toContain('title: [unclosed');
      expect(doc.pages[0]?.text).toContain('Body text.');
    });

    it('never runs front matter written as code', () => {
      const marker = '__briefingFrontMatterRan';
      const doc = importMarkdown(`---js\n{ title: (globalThis.${marker} = 'ran') }\n---\nBody`);
      expect((globalThis as Record<string, unknown>)[marker]).toBeUndefined();
      expect(doc.properties).toEqual({});
    });
  });
});

describe('stripInlineMarkdown', () => {
  it.each([
    ['[text](https://a.org/x_(y))', 'text'],
    ['[text][ref] and <https://a.org>', 'text and https://a.org'],
    ['[![badge](b.svg)](https://ci)Passing', 'Passing'],
    ['__strong__ and *em* and ~~gone~~', 'strong and em and gone'],
    ['5 * 3 * 2 and snake_case_name', '5 * 3 * 2 and snake_case_name'],
    ["'Revenue_Outturn_Summary__RS__data'", "'Revenue_Outturn_Summary__RS__data'"],
    ['`**not bold**` stays', '**not bold** stays'],
    ['\\*literal\\* star', '*literal* star'],
  ])('%s -> %s', (markdown, plain) => {
    expect(stripInlineMarkdown(markdown)).toBe(plain);
  });
});
