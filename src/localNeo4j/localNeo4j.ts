// Builds, starts, finds and stops the project's own local Neo4j (the Java launcher in neo4j-launcher/).
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, promises as fsp, fstatSync, openSync, writeSync } from 'node:fs';
import type net from 'node:net';
import path from 'node:path';

import { BOLT_HOST, canConnect, portIsFree, sleep, waitUntil } from './boltPort';
import { ensureLauncherBuilt, javaCommand, lastLines, launcherDir, MAIN_CLASS } from './launcherBuild';
import { isAlive, isOurLauncher, readPidFile, removePidFile, writePidFile, type PidFile } from './pidFile';

export { ensureLauncherBuilt };

export interface LocalNeo4jOptions {
  dataDir: string;
  port: number;
  /** JVM heap, both -Xms and -Xmx; default '1g'. */
  heap?: string;
  /** Neo4j page cache; default '512m'. */
  pageCache?: string;
  /** Server-side transaction timeout such as '30s'; Neo4j's default (none) when omitted. */
  txTimeout?: string;
  /** true: Neo4j exits when this process exits, however it dies. false: detached, outlives this process. */
  watchParent: boolean;
  /** Launcher stdout/stderr; default `<dataDir>/launcher.log`. */
  logFile?: string;
}

export interface LocalNeo4jHandle {
  uri: string;
  pid: number;
  logFile: string;
  /** Stops Neo4j if this handle started it; a handle to an instance that was already running stops nothing. */
  stop(): Promise<void>;
}

export interface LocalNeo4jStatus {
  running: boolean;
  pid?: number;
  port?: number;
  uri?: string;
  logFile?: string;
}

const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;

// Neo4j's own recommended JVM flags, minus AlwaysPreTouch (which would make the whole heap resident at once).
const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+ExitOnOutOfMemoryError',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
  '-Dfile.encoding=UTF-8',
  // Without these the page cache falls back to a slower mode and says so in debug.log.
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
];

/** SIGTERM (Neo4j shuts down cleanly), then SIGKILL if that takes too long. */
async function terminate(pid: number, isRunning: () => boolean): Promise<void> {
  if (!isRunning()) return;
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return;
  }
  if (await waitUntil(() => !isRunning(), STOP_TIMEOUT_MS)) return;
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    return;
  }
  await waitUntil(() => !isRunning(), 5_000);
}

async function readFrom(file: string, offset: number): Promise<string> {
  try {
    const handle = await fsp.open(file, 'r');
    try {
      const { size } = await handle.stat();
      if (size <= offset) return '';
      const buffer = Buffer.alloc(size - offset);
      await handle.read(buffer, 0, buffer.length, offset);
      return buffer.toString('utf8');
    } finally {
      await handle.close();
    }
  } catch {
    return '';
  }
}

function startFailure(reason: string, logFile: string, dataDir: string, logText: string): Error {
  const tail = lastLines(logText, 20);
  const debugLog = path.join(dataDir, 'logs', 'debug.log');
  return new Error(
    `local Neo4j ${reason}; launcher log: ${logFile} (Neo4j's own log: ${debugLog})` + (tail ? `\n${tail}` : ''),
  );
}

async function reuse(existing: PidFile): Promise<LocalNeo4jHandle> {
  // It may have been started a moment ago by another process and still be opening its stores.
  if (!(await waitUntil(() => canConnect(existing.port, 1_000), READY_TIMEOUT_MS, 250))) {
    throw startFailure(
      `(pid ${existing.pid}) is running but its Bolt port ${existing.port} did not accept connections within ${READY_TIMEOUT_MS / 1000} s`,
      existing.logFile,
      existing.dataDir,
      await readFrom(existing.logFile, 0),
    );
  }
  return { uri: existing.uri, pid: existing.pid, logFile: existing.logFile, stop: async () => {} };
}

const SIZE = /^\d+[kmg]?$/i;

