// `npm run keys -- create --name <name> --role <ROLE>`, `list`, `revoke <id>`: API keys of the configured database.
import os from 'node:os';
import { parseArgs } from 'node:util';

import { ApiKeyService, type ApiKeyRecord } from '../src/auth/ApiKeyService';
import { Role } from '../src/auth/Role';
import { loadConfig } from '../src/config';
import { applySchema } from '../src/db/migrate';
import { openCliDatabase, runCli } from './cliDatabase';

const usage = `usage:
  npm run keys -- create --name <who uses it> --role <READER|EDITOR|ADMIN> [--role ...]
  npm run keys -- list
  npm run keys -- revoke <id>`;

function rolesFrom(values: string[] | undefined): Role[] {
  if (!values || values.length === 0) throw new Error(`--role is required (READER, EDITOR or ADMIN)\n${usage}`);
  return values.map((value) => {
    const role = value.toUpperCase();
    if (!Object.values(Role).includes(role as Role))
      throw new Error(`--role ${value}: not a role; use READER, EDITOR or ADMIN`);
    return role as Role;
  });
}

function line(key: ApiKeyRecord): string {
  const state = key.revokedAt ? `revoked ${key.revokedAt} by ${key.revokedBy}` : 'valid';
  return [
    key.id,
    key.roles.join(','),
    JSON.stringify(key.name),
    `created ${key.createdAt} by ${key.createdBy}`,
    state,
  ].join('  ');
}

runCli('keys', async () => {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { name: { type: 'string' }, role: { type: 'string', multiple: true } },
  });
  const [command, ...rest] = positionals;
  if (!['create', 'list', 'revoke'].includes(command)) throw new Error(usage);
  // Checked before connecting, so a typo is reported without waiting for the database.
  const roles = command === 'create' ? rolesFrom(values.role) : [];
  if (command === 'create' && !values.name) throw new Error(`--name is required\n${usage}`);
  if (command === 'revoke' && rest.length !== 1) throw new Error(`revoke takes one key id\n${usage}`);

  const { db, close } = await openCliDatabase();
  try {
    const keys = new ApiKeyService(db);
    const by = `cli:${os.userInfo().username}`;
    if (command === 'create') {
      await applySchema(db.driver, loadConfig().neo4jDatabase);
      const { key, secret } = await keys.create(values.name as string, roles, by);
      console.log(`created API key ${key.id} (${key.roles.join(', ')}) for ${JSON.stringify(key.name)}`);
      console.log('the secret, shown this once only; send it as `Authorization: Bearer <secret>`:');
      console.log(secret);
    } else if (command === 'list') {
      const all = await keys.list();
      console.log(all.length === 0 ? 'no API keys' : all.map(line).join('\n'));
    } else {
      const key = await keys.revoke(rest[0], by);
      console.log(
        `revoked API key ${key.id} at ${key.revokedAt}; a running API stops accepting it within 30 s (at once when revoked through its revokeApiKey mutation)`,
      );
    }
  } finally {
    await close();
  }
});
