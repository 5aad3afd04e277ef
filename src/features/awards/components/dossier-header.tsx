import { useTranslation } from 'react-i18next';
import type { Lang } from '@/domain/catalogue';
import { localeOf } from '@/i18n/format';
import type { AwardInputs } from '../model/award-inputs';
import type { VerdictFilter } from '../model/awards-url';
import { sourceLabel } from './data-controls';

interface Props {
  readonly inputs: AwardInputs;
  readonly view: { readonly block: string | null; readonly filter: VerdictFilter };
  readonly lang: Lang;
}

/** Hidden on screen; on paper it heads the council's dossier: what was judged, on what, when. */
export function DossierHeader({ inputs, view, lang }: Props) {
  const { t } = useTranslation('awards');
  const { ruleSet, context } = inputs;
  const when =
    'year' in context
      ? t('yearOption', { year: context.year })
      : t('periodOption', { from: context.period.from, to: context.period.to });
  const scope = [
    view.block ? t(`block.${view.block}`, { defaultValue: view.block }) : t('allBlocks'),
    t(`filters.${view.filter}`),
  ].join(' · ');
  const printed = new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'long' }).format(new Date());
  const facts: [string, string][] = [
    [t('dossier.ruleSet'), `${ruleSet.title[lang]} (${ruleSet.id}, ${ruleSet.version})`],
    [t('dossier.document'), ruleSet.source.document],
    [t('dossier.context'), when],
    [t('dossier.scope'), scope],
    [t('dossier.sources'), inputs.sources.map((source) => sourceLabel(source, t)).join('; ')],
    [t('dossier.printed'), printed],
  ];
  return (
    <header className="dossier-header">
      <p className="dossier-title">{t('dossier.title')}</p>
      <dl className="dossier-facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="dossier-note">{t('dossier.note')}</p>
    </header>
  );
}
