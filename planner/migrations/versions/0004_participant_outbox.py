"""Participant outbox; postal address and message language of persons; who cancelled a
registration; reminder days per event; directions to a venue

Revision ID: 0004_participant_outbox
Revises: 0003_participant_feedback
Create Date: 2026-11-28 04:15:50.890426
"""
from alembic import op
import sqlalchemy as sa


revision = '0004_participant_outbox'
down_revision = '0003_participant_feedback'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('outbox_message',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('registration_id', sa.Integer(), nullable=True),
    sa.Column('session_id', sa.Integer(), nullable=True),
    sa.Column('topic', sa.String(length=20), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('before', sa.JSON(), nullable=False),
    sa.Column('known_after', sa.JSON(), nullable=True),
    sa.Column('subject', sa.Text(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('edited', sa.Boolean(), nullable=False),
    sa.Column('edited_by', sa.String(length=100), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('channel', sa.String(length=10), nullable=False),
    sa.Column('address', sa.String(length=254), nullable=False),
    sa.Column('message_id', sa.String(length=200), nullable=False),
    sa.Column('error', sa.Text(), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('sending_at', sa.DateTime(), nullable=True),
    sa.Column('sending_by', sa.String(length=200), nullable=False),
    sa.Column('settled_at', sa.DateTime(), nullable=True),
    sa.Column('settled_by', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_outbox_message_event_id_event'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_outbox_message_person_id_person'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['registration_id'], ['registration.id'], name=op.f('fk_outbox_message_registration_id_registration'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['session_id'], ['session.id'], name=op.f('fk_outbox_message_session_id_session'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outbox_message'))
    )
    with op.batch_alter_table('outbox_message', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outbox_message_person_id'), ['person_id'], unique=False)
        batch_op.create_index('ix_outbox_message_registration_topic', ['registration_id', 'topic'], unique=False)
        batch_op.create_index(batch_op.f('ix_outbox_message_session_id'), ['session_id'], unique=False)
        batch_op.create_index('ix_outbox_message_status_event', ['status', 'event_id'], unique=False)

    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.add_column(sa.Column('reminder_days', sa.Integer(), nullable=True))

    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.add_column(sa.Column('street', sa.String(length=200), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('postcode', sa.String(length=20), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('city', sa.String(length=100), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('language', sa.String(length=2), nullable=False,
                                      server_default='de'))

    with op.batch_alter_table('registration', schema=None) as batch_op:
        batch_op.add_column(sa.Column('cancelled_by', sa.String(length=20), nullable=False,
                                      server_default=''))

    with op.batch_alter_table('venue', schema=None) as batch_op:
        batch_op.add_column(sa.Column('directions', sa.Text(), nullable=False,
                                      server_default=''))



def downgrade() -> None:
    with op.batch_alter_table('venue', schema=None) as batch_op:
        batch_op.drop_column('directions')

    with op.batch_alter_table('registration', schema=None) as batch_op:
        batch_op.drop_column('cancelled_by')

    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_column('language')
        batch_op.drop_column('city')
        batch_op.drop_column('postcode')
        batch_op.drop_column('street')

    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.drop_column('reminder_days')

    with op.batch_alter_table('outbox_message', schema=None) as batch_op:
        batch_op.drop_index('ix_outbox_message_status_event')
        batch_op.drop_index(batch_op.f('ix_outbox_message_session_id'))
        batch_op.drop_index('ix_outbox_message_registration_topic')
        batch_op.drop_index(batch_op.f('ix_outbox_message_person_id'))

    op.drop_table('outbox_message')
