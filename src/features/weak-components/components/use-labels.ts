import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { componentDef, type IndexCode, type Lang } from '@/domain/catalogue';
import { isLang } from '@/i18n/setup';

export interface Labels {
  readonly lang: Lang;
  readonly level: (code: string) => string;
  readonly block: (code: string) => string;
  readonly component: (code: string) => string;
}

/** Names of levels, blocks and components in the screen's language; an unknown code shows as is. */
export function useLabels(index: IndexCode): Labels {
  const { t, i18n } = useTranslation('weak');
  const lang: Lang = isLang(i18n.language) ? i18n.language : 'vi';
  return useMemo(
    () => ({
      lang,
      level: (code: string) => t(`level.${code}`, { ns: 'common', defaultValue: code }),
      block: (code: string) => t(`block.${code}`, { ns: 'common', defaultValue: code }),
      component: (code: string) =>
        code === 'TOTAL' ? t('total') : (componentDef(index, code)?.name[lang] ?? code),
    }),
    [t, lang, index],
  );
}
