// The role floor of whole operations: reading needs READER and writing EDITOR, whatever each field adds.
import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type DocumentNode, type SelectionSetNode } from 'graphql';

import { allows, Role } from '../auth/Role';
import type { RequestContext } from '../context';
import { ForbiddenError, UnauthenticatedError } from '../errors/AuthErrors';
import { withHttpStatus } from './withHttpStatus';

const neededFor = { query: Role.READER, mutation: Role.EDITOR, subscription: Role.READER } as const;

/** Top-level field names of a selection, through fragments (validation has already ruled out cycles). */
function topLevelFields(selectionSet: SelectionSetNode, document: DocumentNode): string[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection.name.value];
    if (selection.kind === Kind.INLINE_FRAGMENT) return topLevelFields(selection.selectionSet, document);
    const fragment = document.definitions.find(
      (definition) => definition.kind === Kind.FRAGMENT_DEFINITION && definition.name.value === selection.name.value,
    );
    return fragment && fragment.kind === Kind.FRAGMENT_DEFINITION
      ? topLevelFields(fragment.selectionSet, document)
      : [];
  });
}

/**
 * Queries are not decorated one by one: this check covers every query, present and future.
 * Mutations also carry @Authorized each; the floor here means one that lacks it still needs EDITOR.
 * Introspection alone needs nothing, so Sandbox can load the schema before a key is entered
 * (whether introspection is on at all is a separate setting).
 */
export function operationAccessPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, contextValue }) {
          // Apollo refuses a request whose operation it cannot pick before this hook runs.
          if (!operation) return;
          const fields = topLevelFields(operation.selectionSet, document);
          if (operation.operation === 'query' && fields.every((name) => name.startsWith('__'))) return;
          const needed = neededFor[operation.operation];
          const { identity } = contextValue;
          if (allows(identity.roles, [needed])) return;
          if (identity.subject === null) {
            throw withHttpStatus(
              new UnauthenticatedError(
                `a ${operation.operation} needs the ${needed} role and anonymous callers do not have it; send \`Authorization: Bearer <API key or token>\``,
              ),
            );
          }
          throw withHttpStatus(new ForbiddenError([needed]));
        },
      };
    },
  };
}
