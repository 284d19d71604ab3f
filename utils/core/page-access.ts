/** Why the browser will not let any extension read this address, or null if it may. */
export function restrictedReason(url: string | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const { protocol, hostname, pathname } = parsed;
  if (!/^(https?|file):$/.test(protocol)) {
    return 'This is one of the browser’s own pages, which extensions are not allowed to read.';
  }
  const isStore =
    hostname === 'chromewebstore.google.com' ||
    (hostname === 'chrome.google.com' && pathname.startsWith('/webstore')) ||
    hostname === 'addons.mozilla.org' ||
    (hostname === 'microsoftedge.microsoft.com' && pathname.startsWith('/addons'));
  if (isStore) return 'The browser’s extension store does not let extensions read its pages.';
  return null;
}

/** The sentence for a tab that shows a document rather than a web page. */
export function unsupportedReason(contentType: string): string {
  return contentType === 'application/pdf'
    ? 'This is a PDF in the browser’s viewer; Dossier outlines web pages, not PDFs.'
    : `This tab shows a ${contentType} file, not a web page Dossier can outline.`;
}

/**
 * The sentence for an injection the browser refused. Chrome and Firefox word these errors in
 * several ways; all of them mean the page is off-limits, and retrying will not change that.
 */
export function injectionRefusedReason(message: string, url: string | undefined): string | null {
  if (!/cannot be scripted|cannot access|missing host permission|permission to access/i.test(message)) return null;
  if (url?.startsWith('file:')) {
    return 'Dossier can read files on your computer only after you turn on “Allow access to file URLs” in its extension details.';
  }
  return 'The browser does not let extensions read this page.';
}
