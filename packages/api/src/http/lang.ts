// Response language: Chinese by default, English when the client prefers it.

export type Lang = 'zh' | 'en';

/** Picks the language from `Accept-Language`: the first of zh or en the client ranks highest. */
export const pickLang = (acceptLanguage: string | undefined): Lang => {
  if (!acceptLanguage) return 'zh';
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag, q: q ? Number(q.slice(2)) : 1 };
    })
    .filter(({ tag, q }) => (tag.startsWith('en') || tag.startsWith('zh')) && q > 0)
    .sort((a, b) => b.q - a.q);
  return ranked[0]?.tag.startsWith('en') ? 'en' : 'zh';
};

export interface Text {
  readonly zh: string;
  readonly en: string;
}
