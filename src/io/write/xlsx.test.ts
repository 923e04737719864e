import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { columnLetter, escapeXml, flattenRow, sheetNames, writeXlsx } from './xlsx';

/** A parsed XML element: enough to walk a worksheet. */
interface Element { name: string; attrs: Record<string, string>; children: Element[]; text: string }

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function decode(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '&') { out += text[i]; continue; }
    const end = text.indexOf(';', i);
    const entity = text.slice(i + 1, end);
    if (!(entity in ENTITIES)) throw new Error(`unknown entity &${entity};`);
    out += ENTITIES[entity];
    i = end;
  }
  return out;
}

/**
 * A tiny strict XML parser (node has no DOMParser): every tag must close in order, attribute
 * values quoted, text free of raw '<' and with known entities only. Throws when not well-formed.
 */
function parseXml(xml: string): Element {
  let i = 0;
  if (xml.startsWith('<?xml')) i = xml.indexOf('?>') + 2;
  const root: Element = { name: '#document', attrs: {}, children: [], text: '' };
  const stack = [root];
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt === -1 ? xml.length : lt);
    if (text.trim() && stack.length === 1) throw new Error(`text outside the root: ${text}`);
    if (text.includes('>')) throw new Error(`raw > in text "${text}"`); // our writer always escapes it
    stack[stack.length - 1].text += decode(text);
    if (lt === -1) break;
    const gt = xml.indexOf('>', lt);
    if (gt === -1) throw new Error('unterminated tag');
    const tag = xml.slice(lt + 1, gt);
    if (tag.includes('<')) throw new Error(`'<' inside tag ${tag}`);
    if (tag.startsWith('/')) {
      const open = stack.pop()!;
      if (open.name !== tag.slice(1).trim()) throw new Error(`</${tag.slice(1)}> closes <${open.name}>`);
    } else {
      const selfClosing = tag.endsWith('/');
      const body = selfClosing ? tag.slice(0, -1) : tag;
      let j = 0;
      while (j < body.length && !' \n\t'.includes(body[j])) j++;
      const element: Element = { name: body.slice(0, j), attrs: {}, children: [], text: '' };
      while (j < body.length) {
        while (j < body.length && ' \n\t'.includes(body[j])) j++;
        if (j >= body.length) break;
        const eq = body.indexOf('=', j);
        const quote = body[eq + 1];
        if (eq === -1 || (quote !== '"' && quote !== "'")) throw new Error(`unquoted attribute in <${tag}>`);
        const close = body.indexOf(quote, eq + 2);
        const key = body.slice(j, eq).trim();
        if (key in element.attrs) throw new Error(`duplicate attribute ${key}`);
        element.attrs[key] = decode(body.slice(eq + 2, close));
        j = close + 1;
      }
      stack[stack.length - 1].children.push(element);
      if (!selfClosing) stack.push(element);
    }
    i = gt + 1;
  }
  if (stack.length !== 1) throw new Error(`unclosed <${stack[stack.length - 1].name}>`);
  if (root.children.length !== 1) throw new Error('not exactly one root element');
  return root.children[0];
}

const find = (element: Element, name: string): Element[] =>
  element.children.flatMap((child) => [...(child.name === name ? [child] : []), ...find(child, name)]);

function unzip(bytes: Uint8Array) {
  const parts = unzipSync(bytes);
  const xml = (name: string) => parseXml(strFromU8(parts[name]));
  return { parts, xml };
}

/** Cell values of a sheet by reference, as Excel would read them. */
function readCells(sheet: Element): Record<string, { type: string; value: string | number | boolean; style?: string }> {
  const cells: Record<string, { type: string; value: string | number | boolean; style?: string }> = {};
  for (const c of find(sheet, 'c')) {
    const type = c.attrs.t ?? 'n';
    const v = find(c, 'v')[0]?.text;
    const value = type === 'inlineStr' ? find(c, 't').map((t) => t.text).join('') : type === 'b' ? v === '1' : type === 'n' && v !== undefined ? Number(v) : '';
    cells[c.attrs.r] = { type: v === undefined && type === 'n' ? 'blank' : type, value, style: c.attrs.s };
  }
  return cells;
}

