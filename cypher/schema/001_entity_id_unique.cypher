// Every node of the graph is an :Entity whose id is unique across kinds, so node(id) is one index seek.
CREATE CONSTRAINT entity_id_unique IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE
