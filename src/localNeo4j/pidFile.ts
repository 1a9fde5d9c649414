// The pid file beside a local Neo4j's data: which launcher serves that folder, and whether it still lives.
import { promises as fsp, readFileSync } from 'node:fs';
import path from 'node:path';

import { BOLT_HOST } from './boltPort';
import { MAIN_CLASS } from './launcherBuild';

export interface PidFile {
  pid: number;
  port: number;
  uri: string;
  logFile: string;
  dataDir: string;
  startedAt: string;
}

const pidFilePath = (dataDir: string): string => path.join(path.resolve(dataDir), 'neo4j.pid');

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    // ESRCH: gone. EPERM: another user's process took the pid, so not a launcher this user could manage.
    return false;
  }
  try {
    // A zombie still answers kill(0) but is gone for every purpose that matters here.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state !== 'Z' && state !== 'X';
  } catch {
    return true; // no /proc (macOS): kill(0) is the best evidence available
  }
}

/** Whether `pid` is a live launcher serving `dataDir`; guards against the pid having been reused since the pid file was written. */
export function isOurLauncher(pid: number, dataDir: string): boolean {
  if (!isAlive(pid)) return false;
  let cmdline: string;
  try {
    cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return true;
  }
  const args = cmdline.split('\0');
  const home = args.indexOf('--home');
  return args.includes(MAIN_CLASS) && home >= 0 && path.resolve(args[home + 1] ?? '') === path.resolve(dataDir);
}

export async function readPidFile(dataDir: string): Promise<PidFile | undefined> {
  try {
    const parsed = JSON.parse(await fsp.readFile(pidFilePath(dataDir), 'utf8')) as Partial<PidFile>;
    if (typeof parsed.pid !== 'number' || typeof parsed.port !== 'number') return undefined;
    return {
      pid: parsed.pid,
      port: parsed.port,
      uri: parsed.uri ?? `bolt://${BOLT_HOST}:${parsed.port}`,
      logFile: parsed.logFile ?? path.join(path.resolve(dataDir), 'launcher.log'),
      dataDir: path.resolve(dataDir),
      startedAt: parsed.startedAt ?? '',
    };
  } catch {
    return undefined;
  }
}

export async function writePidFile(content: PidFile): Promise<void> {
  const file = pidFilePath(content.dataDir);
  const tmp = `${file}.${process.pid}.tmp`;
  await fsp.writeFile(tmp, `${JSON.stringify(content, null, 2)}\n`);
  await fsp.rename(tmp, file); // readers never see a half-written file
}

/** Removes the pid file only if it still names `pid`, so a newer launcher's file survives. */
export async function removePidFile(dataDir: string, pid: number): Promise<void> {
  const current = await readPidFile(dataDir);
  if (current && current.pid !== pid) return;
  await fsp.rm(pidFilePath(dataDir), { force: true });
}
