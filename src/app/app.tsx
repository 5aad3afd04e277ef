import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { viewChanged } from '@/db/read-priority';
import { ImportControl } from '@/features/data-import/components/import-control';
import { useHashRoute } from '@/lib/hash-route';
import { WriteQueueProvider } from '@/queries/write-queue/context';
import { DatabaseGate } from './database-gate';
import { createQueryClient } from './query-client';
import { ROUTES, RouteView } from './routes';
import { Shell } from './shell';

function Screens() {
  const { path } = useHashRoute();
  const route = ROUTES.find((candidate) => candidate.path === path);
  return (
    <Shell nav={ROUTES} headerTools={<ImportControl />}>
      <DatabaseGate prefetch={route?.prefetch} drawsEarly={route?.drawsEarly === true}>
        <RouteView path={path} />
      </DatabaseGate>
    </Shell>
  );
}

export function App() {
  const [queryClient] = useState(createQueryClient);
  // A view opened now reads before the one left: its answers are what the user waits for.
  useEffect(() => {
    window.addEventListener('hashchange', viewChanged);
    return () => window.removeEventListener('hashchange', viewChanged);
  }, []);
  return (
    <QueryClientProvider client={queryClient}>
      <WriteQueueProvider>
        <Screens />
      </WriteQueueProvider>
    </QueryClientProvider>
  );
}
