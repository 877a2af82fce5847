/**
 * CI's dependency audit: `npm audit --omit=dev` that fails on high or critical advisories.
 * When the registry's audit endpoint cannot be reached (offline, a mirror that answers
 * 405 to the bulk advisory POST), it warns and passes: an outage elsewhere must not block
 * every change, and the next run with a reachable endpoint still catches the advisory.
 * Set AUDIT_STRICT=1 to fail in that case too.
 *
 *   npx tsx scripts/audit.ts                  run npm audit and judge its report
 *   npx tsx scripts/audit.ts --report FILE    judge a saved `npm audit --json` report instead
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export interface Verdict {
  ok: boolean;
  message: string;
}

interface Report {
  vulnerabilities?: Record<string, { severity?: string }>;
  metadata?: { vulnerabilities?: Record<string, number> };
  message?: string;
  error?: { summary?: string; code?: string } | string;
}

const FAILING = ['high', 'critical'];

/** Reads `npm audit --json` output: fail on high/critical, warn and pass when there is no report. */
export function judge(output: string, strict = false): Verdict {
  let report: Report | undefined;
  try {
    report = JSON.parse(output) as Report;
  } catch {
    report = undefined;
  }
  const counts = report?.metadata?.vulnerabilities;
  if (!counts) {
    const reason = describeError(report) ?? 'no audit report (npm printed no JSON)';
    return { ok: !strict, message: `${strict ? 'error' : 'warning'}: npm audit could not check advisories: ${reason}.` };
  }
  const bad = FAILING.reduce((n, s) => n + (counts[s] ?? 0), 0);
  const summary = Object.entries(counts).filter(([k, n]) => k !== 'total' && n > 0).map(([k, n]) => `${n} ${k}`).join(', ') || 'none';
  if (!bad) return { ok: true, message: `npm audit: no high or critical advisories in production dependencies (${summary}).` };
  const names = Object.entries(report?.vulnerabilities ?? {}).filter(([, v]) => FAILING.includes(v.severity ?? '')).map(([name, v]) => `${name} (${v.severity})`);
  return { ok: false, message: `npm audit: ${summary} advisories in production dependencies: ${names.join(', ')}. Run \`npm audit\` for details.` };
}

function describeError(report: Report | undefined): string | undefined {
  if (!report) return undefined;
  if (typeof report.error === 'string') return report.error;
  return report.message || report.error?.summary || report.error?.code || undefined;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const at = process.argv.indexOf('--report');
  const output = at > 0
    ? readFileSync(process.argv[at + 1] ?? '', 'utf8')
    : spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 120_000 }).stdout ?? '';
  const verdict = judge(output, process.env.AUDIT_STRICT === '1');
  (verdict.ok ? console.log : console.error)(verdict.message);
  process.exitCode = verdict.ok ? 0 : 1;
}
