/**
 * The sun's geometric position (no refraction) in true solar time, for the sunlight check
 * of DESIGN §3.6 and the shadow view.
 *
 * suncalc 2 returns degrees, azimuth clockwise from north, and an *apparent* altitude: the
 * geometric altitude h plus Meeus' refraction R(h) (formula 16.4, as suncalc codes it). We
 * take the day's solar noon from suncalc's getTimes (true solar 12:00: the hour angle is 0)
 * and offset from it in minutes; then we UNDO suncalc's refraction term by fixed-point
 * iteration h ← apparent − R(h), which recovers suncalc's own geometric altitude to ~1e-12
 * rad (R changes slowly with h above a few degrees, so the iteration contracts fast).
 *
 * Noon ± clock minutes is not quite true solar time: the apparent solar day is not 24 h
 * (~24 h + 20 s around 20 January), so 8:00 and 16:00 came out ~3 s (0.0125° of hour angle)
 * off. Each sample therefore takes the hour angle true solar time gives it, 15° × (t − 12 h),
 * exactly, and the sun's declination at that instant (positionAtTrueSolarTime).
 */
import { getPosition, getTimes } from 'suncalc';

export interface SunPosition {
  /** Degrees clockwise from north. */
  azimuthDeg: number;
  /** Geometric altitude in degrees (no refraction). */
  altitudeDeg: number;
}

export interface SunSample extends SunPosition {
  /** Minutes after true solar midnight (8:00 = 480). */
  minuteOfDay: number;
  /** Horizontal unit vector toward the sun in the local plane (x east, y north). */
  directionX: number;
  directionY: number;
  /** tan(altitude); only meaningful when `up`. */
  tanAltitude: number;
  /** The sun is above the horizon. */
  up: boolean;
}

const RADIANS = Math.PI / 180;

/** suncalc's refraction term (radians in, radians out), clamped at h < 0 as suncalc does. */
function suncalcRefraction(altitude: number): number {
  const h = altitude < 0 ? 0 : altitude;
  return 0.0002967 / Math.tan(h + 0.00312536 / (h + 0.08901179));
}

/** Geometric altitude (radians) whose suncalc apparent altitude is `apparent`. */
export function undoRefraction(apparent: number): number {
  let h = apparent;
  for (let i = 0; i < 50; i++) {
    const next = apparent - suncalcRefraction(h);
    if (Math.abs(next - h) < 1e-13) return next;
    h = next;
  }
  return h;
}

/** Parses YYYY-MM-DD; null when it is not a real calendar date. */
export function parseIsoDate(text: string): { year: number; month: number; day: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return { year, month, day };
}

/**
 * The instant of true solar noon on `date` at (lon, lat). suncalc anchors getTimes to the
 * UTC solar day of its input; 12:00 UTC of the date picks the local date's transit for any
 * longitude in (−180, 180).
 */
export function solarNoon(date: string, lon: number, lat: number): Date {
  const parsed = parseIsoDate(date);
  if (!parsed) throw new RangeError(`not a date: ${date}`);
  return getTimes(new Date(Date.UTC(parsed.year, parsed.month - 1, parsed.day, 12)), lat, lon).solarNoon;
}

/** Geometric sun position at `minutesFromNoon` true-solar minutes from noon on `date`. */
export function sunPositionAt(date: string, lon: number, lat: number, minutesFromNoon: number): SunPosition {
  return positionAtTrueSolarTime(solarNoon(date, lon, lat).getTime(), minutesFromNoon, lon, lat);
}

/** Degrees of hour angle per millisecond (15° an hour). */
const HOUR_ANGLE_PER_MS = 360 / 86_400_000;

/**
 * The geometric sun when true solar time at (lon, lat) reads noon + `minutesFromNoon`: the hour
 * angle is exactly minutesFromNoon / 4 degrees; the declination is suncalc's at that instant
 * (found by one correction of noon ± clock minutes, to the millisecond: δ moves < 1e-8° in 1 ms).
 */
function positionAtTrueSolarTime(noonMs: number, minutesFromNoon: number, lon: number, lat: number): SunPosition {
  const hourAngle = (minutesFromNoon / 4) * RADIANS;
  const phi = lat * RADIANS;
  const clock = noonMs + minutesFromNoon * 60_000;
  const first = positionAtInstant(new Date(clock), lon, lat);
  const error = remainderPi(hourAngle - equatorial(first, phi).hourAngle) / RADIANS;
  const { declination } = equatorial(positionAtInstant(new Date(Math.round(clock + error / HOUR_ANGLE_PER_MS)), lon, lat), phi);
  const altitude = Math.asin(Math.sin(phi) * Math.sin(declination) + Math.cos(phi) * Math.cos(declination) * Math.cos(hourAngle));
  const azimuth = Math.atan2(Math.sin(hourAngle), Math.cos(hourAngle) * Math.sin(phi) - Math.tan(declination) * Math.cos(phi));
  // suncalc's convention: degrees clockwise from north.
  return { azimuthDeg: (azimuth / RADIANS + 540) % 360, altitudeDeg: altitude / RADIANS };
}

/** Hour angle and declination (radians) of a geometric horizontal position seen at latitude phi. */
function equatorial(position: SunPosition, phi: number): { hourAngle: number; declination: number } {
  const a = position.altitudeDeg * RADIANS;
  const A = position.azimuthDeg * RADIANS;
  const declination = Math.asin(Math.sin(phi) * Math.sin(a) + Math.cos(phi) * Math.cos(a) * Math.cos(A));
  const hourAngle = Math.atan2(-Math.cos(a) * Math.sin(A), Math.sin(a) * Math.cos(phi) - Math.cos(a) * Math.sin(phi) * Math.cos(A));
  return { hourAngle, declination };
}

/** v wrapped into (−π, π]. */
const remainderPi = (v: number) => v - 2 * Math.PI * Math.ceil((v - Math.PI) / (2 * Math.PI));

function positionAtInstant(instant: Date, lon: number, lat: number): SunPosition {
  const apparent = getPosition(instant, lat, lon);
  return { azimuthDeg: apparent.azimuth, altitudeDeg: undoRefraction(apparent.altitude * RADIANS) / RADIANS };
}

export function toSample(position: SunPosition, minuteOfDay: number): SunSample {
  const azimuth = position.azimuthDeg * RADIANS;
  const altitude = position.altitudeDeg * RADIANS;
  return {
    ...position,
    minuteOfDay,
    directionX: Math.sin(azimuth),
    directionY: Math.cos(azimuth),
    tanAltitude: Math.tan(altitude),
    up: altitude > 0,
  };
}

export interface SampleWindow {
  date: string;
  startHour: number;
  endHour: number;
  stepMin: number;
}

/**
 * Samples at start, start + step … while before end (8:00, 8:05 … 15:55: 96 samples of
 * 5 minutes each), true solar time at (lon, lat).
 */
export function sunSamples(window: SampleWindow, lon: number, lat: number): SunSample[] {
  const noon = solarNoon(window.date, lon, lat).getTime();
  const samples: SunSample[] = [];
  const start = window.startHour * 60;
  const end = window.endHour * 60;
  for (let k = 0; start + k * window.stepMin < end - 1e-9; k++) {
    const minuteOfDay = start + k * window.stepMin;
    const position = positionAtTrueSolarTime(noon, minuteOfDay - 720, lon, lat);
    samples.push(toSample(position, minuteOfDay));
  }
  return samples;
}
