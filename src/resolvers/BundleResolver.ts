// The `ingestBundle` mutation: a whole document bundle in one transaction.
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';

import { writerOf } from '../auth/identity';
import { Role } from '../auth/Role';
import type { RequestContext } from '../context';
import { ingestBundleInput } from '../ingest/ingestBundleInput';
import { DocumentBundleInput, maxBundleEntries } from '../schema/bundle/documentBundle.input';
import { IngestResult } from '../schema/bundle/ingestResult.type';

@Resolver()
export class BundleResolver {
  @Authorized(Role.EDITOR)
  @Mutation(() => IngestResult, {
    description:
      `Writes a document bundle (a report with its sources, actors, places, events and claims) in one transaction: all of it or, on any error, none of it. ` +
      `Idempotent: nodes are matched by id, and sending the same bundle again changes nothing (all counts 0, no updatedAt moves). ` +
      `Invalid fields are BAD_USER_INPUT naming each one (\`bundle.claims[0].confidence\`); a reference to an id that exists nowhere is NOT_FOUND; an id taken by another kind of node is CONFLICT. ` +
      `At most ${maxBundleEntries} entries per bundle. Needs the EDITOR role.`,
  })
  ingestBundle(
    @Arg('bundle', () => DocumentBundleInput, { description: 'The bundle to write.' }) bundle: DocumentBundleInput,
    @Ctx() ctx: RequestContext,
  ): Promise<IngestResult> {
    return ingestBundleInput(ctx.db, bundle, writerOf(ctx.identity));
  }
}
