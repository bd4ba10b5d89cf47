// Request ids: the caller's own when it is sane, else a fresh one. Echoed as x-request-id.
import { randomUUID } from 'node:crypto';

const SANE_ID = /^[A-Za-z0-9._:-]{8,128}$/;

export const newRequestId = (incoming?: string): string =>
  incoming !== undefined && SANE_ID.test(incoming) ? incoming : randomUUID();
