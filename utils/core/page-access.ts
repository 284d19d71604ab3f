/**
 * Why a page cannot be read, as the key of the sentence that says so in the reader's language
 * (`_locales`), with what fills it.
 */
export type AccessRefusal =
  | { key: 'browserPage' | 'extensionStore' | 'pdf' | 'fileAccess' | 'refused' }
  | { key: 'fileType'; contentType: string };

/** Why the browser will not let any extension read this address, or null if it may. */
export function restrictedReason(url: string | undefined): AccessRefusal | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const { protocol, hostname, pathname } = parsed;
  if (!/^(https?|file):$/.test(protocol)) {
    return { key: 'browserPage' };
  }
  const isStore =
    hostname === 'chromewebstore.google.com' ||
    (hostname === 'chrome.google.com' && pathname.startsWith('/webstore')) ||
    hostname === 'addons.mozilla.org' ||
    (hostname === 'microsoftedge.microsoft.com' && pathname.startsWith('/addons'));
  if (isStore) return { key: 'extensionStore' };
  return null;
}

/** Why a tab that shows a document rather than a web page is not read. */
export function unsupportedReason(contentType: string): AccessRefusal {
  return contentType === 'application/pdf' ? { key: 'pdf' } : { key: 'fileType', contentType };
}

/**
 * Why the browser refused an injection. Chrome and Firefox word these errors in
 * several ways; all of them mean the page is off-limits, and retrying will not change that.
 */
export function injectionRefusedReason(message: string, url: string | undefined): AccessRefusal | null {
  if (!/cannot be scripted|cannot access|missing host permission|permission to access/i.test(message)) return null;
  // A file is readable once the reader allows it in the extension's details.
  if (url?.startsWith('file:')) return { key: 'fileAccess' };
  return { key: 'refused' };
}
