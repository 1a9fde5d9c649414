// Which fields execution reads straight off their objects, without a resolver of TypeGraphQL's.
import { getMetadataStorage } from 'type-graphql';

type MetadataStorage = ReturnType<typeof getMetadataStorage>;

/**
 * TypeGraphQL gives every plain field (one read straight off its object) a resolver of its own, in case the field has
 * middleware or roles: a function call, a promise-aware middleware chain and an object per field per result, which
 * the canonical page (some 700 fields) paid on every request. A field with neither, read under its own name, is
 * marked `simple` here, before the schema is built, so execution reads the property itself; one with @Authorized or
 * @UseMiddleware keeps its resolver, and so the checks they add. A field already marked either way stays so.
 */
export function readPlainFieldsDirectly(storage: MetadataStorage = getMetadataStorage()): void {
  const guarded = new Map<object, Set<string>>();
  for (const { target, fieldName } of [...storage.authorizedFields, ...storage.middlewares]) {
    guarded.set(target, (guarded.get(target) ?? new Set()).add(fieldName));
  }
  for (const field of storage.fields)
    field.simple ??= field.name === field.schemaName && !guarded.get(field.target)?.has(field.name);
}
