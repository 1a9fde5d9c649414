// The full-text `search` query.
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';

import type { RequestContext } from '../context';
import { SearchArgs } from '../schema/search.args';
import { SearchHitConnection } from '../schema/searchHitConnection.type';
import { AliasesShareAnswer } from './aliasesShareAnswer';
import { searchSummaryShape } from './searchSummaries';
import { selectionWithin } from './selectionWithin';

@Resolver()
export class SearchResolver {
  @Query(() => SearchHitConnection, {
    description:
      'Full-text search across actor names, aliases and descriptions, ' +
      'event titles and descriptions, location names and aliases, source names, ' +
      'document titles and claim quotes, best match first (Relay cursors; 20 a page by default, ' +
      'at most 100). Case, accents and punctuation do not matter ("sisi" finds al-Sisi, ' +
      '"Égypte" finds Egypt); every word must match; ' +
      'common English words such as "the" are ignored. Blank text, text over 200 characters, ' +
      'and text with no letters or digits (only operators or punctuation) ' +
      'are refused with BAD_USER_INPUT naming `text`. ' +
      'A page that reads no more of its nodes than `id`, `name`, `title`, `quote`, `kind`, ' +
      '`stance`, `startDate` and `url` is answered from summaries, at a fraction of the cost.',
  })
  @AliasesShareAnswer()
  search(@Args(() => SearchArgs) args: SearchArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return ctx.search.search(args, selectionWithin(info, searchSummaryShape));
  }
}
