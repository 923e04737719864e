import { describe, expect, it } from 'vitest';
import { formatElapsed, presenterKeyAction, steppedIndex } from './presenter-keys';

const key = (k: string, modifiers: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {}) =>
  presenterKeyAction({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...modifiers });

describe('presenter keys', () => {
  it('maps a clicker’s keys and the keyboard’s to actions', () => {
    expect(['ArrowRight', 'PageDown', ' '].map((k) => key(k))).toEqual(['next', 'next', 'next']);
    expect(['ArrowLeft', 'PageUp'].map((k) => key(k))).toEqual(['previous', 'previous']);
    expect([key('ArrowDown'), key('ArrowUp')]).toEqual([null, null]);
    expect([key('Home'), key('End'), key('Escape'), key('n'), key('N')]).toEqual(['first', 'last', 'stop', 'notes', 'notes']);
    expect([key('b'), key('B'), key('.'), key('w'), key('W'), key(',')]).toEqual(['black', 'black', 'black', 'white', 'white', 'white']);
    expect([key('f'), key('F')]).toEqual(['fullscreen', 'fullscreen']);
    expect(key('x')).toBeNull();
    // Ctrl+→ and Alt+← belong to the browser and the system.
    expect(key('ArrowRight', { ctrlKey: true })).toBeNull();
    expect(key('ArrowLeft', { altKey: true })).toBeNull();
  });

  it('steps within the deck', () => {
    expect(steppedIndex('next', 2, 8)).toBe(3);
    expect(steppedIndex('next', 7, 8)).toBe(7);
    expect(steppedIndex('previous', 0, 8)).toBe(0);
    expect(steppedIndex('first', 5, 8)).toBe(0);
    expect(steppedIndex('last', 1, 8)).toBe(7);
    expect(steppedIndex('notes', 4, 8)).toBe(4);
  });

  it('formats the timer as minutes:seconds, with hours past the hour', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(4_999)).toBe('0:04');
    expect(formatElapsed(245_000)).toBe('4:05');
    expect(formatElapsed(3_729_000)).toBe('1:02:09');
    expect(formatElapsed(-10)).toBe('0:00');
  });
});
