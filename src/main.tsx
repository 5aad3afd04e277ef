import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { startDatabase } from '@/app/boot-database';
import { registerAllMessages } from '@/app/register-messages';
import { initialLanguage } from '@/app/use-language';
import { initI18n } from '@/i18n/setup';
import './styles.css';

// Start DuckDB and the data download before React renders: they are the long pole of the first paint.
void startDatabase().catch(() => {
  // The gate shows the error when it asks for the same promise.
});
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
