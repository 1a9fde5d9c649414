// Ids are unique per label too, so MATCH (x:Location {id: $id}) seeks an index.
CREATE CONSTRAINT location_id_unique IF NOT EXISTS FOR (n:Location) REQUIRE n.id IS UNIQUE
