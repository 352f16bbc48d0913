/**
 * The main window's size and position, remembered between runs. A saved position is used only if
 * it is still on one of the screens (a monitor may have been unplugged since).
 */
import { z } from 'zod';

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

export interface SavedWindowState {
  bounds: WindowBounds;
  maximized: boolean;
}

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_WINDOW_STATE: SavedWindowState = {
  bounds: { width: 1280, height: 820 },
  maximized: false,
};

const coordinate = z.number().int().min(-100_000).max(100_000);
const size = z.number().int().min(200).max(100_000);
const savedStateSchema = z.object({
  bounds: z.object({ x: coordinate, y: coordinate, width: size, height: size }),
  maximized: z.boolean(),
});

/** Reads the saved state; anything unreadable gives the defaults. */
export function parseWindowState(text: string | null): SavedWindowState {
  if (!text) return DEFAULT_WINDOW_STATE;
  try {
    const parsed = savedStateSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : DEFAULT_WINDOW_STATE;
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
}

export function serializeWindowState(state: SavedWindowState): string {
  return `${JSON.stringify(state, null, 2)}\n`;
}

/**
 * Bounds that fit the screens: the saved position if enough of the window shows on one screen,
 * otherwise the saved size (shrunk to the largest screen) centred by the system.
 */
export function fitToScreens(
  state: SavedWindowState,
  workAreas: readonly Area[],
): SavedWindowState {
  const { x, y, width, height } = state.bounds;
  const largest = workAreas.reduce<Area | null>(
    (best, area) => (!best || area.width * area.height > best.width * best.height ? area : best),
    null,
  );
  const fitted = {
    width: Math.min(width, largest?.width ?? width),
    height: Math.min(height, largest?.height ?? height),
  };
  if (x === undefined || y === undefined) return { ...state, bounds: fitted };

  const visible = workAreas.some((area) => {
    const overlapX = Math.min(x + fitted.width, area.x + area.width) - Math.max(x, area.x);
    const overlapY = Math.min(y + fitted.height, area.y + area.height) - Math.max(y, area.y);
    // The title bar must be reachable: a good part of the window's top on this screen.
    return overlapX >= 100 && overlapY >= 50 && y >= area.y && y < area.y + area.height - 50;
  });
  return { ...state, bounds: visible ? { x, y, ...fitted } : fitted };
}
