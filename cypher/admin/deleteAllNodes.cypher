// deleteAllNodes: empties the graph (tests reset between files); constraints and indexes stay.
// No parameters. Returns deleted: how many nodes went.
MATCH (n)
DETACH DELETE n
RETURN count(n) AS deleted
