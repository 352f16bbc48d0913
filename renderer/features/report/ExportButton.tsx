/** The toolbar's Export command: opens the Export dialog. */
import { useState } from 'react';

import { ExportDialog } from './ExportDialog';

export function ExportButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Export
      </button>
      {open ? <ExportDialog onClose={() => setOpen(false)} /> : null}
    </>
  );
}
