/**
 * The element a node or edge of the canvas draws, read from the store by id. Each box subscribes to
 * its own element only, so an edit re-renders the one box it changed and no other.
 */
import { indexModel } from '../../../shared/model/modelIndex';
import type { Element } from '../../../shared/model/types';
import { useAppStore } from '../../store/appStore';

/** The element `id` of the open model, or undefined in the render after it was deleted. */
export function useDiagramElement(id: string): Element | undefined {
  return useAppStore((state) => indexModel(state.model).elements.get(id));
}
