"""Preferences kept with the data (the `settings` table), so they travel with the database and its backups.

Only what belongs to the record lives here (the backup schedule; the suggestion thresholds are the suggestion
service's). What belongs to one computer — the window layout, the language — stays in QSettings.
Runs on the database lane.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any

from autonomy.core.bounds import shown
from autonomy.core.errors import InvalidInput
from autonomy.core.policy import Policy
from autonomy.services import access
from autonomy.services.contract import reads, writes
from autonomy.services.lookup import POLICY_KEY
from autonomy.services.unit import write
from autonomy.storage.database import Database
from autonomy.storage.models import Setting

BACKUP_SCHEDULE_KEY = "backup_schedule"
MAX_KEEP = 365


@dataclass(frozen=True)
class BackupSchedule:
    """A backup once a day while enabled: the newest `daily_keep` dailies and `weekly_keep` weeklies are kept."""

    enabled: bool = True
    daily_keep: int = 7
    weekly_keep: int = 4

    def __post_init__(self) -> None:
        if not isinstance(self.enabled, bool):
            raise InvalidInput("enabled", f"must be true or false, not {shown(self.enabled)}")
        for name in ("daily_keep", "weekly_keep"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_KEEP:
                raise InvalidInput(name, f"must be a whole number from 0 to {MAX_KEEP}, not {shown(value)}")
        if self.enabled and self.daily_keep == 0 and self.weekly_keep == 0:
            raise InvalidInput("daily_keep", "and weekly_keep cannot both be 0 while backups are on")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BackupSchedule:
        """Missing keys take the default; unknown keys are ignored (a newer app may add some)."""
        if not isinstance(data, Mapping):
            raise InvalidInput("backup_schedule", "must be a mapping")
        known = {k: data[k] for k in ("enabled", "daily_keep", "weekly_keep") if k in data}
        return cls(**known)


class SettingsService:
    def __init__(self, db: Database) -> None:
        self._db = db

    @reads
    def get(self, key: str, default: Any = None) -> Any:
        with self._db.reading() as session:
            stored = session.get(Setting, key)
            return stored.value if stored is not None else default

    @writes
    def put(self, key: str, value: Any, label: str) -> None:
        access.require_admin(self._db.who(), "the school's settings")
        # A preference, not classroom work: it does not join the undo history the teacher uses in class.
        with write(self._db, label, undoable=False) as session:
            stored = session.get(Setting, key)
            if stored is None:
                session.add(Setting(key=key, value=value))
            else:
                stored.value = value

    @reads
    def backup_schedule(self) -> BackupSchedule:
        stored = self.get(BACKUP_SCHEDULE_KEY)
        if not isinstance(stored, Mapping):
            return BackupSchedule()
        try:
            return BackupSchedule.from_dict(stored)
        except InvalidInput:  # a hand-edited or damaged value: the safe default, not a crash
            return BackupSchedule()

    @writes
    def save_preferences(self, schedule: BackupSchedule, policy: Policy | None = None) -> None:
        """What one Save of Preferences writes: the backup schedule, and the suggestion thresholds when they
        changed (`policy`), in one transaction. With the thresholds it is one undo step, as `set_policy` is (its
        undo puts the schedule back too); a schedule alone is a preference, outside the undo history."""
        schedule_changed = schedule != self.backup_schedule()
        if policy is None and not schedule_changed:
            return  # (a teacher on a server, who may change neither, saves the dialog too)
        access.require_admin(self._db.who(), "the school's suggestion thresholds" if policy is not None
                             else "the school's settings")
        label = "Changed the suggestion thresholds" if policy is not None else "Changed the backup schedule"
        with write(self._db, label, undoable=policy is not None) as session:
            for key, value in ((POLICY_KEY, policy.to_dict() if policy is not None else None),
                               (BACKUP_SCHEDULE_KEY, schedule.to_dict() if schedule_changed else None)):
                if value is None:
                    continue
                stored = session.get(Setting, key)
                if stored is None:
                    session.add(Setting(key=key, value=value))
                else:
                    stored.value = value

    @writes
    def set_backup_schedule(self, schedule: BackupSchedule) -> BackupSchedule:
        if schedule == self.backup_schedule():
            return schedule  # (Preferences saves it every time; a teacher on a server may not change it)
        self.put(BACKUP_SCHEDULE_KEY, schedule.to_dict(), "Changed the backup schedule")
        return schedule
