/**
 * Counts per cell of the 5 by 5 matrix, for the in-app risk matrix and the reports' heat map.
 */
import type { AssessedThreat } from './ranking';
import { RATINGS, type Rating, type RiskBand, bandOf } from './matrix';

/** Which rating a heat map places threats by. */
export type RiskBasis = 'inherent' | 'residual';

export interface HeatMapCell {
  likelihood: Rating;
  impact: Rating;
  score: number;
  band: RiskBand;
  count: number;
  /** The threats in the cell, in the order they were given (rank order if ranked). */
  threatIds: string[];
}

export interface HeatMap {
  basis: RiskBasis;
  /** 25 cells, likelihood 5 down to 1, each row impact 1 up to 5: the matrix as it is drawn. */
  cells: HeatMapCell[];
  total: number;
}

/** Places each threat in the cell of its inherent or residual rating. */
export function heatMap(
  threats: readonly AssessedThreat[],
  basis: RiskBasis = 'residual',
): HeatMap {
  const cells: HeatMapCell[] = [];
  for (const likelihood of [...RATINGS].reverse()) {
    for (const impact of RATINGS) {
      const score = likelihood * impact;
      cells.push({ likelihood, impact, score, band: bandOf(score), count: 0, threatIds: [] });
    }
  }

  for (const assessed of threats) {
    const rating = assessed[basis];
    const cell = cells[cellIndex(rating.likelihood, rating.impact)];
    if (!cell) continue;
    cell.count++;
    cell.threatIds.push(assessed.threat.id);
  }

  return { basis, cells, total: threats.length };
}

/** The cell of a heat map for a likelihood and impact. */
export function heatMapCell(map: HeatMap, likelihood: Rating, impact: Rating): HeatMapCell {
  return map.cells[cellIndex(likelihood, impact)] as HeatMapCell;
}

function cellIndex(likelihood: Rating, impact: Rating): number {
  return (5 - likelihood) * 5 + (impact - 1);
}
