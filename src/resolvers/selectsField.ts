// Whether a query asks for a field directly under the current one, so costly fields are computed only when asked.
import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

function selects(selectionSet: SelectionSetNode | undefined, field: string, info: GraphQLResolveInfo): boolean {
  return (selectionSet?.selections ?? []).some((selection) => {
    if (selection.kind === 'Field') return selection.name.value === field;
    if (selection.kind === 'InlineFragment') return selects(selection.selectionSet, field, info);
    return selects(info.fragments[selection.name.value]?.selectionSet, field, info);
  });
}

/**
 * True when any occurrence of the current field selects `field`, through fragments too. Errs towards true: a field
 * under an @include or @skip directive counts as asked for.
 */
export function selectsField(info: GraphQLResolveInfo, field: string): boolean {
  return info.fieldNodes.some((node) => selects(node.selectionSet, field, info));
}
