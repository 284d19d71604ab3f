import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { bulletLabel, readSections } from '../../utils/core/outline/sections';

const bodyOf = (html: string) =>
  parseHTML(`<!doctype html><html><body><div id="c">${html}</div></body></html>`).document.getElementById(
    'c',
  ) as unknown as Element;

describe('"Label: explanation" bullets', () => {
  it.each([
    ['<li><strong>Conduit to Hamas:</strong> Qatar is one of the few states…</li>', 'Conduit to Hamas'],
    ['<li><p><span><b>Regional Balancer</b>: working alongside Egypt…</span></p></li>', 'Regional Balancer'],
  ])('%s is labelled %s', (html, label) => {
    expect(bulletLabel(bodyOf(`<ul>${html}</ul>`).querySelector('li') as Element)).toBe(label);
  });

  it.each([
    ['bold in the middle', '<li>Talks with <strong>Egypt:</strong> resumed on Monday.</li>'],
    ['no colon', '<li><strong>Egypt</strong> resumed talks.</li>'],
    ['a label and nothing after it', '<li><strong>Egypt:</strong></li>'],
    ['no bold at all', '<li>Egypt: resumed talks.</li>'],
  ])('a bullet with %s has no label', (_, html) => {
    expect(bulletLabel(bodyOf(`<ul>${html}</ul>`).querySelector('li') as Element)).toBeNull();
  });

  it('are kept under the section they belong to, and none before the first heading', () => {
    const content = bodyOf(
      '<ul><li><b>Orphan:</b> before any heading.</li></ul>' +
        '<h2>Leverage</h2><ul><li><b>Access:</b> talks to all.</li><li><b>Money:</b> pays for aid.</li></ul>' +
        '<h3>Limits</h3><ul><li>No label here.</li></ul>',
    );
    expect(readSections(content, null)).toEqual([
      { level: 2, title: 'Leverage', points: ['Access', 'Money'] },
      { level: 3, title: 'Limits', points: [] },
    ]);
  });
});
