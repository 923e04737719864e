/**
 * The walking network of a prepared layer set (DESIGN §3.6), built once from the roads layer
 * and kept in `prepared.memo` with the attachments of each layer's places.
 */
import type { LayerName } from '../../model/layers';
import type { Point } from '../geometry/planar';
import type { PreparedLayers } from '../prepare';
import { type Attachment, attachPlace } from './attach';
import { buildWalkingNetwork, type WalkingNetwork } from './graph';

export { attachPlace, edgePoint, leastNetworkDistance, sameEdgeDistance, MAX_ATTACH_DISTANCE_M, type Attachment } from './attach';
export { DijkstraWorkspace, NodeHeap, type Seed } from './dijkstra';
export { DistanceField, networkDistance, type PlaceDistance } from './field';
export { buildWalkingNetwork, MERGE_TOLERANCE_M, MIN_COMPONENT_LENGTH_M, type NetworkStats, type WalkingNetwork } from './graph';
export { placePointDistance, withinIntervals, type Interval } from './place-geometry';

const GRAPH_KEY = 'network:graph';

/** Every road line of the layer set, as planar point lists (one per LineString part). */
export function roadLines(prepared: PreparedLayers): Point[][] {
  const lines: Point[][] = [];
  for (const road of prepared.layer('roads').features) {
    if (road.shape.type === 'line') lines.push(...road.shape.coordinates);
  }
  return lines;
}

export function networkOf(prepared: PreparedLayers): WalkingNetwork {
  let network = prepared.memo.get(GRAPH_KEY) as WalkingNetwork | undefined;
  if (!network) {
    network = buildWalkingNetwork(roadLines(prepared));
    prepared.memo.set(GRAPH_KEY, network);
  }
  return network;
}

/**
 * Attachment of one feature of a layer (by position in layer(name).features), null when
 * unattached; computed on first use and kept, so siting attaches only the parcels it measures.
 */
export function attachmentOf(prepared: PreparedLayers, name: LayerName): (position: number) => Attachment | null {
  const key = `network:attach:${name}`;
  let list = prepared.memo.get(key) as (Attachment | null | undefined)[] | undefined;
  if (!list) prepared.memo.set(key, (list = []));
  const network = networkOf(prepared);
  const features = prepared.layer(name).features;
  const cache = list;
  return (position) => {
    let found = cache[position];
    if (found === undefined) cache[position] = found = network.edgeCount > 0 && features[position] ? attachPlace(network, features[position].shape) : null;
    return found;
  };
}

/** Attachment of every feature of a layer (by position in layer(name).features), null when unattached. */
export function attachmentsOf(prepared: PreparedLayers, name: LayerName): (Attachment | null)[] {
  const one = attachmentOf(prepared, name);
  return prepared.layer(name).features.map((_, position) => one(position));
}

export interface AttachedAt {
  /** Node → positions of the layer's features with a seed there. */
  byNode: Map<number, number[]>;
  /** Edge → positions of the layer's features with a stretch on it. */
  byEdge: Map<number, number[]>;
}

/**
 * Where each feature of a layer attaches: a place reached by a field (DistanceField) either has
 * a seed at a node the field reached or a stretch on an edge the source is attached along, so
 * these list every place a field may reach, with no assumption about straight-line distances.
 */
export function attachedAt(prepared: PreparedLayers, name: LayerName): AttachedAt {
  const key = `network:attached-at:${name}`;
  let found = prepared.memo.get(key) as AttachedAt | undefined;
  if (!found) {
    found = { byNode: new Map(), byEdge: new Map() };
    const add = (map: Map<number, number[]>, at: number, position: number) => {
      const list = map.get(at);
      if (!list) map.set(at, [position]);
      else if (list[list.length - 1] !== position) list.push(position);
    };
    attachmentsOf(prepared, name).forEach((attachment, position) => {
      if (!attachment) return;
      for (const node of attachment.seeds.keys()) add(found!.byNode, node, position);
      for (const { edge } of attachment.stretches) add(found!.byEdge, edge, position);
    });
    prepared.memo.set(key, found);
  }
  return found;
}
