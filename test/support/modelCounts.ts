/** Counting what a model holds, the way the import tests compare it with the source file. */
import type { ThreatModel } from '../../shared/model/types';

export interface ModelCounts {
  diagrams: number;
  externalEntities: number;
  processes: number;
  dataStores: number;
  flows: number;
  zones: number;
  lines: number;
  threats: number;
}

export function countModel(model: ThreatModel): ModelCounts {
  const elements = model.diagrams.flatMap((diagram) => diagram.elements);
  const count = (predicate: (element: (typeof elements)[number]) => boolean): number =>
    elements.filter(predicate).length;
  return {
    diagrams: model.diagrams.length,
    externalEntities: count((e) => e.kind === 'externalEntity'),
    processes: count((e) => e.kind === 'process'),
    dataStores: count((e) => e.kind === 'dataStore'),
    flows: count((e) => e.kind === 'dataFlow'),
    zones: count((e) => e.kind === 'trustBoundary' && e.properties.shape === 'zone'),
    lines: count((e) => e.kind === 'trustBoundary' && e.properties.shape === 'line'),
    threats: model.threats.length,
  };
}

/** Whether box `inner` lies inside box `outer`. */
export function encloses(
  outer: { x: number; y: number; width: number; height: number },
  inner: { x: number; y: number; width: number; height: number },
): boolean {
  return (
    inner.x >= outer.x - 1 &&
    inner.y >= outer.y - 1 &&
    inner.x + inner.width <= outer.x + outer.width + 1 &&
    inner.y + inner.height <= outer.y + outer.height + 1
  );
}
