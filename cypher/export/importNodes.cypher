// Creates every exported node with its labels and properties. CREATE, not MERGE: the database
// is empty (checked in the same transaction), and ids were checked for uniqueness beforehand.
UNWIND $nodes AS row
CREATE (n:$(row.labels))
SET n = row.properties
RETURN count(n) AS created
