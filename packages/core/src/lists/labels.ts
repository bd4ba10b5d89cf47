// Chinese and English names of list statuses and categories, for problem details and documentation.
import type { ItemCategory } from './schema.ts';
import type { ClaimStatus, ItemStatus } from './status.ts';

export interface Label {
  readonly zh: string;
  readonly en: string;
}

/** Item and claim statuses (`withdrawn` means the same on both). */
export const LIST_STATUS_LABELS: Readonly<Record<ItemStatus | ClaimStatus, Label>> = {
  open: { zh: '开放', en: 'open' },
  fulfilled: { zh: '已满足', en: 'fulfilled' },
  closed: { zh: '已关闭', en: 'closed' },
  withdrawn: { zh: '已撤回', en: 'withdrawn' },
  expired: { zh: '已过期', en: 'expired' },
  pending: { zh: '待答复', en: 'pending' },
  accepted: { zh: '已接受', en: 'accepted' },
  declined: { zh: '已谢绝', en: 'declined' },
  dropped: { zh: '已失效', en: 'dropped' },
};

export const ITEM_CATEGORY_LABELS: Readonly<Record<ItemCategory, Label>> = {
  policy: { zh: '政策', en: 'policy' },
  talent: { zh: '人才', en: 'talent' },
  finance: { zh: '资金', en: 'finance' },
  venue: { zh: '场地', en: 'venue' },
  technology: { zh: '技术', en: 'technology' },
  market: { zh: '市场', en: 'market' },
  training: { zh: '培训', en: 'training' },
  volunteer: { zh: '志愿服务', en: 'volunteering' },
  other: { zh: '其他', en: 'other' },
};

/** A status in the caller's language; an unknown one as it is. */
export const statusLabel = (status: string | number | undefined): Label => {
  const label = LIST_STATUS_LABELS[String(status) as ItemStatus];
  return label ?? { zh: String(status), en: String(status) };
};
