/** One area of feature panels (side or bottom): a tab per panel and the one that is showing. */
import { useState } from 'react';

import { useAppStore } from '../store/appStore';
import { useLayoutStore } from './layoutStore';
import { PANELS, type WorkspacePanel } from './panels';

interface PanelAreaProps {
  area: WorkspacePanel['area'];
  label: string;
}

export function PanelArea({ area, label }: PanelAreaProps) {
  const panels = PANELS.filter((panel) => panel.area === area).sort((a, b) => a.order - b.order);
  const bottomChoice = useAppStore((state) => state.bottomPanel);
  const [sideChoice, setSideChoice] = useState(panels[0]?.id ?? '');
  const chosen = area === 'bottom' ? bottomChoice : sideChoice;
  const active = panels.find((panel) => panel.id === chosen) ?? panels[0];
  const maximized = useLayoutStore((state) => state.bottomMaximized);
  const choose = (id: string) =>
    area === 'bottom' ? useAppStore.getState().showBottomPanel(id) : setSideChoice(id);
  if (!active) return null;

  return (
    <section className={`panel-area panel-area--${area}`} aria-label={label}>
      <div role="tablist" aria-label={`${label} panels`} className="panel-area__tabs">
        {panels.map((panel) => (
          <button
            key={panel.id}
            type="button"
            role="tab"
            id={`panel-tab-${panel.id}`}
            aria-controls={`panel-${panel.id}`}
            aria-selected={panel.id === active.id}
            tabIndex={panel.id === active.id ? 0 : -1}
            onClick={() => choose(panel.id)}
          >
            {panel.title}
          </button>
        ))}
      </div>
      {area === 'bottom' && (
        <button
          type="button"
          className="panel-area__maximize"
          aria-pressed={maximized}
          onClick={() => useLayoutStore.getState().toggleBottomMaximized()}
        >
          Maximize panel
        </button>
      )}
      <div
        role="tabpanel"
        id={`panel-${active.id}`}
        aria-labelledby={`panel-tab-${active.id}`}
        className="panel-area__body"
      >
        <active.Component />
      </div>
    </section>
  );
}
