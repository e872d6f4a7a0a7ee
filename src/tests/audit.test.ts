/** The judge behind `npm run audit`, on reports shaped like npm 11's `npm audit --json`. */
import { describe, expect, it } from 'vitest';
import { judgeAudit } from '../../scripts/audit.ts';

const report = (vulnerabilities: Record<string, { severity: string; range: string }>) =>
  JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities: Object.fromEntries(Object.entries(vulnerabilities).map(([name, v]) => [name, { name, via: [], ...v }])),
    metadata: {
      vulnerabilities: {
        info: 0,
        low: 0,
        moderate: Object.values(vulnerabilities).filter((v) => v.severity === 'moderate').length,
        high: Object.values(vulnerabilities).filter((v) => v.severity === 'high').length,
        critical: Object.values(vulnerabilities).filter((v) => v.severity === 'critical').length,
        total: Object.keys(vulnerabilities).length,
      },
    },
  });

describe('judgeAudit', () => {
  it('passes a clean report and one with only moderate advisories', () => {
    expect(judgeAudit(report({})).status).toBe('ok');
    expect(judgeAudit(report({ 'some-lib': { severity: 'moderate', range: '<1.2.3' } }))).toEqual({
      status: 'ok',
      lines: ['no high or critical advisory (0 info, 0 low, 1 moderate, 0 high, 0 critical)'],
    });
  });

  it('fails on high and critical advisories, naming each package', () => {
    const verdict = judgeAudit(
      report({ a: { severity: 'high', range: '<2.0.0' }, b: { severity: 'critical', range: '*' }, c: { severity: 'low', range: '<1' } }),
    );
    expect(verdict).toEqual({ status: 'vulnerable', lines: ['high: a <2.0.0', 'critical: b *'] });
  });

  it('says so when the registry answers no advisories, instead of passing silently', () => {
    const refused = JSON.stringify({
      message: '405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk',
      statusCode: 405,
    });
    expect(judgeAudit(refused)).toEqual({ status: 'unavailable', lines: [expect.stringContaining('405 Method Not Allowed')] });
    expect(judgeAudit('').status).toBe('unavailable');
  });
});
