"""Certificate revisions, content keys, the certified period; per-event certificate policy

Revision ID: 0005_certificate_revisions
Revises: 0004_participant_outbox
Create Date: 2026-11-28 04:20:00

Data migration: every certificate gets its content key (one live certificate per person and
event, or per person and module), the day of its last certified session (from its content,
else its issue date) and revision 1. Where older versions issued two live certificates
about the same content (the same key, or certificates for the whole event and for single
modules of the same person and event), the newest stays live and the others are marked
replaced by it.
Codes that earlier reissues replaced ("Ersetzter Prüfcode" in the issue log) become
revisions, so they keep verifying as replaced.
"""
import re
from datetime import date

from alembic import op
import sqlalchemy as sa


revision = '0005_certificate_revisions'
down_revision = '0004_participant_outbox'
branch_labels = None
depends_on = None

_CODE = re.compile(r"Ersetzter Prüfcode: ([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})")


def _key(person_id, kind, session_id):
    # Frozen copy of planner.rules.certificates.certificate_key as of this revision.
    if kind == "module" and session_id is not None:
        return f"p{person_id}:s{session_id}"
    return f"p{person_id}"


def _last_day(content, issued_on):
    days = []
    for line in (content or {}).get("sessions", []) or []:
        text = str(line.get("date", ""))
        m = re.fullmatch(r"(\d{2})\.(\d{2})\.(\d{4})", text)
        if m:
            days.append(date(int(m.group(3)), int(m.group(2)), int(m.group(1))))
    return max(days) if days else issued_on


def upgrade() -> None:
    op.create_table('certificate_revision',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('certificate_id', sa.Integer(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('verification_code', sa.String(length=64), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=False),
    sa.Column('content', sa.JSON(), nullable=False),
    sa.Column('replaced_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['certificate_id'], ['certificate.id'], name=op.f('fk_certificate_revision_certificate_id_certificate'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_certificate_revision'))
    )
    with op.batch_alter_table('certificate_revision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_certificate_revision_certificate_id'), ['certificate_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_certificate_revision_verification_code'), ['verification_code'], unique=False)

    with op.batch_alter_table('certificate', schema=None) as batch_op:
        batch_op.add_column(sa.Column('revision', sa.Integer(), nullable=False, server_default='1'))
        batch_op.add_column(sa.Column('content_key', sa.String(length=40), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('covers_until', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('replaced_by_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('replaced_at', sa.DateTime(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_certificate_replaced_by_id_certificate'), 'certificate', ['replaced_by_id'], ['id'], ondelete='SET NULL')

    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.add_column(sa.Column('certificate_policy', sa.String(length=20), nullable=True))

    _migrate_data()

    with op.batch_alter_table('certificate', schema=None) as batch_op:
        batch_op.create_index('ix_certificate_live_content', ['event_id', 'content_key'], unique=True, sqlite_where=sa.text('replaced_by_id IS NULL'), postgresql_where=sa.text('replaced_by_id IS NULL'))


def _migrate_data() -> None:
    conn = op.get_bind()
    cert = sa.table('certificate', sa.column('id', sa.Integer), sa.column('person_id', sa.Integer),
                    sa.column('event_id', sa.Integer), sa.column('session_id', sa.Integer),
                    sa.column('kind', sa.String), sa.column('issued_on', sa.Date),
                    sa.column('content', sa.JSON), sa.column('updated_at', sa.DateTime),
                    sa.column('content_key', sa.String), sa.column('covers_until', sa.Date),
                    sa.column('replaced_by_id', sa.Integer),
                    sa.column('replaced_at', sa.DateTime), sa.column('revision', sa.Integer))
    issue = sa.table('certificate_issue', sa.column('certificate_id', sa.Integer),
                     sa.column('issued_at', sa.DateTime), sa.column('note', sa.Text))
    revision_t = sa.table('certificate_revision', sa.column('certificate_id', sa.Integer),
                          sa.column('revision', sa.Integer),
                          sa.column('verification_code', sa.String),
                          sa.column('issued_on', sa.Date), sa.column('content', sa.JSON),
                          sa.column('replaced_at', sa.DateTime))
    rows = conn.execute(sa.select(cert.c.id, cert.c.person_id, cert.c.event_id,
                                  cert.c.session_id, cert.c.kind, cert.c.issued_on,
                                  cert.c.content, cert.c.updated_at)
                        .order_by(cert.c.updated_at.desc(), cert.c.id.desc())).all()
    live: dict = {}
    granularity: dict = {}  # (event, person) -> (module-level?, the newest certificate)
    for cid, person_id, event_id, session_id, kind, issued_on, content, updated in rows:
        key = _key(person_id, kind, session_id)
        values = {"content_key": key, "covers_until": _last_day(content, issued_on)}
        module_level = ":s" in key
        first = granularity.setdefault((event_id, person_id), (module_level, cid))
        if first[0] != module_level:  # the newest certificate is about other content
            newest = first[1]
        else:
            newest = live.setdefault((event_id, key), cid)
        if newest != cid:
            values.update(replaced_by_id=newest, replaced_at=updated)
        conn.execute(cert.update().where(cert.c.id == cid).values(**values))
    issued = {cid: day for cid, day in conn.execute(sa.select(cert.c.id, cert.c.issued_on))}
    counters: dict = {}
    for cid, at, note in conn.execute(sa.select(issue.c.certificate_id, issue.c.issued_at,
                                                issue.c.note)
                                      .where(issue.c.note.like('%Ersetzter Prüfcode%'))
                                      .order_by(issue.c.issued_at)):
        for code in _CODE.findall(note or ""):
            counters[cid] = counters.get(cid, 0) + 1
            conn.execute(revision_t.insert().values(
                certificate_id=cid, revision=counters[cid], verification_code=code,
                issued_on=issued.get(cid) or at.date(), content={}, replaced_at=at))
    for cid, n in counters.items():
        conn.execute(cert.update().where(cert.c.id == cid)
                     .values(revision=n + 1))


def downgrade() -> None:
    with op.batch_alter_table('certificate', schema=None) as batch_op:
        batch_op.drop_index('ix_certificate_live_content', sqlite_where=sa.text('replaced_by_id IS NULL'), postgresql_where=sa.text('replaced_by_id IS NULL'))

    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.drop_column('certificate_policy')

    with op.batch_alter_table('certificate', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_certificate_replaced_by_id_certificate'), type_='foreignkey')
        batch_op.drop_column('replaced_at')
        batch_op.drop_column('replaced_by_id')
        batch_op.drop_column('covers_until')
        batch_op.drop_column('content_key')
        batch_op.drop_column('revision')

    with op.batch_alter_table('certificate_revision', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_certificate_revision_verification_code'))
        batch_op.drop_index(batch_op.f('ix_certificate_revision_certificate_id'))

    op.drop_table('certificate_revision')
