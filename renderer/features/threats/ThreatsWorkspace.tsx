/**
 * The threats area of the app: tabs for the register (with the selected threat's detail), the risk
 * matrix, the mitigations, the plan and the rule packs. The shell mounts it as one panel.
 */
import { type KeyboardEvent, type ReactNode } from 'react';

import './threats.css';

import { MitigationsPanel } from '../mitigations/MitigationsPanel';
import { PlanView } from '../plan/PlanView';
import { RiskMatrixPanel } from '../risk/RiskMatrixPanel';
import { RulePacksPanel } from '../rulePacks/RulePacksPanel';
import { JustificationDialog } from './JustificationDialog';
import { confirmStatus } from './threatActions';
import { ThreatDetail } from './ThreatDetail';
import { ThreatRegister } from './ThreatRegister';
import { useThreatsUi, type ThreatsTab } from './threatsUiStore';

export interface ThreatsWorkspaceProps {
  /** Extra tabs the shell or later features add, such as the plan and the rule packs. */
  extraTabs?: ReadonlyArray<{ id: ThreatsTab; label: string; render(): ReactNode }>;
}

const BASE_TABS: ReadonlyArray<{ id: ThreatsTab; label: string; render(): ReactNode }> = [
  {
    id: 'register',
    label: 'Register',
    render: () => <RegisterLayout />,
  },
  { id: 'matrix', label: 'Risk matrix', render: () => <RiskMatrixPanel /> },
  { id: 'mitigations', label: 'Mitigations', render: () => <MitigationsPanel /> },
  { id: 'plan', label: 'Plan', render: () => <PlanView /> },
  { id: 'rulePacks', label: 'Rule packs', render: () => <RulePacksPanel /> },
];

/** The register, with the selected threat's detail beside it once one is selected. */
function RegisterLayout() {
  const hasSelection = useThreatsUi((state) => state.selectedThreatId !== null);
  return (
    <div className={`register-layout${hasSelection ? ' has-detail' : ''}`}>
      <ThreatRegister />
      {hasSelection ? <ThreatDetail /> : null}
    </div>
  );
}

export function ThreatsWorkspace({ extraTabs = [] }: ThreatsWorkspaceProps) {
  const tab = useThreatsUi((state) => state.tab);
  const setTab = useThreatsUi((state) => state.setTab);
  const pending = useThreatsUi((state) => state.pendingDecision);
  const tabs = [...BASE_TABS, ...extraTabs];
  const current = tabs.find((candidate) => candidate.id === tab) ?? tabs[0];

  const onKeyDown = (event: KeyboardEvent) => {
    const index = tabs.findIndex((candidate) => candidate.id === tab);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = tabs[(index + step + tabs.length) % tabs.length];
    if (!next) return;
    setTab(next.id);
    document.getElementById(`threats-tab-${next.id}`)?.focus();
  };

  return (
    <div className="threats-workspace">
      <div role="tablist" aria-label="Threat views" className="tabs" onKeyDown={onKeyDown}>
        {tabs.map((candidate) => (
          <button
            key={candidate.id}
            id={`threats-tab-${candidate.id}`}
            type="button"
            role="tab"
            aria-selected={candidate.id === current?.id}
            aria-controls="threats-tabpanel"
            tabIndex={candidate.id === current?.id ? 0 : -1}
            onClick={() => setTab(candidate.id)}
          >
            {candidate.label}
          </button>
        ))}
      </div>
      <div
        id="threats-tabpanel"
        role="tabpanel"
        aria-labelledby={`threats-tab-${current?.id ?? 'register'}`}
        className="tabpanel"
      >
        {current?.render()}
      </div>
      {pending ? (
        <JustificationDialog
          status={pending.status}
          count={pending.ids.length}
          initial=""
          onConfirm={confirmStatus}
          onCancel={() => useThreatsUi.getState().setPendingDecision(null)}
        />
      ) : null}
    </div>
  );
}
