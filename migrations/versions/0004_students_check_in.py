"""the students' check-in: who made a choice or a self-rating, a self-rating's words, each level's student
sentence and quick picks, the check-in's PIN and personal codes

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 00:54:09.051505
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

_MADE_BY = "made_by IN ('teacher', 'student')"


def upgrade() -> None:
    op.create_table('checkin_setups',
    sa.Column('classroom_id', sa.String(length=36), nullable=False),
    sa.Column('pin_hash', sa.String(length=300), nullable=False),
    sa.Column('codes_on', sa.Boolean(), nullable=False),
    sa.Column('rating_every_days', sa.Integer(), nullable=False),
    sa.Column('login', sa.String(length=200), server_default='', nullable=False),
    sa.ForeignKeyConstraint(['classroom_id'], ['classrooms.id'], name=op.f('fk_checkin_setups_classroom_id_classrooms')),
    sa.PrimaryKeyConstraint('classroom_id', name=op.f('pk_checkin_setups'))
    )
    op.create_table('checkin_students',
    sa.Column('student_id', sa.String(length=36), nullable=False),
    sa.Column('code_hash', sa.String(length=300), nullable=True),
    sa.Column('rating_asked', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['student_id'], ['students.id'], name=op.f('fk_checkin_students_student_id_students')),
    sa.PrimaryKeyConstraint('student_id', name=op.f('pk_checkin_students'))
    )
    # Every choice and self-rating stored so far was the teacher's: the server default says so.
    with op.batch_alter_table('daily_choices', schema=None) as batch_op:
        batch_op.add_column(sa.Column('made_by', sa.String(length=20), server_default='teacher', nullable=False))
        batch_op.create_check_constraint('made_by_known', _MADE_BY)

    with op.batch_alter_table('levels', schema=None) as batch_op:
        batch_op.add_column(sa.Column('student_text', sa.Text(), server_default='', nullable=False))
        batch_op.add_column(sa.Column('picks', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('own_words', sa.Boolean(), nullable=True))

    with op.batch_alter_table('self_ratings', schema=None) as batch_op:
        batch_op.add_column(sa.Column('words', sa.Text(), server_default='', nullable=False))
        batch_op.add_column(sa.Column('made_by', sa.String(length=20), server_default='teacher', nullable=False))
        batch_op.create_check_constraint('made_by_known', _MADE_BY)


def downgrade() -> None:
    with op.batch_alter_table('self_ratings', schema=None) as batch_op:
        batch_op.drop_constraint('made_by_known', type_='check')
        batch_op.drop_column('made_by')
        batch_op.drop_column('words')

    with op.batch_alter_table('levels', schema=None) as batch_op:
        batch_op.drop_column('own_words')
        batch_op.drop_column('picks')
        batch_op.drop_column('student_text')

    with op.batch_alter_table('daily_choices', schema=None) as batch_op:
        batch_op.drop_constraint('made_by_known', type_='check')
        batch_op.drop_column('made_by')

    op.drop_table('checkin_students')
    op.drop_table('checkin_setups')
