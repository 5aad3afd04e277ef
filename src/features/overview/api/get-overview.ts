import { queryOptions, useQuery } from '@tanstack/react-query';
import { liveReader } from '@/db/reader';
import { readRows, type SqlReader } from '@/db/rows';
import { INDEX_CODES, type IndexCode } from '@/domain/catalogue';
import { buildOverview } from '@/sql/overview';
import { buildOverviewContext, buildOverviewSeries } from '@/sql/overview-extra';
import { type CardModel, toCardModels } from '../model/card-model';
import { type SparkModel, toSparkModel } from '../model/spark-model';

export interface OverviewCard {
  readonly model: CardModel;
  readonly spark: SparkModel;
}

/** The cards of one unit, from whichever engine `reader` reaches (live, or the build's). */
export async function fetchOverview(
  reader: SqlReader,
  unit: string,
  indices: readonly IndexCode[] = INDEX_CODES,
): Promise<OverviewCard[]> {
  const [rows, contexts, series] = await Promise.all([
    readRows(reader, buildOverview(unit, indices)),
    readRows(reader, buildOverviewContext(unit, indices)),
    readRows(reader, buildOverviewSeries(unit, indices)),
  ]);
  return toCardModels(indices, rows, contexts).map((model) => ({
    model,
    spark: toSparkModel(model.index, series),
  }));
}

export const overviewQuery = (unit: string, indices: readonly IndexCode[] = INDEX_CODES) =>
  queryOptions({
    queryKey: ['overview', unit, indices],
    queryFn: () => fetchOverview(liveReader('quick'), unit, indices),
  });

export function useOverview(unit: string) {
  return useQuery(overviewQuery(unit));
}
