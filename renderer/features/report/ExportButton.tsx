/** The toolbar's Export command, and File > Export in the desktop menu: opens the Export dialog. */
import { useState } from 'react';

import { useHostCommand } from '../../host/hostCommandEvent';
import { ExportDialog } from './ExportDialog';

const EXPORT_COMMANDS = ['file.export'] as const;

export function ExportButton() {
  const [open, setOpen] = useState(false);
  useHostCommand(EXPORT_COMMANDS, () => setOpen(true));
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Export
      </button>
      {open ? <ExportDialog onClose={() => setOpen(false)} /> : null}
    </>
  );
}
