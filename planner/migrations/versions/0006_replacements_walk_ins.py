"""Replacement sessions, walk-in bookings, the calendar revision of a booking

Revision ID: 0006_replacements_walk_ins
Revises: 0005_certificate_revisions
Create Date: 2026-11-28 07:40:00

Data migration: active bookings get calendar revision 0 and cancelled ones 1 (their sessions
may be in the person's calendar, so they are sent as cancelled); waiting ones none. A
session titled "<title> (Ersatztermin)" is linked to the cancelled session of that title in
the same event (how replacements were planned before).
"""
from alembic import op
import sqlalchemy as sa


revision = '0006_replacements_walk_ins'
down_revision = '0005_certificate_revisions'
branch_labels = None
depends_on = None

SUFFIX = " (Ersatztermin)"


def upgrade() -> None:
    with op.batch_alter_table('registration', schema=None) as batch_op:
        batch_op.add_column(sa.Column('walk_in', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
        batch_op.add_column(sa.Column('calendar_revision', sa.Integer(), nullable=True))

    with op.batch_alter_table('session', schema=None) as batch_op:
        batch_op.add_column(sa.Column('replaces_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_session_replaces_id'), ['replaces_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_session_replaces_id_session'), 'session', ['replaces_id'], ['id'], ondelete='SET NULL')

    conn = op.get_bind()
    reg = sa.table('registration', sa.column('status', sa.String),
                   sa.column('calendar_revision', sa.Integer))
    conn.execute(reg.update().where(reg.c.status == 'registered').values(calendar_revision=0))
    conn.execute(reg.update().where(reg.c.status == 'cancelled').values(calendar_revision=1))
    session = sa.table('session', sa.column('id', sa.Integer), sa.column('event_id', sa.Integer),
                       sa.column('title', sa.String), sa.column('status', sa.String),
                       sa.column('replaces_id', sa.Integer))
    cancelled = {(eid, title): sid for sid, eid, title in conn.execute(
        sa.select(session.c.id, session.c.event_id, session.c.title)
        .where(session.c.status == 'cancelled'))}
    for sid, eid, title in conn.execute(
            sa.select(session.c.id, session.c.event_id, session.c.title)
            .where(session.c.title.like('%' + SUFFIX)).order_by(session.c.id)).all():
        old = cancelled.pop((eid, title[:-len(SUFFIX)]), None)
        if old is not None:
            conn.execute(session.update().where(session.c.id == sid).values(replaces_id=old))


def downgrade() -> None:
    with op.batch_alter_table('session', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_session_replaces_id_session'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_session_replaces_id'))
        batch_op.drop_column('replaces_id')

    with op.batch_alter_table('registration', schema=None) as batch_op:
        batch_op.drop_column('calendar_revision')
        batch_op.drop_column('walk_in')
