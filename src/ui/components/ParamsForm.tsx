import { useEffect, useState } from 'react';
import { paramHint, paramLabel, type ParamSpec, setUrlParam } from './params';
import { useLabel, useLang } from '../i18n';

function NumberInput({ spec, value }: { spec: ParamSpec; value: number }) {
  // Local text so typing "0." is possible; the URL takes only valid numbers.
  const [text, setText] = useState(String(value));
  useEffect(() => setText(String(value)), [value]);
  return (
    <input
      id={`param-${spec.key}`}
      data-testid={`param-${spec.key}`}
      aria-describedby={`param-hint-${spec.key}`}
      type="number"
      inputMode="decimal"
      min={spec.min}
      max={spec.max}
      step={spec.step ?? 'any'}
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        const next = Number(event.target.value);
        if (event.target.value !== '' && Number.isFinite(next) && (spec.min === undefined || next >= spec.min) && (spec.max === undefined || next <= spec.max)) {
          setUrlParam(spec, next);
        }
      }}
    />
  );
}

export function ParamsForm({ specs, values }: { specs: readonly ParamSpec[]; values: Record<string, number | string> }) {
  const label = useLabel();
  const lang = useLang();
  return (
    <div className="param-grid">
      {specs.map((spec) => {
        const hint = paramHint(spec, lang);
        return (
          <div key={spec.key} className="param-row" title={hint}>
            <label htmlFor={`param-${spec.key}`}>{paramLabel(spec, lang)}</label>
            {spec.kind === 'select' ? (
              <select id={`param-${spec.key}`} data-testid={`param-${spec.key}`} aria-describedby={`param-hint-${spec.key}`} value={String(values[spec.key])} onChange={(event) => setUrlParam(spec, event.target.value)}>
                {spec.options?.map((option) => <option key={option.value} value={option.value}>{label(option.label)}</option>)}
              </select>
            ) : spec.kind === 'number' ? (
              <NumberInput spec={spec} value={Number(values[spec.key])} />
            ) : (
              <input id={`param-${spec.key}`} data-testid={`param-${spec.key}`} aria-describedby={`param-hint-${spec.key}`} value={String(values[spec.key])} onChange={(event) => setUrlParam(spec, event.target.value)} />
            )}
            {/* The default and its source: on hover (title) and, tied to the control, read out on focus. */}
            <span className="param-default visually-hidden" id={`param-hint-${spec.key}`}>{hint}</span>
          </div>
        );
      })}
    </div>
  );
}
