"""Every service over one database, built once by the composition root (autonomy/app.py)."""

from __future__ import annotations

from dataclasses import dataclass

from autonomy.services.checkin import CheckinService
from autonomy.services.choices import ChoiceService
from autonomy.services.coach import CoachService
from autonomy.services.decisions import DecisionService
from autonomy.services.events import EventService
from autonomy.services.exchange import ExchangeService
from autonomy.services.history import HistoryService
from autonomy.services.levels import LevelService
from autonomy.services.reflections import ReflectionService
from autonomy.services.roster import RosterService
from autonomy.services.settings import SettingsService
from autonomy.services.suggestions import SuggestionService
from autonomy.services.views import ViewService
from autonomy.storage.database import Database


@dataclass(frozen=True)
class Services:
    """Every service over one database; built once by the composition root (autonomy/app.py)."""

    db: Database
    roster: RosterService
    levels: LevelService
    events: EventService
    choices: ChoiceService
    reflections: ReflectionService
    decisions: DecisionService
    exchange: ExchangeService
    history: HistoryService
    suggestions: SuggestionService
    settings: SettingsService
    views: ViewService  # read models for the teacher's screen
    coach: CoachService  # read models for the coach's view and the report
    checkin: CheckinService  # the students' own check-in

    @classmethod
    def over(cls, db: Database) -> Services:
        return cls(
            db=db,
            roster=RosterService(db),
            levels=LevelService(db),
            events=EventService(db),
            choices=ChoiceService(db),
            reflections=ReflectionService(db),
            decisions=DecisionService(db),
            exchange=ExchangeService(db),
            history=HistoryService(db),
            suggestions=SuggestionService(db),
            settings=SettingsService(db),
            views=ViewService(db),
            coach=CoachService(db),
            checkin=CheckinService(db),
        )
