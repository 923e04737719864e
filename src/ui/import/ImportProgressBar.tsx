/**
 * The import dialog's progress line: the worker reports reading, preparing and handing the
 * features back (worker/import-stash.ts); a 100 MB file takes seconds, so say where it is.
 */
import { useSyncExternalStore } from 'react';
import { importProgressStore } from '../../worker/import-client';

const STAGES = { read: ['正在读取与校验', 'Reading and validating'], prepare: ['已校验', 'Validated'], send: ['正在载入要素', 'Loading features'] } as const;

export function ImportProgressBar({ zh }: { zh: boolean }) {
  const { progress } = useSyncExternalStore(importProgressStore.subscribe, importProgressStore.get);
  const fraction = !progress ? 0 : progress.stage === 'read' ? 0.1 : progress.stage === 'prepare' ? 0.6 : 0.6 + 0.4 * (progress.done / Math.max(1, progress.total));
  const label = progress ? STAGES[progress.stage][zh ? 0 : 1] : zh ? '正在读取…' : 'Reading…';
  const detail = progress?.stage === 'send' ? ` ${progress.done.toLocaleString('en-US')} / ${progress.total.toLocaleString('en-US')}` : '';
  return (
    <p className="muted" data-testid="import-progress">
      {label}{detail}{' '}
      <progress max={1} value={fraction} aria-label={label} />
    </p>
  );
}
