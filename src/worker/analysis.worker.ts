/// <reference lib="webworker" />
import * as Comlink from 'comlink';
import highsWasmUrl from 'highs/runtime?url';
import { configureHighs } from '../analysis/solver/highs';
import { api } from './api';

// The solver's WASM is fetched only when an exact analysis first needs it (NOTES.md).
configureHighs(async () => {
  const module = await import('highs');
  return module.default({ locateFile: () => highsWasmUrl });
});

Comlink.expose(api);
