/**
 * The keyboard's way to a unit's reasons (UX.md: every control reachable with the keyboard):
 * Enter on a community of the 各小区汇总 table lists its candidate units here, each a button
 * with its verdict in a mark and a word; choosing one opens the same unit card a click on its
 * footprint opens.
 */
import type { ElevatorUnit } from '../../analysis/elevators/params';
import { unitKey, VERDICT_MARKS } from '../../map/layers/elevators';

const VERDICT_WORD = { feasible: { zh: '可行', en: 'feasible' }, conditional: { zh: '需协调', en: 'conditional' }, infeasible: { zh: '不可行', en: 'infeasible' } } as const;

type Unit = Pick<ElevatorUnit, 'buildingId' | 'communityId' | 'unit' | 'status'>;

export function ElevatorUnitList({ units, communityId, communityName, selectedKey, lang, onPick }: {
  units: readonly Unit[];
  communityId: string;
  communityName: string;
  selectedKey: string | null;
  lang: 'zh' | 'en';
  onPick(key: string): void;
}) {
  const zh = lang === 'zh';
  const own = units.filter((unit) => String(unit.communityId) === communityId);
  const label = zh ? `${communityName} 的候选单元` : `Candidate units of ${communityName}`;
  if (own.length === 0) return <p className="muted small" data-testid="elevator-unit-list">{zh ? '该小区没有候选单元。' : 'This community has no candidate unit.'}</p>;
  return (
    <ul className="unit-list" aria-label={label} data-testid="elevator-unit-list">
      {own.map((unit) => {
        const key = unitKey(unit);
        const name = zh ? `楼栋 ${unit.buildingId} · ${unit.unit} 单元` : `Building ${unit.buildingId} · unit ${unit.unit}`;
        return (
          <li key={key}>
            <button type="button" className="unit-button" aria-pressed={selectedKey === key} data-testid="elevator-unit" onClick={() => onPick(key)}>
              <span aria-hidden="true">{VERDICT_MARKS[unit.status]}</span> {name} · {VERDICT_WORD[unit.status][lang]}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
