/**
 * Light and dark themes. The app follows the system unless the user picks one; the choice is kept
 * in localStorage so it applies before anything renders.
 */
export type ThemeChoice = 'system' | 'light' | 'dark';

const STORAGE_KEY = 'gatehouse.theme';

export function loadThemeChoice(): ThemeChoice {
  const stored = localStorage.getItem(STORAGE_KEY);
  return stored === 'light' || stored === 'dark' ? stored : 'system';
}

export function applyTheme(choice: ThemeChoice): void {
  localStorage.setItem(STORAGE_KEY, choice);
  const dark =
    choice === 'dark' ||
    (choice === 'system' && window.matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
}
