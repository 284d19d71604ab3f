import { strToU8, Zip, ZipDeflate } from 'fflate';

/** One file of an export. */
export interface NoteFile {
  name: string;
  text: string;
  /** When its article was captured: the file's date in the archive. */
  modified: Date;
}

/** Lets the page repaint (a progress bar) between files, so a large export never freezes it. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The notes as one `.zip`, deflated with fflate's streaming `Zip`, file by file on the calling
 * thread (an extension page's policy would refuse fflate's inline workers). `onProgress` is
 * told after each file.
 */
export async function zipNotes(
  files: NoteFile[],
  onProgress: (done: number, total: number) => void = () => {},
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const archive = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  for (const [index, file] of files.entries()) {
    const entry = new ZipDeflate(file.name, { level: 6 });
    entry.mtime = file.modified;
    archive.add(entry);
    entry.push(strToU8(file.text), true);
    onProgress(index + 1, files.length);
    await nextTask();
  }
  archive.end();
  if (failure) throw failure;
  const out = new Uint8Array(chunks.reduce((size, chunk) => size + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
