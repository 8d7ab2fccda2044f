/**
 * A build never goes on the network: the browser that prints is launched so that it looks
 * up no name (no DNS) and opens no connection to another machine, not even the update,
 * sign-in and component servers a plain Chromium calls. Proved by tracing every system call
 * that connects or sends, in Lectern and in every process of its browser, with strace.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin } from '../../helpers/spawned-build.js';

const STRACE = '/usr/bin/strace';
const LOOPBACK = new Set(['127.0.0.1', '::1']);

/** The far end a socket or call names: "1.2.3.4" from inet_addr("…"), "::1" from inet_pton(AF_INET6, "…"), or the "->" side of strace's -yy socket label. */
function farEnds(line: string): string[] {
  const named = [...line.matchAll(/inet_addr\("([^"]+)"\)|inet_pton\(AF_INET6, "([^"]+)"/g)].map((m) => m[1] ?? m[2]!);
  // Labels read "<UDP:[10.0.0.2:40000->10.0.0.1:53]>" or "<TCPv6:[[::1]:40000->[::1]:80]>".
  const labelled = [...line.matchAll(/<(?:TCP|UDP)v?6?:\[(.*?)\]>/g)]
    .map((m) => m[1]!.split('->')[1])
    .filter((far): far is string => far !== undefined)
    .map((far) => far.replace(/^\[?(.*?)\]?:\d+$/, '$1'));
  return [...named, ...labelled];
}

describe('a build and the network', () => {
  it('looks up no name and connects to nothing but this machine', () => {
    // Not skipped when strace is missing: CI installs it (.ci/run), and a test that proves
    // nothing must not pass.
    expect(existsSync(STRACE), `${STRACE} is needed for this test: apt-get install strace`).toBe(true);
    const root = mkdtempSync(path.join(os.tmpdir(), 'lectern-net-'));
    const trace = path.join(root, 'trace');
    const run = spawnSync(
      STRACE,
      ['-f', '-yy', '-s', '64', '-e', 'trace=execve,connect,sendto,sendmsg,sendmmsg', '-o', trace, process.execPath, bin, 'build', path.resolve('tests/fixtures/all-layouts/water-cycle.yaml'), '--out', path.join(root, 'out')],
      { encoding: 'utf8', env: { ...process.env, TMPDIR: root } },
    );
    expect(run.status, `the build under strace failed (can strace attach here?):\n${run.stderr}`).toBe(0);
    const lines = readFileSync(trace, 'utf8').split('\n');
    // The trace followed the build into its browser: otherwise it proves nothing.
    expect(lines.some((l) => /execve\("[^"]*chrom/.test(l)), 'strace did not follow the build into the browser').toBe(true);

    const inet = lines.filter((l) => /AF_INET|<(TCP|UDP)/.test(l));
    // No name looked up: nothing sent to or connected to a DNS port.
    expect(inet.filter((l) => /htons\(53\)|:53\]>/.test(l))).toEqual([]);
    // No connection opened to another machine (TCP), none to this one either but on loopback.
    const tcp = inet.filter((l) => /connect\(\d+<TCP/.test(l) || (/connect\(/.test(l) && /SOCK_STREAM/.test(l)));
    expect(tcp.filter((l) => farEnds(l).some((a) => !LOOPBACK.has(a)))).toEqual([]);
    // Nothing sent to another machine, on any socket. (Chromium connects a UDP socket
    // towards a public IPv6 address to learn whether IPv6 is routed: a connect() on a
    // datagram socket sends nothing, and nothing is ever sent on it; this checks that.)
    const sends = inet.filter((l) => /^\d+\s+send(to|msg|mmsg)\(/.test(l));
    expect(sends.filter((l) => farEnds(l).some((a) => !LOOPBACK.has(a)))).toEqual([]);
    const udpConnects = inet.filter((l) => /connect\(\d+<UDP/.test(l) && farEnds(l).some((a) => !LOOPBACK.has(a)));
    expect(udpConnects.filter((l) => !/htons\(443\)/.test(l))).toEqual([]);
    rmSync(root, { recursive: true, force: true });
  });
});
