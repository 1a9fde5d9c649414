// One full-text search over actor names and aliases, event titles and descriptions, source names and claim quotes.
CREATE FULLTEXT INDEX search_text IF NOT EXISTS FOR (n:Actor|Event|Source|Claim|Location|Document) ON EACH [n.name, n.aliasText, n.title, n.description, n.quote]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}}
