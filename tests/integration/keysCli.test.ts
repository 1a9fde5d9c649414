// `npm run keys`: create prints a working secret once, list shows the key, revoke makes it unusable.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

import { ApiKeyService } from '../../src/auth/ApiKeyService';
import { repoRoot } from '../../src/repoRoot';
import { testGraph, type TestGraph } from '../support/testGraph';

const run = promisify(execFile);
let graph: TestGraph;

beforeAll(() => {
  graph = testGraph();
});
afterAll(() => graph.close());

function keys(...args: string[]) {
  return run(path.join(repoRoot, 'node_modules/.bin/tsx'), [path.join(repoRoot, 'scripts/keys.ts'), ...args], {
    cwd: repoRoot,
    env: { ...process.env, NEO4J_URI: process.env.TEST_NEO4J_URI, NEO4J_PASSWORD: '' },
  });
}

test('creates, lists and revokes a key against the configured database', async () => {
  const created = await keys('create', '--name', 'cli robot', '--role', 'editor');
  const [, id] = /created API key ([0-9a-f]{16}) \(EDITOR\) for "cli robot"/.exec(created.stdout) ?? [];
  const secret = created.stdout.trim().split('\n').at(-1) as string;
  expect(secret).toMatch(new RegExp(`^cgk_${id}_`));

  // No cache, as a second API process would see it: the secret works now, and not after revocation.
  const service = new ApiKeyService(graph.db, { cacheMs: 0 });
  expect(await service.authenticate(secret)).toEqual({ subject: `key:${id}`, roles: ['EDITOR'] });

  const listed = await keys('list');
  expect(listed.stdout).toMatch(new RegExp(`^${id}  EDITOR  "cli robot"  created \\S+ by cli:\\S+  valid$`, 'm'));

  const revoked = await keys('revoke', id);
  expect(revoked.stdout).toMatch(new RegExp(`^revoked API key ${id} at `));
  await expect(service.authenticate(secret)).rejects.toThrow(`API key ${id} was revoked at`);
});

test('refuses an unknown role before touching the database, naming the choices', async () => {
  await expect(keys('create', '--name', 'x', '--role', 'SUPERUSER')).rejects.toMatchObject({
    code: 1,
    stderr: 'keys: --role SUPERUSER: not a role; use READER, EDITOR or ADMIN\n',
  });
});
