/**
 * Network distance from a set of source places (e.g. all facilities of a type) to any other
 * place: one multi-source Dijkstra, then per target the least over its attachment seeds of
 * node distance + seed cost, or a path along a shared edge that passes no node.
 */
import type { Attachment } from './attach';
import { stretchDistance } from './attach';
import { DijkstraWorkspace, type Seed } from './dijkstra';
import type { WalkingNetwork } from './graph';
import type { Interval } from './place-geometry';

export interface PlaceDistance {
  distanceM: number;
  /** Position (in the sources array) of the nearest source, -1 when unreachable. */
  source: number;
}

interface SourceStretch {
  source: number;
  intervals: Interval[];
}

export class DistanceField {
  private readonly workspace: DijkstraWorkspace;
  private readonly byEdge = new Map<number, SourceStretch[]>();

  /** `sources[i]` null means that place is unattached and reaches nothing. */
  constructor(
    private readonly network: WalkingNetwork,
    private readonly sources: readonly (Attachment | null)[],
    limit = Infinity,
    workspace?: DijkstraWorkspace,
  ) {
    this.workspace = workspace ?? new DijkstraWorkspace(network);
    const seeds: Seed[] = [];
    sources.forEach((attachment, source) => {
      if (!attachment) return;
      for (const [node, cost] of attachment.seeds) seeds.push({ node, cost, source });
      for (const { edge, intervals } of attachment.stretches) {
        const list = this.byEdge.get(edge) ?? [];
        list.push({ source, intervals });
        this.byEdge.set(edge, list);
      }
    });
    this.workspace.run(seeds, limit);
  }

  /** Distance of a node from the nearest source (Infinity when not reached). */
  nodeDistance(node: number): number {
    return this.workspace.distance[node];
  }

  /** Nodes the sources reach (within the limit); valid until the workspace runs again. */
  reachedNodes(): readonly number[] {
    return this.workspace.reached;
  }

  /** Network distance from the nearest source to a target place; Infinity when unreachable. */
  distanceTo(target: Attachment | null): PlaceDistance {
    if (!target) return { distanceM: Infinity, source: -1 };
    // The best so far in two locals, one result object at the end; seeds read by key (a
    // destructured Map entry is an array per seed). Same order, same strict improvements.
    let bestDistance = Infinity;
    let bestSource = -1;
    const { distance, source } = this.workspace;
    for (const node of target.seeds.keys()) {
      const d = distance[node] + target.seeds.get(node)!;
      if (d < bestDistance) {
        bestDistance = d;
        bestSource = source[node];
      }
    }
    for (const { edge, intervals } of target.stretches) {
      for (const stretch of this.byEdge.get(edge) ?? []) {
        const origin = this.sources[stretch.source];
        if (!origin) continue;
        const d = stretchDistance(this.network, edge, origin.shape, stretch.intervals, target.shape, intervals);
        if (d < bestDistance) {
          bestDistance = d;
          bestSource = stretch.source;
        }
      }
    }
    return { distanceM: bestDistance, source: bestSource };
  }

  /** Stretches of source places on an edge (for catchment drawing). */
  sourceStretches(edge: number): readonly SourceStretch[] {
    return this.byEdge.get(edge) ?? [];
  }
}

/** Network distance between two places (Infinity when either is unattached or they do not connect). */
export function networkDistance(network: WalkingNetwork, first: Attachment | null, second: Attachment | null): number {
  if (!first || !second) return Infinity;
  return new DistanceField(network, [first]).distanceTo(second).distanceM;
}
