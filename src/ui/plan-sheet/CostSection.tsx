/**
 * The cost estimate table: quantity, unit cost (editable on screen, kept in the URL as
 * `costs=item:value`, printed as text), amount, and totals by class. Every default is an
 * engineering assumption; its source shows on hover and the footnote says so in words for the reader.
 */
import { CATEGORY_LABELS, CATEGORIES, RENOVATION_ITEMS } from '../../model/codes';
import { COST_RULES, DEFAULT_UNIT_COSTS, QUANTITY_ASSUMPTIONS, unitCostScale, type CostEstimate, type CostItem } from '../../analysis/cost';
import { appStore } from '../../state/store';
import type { Lang } from '../../i18n/strings';
import { money, pick, plainNumber, quantity } from './sheet-format';
import { joinList } from '../../i18n/format';

/** `scale`: the figure typed is the unit cost times it (English quotes in yuan, unitCostScale). */
function setUnitCost(item: CostItem, raw: string, scale: number) {
  appStore.update((state) => {
    if (!state.sheet) return {};
    const costs = { ...state.sheet.costs };
    const value = Number(raw) / scale;
    // An emptied field or the default value goes back to the default (and out of the URL).
    if (raw.trim() === '' || !Number.isFinite(value) || value < 0 || value === DEFAULT_UNIT_COSTS[item]) delete costs[item];
    else costs[item] = value;
    return { sheet: { ...state.sheet, costs } };
  });
}

export function CostSection({ estimate, lang, investmentWan, edited }: { estimate: CostEstimate; lang: Lang; investmentWan: number | null; edited: boolean }) {
  const t = pick(lang);
  if (estimate.lines.length === 0 && estimate.unpriced.length === 0) {
    return <p className="empty">{t('小区没有登记改造内容（items），无法估算。', 'No renovation items recorded for this community: nothing to estimate.')}</p>;
  }
  return (
    <>
      <table className="sheet-table" data-testid="sheet-cost">
        <thead>
          <tr>
            <th>{t('类别', 'Class')}</th><th>{t('改造内容', 'Item')}</th><th>{t('工程量', 'Quantity')}</th><th>{t('计量依据', 'Measured as')}</th>
            <th className="num">{t('单价', 'Unit cost')}</th><th className="num">{t('估算金额', 'Amount')}</th>
          </tr>
        </thead>
        <tbody>
          {estimate.lines.map((line) => (
            <tr key={line.item} data-item={line.item}>
              <td>{CATEGORY_LABELS[line.category][lang]}</td>
              <td>{RENOVATION_ITEMS[line.item][lang]}</td>
              <td className="num">{quantity(line.quantity, line.unit[lang])}</td>
              <td className="small">{line.basis[lang]}{line.assumed ? ' *' : ''}</td>
              <td className="num" title={COST_RULES[line.item].unitCost.source[lang]}>
                <input
                  className="screen-only unit-cost-input"
                  type="number"
                  min={0}
                  step="any"
                  aria-label={`${RENOVATION_ITEMS[line.item][lang]} ${line.unitCostUnit[lang]}`}
                  data-testid={`unit-cost-${line.item}`}
                  defaultValue={line.unitCost * unitCostScale(line.item, lang)}
                  key={`${lang}:${line.unitCost}`}
                  onBlur={(event) => setUnitCost(line.item, event.currentTarget.value, unitCostScale(line.item, lang))}
                  onKeyDown={(event) => { if (event.key === 'Enter') setUnitCost(line.item, event.currentTarget.value, unitCostScale(line.item, lang)); }}
                />
                <span className="print-only">{plainNumber(line.unitCost * unitCostScale(line.item, lang))}</span> {line.unitCostUnit[lang]}
              </td>
              <td className="num">{money(line.amountWan, lang)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          {CATEGORIES.filter((category) => estimate.lines.some((line) => line.category === category)).map((category) => (
            <tr key={category}><td colSpan={5}>{t(`${CATEGORY_LABELS[category].zh}小计`, `Subtotal, ${CATEGORY_LABELS[category].en}`)}</td><td className="num">{money(estimate.byCategory[category], lang)}</td></tr>
          ))}
          <tr className="total"><td colSpan={5}>{t('估算合计', 'Estimated total')}</td><td className="num" data-testid="sheet-cost-total">{money(estimate.totalWan, lang)}</td></tr>
          {investmentWan !== null && (
            <tr><td colSpan={5}>{t('计划投资（数据登记）', 'Planned investment (recorded)')}</td><td className="num">{money(investmentWan, lang)}</td></tr>
          )}
        </tfoot>
      </table>
      {estimate.unpriced.length > 0 && <p className="small">{t('未计价的改造内容：', 'Items without a unit cost: ')}{joinList(estimate.unpriced.map((code) => RENOVATION_ITEMS[code as keyof typeof RENOVATION_ITEMS]?.[lang] ?? code), lang)}</p>}
      <p className="small muted">
        {t('单价为工程估算假设（未查到浙江省统一价格标准），请以本地定额或招标价替换；', 'Unit costs are engineering estimates (no unified Zhejiang price standard was found); replace them with local rates or tender prices; ')}
        {edited ? t('本表已修改部分单价。', 'some unit costs on this sheet were edited. ') : t('本表使用默认单价。', 'this sheet uses the default unit costs. ')}
        {t('* 工程量含假设：', '* quantity rests on an assumption: ')}
        {/* The engine's labels carry DOMAIN.md's [I] (an assumption) marker: the sentence says so already. */}
        {[QUANTITY_ASSUMPTIONS.floorHeightM, QUANTITY_ASSUMPTIONS.chargerShare, QUANTITY_ASSUMPTIONS.siteAreaM2].map((label) => label[lang].replace(/\s*\[I\]/g, '')).join(lang === 'zh' ? '；' : '; ')}
        {t('。缺少分析结果时工程量记为 0。', '. A missing analysis counts 0.')}
      </p>
    </>
  );
}
