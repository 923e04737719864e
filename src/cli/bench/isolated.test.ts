import { describe, expect, it } from 'vitest';
import { datasetFrom, generateDataset } from './dataset';
import { runIsolated } from './isolated';

describe('isolated bench runs', () => {
  it('runs a cold entry in a child process and reports its time, note, own peak memory and GC pauses', async () => {
    const dataset = datasetFrom(generateDataset(12));
    try {
      const run = await runIsolated('suite.cold.core', dataset.directory, 0, 0);
      expect(run.ms).toBeGreaterThan(0);
      expect(run.note).toContain('summary, parking ×3, elevators');
      // Each step's time, in the suite's order.
      expect(run.note).toMatch(/ms by step .*summary \d+, parking\.self \d+, parking\.district \d+, parking\.cross \d+, elevators \d+, coverage\.euclidean \d+, coverage\.network \d+, siting\.network \d+, pooling \d+$/);
      expect(run.peakRssMB).toBeGreaterThan(run.heapUsedMB);
      // Pauses within the run: none can outlast it.
      expect(run.gcMs).toBeGreaterThanOrEqual(0);
      expect(run.gcMs).toBeLessThan(run.ms);
    } finally {
      dataset.dispose();
    }
  }, 60_000);

  it('puts the data in the entry\'s state first: a prepared entry runs on projected layers; an unknown one fails with the child\'s reason', async () => {
    const dataset = datasetFrom(generateDataset(12));
    try {
      const run = await runIsolated('summary', dataset.directory, 0, 0);
      expect(run.note).toMatch(/^\d+ districts$/);
      expect(run.ms).toBeGreaterThan(0);
      await expect(runIsolated('no.such.entry', dataset.directory, 0, 0)).rejects.toThrow(/no entry named no\.such\.entry/);
    } finally {
      dataset.dispose();
    }
  }, 60_000);
});
