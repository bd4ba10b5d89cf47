// What one alliance write records besides its data: the audit entry (in the acting tenant's partition) and
// the feed event (in the alliance's), both naming the subject by its alliance-qualified id.
import { auditEntry, type WriteContext, writeMeta } from '../shared/write.ts';
import { type AllianceWriteMeta, type FeedSubject, feedEvent } from './feed.ts';

export const allianceMeta = (
  ctx: WriteContext,
  allianceId: string,
  action: string,
  subject: FeedSubject & { version?: number },
  changes: readonly string[] = [],
): AllianceWriteMeta => {
  const audit = auditEntry(
    ctx,
    action,
    {
      type: subject.type,
      id: `${allianceId}/${subject.id}`,
      ...(subject.version === undefined ? {} : { version: subject.version }),
    },
    changes,
  );
  const { version: _version, ...feedSubject } = subject;
  return { ...writeMeta(ctx, audit), event: feedEvent(ctx, action, feedSubject) };
};
