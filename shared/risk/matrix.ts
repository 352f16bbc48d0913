/**
 * The 5 by 5 risk matrix: likelihood and impact rated 1 to 5, risk as their product (1 to 25), and
 * the named bands of the OWASP Threat Model Library convention. Every view of risk (register,
 * matrix, plan, reports, `gatehouse check`) reads its scale from here, so they never disagree.
 */

/** A likelihood or impact rating. */
export type Rating = 1 | 2 | 3 | 4 | 5;

/** The ratings, lowest first. */
export const RATINGS: readonly Rating[] = [1, 2, 3, 4, 5];

export const LIKELIHOOD_LABELS: Readonly<Record<Rating, string>> = {
  1: 'Rare',
  2: 'Unlikely',
  3: 'Possible',
  4: 'Likely',
  5: 'Almost certain',
};

export const IMPACT_LABELS: Readonly<Record<Rating, string>> = {
  1: 'Negligible',
  2: 'Minor',
  3: 'Moderate',
  4: 'Major',
  5: 'Severe',
};

/** The named bands, lowest first. 17 to 19 cannot occur as a product of two ratings. */
export const RISK_BANDS = ['veryLow', 'low', 'medium', 'high', 'veryHigh', 'critical'] as const;
export type RiskBand = (typeof RISK_BANDS)[number];

/**
 * The four severities other tools and the CLI speak (`--fail-on`), lowest first. Bands collapse
 * onto them: very low and low are low, high and very high are high.
 */
export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface BandInfo {
  band: RiskBand;
  label: string;
  /** Lowest and highest score in the band, inclusive. */
  min: number;
  max: number;
  severity: Severity;
}

/** Each band with its label, edges and severity, lowest first. */
export const BAND_INFO: Readonly<Record<RiskBand, BandInfo>> = {
  veryLow: { band: 'veryLow', label: 'Very low', min: 1, max: 2, severity: 'low' },
  low: { band: 'low', label: 'Low', min: 3, max: 4, severity: 'low' },
  medium: { band: 'medium', label: 'Medium', min: 5, max: 9, severity: 'medium' },
  high: { band: 'high', label: 'High', min: 10, max: 12, severity: 'high' },
  veryHigh: { band: 'veryHigh', label: 'Very high', min: 13, max: 16, severity: 'high' },
  critical: { band: 'critical', label: 'Critical', min: 17, max: 25, severity: 'critical' },
};

/**
 * A value forced onto the rating scale: rounded, then held between 1 and 5. Ratings in a valid
 * model are already integers in range; this keeps arithmetic on them from leaving the scale.
 */
export function clampRating(value: number): Rating {
  if (!Number.isFinite(value)) return 1;
  return Math.min(5, Math.max(1, Math.round(value))) as Rating;
}

/**
 * The risk score of a likelihood and an impact: their product, 1 to 25.
 * @example riskScore(4, 3) // 12
 */
export function riskScore(likelihood: number, impact: number): number {
  return clampRating(likelihood) * clampRating(impact);
}

/**
 * The band a score falls in. Scores below 1 count as very low, above 25 as critical.
 * @example bandOf(12) // 'high'
 */
export function bandOf(score: number): RiskBand {
  if (score <= BAND_INFO.veryLow.max) return 'veryLow';
  if (score <= BAND_INFO.low.max) return 'low';
  if (score <= BAND_INFO.medium.max) return 'medium';
  if (score <= BAND_INFO.high.max) return 'high';
  if (score <= BAND_INFO.veryHigh.max) return 'veryHigh';
  return 'critical';
}

/** The band of a likelihood and impact pair. */
export function bandOfRatings(likelihood: number, impact: number): RiskBand {
  return bandOf(riskScore(likelihood, impact));
}

/** The human label of a band, such as `Very high`. */
export function bandLabel(band: RiskBand): string {
  return BAND_INFO[band].label;
}

/** The four-step severity a band collapses to. */
export function severityOf(band: RiskBand): Severity {
  return BAND_INFO[band].severity;
}

/** Whether `band` is at or above the severity `level`: the test behind `--fail-on`. */
export function isAtOrAbove(band: RiskBand, level: Severity): boolean {
  return SEVERITIES.indexOf(severityOf(band)) >= SEVERITIES.indexOf(level);
}

/** Orders bands: negative when `a` is lower than `b`. */
export function compareBands(a: RiskBand, b: RiskBand): number {
  return RISK_BANDS.indexOf(a) - RISK_BANDS.indexOf(b);
}
