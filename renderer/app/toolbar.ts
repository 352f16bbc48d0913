/**
 * Commands in the header's toolbar after Undo and Redo. A feature adds its button (such as
 * `Generate threats` or `Export`) as one entry; each is a component that renders its own control
 * and reads the store itself.
 */
import type { ComponentType } from 'react';

import { GenerateControls } from '../features/generation/GenerateControls';
import { ImportControls } from '../features/import/ImportControls';
import { ExportButton } from '../features/report/ExportButton';

export interface ToolbarItem {
  id: string;
  order: number;
  Component: ComponentType;
}

export const TOOLBAR_ITEMS: readonly ToolbarItem[] = [
  { id: 'generate', order: 0, Component: GenerateControls },
  { id: 'import', order: 10, Component: ImportControls },
  { id: 'export', order: 20, Component: ExportButton },
];
