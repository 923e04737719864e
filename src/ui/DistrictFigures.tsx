/**
 * A district's figures in its card (概况's row for it): in a review meeting "and 清洲片区?" is
 * answered where the district was found (定位 or a click), not by scrolling 概况's table of
 * 902 districts at province scale. The summary the 概况 panel and the dashboard have already
 * asked the worker for; nothing is computed again.
 */
import { RENOVATION_STATUS_LABELS, RENOVATION_STATUSES } from '../model/codes';
import { formatArea, formatCount } from '../i18n/format';
import { useDistrictSummary } from './use-district-summary';
import { useDataset } from './use-dataset';
import { useLabel, useLang, useT } from './i18n';
import { useStatusColours } from './status-colours';

export function DistrictFigures({ districtId }: { districtId: string }) {
  const t = useT();
  const lang = useLang();
  const label = useLabel();
  const colours = useStatusColours();
  const { layers } = useDataset();
  const row = useDistrictSummary(districtId);
  if (!row) return null;
  const statuses = RENOVATION_STATUSES.filter((status) => row.statusCounts[status] > 0);
  return (
    <table className="district-figures" data-testid="inspector-district-figures">
      <caption>{lang === 'zh' ? '片区概况' : 'District summary'}</caption>
      <tbody>
        <tr><th scope="row">{t('summary.communities')}</th><td>{formatCount(row.communities, lang === 'zh' ? '个' : '')}</td></tr>
        <tr><th scope="row">{t('summary.households')}</th><td>{formatCount(row.households, lang === 'zh' ? '户' : '')}</td></tr>
        <tr><th scope="row">{t('summary.population')}</th><td>{formatCount(row.population, lang === 'zh' ? '人' : '')}</td></tr>
        {layers.idleLand && <tr><th scope="row">{t('summary.idleArea')}</th><td>{formatArea(row.idleAreaM2, lang)}</td></tr>}
        {(statuses.length > 0 || row.statusMissing > 0) && (
          <tr>
            <th scope="row">{t('summary.status')}</th>
            <td>
              <ul className="district-statuses">
                {statuses.map((status) => (
                  <li key={status}><span className="swatch swatch-square" style={{ background: colours[status] }} />{label(RENOVATION_STATUS_LABELS[status])} {row.statusCounts[status]}</li>
                ))}
                {row.statusMissing > 0 && <li><span className="swatch swatch-square status-missing" />{lang === 'zh' ? '未填写' : 'not given'} {row.statusMissing}</li>}
              </ul>
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
