// The editors' mutation that imports an ACLED-format CSV sent as text.
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';

import { importAcledFromApi } from '../acled/importAcledFromApi';
import { writerOf } from '../auth/identity';
import { Role } from '../auth/Role';
import type { RequestContext } from '../context';
import { AcledImportReport } from '../schema/acledImportReport.type';

@Resolver()
export class AcledImportResolver {
  @Authorized(Role.EDITOR)
  @Mutation(() => AcledImportReport, {
    description:
      "Imports an ACLED CSV of any vintage (EDITOR role): each row becomes an event with its places, actors, ACLED's attribution claim and its outlets' claims. " +
      'Re-importing changes nothing; a row with a known event_id_cnty and a newer `timestamp` updates its event, an older one is skipped as stale. Bad rows are reported, not fatal. ' +
      'At most 5 MB (BAD_USER_INPUT on `csv` beyond that; the request body limit MAX_BODY_BYTES applies too); larger files: `npm run import:acled -- file.csv`. See docs/acled-import.md.',
  })
  importAcledCsv(
    @Arg('csv', { description: "The whole file: a header row with ACLED's column names, then one row per event." })
    csv: string,
    @Ctx() ctx: RequestContext,
  ): Promise<AcledImportReport> {
    return importAcledFromApi(ctx.db, csv, writerOf(ctx.identity));
  }
}
