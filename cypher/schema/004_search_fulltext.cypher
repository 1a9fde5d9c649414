// One full-text search over actor names and aliases, event titles, descriptions and dates in words, source names and claim quotes.
// A changed property list replaces the index at the next start (src/db/migrate.ts), and events are given dateText then.
CREATE FULLTEXT INDEX search_text IF NOT EXISTS FOR (n:Actor|Event|Source|Claim|Location|Document) ON EACH [n.name, n.aliasText, n.title, n.description, n.quote, n.dateText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}}
