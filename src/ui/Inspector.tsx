/**
 * The inspector card: a feature's fields as text. Values from files are rendered as React
 * text nodes, never as HTML.
 */
import { LAYER_LABELS, type LayerName } from '../model/layer-names';
import type { PickedFeature } from '../map/atlas-map';
import { useLabel, useT } from './i18n';

function displayValue(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function Inspector({ picked, onClose }: { picked: PickedFeature; onClose(): void }) {
  const t = useT();
  const label = useLabel();
  const layerLabel = LAYER_LABELS[picked.layer as LayerName];
  const entries = Object.entries(picked.properties).filter(([key]) => key !== 'displayStatus');
  return (
    <div className="inspector" role="dialog" aria-label={t('inspector.title')} data-testid="inspector">
      <div className="inspector-head">
        <strong>{layerLabel ? label(layerLabel) : picked.layer}</strong>
        <button type="button" onClick={onClose} aria-label={t('inspector.close')}>×</button>
      </div>
      <table>
        <tbody>
          {entries.map(([key, value]) => (
            <tr key={key}>
              <th scope="row">{key}</th>
              <td>{displayValue(value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
