import { describe, expect, it } from 'vitest';
import { coversCommunities, type KeySection, rgbaCss, sectionsAtZoom, swatchBackground } from './map-key';

const section = (id: string, extra: Partial<KeySection> = {}): KeySection => ({ id, title: { zh: id, en: id }, entries: [], ...extra });

describe('map key', () => {
  it('keeps the sections whose layers are drawn at the zoom: below maxZoom, from minZoom', () => {
    const sections = [section('always'), section('overview', { maxZoom: 16 }), section('units', { minZoom: 16 })];
    expect(sectionsAtZoom(sections, 15.99).map((s) => s.id)).toEqual(['always', 'overview']);
    expect(sectionsAtZoom(sections, 16).map((s) => s.id)).toEqual(['always', 'units']);
    // Before the camera is known, every section.
    expect(sectionsAtZoom(sections, null).map((s) => s.id)).toEqual(['always', 'overview', 'units']);
  });

  it('says when a section covers the communities', () => {
    expect(coversCommunities([section('a'), section('b', { coversCommunities: true })])).toBe(true);
    expect(coversCommunities([section('a')])).toBe(false);
    expect(coversCommunities([])).toBe(false);
  });

  it('writes deck.gl colours (alpha 0–255) as CSS', () => {
    expect(rgbaCss([46, 125, 50, 255])).toBe('rgba(46, 125, 50, 1)');
    expect(rgbaCss([0, 0, 0, 51])).toBe('rgba(0, 0, 0, 0.2)');
  });

  it('draws patterns over the colour, lines and ramps as gradients', () => {
    expect(swatchBackground({ kind: 'fill', colour: [255, 0, 0, 255] })).toBe('rgba(255, 0, 0, 1)');
    const dots = swatchBackground({ kind: 'fill', colour: [249, 168, 37, 230], pattern: 'dots' });
    expect(dots.startsWith('radial-gradient(')).toBe(true);
    expect(dots.endsWith(', rgba(249, 168, 37, 0.902)')).toBe(true);
    expect(swatchBackground({ kind: 'fill', colour: [198, 40, 40, 230], pattern: 'hatch' })).toMatch(/^repeating-linear-gradient\(45deg, rgba\(33, 33, 33, 0\.902\)/);
    expect(swatchBackground({ kind: 'ramp', stops: [[0, 0, 0, 255], [255, 255, 255, 255]] })).toBe('linear-gradient(90deg, rgba(0, 0, 0, 1), rgba(255, 255, 255, 1))');
    expect(swatchBackground({ kind: 'line', colour: [1, 2, 3, 255], to: [4, 5, 6, 255] })).toBe('linear-gradient(90deg, rgba(1, 2, 3, 1), rgba(4, 5, 6, 1))');
    expect(swatchBackground({ kind: 'outline', colour: [1, 2, 3, 255] })).toBe('transparent');
  });
});
