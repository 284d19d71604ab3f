import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findHeadline } from '../../utils/core/extract/article-header';
import { extractPage } from '../../utils/core/extract/pipeline';
import {
  authorCardName,
  cleanPersonName,
  datelineName,
  handleName,
  lineBylines,
  looseBylineAuthors,
  shownAsPerson,
  sidebarAuthor,
  signOffName,
  splitAuthors,
} from '../../utils/core/metadata/authors';
import { fullOwnerName, possessiveOwner } from '../../utils/core/metadata/site-owner';
import { withoutDateline, withoutSiteName } from '../../utils/core/metadata/title';

// The strings below are as real pages write them (titles, bylines), the cases the issue lists.
describe('titles without the site’s name or tagline', () => {
  it.each([
    [
      'How to Grow Your Local Business Online | Townsquare Interactive',
      'Townsquare Interactive',
      'How to Grow Your Local Business Online',
    ],
    [
      'Ten Habits for a Calmer Morning » Take The Magic Step®',
      'Take The Magic Step®',
      'Ten Habits for a Calmer Morning',
    ],
    [
      'Sleep training in infants: what parents should know - UChicago Medicine',
      'UChicago Medicine',
      'Sleep training in infants: what parents should know',
    ],
    ['Polistratics | Qatar and the United States', 'Polistratics', 'Qatar and the United States'],
    [
      'How meditation rewires brains and improves physical health | Opinion',
      'Memphis Commercial Appeal',
      'How meditation rewires brains and improves physical health',
    ],
    // A one-word headline stays when what is cut is the site's very name, and only then.
    ['Coffee - University of Wisconsin-Stevens Point', 'University of Wisconsin-Stevens Point', 'Coffee'],
    ['Coffee - Wisconsin Roasters', 'Wisconsin Roasters Guild', 'Coffee - Wisconsin Roasters'],
  ])('%s', (title, site, expected) => {
    expect(withoutSiteName(title, site, null)).toBe(expected);
  });

  it('cuts the host’s name when the site is not named, and keeps a headline’s own dashes and colons', () => {
    expect(withoutSiteName('Why Rust for embedded systems - Ravven', null, 'blog.ravven.dev')).toBe(
      'Why Rust for embedded systems',
    );
    expect(
      withoutSiteName('Qatar and the United States: The Twin Engines of Gaza Diplomacy', 'Polistratics', null),
    ).toBe('Qatar and the United States: The Twin Engines of Gaza Diplomacy');
    expect(withoutSiteName('Left - Right - Centre: a guide', 'Example', null)).toBe('Left - Right - Centre: a guide');
  });

  it('cuts the site’s own address written before the headline without a separator', () => {
    expect(withoutSiteName('davidbau.com Vibe Coding', 'davidbau.com', 'davidbau.com')).toBe('Vibe Coding');
    // Another site's address is the headline's subject; one word left keeps the whole.
    expect(withoutSiteName('Booking.com raises its fees', null, 'news.example.org')).toBe(
      'Booking.com raises its fees',
    );
    expect(withoutSiteName('davidbau.com Archives', null, 'davidbau.com')).toBe('davidbau.com Archives');
  });
});

describe('a headline without the dateline its theme wrote into it', () => {
  it.each([
    [
      'Top Strategies to Optimize Blockchain Performance and Security Posted on July 1, 2024 by infuy',
      'Top Strategies to Optimize Blockchain Performance and Security',
    ],
    [
      'Beginner’s Backpacking Checklist (By an Outdoor Guide!) January 1, 2025',
      'Beginner’s Backpacking Checklist (By an Outdoor Guide!)',
    ],
    ['AoAH Day 15: Porting a complete HTML5 parser / Dec 2025', 'AoAH Day 15: Porting a complete HTML5 parser'],
    // The headline's own dates stay.
    ['The Best Laptops of January 2025', 'The Best Laptops of January 2025'],
    ['Election results November 5, 2024', 'Election results November 5, 2024'],
  ])('%s', (headline, cleaned) => {
    expect(withoutDateline(headline)).toBe(cleaned);
  });
});

