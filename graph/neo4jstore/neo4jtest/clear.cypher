// Empties the test database between tests (constraints and indexes stay).
// Returns: nothing
MATCH (n)
DETACH DELETE n
