// Waits until the schema's indexes are online, so the first Search after
// New uses the full-text index.
// Parameters:
//   $seconds: INTEGER, how long to wait at most
// Returns: nothing
CALL db.awaitIndexes($seconds)
