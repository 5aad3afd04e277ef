import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '@/domain/catalogue';
import { formatHash, useHashRoute } from '@/lib/hash-route';
import { useLanguage } from './use-language';

export interface NavItem {
  readonly path: string;
  readonly labelKey: string;
}

export function Shell({
  nav,
  headerTools,
  children,
}: {
  nav: readonly NavItem[];
  headerTools?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { path } = useHashRoute();
  const { lang, setLang } = useLanguage();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="app-header">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            CCHC
          </span>
          <span className="brand-title">{t('appTitle')}</span>
        </div>
        <nav aria-label={t('nav.label')} className="main-nav">
          <ul>
            {nav.map((item) => (
              <li key={item.path}>
                <a
                  href={formatHash(item.path, { lang })}
                  aria-current={path === item.path ? 'page' : undefined}
                >
                  {t(item.labelKey)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="header-tools">
          {headerTools}
          <label className="lang-switch">
            <span className="visually-hidden">{t('language.label')}</span>
            <select value={lang} onChange={(event) => setLang(event.target.value as Lang)}>
              <option value="vi">{t('language.vi')}</option>
              <option value="en">{t('language.en')}</option>
            </select>
          </label>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="app-footer">
        <p>{t('footer')}</p>
      </footer>
    </>
  );
}
