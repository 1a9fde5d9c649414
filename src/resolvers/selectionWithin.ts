// Whether a query reads nothing beyond a given shape of fields, and which fields it reads at a path, so a statement
// may send less than whole objects.
import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/** Field names a query may select; `true` takes whatever the field's own selection is, a nested shape limits it. */
export interface SelectionShape {
  readonly [field: string]: SelectionShape | true;
}

function within(selectionSet: SelectionSetNode | undefined, shape: SelectionShape, info: GraphQLResolveInfo): boolean {
  return (selectionSet?.selections ?? []).every((selection) => {
    if (selection.kind === 'InlineFragment') return within(selection.selectionSet, shape, info);
    if (selection.kind === 'FragmentSpread') {
      const fragment = info.fragments[selection.name.value];
      return fragment !== undefined && within(fragment.selectionSet, shape, info);
    }
    const name = selection.name.value;
    if (name === '__typename') return true;
    const allowed = shape[name];
    if (allowed === undefined) return false;
    return allowed === true || within(selection.selectionSet, allowed, info);
  });
}

/**
 * True when every occurrence of the current field selects only fields the shape names, through fragments too
 * (by field name, whatever the alias). Errs towards false: a field under an @include or @skip directive counts as
 * asked for.
 */
export function selectionWithin(info: GraphQLResolveInfo, shape: SelectionShape): boolean {
  return info.fieldNodes.every((node) => within(node.selectionSet, shape, info));
}

function collectAt(
  selectionSet: SelectionSetNode | undefined,
  path: readonly string[],
  info: GraphQLResolveInfo,
  into: Set<string>,
): void {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === 'InlineFragment') collectAt(selection.selectionSet, path, info, into);
    else if (selection.kind === 'FragmentSpread')
      collectAt(info.fragments[selection.name.value]?.selectionSet, path, info, into);
    else if (path.length === 0) into.add(selection.name.value);
    else if (selection.name.value === path[0]) collectAt(selection.selectionSet, path.slice(1), info, into);
  }
}

/**
 * The names of the fields selected at `path` below the current field (`['edges', 'node']`; `[]` for those directly
 * under it), through fragments, aliases aside. Errs towards more: a field under an @include or @skip directive counts.
 */
export function fieldsSelectedAt(info: GraphQLResolveInfo, path: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const node of info.fieldNodes) collectAt(node.selectionSet, path, info, names);
  return names;
}
