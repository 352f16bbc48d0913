/**
 * The 5 by 5 risk matrix as a heat map: likelihood down the side (5 at the top), impact along the
 * bottom, each cell showing how many threats sit in it. An ARIA grid: arrow keys move between
 * cells, Enter or a click narrows the register to that cell.
 */
import { useRef, useState, type KeyboardEvent } from 'react';

import {
  IMPACT_LABELS,
  LIKELIHOOD_LABELS,
  RATINGS,
  type HeatMap,
  type RiskBasis,
} from '../../../shared/risk';
import { cellName } from './matrixView';

export interface RiskMatrixProps {
  map: HeatMap;
  basis: RiskBasis;
  onBasisChange(basis: RiskBasis): void;
  onCellClick(likelihood: number, impact: number): void;
}

export function RiskMatrix({ map, basis, onBasisChange, onCellClick }: RiskMatrixProps) {
  const [focus, setFocus] = useState(0);
  const cellRefs = useRef<Array<HTMLButtonElement | null>>([]);

  const move = (event: KeyboardEvent, index: number) => {
    const row = Math.floor(index / 5);
    const col = index % 5;
    const next: Record<string, number> = {
      ArrowUp: Math.max(0, row - 1) * 5 + col,
      ArrowDown: Math.min(4, row + 1) * 5 + col,
      ArrowLeft: row * 5 + Math.max(0, col - 1),
      ArrowRight: row * 5 + Math.min(4, col + 1),
      Home: row * 5,
      End: row * 5 + 4,
    };
    const target = next[event.key];
    if (target === undefined) return;
    event.preventDefault();
    setFocus(target);
    cellRefs.current[target]?.focus();
  };

  const title = basis === 'inherent' ? 'Inherent risk' : 'Residual risk';
  return (
    <section className="risk-matrix" aria-labelledby="matrix-title">
      <div className="panel-heading">
        <h2 id="matrix-title">Risk matrix</h2>
        <div role="group" aria-label="Risk shown" className="segmented">
          {(['inherent', 'residual'] as const).map((value) => (
            <button
              key={value}
              type="button"
              aria-pressed={basis === value}
              onClick={() => onBasisChange(value)}
            >
              {value === 'inherent' ? 'Inherent' : 'Residual'}
            </button>
          ))}
        </div>
        <span className="muted">{map.total} threats (stale ones left out)</span>
      </div>
      <div className="matrix-frame">
        <span className="axis-label axis-likelihood" aria-hidden="true">
          Likelihood
        </span>
        <div
          role="grid"
          aria-label={`${title} matrix`}
          aria-rowcount={6}
          aria-colcount={6}
          className="matrix-grid"
        >
          {[5, 4, 3, 2, 1].map((likelihood, rowIndex) => (
            <div role="row" key={likelihood} className="matrix-row" aria-rowindex={rowIndex + 1}>
              <div role="rowheader" className="matrix-axis">
                {likelihood} {LIKELIHOOD_LABELS[likelihood as 1]}
              </div>
              {map.cells.slice(rowIndex * 5, rowIndex * 5 + 5).map((cell, colIndex) => {
                const index = rowIndex * 5 + colIndex;
                return (
                  <div
                    role="gridcell"
                    key={`${cell.likelihood}-${cell.impact}`}
                    className="matrix-cell-wrap"
                  >
                    <button
                      type="button"
                      ref={(node) => {
                        cellRefs.current[index] = node;
                      }}
                      tabIndex={index === focus ? 0 : -1}
                      className={`matrix-cell band-${cell.band}${cell.count === 0 ? ' is-empty' : ''}`}
                      aria-label={cellName(cell)}
                      data-likelihood={cell.likelihood}
                      data-impact={cell.impact}
                      onFocus={() => setFocus(index)}
                      onKeyDown={(event) => move(event, index)}
                      onClick={() => onCellClick(cell.likelihood, cell.impact)}
                    >
                      {cell.count}
                    </button>
                  </div>
                );
              })}
            </div>
          ))}
          <div role="row" className="matrix-row" aria-rowindex={6}>
            <div role="columnheader" className="matrix-axis">
              <span className="visually-hidden">Likelihood by impact</span>
            </div>
            {RATINGS.map((impact) => (
              <div role="columnheader" key={impact} className="matrix-axis">
                {impact} {IMPACT_LABELS[impact]}
              </div>
            ))}
          </div>
        </div>
        <span className="axis-label axis-impact" aria-hidden="true">
          Impact
        </span>
      </div>
    </section>
  );
}
