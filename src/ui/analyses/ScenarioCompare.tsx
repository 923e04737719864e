/**
 * 方案比选 (issue 8): a second parameter set of the same analysis (scenario B, kept in the
 * URL as b_<key>) computed beside the current one (A), with the KPI differences in a table.
 * Works for any analysis whose parameters are ParamSpecs and whose KPIs are given.
 */
import { useMemo } from 'react';
import { appStore, useAppState } from '../../state/store';
import { type ParamSpec, paramsFromUrl } from '../components/params';
import { useLabel, useLang } from '../i18n';
import { comparing, scenarioBUrl } from './scenario-b';

export interface Kpi<T> {
  label: { zh: string; en: string };
  /** null: the result has no such figure (a mean walk when nothing was allocated), shown as —. */
  value(result: T): number | null;
  format(value: number): string;
  /** True when a larger value is better (the Δ is coloured accordingly). */
  higherIsBetter: boolean;
}

/** Scenario B's URL parameters: b_<urlKey> when present, else A's. */
export function useScenarioB(specs: readonly ParamSpec[]): { enabled: boolean; url: Record<string, string> } {
  const params = useAppState((state) => state.params);
  return useMemo(() => ({ enabled: comparing(params), url: scenarioBUrl(specs, params) }), [params, specs]);
}

const setParam = (key: string, value: string | null) =>
  appStore.update((state) => {
    const params = { ...state.params };
    if (value === null) delete params[key];
    else params[key] = value;
    return { params };
  });

export function ScenarioCompare<T>({ specs, a, b, kpis, editable }: { specs: readonly ParamSpec[]; a: T | undefined; b: T | undefined; kpis: Kpi<T>[]; editable: string[] }) {
  const lang = useLang();
  const label = useLabel();
  const zh = lang === 'zh';
  const { enabled, url } = useScenarioB(specs);
  const bValues = paramsFromUrl(specs, url);
  return (
    <section className="scenario" data-testid="scenario-compare">
      <h3>
        <label><input type="checkbox" checked={enabled} data-testid="compare-toggle" onChange={(event) => setParam('compare', event.target.checked ? '1' : null)} /> {zh ? '方案比选（方案 B）' : 'Compare with scenario B'}</label>
      </h3>
      {enabled && (
        <>
          <div className="param-grid">
            {specs.filter((spec) => editable.includes(spec.key)).map((spec) => (
              <div className="param-row" key={spec.key}>
                <label htmlFor={`b-${spec.key}`}>B · {label(spec.label)}</label>
                {spec.kind === 'select' ? (
                  <select id={`b-${spec.key}`} data-testid={`b-${spec.key}`} value={String(bValues[spec.key])} onChange={(event) => setParam(`b_${spec.urlKey}`, event.target.value)}>
                    {spec.options?.map((option) => <option key={option.value} value={option.value}>{label(option.label)}</option>)}
                  </select>
                ) : (
                  <input id={`b-${spec.key}`} data-testid={`b-${spec.key}`} type="number" min={spec.min} max={spec.max} step={spec.step} value={String(bValues[spec.key])} onChange={(event) => { if (event.target.value !== '' && Number.isFinite(Number(event.target.value))) setParam(`b_${spec.urlKey}`, event.target.value); }} />
                )}
              </div>
            ))}
          </div>
          <table className="mode-compare" data-testid="compare-table">
            <thead><tr><th /><th>A</th><th>B</th><th>B − A</th></tr></thead>
            <tbody>
              {kpis.map((kpi) => {
                const va = a ? kpi.value(a) : null;
                const vb = b ? kpi.value(b) : null;
                const delta = va !== null && vb !== null ? vb - va : null;
                const good = delta !== null && delta !== 0 && (delta > 0) === kpi.higherIsBetter;
                return (
                  <tr key={kpi.label.en}>
                    <td>{label(kpi.label)}</td>
                    <td>{va === null ? '—' : kpi.format(va)}</td>
                    <td>{!b ? '…' : vb === null ? '—' : kpi.format(vb)}</td>
                    <td className={delta ? (good ? 'delta-good' : 'delta-bad') : undefined}>{delta === null ? '' : `${delta > 0 ? '+' : ''}${kpi.format(delta)}`}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
