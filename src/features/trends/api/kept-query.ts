import { keepPreviousData, queryOptions, skipToken } from '@tanstack/react-query';

/**
 * A trends read of one set of args (none yet: null). The args are the key, and while the next args
 * load the last answer stays on screen, so the charts never blank between two states.
 */
export function keptQuery<TArgs, TData>(
  name: string,
  args: TArgs | null,
  read: (args: TArgs) => Promise<TData>,
) {
  return queryOptions({
    queryKey: ['trends', name, args],
    queryFn: args === null ? skipToken : () => read(args),
    placeholderData: keepPreviousData,
  });
}
