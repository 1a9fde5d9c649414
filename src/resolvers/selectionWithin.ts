// Whether a query reads nothing beyond a given shape of fields, so a statement may send less than whole objects.
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
