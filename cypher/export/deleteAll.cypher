// `import --replace`: removes every node and relationship, in the import's own transaction so
// that a failed import leaves the old graph as it was.
MATCH (n)
DETACH DELETE n
