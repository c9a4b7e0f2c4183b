"""The questions of a reflection conversation: picked from the prompt library for the situation, each with a
box to tick when it was asked and a Swap button that offers another question for the same moment (going round
every fitting one before any comes back)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QPushButton, QSizePolicy, QWidget

from autonomy.core.prompts import FillWords, PickedPrompt, PromptLibrary, alternatives, pick_prompts


@dataclass
class PromptSlot:
    """One question on screen; `seen` are the prompts already swapped out of this place."""

    prompt: PickedPrompt
    asked: QCheckBox
    text: QLabel
    swap: QPushButton
    seen: list[str] = field(default_factory=list)


class QuestionsBox(QWidget):
    def __init__(self, library: PromptLibrary, recent_ids: Sequence[str], seed: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library, self._recent, self._seed = library, tuple(recent_ids), seed
        self.slots: list[PromptSlot] = []
        self._situation: tuple[object, ...] | None = None
        # The dimension, habit and words to fill in, for swapping.
        self._fit: tuple[str | None, str | None, FillWords] = (None, None, FillWords())
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(1, 1)
        self.grid.setHorizontalSpacing(8)

    def show_for(self, *, purpose: str, severity: str | None, dimension: str | None, habit: str | None,
                 fill: FillWords, only_if_changed: bool = False) -> None:
        """Pick the questions for this situation (prompts heard last time only when nothing else fits)."""
        situation = (purpose, severity, dimension, habit, tuple(sorted(fill.items())))
        if only_if_changed and situation == self._situation:
            return
        self._situation = situation
        self._fit = (dimension, habit, fill)
        picked = pick_prompts(self._library, purpose=purpose, severity=severity, dimension=dimension, habit=habit,
                              recent_ids=self._recent, seed=self._seed, **fill)
        self._show(picked)

    def _show(self, picked: list[PickedPrompt]) -> None:
        for slot in self.slots:
            for widget in (slot.asked, slot.text, slot.swap):
                self.grid.removeWidget(widget)
                widget.hide()  # off the screen and out of the Tab chain now, not when it is deleted
                widget.deleteLater()
        self.slots = []
        for row, prompt in enumerate(picked):
            asked = QCheckBox()
            asked.setChecked(True)
            text = QLabel(prompt.text)
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            swap = QPushButton(self.tr("Swap"))
            slot = PromptSlot(prompt, asked, text, swap)
            swap.clicked.connect(lambda _checked=False, s=slot: self.swap(s))
            self._describe(slot)
            self.grid.addWidget(asked, row, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(text, row, 1, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(swap, row, 2, Qt.AlignmentFlag.AlignTop)
            self.slots.append(slot)

    def _describe(self, slot: PromptSlot) -> None:
        slot.text.setText(slot.prompt.text)
        slot.asked.setAccessibleName(self.tr("Asked: {question}").format(question=slot.prompt.text))
        slot.swap.setAccessibleName(self.tr("Swap: {question}").format(question=slot.prompt.text))
        slot.swap.setToolTip(self.tr("Another question for the same moment"))

    def swap(self, slot: PromptSlot) -> bool:
        """Put another fitting question in this place; returns False when no other one fits."""
        shown = [s.prompt.id for s in self.slots]
        dimension, habit, fill = self._fit
        options = alternatives(self._library, slot.prompt.id, exclude=[*shown, *self._recent, *slot.seen],
                               dimension=dimension, habit=habit, **fill)
        if not options:  # every one has been offered: start the round again
            slot.seen.clear()
            options = alternatives(self._library, slot.prompt.id, exclude=shown, dimension=dimension, habit=habit,
                                   **fill)
        if not options:
            slot.swap.setEnabled(False)
            slot.swap.setToolTip(self.tr("No other question fits this moment"))
            return False
        slot.seen.append(slot.prompt.id)
        slot.prompt = options[0]
        slot.asked.setChecked(True)
        self._describe(slot)
        return True

    def asked(self) -> list[str]:
        """The questions ticked as asked, in their order."""
        return [s.prompt.text for s in self.slots if s.asked.isChecked()]
