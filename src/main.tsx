import './app/start-early';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { registerAllMessages } from '@/app/register-messages';
import { initialLanguage } from '@/app/use-language';
import { initI18n } from '@/i18n/setup';
import './styles.css';

registerAllMessages();
const lang = initialLanguage(window.location.hash);
initI18n(lang);
document.documentElement.lang = lang;

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
