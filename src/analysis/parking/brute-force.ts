/**
 * Test oracle, independent of transport.ts: the lexicographic optimum (max total, then min
 * cost) by successive shortest augmenting paths, one unit at a time, with Bellman–Ford on
 * the residual graph. Augmenting along a cheapest path keeps the flow cheapest for its value
 * (the classic theorem), and it stops only when no augmenting path is left: a maximum flow.
 * Slow (one Bellman–Ford per unit) and only for small instances.
 */
import type { TransportProblem } from './transport';

export function bruteForceTransport(problem: TransportProblem): { total: number; cost: number } {
  const S = problem.supplies.length;
  const T = problem.capacities.length;
  const source = S + T;
  const sink = S + T + 1;
  const nodes = S + T + 2;
  interface Edge { to: number; capacity: number; cost: number; reverse: number }
  const graph: Edge[][] = Array.from({ length: nodes }, () => []);
  const addEdge = (from: number, to: number, capacity: number, cost: number) => {
    graph[from].push({ to, capacity, cost, reverse: graph[to].length });
    graph[to].push({ to: from, capacity: 0, cost: -cost, reverse: graph[from].length - 1 });
  };
  problem.supplies.forEach((supply, s) => addEdge(source, s, supply, 0));
  problem.capacities.forEach((capacity, t) => addEdge(S + t, sink, capacity, 0));
  for (const arc of problem.arcs) addEdge(arc.source, S + arc.sink, Number.MAX_SAFE_INTEGER, arc.cost);

  let total = 0;
  let cost = 0;
  for (;;) {
    const distance = new Array<number>(nodes).fill(Infinity);
    const previous: [number, number][] = new Array(nodes);
    distance[source] = 0;
    for (let round = 0; round < nodes; round++) {
      let changed = false;
      for (let u = 0; u < nodes; u++) {
        if (distance[u] === Infinity) continue;
        graph[u].forEach((edge, e) => {
          if (edge.capacity > 0 && distance[u] + edge.cost < distance[edge.to] - 1e-12) {
            distance[edge.to] = distance[u] + edge.cost;
            previous[edge.to] = [u, e];
            changed = true;
          }
        });
      }
      if (!changed) break;
    }
    if (distance[sink] === Infinity) break;
    for (let v = sink; v !== source; ) {
      const [u, e] = previous[v];
      graph[u][e].capacity -= 1;
      graph[v][graph[u][e].reverse].capacity += 1;
      v = u;
    }
    total += 1;
    cost += distance[sink];
  }
  return { total, cost };
}

/** Every integer allocation of a tiny instance, for a second, fully naive check of the oracle. */
export function enumerateTransport(problem: TransportProblem): { total: number; cost: number } {
  let best = { total: 0, cost: 0 };
  const amounts = new Array<number>(problem.arcs.length).fill(0);
  const used = new Array<number>(problem.supplies.length).fill(0);
  const filled = new Array<number>(problem.capacities.length).fill(0);
  const visit = (a: number) => {
    if (a === problem.arcs.length) {
      const total = amounts.reduce((x, y) => x + y, 0);
      const cost = amounts.reduce((sum, x, i) => sum + x * problem.arcs[i].cost, 0);
      if (total > best.total || (total === best.total && cost < best.cost - 1e-9)) best = { total, cost };
      return;
    }
    const { source, sink } = problem.arcs[a];
    const room = Math.min(problem.supplies[source] - used[source], problem.capacities[sink] - filled[sink]);
    for (let x = 0; x <= room; x++) {
      amounts[a] = x;
      used[source] += x;
      filled[sink] += x;
      visit(a + 1);
      used[source] -= x;
      filled[sink] -= x;
    }
    amounts[a] = 0;
  };
  visit(0);
  return best;
}
