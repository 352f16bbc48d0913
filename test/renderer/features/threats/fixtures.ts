/** A small model with threats and a mitigation, for the threat view tests. */
import { createMitigation } from '../../../../shared/model/factories';
import type { Threat, ThreatModel } from '../../../../shared/model/types';
import { exampleModel } from '../../../support/exampleModel';

export function threat(init: Partial<Threat> & Pick<Threat, 'id' | 'number'>): Threat {
  return {
    title: `Threat ${init.number}`,
    category: 'S',
    elementId: 'proc_gateway',
    ruleId: 'stride.s',
    qualifier: '',
    description: '',
    references: [],
    likelihood: 3,
    impact: 3,
    ratedBy: 'rule',
    status: 'open',
    justification: '',
    mitigationIds: [],
    notes: '',
    stale: false,
    reviewed: true,
    ...init,
  };
}

export function modelWithThreats(): ThreatModel {
  const model = exampleModel();
  return {
    ...model,
    threatCounter: 4,
    mitigations: [
      createMitigation({ id: 'mit_authz', title: 'Object checks', status: 'implemented' }),
    ],
    threats: [
      threat({ id: 't1', number: 1, title: 'Spoofed merchant', likelihood: 4, impact: 5 }),
      threat({
        id: 't2',
        number: 2,
        title: 'Ledger tampering',
        category: 'T',
        elementId: 'store_ledger',
        likelihood: 2,
        impact: 2,
        reviewed: false,
      }),
      threat({
        id: 't3',
        number: 3,
        title: 'BOLA on payments',
        category: 'E',
        likelihood: 4,
        impact: 4,
        mitigationIds: ['mit_authz'],
      }),
      threat({ id: 't4', number: 4, title: 'Old rule', stale: true, reviewed: false }),
    ],
  };
}
