/**
 * The element clipboard. It lives in localStorage, so a copy in one model pastes into another,
 * in this tab or another one; what is read back is validated like any foreign input.
 */
import { parseFragment, type Fragment } from '../../store/fragments';

const KEY = 'gatehouse.clipboard';

export function writeClipboard(fragment: Fragment): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(fragment));
  } catch {
    // TODO: a copy too big for localStorage is not kept; copying very large selections is rare.
  }
}

export function readClipboard(): Fragment | null {
  try {
    const text = localStorage.getItem(KEY);
    return text ? parseFragment(JSON.parse(text)) : null;
  } catch {
    return null;
  }
}
