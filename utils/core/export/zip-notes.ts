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
/** How long the work may hold the thread between repaints: about two frames. */
const SLICE_MS = 32;

/**
 * The notes as one `.zip`, deflated with fflate's streaming `Zip`, file by file on the calling
 * thread (an extension page's policy would refuse fflate's inline workers). Files may come from
 * an async source, so a large library is read a batch at a time; `onProgress` is told the count
 * after each file.
 */
export async function zipNotes(
  files: Iterable<NoteFile> | AsyncIterable<NoteFile>,
  onProgress: (done: number) => void = () => {},
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const archive = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  let done = 0;
  let sliceStart = Date.now();
  for await (const file of files) {
    const entry = new ZipDeflate(file.name, { level: 6 });
    entry.mtime = file.modified;
    archive.add(entry);
    entry.push(strToU8(file.text), true);
    onProgress(++done);
    // A yield after every file would cost a timer's 4 ms clamp each: minutes for a large library.
    if (Date.now() - sliceStart > SLICE_MS) {
      await nextTask();
      sliceStart = Date.now();
    }
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
