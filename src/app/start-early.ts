import { startDatabase } from './boot-database';
import { loadFirstScreenSeed } from './first-screen-seed';

// Imported first by main.tsx: ES modules run in import order, so DuckDB's worker, the data downloads
// and the build's answers to the first screen start before React, Recharts and the screens are evaluated.
void loadFirstScreenSeed();
void startDatabase().catch(() => {
  // The gate shows the error when it asks for the same promise.
});
