/**
 * The two residents' tables from CSV text (surveys.csv, elevator_votes.csv) or an Excel workbook
 * (surveys.xlsx…, by the name's extension), read through the io readers and field mapping: one path for the CLI (files) and the worker (the app's
 * loaded tables). Problems come back as values naming the table, row and field.
 */
import { readFile } from '../../io/read';
import { TABLE_FILES } from '../../io/types';
import { err, ok, type Result } from '../../model/types';
import { firstIssueLine, parseElevatorVotes, parseSurveys, type ResidentTables } from '.';

export interface TableWarning {
  message: string;
}

async function rowsOf(fileName: string, content: string | Uint8Array) {
  // Bytes keep the reader's UTF-8 / GBK detection; text is already decoded.
  const read = await readFile({ name: fileName, bytes: typeof content === 'string' ? new TextEncoder().encode(content) : content });
  if (!read.ok) return err({ code: 'BAD_TABLE', message: read.error[0]?.message ?? `${fileName}: cannot be read` });
  const { sheet } = read.value;
  return ok({
    rows: read.value.features.map((feature) => feature.properties ?? {}), columns: read.value.columns, warnings: read.value.issues.map((issue) => issue.message),
    // A workbook's messages name its sheet and the sheet's own rows.
    place: sheet ? { fileName: `${fileName}, sheet "${sheet.name}"`, rowNumbers: sheet.rowNumbers } : { fileName },
  });
}

/**
 * `texts` maps a table's file name to its CSV text; `names` gives the names used in messages
 * (a path in the CLI). Absent tables stay absent.
 */
export async function residentTablesFromCsv(
  texts: { surveys?: string | Uint8Array; elevatorVotes?: string | Uint8Array },
  names: { surveys?: string; elevatorVotes?: string } = {},
): Promise<Result<{ tables: ResidentTables; warnings: string[] }>> {
  const tables: ResidentTables = { fileNames: {} };
  const warnings: string[] = [];
  if (texts.surveys !== undefined) {
    const fileName = names.surveys ?? TABLE_FILES.surveys;
    const read = await rowsOf(fileName, texts.surveys);
    if (!read.ok) return read;
    warnings.push(...read.value.warnings);
    const parsed = parseSurveys(read.value.rows, { ...read.value.place, columns: read.value.columns });
    if (!parsed.ok) return err({ code: 'BAD_TABLE', message: firstIssueLine(parsed.error) });
    tables.surveys = parsed.value.records;
    tables.fileNames!.surveys = fileName;
  }
  if (texts.elevatorVotes !== undefined) {
    const fileName = names.elevatorVotes ?? TABLE_FILES.elevatorVotes;
    const read = await rowsOf(fileName, texts.elevatorVotes);
    if (!read.ok) return read;
    warnings.push(...read.value.warnings);
    const parsed = parseElevatorVotes(read.value.rows, { ...read.value.place, columns: read.value.columns });
    if (!parsed.ok) return err({ code: 'BAD_TABLE', message: firstIssueLine(parsed.error) });
    tables.elevatorVotes = parsed.value;
    tables.fileNames!.elevatorVotes = fileName;
  }
  return ok({ tables, warnings });
}
