// Ids are unique per label too, so MATCH (x:Source {id: $id}) seeks an index.
CREATE CONSTRAINT source_id_unique IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE
