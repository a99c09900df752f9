// Constraints and indexes, applied at every start (IF NOT EXISTS makes this idempotent).
// Statements are separated by semicolons at line ends.
CREATE CONSTRAINT entity_id_unique IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
// Full-text search over names, Norwegian names, aliases, descriptions and the joined/split
// spellings in searchKeys. standard-folding lower-cases and folds accents (ø → o, é → e).
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Entity) ON EACH [n.name, n.nameNo, n.aliasesText, n.searchKeys, n.description]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };
// The Norwegian descriptions in an index of their own: IF NOT EXISTS would leave an existing
// entity_search unchanged, so adding the property there would not reach databases seeded before.
CREATE FULLTEXT INDEX entity_search_no IF NOT EXISTS
FOR (n:Entity) ON EACH [n.descriptionNo]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };
