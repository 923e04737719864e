/**
 * The project file: everything a planner saves and reopens (layers, tables, view, analysis
 * state, presenter scenes) as one versioned JSON document. Older versions are migrated on
 * reading; a newer version than this app knows is refused with a message, never guessed.
 */
import { z } from 'zod';
import { LAYER_FILES, LAYER_NAMES, type LayerName } from '../model/layers';
import { err, ok, type Result } from '../model/types';
import { parseJson } from './read/geojson';
import { importError, type ImportError, type RawFeature, type TableName } from './types';
import { validateLayer, type ValidationReport } from './validate';

export const PROJECT_FORMAT = 'renewal-atlas-project';
export const PROJECT_VERSION = 1;

const viewSchema = z.looseObject({
  center: z.tuple([z.number(), z.number()]).optional(),
  zoom: z.number().optional(),
  bearing: z.number().optional(),
  pitch: z.number().optional(),
});
const featureCollectionSchema = z.looseObject({ type: z.literal('FeatureCollection'), features: z.array(z.looseObject({ type: z.literal('Feature') })) });
const sceneSchema = z.looseObject({ id: z.string(), title: z.string(), view: viewSchema.optional(), state: z.record(z.string(), z.unknown()).optional() });

export const projectV1Schema = z.object({
  format: z.literal(PROJECT_FORMAT),
  version: z.literal(1),
  name: z.string().optional(),
  savedAt: z.string().optional(),
  layers: z.partialRecord(z.enum(LAYER_NAMES), featureCollectionSchema),
  tables: z.object({ surveys: z.array(z.record(z.string(), z.unknown())).optional(), elevatorVotes: z.array(z.record(z.string(), z.unknown())).optional() }),
  view: viewSchema,
  state: z.record(z.string(), z.unknown()),
  scenes: z.array(sceneSchema),
});

export interface ProjectFile {
  format: typeof PROJECT_FORMAT;
  version: typeof PROJECT_VERSION;
  name?: string;
  savedAt?: string;
  layers: Partial<Record<LayerName, { type: 'FeatureCollection'; features: RawFeature[] }>>;
  tables: Partial<Record<TableName, Record<string, unknown>[]>>;
  view: z.infer<typeof viewSchema>;
  /** URL-hash state: language, analysis, its parameters, selection. */
  state: Record<string, unknown>;
  scenes: z.infer<typeof sceneSchema>[];
}

export function serialiseProject(project: Omit<ProjectFile, 'format' | 'version'>, savedAt = new Date().toISOString()): string {
  const document: ProjectFile = { format: PROJECT_FORMAT, version: PROJECT_VERSION, ...project, savedAt };
  return JSON.stringify(document);
}

/**
 * Version 0 (the prototype's shape, never released but files exist on planners' disks):
 * `{type: 'atlas-project', data: {'communities.geojson': FC, …}, surveys, votes,
 *   camera: {lng, lat, zoom}, settings, slides: [{title, camera, settings}]}`.
 */
export function migrateV0(v0: Record<string, unknown>): Record<string, unknown> {
  const byFile = Object.fromEntries(LAYER_NAMES.map((name) => [LAYER_FILES[name], name]));
  const data = (v0.data ?? {}) as Record<string, unknown>;
  const layers = Object.fromEntries(Object.entries(data).filter(([file]) => byFile[file]).map(([file, fc]) => [byFile[file], fc]));
  const camera = (v0.camera ?? {}) as { lng?: number; lat?: number; zoom?: number };
  const toView = (c: typeof camera) => ({ ...(c.lng !== undefined && c.lat !== undefined ? { center: [c.lng, c.lat] } : {}), ...(c.zoom !== undefined ? { zoom: c.zoom } : {}) });
  const slides = Array.isArray(v0.slides) ? (v0.slides as { title?: string; camera?: typeof camera; settings?: Record<string, unknown> }[]) : [];
  return {
    format: PROJECT_FORMAT, version: 1, name: v0.name,
    layers,
    tables: { ...(v0.surveys ? { surveys: v0.surveys } : {}), ...(v0.votes ? { elevatorVotes: v0.votes } : {}) },
    view: toView(camera),
    state: (v0.settings ?? {}) as Record<string, unknown>,
    scenes: slides.map((slide, i) => ({ id: `scene-${i + 1}`, title: slide.title ?? `${i + 1}`, view: toView(slide.camera ?? {}), state: slide.settings ?? {} })),
  };
}

export function parseProject(fileName: string, input: string | unknown): Result<ProjectFile, ImportError[]> {
  let json = input;
  if (typeof input === 'string') {
    const parsed = parseJson(fileName, input.replace(/^\uFEFF/, ''));
    if (!parsed.ok) return parsed;
    json = parsed.value;
  }
  const document = json as Record<string, unknown> | null;
  if (document && typeof document === 'object' && document.type === 'atlas-project') json = migrateV0(document);
  else if (!document || typeof document !== 'object' || document.format !== PROJECT_FORMAT) {
    return err([importError('NOT_A_PROJECT', fileName, `${fileName}: not a Renewal Atlas project file (no "format": "${PROJECT_FORMAT}")`, `${fileName}：不是图台项目文件`)]);
  } else if (typeof document.version !== 'number' || document.version > PROJECT_VERSION) {
    return err([importError('PROJECT_TOO_NEW', fileName, `${fileName}: project version ${String(document.version)} is newer than this app reads (${PROJECT_VERSION}); update the app`, `${fileName}：项目文件版本 ${String(document.version)} 高于本程序支持的版本 ${PROJECT_VERSION}，请升级`)]);
  }
  const checked = projectV1Schema.safeParse(json);
  if (!checked.success) {
    return err(checked.error.issues.slice(0, 20).map((problem) => {
      const field = problem.path.map(String).join('.');
      return importError('PROJECT_INVALID', fileName, `${fileName}: ${field || 'document'}: ${problem.message}`, `${fileName}：${field || '文件'}：${problem.message}`, { field });
    }));
  }
  return ok(checked.data as unknown as ProjectFile);
}

/** Runs the layer validation over every layer and table of a project (the same report as an import). */
export function validateProject(fileName: string, project: ProjectFile): ValidationReport[] {
  const reports = Object.entries(project.layers).map(([layer, collection]) =>
    validateLayer({ fileName: `${fileName}/${layer}`, role: layer as LayerName, features: collection!.features }));
  for (const [table, rows] of Object.entries(project.tables)) {
    reports.push(validateLayer({ fileName: `${fileName}/${table}`, role: table as TableName, features: (rows ?? []).map((properties) => ({ type: 'Feature', geometry: null, properties })) }));
  }
  return reports;
}
