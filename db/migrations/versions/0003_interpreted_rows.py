"""rows marked interpreted or not, and remote; whispering listeners' language; rooms'
interpretation equipment; policy presets

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-08
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

OLD_DEFAULTS = {
    "changeover_min": 10, "room_turnover_min": 0, "simultaneous_solo_max_min": 40,
    "simultaneous_two_max_min": 240, "simultaneous_three_max_min": 360,
    "simultaneous_four_max_min": 480, "simultaneous_min_per_booth": 2, "relay_booth_min": 3,
    "consecutive_short_max_min": 60, "whisper_short_max_min": 30,
    "whisper_listeners_per_interpreter": 2, "stint_max_min": 180, "stints_per_day_max": 2,
    "stint_gap_min": 30, "break_between_stints_min": 90, "daily_working_max_min": 360,
    "turn_min": 30,
}
"""The numbers every event had before presets: a file that stored them chose nothing."""


def upgrade() -> None:
    # Plain ADD COLUMN, not a batch copy of the table: the copy would lose its CHECK.
    op.add_column('agenda_item', sa.Column('interpreted', sa.Boolean(), nullable=True))
    op.add_column('agenda_item', sa.Column('remote', sa.Boolean(), nullable=False,
                                           server_default=sa.false()))
    op.add_column('session', sa.Column('listener_language', sa.String(), nullable=True))
    op.add_column('room', sa.Column('portable_system', sa.Boolean(), nullable=False,
                                    server_default=sa.false()))
    op.add_column('room', sa.Column('receivers', sa.Integer(), nullable=True))
    # Stored numbers equal to the old defaults were no choice of the event: they go, so the
    # event follows its preset (Korean practice for a Korean event); real choices stay.
    con = op.get_bind()
    for event_id, policy in con.execute(sa.text("SELECT id, policy FROM event")).fetchall():
        values = json.loads(policy) if isinstance(policy, str) else dict(policy or {})
        kept = {k: v for k, v in values.items() if OLD_DEFAULTS.get(k) != v}
        if kept != values:
            con.execute(sa.text("UPDATE event SET policy = :p WHERE id = :i"),
                        {"p": json.dumps(kept), "i": event_id})


def downgrade() -> None:
    op.drop_column('room', 'receivers')
    op.drop_column('room', 'portable_system')
    op.drop_column('session', 'listener_language')
    op.drop_column('agenda_item', 'remote')
    op.drop_column('agenda_item', 'interpreted')
