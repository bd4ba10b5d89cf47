// Calendar arithmetic in Asia/Shanghai. China has kept UTC+08:00 without daylight saving since 1991, so a
// fixed offset is exact for every date the product stores (schedules start in 2000 or later).

const OFFSET_MS = 8 * 60 * 60 * 1000;

/** The Asia/Shanghai calendar date (`YYYY-MM-DD`) of an instant. */
export const shanghaiDate = (instant: Date | number): string =>
  new Date(new Date(instant).getTime() + OFFSET_MS).toISOString().slice(0, 10);

/** The instant (ms since epoch) of 00:00 Asia/Shanghai on `date`. */
export const shanghaiMidnight = (date: string): number => Date.parse(`${date}T00:00:00Z`) - OFFSET_MS;

const daysInMonth = (year: number, monthIndex: number): number =>
  new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();

/**
 * `date` plus `months` calendar months; a day the target month lacks becomes its last day
 * (2024-01-31 + 1 month = 2024-02-29). Always counted from `date`, so clamping never accumulates.
 */
export const addMonths = (date: string, months: number): string => {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const total = month - 1 + months;
  const targetYear = year + Math.floor(total / 12);
  const targetMonth = ((total % 12) + 12) % 12;
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  return new Date(Date.UTC(targetYear, targetMonth, targetDay)).toISOString().slice(0, 10);
};

/** An instant as ISO 8601 with the Shanghai offset, e.g. `2026-12-10T09:00:00+08:00` (milliseconds if any). */
export const shanghaiIso = (instant: number): string => {
  const local = new Date(instant + OFFSET_MS).toISOString();
  return `${instant % 1000 === 0 ? local.slice(0, 19) : local.slice(0, 23)}+08:00`;
};
