import { describe, expect, it } from 'vitest';
import { runPriority } from '../../analysis/priority';
import { runResidents } from '../../analysis/residents';
import { threeCommunities, threeCommunityTables } from '../../analysis/priority/test-fixtures';
import { noteText } from './engine-notes';

describe('engine notes in the UI language', () => {
  it('translates the notes the engine writes, numbers kept', () => {
    expect(noteText('priority: 10 communities not surveyed — their needs and willingness to pay count 0', 'zh')).toBe('10 个小区未做居民调查：其需求与出资意愿按 0 计');
    expect(noteText('priority: 3 communities without builtYear — their age counts 0', 'zh')).toBe('3 个小区缺建成年代：其房龄按 0 计');
    expect(noteText('elevators not used: no buildings layer', 'zh')).toBe('未纳入加装电梯：没有楼栋图层');
    expect(noteText('parking not used: idleLand.geojson missing', 'zh')).toBe('未纳入停车挖潜：idleLand.geojson missing');
  });

  it('leaves English as it is, and an unknown note as it is', () => {
    const note = 'priority: no surveys table — needs and willingness to pay are 0 for every community';
    expect(noteText(note, 'en')).toBe(note);
    expect(noteText('something new', 'zh')).toBe('something new');
  });

  it('knows every note the priority and residents analyses give, with their tables and without', async () => {
    const notes: string[] = [];
    for (const tables of [{}, threeCommunityTables()]) {
      const result = await runPriority(threeCommunities(), tables);
      if (!result.ok) throw new Error(result.error.message);
      notes.push(...result.value.notes);
      const residents = await runResidents(threeCommunities(), tables);
      if (!residents.ok) throw new Error(residents.error.message);
      notes.push(...residents.value.notes);
    }
    // No tables: priority's two and the residents' two; with them: one community not surveyed.
    expect(notes.length).toBeGreaterThanOrEqual(5);
    for (const note of notes) expect(noteText(note, 'zh'), note).not.toBe(note);
  });
});