describe('writeXlsx', () => {
  const bytes = writeXlsx([
    {
      name: '小区', role: 'communities',
      rows: [
        { id: 'C0001', name: '橘池北苑 <A&B> "东区" \'西\'', households: 790, elderlyShare: 0.17, hasElevator: true, items: ['pipes', 'facade'] },
        { id: 'C0002', name: '', households: null, elderlyShare: -1.5e-7, hasElevator: false, note: 'a\u0001b\u0007c' },
      ],
    },
    { name: 'a/b:c*?[d]\\very long name over thirty one characters', rows: [{ x: 1 }], headers: { x: '数值' } },
    { name: '小区', rows: [] },
  ]);

  it('is a zip with the required Office Open XML parts', () => {
    expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const { parts } = unzip(bytes);
    for (const part of ['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/worksheets/sheet3.xml']) {
      expect(parts[part], part).toBeDefined();
    }
  });

  it('writes well-formed XML in every part, with the relationships pointing at real parts', () => {
    const { parts, xml } = unzip(bytes);
    for (const name of Object.keys(parts)) expect(() => xml(name), name).not.toThrow();
    const types = xml('[Content_Types].xml');
    const overrides = find(types, 'Override').map((o) => o.attrs.PartName.slice(1));
    for (const part of overrides) expect(parts[part], part).toBeDefined();
    const rels = find(xml('xl/_rels/workbook.xml.rels'), 'Relationship');
    const sheets = find(xml('xl/workbook.xml'), 'sheet');
    expect(sheets).toHaveLength(3);
    for (const sheet of sheets) {
      const rel = rels.find((r) => r.attrs.Id === sheet.attrs['r:id'])!;
      expect(parts[`xl/${rel.attrs.Target}`]).toBeDefined();
    }
    expect(rels.some((r) => r.attrs.Type.endsWith('/styles') && r.attrs.Target === 'styles.xml')).toBe(true);
    expect(find(xml('_rels/.rels'), 'Relationship')[0].attrs.Target).toBe('xl/workbook.xml');
  });

  it('cleans sheet names: no []:*?/\\, at most 31 characters, unique', () => {
    const names = find(unzip(bytes).xml('xl/workbook.xml'), 'sheet').map((s) => s.attrs.name);
    expect(names[0]).toBe('小区');
    expect(names[1]).not.toMatch(/[[\]:*?/\\]/);
    expect([...names[1]].length).toBeLessThanOrEqual(31);
    expect(names[2]).toBe('小区 (2)');
    expect(sheetNames(['', "'x'", 'History', '一'.repeat(40), '一'.repeat(40)]).map((n) => [...n].length <= 31 && n)).toEqual(['Sheet1', 'x', 'History_', '一'.repeat(31), `${'一'.repeat(27)} (2)`]);
  });

  it('writes Chinese headers in bold, a frozen header row and column widths', () => {
    const { xml } = unzip(bytes);
    const sheet = xml('xl/worksheets/sheet1.xml');
    const cells = readCells(sheet);
    expect(cells.A1).toEqual({ type: 'inlineStr', value: '编号', style: '1' });
    expect(cells.B1.value).toBe('小区名称');
    expect(cells.C1.value).toBe('户数');
    const styles = xml('xl/styles.xml');
    const boldXf = find(find(styles, 'cellXfs')[0], 'xf')[1];
    expect(find(find(styles, 'fonts')[0], 'font')[Number(boldXf.attrs.fontId)].children.some((c) => c.name === 'b')).toBe(true);
    const pane = find(sheet, 'pane')[0];
    expect(pane.attrs).toMatchObject({ ySplit: '1', topLeftCell: 'A2', state: 'frozen' });
    const cols = find(sheet, 'col');
    expect(cols).toHaveLength(Object.keys(cells).filter((ref) => /^[A-Z]+1$/.test(ref)).length);
    const nameWidth = Number(cols[1].attrs.width);
    expect(nameWidth).toBeGreaterThan(Number(cols[0].attrs.width)); // the long Chinese name is wider than an id
    expect(find(sheet, 'dimension')[0].attrs.ref).toBe('A1:G3');
    // The element order Excel insists on.
    expect(sheet.children.map((c) => c.name)).toEqual(['dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'pageMargins']);
    expect(readCells(xml('xl/worksheets/sheet2.xml')).A1.value).toBe('数值');
  });

  it('types cells: numbers as numbers, booleans, text, blanks; escapes <, &, quotes; drops control characters', () => {
    const { parts, xml } = unzip(bytes);
    const cells = readCells(xml('xl/worksheets/sheet1.xml'));
    expect(cells.A2).toMatchObject({ type: 'inlineStr', value: 'C0001' });
    expect(cells.B2.value).toBe('橘池北苑 <A&B> "东区" \'西\'');
    expect(cells.C2).toMatchObject({ type: 'n', value: 790 });
    expect(cells.D2).toMatchObject({ type: 'n', value: 0.17 });
    expect(cells.E2).toMatchObject({ type: 'b', value: true });
    expect(cells.F2.value).toBe('管网改造、外立面') // items by name, as the importer reads them back;
    expect(cells.B3).toBeUndefined(); // blank: no cell at all
    expect(cells.C3).toBeUndefined();
    expect(cells.D3).toMatchObject({ type: 'n', value: -1.5e-7 });
    expect(cells.E3).toMatchObject({ type: 'b', value: false });
    expect(cells.G3.value).toBe('abc');
    const raw = strFromU8(parts['xl/worksheets/sheet1.xml']);
    expect(raw).toContain('橘池北苑 &lt;A&amp;B&gt; &quot;东区&quot; &apos;西&apos;');
    expect(raw).not.toContain('<A&B>');
  });

  it('gives an empty workbook one sheet, and handles NaN, dates, objects and very long text', () => {
    expect(find(unzip(writeXlsx([])).xml('xl/workbook.xml'), 'sheet')).toHaveLength(1);
    const long = '长'.repeat(40000);
    const cells = readCells(unzip(writeXlsx([{ name: 't', rows: [{ a: Number.NaN, b: new Date(Date.UTC(2024, 0, 2)), c: { x: 1 }, d: long }] }])).xml('xl/worksheets/sheet1.xml'));
    expect(cells.A2).toMatchObject({ type: 'inlineStr', value: 'NaN' });
    expect(cells.B2.value).toBe('2024-01-02T00:00:00.000Z');
    expect(cells.C2.value).toBe('{"x":1}');
    expect((cells.D2.value as string).length).toBe(32767);
  });

  it('helpers: column letters, XML escaping, flattening funding', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
    expect(escapeXml('<&>"\'\u0000\ud800x😀')).toBe('&lt;&amp;&gt;&quot;&apos;x😀');
    expect(flattenRow({ id: 1, funding: { central: 2, local: 3 }, items: ['a'] })).toEqual({ id: 1, 'funding.central': 2, 'funding.local': 3, items: ['a'] });
    const cells = readCells(unzip(writeXlsx([{ name: 'c', role: 'communities', rows: [flattenRow({ funding: { central: 227 } })] }])).xml('xl/worksheets/sheet1.xml'));
    expect(cells.A1.value).toBe('中央补助');
  });
});

// LibreOffice is the independent reader: when it is installed, the workbook must convert to the same CSV.
const soffice = ['soffice', 'libreoffice'].find((command) => { try { execFileSync('which', [command], { stdio: 'ignore' }); return true; } catch { return false; } });
describe.skipIf(!soffice)('writeXlsx read by LibreOffice', () => {
  it('converts to the expected CSV', () => {
    const dir = mkdtempSync(join(tmpdir(), 'xlsx-'));
    writeFileSync(join(dir, 'book.xlsx'), writeXlsx([{ name: '小区', role: 'communities', rows: [{ id: 'C1', name: '橘池 <北> & "苑"', households: 790, hasElevator: true }] }]));
    execFileSync(soffice!, ['--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76', '--outdir', dir, join(dir, 'book.xlsx')], { timeout: 120_000, stdio: 'ignore' });
    const csv = readFileSync(join(dir, readdirSync(dir).find((f) => f.endsWith('.csv'))!), 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(csv[0]).toBe('编号,小区名称,户数,hasElevator');
    expect(csv[1]).toBe('C1,"橘池 <北> & ""苑""",790,TRUE');
  }, 180_000);
});
