import { useTranslation } from 'react-i18next';
import type { RuleSet } from '@/domain/awards/rule-set-types';
import type { Lang } from '@/domain/catalogue';
import { clauseDependencies } from '@/domain/registries/clause-dependencies';
import type { RegistryKind } from '@/domain/registries/registry-types';

/** Which clauses of the chosen rule set change when this registry changes (derived, never listed by hand). */
export function ClauseDependencyList({
  kind,
  ruleSet,
  lang,
}: {
  readonly kind: RegistryKind;
  readonly ruleSet: RuleSet;
  readonly lang: Lang;
}) {
  const { t } = useTranslation('registries');
  const dependencies = clauseDependencies(ruleSet, kind);
  return (
    <div className="registry-deps" data-registry-deps={kind}>
      <h4>{t('deps.title', { ruleSet: ruleSet.title[lang] })}</h4>
      {dependencies.length === 0 ? (
        <p className="muted small">{t('deps.none')}</p>
      ) : (
        <ul className="small">
          {dependencies.map((dependency) => {
            const rule = ruleSet.rules.find((candidate) => candidate.id === dependency.ruleId);
            return (
              <li
                key={`${dependency.ruleId}:${dependency.clauseId}:${dependency.reason}`}
                data-clause={`${dependency.ruleId}/${dependency.clauseId}`}
              >
                {rule?.title[lang] ?? dependency.ruleId} · <code>{dependency.clauseId}</code> (
                {dependency.clauseType}): {t(`deps.reason.${dependency.reason}`)}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
