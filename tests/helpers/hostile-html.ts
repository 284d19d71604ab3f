/**
 * Generated documents for fuzzing the reader (`tests/core/fuzz.test.ts`, `npm run bench:robust --
 * --fuzz N`): random trees of real tag names and attributes, text from every Unicode class (lone
 * surrogates included), unclosed and misnested markup, `<template>`, `<svg>`, `<iframe srcdoc>`,
 * declarative shadow roots, JSON-LD that is broken, huge or hostile, and real pages cut at a
 * random point. The cases too large to draw often (10,000-deep nesting, a 5 MB text node) are
 * `EXTREME_PAGES`, which the test runs one by one.
 */
import fc from 'fast-check';

const TAGS = `html head body title meta link base script style noscript template div span p a h1 h2 h3 h4 h5 h6
  ul ol li dl dt dd table thead tbody tr td th caption article section main header footer nav aside figure
  figcaption img picture source video audio canvas br hr blockquote pre code em strong b i u s sub sup time
  address form input button select option textarea label iframe object embed svg math details summary dialog
  slot font center marquee`.split(/\s+/);

const URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:x',
  '/relative/path',
  '//evil.example/x',
  'https://example.com/a?b=1&c=<2>',
  'http://[::1',
  '',
  '%',
  'mailto:a@b',
];

const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 40 }),
  fc.constantFrom(
    'By Jane Doe',
    'Published 3 days ago',
    'Nov. 19, 2019 8:03 am ET',
    '12:24 am EST',
    '&amp;&lt;&#0;&#xD800;',
  ),
  fc.lorem({ maxCount: 30 }),
);

const attribute = fc.oneof(
  fc.tuple(
    fc.constantFrom('href', 'src', 'srcset', 'poster', 'action', 'formaction', 'xlink:href'),
    fc.constantFrom(...URLS),
  ),
  fc.tuple(
    fc.constantFrom('onclick', 'onerror', 'onload', 'style'),
    fc.constantFrom('alert(1)', 'x:expression(alert(1))'),
  ),
  fc.tuple(
    fc.constantFrom(
      'class',
      'id',
      'itemprop',
      'itemtype',
      'rel',
      'property',
      'name',
      'content',
      'datetime',
      'lang',
      'dir',
    ),
    text,
  ),
  fc.tuple(
    fc.constantFrom('hidden', 'aria-hidden', 'shadowrootmode', 'srcdoc', 'role'),
    fc.constantFrom('', 'true', 'open', 'main', '<p>srcdoc</p>'),
  ),
);

const quoted = (value: string) => `"${value.replace(/"/g, '&quot;')}"`;
const attributes = fc
  .array(attribute, { maxLength: 4 })
  .map((list) => list.map(([name, value]) => ` ${name}=${quoted(value)}`).join(''));

/** A tree of markup as a page might serve it: some end tags missing, some closing the wrong element. */
const tree = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc
      .tuple(
        fc.constantFrom(...TAGS),
        attributes,
        fc.array(tie('node'), { maxLength: 5 }),
        fc.constantFrom('close', 'open', 'wrong'),
        fc.constantFrom(...TAGS),
      )
      .map(([tag, attrs, children, ending, other]) => {
        const end = ending === 'close' ? `</${tag}>` : ending === 'wrong' ? `</${other}>` : '';
        return `<${tag}${attrs}>${children.join('')}${end}`;
      }),
  ),
})).node;

/** JSON-LD a page may carry: broken, of the wrong shapes, huge, or nested without end. */
const jsonLd = fc.oneof(
  fc.constantFrom(
    '{"@type":"NewsArticle","headline":',
    '{"@type":"NewsArticle","headline":["a",{"b":1}],"author":42,"datePublished":{"x":1}}',
    '{"@type":["NewsArticle",null],"author":[null,{"name":null},{"name":{"name":"x"}}],"publisher":"</script><script>alert(1)</script>"}',
    '{"@graph":[{"@graph":[{"@type":"Article","datePublished":"99999-99-99"}]}]}',
    'null',
    '"just a string"',
    `{"@type":"Article","articleBody":"${'x'.repeat(200_000)}"}`,
    `${'['.repeat(5000)}${']'.repeat(5000)}`,
    `{"@type":"Article","author":${'{"author":'.repeat(2000)}null${'}'.repeat(2000)}}`,
  ),
  fc.json({ maxDepth: 4 }),
);

