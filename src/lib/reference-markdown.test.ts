import { describe, expect, it } from 'vitest';
import { contentMarkdown, markdownFile, referencePage } from './reference-markdown';

describe('contentMarkdown', () => {
  it('keeps headings, paragraphs and list items, with the text of everything else', () => {
    const html =
      '<h2 id="a">Deploy <em>it</em></h2><p>Pick <a href="/x/">real-time</a>, then scale.</p>' +
      '<ul><li>One</li><li>Two <strong>words</strong></li></ul>' +
      '<details><summary>Answer</summary><p>B</p></details>';
    expect(contentMarkdown(html)).toBe(
      '## Deploy it\n\nPick real-time, then scale.\n\n- One\n- Two words\n\nAnswer\n\nB',
    );
  });

  it('turns a table into a GFM table, its first row the header', () => {
    const html =
      '<table><thead><tr><th>Option</th><th>Payload</th></tr></thead>' +
      '<tbody><tr><td>Async</td><td>1 GB | S3</td></tr></tbody></table>';
    expect(contentMarkdown(html)).toBe('| Option | Payload |\n| --- | --- |\n| Async | 1 GB \\| S3 |');
  });

  it('drops scripts and styles, keeps a diagram’s labels, and leaves < and & encoded', () => {
    const html =
      '<style>p{}</style><script>alert(1)</script><svg><text>Train</text><text>Deploy</text></svg>' +
      '<p>a &lt; b &amp; c&nbsp;d &#8594; e</p>';
    expect(contentMarkdown(html)).toBe('Train Deploy\n\na &lt; b &amp; c d → e');
  });
});

describe('referencePage', () => {
  const page = (main: string) =>
    `<html><head><title>T | Site</title><meta name="description" content="About &quot;it&quot;"></head>` +
    `<body><main>${main}</main></body></html>`;

  it('takes the title from the h1 and the content from Starlight’s content element only', () => {
    const reference = referencePage(
      page(
        '<h1 id="_top">Overview</h1><div class="sl-markdown-content"><div><p>Text</p></div></div><footer>Next</footer>',
      ),
    );
    expect(reference).toEqual({ title: 'Overview', description: 'About "it"', body: 'Text' });
  });

  it('keeps the home page’s hero tagline, and writes it as a splash page', () => {
    const reference = referencePage(
      page(
        '<div class="hero"><h1 id="_top">Home</h1><div class="tagline x">Study here.</div></div>' +
          '<div class="sl-markdown-content"><p>Hi</p></div>',
      ),
    );
    expect(reference.tagline).toBe('Study here.');
    expect(markdownFile(reference)).toBe(
      '---\ntitle: "Home"\ndescription: "About \\"it\\""\ntemplate: splash\nhero:\n  title: "Home"\n' +
        '  tagline: "Study here."\n---\n\nHi\n',
    );
  });
});
