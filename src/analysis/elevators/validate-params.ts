/** Parameter checks: a bad parameter is an error value naming the field, never a throw. */
import { parseIsoDate } from '../sunlight/sun-position';
import type { ElevatorParams } from './params';

export function validateParams(params: ElevatorParams): { field: string; message: string } | null {
  if (typeof params.date !== 'string' || !parseIsoDate(params.date)) {
    return { field: 'date', message: `date: "${String(params.date)}" is not a YYYY-MM-DD calendar date` };
  }
  const positive: (keyof ElevatorParams)[] = ['unitWidthM', 'shaftWidthM', 'shaftDepthM', 'stepMin', 'floorHeightM'];
  for (const field of positive) {
    const value = params[field];
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) return { field, message: `${field}: ${String(value)} must be a positive number` };
  }
  const nonNegative: (keyof ElevatorParams)[] = ['minFloors', 'corridorDepthM', 'minSpacingM', 'requiredHours', 'neighbourRadiusM', 'sillHeightM', 'shaftExtraHeightM', 'startHour', 'endHour'];
  for (const field of nonNegative) {
    const value = params[field];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return { field, message: `${field}: ${String(value)} must be a number ≥ 0` };
  }
  if (params.endHour <= params.startHour || params.endHour > 24) return { field: 'endHour', message: `endHour: ${params.endHour} must be after startHour (${params.startHour}) and at most 24` };
  if (!['north', 'south', 'east', 'west'].includes(params.stairSide)) return { field: 'stairSide', message: `stairSide: "${String(params.stairSide)}" is not north, south, east or west` };
  return null;
}
