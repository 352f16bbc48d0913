/**
 * Hooks for the diagram's node and edge components: an element's threat badge and whether it is
 * the element of the selected threat. Each returns plain values, so a node re-renders only when
 * its own badge or highlight changes, not on every edit of the model.
 */
import { useDocumentStore } from '../../store/documentStore';
import { elementBadgesOf } from './elementBadges';
import { useThreatsUi } from './threatsUiStore';
import type { RiskBand } from '../../../shared/risk';

/** The number of open threats of an element (0 when none). */
export function useOpenThreatCount(elementId: string): number {
  return useDocumentStore((state) => elementBadgesOf(state.model).get(elementId)?.open ?? 0);
}

/** The highest residual band among an element's open threats, or null when it has none. */
export function useOpenThreatBand(elementId: string): RiskBand | null {
  return useDocumentStore((state) => elementBadgesOf(state.model).get(elementId)?.band ?? null);
}

/** Whether the selected threat belongs to this element. */
export function useIsThreatElement(elementId: string): boolean {
  return useThreatsUi((state) => state.highlightedElementId === elementId);
}
