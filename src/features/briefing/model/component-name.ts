import { componentDef, type IndexCode, type Lang } from '@/domain/catalogue';

/**
 * A component's name in the reader's language from the catalogue (as the trends screen names it);
 * the data's own name only for a code the catalogue does not know (a province's own criteria).
 */
export function componentName(index: IndexCode, code: string, lang: Lang, fromData = ''): string {
  return componentDef(index, code)?.name[lang] ?? (fromData || code);
}
