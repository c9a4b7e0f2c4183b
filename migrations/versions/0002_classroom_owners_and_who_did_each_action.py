"""classroom owners and who did each action

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 13:16:53.868843
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import autonomy.storage.types

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Every classroom and action so far was one person's: the local user of an SQLite file, or on a server the
    # role running the upgrade (an administrator hands classrooms on: RosterService.set_classroom_owner).
    # Added with a default, which SQLite does in place: rebuilding `classrooms` would trip the foreign keys
    # pointing at it (they are on, and cannot be turned off inside the migration's transaction).
    if op.get_bind().dialect.name == "sqlite":
        from autonomy.storage.database import local_user

        who: sa.ColumnElement = sa.literal(local_user())
    else:
        who = sa.func.current_user()
    with op.batch_alter_table('actions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('actor', sa.String(length=200), server_default='', nullable=False))
        batch_op.create_index(batch_op.f('ix_actions_actor'), ['actor'], unique=False)
    with op.batch_alter_table('classrooms', schema=None) as batch_op:
        batch_op.add_column(sa.Column('owner', sa.String(length=200), server_default='', nullable=False))
        batch_op.create_index(batch_op.f('ix_classrooms_owner'), ['owner'], unique=False)
    op.execute(sa.table('actions', sa.column('actor')).update().values(actor=who))
    op.execute(sa.table('classrooms', sa.column('owner')).update().values(owner=who))


def downgrade() -> None:
    with op.batch_alter_table('classrooms', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_classrooms_owner'))
        batch_op.drop_column('owner')

    with op.batch_alter_table('actions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_actions_actor'))
        batch_op.drop_column('actor')