export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4jHandle> {
  const dataDir = path.resolve(options.dataDir);
  const { port, watchParent } = options;
  const heap = options.heap ?? '1g';
  const pageCache = options.pageCache ?? '512m';
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`invalid Bolt port ${port}`);
  if (!SIZE.test(heap)) throw new Error(`invalid heap size "${heap}"; expected e.g. 1g or 768m`);
  if (!SIZE.test(pageCache)) throw new Error(`invalid page cache size "${pageCache}"; expected e.g. 512m`);

  await fsp.mkdir(dataDir, { recursive: true });
  const existing = await readPidFile(dataDir);
  if (existing) {
    // One Neo4j per data dir (it locks its store), so a live one is reused whatever port was asked for.
    if (isOurLauncher(existing.pid, dataDir)) return reuse(existing);
    await removePidFile(dataDir, existing.pid);
  }
  if (!(await portIsFree(port))) {
    throw new Error(`port ${port} on ${BOLT_HOST} is in use by another program; set NEO4J_LOCAL_PORT`);
  }
  await ensureLauncherBuilt();

  const logFile = path.resolve(options.logFile ?? path.join(dataDir, 'launcher.log'));
  await fsp.mkdir(path.dirname(logFile), { recursive: true });
  const logFd = openSync(logFile, 'a');
  let offset: number;
  try {
    writeSync(logFd, `\n--- ${new Date().toISOString()} starting local Neo4j (parent pid ${process.pid}) ---\n`);
    // Only output after this point belongs to this start; older NEO4J_READY lines must not count.
    offset = fstatSync(logFd).size;
  } catch (error) {
    closeSync(logFd);
    throw error;
  }

  const dir = launcherDir();
  const classpath = [path.join(dir, 'target', 'classes'), path.join(dir, 'target', 'lib', '*')].join(path.delimiter);
  const args = [
    `-Xms${heap}`,
    `-Xmx${heap}`,
    ...JVM_FLAGS,
    '-cp',
    classpath,
    MAIN_CLASS,
    '--home',
    dataDir,
    '--port',
    String(port),
    '--pagecache',
    pageCache,
    ...(options.txTimeout ? ['--tx-timeout', options.txTimeout] : []),
    ...(watchParent ? ['--watch-stdin'] : []),
  ];

  let child: ChildProcess;
  try {
    child = spawn(javaCommand(), args, {
      cwd: dataDir,
      // Both modes send output straight to the file: a pipe through this process would die with it.
      stdio: [watchParent ? 'pipe' : 'ignore', logFd, logFd],
      // Detached: own process group, so db:start's terminal closing or Ctrl-C does not reach it.
      detached: !watchParent,
    });
  } finally {
    closeSync(logFd);
  }
  // An EPIPE after the launcher exits is expected and must not crash the parent.
  child.stdin?.on('error', () => {});

  let exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  let spawnError: Error | undefined;
  child.once('error', (error) => {
    spawnError = error;
  });
  child.once('exit', (code, signal) => {
    exited = { code, signal };
    void removePidFile(dataDir, child.pid ?? -1).catch(() => {});
  });
  const childRunning = (): boolean => exited === undefined && spawnError === undefined;

  const pid = child.pid;
  if (pid === undefined) {
    await sleep(0); // let the 'error' event arrive
    throw new Error(`could not run ${javaCommand()}: ${spawnError?.message ?? 'unknown error'}`);
  }
  const uri = `bolt://${BOLT_HOST}:${port}`;
  await writePidFile({ pid, port, uri, logFile, dataDir, startedAt: new Date().toISOString() });

  let readyError: Error | undefined;
  const ready = await waitUntil(
    async () => {
      if (!childRunning()) {
        const how = spawnError
          ? `could not be run (${spawnError.message})`
          : `exited with ${exited?.signal ?? `code ${exited?.code}`}`;
        readyError = startFailure(`${how} before it was ready`, logFile, dataDir, await readFrom(logFile, offset));
        return true;
      }
      return (await readFrom(logFile, offset)).includes(`NEO4J_READY ${uri}`);
    },
    READY_TIMEOUT_MS,
    150,
  );
  if (readyError || !ready || !(await canConnect(port, 5_000))) {
    await terminate(pid, childRunning);
    await removePidFile(dataDir, pid);
    throw (
      readyError ??
      startFailure(
        ready
          ? `reported ready but port ${port} did not accept a connection`
          : `was not ready within ${READY_TIMEOUT_MS / 1000} s`,
        logFile,
        dataDir,
        await readFrom(logFile, offset),
      )
    );
  }

  // Neither mode should keep this process alive: detached lives on its own, watchParent ends with us.
  child.unref();
  (child.stdin as unknown as net.Socket | null)?.unref?.();

  let stopping: Promise<void> | undefined;
  return {
    uri,
    pid,
    logFile,
    stop: () => {
      stopping ??= (async () => {
        await terminate(pid, childRunning);
        await removePidFile(dataDir, pid);
      })();
      return stopping;
    },
  };
}

export async function localNeo4jStatus(dataDir: string): Promise<LocalNeo4jStatus> {
  const info = await readPidFile(dataDir);
  if (!info || !isOurLauncher(info.pid, dataDir)) return { running: false };
  return {
    running: await canConnect(info.port, 2_000),
    pid: info.pid,
    port: info.port,
    uri: info.uri,
    logFile: info.logFile,
  };
}

export async function stopLocalNeo4j(dataDir: string): Promise<boolean> {
  const info = await readPidFile(dataDir);
  if (!info) return false;
  const wasRunning = isOurLauncher(info.pid, dataDir);
  if (wasRunning) await terminate(info.pid, () => isAlive(info.pid));
  await removePidFile(dataDir, info.pid);
  return wasRunning;
}
