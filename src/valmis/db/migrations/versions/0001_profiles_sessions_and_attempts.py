"""profiles, sessions and attempts

Revision ID: 0001
Revises:
Create Date: 2026-11-22 17:58:00.889969
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "profiles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("ui_lang", sa.String(length=5), nullable=False),
        sa.Column("practice_lang", sa.String(length=5), nullable=False),
        sa.Column("process", sa.String(length=20), nullable=False),
        sa.Column("market", sa.String(length=20), nullable=False),
        sa.Column("level", sa.String(length=20), nullable=False),
        sa.Column("onboarded", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "practice_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("mode", sa.String(length=20), nullable=False),
        sa.Column("lang", sa.String(length=5), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=True),
        sa.Column("question_ids", sa.JSON(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["profile_id"], ["profiles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("practice_sessions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_practice_sessions_profile_id"), ["profile_id"], unique=False)

    op.create_table(
        "attempts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("question_id", sa.String(length=80), nullable=True),
        sa.Column("question_text", sa.Text(), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=True),
        sa.Column("lang", sa.String(length=5), nullable=False),
        sa.Column("answer_text", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("score", sa.Integer(), nullable=True),
        sa.Column("feedback", sa.JSON(), nullable=True),
        sa.Column("rubric", sa.JSON(), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("think_seconds", sa.Float(), nullable=True),
        sa.Column("answer_seconds", sa.Float(), nullable=True),
        sa.Column("previous_attempt_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("analysed_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["previous_attempt_id"], ["attempts.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["profile_id"], ["profiles.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["session_id"], ["practice_sessions.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("attempts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attempts_category"), ["category"], unique=False)
        batch_op.create_index(batch_op.f("ix_attempts_created_at"), ["created_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_attempts_profile_id"), ["profile_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attempts_question_id"), ["question_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attempts_session_id"), ["session_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("attempts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attempts_session_id"))
        batch_op.drop_index(batch_op.f("ix_attempts_question_id"))
        batch_op.drop_index(batch_op.f("ix_attempts_profile_id"))
        batch_op.drop_index(batch_op.f("ix_attempts_created_at"))
        batch_op.drop_index(batch_op.f("ix_attempts_category"))

    op.drop_table("attempts")
    with op.batch_alter_table("practice_sessions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_practice_sessions_profile_id"))

    op.drop_table("practice_sessions")
    op.drop_table("profiles")
