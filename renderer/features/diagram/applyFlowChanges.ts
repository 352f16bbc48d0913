/**
 * The one adapter from React Flow's change events to the store. Selection changes update the
 * selection; moves and resizes in progress update the live gesture (not the document); the end of
 * a move or resize, and a keyboard move, become one document edit.
 */
import type { EdgeChange, NodeChange } from '@xyflow/react';

import { descendantsOf, type Point } from '../../store/modelEdits';
import { useAppStore } from '../../store/appStore';
import type { Gesture } from '../../store/selectionSlice';
import type { DiagramEdge, DiagramNode } from './flowTypes';

function applySelection(changes: ReadonlyArray<{ id: string; selected: boolean }>): void {
  if (changes.length === 0) return;
  const state = useAppStore.getState();
  const next = new Set(state.selectedIds);
  for (const change of changes) {
    if (change.selected) next.add(change.id);
    else next.delete(change.id);
  }
  // Keep the order in which things were selected: the first pick is a flow's source.
  const ordered = [
    ...state.selectedIds.filter((id) => next.has(id)),
    ...[...next].filter((id) => !state.selectedIds.includes(id)),
  ];
  state.select(ordered);
}

export function applyNodeChanges(changes: NodeChange<DiagramNode>[]): void {
  const state = useAppStore.getState();
  const selection: Array<{ id: string; selected: boolean }> = [];
  const moves: Record<string, Point> = {};
  const resizes: Gesture['boxes'] = {};
  let inProgress = false;
  let finished = false;

  for (const change of changes) {
    if (change.type === 'select') selection.push(change);
    else if (change.type === 'position' && change.position) {
      moves[change.id] = change.position;
      if (change.dragging) inProgress = true;
      else finished = true;
    } else if (change.type === 'dimensions' && change.resizing !== undefined && change.dimensions) {
      const current = state.gesture?.boxes[change.id] ?? state.model.layout.nodes[change.id];
      if (!current) continue;
      resizes[change.id] = { ...current, ...change.dimensions };
      if (change.resizing) inProgress = true;
      else finished = true;
    }
  }
  applySelection(selection);
  if (Object.keys(moves).length === 0 && Object.keys(resizes).length === 0) return;

  const gesture = mergeGesture(state.gesture, moves, resizes);
  state.setGesture(gesture);
  if (finished && !inProgress) state.commitGesture();
}

/**
 * Adds the new positions and sizes to the gesture. A moved zone carries what is inside it by the
 * same distance; a resized zone's position change belongs to its box.
 */
function mergeGesture(
  previous: Gesture | null,
  moves: Record<string, Point>,
  resizes: Gesture['boxes'],
): Gesture {
  const { model } = useAppStore.getState();
  const positions = { ...(previous?.positions ?? {}) };
  const boxes = { ...(previous?.boxes ?? {}) };

  for (const [id, box] of Object.entries(resizes)) {
    const position = moves[id] ?? boxes[id] ?? box;
    boxes[id] = { ...box, x: position.x, y: position.y };
  }
  for (const [id, position] of Object.entries(moves)) {
    if (id in resizes) continue;
    if (boxes[id]) {
      boxes[id] = { ...boxes[id], x: position.x, y: position.y };
      continue;
    }
    positions[id] = position;
    const stored = model.layout.nodes[id];
    if (!stored) continue;
    const dx = position.x - stored.x;
    const dy = position.y - stored.y;
    for (const inner of descendantsOf(model, id)) {
      if (inner in moves) continue;
      const box = model.layout.nodes[inner];
      if (box) positions[inner] = { x: box.x + dx, y: box.y + dy };
    }
  }
  return { positions, boxes };
}

export function applyEdgeChanges(changes: EdgeChange<DiagramEdge>[]): void {
  applySelection(
    changes.flatMap((change) =>
      change.type === 'select' ? [{ id: change.id, selected: change.selected }] : [],
    ),
  );
}
