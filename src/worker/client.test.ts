import { describe, expect, it, vi } from 'vitest';

// The worker itself is not needed: comlink's remote only has to take the layers.
vi.mock('comlink', () => ({ wrap: () => ({ setLayers: () => Promise.resolve() }), proxy: (callback: unknown) => callback }));
vi.stubGlobal('Worker', class {});
const { layersReady, sendLayers, StaleLayersError } = await import('./client');

describe('layersReady', () => {
  it('ends a call for a version the app has moved past instead of waiting for it forever', async () => {
    void sendLayers(1, {});
    await expect(layersReady(1)).resolves.toBeUndefined();
    void sendLayers(2, {});
    await expect(layersReady(1)).rejects.toBeInstanceOf(StaleLayersError);
    await expect(layersReady(2)).resolves.toBeUndefined();
  });

  it('waits for a version not sent yet', async () => {
    let resolved = false;
    const waiting = layersReady(3).then(() => { resolved = true; });
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(resolved).toBe(false);
    void sendLayers(3, {});
    await waiting;
    expect(resolved).toBe(true);
  });
});
