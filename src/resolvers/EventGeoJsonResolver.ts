// Events as a GeoJSON FeatureCollection, for map clients that take GeoJSON as it comes.
import { GraphQLJSONObject } from 'graphql-scalars';
import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';

import { Role } from '../auth/Role';
import type { RequestContext } from '../context';
import { EventExporter } from '../export/EventExporter';
import { EventsGeoJsonArgs } from '../schema/eventsGeoJson.args';
import { AliasesShareAnswer } from './aliasesShareAnswer';

@Resolver()
export class EventGeoJsonResolver {
  @Authorized(Role.READER)
  @Query(() => GraphQLJSONObject, {
    description:
      'The events `events` would list, as an RFC 7946 GeoJSON FeatureCollection: ' +
      'one Point per event at its place, coordinates [longitude, latitude]; properties id, kind, title, ' +
      'startDate, endDate, datePrecision, geoPrecision, locationId, locationName, attributions [{actorId, ' +
      'actorName, sourceCount, independentSourceCount}], killedLow, killedHigh, contested, grade (attributions, ' +
      'killed, contested and grade cover the event and its parts). ' +
      'Events without a place are left out and counted in the foreign member `eventsWithoutPoint`; `totalCount`, ' +
      '`hasNextPage` and `endCursor` page through the list.',
  })
  @AliasesShareAnswer()
  eventsGeoJson(@Args(() => EventsGeoJsonArgs) args: EventsGeoJsonArgs, @Ctx() ctx: RequestContext) {
    return new EventExporter(ctx.events, ctx.loaders).featureCollection(
      args.filter,
      args.order,
      args.first,
      args.after,
    );
  }
}
