import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '@/domain/catalogue';
import { isLang } from '@/i18n/setup';
import { useHashRoute } from '@/lib/hash-route';
import { readStored, writeStored } from '@/lib/stored-value';

const STORAGE_KEY = 'rid.lang';

/** The language the app opens in: the permalink's `lang=`, then the remembered choice, then Vietnamese. */
export function initialLanguage(hash: string): Lang {
  const fromUrl = new URLSearchParams(hash.split('?')[1] ?? '').get('lang');
  if (isLang(fromUrl)) return fromUrl;
  const stored = readStored(STORAGE_KEY);
  return isLang(stored) ? stored : 'vi';
}

export function useLanguage(): { lang: Lang; setLang: (lang: Lang) => void } {
  const { i18n } = useTranslation();
  const { params, setParams } = useHashRoute();
  const fromUrl = params.get('lang');
  const lang: Lang = isLang(fromUrl) ? fromUrl : isLang(i18n.language) ? i18n.language : 'vi';

  useEffect(() => {
    if (i18n.language !== lang) void i18n.changeLanguage(lang);
    document.documentElement.lang = lang;
    document.title = i18n.t('appTitle');
    writeStored(STORAGE_KEY, lang);
  }, [i18n, lang]);

  return { lang, setLang: (next: Lang) => setParams({ lang: next }, { replace: true }) };
}
