/**
 * `npm start`, after the two builds: says where the extension is and how to load it, then
 * outlines the bundled sample article so a newcomer sees the main job done at once.
 */
import { resolve } from 'node:path';
import { main } from './outline';

const chrome = resolve('.output/chrome-mv3');
const firefox = resolve('.output/firefox-mv3');

process.stdout.write(`
Dossier is built.

  Chrome:  open chrome://extensions, turn on "Developer mode", click "Load unpacked"
           and choose ${chrome}
  Firefox: open about:debugging#/runtime/this-firefox, click "Load Temporary Add-on…"
           and choose ${firefox}/manifest.json

Then open an article and click the Dossier icon in the toolbar.

Here is the outline of the bundled sample article (assets/sample/), as the command line
prints it (npm run -s outline -- --help):

`);
process.exitCode = await main([]);
