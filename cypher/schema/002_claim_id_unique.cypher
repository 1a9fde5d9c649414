// Ids are unique per label too, so MATCH (x:Claim {id: $id}) seeks an index.
CREATE CONSTRAINT claim_id_unique IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE
