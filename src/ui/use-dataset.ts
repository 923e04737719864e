import { useMemo, useSyncExternalStore } from 'react';
import { datasetStore } from '../data/dataset';

export function useDataset() {
  return useSyncExternalStore(datasetStore.subscribe, datasetStore.get);
}

/** District names by id (as strings), for tables and chips that would otherwise show codes. */
export function useDistrictNames(): Map<string, string> {
  const districts = useDataset().layers.districts;
  return useMemo(() => new Map((districts?.features ?? []).flatMap((district) => {
    const id = district.properties?.id ?? district.id;
    const name = district.properties?.name;
    return id === undefined || id === null || !name ? [] : [[String(id), String(name)] as const];
  })), [districts]);
}
