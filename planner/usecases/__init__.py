"""Use cases: each takes an ORM session from the caller and runs inside its transaction."""
