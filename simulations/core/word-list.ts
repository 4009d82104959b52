/**
 * A list of values said the reader's way: "a, b or c" in English, "a、b或c" in Chinese, from the shell's catalogue
 * (src/i18n/{en,zh-CN}/app.json `app.list.separator`, `app.list.or`, which every page loads). Pure: the caller passes
 * its translate function (the app's `t`, a view's i18n.t); without those words it joins with ", ".
 */
export type Translate = (key: string, vars?: Record<string, string | number>) => string;

function word(t: Translate, key: string, vars?: Record<string, string | number>): string | null {
  const w = t(key, vars);
  return w && w !== key ? w : null;
}

/** `items` as one list: `or` puts the reader's "or" before the last item; `and` joins them with the separator only. */
export function wordList(items: readonly string[], t: Translate, join: 'or' | 'and' = 'or'): string {
  const sep = word(t, 'app.list.separator') ?? ', ';
  if (items.length < 2 || join === 'and') return items.join(sep);
  return word(t, 'app.list.or', { list: items.slice(0, -1).join(sep), last: items[items.length - 1] }) ?? items.join(sep);
}
