// The full-text `search` query.
import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../context';
import { SearchArgs } from '../schema/search.args';
import { SearchHitConnection } from '../schema/searchHitConnection.type';

@Resolver()
export class SearchResolver {
  @Query(() => SearchHitConnection, {
    description:
      'Full-text search across actor names, aliases and descriptions, event titles and descriptions, location names and aliases, source names, document titles and claim quotes, best match first (Relay cursors; 20 a page by default, at most 100). Case, accents and punctuation do not matter ("sisi" finds al-Sisi, "Égypte" finds Egypt); every word must match; common English words such as "the" are ignored. Blank text, text over 200 characters, and text with no letters or digits (only operators or punctuation) are refused with BAD_USER_INPUT naming `text`.',
  })
  search(@Args(() => SearchArgs) args: SearchArgs, @Ctx() ctx: RequestContext) {
    return ctx.search.search(args);
  }
}
