import { describe, expect, it } from 'vitest';
import { injectionRefusedReason, restrictedReason, unsupportedReason } from '../../utils/core/page-access';

describe('pages the browser keeps from extensions', () => {
  it.each([
    'chrome://settings',
    'chrome-extension://abc/popup.html',
    'about:blank',
    'edge://flags',
    'view-source:https://example.com',
  ])('%s is one of the browser’s own pages', (url) => expect(restrictedReason(url)).toEqual({ key: 'browserPage' }));

  it.each([
    'https://chromewebstore.google.com/detail/x/abc',
    'https://chrome.google.com/webstore/detail/abc',
    'https://addons.mozilla.org/en-US/firefox/addon/x/',
  ])('%s is an extension store', (url) => expect(restrictedReason(url)).toEqual({ key: 'extensionStore' }));

  it.each(['https://www.polistratics.com/post/x', 'http://127.0.0.1:8080/a.html', 'file:///home/me/a.html', undefined])(
    '%s may be read',
    (url) => expect(restrictedReason(url)).toBeNull(),
  );

  it('explains a refused injection, with the file-access switch for local files', () => {
    expect(injectionRefusedReason('Cannot access a chrome:// URL', undefined)).toEqual({ key: 'refused' });
    expect(injectionRefusedReason('The extensions gallery cannot be scripted.', undefined)).toEqual({ key: 'refused' });
    expect(injectionRefusedReason('Cannot access contents of url "file:///a.html"', 'file:///a.html')).toEqual({
      key: 'fileAccess',
    });
    expect(injectionRefusedReason('No tab with id: 5', undefined)).toBeNull();
  });

  it('names a PDF as a PDF', () => {
    expect(unsupportedReason('application/pdf')).toEqual({ key: 'pdf' });
    expect(unsupportedReason('image/png')).toEqual({ key: 'fileType', contentType: 'image/png' });
  });
});
