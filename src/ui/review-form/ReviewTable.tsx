/**
 * The department table of the joint review form — 序号, 部门(单位), 审查要点 (from the
 * analyses), 审查意见 (ruled lines to write on), 签字 and 日期 (blank) — and the closing
 * boxes: 文明施工 and 会议结论 (同意 / 修改后同意 / 不同意, ☐ to tick by hand).
 */
import type { Lang } from '../../i18n/strings';
import { pick } from '../plan-sheet/sheet-format';
import { DEPARTMENT_LABELS, REVIEW_DEPARTMENTS } from './review-departments';
import type { DepartmentReview } from './review-points';

/** Ruled lines to write on: a blank line is a bordered empty block, which prints in black and white. */
function WriteLines({ count }: { count: number }) {
  return <>{Array.from({ length: count }, (_, i) => <span key={i} className="write-line" aria-hidden="true" />)}</>;
}

/** `rows` null: the analyses are still running. */
export function ReviewTable({ rows, lang }: { rows: DepartmentReview[] | null; lang: Lang }) {
  const t = pick(lang);
  return (
    <section className="review-section">
      <h2>{t('部门（单位）审查意见', 'Opinions of the departments and units')}</h2>
      <table className="review-table" data-testid="review-departments">
        <colgroup>
          <col className="col-number" /><col className="col-department" /><col className="col-points" /><col className="col-opinion" /><col className="col-sign" /><col className="col-date" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t('序号', 'No.')}</th>
            <th scope="col">{t('部门（单位）', 'Department / unit')}</th>
            <th scope="col">{t('审查要点', 'Points for review')}</th>
            <th scope="col">{t('审查意见', 'Opinion')}</th>
            <th scope="col">{t('签字', 'Signature')}</th>
            <th scope="col">{t('日期', 'Date')}</th>
          </tr>
        </thead>
        <tbody>
          {REVIEW_DEPARTMENTS.map((department, index) => {
            const row = rows?.find((r) => r.department === department);
            const label = DEPARTMENT_LABELS[department];
            // A heavier rule where the letter moves on: lead department, departments, pipeline units, residents.
            const groupStart = index > 0 && DEPARTMENT_LABELS[REVIEW_DEPARTMENTS[index - 1]].group !== label.group;
            return (
              <tr key={department} className={groupStart ? 'group-start' : undefined} data-testid="review-row" data-department={department}>
                <td className="num">{index + 1}</td>
                <th scope="row" data-testid="review-department">{label[lang]}</th>
                <td data-testid="review-points">
                  {row ? (
                    <ul className="review-points">{row.points.map((point, i) => <li key={i}>{point}</li>)}</ul>
                  ) : <span className="muted">{t('计算中…', 'Computing…')}</span>}
                </td>
                <td className="review-write"><WriteLines count={3} /></td>
                <td className="review-blank" data-testid="review-sign" />
                <td className="review-blank" data-testid="review-date" />
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

export function ReviewClosing({ lang }: { lang: Lang }) {
  const t = pick(lang);
  return (
    <>
      <section className="review-box" data-testid="review-construction">
        <h2>{t('文明施工', 'Civilised construction')}</h2>
        <p className="small">{t('（施工围挡、扬尘与噪声控制、施工时段、临时通行与停车、安全防护、居民告知等）', '(site hoarding, dust and noise, working hours, temporary access and parking, safety, notice to residents…)')}</p>
        <WriteLines count={4} />
      </section>
      <section className="review-box" data-testid="review-conclusion">
        <h2>{t('会议结论', 'Conclusion of the meeting')}</h2>
        <p className="review-choices">
          <span>☐ {t('同意', 'Approved')}</span>
          <span>☐ {t('修改后同意', 'Approved after changes')}</span>
          <span>☐ {t('不同意', 'Not approved')}</span>
        </p>
        <p className="small">{t('主要意见：', 'Main opinions:')}</p>
        <WriteLines count={3} />
        <p className="review-stamp">
          <span>{t('牵头部门（盖章）：', 'Lead department (seal): ')}</span>
          {/* Ideographic spaces: room to write the year, month and day by hand (ordinary spaces collapse). */}
          <span>{t('日期：\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日', 'Date:')}</span>
        </p>
      </section>
    </>
  );
}
