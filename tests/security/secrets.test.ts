import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { judge } from '../../scripts/audit.js';

const ROOT = new URL('../../', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, ROOT), 'utf8');
const lines = (name: string) => read(name).split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));

describe('secrets stay out of the repository and the image', () => {
  it.each(['.gitignore', '.dockerignore'])('%s ignores .env and does not un-ignore it', (file) => {
    const rules = lines(file);
    expect(rules.some((r) => ['.env', '/.env', '.env*', '/.env*'].includes(r))).toBe(true);
    expect(rules).not.toContain('!.env');
  });

  it('.env.example holds no secret: the token and every key-like setting are blank', () => {
    const settings = lines('.env.example').map((l) => l.split('=')) as [string, string?][];
    expect(settings.length).toBeGreaterThan(3);
    for (const [key, value = ''] of settings) {
      if (/TOKEN|SECRET|PASSWORD|KEY/i.test(key)) expect(value.trim(), key).toBe('');
    }
    // Nothing shaped like a Discord bot token anywhere in the file.
    expect(read('.env.example')).not.toMatch(/[\w-]{23,}\.[\w-]{6}\.[\w-]{27,}/);
  });
});

/** Shapes of `npm audit --json` output, cut down to what the CI gate reads. */
const report = (counts: Record<string, number>, vulnerabilities: Record<string, { severity: string }> = {}) =>
  JSON.stringify({ auditReportVersion: 2, vulnerabilities, metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, ...counts } } });

describe('CI audit gate (scripts/audit.ts)', () => {
  it('passes a clean report and one with only low or moderate advisories', () => {
    expect(judge(report({ total: 0 }))).toMatchObject({ ok: true, message: expect.stringMatching(/no high or critical/) });
    expect(judge(report({ moderate: 2, total: 2 }, { fuse: { severity: 'moderate' } }))).toMatchObject({ ok: true, message: expect.stringMatching(/2 moderate/) });
  });

  it('fails on high or critical advisories and names the packages', () => {
    const v = judge(report({ high: 1, critical: 1, total: 2 }, { undici: { severity: 'high' }, ws: { severity: 'critical' }, fuse: { severity: 'low' } }));
    expect(v.ok).toBe(false);
    expect(v.message).toMatch(/undici \(high\), ws \(critical\)/);
    expect(v.message).not.toMatch(/fuse/);
  });

  it.each([
    ['a 405 from the advisory endpoint', JSON.stringify({ message: '405 Method Not Allowed - POST /-/npm/v1/security/advisories/bulk', statusCode: 405, error: { summary: '', detail: '' } })],
    ['no network', JSON.stringify({ error: { code: 'ENOTFOUND', summary: 'request failed, reason: getaddrinfo ENOTFOUND', detail: '' } })],
    ['no JSON at all', ''],
  ])('warns and passes on %s, fails when AUDIT_STRICT is set', (_name, output) => {
    expect(judge(output)).toMatchObject({ ok: true, message: expect.stringMatching(/^warning: npm audit could not check advisories/) });
    expect(judge(output, true).ok).toBe(false);
  });

  it('exits 1 on a failing report given with --report', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'byline-audit-')), 'report.json');
    writeFileSync(file, report({ critical: 1, total: 1 }, { minimist: { severity: 'critical' } }));
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/audit.ts', '--report', file], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/minimist \(critical\)/);
  });
});
