/**
 * The io engine's public surface for the import dialog, the worker and the CLI. Pure: no DOM,
 * no node:fs; bytes in, plain data out (everything crosses a worker boundary by structured clone).
 */
export * from './types';
export { readFile, readInputs, checkFileSize, MAX_FILE_BYTES, type ReadOutcome } from './read';
export { crsDefinition, identifyPrj, guessProjectedCrs, removeDatumShift, toGcj02, SUPPORTED_CRS_HINT } from './crs';
export { proposeRole, mapColumns, applyFieldMapping, convertValue, fieldAliases, type RoleProposal, type MappedLayer } from './fields';
export { validateLayer, checkGeometry, firstError, type ValidationReport, type FixName } from './validate';
export { repairFeatures, type RepairResult } from './repair';
export { prepareImport, formatReport, ROLES, type PrepareOptions, type PreparedFile } from './import';
export { writeGeoJson, featureCollectionText } from './write/geojson';
export { writeCsv, csvText, chineseHeader } from './write/csv';
export { writeShapefileZip, type ShapefileExport } from './write/shapefile';
export { writeXlsx, flattenRow, sheetNames, type XlsxSheet } from './write/xlsx';
export { detectDatumOffset, vertexSample, vertexCount, type DatumOffsetResult, type DatumShiftKind } from './offset';
export { serialiseProject, parseProject, validateProject, migrateV0, PROJECT_FORMAT, PROJECT_VERSION, type ProjectFile } from './project-file';
export { TABLE_FIELD_ALIASES, TABLE_ROW_SCHEMAS } from './tables';
