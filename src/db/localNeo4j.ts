// Builds, starts, finds and stops the project's own local Neo4j (the Java launcher in neo4j-launcher/).
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, promises as fsp, openSync, closeSync, fstatSync, writeSync, readFileSync, statSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

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

interface PidFile {
  pid: number;
  port: number;
  uri: string;
  logFile: string;
  dataDir: string;
  startedAt: string;
}

const HOST = '127.0.0.1';
const MAIN_CLASS = 'graph.local.LocalNeo4j';
const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;
const INSTALL_HINT = 'install them with: apt-get install openjdk-17-jdk-headless maven';

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

let cachedRoot: string | undefined;

/** The repository root, whether this file runs from src/db (tsx, ts-jest) or dist/src/db (tsc). */
function repoRoot(): string {
  if (cachedRoot) return cachedRoot;
  let dir = __dirname;
  while (!(existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'neo4j-launcher')))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`cannot find the repository root (with package.json and neo4j-launcher/) above ${__dirname}`);
    dir = parent;
  }
  cachedRoot = dir;
  return dir;
}

const launcherDir = (): string => path.join(repoRoot(), 'neo4j-launcher');
const classFile = (): string => path.join(launcherDir(), 'target', 'classes', 'graph', 'local', 'LocalNeo4j.class');
// Written only after Maven succeeds, so an interrupted build (classes compiled, jars not yet copied) is rebuilt.
const buildStamp = (): string => path.join(launcherDir(), 'target', 'launcher-build.stamp');
const pidFilePath = (dataDir: string): string => path.join(path.resolve(dataDir), 'neo4j.pid');

function javaCommand(): string {
  const home = process.env.JAVA_HOME;
  // Maven compiles with JAVA_HOME when it is set, so run with the same JDK.
  if (home && existsSync(path.join(home, 'bin', 'java'))) return path.join(home, 'bin', 'java');
  return 'java';
}

interface RunResult {
  ok: boolean;
  missing: boolean;
  output: string;
}

function run(command: string, args: string[], cwd?: string): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const output = `${stdout}${stderr}`;
      if (!error) return resolve({ ok: true, missing: false, output });
      resolve({ ok: false, missing: (error as NodeJS.ErrnoException).code === 'ENOENT', output });
    });
  });
}

function lastLines(text: string, count: number): string {
  return text.split(/\r?\n/).filter((line) => line.trim() !== '').slice(-count).join('\n');
}

async function newestMtime(target: string): Promise<number> {
  const stat = await fsp.stat(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of await fsp.readdir(target)) {
    newest = Math.max(newest, await newestMtime(path.join(target, entry)));
  }
  return newest;
}

async function launcherIsFresh(): Promise<boolean> {
  if (!existsSync(classFile()) || !existsSync(buildStamp())) return false;
  const builtAt = statSync(buildStamp()).mtimeMs;
  const dir = launcherDir();
  const sourcesAt = Math.max(await newestMtime(path.join(dir, 'pom.xml')), await newestMtime(path.join(dir, 'src')));
  return builtAt >= sourcesAt;
}

let builtInThisProcess = false;

export async function ensureLauncherBuilt(log: (msg: string) => void = () => {}): Promise<void> {
  if (builtInThisProcess) return;
  const java = await run(javaCommand(), ['-version']);
  const fresh = await launcherIsFresh();
  // Maven is only needed to build, so a prebuilt launcher runs on a machine with a JDK alone.
  const mvn = fresh ? undefined : await run('mvn', ['-v']);
  const missing = [java.missing ? 'java' : undefined, mvn?.missing ? 'mvn' : undefined].filter(Boolean);
  if (missing.length > 0) {
    throw new Error(`the local Neo4j needs ${missing.join(' and ')} on PATH (JDK 17+ and Maven); ${INSTALL_HINT}`);
  }
  if (!java.ok) throw new Error(`\`java -version\` failed: ${lastLines(java.output, 3)}`);
  const version = /version "(\d+)(?:\.(\d+))?/.exec(java.output);
  const major = version ? (version[1] === '1' ? Number(version[2]) : Number(version[1])) : undefined;
  if (major !== undefined && major < 17) {
    throw new Error(`Neo4j 5.26 needs Java 17 or 21 but \`java\` is Java ${major}; ${INSTALL_HINT}`);
  }
  if (mvn && !mvn.ok) throw new Error(`\`mvn -v\` failed: ${lastLines(mvn.output, 3)}`);

  if (!fresh) {
    log('building the local Neo4j launcher (first run downloads Neo4j from Maven Central)…');
    const dir = launcherDir();
    const build = await run('mvn', ['-B', '-q', '-f', path.join(dir, 'pom.xml'), '-DskipTests', 'package'], dir);
    if (!build.ok) {
      throw new Error(`building the local Neo4j launcher failed (mvn package in ${dir}):\n${lastLines(build.output, 20)}`);
    }
    await fsp.writeFile(buildStamp(), `${new Date().toISOString()}\n`);
  }
  builtInThisProcess = true;
}

function isAlive(pid: number): boolean {
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
function isOurLauncher(pid: number, dataDir: string): boolean {
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

async function readPidFile(dataDir: string): Promise<PidFile | undefined> {
  try {
    const parsed = JSON.parse(await fsp.readFile(pidFilePath(dataDir), 'utf8')) as Partial<PidFile>;
    if (typeof parsed.pid !== 'number' || typeof parsed.port !== 'number') return undefined;
    return {
      pid: parsed.pid,
      port: parsed.port,
      uri: parsed.uri ?? `bolt://${HOST}:${parsed.port}`,
      logFile: parsed.logFile ?? path.join(path.resolve(dataDir), 'launcher.log'),
      dataDir: path.resolve(dataDir),
      startedAt: parsed.startedAt ?? '',
    };
  } catch {
    return undefined;
  }
}

async function writePidFile(content: PidFile): Promise<void> {
  const file = pidFilePath(content.dataDir);
  const tmp = `${file}.${process.pid}.tmp`;
  await fsp.writeFile(tmp, `${JSON.stringify(content, null, 2)}\n`);
  await fsp.rename(tmp, file); // readers never see a half-written file
}

/** Removes the pid file only if it still names `pid`, so a newer launcher's file survives. */
async function removePidFile(dataDir: string, pid: number): Promise<void> {
  const current = await readPidFile(dataDir);
  if (current && current.pid !== pid) return;
  await fsp.rm(pidFilePath(dataDir), { force: true });
}

function canConnect(port: number, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: HOST, port });
    const done = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** Binding is the only reliable test: a port can be taken without accepting connections. */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') resolve(false);
      else reject(new Error(`cannot probe port ${port} on ${HOST}: ${error.message}`));
    });
    server.listen({ host: HOST, port, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function waitUntil(condition: () => boolean | Promise<boolean>, timeoutMs: number, intervalMs = 100): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await condition()) return true;
    if (Date.now() >= deadline) return false;
    await sleep(intervalMs);
  }
}

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
    throw new Error(`port ${port} on ${HOST} is in use by another program; set NEO4J_LOCAL_PORT`);
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
  const uri = `bolt://${HOST}:${port}`;
  await writePidFile({ pid, port, uri, logFile, dataDir, startedAt: new Date().toISOString() });

  let readyError: Error | undefined;
  const ready = await waitUntil(
    async () => {
      if (!childRunning()) {
        const how = spawnError ? `could not be run (${spawnError.message})` : `exited with ${exited?.signal ?? `code ${exited?.code}`}`;
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
        ready ? `reported ready but port ${port} did not accept a connection` : `was not ready within ${READY_TIMEOUT_MS / 1000} s`,
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