describe('the headline', () => {
  const doc = (body: string) => parseHTML(`<html><body>${body}</body></html>`).document as unknown as Document;

  it('is read without the styles a CSS-in-JS page sets inside it', () => {
    const page = parseHTML(
      '<html><head><title>The Cream with TFC8® Face Moisturizer - Augustinus Bader</title></head><body><main><h1><style>.css-1a8e{cursor:pointer;display:inline-block;font-weight:700}</style><a>Augustinus Bader</a> <style>.css-wk{white-space:pre-wrap}</style>The Cream with TFC8® Face Moisturizer</h1><p>A cream.</p></main></body></html>',
    ).document as unknown as Document;
    const { title } = extractPage(page, { url: 'https://shop.example/the-cream', now: new Date('2026-03-20') });
    expect(title).toBe('Augustinus Bader The Cream with TFC8® Face Moisturizer');
  });

  it('is the H1 that agrees with the titles, not the site’s logo', () => {
    const page = doc(
      '<header><h1>Antoyo’s Blog</h1></header><main><h2>rustc_codegen_gcc: Progress Report #39</h2><p>…</p></main>',
    );
    expect(
      findHeadline(page.body, ['rustc_codegen_gcc: Progress Report #39 | Antoyo’s Blog'], 'Antoyo’s Blog')?.textContent,
    ).toBe('rustc_codegen_gcc: Progress Report #39');
  });

  it('is a lesser heading that repeats a title when no H1 or H2 does, and never a loose one', () => {
    const titles = ['Homestead gardening makes rural communities more self-reliant in Rajshahi | District'];
    const page = doc(
      '<div class="headline_section"><h4>Homestead gardening makes rural communities more self-reliant in Rajshahi</h4></div><p>…</p>',
    );
    expect(findHeadline(page.body, titles, null)?.localName).toBe('h4');
    expect(findHeadline(doc('<h4>Gardening in Rajshahi</h4><p>…</p>').body, titles, null)).toBeNull();
  });

  it('is read in a block whose BEM modifier names its layout ("m-article--sidebar-right")', () => {
    // The shop's search suggestions outweigh the post's header, so the block is not "most of the page".
    const page = doc(
      `<div class="m-search-popular">${'<a href="/search">T-Shirt, jackets and gym gear</a>'.repeat(12)}</div><section class="m-article m-article--sidebar-right"><h1 class="m-article__title">The Best Home Gym Setups for Any Budget</h1></section>`,
    );
    expect(
      findHeadline(page.body, ['The Best Home Gym Setups for Any Budget – Echo Strength Depot'], null)?.localName,
    ).toBe('h1');
  });

  it('is the page’s one H1 above an H2 that repeats the metadata’s title, unless that H1 is the logo', () => {
    const titles = ['The 8 Best Online Learning Platforms in 2025'];
    const page = doc(
      '<main><h1>Everything You Need to Know About Online Classes and Learning Platforms</h1><p>…</p><h2>The 8 Best Online Learning Platforms in 2025</h2><p>…</p></main>',
    );
    expect(findHeadline(page.body, titles, null)?.localName).toBe('h1');
    const logo = doc(
      '<header><h1><a href="/">Online Learning Platforms Weekly</a></h1></header><main><h2>The 8 Best Online Learning Platforms in 2025</h2></main>',
    );
    expect(findHeadline(logo.body, titles, null)?.localName).toBe('h2');
  });

  it('is never a heading in a sidebar, a menu or comments', () => {
    const page = doc('<aside><h1>Most read: Ten habits</h1></aside><main><h1>Ten habits of calm people</h1></main>');
    expect(findHeadline(page.body, ['Ten habits of calm people'], null)?.textContent).toBe('Ten habits of calm people');
  });

  it('is read in a block a page builder calls a widget, or whose class places it under a menu', () => {
    const titles = ['The Best 75% Mechanical Keyboards to Buy in 2025'];
    const elementor = doc(
      '<div class="elementor-widget elementor-widget-heading"><h1>The Best 75% Mechanical Keyboards to Buy in 2025</h1></div><p>…</p>',
    );
    expect(findHeadline(elementor.body, titles, null)?.textContent).toBe(titles[0]);
    const shop = doc(
      `<nav class="menu">${'<a href="/">Keyboards, switches and keycaps</a>'.repeat(10)}</nav><div class="shopify-section under-menu"><h1>${titles[0]}</h1></div>`,
    );
    expect(findHeadline(shop.body, titles, null)?.textContent).toBe(titles[0]);
    // A sidebar widget is still a sidebar's.
    const widget = doc(
      `<main><h2>Typing all day</h2><p>${'A keyboard for typing all day long. '.repeat(20)}</p></main><div class="widget widget_recent_entries"><h1>${titles[0]}</h1></div>`,
    );
    expect(findHeadline(widget.body, titles, null)).toBeNull();
  });
});

describe('the headline as the page’s titles agree on it', () => {
  const titleOf = (head: string, h1: string) =>
    extractPage(
      parseHTML(
        `<html><head>${head}</head><body><main><h1>${h1}</h1><p>${'The harbour was rebuilt over three winters. '.repeat(20)}</p></main></body></html>`,
      ).document as unknown as Document,
      { url: 'https://news.example.org/2025/12/harbour', now: new Date('2026-03-20') },
    ).title;

  it('reads a line break as a space, and a <time> before the words as the dateline', () => {
    expect(titleOf('', 'Top MBA Programs of 2025 (US)<br>Your Guide to the Best Business Schools')).toBe(
      'Top MBA Programs of 2025 (US) Your Guide to the Best Business Schools',
    );
    expect(
      titleOf(
        '<title>Preparing a transition in Debusine | Colin Watson’s blog</title>',
        '<a href="/blog/debusine"><time datetime="2025-12-18T13:21:19+00:00">Dec <span>18</span> 2025</time> Preparing a transition in Debusine</a>',
      ),
    ).toBe('Preparing a transition in Debusine');
  });

  it('drops a label before the title the metadata gives ("Blog: …", "Title: …") and an aside after it', () => {
    const title = 'Best Social Media Advertising Agencies in the U.S. in 2025 (Ranked & Reviewed)';
    expect(
      titleOf(
        `<meta property="og:title" content="${title} | Silverback Strategies">`,
        `<strong>Blog:</strong> ${title}`,
      ),
    ).toBe(title);
    const story = 'Stanford Computer Science Grads Find Their Degrees No Longer Guarantee Jobs';
    expect(
      titleOf(
        `<meta property="og:title" content="${story} - Slashdot"><meta property="og:site_name" content="Slashdot">`,
        `<a href="/story/1">${story}</a> <span><a href="https://latimes.example">(latimes.com)</a></span> <span>87</span>`,
      ),
    ).toBe(story);
  });

  it('keeps what the headline adds when a metadata title shows it too, or when it is a subtitle after a colon', () => {
    expect(
      titleOf(
        '<meta property="og:title" content="Gym Workouts for Beginners — Strength Training - Gold’s Gym"><title>Gym Workouts for Beginners</title>',
        'Gym Workouts for Beginners — Strength Training',
      ),
    ).toBe('Gym Workouts for Beginners — Strength Training');
    expect(
      titleOf(
        '<title>House Renovation Costs in the Bay Area</title>',
        'House Renovation Costs in the Bay Area: Room-by-Room Breakdown',
      ),
    ).toBe('House Renovation Costs in the Bay Area: Room-by-Room Breakdown');
  });
});

