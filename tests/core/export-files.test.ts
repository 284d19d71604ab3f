import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fileStem, noteFileName, uniqueNoteFileNames } from '../../utils/core/export/file-name';
import { zipNotes } from '../../utils/core/export/zip-notes';

describe('note file names', () => {
  it('keep a title readable and take out what Windows, macOS or Linux refuse', () => {
    expect(noteFileName('Qatar and the United States: The Twin Engines of Gaza Diplomacy')).toBe(
      'Qatar and the United States The Twin Engines of Gaza Diplomacy.md',
    );
    expect(noteFileName('A/B <test> "quoted" | what? *now*\\ \u0007bell')).toBe('A B test quoted what now bell.md');
    expect(noteFileName('...hidden. ')).toBe('hidden.md');
    expect(noteFileName('حماس 🕊️ — déjà vu')).toBe('حماس 🕊️ — déjà vu.md');
    expect(noteFileName('evil\u202Edm.exe')).toBe('evildm.exe.md');
    expect(noteFileName('  ')).toBe('Untitled.md');
  });

  it('never name a Windows device, with or without an extension', () => {
    for (const title of ['CON', 'nul', 'Com1', 'LPT9', 'aux.txt', 'PRN. ']) {
      expect(fileStem(title).startsWith('_')).toBe(true);
    }
    expect(fileStem('Console wars')).toBe('Console wars');
  });

  it('stay under 255 bytes without splitting a character', () => {
    const stem = fileStem('👩🏽‍⚖️'.repeat(60));
    expect(new TextEncoder().encode(`${stem} (99).md`).length).toBeLessThanOrEqual(255);
    expect(stem.length % '👩🏽‍⚖️'.length).toBe(0);
    expect(new TextEncoder().encode(fileStem('a'.repeat(400))).length).toBe(200);
  });

  it('are unique in one folder, ignoring case', () => {
    expect(uniqueNoteFileNames(['Gaza', 'gaza', 'Gaza', 'Doha'])).toEqual([
      'Gaza.md',
      'gaza (2).md',
      'Gaza (3).md',
      'Doha.md',
    ]);
  });
});

describe('a zip of notes', () => {
  it('holds every note under its name, byte for byte, and reports progress file by file', async () => {
    const files = [
      { name: 'Gaza.md', text: '# Gaza\n\nحماس 🕊️\n', modified: new Date(2025, 6, 12, 9, 30) },
      { name: 'déjà vu.md', text: '# Déjà vu\n', modified: new Date(2025, 6, 13, 8, 0) },
    ];
    const progress: string[] = [];
    const zip = await zipNotes(files, (done) => progress.push(`${done}/${files.length}`));
    expect(progress).toEqual(['1/2', '2/2']);
    const unzipped = unzipSync(zip);
    expect(Object.keys(unzipped)).toEqual(['Gaza.md', 'déjà vu.md']);
    expect(strFromU8(unzipped['Gaza.md'] as Uint8Array)).toBe(files[0]?.text);
    expect(strFromU8(unzipped['déjà vu.md'] as Uint8Array)).toBe(files[1]?.text);
  });
});
