import { describe, expect, it } from 'vitest';
import { drawSiteNote, editNoteText, importNote, removeLayerNote } from './edit-notes';

describe('edit notes', () => {
  it('name an edit in the language asked for, whichever was on when it was made', () => {
    const note = removeLayerNote('protected');
    expect(editNoteText(note, 'zh')).toBe('移除图层 保护对象');
    expect(editNoteText(note, 'en')).toBe('Remove layer Protected');
    expect(editNoteText(drawSiteNote('P-1'), 'zh')).toBe('绘制选址 P-1');
    expect(editNoteText('plain', 'en')).toBe('plain');
  });

  it('name an import by its first three files', () => {
    expect(editNoteText(importNote(['a.geojson', 'b.csv']), 'zh')).toBe('导入 a.geojson、b.csv');
    const many = importNote(['a', 'b', 'c', 'd', 'e']);
    expect(editNoteText(many, 'en')).toBe('Import a, b, c and 2 more');
    expect(editNoteText(many, 'zh')).toBe('导入 a、b、c 等 5 个文件');
  });
});
