/** The badge a diagram element carries: its open threats, coloured by their highest band. */
import { memo } from 'react';

import { bandLabel } from '../../../shared/risk';
import { useOpenThreatBand, useOpenThreatCount } from './useElementThreats';

export const ElementThreatBadge = memo(function ElementThreatBadge({
  elementId,
}: {
  elementId: string;
}) {
  const count = useOpenThreatCount(elementId);
  const band = useOpenThreatBand(elementId);
  if (count === 0 || band === null) return null;
  const label = `${count} open ${count === 1 ? 'threat' : 'threats'}, highest ${bandLabel(band).toLowerCase()}`;
  return (
    <span className={`threat-badge band-${band}`} role="img" aria-label={label} title={label}>
      {count}
    </span>
  );
});
