import { queryOptions, useQuery } from '@tanstack/react-query';
import { runAnalytics } from '@/db/database';
import { INDEX_CODES, type IndexCode } from '@/domain/catalogue';
import { buildOverview } from '@/sql/overview';
import { buildOverviewContext, buildOverviewSeries } from '@/sql/overview-extra';
import { type CardModel, toCardModels } from '../model/card-model';
import { readContextRows, readOverviewRows, readSeriesRows } from '../model/read-rows';
import { type SparkModel, toSparkModel } from '../model/spark-model';

export interface OverviewCard {
  readonly model: CardModel;
  readonly spark: SparkModel;
}

async function fetchOverview(unit: string, indices: readonly IndexCode[]): Promise<OverviewCard[]> {
  const [rows, contexts, series] = await Promise.all([
    runAnalytics(buildOverview(unit, indices), 'quick').then(readOverviewRows),
    runAnalytics(buildOverviewContext(unit, indices), 'quick').then(readContextRows),
    runAnalytics(buildOverviewSeries(unit, indices), 'quick').then(readSeriesRows),
  ]);
  return toCardModels(indices, rows, contexts).map((model) => ({
    model,
    spark: toSparkModel(
      model.index,
      series,
      contexts.find((context) => context.index_code === model.index),
    ),
  }));
}

export const overviewQuery = (unit: string, indices: readonly IndexCode[] = INDEX_CODES) =>
  queryOptions({ queryKey: ['overview', unit, indices], queryFn: () => fetchOverview(unit, indices) });

export function useOverview(unit: string) {
  return useQuery(overviewQuery(unit));
}
