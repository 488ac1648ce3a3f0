// How many articles are stored.
// Returns: n (INTEGER)
MATCH (a:Article)
RETURN count(a) AS n
