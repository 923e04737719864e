/**
 * The criteria of the priority ranking (改造优先级) and their default weights. Four measure
 * what a community lacks (deficits), three what its residents said (voice). Every weight is
 * the planner's to set; the defaults weigh each deficit and the residents' needs equally and
 * give willingness to pay and votes half as much, since they say how ready a community is
 * rather than how much it lacks [I: engineering default, to be agreed with the bureau].
 */
import { err, ok, type Result } from '../../model/types';

export const CRITERIA = ['parking', 'services', 'elevators', 'age', 'needs', 'willingToPay', 'votes'] as const;
export type CriterionName = (typeof CRITERIA)[number];

export interface CriterionDefinition {
  group: 'deficit' | 'voice';
  label: { zh: string; en: string };
  /** What the raw value is, for the table header and the tooltip. */
  raw: { zh: string; en: string };
}

export const CRITERION_DEFINITIONS: Record<CriterionName, CriterionDefinition> = {
  parking: {
    group: 'deficit', label: { zh: '停车缺口', en: 'parking gap' },
    raw: { zh: '挖潜后仍缺车位占需求比例', en: 'spaces still missing after pooling ÷ demand' },
  },
  services: {
    group: 'deficit', label: { zh: '服务设施缺口', en: 'service gap' },
    raw: { zh: '六类设施未覆盖需求占比', en: 'uncovered demand ÷ demand over the six service types' },
  },
  elevators: {
    group: 'deficit', label: { zh: '加梯需求', en: 'elevator need' },
    raw: { zh: '可加梯单元数（≥4 层无电梯）', en: 'candidate stairwell units (≥ 4 floors, no elevator)' },
  },
  age: {
    group: 'deficit', label: { zh: '房龄', en: 'building age' },
    raw: { zh: '建成至今年数', en: 'years since built' },
  },
  needs: {
    group: 'voice', label: { zh: '居民需求', en: 'residents’ needs' },
    raw: { zh: '各项需求占受访户比例的平均', en: 'mean share of respondents over the need items' },
  },
  willingToPay: {
    group: 'voice', label: { zh: '出资意愿', en: 'willingness to pay' },
    raw: { zh: '愿意出资户占比', en: 'share of respondents willing to pay' },
  },
  votes: {
    group: 'voice', label: { zh: '加梯表决达标', en: 'elevator votes passed' },
    raw: { zh: '表决已达标的单元数', en: 'units whose vote passed (民法典 art. 278)' },
  },
};

export type PriorityWeights = Record<CriterionName, number>;

export const DEFAULT_PRIORITY_WEIGHTS: Readonly<PriorityWeights> = Object.freeze({
  parking: 1,
  services: 1,
  elevators: 1,
  age: 1,
  needs: 1,
  willingToPay: 0.5,
  votes: 0.5,
});

export interface PriorityParams {
  weights: PriorityWeights;
  /** Year ages are counted to. Min–max normalisation makes the ranking independent of it; only the raw column shows it. */
  referenceYear: number;
  /** Share from which an item counts as asked for (residents' view); default 0.5. */
  askedShare: number;
}

export interface PriorityParamsInput {
  /** Any subset; the others keep their defaults. */
  weights?: Partial<Record<string, number>>;
  referenceYear?: number;
  askedShare?: number;
}

export const DEFAULT_PRIORITY_PARAMS: Readonly<PriorityParams> = Object.freeze({
  weights: DEFAULT_PRIORITY_WEIGHTS,
  referenceYear: 2025,
  askedShare: 0.5,
});

export function resolvePriorityParams(input: PriorityParamsInput = {}): Result<PriorityParams> {
  const weights: PriorityWeights = { ...DEFAULT_PRIORITY_WEIGHTS };
  for (const [name, value] of Object.entries(input.weights ?? {})) {
    if (value === undefined) continue;
    if (!(CRITERIA as readonly string[]).includes(name)) {
      return err({ code: 'BAD_PARAMETER', field: 'weights', message: `priority: unknown weight "${name}"; the criteria are ${CRITERIA.join(', ')}` });
    }
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      return err({ code: 'BAD_PARAMETER', field: `weights.${name}`, message: `priority: weight ${name} "${String(value)}" is not a number ≥ 0` });
    }
    weights[name as CriterionName] = value;
  }
  const referenceYear = input.referenceYear ?? DEFAULT_PRIORITY_PARAMS.referenceYear;
  if (!Number.isInteger(referenceYear)) {
    return err({ code: 'BAD_PARAMETER', field: 'referenceYear', message: `priority: referenceYear "${String(referenceYear)}" is not a year` });
  }
  const askedShare = input.askedShare ?? DEFAULT_PRIORITY_PARAMS.askedShare;
  if (typeof askedShare !== 'number' || !(askedShare >= 0 && askedShare <= 1)) {
    return err({ code: 'BAD_PARAMETER', field: 'askedShare', message: `priority: askedShare "${String(askedShare)}" is not a share between 0 and 1` });
  }
  return ok({ weights, referenceYear, askedShare });
}

/** Parses "parking=2,votes=0" (the CLI's --weights and the URL hash) into weights; errors name the part. */
export function parseWeights(text: string): Result<Partial<PriorityWeights>> {
  const weights: Partial<PriorityWeights> = {};
  for (const part of text.split(',').map((p) => p.trim()).filter(Boolean)) {
    const match = /^([A-Za-z_]+)\s*[=:]\s*(.+)$/.exec(part);
    if (!match) return err({ code: 'BAD_PARAMETER', field: 'weights', message: `--weights: "${part}" is not NAME=W (names: ${CRITERIA.join(', ')})` });
    const [, name, raw] = match;
    if (!(CRITERIA as readonly string[]).includes(name)) {
      return err({ code: 'BAD_PARAMETER', field: 'weights', message: `--weights: unknown criterion "${name}" (names: ${CRITERIA.join(', ')})` });
    }
    const value = Number(raw);
    if (!Number.isFinite(value) || value < 0 || raw.trim() === '') {
      return err({ code: 'BAD_PARAMETER', field: `weights.${name}`, message: `--weights: ${name}="${raw}" is not a number ≥ 0` });
    }
    weights[name as CriterionName] = value;
  }
  return ok(weights);
}
