/** A risk score with its band, coloured by band and always labelled in words. */
import { bandLabel, type RiskRating } from '../../../shared/risk';

export interface BandChipProps {
  rating: RiskRating;
  /** Shown before the score, such as "Residual". */
  prefix?: string;
}

export function BandChip({ rating, prefix }: BandChipProps) {
  return (
    <span className={`band-chip band-${rating.band}`}>
      {prefix ? `${prefix} ` : ''}
      {rating.score} {bandLabel(rating.band)}
    </span>
  );
}
