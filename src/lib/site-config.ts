/**
 * The site's deploy settings, read once from the environment at build time. One module, so every page,
 * feed, download and share image takes the public address and the contact address from the same place.
 *
 * - SITE_URL: the public address the site is deployed at (https://…). Without it a local build uses
 *   http://localhost:4321; a production build (CI=true or NODE_ENV=production) must refuse to run.
 * - SITE_CONTACT_EMAIL: where "Báo lỗi" (report an error) and submissions go. Unset: local preview works,
 *   a production build must refuse to run.
 */
export const LOCAL_SITE_URL = 'http://localhost:4321';

export interface SiteConfig {
  /** Public origin without a trailing slash, e.g. https://danvankheo.example.vn */
  url: string;
  /** Contact address for error reports and submissions, or undefined in a local preview. */
  contactEmail: string | undefined;
  /** True when this build is meant for publishing (CI=true or NODE_ENV=production). */
  production: boolean;
  /** Vietnamese messages naming each missing or invalid variable; empty when the config is usable. */
  problems: string[];
}

type Env = Record<string, string | undefined>;

const EMAIL = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:]+$/;

export function readSiteConfig(env: Env = process.env): SiteConfig {
  const production = env.CI === 'true' || env.NODE_ENV === 'production';
  const problems: string[] = [];
  let url = LOCAL_SITE_URL;
  const rawUrl = env.SITE_URL?.trim();
  if (rawUrl) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(rawUrl);
    } catch {
      problems.push(`SITE_URL="${rawUrl}" không phải là một địa chỉ web hợp lệ (cần dạng https://ten-mien.vn).`);
    }
    if (parsed && !/^https?:$/.test(parsed.protocol)) problems.push(`SITE_URL="${rawUrl}" phải bắt đầu bằng https:// (hoặc http://).`);
    if (parsed && production && /^(localhost|127\.|\[::1\])/.test(parsed.hostname))
      problems.push(`SITE_URL="${rawUrl}" trỏ về máy này; bản phát hành cần địa chỉ công khai của trang.`);
    if (parsed) url = parsed.origin + parsed.pathname.replace(/\/+$/, '');
  } else if (production) {
    problems.push(
      'Thiếu biến môi trường SITE_URL: bản phát hành cần địa chỉ công khai của trang, ví dụ SITE_URL=https://danvankheo.example.vn npm run build.',
    );
  }
  const rawEmail = env.SITE_CONTACT_EMAIL?.trim();
  let contactEmail: string | undefined;
  if (rawEmail) {
    if (EMAIL.test(rawEmail)) contactEmail = rawEmail;
    else problems.push(`SITE_CONTACT_EMAIL="${rawEmail}" không phải là một địa chỉ thư điện tử hợp lệ.`);
  } else if (production) {
    problems.push(
      'Thiếu biến môi trường SITE_CONTACT_EMAIL: bản phát hành cần địa chỉ nhận báo lỗi, ví dụ SITE_CONTACT_EMAIL=bandanvan@example.vn.',
    );
  }
  return { url, contactEmail, production, problems };
}
