import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '@/domain/catalogue';
import type { BlockRow } from '@/domain/registries/registry-types';
import { useRegistry } from '@/queries/registries/registry-store';
import { RULE_FILE_STORAGE_KEY, useRuleSets } from '@/queries/rule-sets/use-rule-sets';
import { useStoredFile } from '@/queries/rule-sets/use-stored-file';
import { sampleRegistry } from '../api/sample-registry';
import { useAwardEvaluation } from '../api/use-award-evaluation';
import { resolveAwardInputs } from '../model/award-inputs';
import type { AwardDataset } from '../model/data-sources';
import { AwardsActions } from './awards-actions';
import { AwardsResults } from './awards-results';
import { DataControls } from './data-controls';
import { DossierHeader } from './dossier-header';
import { RuleSetControl } from './rule-set-control';
import { useAwardsView } from './use-awards-view';
import { useDataChoice } from './use-data-choice';
import { ViewControls } from './view-controls';

const NO_BLOCK_MAP: readonly BlockRow[] = [];

export function AwardsWorkspace({ datasets }: { datasets: readonly AwardDataset[] }) {
  const { t, i18n } = useTranslation('awards');
  const lang: Lang = i18n.language === 'en' ? 'en' : 'vi';
  const { url, update } = useAwardsView();
  const { remembered, choose } = useDataChoice(update);
  const [ruleFile, setRuleFile] = useStoredFile(RULE_FILE_STORAGE_KEY);
  const advisingRegistry = useRegistry('advising');
  const blockRegistry = useRegistry('blocks');
  const { ruleSets, fileState } = useRuleSets(ruleFile);
  const advising = useMemo(
    () => (advisingRegistry ? { entries: [...advisingRegistry.rows], badLines: [] } : null),
    [advisingRegistry],
  );
  const inputs = resolveAwardInputs({
    url,
    ruleSets,
    datasets,
    sample: sampleRegistry(),
    advisingFile: advising,
    remembered,
    blockMap: blockRegistry?.rows ?? NO_BLOCK_MAP,
  });
  const evaluation = useAwardEvaluation(inputs);
  // Stable while block and filter stay, so the results mark `awards:drawn` once per change.
  const view = useMemo(() => ({ block: url.block, filter: url.filter }), [url.block, url.filter]);
  if (!inputs) return null;
  return (
    <>
      <form
        className="awards-controls panel no-print"
        aria-label={t('controls')}
        onSubmit={(e) => e.preventDefault()}
      >
        <RuleSetControl
          ruleSets={ruleSets}
          current={inputs.ruleSet}
          fileState={fileState}
          lang={lang}
          update={update}
          onFile={setRuleFile}
        />
        <ViewControls inputs={inputs} evaluation={evaluation.data ?? null} view={view} update={update} />
        <DataControls inputs={inputs} choose={choose} />
      </form>
      <DossierHeader inputs={inputs} view={view} lang={lang} />
      {evaluation.data && (
        <AwardsActions inputs={inputs} evaluation={evaluation.data} view={view} lang={lang} />
      )}
      <AwardsResults inputs={inputs} query={evaluation} view={view} lang={lang} />
    </>
  );
}
