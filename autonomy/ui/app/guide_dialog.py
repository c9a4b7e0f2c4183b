"""A short built-in guide to the ideas behind the levels and the suggestions, in the project's own words."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from autonomy.ui.widgets.screen_fit import fit_and_remember


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        fit_and_remember(self)  # within the screen, at the size it had last time (widgets/screen_fit.py)
        self.setWindowTitle(self.tr("Guide: handing over freedom step by step"))
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("Guide text"))
        self.text.setOpenExternalLinks(False)
        self.text.setHtml(self.document())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.horizontalAdvance("M") * 48, metrics.lineSpacing() * 34)

    def sections(self) -> list[tuple[str, list[str]]]:
        """(heading, paragraphs): each a whole sentence or more, so translators see the full thought."""
        return [
            (self.tr("Freedom is handed over, not switched on"), [
                self.tr("Every student starts where the teacher decides and moves, one small step at a time, "
                        "towards deciding and checking for themselves. First you show how, then you do it "
                        "together, then they do it with a partner, then alone."),
                self.tr("Autonomy tracks four kinds of freedom separately: where a student works, their pace, "
                        "what they work on and how they show their learning. A student can be trusted to work "
                        "in the hallway long before they choose their own project, and that is fine."),
            ]),
            (self.tr("Levels"), [
                self.tr("Each kind of freedom has a ladder of levels. Level 0 is teacher-directed; each level "
                        "above it hands over a little more: a choice among options you set, then something "
                        "planned together, then the student's own decision that they keep an eye on "
                        "themselves. You can rename the levels and add your own ladder under Setup."),
                self.tr("A level always shows its number and its name, never only a colour. A level changes "
                        "only when you change it; the app keeps every change with its reason."),
            ]),
            (self.tr("Trust, built and broken"), [
                self.tr("Freedom rests on trust, and trust grows from what students do with the freedom they "
                        "have. Mark the moments that build it (finished what they chose, stayed on task away "
                        "from you, helped a classmate) and the ones that break it (left the agreed area, did "
                        "not finish). A quick observation can be noted too."),
                self.tr("A slip is part of learning, not a verdict. What matters is the conversation after it "
                        "and the way back."),
            ]),
            (self.tr("Suggestions"), [
                self.tr("The app reads what you logged and suggests a next small step. It is careful on "
                        "purpose, and it always shows the evidence behind a suggestion so you can say it out "
                        "loud to the student. You decide: accept, dismiss with a reason, or snooze."),
                self.tr("Step up: after a week at a level, at least four trust-building moments on three "
                        "different days, and no break in that area for ten days. Never more than one level at "
                        "a time."),
                self.tr("Reflect: after a trust-breaking moment that no conversation has followed yet. A minor "
                        "slip gets one short question; a serious one a full conversation."),
                self.tr("Step back: one level, in that area only, after three breaks within ten days or one "
                        "serious break. It always comes with a conversation and a clear way back up."),
                self.tr("Check in: when nothing has been noted about a student for ten days, so no one goes "
                        "unseen. Follow up: when the date agreed in a conversation has come. Class step: when "
                        "most of the class has reached a level, it may be the new starting point for all."),
                self.tr("Every number here can be changed under Edit, Preferences. A dismissed or snoozed "
                        "suggestion stays away until there is new evidence or the snooze ends."),
            ]),
            (self.tr("Conversations"), [
                self.tr("A reflection conversation asks what happened, what the student was thinking, who was "
                        "affected, what would put it right and what they will do next time. Write down the "
                        "student's own words and what you agreed, and set a date to look at it again."),
                self.tr("Students can rate themselves too. Their rating is shown beside yours and never mixed "
                        "into it: the difference is often the best start for the next conversation."),
            ]),
        ]

    def document(self) -> str:
        parts = []
        for heading, paragraphs in self.sections():
            parts.append(f"<h3>{html.escape(heading)}</h3>")
            parts.extend(f"<p>{html.escape(paragraph)}</p>" for paragraph in paragraphs)
        return "".join(parts)
