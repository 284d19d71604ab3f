/**
 * Hands a file to the browser's downloads, with no permission: a link with `download`. In a
 * Firefox popup the file is a `data:` URL, because the popup closes when the save dialog opens
 * and a `blob:` URL dies with it.
 */
export function downloadFile(name: string, data: string | Uint8Array, type: string): void {
  const link = document.createElement('a');
  link.download = name;
  if (import.meta.env.FIREFOX && typeof data === 'string') {
    link.href = `data:${type};charset=utf-8,${encodeURIComponent(data)}`;
    link.click();
    return;
  }
  const url = URL.createObjectURL(new Blob([data as BlobPart], { type }));
  link.href = url;
  link.click();
  // Not revoked at once: the download may still be reading it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
