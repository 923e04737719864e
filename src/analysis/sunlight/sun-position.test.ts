import { getPosition } from 'suncalc';
import { describe, expect, it } from 'vitest';
import { parseIsoDate, solarNoon, sunPositionAt, sunSamples, undoRefraction } from './sun-position';

const LON = 120.15;
const LAT = 30.27;
const rad = Math.PI / 180;

describe('sun position', () => {
  it('true solar noon on 20 January at 30.27°N: altitude ≈ 90 − 30.27 − 20.1 = 39.6°, due south', () => {
    const noon = sunPositionAt('2025-01-20', LON, LAT, 0);
    expect(Math.abs(noon.altitudeDeg - 39.6)).toBeLessThan(0.1);
    expect(Math.abs(noon.azimuthDeg - 180)).toBeLessThan(0.01);
  });

  it('8:00 true solar time: sin a = sin φ sin δ + cos φ cos δ cos 60° gives ≈ 13.5°', () => {
    const delta = -20.1 * rad;
    const expected = Math.asin(Math.sin(LAT * rad) * Math.sin(delta) + Math.cos(LAT * rad) * Math.cos(delta) * 0.5) / rad;
    const eight = sunPositionAt('2025-01-20', LON, LAT, -240);
    expect(Math.abs(eight.altitudeDeg - expected)).toBeLessThan(0.1);
    expect(eight.azimuthDeg).toBeGreaterThan(115);
    expect(eight.azimuthDeg).toBeLessThan(130);
  });

  it('removes suncalc refraction: at 39.6° Meeus gives 1.02′/tan(39.83°) ≈ 1.22′ ≈ 0.0204°', () => {
    const noon = solarNoon('2025-01-20', LON, LAT);
    const apparent = getPosition(noon, LAT, LON).altitude;
    const geometric = sunPositionAt('2025-01-20', LON, LAT, 0).altitudeDeg;
    expect(apparent - geometric).toBeCloseTo(0.0204, 3);
    expect(undoRefraction(apparent * rad) / rad).toBeCloseTo(geometric, 10);
  });

  it('solar noon falls on the local date (about 04:10 UTC at 120°E in January)', () => {
    const noon = solarNoon('2025-01-20', LON, LAT);
    expect(noon.toISOString().slice(0, 13)).toBe('2025-01-20T04');
  });

  it('96 samples of 5 minutes, 8:00 … 15:55, nearly symmetric about noon', () => {
    const samples = sunSamples({ date: '2025-01-20', startHour: 8, endHour: 16, stepMin: 5 }, LON, LAT);
    expect(samples).toHaveLength(96);
    expect(samples[0].minuteOfDay).toBe(480);
    expect(samples[95].minuteOfDay).toBe(955);
    expect(samples.every((s) => s.up)).toBe(true);
    const at8 = samples[0].altitudeDeg;
    const at16 = sunPositionAt('2025-01-20', LON, LAT, 240).altitudeDeg;
    expect(Math.abs(at8 - at16)).toBeLessThan(0.1);
  });

  it('each sample sits at its true solar time: hour angle 15° × (t − 12 h), not noon ± clock minutes', () => {
    // The hour angle recovered from the sample's horizontal position: cos δ sin H = −cos a sin A,
    // cos δ cos H = sin a cos φ − cos a sin φ cos A. The apparent solar day around 20 January is
    // ~24 h + 20 s, so noon ± 240 clock minutes missed 8:00 and 16:00 by ~3 s (0.0125°).
    for (const [date, lon, lat] of [['2025-01-20', LON, LAT], ['2025-06-21', 126.6, 45.8], ['2025-12-21', -58.4, -34.6]] as const) {
      const samples = sunSamples({ date, startHour: 8, endHour: 16, stepMin: 5 }, lon, lat);
      for (const s of [samples[0], samples[47], samples[95]]) {
        const a = s.altitudeDeg * rad;
        const A = s.azimuthDeg * rad;
        const phi = lat * rad;
        const hourAngle = Math.atan2(-Math.cos(a) * Math.sin(A), Math.sin(a) * Math.cos(phi) - Math.cos(a) * Math.sin(phi) * Math.cos(A)) / rad;
        expect(Math.abs(hourAngle - (s.minuteOfDay - 720) / 4)).toBeLessThan(1e-6);
      }
      const eight = sunPositionAt(date, lon, lat, -240);
      expect(eight.altitudeDeg).toBeCloseTo(samples[0].altitudeDeg, 12);
    }
  });

  it('rejects impossible dates', () => {
    expect(parseIsoDate('2025-02-30')).toBeNull();
    expect(parseIsoDate('20250120')).toBeNull();
    expect(parseIsoDate('2025-01-20')).toEqual({ year: 2025, month: 1, day: 20 });
  });
});
