// Ids are unique per label too, so MATCH (x:Event {id: $id}) seeks an index.
CREATE CONSTRAINT event_id_unique IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE
