// The repository's root folder, whether code runs from src/ (tsx, jest) or dist/src/ (tsc).
import { existsSync } from 'node:fs';
import path from 'node:path';

function findRoot(start: string): string {
  let dir = start;
  while (!(existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'cypher')))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`cannot find the repository root above ${start}`);
    dir = parent;
  }
  return dir;
}

export const repoRoot = findRoot(__dirname);
