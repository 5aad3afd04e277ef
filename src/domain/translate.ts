/**
 * What pure code is handed to put a message into words: i18next's `t` for one language and namespace
 * (src/i18n/setup.ts). The domain and the view models name message keys and values; the words live in
 * the message files only.
 */
export type Translate = (key: string, values?: Readonly<Record<string, string | number>>) => string;
