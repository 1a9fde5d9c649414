// Radius and bounding-box queries on events (the point is copied from the event's location).
CREATE POINT INDEX event_point IF NOT EXISTS FOR (e:Event) ON (e.point)
