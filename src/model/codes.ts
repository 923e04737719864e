/**
 * The code lists of the data model (DESIGN.md §2) with their Chinese and English names.
 * Codes are what files and URLs carry; labels are what people read (UX.md "Words").
 */

export interface CodeLabel {
  zh: string;
  en: string;
}

export const IDLE_LAND_KINDS = ['vacant', 'wasteland', 'idle_land', 'leftover', 'idle_building'] as const;
export type IdleLandKind = (typeof IDLE_LAND_KINDS)[number];
export const IDLE_LAND_KIND_LABELS: Record<IdleLandKind, CodeLabel> = {
  vacant: { zh: '空地', en: 'vacant' },
  wasteland: { zh: '荒地', en: 'wasteland' },
  idle_land: { zh: '闲置地', en: 'idle land' },
  leftover: { zh: '边角地', en: 'leftover' },
  idle_building: { zh: '闲置房屋', en: 'idle building' },
};
/** Kinds that can take surface parking (DESIGN §3.1): every kind but idle buildings. */
export const PARKING_KINDS: readonly IdleLandKind[] = ['vacant', 'wasteland', 'idle_land', 'leftover'];

export const SERVICE_TYPES = ['elderly_care', 'childcare', 'canteen', 'market', 'clinic', 'community_service'] as const;
export type ServiceType = (typeof SERVICE_TYPES)[number];
export const FACILITY_TYPES = [...SERVICE_TYPES, 'parking', 'ev_charging'] as const;
export type FacilityType = (typeof FACILITY_TYPES)[number];
export const FACILITY_TYPE_LABELS: Record<FacilityType, CodeLabel> = {
  elderly_care: { zh: '养老', en: 'elderly care' },
  childcare: { zh: '托育', en: 'childcare' },
  canteen: { zh: '助餐', en: 'canteen' },
  market: { zh: '便民市场', en: 'market' },
  clinic: { zh: '卫生服务站', en: 'clinic' },
  community_service: { zh: '社区服务站', en: 'community service' },
  parking: { zh: '停车场', en: 'parking' },
  ev_charging: { zh: '充电桩', en: 'EV charging' },
};

export const RENOVATION_STATUSES = ['candidate', 'planned', 'approved', 'under_construction', 'completed'] as const;
export type RenovationStatus = (typeof RENOVATION_STATUSES)[number];
export const RENOVATION_STATUS_LABELS: Record<RenovationStatus, CodeLabel> = {
  candidate: { zh: '待改造', en: 'candidate' },
  planned: { zh: '已纳入计划', en: 'planned' },
  approved: { zh: '已立项', en: 'approved' },
  under_construction: { zh: '在建', en: 'under construction' },
  completed: { zh: '已完工', en: 'completed' },
};

export const CATEGORIES = ['basic', 'improve', 'enhance'] as const;
export type Category = (typeof CATEGORIES)[number];
export const CATEGORY_LABELS: Record<Category, CodeLabel> = {
  basic: { zh: '基础类', en: 'basic' },
  improve: { zh: '完善类', en: 'improvement' },
  enhance: { zh: '提升类', en: 'upgrade' },
};

export const PROPERTY_MANAGEMENT = ['professional', 'quasi', 'self', 'none'] as const;
export type PropertyManagement = (typeof PROPERTY_MANAGEMENT)[number];
export const PROPERTY_MANAGEMENT_LABELS: Record<PropertyManagement, CodeLabel> = {
  professional: { zh: '专业物业', en: 'professional' },
  quasi: { zh: '准物业', en: 'quasi' },
  self: { zh: '自管', en: 'self-managed' },
  none: { zh: '无物业', en: 'none' },
};

/** Renovation content items; the class each belongs to follows DOMAIN.md §1 (国办发〔2020〕23号). */
export const RENOVATION_ITEMS = {
  pipes: { zh: '管网改造', en: 'pipes', category: 'basic' },
  roof: { zh: '屋面修缮', en: 'roof', category: 'basic' },
  facade: { zh: '外立面', en: 'facade', category: 'basic' },
  fire_safety: { zh: '消防设施', en: 'fire safety', category: 'basic' },
  elevator: { zh: '加装电梯', en: 'elevator', category: 'improve' },
  parking: { zh: '停车设施', en: 'parking', category: 'improve' },
  ev_charging: { zh: '充电设施', en: 'EV charging', category: 'improve' },
  barrier_free: { zh: '无障碍', en: 'barrier-free', category: 'improve' },
  elderly_care: { zh: '养老设施', en: 'elderly care', category: 'enhance' },
  childcare: { zh: '托育设施', en: 'childcare', category: 'enhance' },
  canteen: { zh: '助餐', en: 'canteen', category: 'enhance' },
} as const satisfies Record<string, CodeLabel & { category: Category }>;
export type RenovationItem = keyof typeof RENOVATION_ITEMS;

export const FUNDING_SOURCES = ['central', 'local', 'bonds', 'residents', 'maintenanceFund', 'utilities', 'social'] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];
export const FUNDING_SOURCE_LABELS: Record<FundingSource, CodeLabel> = {
  central: { zh: '中央补助', en: 'central subsidy' },
  local: { zh: '地方财政', en: 'local budget' },
  bonds: { zh: '专项债', en: 'special bonds' },
  residents: { zh: '居民出资', en: 'residents' },
  maintenanceFund: { zh: '维修资金', en: 'maintenance fund' },
  utilities: { zh: '管线单位', en: 'utilities' },
  social: { zh: '社会资本', en: 'social capital' },
};

export const PROTECTED_KINDS = ['historic_building', 'ancient_tree'] as const;
export type ProtectedKind = (typeof PROTECTED_KINDS)[number];
export const PROTECTED_KIND_LABELS: Record<ProtectedKind, CodeLabel> = {
  historic_building: { zh: '历史建筑', en: 'historic building' },
  ancient_tree: { zh: '古树名木', en: 'ancient tree' },
};

export const POOLING_MODES = ['self', 'district', 'cross'] as const;
export type PoolingMode = (typeof POOLING_MODES)[number];
export const POOLING_MODE_LABELS: Record<PoolingMode, CodeLabel> = {
  self: { zh: '小区内自平衡', en: 'self-balance' },
  district: { zh: '大片区统筹', en: 'district pooling' },
  cross: { zh: '跨片区组合', en: 'cross-district' },
};

/**
 * A building's `use` is free text (DESIGN §2; `residential` by default, the only use that
 * makes an elevator candidate). The codes the importer maps Chinese words to (aliases.ts) and
 * a few common in OpenStreetMap-derived data have names; any other value is the data's own.
 */
export const BUILDING_USE_LABELS: Record<string, CodeLabel> = {
  residential: { zh: '住宅', en: 'residential' },
  commercial: { zh: '商业', en: 'commercial' },
  office: { zh: '办公', en: 'office' },
  industrial: { zh: '工业', en: 'industrial' },
  public: { zh: '公共建筑', en: 'public' },
  kindergarten: { zh: '幼儿园', en: 'kindergarten' },
  school: { zh: '学校', en: 'school' },
};
