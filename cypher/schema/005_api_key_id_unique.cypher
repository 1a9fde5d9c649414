// API keys are looked up by id on every authenticated request; they are not :Entity, so they stay out of search, node() and the graph's counts.
CREATE CONSTRAINT api_key_id_unique IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.id IS UNIQUE
