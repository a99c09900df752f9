// How many nodes of any label the database holds ("empty" means none at all).
MATCH (n)
RETURN count(n) AS nodes
