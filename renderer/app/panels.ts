/**
 * The panels of the workspace. A feature mounts itself by adding one entry here: `side` panels
 * share the column on the right (the inspector's), `bottom` panels share the strip under the
 * canvas (the problems'). Each gets a tab with its title; `order` sorts them within their area.
 */
import type { ComponentType } from 'react';

import { Inspector } from '../features/inspector/Inspector';
import { ProblemsPanel } from '../features/problems/ProblemsPanel';
import { ThreatsWorkspace } from '../features/threats/ThreatsWorkspace';

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
];
