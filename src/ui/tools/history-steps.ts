/**
 * Undo and redo as the map's buttons and keys run them. Undoing or redoing an import swaps
 * the whole dataset, which may lie far from what is shown (the planner's city, the demo's
 * fictional district): the map flies to the layers the step brought back, as the import did.
 */
import { datasetStore } from '../../data/dataset';
import { nextStepReplacesDataset, redo, undo } from '../../data/edits';
import type { LayerSet } from '../../model/types';
import { flyToLayers } from '../map-context';

/** The layers of `after` that the step changed (by identity); all of `after` when none did. */
export function layersToShow(before: LayerSet, after: LayerSet): Partial<LayerSet> {
  const changed = Object.fromEntries(Object.entries(after).filter(([name, layer]) => layer && layer !== before[name as keyof LayerSet]));
  return Object.keys(changed).length ? changed : after;
}

function stepAndShow(from: 'undo' | 'redo'): boolean {
  const swapsData = nextStepReplacesDataset(from);
  const before = datasetStore.get().layers;
  if (!(from === 'undo' ? undo() : redo())) return false;
  if (swapsData) {
    const after = datasetStore.get().layers;
    if (!flyToLayers(layersToShow(before, after))) flyToLayers(after);
  }
  return true;
}

export const undoAndShow = () => stepAndShow('undo');
export const redoAndShow = () => stepAndShow('redo');
