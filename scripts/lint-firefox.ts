/**
 * `npm run lint:firefox`: Mozilla's linter (`web-ext lint`, what addons.mozilla.org runs on an
 * upload) on the Firefox build. It fails on any error, and on any warning that is not one of the
 * known ones inside the libraries Dossier bundles: Dossier's own code must lint clean, and a new
 * warning, ours or a library's, has to be read before it ships.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const BUILD = resolve(process.argv[2] ?? '.output/firefox-mv3');

interface LintMessage {
  code: string;
  file?: string;
  line?: number;
  column?: number;
}

/**
 * Each bundled library's `innerHTML` assignments, by a name the minifier keeps beside them, and why
 * they are safe in Dossier. A warning is put down to a library only if its marker is this close.
 */
const NEAR = 400;
const KNOWN: Array<{ library: string; marker: string; why: string }> = [
  {
    library: 'Preact',
    marker: 'dangerouslySetInnerHTML',
    why: 'set only from a `dangerouslySetInnerHTML` prop, which no Dossier component passes',
  },
  {
    library: '@mozilla/readability',
    marker: '_isSingleImage',
    why: 'moves the page’s own markup within Readability’s working copy of the page, never into an extension page',
  },
  {
    library: '@mozilla/readability',
    marker: 'Article content after paging',
    why: 'restores the page’s own markup into Readability’s working copy of the page on a retry',
  },
];

function lint(): { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] } {
  const out = execFileSync(
    'npx',
    ['web-ext', 'lint', '--source-dir', BUILD, '--no-config-discovery', '--output', 'json'],
    { encoding: 'utf8', env: { ...process.env, NO_UPDATE_NOTIFIER: '1' }, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return JSON.parse(out.slice(out.indexOf('{')));
}

/** The library a warning sits in, read from the built file around the flagged column. */
function ownerOf(message: LintMessage): (typeof KNOWN)[number] | undefined {
  if (message.code !== 'UNSAFE_VAR_ASSIGNMENT' || !message.file || !message.line) return undefined;
  const line = readFileSync(join(BUILD, message.file), 'utf8').split('\n')[message.line - 1] ?? '';
  const column = message.column ?? 0;
  const around = line.slice(Math.max(0, column - NEAR), column + NEAR);
  return KNOWN.find((known) => around.includes(known.marker));
}

const report = lint();
const owned = report.warnings.map((warning) => ({ warning, owner: ownerOf(warning) }));
for (const { warning, owner } of owned) {
  const where = `${warning.file}:${warning.line}:${warning.column}`;
  process.stdout.write(
    owner ? `known    ${where} ${owner.library}: ${owner.why}\n` : `UNKNOWN  ${where} ${warning.code}\n`,
  );
}
for (const error of report.errors) process.stdout.write(`ERROR    ${error.file ?? ''} ${error.code}\n`);
const known = owned.filter(({ owner }) => owner).length;
process.stdout.write(
  `web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings (${known} in bundled libraries, known), ${report.notices.length} notices\n`,
);
if (report.errors.length > 0 || known < report.warnings.length) process.exitCode = 1;
