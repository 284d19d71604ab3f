/** Starts a download of `href` as `name`: a link with `download`, which needs no permission. */
function clickDownload(name: string, href: string): void {
  const link = document.createElement('a');
  link.download = name;
  link.href = href;
  link.click();
}

/** Hands a file to the browser's downloads, from a `blob:` URL. */
export function downloadFile(name: string, data: string | Uint8Array, type: string): void {
  const url = URL.createObjectURL(new Blob([data as BlobPart], { type }));
  clickDownload(name, url);
  // Not revoked at once: the download may still be reading it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * A download from the popup. In Firefox the popup closes when a save dialog opens, and its
 * `blob:` URLs die with it, so there the note goes as a `data:` URL (a note is small; the
 * library's large files are downloaded from its page, a tab, with `downloadFile`).
 */
export function downloadFromPopup(name: string, text: string, type: string): void {
  if (import.meta.env.FIREFOX) clickDownload(name, `data:${type};charset=utf-8,${encodeURIComponent(text)}`);
  else downloadFile(name, text, type);
}
