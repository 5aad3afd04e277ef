import type { QueryClient } from '@tanstack/react-query';
import { lazy, type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { BriefingLink } from '@/features/briefing/components/briefing-link';
import { indexCoverageQuery, indexMediansQuery } from '@/features/index-summary/api/use-index-summary';
import { IndexSummaryGrid } from '@/features/index-summary/components/index-summary-grid';
import { OverviewScreen } from '@/features/overview/components/overview-screen';
import type { NavItem } from './shell';

// Screens other than the landing one load on first visit: the initial JS stays small.
const TrendsScreen = lazy(() =>
  import('@/features/trends/components/trends-screen').then((module) => ({ default: module.TrendsScreen })),
);
const WeakComponentsScreen = lazy(() =>
  import('@/features/weak-components/components/weak-components-screen').then((module) => ({
    default: module.WeakComponentsScreen,
  })),
);
const AwardsScreen = lazy(() =>
  import('@/features/awards/components/awards-screen').then((module) => ({ default: module.AwardsScreen })),
);
const BriefingScreen = lazy(() =>
  import('@/features/briefing/components/briefing-screen').then((module) => ({
    default: module.BriefingScreen,
  })),
);
const DataScreen = lazy(() =>
  import('@/features/data-screen/components/data-screen').then((module) => ({ default: module.DataScreen })),
);
const LineageImportPanel = lazy(() =>
  import('@/features/lineage-import/components/lineage-import-panel').then((module) => ({
    default: module.LineageImportPanel,
  })),
);
const WorkspacePanel = lazy(() =>
  import('@/features/workspace/components/workspace-panel').then((module) => ({
    default: module.WorkspacePanel,
  })),
);
const RegistriesPanel = lazy(() =>
  import('@/features/registries/components/registries-panel').then((module) => ({
    default: module.RegistriesPanel,
  })),
);

export interface RouteDef extends NavItem {
  readonly render: () => ReactNode;
  /** Queries worth sending before the screen renders (its first chart's). */
  readonly prefetch?: (client: QueryClient) => void;
  /** Its first queries are answered by the build (first-screen-queries.ts): drawn before the engine is up. */
  readonly drawsEarly?: boolean;
}

export const ROUTES: readonly RouteDef[] = [
  {
    path: '/',
    labelKey: 'nav.home',
    drawsEarly: true,
    render: () => (
      <>
        <OverviewScreen />
        <BriefingLink />
        <IndexSummaryGrid />
      </>
    ),
    prefetch: (client) => {
      // The charts' numbers first, the facts beside them second.
      void client.prefetchQuery(indexMediansQuery());
      void client.prefetchQuery(indexCoverageQuery());
    },
  },
  { path: '/briefing', labelKey: 'nav.briefing', render: () => <BriefingScreen /> },
  { path: '/trends', labelKey: 'nav.trends', render: () => <TrendsScreen /> },
  { path: '/weak', labelKey: 'nav.weak', render: () => <WeakComponentsScreen /> },
  { path: '/awards', labelKey: 'nav.awards', render: () => <AwardsScreen /> },
  {
    path: '/data',
    labelKey: 'nav.data',
    render: () => (
      <>
        <DataScreen />
        <LineageImportPanel />
        <RegistriesPanel />
        <WorkspacePanel />
      </>
    ),
  },
];

export function RouteView({ path }: { path: string }) {
  const { t } = useTranslation();
  const route = ROUTES.find((candidate) => candidate.path === path);
  if (!route) return <p role="alert">{t('notFound')}</p>;
  return (
    <Suspense
      fallback={
        <p className="muted" aria-busy="true">
          {t('loading.working')}
        </p>
      }
    >
      {route.render()}
    </Suspense>
  );
}
