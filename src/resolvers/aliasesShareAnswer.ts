// A list field asked for twice with the same arguments and selection on the same object, in one request (aliases),
// is resolved once: the aliases share the answer. The database's side is already shared (identical statements run
// once per request, Database.read); this shares the work after it, building the page's objects, which 200 aliases of
// `events(first: 100)` did 200 times over: 20,000 events built for one request, seconds of the API's time that every
// other caller's request waited behind (the reliability script's noisy-neighbour phase).
import { print, type GraphQLResolveInfo } from 'graphql';
import { createMethodMiddlewareDecorator } from 'type-graphql';

import type { RequestContext } from '../context';
import { canonical } from '../db/statementKey';

/** The answers of one request by the object they were asked on; the operation's root has no object, so this stands for it. */

const operationRoot = {};

/** What the field selects, so that aliases selecting differently (a resolver may read less for less) never share. */
function selectionOf(info: GraphQLResolveInfo): string {
  return info.fieldNodes.map((node) => (node.selectionSet ? print(node.selectionSet) : '')).join('\u0001');
}

/** For read-only fields only: a mutation must run as often as it is asked. */
export function AliasesShareAnswer(): MethodDecorator {
  return createMethodMiddlewareDecorator<RequestContext>(({ root, args, context, info }, next) => {
    const on = typeof root === 'object' && root !== null ? (root as object) : operationRoot;
    let answers = context.sharedAnswers.get(on);
    if (!answers) context.sharedAnswers.set(on, (answers = new Map()));
    const key = `${info.fieldName}\u0000${canonical(args)}\u0000${selectionOf(info)}`;
    let answer = answers.get(key);
    if (!answer) {
      answer = next();
      answers.set(key, answer);
    }
    return answer;
  });
}