describe('authors: people’s names only', () => {
  it.each([
    ['& Zackery Cuevas Writer, Hardware', ['Zackery Cuevas']],
    ['ByMaria Stoyanova', ['Maria Stoyanova']],
    ['Written by Stephen Jesudunsin AI Writer, Embarque', ['Stephen Jesudunsin']],
    ['By Summer Swann - June 12, 2025', ['Summer Swann']],
    ['Reyan Perumal Published on July 18, 2025', ['Reyan Perumal']],
    ['Liz Kenny Former McKinsey Consultant', ['Liz Kenny']],
    ['Harry Rabinowitz Tech Reporter', ['Harry Rabinowitz']],
    [
      'By Brett Cruz, Privacy and Digital Security Expert & Gene Petrino, Home Security Expert',
      ['Brett Cruz', 'Gene Petrino'],
    ],
    ['Danielle DeSiato, Donna Enzmann, and Natalie Nguyen', ['Danielle DeSiato', 'Donna Enzmann', 'Natalie Nguyen']],
    ['Holly Wilgus, E-RYT 200', ['Holly Wilgus']],
    ['Dylan Bailey, MS, RD, FAND', ['Dylan Bailey']],
    ['CM Craig McCarthy', ['Craig McCarthy']],
    ['Marna van der Merwe', ['Marna van der Merwe']],
    ['Dec. 19, 2025 · Niko Matsakis on behalf of the Rust Vision Doc group', ['Niko Matsakis']],
    ['Dec 17, 2025 Julian K. Arni', ['Julian K. Arni']],
    ['Andrew Gerrand 4 August 2010', ['Andrew Gerrand']],
    ['The Upwork Team', ['The Upwork Team']],
    ['Podium Staff', ['Podium Staff']],
    ['Meghan Neville Content Marketing Coordinator', ['Meghan Neville']],
    ['By Dieter Hogen with Uta Pippig', ['Dieter Hogen', 'Uta Pippig']],
    ['Paramita (Guha) Ghosh', ['Paramita (Guha) Ghosh']],
    ['Lance Ryan (Content Manager)', ['Lance Ryan']],
    ['Mycle (Editor-in-Chief)', ['Mycle']],
    ['Posted by David at December 16, 2025 11:15 AM', ['David']],
    ['Erik Demaine.', ['Erik Demaine']],
    ['Martin Luther King Jr.', ['Martin Luther King Jr.']],
  ])('%s', (byline, names) => {
    expect(splitAuthors(byline)).toEqual(names);
  });

  it('refuses handles, addresses and leftovers', () => {
    expect(cleanPersonName('@janedoe')).toBeNull();
    expect(cleanPersonName('https://example.com/user/jane')).toBeNull();
    expect(cleanPersonName('The Author')).toBeNull();
    expect(cleanPersonName('kffnirmitap', 'structured')).toBeNull();
    // An avatar's initials alone, and a site's address, are nobody's name.
    expect(cleanPersonName('NB')).toBeNull();
    expect(cleanPersonName('TopGear.com')).toBeNull();
    expect(cleanPersonName('Learn More')).toBeNull();
    expect(cleanPersonName('Sat')).toBeNull();
    expect(cleanPersonName('NOC Admin', 'structured')).toBeNull();
    expect(cleanPersonName('3d23d65-ddc', 'field')).toBeNull();
  });

  it('keeps the name a platform’s author element shows, a username or a team too', () => {
    expect(splitAuthors('By EcoCult Staff', 'field')).toEqual(['EcoCult Staff']);
    expect(splitAuthors('whova', 'field')).toEqual(['whova']);
    expect(splitAuthors('Linny and Peter - July 13, 2025', 'field')).toEqual(['Linny', 'Peter']);
  });

  it('takes the login name a page credits when it gives no other, but never an account or an id', () => {
    expect(handleName('Posted by infuy')).toBe('infuy');
    expect(handleName('By thegrangehall February 16, 2025')).toBe('thegrangehall');
    expect(handleName('sara.r.peter')).toBe('sara.r.peter');
    for (const account of ['adminn', 'q_admin', 'webmaster', 'undefined', 'mdelatorreq6vkpg2ma0ci', 'team', 'Jane Doe'])
      expect(handleName(account)).toBeNull();
  });

  it('keeps a structured name as written, but for "By"', () => {
    expect(cleanPersonName('By Jane Doe', 'structured')).toBe('Jane Doe');
    expect(cleanPersonName('Team Polistratics', 'structured')).toBe('Team Polistratics');
    expect(cleanPersonName('David Jackson - FullStack Editorial Team', 'structured')).toBe('David Jackson');
  });
});

describe('bylines without a byline’s markup', () => {
  const body = (html: string) =>
    parseHTML(`<!doctype html><html><body><main>${html}</main></body></html>`).document.body as unknown as Element;

  it('reads "Written by …" on a line of its own, and "Article by" standing before the name', () => {
    expect(
      lineBylines(body('<h1>Saving for a home</h1><h3>Written by Cassidy Horton</h3><p>Cassidy is a writer.</p>')),
    ).toEqual(['Cassidy Horton']);
    expect(lineBylines(body('<h2>Article by</h2><div>Matias Heikkilä</div>'))).toEqual(['Matias Heikkilä']);
    expect(lineBylines(body('<div><h3>Author</h3><p>Lisa D. Ellis</p></div>'))).toEqual(['Lisa D. Ellis']);
    // "By 2030, …" opens a sentence, not a byline.
    expect(lineBylines(body('<p>By 2030, most homes will have solar panels.</p>'))).toEqual([]);
  });

  it('reads the writer a date line names after the date', () => {
    expect(lineBylines(body('<p><i>Last updated March 3, 2025 by <a href="/">Erik Demaine</a>.</i></p>'))).toEqual([
      'Erik Demaine',
    ]);
    expect(lineBylines(body('<p>Published 3 May 2024 by Jane Roe</p>'))).toEqual(['Jane Roe']);
    expect(lineBylines(body('<p>Last updated March 3, 2025.</p>'))).toEqual([]);
  });

  it('reads the name an author card opens with, before its biography', () => {
    const card =
      '<div class="blog_author-box"><img class="blog_author-image" alt=""><div class="blog_author-text"><div class="text-size-small">Lauren Vetter</div><p>Lauren Vetter is a growth-focused marketing professional.</p></div></div>';
    expect(authorCardName(body(card))).toEqual(['Lauren Vetter']);
    // A card's caption is no name, even once its role word is cut ("Corresponding author").
    expect(authorCardName(body('<div class="author-notes"><p>Corresponding author</p></div>'))).toEqual([]);
  });

  it('reads the innermost element whose class says "author", past an avatar’s initials and a biography', () => {
    const card =
      '<div class="author-box"><span class="author-avatar">NB</span><div class="author-meta"><span class="author-meta--name">Nicole Burke</span><p class="author-meta--bio">As founder of Rooted Garden, I have consulted with hundreds of families.</p></div></div>';
    expect(looseBylineAuthors(body(card))).toEqual(['Nicole Burke']);
    // Another post's card in a list comes after the article's own byline.
    const page =
      '<div class="the-author">Isaiah Shelton</div><ul><li><span class="card-author">Jane Roe</span></li></ul>';
    expect(looseBylineAuthors(body(page))).toEqual(['Isaiah Shelton']);
  });
});

