// Source lookup by name, case- and accent-insensitive (standard-folding analyzer).
CREATE FULLTEXT INDEX source_names IF NOT EXISTS FOR (s:Source) ON EACH [s.name]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}}
