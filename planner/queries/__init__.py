"""Read-only queries for list views (tables, plan, search); no writes, no GUI."""
