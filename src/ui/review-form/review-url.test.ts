/**
 * The joint review form's URL: `form=review` next to the plan sheet's `sheet=` target (and its
 * edited unit costs, which the form's estimate uses too) round-trips through the store and stays
 * out of the analysis parameters; without it the target opens the plan sheet.
 */
import { describe, expect, it } from 'vitest';
import { hashFromState, stateFromHash } from '../../state/url';
import { initialState, type AppState } from '../../state/store';

const state = (hash: string): AppState => ({ ...initialState, ...stateFromHash(hash) });

describe('review form URL', () => {
  it('reads the form of one community or a district batch, with the edited unit costs', () => {
    expect(state('#sheet=C0001&form=review').sheet).toEqual({ target: 'C0001', costs: {}, kind: 'review' });
    expect(state('#sheet=district:D001&form=review&costs=elevator:80').sheet).toEqual({ target: 'district:D001', costs: { elevator: 80 }, kind: 'review' });
    expect(state('#sheet=C0001&form=other').sheet).toEqual({ target: 'C0001', costs: {} });
    expect(state('#form=review').sheet).toBeNull();
  });

  it('writes form=review back, and keeps it out of the analysis parameters', () => {
    const read = state('#analysis=parking&mode=cross&sheet=C0001&form=review');
    expect(read.params).toEqual({ mode: 'cross' });
    expect(hashFromState(read)).toBe('#analysis=parking&mode=cross&sheet=C0001&form=review');
    expect(hashFromState({ ...read, sheet: { target: 'C0001', costs: {} } })).toBe('#analysis=parking&mode=cross&sheet=C0001');
  });
});
