import { useEffect, useState } from 'preact/hooks';

/**
 * The shortcut that opens Dossier, as the reader has it now ("Alt+Shift+D", or their own from
 * the browser's shortcut settings); null when they removed it, and while it is asked for.
 */
export function useOpenShortcut(): string | null {
  const [shortcut, setShortcut] = useState<string | null>(null);
  useEffect(() => {
    browser.commands.getAll().then(
      (commands) => setShortcut(commands.find((c) => c.name === '_execute_action')?.shortcut || null),
      () => setShortcut(null),
    );
  }, []);
  return shortcut;
}
