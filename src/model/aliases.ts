/**
 * Column names planners' files use for each schema field: Chinese first, then English
 * spellings. The importer matches a column to a field when its normalised name equals
 * any alias (case, spaces, underscores and brackets ignored).
 */
import type { LayerName } from './layers';

export const FIELD_ALIASES: Record<LayerName, Record<string, readonly string[]>> = {
  districts: {
    id: ['编号', '片区编号', '片区代码', 'id', 'code', 'district_id'],
    name: ['片区名称', '名称', '片区', 'name', 'district'],
    street: ['街道', '所属街道', 'street'],
  },
  communities: {
    id: ['编号', '小区编号', '小区代码', 'id', 'code', 'community_id'],
    name: ['小区名称', '名称', '小区名', 'name', 'community'],
    districtId: ['片区编号', '所属片区', '片区', 'district_id', 'districtId', 'district'],
    builtYear: ['建成年代', '建成年份', '建成时间', '竣工年份', 'built_year', 'builtYear', 'year_built'],
    households: ['户数', '总户数', '住户数', 'households', 'hh'],
    population: ['人口', '人口数', '常住人口', 'population', 'pop'],
    elderlyShare: ['60岁以上占比', '老年人占比', '老龄化率', 'elderly_share', 'elderlyShare'],
    parkingSpaces: ['现有车位', '车位数', '停车位', 'parking_spaces', 'parkingSpaces'],
    propertyManagement: ['物业管理', '物业类型', '物业', 'property_management', 'propertyManagement'],
    renovationStatus: ['改造状态', '项目状态', '状态', 'renovation_status', 'renovationStatus', 'status'],
    planYear: ['计划年度', '计划年份', 'plan_year', 'planYear'],
    startYear: ['开工年份', '开工年度', 'start_year', 'startYear'],
    completedYear: ['完工年份', '竣工年度', 'completed_year', 'completedYear'],
    category: ['改造类别', '类别', 'category'],
    investmentWan: ['总投资', '投资(万元)', '投资额', 'investment_wan', 'investmentWan', 'investment'],
  },
  buildings: {
    id: ['编号', '楼栋编号', '楼号', 'id', 'building_id'],
    communityId: ['小区编号', '所属小区', 'community_id', 'communityId'],
    floors: ['层数', '楼层数', '地上层数', 'floors', 'levels', 'building:levels'],
    hasElevator: ['是否有电梯', '有无电梯', '电梯', 'has_elevator', 'hasElevator', 'elevator'],
    units: ['单元数', '单元', 'units'],
    use: ['用途', '使用性质', 'use'],
    heightM: ['高度', '建筑高度', 'height', 'height_m', 'heightM'],
  },
  idleLand: {
    id: ['编号', '地块编号', 'id', 'parcel_id'],
    kind: ['类型', '资源类型', '用地类型', 'kind', 'type'],
    floorAreaM2: ['建筑面积', '房屋面积', 'floor_area', 'floorAreaM2'],
    owner: ['权属', '权属单位', '产权人', 'owner'],
  },
  facilities: {
    id: ['编号', '设施编号', 'id'],
    type: ['设施类型', '类型', 'type', 'kind'],
    capacity: ['规模', '床位', '容量', 'capacity'],
    name: ['名称', '设施名称', 'name'],
  },
  roads: {
    id: ['编号', '道路编号', 'id'],
    class: ['等级', '道路等级', 'class', 'highway'],
    widthM: ['宽度', '路宽', '道路宽度', 'width', 'width_m', 'widthM'],
    fireLane: ['消防通道', '是否消防车道', 'fire_lane', 'fireLane'],
    name: ['名称', '道路名称', 'name'],
  },
  protected: {
    id: ['编号', 'id'],
    kind: ['类型', '保护类型', 'kind', 'type'],
    bufferM: ['保护范围', '缓冲距离', 'buffer', 'buffer_m', 'bufferM'],
    name: ['名称', 'name'],
  },
};

/** Chinese values of coded fields, mapped to their codes (e.g. 已完工 → completed). */
export const VALUE_ALIASES: Record<string, Record<string, string>> = {
  kind: {
    空地: 'vacant', 荒地: 'wasteland', 闲置地: 'idle_land', 边角地: 'leftover', 闲置房屋: 'idle_building',
    历史建筑: 'historic_building', 古树名木: 'ancient_tree', 古树: 'ancient_tree',
  },
  type: {
    养老: 'elderly_care', 托育: 'childcare', 助餐: 'canteen', 便民市场: 'market', 菜市场: 'market',
    卫生服务站: 'clinic', 社区服务站: 'community_service', 停车场: 'parking', 充电桩: 'ev_charging',
  },
  renovationStatus: {
    待改造: 'candidate', 已纳入计划: 'planned', 已立项: 'approved', 在建: 'under_construction', 已完工: 'completed',
  },
  category: { 基础类: 'basic', 完善类: 'improve', 提升类: 'enhance' },
  propertyManagement: { 专业物业: 'professional', 准物业: 'quasi', 自管: 'self', 无: 'none', 无物业: 'none' },
  // A building's use is free text, but only `residential` makes an elevator candidate: a table's
  // 用途 "住宅" must reach it. 商住 (shops below, homes above) houses households, so it counts.
  use: {
    住宅: 'residential', 住宅楼: 'residential', 居住: 'residential', 住宅建筑: 'residential', 商住: 'residential', 商住楼: 'residential',
    Residential: 'residential', RESIDENTIAL: 'residential', 商业: 'commercial', 办公: 'office', 工业: 'industrial', 公建: 'public', 公共建筑: 'public',
  },
};

/** Normalises a column name for alias matching. */
export function normaliseColumnName(name: string): string {
  return name.trim().toLowerCase().replace(/[\s_\-()（）:：]/g, '');
}
