"""the first schema: every entity of the domain

Revision ID: 0001
Revises: 
Create Date: 2026-11-25 12:40:33.225697
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import autonomy.storage.types

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('actions',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('label', sa.String(length=300), nullable=False),
    sa.Column('at', autonomy.storage.types.UTCDateTime(), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.CheckConstraint("state IN ('done', 'undone', 'discarded')", name=op.f('ck_actions_state_known')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_actions'))
    )
    with op.batch_alter_table('actions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_actions_state'), ['state'], unique=False)

    op.create_table('classrooms',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('subject', sa.String(length=200), nullable=False),
    sa.Column('school_year', sa.String(length=20), nullable=False),
    sa.Column('archived', sa.Boolean(), nullable=False),
    sa.Column('created_at', autonomy.storage.types.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_classrooms'))
    )
    op.create_table('dimensions',
    sa.Column('key', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('question', sa.String(length=400), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('builtin', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_dimensions'))
    )
    op.create_table('event_categories',
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('archived', sa.Boolean(), nullable=False),
    sa.CheckConstraint("kind IN ('build', 'break', 'observation')", name=op.f('ck_event_categories_kind_known')),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_event_categories'))
    )
    op.create_table('settings',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    op.create_table('students',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('external_id', sa.String(length=64), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', autonomy.storage.types.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_students'))
    )
    with op.batch_alter_table('students', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_students_external_id'), ['external_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_students_name'), ['name'], unique=False)

    op.create_table('daily_choices',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('student_id', sa.String(length=36), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('dimension_key', sa.String(length=40), nullable=False),
    sa.Column('choice', sa.String(length=200), nullable=False),
    sa.Column('within_level', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['dimension_key'], ['dimensions.key'], name=op.f('fk_daily_choices_dimension_key_dimensions')),
    sa.ForeignKeyConstraint(['student_id'], ['students.id'], name=op.f('fk_daily_choices_student_id_students')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_daily_choices'))
    )
    with op.batch_alter_table('daily_choices', schema=None) as batch_op:
        batch_op.create_index('ix_daily_choices_student_day', ['student_id', 'day'], unique=False)

    op.create_table('enrolments',
    sa.Column('student_id', sa.String(length=36), nullable=False),
    sa.Column('classroom_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['classroom_id'], ['classrooms.id'], name=op.f('fk_enrolments_classroom_id_classrooms')),
    sa.ForeignKeyConstraint(['student_id'], ['students.id'], name=op.f('fk_enrolments_student_id_students')),
    sa.PrimaryKeyConstraint('student_id', 'classroom_id', name=op.f('pk_enrolments'))
    )
    with op.batch_alter_table('enrolments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_enrolments_classroom_id'), ['classroom_id'], unique=False)

    op.create_table('levels',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('dimension_key', sa.String(length=40), nullable=False),
    sa.Column('rank', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.CheckConstraint('rank >= 0', name=op.f('ck_levels_rank_not_negative')),
    sa.ForeignKeyConstraint(['dimension_key'], ['dimensions.key'], name=op.f('fk_levels_dimension_key_dimensions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_levels')),
    sa.UniqueConstraint('dimension_key', 'rank', name='dimension_rank')
    )
    op.create_table('reflections',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('student_id', sa.String(length=36), nullable=False),
    sa.Column('at', autonomy.storage.types.UTCDateTime(), nullable=False),
    sa.Column('prompts', sa.JSON(), nullable=False),
    sa.Column('student_words', sa.Text(), nullable=False),
    sa.Column('agreement', sa.Text(), nullable=False),
    sa.Column('follow_up', sa.Date(), nullable=True),
    sa.Column('outcome', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['student_id'], ['students.id'], name=op.f('fk_reflections_student_id_students')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reflections'))
    )
    with op.batch_alter_table('reflections', schema=None) as batch_op:
        batch_op.create_index('ix_reflections_student_at', ['student_id', 'at'], unique=False)

    op.create_table('row_changes',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('action_id', sa.Integer(), nullable=False),
    sa.Column('table_name', sa.String(length=60), nullable=False),
    sa.Column('row_key', sa.JSON(), nullable=False),
    sa.Column('before', sa.JSON(), nullable=True),
    sa.Column('after', sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(['action_id'], ['actions.id'], name=op.f('fk_row_changes_action_id_actions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_row_changes'))
    )
    with op.batch_alter_table('row_changes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_row_changes_action_id'), ['action_id'], unique=False)

    op.create_table('suggestion_decisions',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('student_id', sa.String(length=36), nullable=True),
    sa.Column('classroom_id', sa.String(length=36), nullable=True),
    sa.Column('dimension_key', sa.String(length=40), nullable=True),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('decision', sa.String(length=20), nullable=False),
    sa.Column('at', autonomy.storage.types.UTCDateTime(), nullable=False),
    sa.Column('until', sa.Date(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('evidence', sa.JSON(), nullable=False),
    sa.CheckConstraint("decision IN ('accepted', 'dismissed', 'snoozed')", name=op.f('ck_suggestion_decisions_decision_known')),
    sa.ForeignKeyConstraint(['classroom_id'], ['classrooms.id'], name=op.f('fk_suggestion_decisions_classroom_id_classrooms')),
    sa.ForeignKeyConstraint(['dimension_key'], ['dimensions.key'], name=op.f('fk_suggestion_decisions_dimension_key_dimensions')),
    sa.ForeignKeyConstraint(['student_id'], ['students.id'], name=op.f('fk_suggestion_decisions_student_id_students')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_suggestion_decisions'))
    )
    with op.batch_alter_table('suggestion_decisions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_suggestion_decisions_student_id'), ['student_id'], unique=False)

    op.create_table('trust_events',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('group_id', sa.String(length=36), nullable=False),
    sa.Column('student_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('category_key', sa.String(length=60), nullable=False),
    sa.Column('dimension_key', sa.String(length=40), nullable=True),
    sa.Column('severity', sa.String(length=20), nullable=True),
    sa.Column('habit', sa.String(length=40), nullable=True),
    sa.Column('at', autonomy.storage.types.UTCDateTime(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('created_at', autonomy.storage.types.UTCDateTime(), nullable=False),
    sa.CheckConstraint("kind IN ('build', 'break', 'observation')", name=op.f('ck_trust_events_kind_known')),
    sa.CheckConstraint("severity IS NULL OR severity IN ('minor', 'moderate', 'serious')", name=op.f('ck_trust_events_severity_known')),
    sa.ForeignKeyConstraint(['category_key'], ['event_categories.key'], name=op.f('fk_trust_events_category_key_event_categories')),
    sa.ForeignKeyConstraint(['dimension_key'], ['dimensions.key'], name=op.f('fk_trust_events_dimension_key_dimensions')),
    sa.ForeignKeyConstraint(['student_id'], ['students.id'], name=op.f('fk_trust_events_student_id_students')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_trust_events'))
    )
    with op.batch_alter_table('trust_events', schema=None) as batch_op:
        batch_op.create_index('ix_trust_events_student_at', ['student_id', 'at'], unique=False)

    op.create_table('level_changes',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('student_id', sa.String(length=36), nullable=False),
    sa.Column('dimension_key', sa.String(length=40), nullable=False),
    sa.Column('from_level', sa.Integer(), nullable=False),
    sa.Column('to_level', sa.Integer(), nullable=False),
    sa.Column('at', autonomy.storage.types.UTCDateTime(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('decided_by', sa.String(length=200), nullable=False),
    sa.Column('evidence', sa.JSON(), nullable=False),
    sa.Column('reflection_id', sa.String(length=36), nullable=True),
    sa.CheckConstraint("source IN ('manual', 'suggestion', 'reflection')", name=op.f('ck_level_changes_source_known')),
    sa.ForeignKeyConstraint(['dimension_key'], ['dimensions.key'], name=op.f('fk_level_changes_dimension_key_dimensions')),
    sa.ForeignKeyConstraint(['reflection_id'], ['reflections.id'], name=op.f('fk_level_changes_reflection_id_reflections')),
    sa.ForeignKeyConstraint(['student_id'], ['students.id'], name=op.f('fk_level_changes_student_id_students')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_level_changes'))
    )
    with op.batch_alter_table('level_changes', schema=None) as batch_op:
        batch_op.create_index('ix_level_changes_student_dimension_at', ['student_id', 'dimension_key', 'at'], unique=False)

    op.create_table('reflection_events',
    sa.Column('reflection_id', sa.String(length=36), nullable=False),
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['trust_events.id'], name=op.f('fk_reflection_events_event_id_trust_events')),
    sa.ForeignKeyConstraint(['reflection_id'], ['reflections.id'], name=op.f('fk_reflection_events_reflection_id_reflections')),
    sa.PrimaryKeyConstraint('reflection_id', 'event_id', name=op.f('pk_reflection_events'))
    )
    with op.batch_alter_table('reflection_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reflection_events_event_id'), ['event_id'], unique=False)

    op.create_table('self_ratings',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('student_id', sa.String(length=36), nullable=False),
    sa.Column('reflection_id', sa.String(length=36), nullable=True),
    sa.Column('dimension_key', sa.String(length=40), nullable=False),
    sa.Column('level', sa.Integer(), nullable=False),
    sa.Column('at', autonomy.storage.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['dimension_key'], ['dimensions.key'], name=op.f('fk_self_ratings_dimension_key_dimensions')),
    sa.ForeignKeyConstraint(['reflection_id'], ['reflections.id'], name=op.f('fk_self_ratings_reflection_id_reflections')),
    sa.ForeignKeyConstraint(['student_id'], ['students.id'], name=op.f('fk_self_ratings_student_id_students')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_self_ratings'))
    )
    with op.batch_alter_table('self_ratings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_self_ratings_student_id'), ['student_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('self_ratings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_self_ratings_student_id'))

    op.drop_table('self_ratings')
    with op.batch_alter_table('reflection_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reflection_events_event_id'))

    op.drop_table('reflection_events')
    with op.batch_alter_table('level_changes', schema=None) as batch_op:
        batch_op.drop_index('ix_level_changes_student_dimension_at')

    op.drop_table('level_changes')
    with op.batch_alter_table('trust_events', schema=None) as batch_op:
        batch_op.drop_index('ix_trust_events_student_at')

    op.drop_table('trust_events')
    with op.batch_alter_table('suggestion_decisions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_suggestion_decisions_student_id'))

    op.drop_table('suggestion_decisions')
    with op.batch_alter_table('row_changes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_row_changes_action_id'))

    op.drop_table('row_changes')
    with op.batch_alter_table('reflections', schema=None) as batch_op:
        batch_op.drop_index('ix_reflections_student_at')

    op.drop_table('reflections')
    op.drop_table('levels')
    with op.batch_alter_table('enrolments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_enrolments_classroom_id'))

    op.drop_table('enrolments')
    with op.batch_alter_table('daily_choices', schema=None) as batch_op:
        batch_op.drop_index('ix_daily_choices_student_day')

    op.drop_table('daily_choices')
    with op.batch_alter_table('students', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_students_name'))
        batch_op.drop_index(batch_op.f('ix_students_external_id'))

    op.drop_table('students')
    op.drop_table('settings')
    op.drop_table('event_categories')
    op.drop_table('dimensions')
    op.drop_table('classrooms')
    with op.batch_alter_table('actions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_actions_state'))

    op.drop_table('actions')
