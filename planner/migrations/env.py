"""Alembic environment: driven by planner.storage.database with a live connection."""

from alembic import context

from planner.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - guard for the alembic command line
    raise RuntimeError("Run migrations through planner.storage.database.upgrade_database().")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
