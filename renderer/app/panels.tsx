/**
 * The panels of the workspace. A feature mounts itself by adding one entry here: `side` panels
 * share the column on the right (the inspector's), `bottom` panels share the strip under the
 * canvas (the problems'). Each gets a tab with its title; `order` sorts them within their area.
 */
import type { ComponentType } from 'react';

import { Inspector } from '../features/inspector/Inspector';
import { ProblemsPanel } from '../features/problems/ProblemsPanel';
import { ComparePanel } from '../features/compare/ComparePanel';
import { ConflictList } from '../features/compare/ConflictList';
import { HistoryPanel } from '../features/history/HistoryPanel';
import { ThreatsWorkspace } from '../features/threats/ThreatsWorkspace';
import { useAppStore } from '../store/appStore';

/** Features that report to the status bar get this. */
const report = (message: string): void => useAppStore.getState().setStatus(message);

function ConflictsPanel() {
  const count = useAppStore((state) => state.model.conflicts.length);
  return count === 0 ? <p>No merge conflicts in this model.</p> : <ConflictList report={report} />;
}

function CompareWithFilePanel() {
  return <ComparePanel report={report} />;
}

function LocalHistoryPanel() {
  return <HistoryPanel report={report} />;
}

export interface WorkspacePanel {
  id: string;
  title: string;
  area: 'side' | 'bottom';
  order: number;
  Component: ComponentType;
}

export const PANELS: readonly WorkspacePanel[] = [
  { id: 'inspector', title: 'Inspector', area: 'side', order: 0, Component: Inspector },
  { id: 'problems', title: 'Problems', area: 'bottom', order: 0, Component: ProblemsPanel },
  { id: 'threats', title: 'Threats', area: 'bottom', order: 1, Component: ThreatsWorkspace },
  { id: 'history', title: 'History', area: 'bottom', order: 2, Component: LocalHistoryPanel },
  { id: 'conflicts', title: 'Conflicts', area: 'bottom', order: 3, Component: ConflictsPanel },
  { id: 'compare', title: 'Compare', area: 'bottom', order: 4, Component: CompareWithFilePanel },
];