describe('authors the metadata names and the page shows', () => {
  const authorsOf = (head: string, byline: string) => {
    const page = extractPage(
      parseHTML(
        `<html><head>${head}</head><body><main><h1>Navigating legal challenges in the fitness industry</h1>${byline}${'<p>Gyms face claims from members injured on their machines, and contracts help.</p>'.repeat(12)}</main></body></html>`,
      ).document as unknown as Document,
      { url: 'https://law.example.com/fitness-legal-challenges', now: new Date('2026-03-20') },
    );
    return page.isArticle ? page.authors : null;
  };
  const ld = (name: string) =>
    `<script type="application/ld+json">${JSON.stringify({ '@type': 'BlogPosting', headline: 'Navigating legal challenges in the fitness industry', author: { '@type': 'Person', name } })}</script>`;

  it('takes the byline the page shows over the account the metadata names but the page never shows', () => {
    expect(authorsOf(ld('Luke Daigle'), '<div class="byline">By: Paul Fenaroli</div>')).toEqual(['Paul Fenaroli']);
  });

  it('keeps the metadata’s name when the page shows it, or shows no other', () => {
    expect(authorsOf(ld('Paul Fenaroli'), '<div class="byline">By: Paul Fenaroli</div>')).toEqual(['Paul Fenaroli']);
    expect(authorsOf(ld('Luke Daigle'), '')).toEqual(['Luke Daigle']);
    // A reviewer the page shows is no stand-in for the author.
    expect(
      authorsOf(
        ld('Erica Needham'),
        '<ul class="post-info"><li><a href="/brian-stormont-cfp/"><span>Reviewed by: Brian Stormont, CFP®</span></a></li><li>December 3, 2025</li></ul><div class="author-box"><a href="/brian-stormont-cfp/">Brian Stormont, CFP®</a><p>Brian Stormont is a fee-only financial advisor.</p></div>',
      ),
    ).toEqual(['Erica Needham']);
  });
});

