/**
 * `npm run audit`: fails when a package the site ships (dependencies, not devDependencies) has a
 * known high or critical advisory. Runs `npm audit --omit=dev --json` and judges its report.
 *
 * Some registries (a read-only mirror, a proxy) refuse npm's advisory request. Then nothing can be
 * judged: the script says so loudly and exits 0, unless AUDIT_REQUIRED=1 makes that a failure too.
 */
import { spawnSync } from 'node:child_process';

const BLOCKING = ['high', 'critical'];

interface AuditReport {
  vulnerabilities?: Record<string, { name: string; severity: string; range?: string; via?: unknown[] }>;
  metadata?: { vulnerabilities?: Record<string, number> };
  message?: string;
  error?: { summary?: string; detail?: string };
}

export interface Verdict {
  status: 'ok' | 'vulnerable' | 'unavailable';
  lines: string[];
}

/** Judges the JSON `npm audit --json` printed. */
export function judgeAudit(output: string): Verdict {
  let report: AuditReport;
  try {
    report = JSON.parse(output) as AuditReport;
  } catch {
    return { status: 'unavailable', lines: [`npm audit printed no report: ${output.slice(0, 200)}`] };
  }
  if (!report.metadata?.vulnerabilities) {
    const reason = report.message ?? report.error?.summary ?? 'no advisory data';
    return { status: 'unavailable', lines: [`the registry gave no advisories: ${reason}`] };
  }
  const blocking = Object.values(report.vulnerabilities ?? {}).filter((v) => BLOCKING.includes(v.severity));
  const counts = Object.entries(report.metadata.vulnerabilities)
    .filter(([severity]) => severity !== 'total')
    .map(([severity, n]) => `${n} ${severity}`)
    .join(', ');
  if (blocking.length === 0) return { status: 'ok', lines: [`no high or critical advisory (${counts})`] };
  return { status: 'vulnerable', lines: blocking.map((v) => `${v.severity}: ${v.name} ${v.range ?? ''}`.trim()) };
}

if (import.meta.main) {
  const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['npm'];
  const run = spawnSync(npm[0]!, [...npm.slice(1), 'audit', '--omit=dev', '--json'], { encoding: 'utf8' });
  const verdict = judgeAudit(run.stdout);
  for (const line of verdict.lines) console.log(`npm audit: ${line}`);
  if (verdict.status === 'vulnerable') process.exit(1);
  if (verdict.status === 'unavailable') {
    console.log('npm audit: NOT CHECKED. Run it where the registry answers advisory requests.');
    if (process.env.AUDIT_REQUIRED === '1') process.exit(1);
  }
}
