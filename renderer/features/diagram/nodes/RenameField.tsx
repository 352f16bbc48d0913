/** The in-place name editor a box shows after a double-click or F2. */
import { useEffect, useRef, useState } from 'react';

import { useAppStore } from '../../../store/appStore';

interface RenameFieldProps {
  id: string;
  name: string;
  kindLabel: string;
}

export function RenameField({ id, name, kindLabel }: RenameFieldProps) {
  const [draft, setDraft] = useState(name);
  const input = useRef<HTMLInputElement>(null);
  const done = useRef(false);

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  const finish = (commit: boolean): void => {
    if (done.current) return;
    done.current = true;
    const state = useAppStore.getState();
    if (commit && draft !== name) state.updateElement(id, { name: draft });
    state.setRenaming(null);
  };

  return (
    <input
      ref={input}
      className="dfd-rename nodrag nopan"
      aria-label={`Name of ${kindLabel.toLowerCase()}`}
      value={draft}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={() => finish(true)}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Enter') finish(true);
        if (event.key === 'Escape') finish(false);
      }}
    />
  );
}