describe('authors the page shows without a byline', () => {
  const body = (html: string) =>
    parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body as unknown as Element;
  const lines = (...texts: string[]) => texts.map((line) => ({ line }));

  it('reads the one author card or "Author" caption a sidebar holds, never one of several', () => {
    expect(sidebarAuthor(body('<main><p>Text.</p></main><aside><h3>Author</h3><p>Lisa D. Ellis</p></aside>'))).toEqual([
      'Lisa D. Ellis',
    ]);
    const card = '<div class="author-card"><p>Matteo Laratta</p><p>| Author</p></div>';
    expect(sidebarAuthor(body(`<main><p>Text.</p></main><div class="sidebar">${card}</div>`))).toEqual([
      'Matteo Laratta',
    ]);
    // Two writers' cards: which one wrote this post, the sidebar does not say.
    const two = `${card}<div class="author-card"><p>Jane Roe</p><p>Editor</p></div>`;
    expect(sidebarAuthor(body(`<main><p>Text.</p></main><div class="sidebar">${two}</div>`))).toEqual([]);
    // A list's "author" line that links a category presents no person.
    const result =
      '<div class="blog-results"><p class="blog-result-author"><a href="/c">Mobile App Reviews</a></p></div>';
    expect(sidebarAuthor(body(`<main><p>Text.</p></main>${result}`))).toEqual([]);
    // A reply's author is no author of the post.
    expect(
      sidebarAuthor(body('<div class="comments"><div class="comment-author"><b>Jane Roe</b></div></div>')),
    ).toEqual([]);
  });

  it('reads the name on a dateline that has no "By", when a role or the page says it is a person', () => {
    const nobody = () => false;
    expect(datelineName(lines('Aaron Ricadela | Senior Writer | July 2, 2025'), nobody)).toEqual(['Aaron Ricadela']);
    const page = body('<a title="Trond Teigen"><img alt="Trond Teigen" src="a.png"><div>Trond Teigen</div></a>');
    expect(datelineName(lines('2025-12-17', '·', 'Trond Teigen', 'Blog'), shownAsPerson(page.ownerDocument))).toEqual([
      'Trond Teigen',
    ]);
    const avatar = body(
      '<span><img class="avatar" src="a.png"> Mahua Das in <a href="/c">Project Management</a></span>',
    );
    expect(
      datelineName(
        lines('Dec 26, 2025', '•', 'Mahua Das in', 'Project Management'),
        shownAsPerson(avatar.ownerDocument),
      ),
    ).toEqual(['Mahua Das']);
    // A dateline's place is no person: nothing on the page shows "New York" as one.
    expect(datelineName(lines('New York | July 2, 2025'), shownAsPerson(page.ownerDocument))).toEqual([]);
  });

  it('takes the owner of a site named "Colin Watson’s blog", and completes a first name the site is named after', () => {
    expect(possessiveOwner('Colin Watson’s blog')).toBe('Colin Watson');
    expect(possessiveOwner("Tom's Hardware")).toBeNull();
    expect(possessiveOwner('Proven Winners')).toBeNull();
    expect(possessiveOwner('Every Woman’s Marathon')).toBeNull();
    expect(fullOwnerName('Brett', 'brettlarkin.com', 'Brett Larkin Yoga')).toBe('Brett Larkin');
    expect(fullOwnerName('Brett', 'example.com', 'Brett Larkin Yoga')).toBeNull();
  });

  it('lists a paper’s authors from its citation tags, in order, a comma inverting a name', () => {
    const page = parseHTML(
      `<html><head><meta name="citation_author" content="Mahindru, Aditya"><meta name="citation_author" content="Pradeep Patil"></head><body><main><h1>Physical activity and mental health</h1><p>${'Exercise helps. '.repeat(40)}</p></main></body></html>`,
    ).document as unknown as Document;
    const found = extractPage(page, { url: 'https://journal.example/articles/1', now: new Date('2026-03-20') });
    expect(found.isArticle && found.authors).toEqual(['Aditya Mahindru', 'Pradeep Patil']);
  });

  it('reads a Korean article’s sign-off, the name beside the writer’s title and e-mail', () => {
    expect(signOffName(body('<p>본문입니다.</p><p>홍길동 기자 gildong@example.co.kr</p>'))).toEqual(['홍길동']);
    expect(signOffName(body('<p>본문입니다. 칼럼니스트 김철수 cheolsu@example.com [사진=KBS]</p>'))).toEqual([
      '김철수',
    ]);
    // A reporter named in the text, with no e-mail, signs nothing.
    expect(signOffName(body('<p>이 사건은 박영희 기자가 처음 보도했다.</p>'))).toEqual([]);
  });

  it('reads "Publicado por" and "Scritto da", and no meta author that is the site’s generator', () => {
    expect(splitAuthors('Publicado por: Clarissa Borba')).toEqual(['Clarissa Borba']);
    expect(splitAuthors('Scritto da Giulia Rossi')).toEqual(['Giulia Rossi']);
    const page = parseHTML(
      `<html><head><meta name="author" content="Acme - Web Team"><meta name="generator" content="Acme - Web Team"></head><body><main><h1>Home visits report break-ins</h1><p>${'The service reported two break-ins this week. '.repeat(12)}</p></main></body></html>`,
    ).document as unknown as Document;
    const found = extractPage(page, { url: 'https://city.example/news/home-visits', now: new Date('2026-03-20') });
    expect(found.isArticle && found.authors).toEqual([]);
  });
});
