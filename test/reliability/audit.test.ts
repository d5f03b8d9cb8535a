// scripts/audit.sh decides from npm audit's JSON report, not from its exit code (1 both for
// "vulnerabilities found" and for "registry unreachable"). The tests put a fake `npm` first on
// the PATH that prints a canned report, so they need no network.
import { spawnSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it, expect } from 'vitest';
import { scratchDir } from './support.js';

const SCRIPT = resolve(__dirname, '../../scripts/audit.sh');
const bin = scratchDir('audit');

function report(counts: Record<string, number>, vulnerable: Record<string, string> = {}): string {
  return JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities: Object.fromEntries(
      Object.entries(vulnerable).map(([name, severity]) => [name, { name, severity, range: '<9.9.9', fixAvailable: true }]),
    ),
    metadata: {
      vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, ...counts },
      dependencies: { prod: 42 },
    },
  });
}

/** Runs audit.sh with a fake npm that prints `output` and exits with `status`. */
function audit(output: string, status: number, env: Record<string, string> = {}): { code: number | null; out: string } {
  const npm = join(bin, 'npm');
  writeFileSync(join(bin, 'report.json'), output);
  writeFileSync(npm, `#!/bin/sh\ncat "${join(bin, 'report.json')}"\nexit ${status}\n`);
  chmodSync(npm, 0o755);
  const { SECURITIZATION_AUDIT_OFFLINE_OK: _, ...inherited } = process.env;
  const result = spawnSync('bash', [SCRIPT], { env: { ...inherited, PATH: `${bin}:${process.env.PATH}`, ...env }, encoding: 'utf8' });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

const OFFLINE = JSON.stringify({ message: 'request to https://registry.npmjs.org/-/npm/v1/security/advisories/bulk failed, reason: getaddrinfo ENOTFOUND registry.npmjs.org', error: { code: 'ENOTFOUND' } });

describe('scripts/audit.sh', () => {
  it('exits 0 on a clean report and prints the counts', () => {
    const { code, out } = audit(report({ low: 2 }), 0);
    expect(code).toBe(0);
    expect(out).toContain('npm audit --omit=dev: info 0, low 2, moderate 0, high 0, critical 0 (42 production dependencies)');
  });

  it.each(['high', 'critical'])('exits 1 on a %s advisory and names the package', (severity) => {
    const { code, out } = audit(report({ [severity]: 1 }, { 'made-up-package': severity }), 1);
    expect(code).toBe(1);
    expect(out).toContain(`${severity.toUpperCase()}: made-up-package <9.9.9`);
    expect(out).toContain('AUDIT FAILED');
  });

  it('exits 0 on moderate advisories only (the level is high)', () => {
    expect(audit(report({ moderate: 3 }, { 'made-up-package': 'moderate' }), 1).code).toBe(0);
  });

  it('offline: prints AUDIT NOT RUN with the reason and exits 2', () => {
    const { code, out } = audit(OFFLINE, 1);
    expect(code).toBe(2);
    expect(out).toContain('AUDIT NOT RUN: request to https://registry.npmjs.org/-/npm/v1/security/advisories/bulk failed');
  });

  it('offline with SECURITIZATION_AUDIT_OFFLINE_OK=1: still says AUDIT NOT RUN, exits 0', () => {
    const { code, out } = audit(OFFLINE, 1, { SECURITIZATION_AUDIT_OFFLINE_OK: '1' });
    expect(code).toBe(0);
    expect(out).toContain('AUDIT NOT RUN');
  });

  it('no output or no JSON from npm: AUDIT NOT RUN, exit 2', () => {
    expect(audit('', 1)).toMatchObject({ code: 2, out: expect.stringContaining('AUDIT NOT RUN: npm audit printed nothing') });
    expect(audit('npm ERR! something', 1)).toMatchObject({ code: 2, out: expect.stringContaining('AUDIT NOT RUN: npm audit did not print a JSON report') });
  });
});
