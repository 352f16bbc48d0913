/** The drawing area: palette, diagram tabs and the canvas, sharing one React Flow instance. */
import { ReactFlowProvider } from '@xyflow/react';

import { DiagramCanvas } from '../features/diagram/DiagramCanvas';
import { DiagramTabs } from '../features/diagram/DiagramTabs';
import { Palette } from '../features/diagram/Palette';
import { useEditorShortcuts } from '../features/diagram/useEditorShortcuts';

export function EditorArea() {
  useEditorShortcuts();
  return (
    <ReactFlowProvider>
      <section className="editor-area" aria-label="Diagram editor">
        <Palette />
        <div className="editor-area__main">
          <DiagramTabs />
          <DiagramCanvas />
        </div>
      </section>
    </ReactFlowProvider>
  );
}
