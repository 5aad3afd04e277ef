import { useTranslation } from 'react-i18next';
import type { AwardEvaluation } from '@/domain/awards/verdict-types';
import type { Lang } from '@/domain/catalogue';
import { downloadBlob, safeFileName } from '@/lib/csv-export';
import type { AwardInputs } from '../model/award-inputs';
import { contextParams, type VerdictFilter } from '../model/awards-url';
import { groupVerdicts, shownVerdicts } from '../model/group-verdicts';
import { verdictsToCsv } from '../model/verdicts-to-csv';

interface Props {
  readonly inputs: AwardInputs;
  readonly evaluation: AwardEvaluation;
  readonly view: { readonly block: string | null; readonly filter: VerdictFilter };
  readonly lang: Lang;
}

/** The export carries exactly the rows on screen, in the same order (block and filter applied). */
export function AwardsActions({ inputs, evaluation, view, lang }: Props) {
  const { t } = useTranslation('awards');
  const exportCsv = () => {
    const groups = groupVerdicts(inputs.ruleSet, evaluation.context, evaluation.verdicts, view);
    const csv = verdictsToCsv(shownVerdicts(groups), lang, inputs.bands, inputs.ruleSet.rules);
    const { year, period } = contextParams(evaluation.context);
    const name = ['khen-thuong', evaluation.ruleSetId, year ?? period, view.block, view.filter].filter(
      Boolean,
    );
    downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), safeFileName(name.join('-'), 'csv'));
  };
  return (
    <div className="awards-actions no-print">
      <button type="button" onClick={exportCsv}>
        {t('exportCsv')}
      </button>
      <button type="button" className="primary" onClick={() => window.print()}>
        {t('print')}
      </button>
    </div>
  );
}
