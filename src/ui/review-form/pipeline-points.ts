/**
 * 审查要点 of the pipeline units (电力、水务、燃气、通信、广播电视、铁塔) and of the residents'
 * representatives. A pipeline unit reads its part of the pipe renewal (the estimate's pipes
 * line: 供水、排水、燃气、强弱电管线综合改造, counted by households); power also reads the new
 * chargers and added elevators it must supply. Residents read the consent each elevator
 * building needs (民法典 art. 278), the votes held, and what their survey asked for.
 */
import type { CodeLabel } from '../../model/codes';
import { countNoun, formatMinimumArea, formatShare, joinList } from '../../i18n/format';
import { itemLabel } from '../plan-sheet/FindingsSections';
import { quantity } from '../plan-sheet/sheet-format';
import { costLine, notAssessedElevators, type PointContext } from './point-words';
import type { ReviewDepartment } from './review-departments';

type PipelineUnit = Extract<ReviewDepartment, 'power' | 'water' | 'gas' | 'telecom' | 'broadcast' | 'tower'>;

/** Each unit's lines within the pipes item. */
const PIPES_PART: Record<PipelineUnit, CodeLabel> = {
  power: { zh: '强电线路', en: 'power lines' },
  water: { zh: '供水、排水管线', en: 'water supply and drainage pipes' },
  gas: { zh: '燃气管线', en: 'gas pipes' },
  telecom: { zh: '通信线路', en: 'telecom lines' },
  broadcast: { zh: '有线电视线路', en: 'cable television lines' },
  tower: { zh: '通信杆路、管道', en: 'telecom poles and ducts' },
};

export function pipelinePoints(unit: PipelineUnit, context: PointContext): string[] {
  const { facts, lang, t } = context;
  const points: string[] = [];
  const pipes = costLine(facts.estimate, 'pipes');
  if (pipes) {
    const part = PIPES_PART[unit][lang];
    points.push(t(`管网改造含${part}，涉及 ${quantity(pipes.quantity, '户')}`, `Pipe renewal includes ${part}: ${countNoun(pipes.quantity, 'household')}`));
  }
  if (unit === 'power') {
    const chargers = costLine(facts.estimate, 'ev_charging');
    if (chargers && chargers.quantity > 0) points.push(t(`新增充电桩 ${quantity(chargers.quantity, '个')}`, `${countNoun(chargers.quantity, 'new charger')}`));
    const elevators = costLine(facts.estimate, 'elevator');
    if (elevators && !context.findings.elevators) points.push(notAssessedElevators(context));
    else if (elevators && elevators.quantity > 0) points.push(t(`加装电梯 ${quantity(elevators.quantity, '部')}（可行与需协调），需新增供电`, `${countNoun(elevators.quantity, 'added elevator')} (feasible and conditional) to supply`));
  }
  return points;
}

export function residentsPoints(context: PointContext): string[] {
  const { findings, lang, t, planned } = context;
  const points: string[] = [];
  const elevators = findings.elevators;
  if (planned('elevator')) {
    if (!elevators) points.push(notAssessedElevators(context));
    else if (elevators.buildings.length > 0) {
      const buildings = elevators.buildings;
      const households = buildings.reduce((sum, b) => sum + b.households, 0);
      const takePart = buildings.reduce((sum, b) => sum + b.mustTakePart, 0);
      const agree = buildings.reduce((sum, b) => sum + b.mustAgree, 0);
      // Each building's threshold is a minimum already rounded up to 0.1 m²; their sum is shown rounded up too.
      const takePartArea = formatMinimumArea(buildings.reduce((sum, b) => sum + b.mustTakePartAreaM2, 0));
      const agreeArea = formatMinimumArea(buildings.reduce((sum, b) => sum + b.mustAgreeAreaM2, 0));
      points.push(t(
        `加装电梯候选 ${quantity(buildings.length, '栋')}共 ${quantity(households, '户')}：逐栋须 ≥2/3 参与表决、参与者 ≥3/4 同意，按户数和建筑面积（估算）双重计（民法典第 278 条），合计需参与 ${quantity(takePart, '户')}、${takePartArea}，需同意 ${quantity(agree, '户')}、${agreeArea}`,
        `${countNoun(buildings.length, 'candidate building')}, ${countNoun(households, 'household')}: in each, ≥ 2/3 must take part and ≥ 3/4 of them agree, by households and by floor area (estimated) alike (Civil Code art. 278); ${countNoun(takePart, 'household')} and ${takePartArea} must take part, ${countNoun(agree, 'household')} and ${agreeArea} agree in all`,
      ));
      const reached = buildings.filter((b) => b.vote?.status === 'reached').length;
      const short = buildings.filter((b) => b.vote?.status === 'short');
      const missing = short.reduce((sum, b) => sum + (b.vote?.missingHouseholds ?? 0), 0);
      const missingArea = short.reduce((sum, b) => sum + (b.vote?.missingAreaM2 ?? 0), 0);
      const areaShort = missingArea > 0 ? t(`、${formatMinimumArea(missingArea)}`, ` and ${formatMinimumArea(missingArea)}`) : '';
      const none = buildings.length - reached - short.length;
      points.push(reached + short.length === 0
        ? t('尚未表决', 'No vote held yet')
        : t(`表决：已达标 ${reached} 栋，未达标 ${short.length} 栋（差 ${quantity(missing, '户')}${areaShort}），未表决 ${none} 栋`, `Votes: ${reached} passed, ${short.length} short (${countNoun(missing, 'household')}${areaShort} missing), ${none} not held`));
    }
  }
  const voice = findings.residents?.voice;
  if (!voice?.surveyed) points.push(t('尚未开展居民意愿调查', 'No residents’ survey yet'));
  else {
    const respondents = voice.respondents === null ? '—' : quantity(voice.respondents, t('户', 'households'));
    const willing = voice.willingToPay === null ? '' : t(`，出资意愿 ${formatShare(voice.willingToPay)}`, `, ${formatShare(voice.willingToPay)} willing to pay`);
    points.push(t(`受访 ${respondents}${willing}`, `${respondents} surveyed${willing}`));
    if (voice.askedNotPlanned.length > 0) {
      const asked = joinList(voice.askedNotPlanned.map((code) => itemLabel(code, lang)), lang);
      points.push(t(`居民提出但未纳入改造内容：${asked}`, `Asked for by residents but not planned: ${asked}`));
    }
  }
  return points;
}
