// Ids are unique per label too, so MATCH (x:Document {id: $id}) seeks an index.
CREATE CONSTRAINT document_id_unique IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE
