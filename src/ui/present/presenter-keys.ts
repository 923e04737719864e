/**
 * The presenter's keys, shared by the audience view (PresenterOverlay) and the speaker view
 * (SpeakerView): ← → PageUp PageDown and space are what presentation clickers send. ↑ ↓ are
 * left alone: they scroll the legend and the notes.
 */
export type PresenterAction = 'next' | 'previous' | 'first' | 'last' | 'stop' | 'notes' | 'black' | 'white' | 'fullscreen';

const ACTIONS: Record<string, PresenterAction> = {
  ArrowRight: 'next', PageDown: 'next', ' ': 'next',
  ArrowLeft: 'previous', PageUp: 'previous',
  Home: 'first', End: 'last',
  Escape: 'stop',
  n: 'notes', N: 'notes',
  // A blank screen, as in PowerPoint (a clicker's blank button sends B or the full stop).
  b: 'black', B: 'black', '.': 'black',
  w: 'white', W: 'white', ',': 'white',
  // Full screen again (after F11, or when presenting was started from the speaker window).
  f: 'fullscreen', F: 'fullscreen',
};

/** What a key does while presenting; null for a key of no meaning there (or with a modifier held). */
export function presenterKeyAction(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): PresenterAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  return ACTIONS[event.key] ?? null;
}

/** The index a stepping action leads to from `index`, among `count` scenes (clamped). */
export function steppedIndex(action: PresenterAction, index: number, count: number): number {
  const target = action === 'next' ? index + 1 : action === 'previous' ? index - 1 : action === 'first' ? 0 : action === 'last' ? count - 1 : index;
  return Math.max(0, Math.min(count - 1, target));
}

/** Time since the presentation began, as a presenter's timer shows it: 4:05, 1:02:09. */
export function formatElapsed(milliseconds: number): string {
  const total = Math.max(0, Math.floor(milliseconds / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}
