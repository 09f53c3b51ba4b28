"""Search key for persons, consent flags, retention date, mail log, venue/time index

Revision ID: 0002_search_consent_mail
Revises: 0001_initial
Create Date: 2026-11-26 06:05:00

Data migration: `person.search_key` is filled from the existing names, e-mail addresses and
functions, so search finds every person right after the upgrade.
"""
import unicodedata

from alembic import op
import sqlalchemy as sa


revision = '0002_search_consent_mail'
down_revision = '0001_initial'
branch_labels = None
depends_on = None

# Frozen copy of planner.folding as of this revision: a migration must not change
# when the application's folding rules change later.
_SPECIAL = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "æ": "ae",
                          "œ": "oe", "þ": "th"})


def _fold(text):
    if not text:
        return ""
    folded = text.casefold()
    if folded.isascii():
        return folded
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).translate(_SPECIAL)


def _search_key(first_name, last_name, email, title, function):
    parts = (last_name, first_name, title, email, function)
    return _fold(" ".join(p for p in parts if p))[:600]


def upgrade() -> None:
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.add_column(sa.Column('consent_photos', sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column('consent_directory', sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column('consent_date', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('search_key', sa.String(length=600), nullable=False,
                                      server_default=''))

    conn = op.get_bind()
    person = sa.table('person', sa.column('id', sa.Integer), sa.column('first_name', sa.String),
                      sa.column('last_name', sa.String), sa.column('email', sa.String),
                      sa.column('title', sa.String), sa.column('function', sa.String),
                      sa.column('search_key', sa.String))
    rows = conn.execute(sa.select(person.c.id, person.c.first_name, person.c.last_name,
                                  person.c.email, person.c.title, person.c.function)).all()
    if rows:
        conn.execute(
            person.update().where(person.c.id == sa.bindparam('pid'))
            .values(search_key=sa.bindparam('key')),
            [{'pid': r[0], 'key': _search_key(r[1], r[2], r[3], r[4], r[5])} for r in rows],
        )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.alter_column('search_key', server_default=None)
        batch_op.create_index(batch_op.f('ix_person_search_key'), ['search_key'], unique=False)

    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.add_column(sa.Column('retention_from', sa.Date(), nullable=True))

    with op.batch_alter_table('session', schema=None) as batch_op:
        batch_op.create_index('ix_session_venue_start', ['venue_id', 'start'], unique=False)

    op.create_table('sent_message',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('address', sa.String(length=254), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('certificate_id', sa.Integer(), nullable=True),
    sa.Column('session_id', sa.Integer(), nullable=True),
    sa.Column('version', sa.String(length=60), nullable=False),
    sa.Column('subject', sa.String(length=300), nullable=False),
    sa.Column('message_id', sa.String(length=200), nullable=False),
    sa.Column('result', sa.String(length=10), nullable=False),
    sa.Column('error', sa.Text(), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('sender_user', sa.String(length=100), nullable=False),
    sa.Column('file_name', sa.String(length=300), nullable=False),
    sa.ForeignKeyConstraint(['certificate_id'], ['certificate.id'], name=op.f('fk_sent_message_certificate_id_certificate'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_sent_message_person_id_person'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['session_id'], ['session.id'], name=op.f('fk_sent_message_session_id_session'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sent_message'))
    )
    with op.batch_alter_table('sent_message', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sent_message_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_sent_message_certificate_id'), ['certificate_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sent_message_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sent_message_session_id'), ['session_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('sent_message', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sent_message_session_id'))
        batch_op.drop_index(batch_op.f('ix_sent_message_person_id'))
        batch_op.drop_index(batch_op.f('ix_sent_message_certificate_id'))
        batch_op.drop_index(batch_op.f('ix_sent_message_at'))
    op.drop_table('sent_message')
    with op.batch_alter_table('session', schema=None) as batch_op:
        batch_op.drop_index('ix_session_venue_start')
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.drop_column('retention_from')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_search_key'))
        batch_op.drop_column('search_key')
        batch_op.drop_column('consent_date')
        batch_op.drop_column('consent_directory')
        batch_op.drop_column('consent_photos')
