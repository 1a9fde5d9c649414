// Actor lookup by name or alias, case- and accent-insensitive (standard-folding analyzer).
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (a:Actor) ON EACH [a.name, a.aliasText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}}
