/**
 * Writes the nginx configuration for self-hosting from `public/_headers` (through scripts/deploy/headers.ts),
 * so nginx sends exactly what Netlify, Cloudflare Pages and `npm start` send. The result is
 * scripts/deploy/nginx.conf (`npm run deploy-config`); src/tests/hosts.test.ts fails when it is stale and runs
 * the same requests against a real nginx and against `npm start`.
 *
 * nginx applies `add_header` from one place only (a location's own add_header hides the server's), so every
 * header is set once, at server level, from a `map` over `$uri`: one entry per set of rules that can match
 * together (most rules first; regular expressions are tried in order), the values joined as the hosts join them.
 */
import { CONTENT_TYPES, patternSource, type HeaderRule } from './headers.ts';

export const NGINX_ROOT = '/var/www/dan-van-kheo';
export const NGINX_LISTEN = '80';

/** Literal text before the first and after the last `*` or `:name`: two patterns whose ends cannot agree never match together. */
function ends(pattern: string): [string, string] | undefined {
  const parts = pattern.split(/\*|:[A-Za-z]\w*/);
  return parts.length === 1 ? undefined : [parts[0]!, parts.at(-1)!];
}
function mayOverlap(a: string, b: string): boolean {
  const ea = ends(a);
  const eb = ends(b);
  if (!ea) return new RegExp(patternSource(b)).test(a);
  if (!eb) return new RegExp(patternSource(a)).test(b);
  const prefixes = ea[0].startsWith(eb[0]) || eb[0].startsWith(ea[0]);
  const suffixes = ea[1].endsWith(eb[1]) || eb[1].endsWith(ea[1]);
  return prefixes && suffixes;
}

/** Every non-empty set of rules (indices, in file order) whose patterns may match one path together. */
function compatibleSets(rules: HeaderRule[]): number[][] {
  const out: number[][] = [];
  const grow = (set: number[], from: number) => {
    for (let i = from; i < rules.length; i++) {
      if (!set.every((j) => mayOverlap(rules[j]!.pattern, rules[i]!.pattern))) continue;
      const next = [...set, i];
      out.push(next);
      grow(next, i + 1);
    }
  };
  grow([], 0);
  return out;
}

function quoted(text: string, regex = false): string {
  if ((regex ? /["\n]/ : /["$\\\n]/).test(text))
    throw new Error(`nginx.conf: giá trị có ký tự không dùng được trong nginx (", $, \\): ${text}`);
  return `"${text}"`;
}

export function nginxConfig(rules: HeaderRule[]): string {
  const names: string[] = [];
  for (const rule of rules)
    for (const [name] of rule.headers) if (!names.some((n) => n.toLowerCase() === name.toLowerCase())) names.push(name);

  const maps: string[] = [];
  const adds: string[] = [];
  names.forEach((name, index) => {
    const variable = `$dvk_header_${index}`;
    const declaring = rules
      .map((rule, i) => ({ rule, i }))
      .filter(({ rule }) => rule.headers.some(([n]) => n.toLowerCase() === name.toLowerCase()));
    const sets = compatibleSets(declaring.map(({ rule }) => rule)).sort((a, b) => b.length - a.length);
    const entries = sets.map((set) => {
      const regex = set.map((k) => `(?=${patternSource(declaring[k]!.rule.pattern)})`).join('');
      const value = set
        .flatMap((k) => declaring[k]!.rule.headers.filter(([n]) => n.toLowerCase() === name.toLowerCase()).map(([, v]) => v))
        .join(', ');
      return `  ${quoted(`~${regex}`, true)} ${quoted(value)};`;
    });
    // A request nginx cannot read (400) has no $uri: it gets the headers of the site's root.
    const fallback = declaring
      .filter(({ rule }) => new RegExp(patternSource(rule.pattern)).test('/'))
      .flatMap(({ rule }) => rule.headers.filter(([n]) => n.toLowerCase() === name.toLowerCase()).map(([, v]) => v))
      .join(', ');
    maps.push(`map $uri ${variable} {\n  default ${quoted(fallback)};\n${entries.join('\n')}\n}`);
    adds.push(`  add_header ${name} ${variable} always;`);
  });

  const types = Object.entries(CONTENT_TYPES).map(([ext, type]) => `    ${type.split(';')[0]} ${ext};`);
  // nginx marks text/html with the charset on its own (naming it again is a warning).
  const charsetTypes = [
    ...new Set(
      Object.values(CONTENT_TYPES)
        .filter((t) => t.includes('charset='))
        .map((t) => t.split(';')[0])
        .filter((t) => t !== 'text/html'),
    ),
  ];

  return `# Generated from public/_headers by scripts/deploy/nginx.ts (npm run deploy-config): do not edit by hand.
# Self-hosting with nginx: put this file in nginx's http context (for example
# /etc/nginx/conf.d/dan-van-kheo.conf), copy the built dist/ to ${NGINX_ROOT}, and add TLS
# (listen 443 ssl; ssl_certificate …) the way your server does it. Check with \`nginx -t\`, then reload.

${maps.join('\n\n')}

# Anything but GET and HEAD gets 405, naming the methods allowed.
map $request_method $dvk_allow {
  default "GET, HEAD";
  GET "";
  HEAD "";
}

server {
  listen ${NGINX_LISTEN};
  server_name _;
  root ${NGINX_ROOT};
  index index.html;
  server_tokens off;
  # Redirects (a folder without its final slash) stay on the address the reader used.
  absolute_redirect off;
  error_page 404 /404.html;
  # nginx's 416 answer keeps the headers already added to the file's answer: this location adds none again
  # (an add_header of its own stops the server's from being inherited; an empty value is never sent).
  error_page 416 @unsatisfiable;
  location @unsatisfiable {
    add_header X-Robots-Tag "" always;
    return 416;
  }

  types {
${types.join('\n')}
  }
  default_type application/octet-stream;
  charset utf-8;
  charset_types ${charsetTypes.join(' ')};

  if ($request_method !~ ^(GET|HEAD)$) {
    return 405;
  }

  # Every header on every response (errors and redirects included: \`always\`), from public/_headers.
  add_header Allow $dvk_allow always;
${adds.join('\n')}

  location / {
    try_files $uri $uri/ =404;
  }

  # The headers file and dotfiles are configuration, not pages.
  location = /_headers {
    return 404;
  }
  location ~ /\\. {
    return 404;
  }
}
`;
}
