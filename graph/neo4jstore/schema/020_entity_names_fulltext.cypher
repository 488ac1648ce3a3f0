// Search: every name and alias of an entity after graph.FoldName, one per
// line in searchNames. The whitespace analyzer keeps the folded tokens as
// they are (FoldName already lower-cased them and removed punctuation), so
// a query term matches exactly the words FoldName produced, in any script.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Entity) ON EACH [n.searchNames]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}}
