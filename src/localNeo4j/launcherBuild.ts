// Builds the Java launcher in neo4j-launcher/ (Maven), once per process and only when its sources changed.
import { execFile } from 'node:child_process';
import { existsSync, promises as fsp, statSync } from 'node:fs';
import path from 'node:path';

export const MAIN_CLASS = 'graph.local.LocalNeo4j';
const INSTALL_HINT = 'install them with: apt-get install openjdk-17-jdk-headless maven';

let cachedRoot: string | undefined;

/** The repository root, whether this file runs from src/localNeo4j (tsx, ts-jest) or dist/src/localNeo4j (tsc). */
export function repoRoot(): string {
  if (cachedRoot) return cachedRoot;
  let dir = __dirname;
  while (!(existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'neo4j-launcher')))) {
    const parent = path.dirname(dir);
    if (parent === dir)
      throw new Error(`cannot find the repository root (with package.json and neo4j-launcher/) above ${__dirname}`);
    dir = parent;
  }
  cachedRoot = dir;
  return dir;
}

export const launcherDir = (): string => path.join(repoRoot(), 'neo4j-launcher');
const classFile = (): string => path.join(launcherDir(), 'target', 'classes', 'graph', 'local', 'LocalNeo4j.class');
// Written only after Maven succeeds, so an interrupted build (classes compiled, jars not yet copied) is rebuilt.
const buildStamp = (): string => path.join(launcherDir(), 'target', 'launcher-build.stamp');

export function javaCommand(): string {
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

export function lastLines(text: string, count: number): string {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .slice(-count)
    .join('\n');
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
      throw new Error(
        `building the local Neo4j launcher failed (mvn package in ${dir}):\n${lastLines(build.output, 20)}`,
      );
    }
    await fsp.writeFile(buildStamp(), `${new Date().toISOString()}\n`);
  }
  builtInThisProcess = true;
}
