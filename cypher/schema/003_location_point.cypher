// Radius and bounding-box queries on locations.
CREATE POINT INDEX location_point IF NOT EXISTS FOR (l:Location) ON (l.point)
