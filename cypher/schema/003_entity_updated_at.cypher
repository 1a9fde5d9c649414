// The change feed: everything updated since a moment, in order.
CREATE RANGE INDEX entity_updated_at IF NOT EXISTS FOR (n:Entity) ON (n.updatedAt, n.id)
