// The editors' mutation that imports a UCDP GED CSV sent as text.
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';

import { writerOf } from '../auth/identity';
import { Role } from '../auth/Role';
import type { RequestContext } from '../context';
import { UcdpImportReport } from '../schema/ucdpImportReport.type';
import { importUcdpFromApi } from '../ucdp/importUcdpFromApi';

const description =
  'Imports a UCDP GED CSV (EDITOR role), with or without its header row: each row becomes an event `event:ucdp-<id>` at its place, its sides as actors ' +
  "(UCDP ids kept as external ids), UCDP's claim with its deaths and low / best / high range, and a claim per outlet it cites. " +
  'Re-importing changes nothing; a row with a known id updates its event. Bad rows are reported, not fatal. ' +
  'At most 5 MB (BAD_USER_INPUT on `csv` beyond that; the request body limit MAX_BODY_BYTES applies too); larger files: `npm run import:ucdp -- file.csv`. See docs/ucdp-import.md.';

@Resolver()
export class UcdpImportResolver {
  @Authorized(Role.EDITOR)
  @Mutation(() => UcdpImportReport, { description })
  importUcdpCsv(
    @Arg('csv', { description: "The whole file: GED rows, with or without a header row naming GED's columns." })
    csv: string,
    @Ctx() ctx: RequestContext,
  ): Promise<UcdpImportReport> {
    return importUcdpFromApi(ctx.db, csv, writerOf(ctx.identity));
  }
}