/** Paragraphs of prose, enough of them for the page to pass as an article. */
const prose = fc.array(fc.lorem({ mode: 'sentences', maxCount: 4 }), { minLength: 2, maxLength: 10 });

/**
 * A random page: head with JSON-LD and a title, an article of prose with random markup between
 * and inside its paragraphs, in one of the wrappers pages use.
 */
const randomPage = fc
  .tuple(
    fc.option(jsonLd),
    fc.option(text),
    prose,
    fc.array(tree, { maxLength: 8 }),
    fc.constantFrom('plain', 'template', 'svg', 'srcdoc', 'shadow', 'bare'),
  )
  .map(([ld, title, paragraphs, trees, wrapper]) => {
    const parts = paragraphs.map(
      (paragraph, index) => `<p>${paragraph} ${trees[index] ?? ''}</p>${trees[index + paragraphs.length] ?? ''}`,
    );
    const markup = `<article><h1>${title ?? 'A headline'}</h1>${parts.join('')}</article>`;
    const wrapped =
      wrapper === 'template'
        ? `<template>${markup}</template>${markup}`
        : wrapper === 'svg'
          ? `<svg><foreignObject>${markup}</foreignObject><text>${markup}</text></svg>`
          : wrapper === 'srcdoc'
            ? `<iframe srcdoc=${quoted(markup)}></iframe>${markup}`
            : wrapper === 'shadow'
              ? `<div><template shadowrootmode="open">${markup}</template><slot></slot></div>`
              : markup;
    if (wrapper === 'bare') return wrapped;
    const head = `${ld === null ? '' : `<script type="application/ld+json">${ld}</script>`}${title === null ? '' : `<title>${title}</title>`}`;
    return `<!doctype html><html><head>${head}</head><body>${wrapped}</body></html>`;
  });

/** A real page cut at a random point, as a page that stopped loading is. */
const truncated = (pages: string[]) =>
  fc
    .tuple(fc.constantFrom(...pages), fc.double({ min: 0, max: 1, noNaN: true }))
    .map(([page, at]) => page.slice(0, Math.floor(page.length * at)));

/** A hostile page: random markup, or (when real pages are given) one of them cut short. */
export const hostilePage = (pages: string[] = []) =>
  pages.length > 0
    ? fc.oneof({ weight: 4, arbitrary: randomPage }, { weight: 1, arbitrary: truncated(pages) })
    : randomPage;

const paragraphs = (count: number) =>
  '<p>Officials said the plan would change, according to the minister.</p>'.repeat(count);

/** Pages too large to draw at random, each run on its own. */
export const EXTREME_PAGES: Record<string, string> = {
  'an empty file': '',
  'whitespace only': ' \n\t ',
  'a doctype alone': '<!doctype html>',
  'a comment alone': '<!-- nothing -->',
  'binary junk': String.fromCharCode(...Array.from({ length: 4096 }, (_, i) => (i * 7919) % 65536)),
  'elements nested 10,000 deep': `<html><body>${'<div>'.repeat(10_000)}${paragraphs(20)}${'</div>'.repeat(10_000)}</body></html>`,
  'sections nested 10,000 deep, never closed': `<html><body><article>${'<section><h2>Part</h2><p>Text of the part.</p>'.repeat(10_000)}`,
  'a 5 MB text node': `<html><head><title>Long</title></head><body><article><h1>Long</h1><p>${'word '.repeat(1_000_000)}</p>${paragraphs(10)}</article></body></html>`,
  // A page's state serialised into an attribute, as hydrated pages do. (Not a class of a million
  // names: linkedom's parser spreads a class's names into one call and overflows the stack.)
  'a 5 MB attribute': `<html><body><div data-state="${'{&quot;k&quot;:1},'.repeat(300_000)}">${paragraphs(20)}</div></body></html>`,
  '100,000 sibling paragraphs': `<html><body><article>${'<p>One more line of text.</p>'.repeat(100_000)}</article></body></html>`,
  'a deep JSON-LD': `<html><head><script type="application/ld+json">${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}</script></head><body>${paragraphs(30)}</body></html>`,
};
