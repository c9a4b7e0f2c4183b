"""Preferences' one Save: the thresholds and the backup schedule in one transaction, one undo step at most."""

from __future__ import annotations

import dataclasses

from autonomy.core.policy import Policy
from autonomy.services import Services
from autonomy.services.settings import BackupSchedule


def steps(services: Services) -> int:
    return len(services.history.recent(100))


def test_thresholds_and_schedule_are_one_save_and_one_undo_step(services: Services) -> None:
    before = steps(services)
    policy = dataclasses.replace(Policy(), step_up_hold_days=5, today_list=4)
    services.settings.save_preferences(BackupSchedule(daily_keep=3), policy)
    assert services.suggestions.policy() == policy
    assert services.settings.backup_schedule() == BackupSchedule(daily_keep=3)
    assert steps(services) == before + 1
    assert services.history.can_undo().label == "Changed the suggestion thresholds"
    services.history.undo()
    assert services.suggestions.policy() == Policy()
    assert services.settings.backup_schedule() == BackupSchedule()


def test_a_schedule_alone_is_no_undo_step_and_an_unchanged_save_writes_nothing(services: Services) -> None:
    before = steps(services)
    services.settings.save_preferences(BackupSchedule(enabled=False))
    assert services.settings.backup_schedule() == BackupSchedule(enabled=False)
    services.settings.save_preferences(BackupSchedule(enabled=False))
    assert steps(services) == before
