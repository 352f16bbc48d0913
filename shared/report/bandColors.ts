/** The colour of each risk band in reports and diagram badges, readable on white and in print. */
import type { RiskBand } from '../risk/matrix';

export const BAND_COLORS: Readonly<Record<RiskBand, string>> = {
  veryLow: '#15803d',
  low: '#65a30d',
  medium: '#ca8a04',
  high: '#ea580c',
  veryHigh: '#dc2626',
  critical: '#7f1d1d',
};

/** Text colour that reads on each band's fill. */
export const BAND_TEXT_COLORS: Readonly<Record<RiskBand, string>> = {
  veryLow: '#ffffff',
  low: '#ffffff',
  medium: '#1f2937',
  high: '#ffffff',
  veryHigh: '#ffffff',
  critical: '#ffffff',
};
