/**
 * The editor's keyboard: Delete, undo and redo, copy, paste, duplicate, select all, arrow nudges,
 * F2 to rename and Escape to let go. Keys typed into a form field are left to the field.
 */
import { useEffect } from 'react';

import { useAppStore } from '../../store/appStore';
import { redo, undo } from '../../store/history';
import { selectActiveDiagram } from '../../store/selectors';
import { readClipboard, writeClipboard } from './clipboard';
import { GRID } from './viewCentre';

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target.tagName === 'INPUT' ||
    target.tagName === 'TEXTAREA' ||
    target.tagName === 'SELECT'
  );
}

/** React Flow moves a focused node with the arrow keys itself. */
function isOnCanvasNode(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    !!target.closest('.react-flow__node, .react-flow__nodesselection-rect')
  );
}

const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

export function handleEditorKey(event: KeyboardEvent): void {
  if (event.defaultPrevented || isEditable(event.target)) return;
  if (event.target instanceof HTMLElement && event.target.closest('dialog, [role="tablist"]'))
    return;
  const state = useAppStore.getState();
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  let handled = true;

  if (mod && key === 'z' && !event.shiftKey) undo();
  else if ((mod && key === 'z' && event.shiftKey) || (event.ctrlKey && key === 'y')) redo();
  else if (mod && key === 'c') {
    const fragment = state.copySelection();
    if (fragment) writeClipboard(fragment);
  } else if (mod && key === 'v') {
    const fragment = readClipboard();
    if (fragment) state.pasteFragment(fragment);
  } else if (mod && key === 'd') state.duplicateSelection();
  else if (mod && key === 'a') {
    state.select(selectActiveDiagram(state).elements.map((element) => element.id));
  } else if (!mod && (event.key === 'Delete' || event.key === 'Backspace')) state.deleteSelection();
  else if (!mod && event.key === 'F2' && state.selectedIds.length === 1) {
    state.setRenaming(state.selectedIds[0] ?? null);
  } else if (!mod && event.key === 'Escape') state.clearSelection();
  else if (!mod && ARROWS[event.key] && !isOnCanvasNode(event.target)) {
    if (state.selectedIds.length === 0) return;
    const [dx, dy] = ARROWS[event.key] as [number, number];
    const step = event.shiftKey ? GRID * 4 : GRID;
    state.nudgeSelection(dx * step, dy * step);
  } else handled = false;

  if (handled) event.preventDefault();
}

export function useEditorShortcuts(): void {
  useEffect(() => {
    window.addEventListener('keydown', handleEditorKey);
    return () => window.removeEventListener('keydown', handleEditorKey);
  }, []);
}
