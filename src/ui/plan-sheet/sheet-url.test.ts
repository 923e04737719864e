/**
 * The sheet's URL (`#sheet=C0001`, `#sheet=district:D001`, `costs=item:value`) round-trips
 * through the store, leaves the analysis parameters alone, and names the right communities.
 */
import { describe, expect, it } from 'vitest';
import { hashFromState, stateFromHash } from '../../state/url';
import { initialState, type AppState } from '../../state/store';
import type { CommunityFeature } from '../../model/types';
import { sheetCommunities } from './sheet-target';

const state = (hash: string): AppState => ({ ...initialState, ...stateFromHash(hash) });

describe('plan sheet URL', () => {
  it('reads one community, a district batch and edited unit costs', () => {
    expect(state('#sheet=C0001').sheet).toEqual({ target: 'C0001', costs: {} });
    expect(state('#sheet=district:D001&costs=elevator:80,roof:300,bad:-1,worse:x').sheet).toEqual({ target: 'district:D001', costs: { elevator: 80, roof: 300 } });
    expect(state('#analysis=parking&mode=cross').sheet).toBeNull();
  });

  it('keeps sheet and costs out of the analysis parameters and writes them back', () => {
    const read = state('#analysis=parking&mode=cross&sheet=C0001&costs=pipes:2');
    expect(read.params).toEqual({ mode: 'cross' });
    expect(hashFromState(read)).toBe('#analysis=parking&mode=cross&sheet=C0001&costs=pipes:2');
    expect(hashFromState({ ...read, sheet: null })).toBe('#analysis=parking&mode=cross');
  });

  it('names the communities of a target', () => {
    const community = (id: string, districtId: string) => ({ type: 'Feature', properties: { id, districtId }, geometry: { type: 'Polygon', coordinates: [] } }) as CommunityFeature;
    const all = [community('C10', 'D1'), community('C2', 'D1'), community('C3', 'D2')];
    expect(sheetCommunities(all, 'district:D1').map((c) => c.properties.id)).toEqual(['C2', 'C10']);
    expect(sheetCommunities(all, 'C3').map((c) => c.properties.id)).toEqual(['C3']);
    expect(sheetCommunities(all, 'district:D9')).toEqual([]);
  });
});
