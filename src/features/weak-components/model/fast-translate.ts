import type { Translate } from './reason-text';

/** A message split at its placeholders: literal, value name, literal, … (always odd length). */
type Template = readonly string[];

// A private-use character: never in a message or a value the screen shows.
const MARK = '\uE000';
const SPLIT = /\uE000(\d+)\uE000/;

function compile(t: Translate, key: string, names: readonly string[]): Template {
  const marked = t(key, Object.fromEntries(names.map((name, at) => [name, `${MARK}${at}${MARK}`])));
  return marked.split(SPLIT).map((part, at) => (at % 2 === 1 ? (names[Number(part)] ?? '') : part));
}

/**
 * Memoises `t` for messages drawn hundreds of times (a label per heatmap cell): i18next resolves the
 * key, the language fallbacks and the interpolation on every call, several times the cost of filling
 * the already-resolved message. Each key is resolved once with markers for its values, then filled by
 * concatenation. Only for plain `{{name}}` messages (what the weak screen's cell messages are): with a
 * `count` (plurals) it defers to `t`. Make a new one when the language changes.
 */
export function fastTranslate(t: Translate): Translate {
  const templates = new Map<string, Template>();
  return (key, values) => {
    if (values !== undefined && 'count' in values) return t(key, values);
    const names = values === undefined ? [] : Object.keys(values);
    const id = `${key}\u0001${names.join('\u0001')}`;
    let template = templates.get(id);
    if (!template) {
      template = compile(t, key, names);
      templates.set(id, template);
    }
    let text = '';
    for (let at = 0; at < template.length; at += 1) {
      const part = template[at] ?? '';
      text += at % 2 === 1 ? String(values?.[part] ?? '') : part;
    }
    return text;
  };
}
