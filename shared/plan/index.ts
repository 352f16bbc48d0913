/** The mitigation plan and adopting the mitigations rules suggest. */
export * from './buildPlan';
export * from './suggestions';
