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

  /** Network distance from the nearest source to a target place; Infinity when unreachable. */
  distanceTo(target: Attachment | null): PlaceDistance {
    let best: PlaceDistance = { distanceM: Infinity, source: -1 };
    if (!target) return best;
    const { distance, source } = this.workspace;
    for (const [node, cost] of target.seeds) {
      const d = distance[node] + cost;
      if (d < best.distanceM) best = { distanceM: d, source: source[node] };
    }
    for (const { edge, intervals } of target.stretches) {
      for (const stretch of this.byEdge.get(edge) ?? []) {
        const origin = this.sources[stretch.source];
        if (!origin) continue;
        const d = stretchDistance(this.network, edge, origin.shape, stretch.intervals, target.shape, intervals);
        if (d < best.distanceM) best = { distanceM: d, source: stretch.source };
      }
    }
    return best;
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
