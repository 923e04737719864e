/**
 * The HiGHS LP/MIP solver (WASM), loaded once and shared by every exact analysis.
 * Node loads it straight from the package; the browser worker calls configureHighs with a
 * loader that knows where Vite put the .wasm file (NOTES.md: locateFile).
 */
import type highsLoaderType from 'highs';

export type Highs = Awaited<ReturnType<typeof highsLoaderType>>;

let factory: () => Promise<Highs> = async () => {
  const module = await import('highs');
  return module.default();
};
let instance: Promise<Highs> | null = null;

export function configureHighs(loader: () => Promise<Highs>): void {
  factory = loader;
  instance = null;
}

export function loadHighs(): Promise<Highs> {
  instance ??= factory();
  return instance;
}
