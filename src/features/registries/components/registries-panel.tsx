import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '@/domain/catalogue';
import { REGISTRY_KINDS } from '@/domain/registries/registry-types';
import { useRegistryKnown } from '@/queries/registries/use-registry-known';
import { useStoredRuleSets } from '@/queries/rule-sets/use-rule-sets';
import { ClauseDependencyList } from './clause-dependency-list';
import { RegistryEditor } from './registry-editor';
import '../registries.css';

/** On the data screen: the advising map and the block map, each viewed, edited, checked and saved. */
export function RegistriesPanel() {
  const { t, i18n } = useTranslation('registries');
  const lang: Lang = i18n.language === 'en' ? 'en' : 'vi';
  const id = useId();
  const known = useRegistryKnown();
  // The built-in rule sets and the one the user opened on the awards screen, theirs first.
  const { ruleSets, preferred } = useStoredRuleSets();
  const [ruleSetId, setRuleSetId] = useState(preferred?.id ?? '');
  const ruleSet = ruleSets.find((candidate) => candidate.id === ruleSetId) ?? preferred;
  return (
    <section className="registries" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('title')}</h2>
      <p className="muted">{t('intro')}</p>
      <label htmlFor={`${id}-ruleset`}>{t('deps.ruleSet')}</label>{' '}
      <select id={`${id}-ruleset`} value={ruleSet?.id ?? ''} onChange={(e) => setRuleSetId(e.target.value)}>
        {ruleSets.map((candidate) => (
          <option key={candidate.id} value={candidate.id}>
            {candidate.title[lang]}
          </option>
        ))}
      </select>
      {known === null ? (
        <p role="status">{t('loading')}</p>
      ) : (
        REGISTRY_KINDS.map((kind) => (
          <div key={kind} className="registry-block">
            <RegistryEditor kind={kind} known={known} />
            {ruleSet && <ClauseDependencyList kind={kind} ruleSet={ruleSet} lang={lang} />}
          </div>
        ))
      )}
    </section>
  );
}
