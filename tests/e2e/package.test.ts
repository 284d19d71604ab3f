import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const version = JSON.parse(readFileSync('package.json', 'utf8')).version as string;
const archive = (kind: string) => resolve(`.output/dossier-${version}-${kind}.zip`);
const unzip = (file: string) => unzipSync(readFileSync(file));

/**
 * The environment a release is built in, as a reviewer's shell has it: without the test runner's
 * NODE_ENV=test, under which Preact's plugin would ship its devtools and the files' absolute paths.
 */
const { NODE_ENV: _, ...releaseEnv } = process.env;

/** Every file under `dir`, by its path inside it. */
function filesUnder(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path));
    }
  };
  walk(dir);
  return files;
}

describe('the store packages', () => {
  let scratch: string;
  beforeAll(() => {
    execFileSync('npm', ['run', '-s', 'zip'], { stdio: 'ignore', env: releaseEnv });
    scratch = mkdtempSync(join(tmpdir(), 'dossier-sources-'));
  }, 240_000);
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('are a Chrome package, a Firefox package and the sources for Mozilla’s review', () => {
    const chrome = unzip(archive('chrome'));
    const firefox = unzip(archive('firefox'));
    const manifest = (files: typeof chrome) => JSON.parse(new TextDecoder().decode(files['manifest.json']));
    expect(manifest(chrome).manifest_version).toBe(3);
    expect(manifest(firefox)).toMatchObject({
      manifest_version: 3,
      browser_specific_settings: { gecko: { id: 'dossier@dossier-extension' } },
    });
    const sources = Object.keys(unzip(archive('sources')));
    expect(sources).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', 'wxt.config.ts']));
    // The reviewers get the code, not the tests' pages or the benchmarks' labels.
    expect(sources.filter((f) => f.startsWith('tests/') || f.startsWith('scripts/bench/'))).toEqual([]);
  });

  it('rebuild from the sources archive into the same Firefox package, byte for byte', () => {
    for (const [path, data] of Object.entries(unzip(archive('sources')))) {
      if (path.endsWith('/')) continue;
      mkdirSync(dirname(join(scratch, path)), { recursive: true });
      writeFileSync(join(scratch, path), data);
    }
    // The installed packages as `npm ci` would put them from the lockfile: no network in tests.
    symlinkSync(resolve('node_modules'), join(scratch, 'node_modules'));
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: scratch, stdio: 'ignore', env: releaseEnv });
    const rebuilt = filesUnder(join(scratch, '.output/firefox-mv3'));
    const shipped = Object.entries(unzip(archive('firefox'))).filter(([path]) => !path.endsWith('/'));
    // No path of the machine that built it, and no development helpers, in what users install.
    for (const [path, data] of shipped) expect(Buffer.from(data).includes(process.cwd()), path).toBe(false);
    expect([...rebuilt.keys()].sort()).toEqual(shipped.map(([path]) => path).sort());
    for (const [path, data] of shipped) expect(rebuilt.get(path)?.equals(Buffer.from(data)), path).toBe(true);
  }, 240_000);
});
