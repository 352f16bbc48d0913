/** Risk: the 5 by 5 matrix and its bands, inherent and residual risk, ranking and the heat map. */
export * from './matrix';
export * from './assess';
export * from './ranking';
export * from './heatMap';
