import { useSyncExternalStore } from 'react';
import { datasetStore } from '../data/dataset';

export function useDataset() {
  return useSyncExternalStore(datasetStore.subscribe, datasetStore.get);
}
