/**
 * The app shell: header, the editor, and the panel areas around it. It composes features and owns
 * no domain logic.
 *
 * Extension points:
 * - a panel (threat register, matrix, plan, compare, history): one entry in panels.ts;
 * - a toolbar command (Generate threats, Export, Import): one entry in toolbar.ts;
 * - document changes: `changeModel` on the store (store/appStore.ts), one undo step each.
 */
import { useAppStore } from '../store/appStore';
import { EditorArea } from './EditorArea';
import { Header } from './Header';
import { useLayoutStore } from './layoutStore';
import { PanelArea } from './PanelArea';
import { Splitter } from './Splitter';

export function App() {
  const sizes = useAppStore((state) => state.panelSizes);
  const status = useAppStore((state) => state.status);
  const banner = useAppStore((state) => state.banner);
  const setSizes = useAppStore((state) => state.setPanelSizes);
  const sideHidden = useLayoutStore((state) => state.sideHidden);
  const bottomHidden = useLayoutStore((state) => state.bottomHidden);
  const bottomMaximized = useLayoutStore((state) => state.bottomMaximized);
  const side = sideHidden ? 0 : sizes.side;

  return (
    <div className="app" style={{ gridTemplateColumns: `minmax(0, 1fr) ${side}px` }}>
      <Header />
      {banner && (
        <div className={`banner banner--${banner.tone}`} role="alert">
          <span>{banner.text}</span>
          {banner.actions?.map((action) => (
            <button key={action.label} type="button" onClick={action.run}>
              {action.label}
            </button>
          ))}
          <button type="button" onClick={() => useAppStore.getState().setBanner(null)}>
            Dismiss
          </button>
        </div>
      )}
      <main
        className="workspace"
        style={{
          gridTemplateRows: bottomHidden
            ? 'minmax(0, 1fr)'
            : bottomMaximized
              ? 'minmax(120px, 1fr) auto minmax(0, 3fr)'
              : `minmax(0, 1fr) auto ${sizes.bottom}px`,
        }}
      >
        <EditorArea />
        {!bottomHidden && (
          <>
            <Splitter
              label="Resize the bottom panel"
              orientation="horizontal"
              value={sizes.bottom}
              min={80}
              max={600}
              direction={-1}
              onChange={(bottom) => setSizes({ bottom })}
            />
            <PanelArea area="bottom" label="Bottom panel" />
          </>
        )}
      </main>
      {!sideHidden && (
        <aside className="side-panel">
          <Splitter
            label="Resize the side panel"
            orientation="vertical"
            value={sizes.side}
            min={240}
            max={640}
            direction={-1}
            onChange={(side) => setSizes({ side })}
          />
          <PanelArea area="side" label="Side panel" />
        </aside>
      )}
      <div className="status-bar" role="status" aria-live="polite">
        {status.text}
      </div>
    </div>
  );
}
