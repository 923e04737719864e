/**
 * DESIGN §4 as text, and readers of it: the command lines and the fields each result must
 * "carry at least". The text is kept here word for word (a fresh clone has no ../shared) and,
 * where ../shared/DESIGN.md is present, checked against it, so a change of DESIGN fails the
 * contract test until this copy, and the CLI, follow.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const DESIGN_PATH = process.env.ATLAS_DESIGN ?? join(import.meta.dirname, '../../../shared/DESIGN.md');

export const COMMAND_LINES = `
analyze parking   --data DIR [--mode self|district|cross] [--ratio R] [--area-per-space M2] [--walk M] [--levels N] [--min-spaces N] [--out FILE]
analyze elevators --data DIR [--min-floors N] [--date YYYY-MM-DD] [--required-hours H] [--out FILE]
analyze summary   --data DIR [--out FILE]
analyze services  --data DIR --type TYPE [--radius M] [--sites K] [--mode ...] [--distance euclidean|network] [--out FILE]
analyze pooling   --data DIR [--out FILE]
analyze priority  --data DIR [--weights NAME=W,...] [--out FILE]
validate FILE...
import FILE... --out DIR [--role FILE=ROLE ...] [--crs EPSG:NNNN] [--gcj02]
demo --out DIR [--communities N] [--seed S]
bench
`;

export const RESULT_FIELDS = `
- parking: \`totals\` {demand, supply, deficit, capacity, allocated, unmet}, \`communities\`
  [{id, districtId, demand, supply, deficit, allocated}], \`parcels\` [{id, districtId,
  usableAreaM2, capacity, retained, allocated}], \`flows\` [{communityId, parcelId, spaces,
  distanceM}].
- elevators: \`totals\` {candidateBuildings, candidateUnits, feasible, conditional,
  infeasible}, \`units\` [{buildingId, communityId, unit, status, reasons, footprint
  (GeoJSON Polygon), sunlight [{buildingId, hoursBefore, hoursAfter}]}], \`buildings\`
  [{id, communityId, units, feasible, households, mustTakePart, mustAgree}].
- services: \`totals\` {communities, totalDemand, covered, coveredDemand, newlyCovered,
  newlyCoveredDemand}, \`communities\` [{id, demand, distanceM, covered, coveredAfter}],
  \`sites\` [{id, newlyCoveredDemand}], \`solver\` {status, objective, gap}.
- pooling: \`districts\` [{id, households, idleAreaM2, parkingDeficit, parkingMetInside,
  parkingImported, parkingExported, coverage {TYPE: share}}].
`;

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Whether DESIGN.md is at hand, and if so, whether it still says what the copies above say. */
export function designDrift(): { present: false } | { present: true; missing: string[] } {
  if (!existsSync(DESIGN_PATH)) return { present: false };
  const design = squash(readFileSync(DESIGN_PATH, 'utf8'));
  const parts = [...COMMAND_LINES.trim().split('\n'), ...RESULT_FIELDS.trim().split(/\n(?=- )/)];
  return { present: true, missing: parts.filter((part) => !design.includes(squash(part))) };
}

/** Each command line of DESIGN: the command and its flags with the value each takes ('' for a switch). */
export function designCommands(): { command: string; flags: { name: string; value: string; required: boolean }[] }[] {
  return COMMAND_LINES.trim().split('\n').map((line) => {
    const words = line.trim().split(/\s+/);
    const command = words[0] === 'analyze' ? `${words[0]} ${words[1]}` : words[0];
    const flags = [...line.matchAll(/(\[?)--([a-z0-9-]+)(?: ([^\s\]-][^\s\]]*))?/g)].map((m) => ({ name: m[2], value: m[3] ?? '', required: m[1] !== '[' }));
    return { command, flags };
  });
}

export type Shape =
  | { kind: 'leaf' }
  | { kind: 'polygon' }
  | { kind: 'shares' }
  | { kind: 'object'; fields: Record<string, Shape> }
  | { kind: 'array'; of: Shape };

/** Parses `name {a, b}, name [{a, b (GeoJSON Polygon), c [{…}]}], name {TYPE: share}` into shapes. */
function parseFields(text: string): Record<string, Shape> {
  let at = 0;
  const skip = () => { while (/[\s,]/.test(text[at] ?? '')) at++; };
  function fields(close: string): Record<string, Shape> {
    const out: Record<string, Shape> = {};
    skip();
    while (at < text.length && text[at] !== close) {
      const name = /^[A-Za-z][A-Za-z0-9]*/.exec(text.slice(at))?.[0];
      if (!name) throw new Error(`DESIGN §4: cannot read the fields at "${text.slice(at, at + 30)}"`);
      at += name.length;
      while (text[at] === ' ') at++;
      out[name] = shape();
      skip();
    }
    at++;
    return out;
  }
  function shape(): Shape {
    if (text.startsWith('(GeoJSON Polygon)', at)) {
      at += '(GeoJSON Polygon)'.length;
      return { kind: 'polygon' };
    }
    if (text.startsWith('{TYPE: share}', at)) {
      at += '{TYPE: share}'.length;
      return { kind: 'shares' };
    }
    if (text[at] === '{') {
      at++;
      return { kind: 'object', fields: fields('}') };
    }
    if (text.startsWith('[{', at)) {
      at += 2;
      const of: Shape = { kind: 'object', fields: fields('}') };
      if (text[at] !== ']') throw new Error(`DESIGN §4: expected "]" at "${text.slice(at, at + 30)}"`);
      at++;
      return { kind: 'array', of };
    }
    return { kind: 'leaf' };
  }
  return fields('\u0000');
}

/** The fields each result carries at least (DESIGN §4), by command: parking, elevators, services, pooling. */
export function designResults(): Record<string, Shape> {
  const results: Record<string, Shape> = {};
  for (const item of squash(RESULT_FIELDS).split(/(?:^|\s)- /).filter(Boolean)) {
    const [, command, body] = /^(\w+): (.*)\.$/.exec(item.trim()) ?? [];
    results[command] = { kind: 'object', fields: parseFields(body.replaceAll('`', '')) };
  }
  return results;
}
