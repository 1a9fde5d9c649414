// A dataset's bulk import asks for the events of the other origins in a batch's dates (eventsOfOtherSourcesInWindow):
// origin first, so the seek never reads the importing dataset's own events, which are most of the graph.
CREATE RANGE INDEX event_origin_start IF NOT EXISTS FOR (e:Event) ON (e.origin, e.startDate)
