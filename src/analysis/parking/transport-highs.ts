/**
 * The HiGHS side of the exact allocation (see transport.ts): an LP solved twice, first
 * max Σx, then min Σ cost·x with Σx held at that maximum. The transportation matrix is
 * totally unimodular, so simplex vertices are integral; values are rounded only to remove
 * float noise, and checked. Kept as an independent cross-check of the network simplex.
 */
import type { Highs } from '../solver/highs';
import type { TransportProblem } from './transport';

export function solveWithHighs(highs: Highs, problem: TransportProblem, arcs: number[], amounts: number[]): void {
  // Rows: one per source in the component, then one per sink.
  const rowOfSource = new Map<number, number>();
  const rowOfSink = new Map<number, number>();
  for (const a of arcs) {
    const { source } = problem.arcs[a];
    if (!rowOfSource.has(source)) rowOfSource.set(source, rowOfSource.size);
  }
  for (const a of arcs) {
    const { sink } = problem.arcs[a];
    if (!rowOfSink.has(sink)) rowOfSink.set(sink, rowOfSource.size + rowOfSink.size);
  }
  const numCols = arcs.length;
  const numRows = rowOfSource.size + rowOfSink.size;
  const rowUpper = new Float64Array(numRows);
  for (const [source, row] of rowOfSource) rowUpper[row] = problem.supplies[source];
  for (const [sink, row] of rowOfSink) rowUpper[row] = problem.capacities[sink];
  const starts = new Int32Array(numCols + 1);
  const indices = new Int32Array(2 * numCols);
  const colUpper = new Float64Array(numCols);
  arcs.forEach((a, col) => {
    const { source, sink } = problem.arcs[a];
    starts[col + 1] = 2 * (col + 1);
    indices[2 * col] = rowOfSource.get(source)!;
    indices[2 * col + 1] = rowOfSink.get(sink)!;
    colUpper[col] = Math.min(problem.supplies[source], problem.capacities[sink]);
  });
  const model = highs.createModel({
    numCols,
    numRows,
    sense: highs.constants.objectiveSense.maximize,
    colCost: new Float64Array(numCols).fill(1),
    colLower: new Float64Array(numCols),
    colUpper,
    rowLower: new Float64Array(numRows).fill(-highs.infinity),
    rowUpper,
    matrix: { format: 'csc', numRows, numCols, starts, indices, values: new Float64Array(2 * numCols).fill(1) },
  });
  try {
    // Tight dual tolerance: the walking cost is compared to an exact optimum.
    model.options.set({ output_flag: false, solver: 'simplex', presolve: 'off', dual_feasibility_tolerance: 1e-10 });
    model.run();
    if (model.getModelStatus() !== highs.constants.modelStatus.optimal) throw new Error(`HiGHS: max-total solve ended with status ${model.getModelStatus()}`);
    const total = Math.round(model.getObjectiveValue());
    // Second pass: keep the total at its maximum and minimise the walking cost.
    model.changeObjectiveSense(highs.constants.objectiveSense.minimize);
    model.changeColsCost({ kind: 'range', from: 0, to: numCols - 1 }, Float64Array.from(arcs, (a) => problem.arcs[a].cost));
    model.addRow(total, highs.infinity, { indices: Int32Array.from(arcs, (_, col) => col), values: new Float64Array(numCols).fill(1) });
    model.run();
    if (model.getModelStatus() !== highs.constants.modelStatus.optimal) throw new Error(`HiGHS: min-cost solve ended with status ${model.getModelStatus()}`);
    const values = model.getSolution().colValue;
    arcs.forEach((a, col) => {
      const value = values[col];
      const rounded = Math.round(value);
      if (Math.abs(value - rounded) > 1e-6) throw new Error(`HiGHS: non-integral flow ${value}`);
      amounts[a] = Math.max(0, rounded);
    });
  } finally {
    model.dispose();
  }
}
