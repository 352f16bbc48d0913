/**
 * What the threat views show right now: the register's query, the selected threats, the open tab,
 * the matrix's basis and whether generation runs live. None of it is part of the document, so none
 * of it enters the undo history or the file.
 */
import { create } from 'zustand';

import type { ThreatStatus } from '../../../shared/model/vocabulary';
import type { RiskBasis } from '../../../shared/risk';
import { getModel } from './threatDocument';
import { DEFAULT_QUERY, type CellFilter, type RegisterQuery } from './registerView';

export type ThreatsTab = 'register' | 'matrix' | 'mitigations' | 'plan' | 'rulePacks';

export interface ThreatsUiState {
  tab: ThreatsTab;
  query: RegisterQuery;
  /** The threat whose detail is open; its element is highlighted on the diagram. */
  selectedThreatId: string | null;
  /** The element of the selected threat, highlighted on the diagram. */
  highlightedElementId: string | null;
  /** Threats ticked for a bulk change. */
  checkedThreatIds: ReadonlySet<string>;
  selectedMitigationId: string | null;
  matrixBasis: RiskBasis;
  live: boolean;
  /** What the last generation changed, such as "12 new, 3 stale". */
  lastRun: string | null;
  /** A status change waiting for its justification. */
  pendingDecision: { ids: string[]; status: ThreatStatus } | null;
  setTab(tab: ThreatsTab): void;
  setQuery(patch: Partial<RegisterQuery>): void;
  resetQuery(): void;
  /** Narrows the register to one cell of the matrix and shows it. */
  filterByCell(cell: CellFilter): void;
  selectThreat(id: string | null): void;
  setChecked(ids: ReadonlySet<string>): void;
  selectMitigation(id: string | null): void;
  setMatrixBasis(basis: RiskBasis): void;
  setLive(live: boolean): void;
  setLastRun(summary: string | null): void;
  setPendingDecision(decision: { ids: string[]; status: ThreatStatus } | null): void;
}

export const useThreatsUi = create<ThreatsUiState>()((set) => ({
  tab: 'register',
  query: DEFAULT_QUERY,
  selectedThreatId: null,
  highlightedElementId: null,
  checkedThreatIds: new Set(),
  selectedMitigationId: null,
  matrixBasis: 'inherent',
  live: false,
  lastRun: null,
  pendingDecision: null,
  setTab: (tab) => set({ tab }),
  setQuery: (patch) => set((state) => ({ query: { ...state.query, ...patch } })),
  resetQuery: () => set({ query: DEFAULT_QUERY }),
  filterByCell: (cell) =>
    set((state) => ({ query: { ...state.query, cell }, tab: 'register', matrixBasis: cell.basis })),
  selectThreat: (id) =>
    set({
      selectedThreatId: id,
      highlightedElementId:
        id === null
          ? null
          : (getModel().threats.find((threat) => threat.id === id)?.elementId ?? null),
    }),
  setChecked: (ids) => set({ checkedThreatIds: ids }),
  selectMitigation: (id) => set({ selectedMitigationId: id }),
  setMatrixBasis: (matrixBasis) => set({ matrixBasis }),
  setLive: (live) => set({ live }),
  setLastRun: (lastRun) => set({ lastRun }),
  setPendingDecision: (pendingDecision) => set({ pendingDecision }),
}));
