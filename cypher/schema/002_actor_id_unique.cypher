// Ids are unique per label too, so MATCH (x:Actor {id: $id}) seeks an index.
CREATE CONSTRAINT actor_id_unique IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE
