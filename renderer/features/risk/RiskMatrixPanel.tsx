/** The risk matrix over the open model; a cell click narrows the register to that cell. */
import { useMemo } from 'react';

import { clampRating } from '../../../shared/risk';
import { useModel } from '../threats/threatDocument';
import { useThreatsUi } from '../threats/threatsUiStore';
import { matrixOf } from './matrixView';
import { RiskMatrix } from './RiskMatrix';

export function RiskMatrixPanel() {
  const model = useModel();
  const basis = useThreatsUi((state) => state.matrixBasis);
  const setBasis = useThreatsUi((state) => state.setMatrixBasis);
  const filterByCell = useThreatsUi((state) => state.filterByCell);
  const map = useMemo(() => matrixOf(model, basis), [model, basis]);

  return (
    <RiskMatrix
      map={map}
      basis={basis}
      onBasisChange={setBasis}
      onCellClick={(likelihood, impact) =>
        filterByCell({ basis, likelihood: clampRating(likelihood), impact: clampRating(impact) })
      }
    />
  );
}
