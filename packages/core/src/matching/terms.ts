// The words of a title and description, found once when an item is written (segmenting Chinese costs ~30 µs
// a text: too much to repeat for thousands of candidates on every match request).

/** Words too common in the lists to tell two items apart. */
const STOPWORDS = new Set(
  '的 了 和 与 及 或 等 在 对 为 是 有 可 将 把 被 从 向 以 于 并 也 都 而 其 之 中 上 下 个 各 每 该 本 我 我们 你 他 她 它 请 能 可以 需要 提供 开展 进行 相关 工作 服务 单位 一 二 三 年 月 日 人 名'.split(
    ' ',
  ),
);

/** At most this many distinct words per item keep the match index compact. */
export const MAX_TERMS = 40;

let segmenter: Intl.Segmenter | undefined;

/** Distinct meaningful words, in order of first appearance: Chinese by dictionary segmentation, Latin lower-cased. */
export const matchTerms = (...texts: readonly (string | undefined)[]): string[] => {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const terms = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    for (const { segment, isWordLike } of segmenter.segment(text)) {
      if (!isWordLike) continue;
      const term = segment.toLowerCase();
      if (STOPWORDS.has(term) || /^\d+$/.test(term) || (term.length === 1 && /[a-z]/.test(term))) continue;
      terms.add(term);
      if (terms.size >= MAX_TERMS) return [...terms];
    }
  }
  return [...terms];
};
