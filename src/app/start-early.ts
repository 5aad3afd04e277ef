import { startDatabase } from './boot-database';

// Imported first by main.tsx: ES modules run in import order, so DuckDB's worker and the data
// downloads start before React, Recharts and the screens are even evaluated.
void startDatabase().catch(() => {
  // The gate shows the error when it asks for the same promise.
});
