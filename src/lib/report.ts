/**
 * "Báo lỗi" (report an error): a mailto: link to the site's contact address (SITE_CONTACT_EMAIL, read
 * by site-config.ts), whose subject names the page and, for a single figure, its id, and whose body
 * holds the citation, so the reader only adds what is wrong.
 */

export interface ReportInput {
  /** Contact address; without one there is no link (see reportLink). */
  email: string;
  /** Page title, e.g. the dataset's title. */
  page: string;
  /** Absolute address of the page, or of the figure (…/#observation). */
  url: string;
  /** Figure id ("dataset#observation"), when reporting one figure. */
  figure?: string | undefined;
  /** Citation of the page or figure, as the page shows it. */
  citation?: string | undefined;
}

/** "Báo lỗi: <page> [<figure>]" — the subject line an editor sorts the mailbox by. */
export function reportSubject({ page, figure }: Pick<ReportInput, 'page' | 'figure'>): string {
  return `Báo lỗi: ${page}${figure ? ` [${figure}]` : ''}`;
}

export function reportBody({ url, figure, citation }: Pick<ReportInput, 'url' | 'figure' | 'citation'>): string {
  return [
    `Địa chỉ: ${url}`,
    ...(figure ? [`Số liệu: ${figure}`] : []),
    ...(citation ? [`Trích dẫn: ${citation}`] : []),
    '',
    'Chỗ sai (ghi rõ điều trang viết và điều đúng, kèm nguồn nếu có):',
    '',
  ].join('\n');
}

/** The mailto: address, every part percent-encoded (RFC 6068), so a title with “&” or “?” stays whole. */
export function reportLink(input: ReportInput): string {
  const query = `subject=${encodeURIComponent(reportSubject(input))}&body=${encodeURIComponent(reportBody(input))}`;
  return `mailto:${encodeURIComponent(input.email).replace('%40', '@')}?${query}`;
}
