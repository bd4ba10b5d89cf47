// Feed events: every change in an alliance's workspace appends one, in the same transaction as the change.
import { newId } from '../shared/ids.ts';
import { auditEntry, type WriteContext, type WriteMeta, writeMeta } from '../shared/write.ts';
import type { FeedEvent } from './schema.ts';

export interface FeedSubject {
  readonly type: string;
  readonly id: string;
  /** A short human label (the item's title, the tenant's name), so a feed reader needs no second lookup. */
  readonly title?: string;
}

export const feedEvent = (ctx: WriteContext, action: string, subject: FeedSubject): FeedEvent => ({
  id: newId(ctx.now.getTime()),
  at: ctx.now.toISOString(),
  tenantId: ctx.principal.tenantId,
  actor: { sub: ctx.principal.sub, kind: ctx.principal.kind },
  action,
  subject: subject.title === undefined ? { type: subject.type, id: subject.id } : { ...subject },
});

/** What an alliance write adds to its transaction: the audit entry (caller's tenant) and the feed event. */
export interface AllianceWriteMeta extends WriteMeta {
  readonly event: FeedEvent;
  /** Further events of the same change (a secretariat handed on while its holder is offboarded). */
  readonly alsoEvents?: readonly FeedEvent[];
}

/**
 * The audit entry (naming the subject `<allianceId>/<id>`) and the feed event of one alliance write. The feed
 * gets only the subject's type, id and title: never contact details or other content.
 */
export const allianceWriteMeta = (
  ctx: WriteContext,
  allianceId: string,
  action: string,
  subject: FeedSubject & { readonly version?: number },
  changes: readonly string[] = [],
): AllianceWriteMeta => {
  const { version, ...feedSubject } = subject;
  const audit = auditEntry(
    ctx,
    action,
    { type: subject.type, id: `${allianceId}/${subject.id}`, ...(version === undefined ? {} : { version }) },
    changes,
  );
  return { ...writeMeta(ctx, audit), event: feedEvent(ctx, action, feedSubject) };
};
