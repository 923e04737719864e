/**
 * The inspector card: a feature's fields as text, named and shown in the UI's language
 * (inspector-fields.ts; the field's own name on hover). Values from files are rendered as
 * React text nodes, never as HTML. A district's card, and that of a feature in one, can set the
 * dashboard's 片区 filter: at province scale the filter's select lists 902 districts, and the
 * planner has just found the one they want with 定位 or a click. A district's card leads with
 * its figures (DistrictFigures).
 */
import type { PickedFeature } from '../map/atlas-map';
import { useLabel, useLang, useT } from './i18n';
import { cardDistrict, fieldLabel, fieldValue } from './inspector-fields';
import { layerTitle, shownField, sourceLayer } from './analysis-fields';
import { appStore, useAppState } from '../state/store';
import { DistrictFigures } from './DistrictFigures';

export function Inspector({ picked, onClose }: { picked: PickedFeature; onClose(): void }) {
  const t = useT();
  const lang = useLang();
  const label = useLabel();
  const entries = Object.entries(picked.properties).filter(([key]) => shownField(picked.layer, key));
  const district = cardDistrict(picked.layer, picked.properties);
  const isDistrict = sourceLayer(picked.layer) === 'districts';
  const name = typeof picked.properties.name === 'string' && picked.properties.name.trim() ? picked.properties.name : null;
  const filtered = useAppState((state) => district !== null && state.filter.districtId === district);
  const toggleFilter = () => appStore.update((state) => ({ filter: { ...state.filter, districtId: filtered ? undefined : district ?? undefined } }));
  return (
    <div className="inspector" role="dialog" aria-label={t('inspector.title')} data-testid="inspector" onKeyDown={(event) => { if (event.key === 'Escape') { event.stopPropagation(); onClose(); } }}>
      <div className="inspector-head">
        {/* The feature's name beside what it is: a district's figures come first in the body, and the name must not scroll away. */}
        <span className="inspector-title"><strong>{label(layerTitle(picked.layer))}</strong>{name && <span className="inspector-name" data-testid="inspector-name">{name}</span>}</span>
        <button type="button" onClick={onClose} aria-label={t('inspector.close')}>×</button>
      </div>
      {/* A Tab stop: a long feature's fields scroll, by keyboard too (axe scrollable-region-focusable). */}
      <div className="inspector-body" tabIndex={0}>
      {isDistrict && district !== null && <DistrictFigures districtId={district} />}
      <table>
        <tbody>
          {entries.map(([key, value]) => (
            <tr key={key}>
              <th scope="row" title={key}>{fieldLabel(picked.layer, key, lang)}</th>
              <td>{fieldValue(picked.layer, key, value, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
      {district !== null && (
        <div className="inspector-actions">
          <button type="button" aria-pressed={filtered} onClick={toggleFilter} data-testid="inspector-filter-district">
            {t(isDistrict ? 'inspector.filterDistrict' : 'inspector.filterOwnDistrict')}
          </button>
        </div>
      )}
    </div>
  );
}
