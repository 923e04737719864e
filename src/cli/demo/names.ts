/**
 * Chinese names for the fictional district: communities (小区), districts (片区), streets
 * (街道), roads and facilities. Built from syllables so thousands stay unique; the
 * combinations are invented, any likeness to a real place is chance.
 */
import type { FacilityType } from '../../model/codes';
import type { Random } from './random';

const FIRST = [
  '青', '柳', '桂', '晴', '竹', '梅', '荷', '松', '杏', '槐', '枫', '桃', '橘', '茶', '桑', '锦', '星', '云', '明', '春',
  '秋', '晓', '映', '听', '观', '兰', '芳', '碧', '清', '景', '华', '永', '安', '和', '康', '福', '瑞', '丰', '蓉', '菱',
] as const;
const SECOND = [
  '川', '桥', '岸', '塘', '溪', '浦', '湾', '林', '坞', '庄', '亭', '港', '荫', '影', '风', '洲', '滨', '泉', '池', '苑',
] as const;
const COMMUNITY_SUFFIXES = ['新村', '小区', '苑', '坊', '里', '一区', '二区', '三区', '四区', '东区', '西区', '北苑', '南苑'] as const;
const ROAD_SUFFIXES_ARTERIAL = ['路', '大道'] as const;
const ROAD_SUFFIXES_LOCAL = ['街', '巷', '弄'] as const;

const FACILITY_SUFFIXES: Record<FacilityType, string> = {
  elderly_care: '居家养老服务照料中心',
  childcare: '托育园',
  canteen: '老年食堂',
  market: '便民菜场',
  clinic: '社区卫生服务站',
  community_service: '社区服务站',
  parking: '公共停车场',
  ev_charging: '充电站',
};

/** Hands out names that are unique within one run. */
export class NameBook {
  private readonly used = new Set<string>();

  constructor(private readonly random: Random) {}

  private stem(): string {
    return this.random.pick(FIRST) + this.random.pick(SECOND);
  }

  private unique(make: () => string): string {
    for (let attempt = 0; attempt < 40; attempt++) {
      const name = make();
      if (!this.used.has(name)) {
        this.used.add(name);
        return name;
      }
    }
    // Very large runs exhaust the short forms: number the last one (e.g. 青川新村第12).
    let n = 2;
    const base = make();
    while (this.used.has(`${base}${n}`)) n++;
    this.used.add(`${base}${n}`);
    return `${base}${n}`;
  }

  community(): string {
    return this.unique(() => this.stem() + this.random.pick(COMMUNITY_SUFFIXES));
  }

  district(): string {
    return this.unique(() => `${this.stem()}片区`);
  }

  street(): string {
    return this.unique(() => `${this.stem()}街道`);
  }

  road(arterial: boolean): string {
    return this.unique(() => this.stem() + this.random.pick(arterial ? ROAD_SUFFIXES_ARTERIAL : ROAD_SUFFIXES_LOCAL));
  }

  /** Facility names need not be unique: two 充电站 in one 片区 are normal. */
  facility(place: string, type: FacilityType): string {
    return place + FACILITY_SUFFIXES[type];
  }
}

export const OWNERS = ['街道办事处', '社区居委会', '区属国有企业', '原产权单位', '市城投集团', '股份经济合作社', '区机关事务管理局'] as const;
