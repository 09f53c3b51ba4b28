"""The standard trainer question in the glossary's form

Revision ID: 0007_glossary_trainer_question
Revises: 0006_replacements_walk_ins
Create Date: 2026-11-29 03:46:55

Data migration: the standard feedback item "Wie bewerten Sie die Referentinnen und
Referenten?" (stored by 0003) reads "Wie bewerten Sie die Referent:innen?", the one form the
app uses for the role (issue #19). Only where the text is still the shipped one: a question
a user has reworded stays as it is. No schema change.
"""
from alembic import op
import sqlalchemy as sa


revision = '0007_glossary_trainer_question'
down_revision = '0006_replacements_walk_ins'
branch_labels = None
depends_on = None

OLD = 'Wie bewerten Sie die Referentinnen und Referenten?'
NEW = 'Wie bewerten Sie die Referent:innen?'


def _reword(before: str, after: str) -> None:
    op.get_bind().execute(
        sa.text("UPDATE evaluation_item SET text = :after "
                "WHERE code = 'trainer' AND standard AND text = :before"),
        {"before": before, "after": after})


def upgrade() -> None:
    _reword(OLD, NEW)


def downgrade() -> None:
    _reword(NEW, OLD)
