"""indexes for the coach's decisions and the self-ratings of a reflection

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 14:16:05.322833
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import autonomy.storage.types

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('self_ratings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_self_ratings_reflection_id'), ['reflection_id'], unique=False)

    with op.batch_alter_table('suggestion_decisions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_suggestion_decisions_classroom_id'), ['classroom_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('suggestion_decisions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_suggestion_decisions_classroom_id'))

    with op.batch_alter_table('self_ratings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_self_ratings_reflection_id'))

