/**
 * Layer schemas (DESIGN.md §2). One zod schema per layer's feature properties, the geometry
 * types each layer accepts, and the file each layer lives in. Validation of whole files
 * (geometry checks, messages naming file, feature and field) lives in src/io/validate.
 */
import { z } from 'zod';
import {
  CATEGORIES, FACILITY_TYPES, FUNDING_SOURCES, IDLE_LAND_KINDS, PROPERTY_MANAGEMENT,
  PROTECTED_KINDS, RENOVATION_STATUSES,
} from './codes';

export { LAYER_NAMES, LAYER_FILES, LAYER_GEOMETRY, LAYER_LABELS, type LayerName } from './layer-names';
import type { LayerName } from './layer-names';

export const featureIdSchema = z.union([z.string().min(1), z.number().finite()]);
const share = z.number().min(0).max(1);
const year = z.number().int().min(1900).max(2100);
const nonNegative = z.number().finite().min(0);

export const districtProperties = z.object({
  id: featureIdSchema,
  name: z.string().optional(),
  street: z.string().optional(),
});

export const fundingSchema = z.object(
  Object.fromEntries(FUNDING_SOURCES.map((source) => [source, nonNegative.optional()])) as Record<
    (typeof FUNDING_SOURCES)[number],
    z.ZodOptional<typeof nonNegative>
  >,
);

export const communityProperties = z.object({
  id: featureIdSchema,
  name: z.string().optional(),
  districtId: featureIdSchema.nullable().optional(),
  builtYear: year.optional(),
  households: z.number().int().min(0).optional(),
  population: nonNegative.optional(),
  elderlyShare: share.optional(),
  parkingSpaces: z.number().int().min(0).optional(),
  propertyManagement: z.enum(PROPERTY_MANAGEMENT).optional(),
  renovationStatus: z.enum(RENOVATION_STATUSES).optional(),
  planYear: year.optional(),
  startYear: year.optional(),
  completedYear: year.optional(),
  category: z.enum(CATEGORIES).optional(),
  items: z.array(z.string()).optional(),
  investmentWan: nonNegative.optional(),
  funding: fundingSchema.optional(),
});

export const buildingProperties = z.object({
  id: featureIdSchema,
  communityId: featureIdSchema.nullable().optional(),
  floors: z.number().int().min(1).max(200).optional(),
  hasElevator: z.boolean().optional(),
  units: z.number().int().min(1).optional(),
  use: z.string().optional(),
  heightM: z.number().positive().optional(),
});

export const idleLandProperties = z.object({
  id: featureIdSchema,
  kind: z.enum(IDLE_LAND_KINDS),
  floorAreaM2: nonNegative.optional(),
  owner: z.string().optional(),
  name: z.string().optional(),
  districtId: featureIdSchema.nullable().optional(),
  /** True for a site drawn by a planner in the app (marked as proposed). */
  proposed: z.boolean().optional(),
});

export const facilityProperties = z.object({
  id: featureIdSchema,
  type: z.enum(FACILITY_TYPES),
  capacity: nonNegative.optional(),
  name: z.string().optional(),
  districtId: featureIdSchema.nullable().optional(),
});

export const roadProperties = z.object({
  id: featureIdSchema,
  class: z.string().optional(),
  widthM: z.number().positive().optional(),
  fireLane: z.boolean().optional(),
  name: z.string().optional(),
});

export const protectedProperties = z.object({
  id: featureIdSchema,
  kind: z.enum(PROTECTED_KINDS),
  bufferM: nonNegative.optional(),
  name: z.string().optional(),
});

export const LAYER_PROPERTY_SCHEMAS = {
  districts: districtProperties,
  communities: communityProperties,
  buildings: buildingProperties,
  idleLand: idleLandProperties,
  facilities: facilityProperties,
  roads: roadProperties,
  protected: protectedProperties,
} as const satisfies Record<LayerName, z.ZodTypeAny>;

export type DistrictProperties = z.infer<typeof districtProperties>;
export type CommunityProperties = z.infer<typeof communityProperties>;
export type BuildingProperties = z.infer<typeof buildingProperties>;
export type IdleLandProperties = z.infer<typeof idleLandProperties>;
export type FacilityProperties = z.infer<typeof facilityProperties>;
export type RoadProperties = z.infer<typeof roadProperties>;
export type ProtectedProperties = z.infer<typeof protectedProperties>;
export type Funding = z.infer<typeof fundingSchema>;

