// countGraph: how many nodes and relationships the graph holds (seeding decisions, idempotency checks).
// No parameters. Returns nodes, relationships.
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships
