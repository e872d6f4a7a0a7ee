/**
 * Dates in content are ISO strings that may be partial: "2024", "2024-07" or "2024-07-01".
 * A source often gives only a year; we never invent the missing day.
 */

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

/** Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; returns null when the text is malformed or the day does not exist. */
export function parsePartialDate(text: string): PartialDate | null {
  const match = PARTIAL_DATE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (day !== undefined && month !== undefined) {
    const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day < 1 || day > daysInMonth) return null;
  }
  return { year, ...(month === undefined ? {} : { month }), ...(day === undefined ? {} : { day }) };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Vietnamese display: 23/12/2022, 07/2024, 2024. */
export function formatDate(text: string): string {
  const date = parsePartialDate(text);
  if (!date) return text;
  if (date.day !== undefined && date.month !== undefined) {
    return `${pad(date.day)}/${pad(date.month)}/${date.year}`;
  }
  if (date.month !== undefined) return `${pad(date.month)}/${date.year}`;
  return String(date.year);
}

/** Spoken form for citations and screen readers: "ngày 23 tháng 12 năm 2022". */
export function formatDateLong(text: string): string {
  const date = parsePartialDate(text);
  if (!date) return text;
  const parts: string[] = [];
  if (date.day !== undefined) parts.push(`ngày ${date.day}`);
  if (date.month !== undefined) parts.push(`tháng ${date.month}`);
  parts.push(`năm ${date.year}`);
  return parts.join(' ');
}

/** Sort key: a partial date sorts as its earliest day. */
export function dateSortKey(text: string): string {
  const date = parsePartialDate(text);
  if (!date) return text;
  return `${date.year}-${pad(date.month ?? 1)}-${pad(date.day ?? 1)}`;
}

/**
 * When a source speaks, for a status or a period shown beside it: "bài ngày 23/12/2022", "bài năm 2024",
 * or, for an undated source, "bài không ghi ngày, nói về 2010–2020".
 */
export function sourceDateNote(source: { date?: string | undefined; covers: { from: string; to?: string | undefined } }): string {
  if (source.date) return source.date.length > 4 ? `bài ngày ${formatDate(source.date)}` : `bài năm ${source.date}`;
  return `bài không ghi ngày, nói về ${formatPeriod(source.covers)}`;
}

/** Period label: "2022", "2010–2020", or "đến 2024" for a running total whose start the source does not give. */
export function formatPeriod(period: { from: string; to?: string | undefined; cumulative?: boolean | undefined }): string {
  if (period.cumulative) return `đến ${formatDate(period.to ?? period.from)}`;
  const from = formatDate(period.from);
  if (!period.to || period.to === period.from) return from;
  return `${from}–${formatDate(period.to)}`;
}

/** The last day a publication or data date may name: the build day plus one (time zones, a late-night build). */
export function latestDate(today: Date = new Date()): string {
  return new Date(today.getTime() + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

/** True when a date ("2099", "2026-12", "2026-12-01") begins after `latest` ("YYYY-MM-DD"). */
export function isLaterThan(text: string, latest: string): boolean {
  return parsePartialDate(text) !== null && dateSortKey(text) > latest;
}
