// countGraph: how many nodes and relationships the graph holds (seeding decisions, idempotency checks).
// No parameters. Returns nodes, relationships. Only :Entity nodes count: API keys are not part of the graph.
CALL () { MATCH (n:Entity) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships
