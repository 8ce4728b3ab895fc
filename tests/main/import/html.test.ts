import { importHtml } from '../../../main/import/html.ts';

const ARTICLE_PARAGRAPH =
  'Stockport Council is facing a £63 million budget gap because of rising costs in social care, ' +
  'homelessness and inflation, and the council leader says difficult decisions lie ahead. ';

function newsPage(head: string, article: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>${head}</head>
<body>
  <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
  <main><article>${article}</article></main>
  <footer><p>© Viaduct Echo. All rights reserved. Cookie settings.</p></footer>
</body>
</html>`;
}

describe('importHtml', () => {
  it('keeps the article and leaves out navigation and footers', () => {
    const html = newsPage(
      '<title>Budget gap</title>',
      `<h1>Council warns of &lsquo;difficult decisions&rsquo;</h1>
       <p>${ARTICLE_PARAGRAPH.repeat(3)}</p>
       <h2>What happens next</h2>
       <p>${ARTICLE_PARAGRAPH.repeat(2)}</p>
       <ul><li>Efficiency savings</li><li>Changes to services</li></ul>`,
    );
    const doc = importHtml(html);
    expect(doc.format).toBe('html');
    const texts = doc.blocks.map((block) => block.text);
    expect(doc.blocks).toContainEqual({ type: 'heading', level: 2, text: 'What happens next' });
    expect(doc.blocks).toContainEqual({ type: 'list-item', text: 'Efficiency savings' });
    expect(texts).toContain(ARTICLE_PARAGRAPH.repeat(3).trim());
    expect(texts.join(' ')).not.toMatch(/Cookie settings|Sport/);
    expect(doc.pages[0]?.text).toBe(texts.join('\n\n'));
  });

  it('never keeps scripts, styles, frames or images, and decodes entities', () => {
    const html = `<!doctype html><html><head><style>p { color: red }</style>
      <script>document.write('injected')</script></head>
      <body onload="alert('x')">
        <h1>Cuts &amp; charges</h1>
        <p onclick="steal()">Fees rise by &pound;5 &ndash; from&nbsp;April.<script>var secret = 1;</script></p>
        <iframe src="https://ads.example/"></iframe><img src="x.png" alt="chart">
        <noscript>Enable JavaScript</noscript>
      </body></html>`;
    const doc = importHtml(html);
    expect(doc.blocks).toEqual([
      { type: 'heading', level: 1, text: 'Cuts & charges' },
      { type: 'paragraph', text: 'Fees rise by £5 – from April.' },
    ]);
    expect(doc.pages[0]?.text).not.toMatch(/injected|secret|alert|color|chart|JavaScript/);
  });

  it('reads the whole page when there is no article to find, including a page without a body tag', () => {
    const noArticle = importHtml('<html><h2>Agenda</h2><p>Item one</p><div>Loose text<p>Item two</p></div></html>');
    expect(noArticle.blocks).toEqual([
      { type: 'heading', level: 2, text: 'Agenda' },
      { type: 'paragraph', text: 'Item one' },
      { type: 'paragraph', text: 'Loose text' },
      { type: 'paragraph', text: 'Item two' },
    ]);
    expect(importHtml('<meta charset="utf-8"><title>Note</title><p>Short note.</p>').blocks).toEqual([
      { type: 'paragraph', text: 'Short note.' },
    ]);
  });

  it('keeps quotes and preformatted text as paragraphs, and a list item apart from its sub-list', () => {
    const html =
      '<body><blockquote>“We will act,” said the leader.</blockquote><pre>Budget   2026</pre>' +
      '<ol><li>Approve<ul><li>the scheme</li></ul></li></ol></body>';
    expect(importHtml(html).blocks).toEqual([
      { type: 'paragraph', text: '“We will act,” said the leader.' },
      { type: 'paragraph', text: 'Budget 2026' },
      { type: 'list-item', text: 'Approve' },
      { type: 'list-item', text: 'the scheme' },
    ]);
  });

  it('reads Open Graph and article meta tags, preferring them to the page title', () => {
    const head = `<title>Budget gap | Viaduct Echo</title>
      <meta property="og:title" content="Stockport Council warns of &#8216;difficult decisions&#8217;">
      <meta property="og:site_name" content="Viaduct Echo">
      <meta name="author" content="Archie Smith">
      <meta property="article:published_time" content="2025-01-14T08:00:00+00:00">
      <meta name="description" content="A £63m gap.">`;
    expect(importHtml(newsPage(head, `<p>${ARTICLE_PARAGRAPH}</p>`)).properties).toEqual({
      title: 'Stockport Council warns of ‘difficult decisions’',
      publisher: 'Viaduct Echo',
      author: 'Archie Smith',
      date: '2025-01-14T08:00:00+00:00',
      description: 'A £63m gap.',
    });
  });

  it('falls back to JSON-LD, then to the title and a <time> element', () => {
    const jsonLd = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Not this' },
        {
          '@type': 'NewsArticle',
          headline: 'Ministers did not review merger costs',
          author: [{ '@type': 'Person', name: 'Ann Lee' }, 'Bob Cray'],
          datePublished: '2025-08-28',
          publisher: { '@type': 'Organization', name: 'BBC News' },
        },
      ],
    });
    const withJsonLd = `<title>Page title</title><script type="application/ld+json">{ not json</script>
      <script type="application/ld+json">${jsonLd}</script>`;
    expect(importHtml(newsPage(withJsonLd, `<p>${ARTICLE_PARAGRAPH}</p>`)).properties).toEqual({
      title: 'Ministers did not review merger costs',
      author: 'Ann Lee; Bob Cray',
      date: '2025-08-28',
      publisher: 'BBC News',
    });
    const plain = newsPage(
      '<title>Open letter &amp; reply</title>',
      `<time datetime="2002-04-11">11 April</time><p>${ARTICLE_PARAGRAPH}</p>`,
    );
    expect(importHtml(plain).properties).toEqual({ title: 'Open letter & reply', date: '2002-04-11' });
  });

  it('reads the address the page was published at, canonical link first', () => {
    const both = newsPage(
      '<link rel="canonical" href="https://www.example.co.uk/news/budget-gap"><meta property="og:url" content="https://m.example.co.uk/x">',
      `<p>${ARTICLE_PARAGRAPH}</p>`,
    );
    expect(importHtml(both).properties.url).toBe('https://www.example.co.uk/news/budget-gap');
    const ogOnly = newsPage('<meta property="og:url" content="https://m.example.co.uk/x">', `<p>${ARTICLE_PARAGRAPH}</p>`);
    expect(importHtml(ogOnly).properties.url).toBe('https://m.example.co.uk/x');
  });

  it('refuses a page nested deeper than any real page, and reads one nested less deeply', () => {
    expect(() => importHtml(`<!doctype html><body>${'<div>'.repeat(600)}x</body>`)).toThrow(
      'the web page is malformed: its elements are nested more than 512 levels deep',
    );
    const nested = importHtml(`<!doctype html><body>${'<div>'.repeat(400)}x</body>`);
    expect(nested.blocks).toEqual([{ type: 'paragraph', text: 'x' }]);
  });

  it('refuses a page with no readable text', () => {
    expect(() => importHtml('<html><body><script>x()</script><img src="a.png"></body></html>')).toThrow(
      'the file contains no readable text',
    );
  });
});
