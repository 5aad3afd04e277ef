import i18next, { type i18n, type Resource, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '@/domain/catalogue';
import { commonMessages } from './messages/common';

type Resources = Readonly<Record<Lang, ResourceKey>>;

/** Each feature contributes its own namespace of messages; this is the one place they meet. */
const namespaces: Record<string, Resources> = { common: commonMessages };

export function registerMessages(namespace: string, resources: Resources): void {
  namespaces[namespace] = resources;
  for (const lang of ['vi', 'en'] as const) {
    if (i18next.isInitialized) i18next.addResourceBundle(lang, namespace, resources[lang], true, true);
  }
}

export function isLang(value: string | null | undefined): value is Lang {
  return value === 'vi' || value === 'en';
}

export function initI18n(lang: Lang): i18n {
  const resources: Resource = { vi: {}, en: {} };
  for (const [namespace, messages] of Object.entries(namespaces)) {
    for (const code of ['vi', 'en'] as const) {
      const bucket = resources[code];
      if (bucket) bucket[namespace] = messages[code];
    }
  }
  void i18next.use(initReactI18next).init({
    lng: lang,
    fallbackLng: 'vi',
    defaultNS: 'common',
    ns: Object.keys(namespaces),
    resources,
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return i18next;
}
