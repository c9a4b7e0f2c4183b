"""Accessibility: every control of each built screen and dialog has a name a screen reader can say, the level
chips meet WCAG AA contrast in the light and the dark palette, and a level is never told by colour alone."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from autonomy.ui.widgets import chips

AA_TEXT = 4.5  # WCAG 2.x AA, normal-size text


# --- names ---------------------------------------------------------------------------------------------------
CONTROLS = (QAbstractButton, QAbstractSpinBox, QAbstractSlider, QComboBox, QLineEdit, QTextEdit, QPlainTextEdit,
            QAbstractItemView, QTabBar)


def labelled_by(widget: QWidget) -> str:
    """The text of a QLabel that names the widget: a buddy, or the label of its row in a form."""
    top = widget.window()
    for label in top.findChildren(QLabel):
        if label.buddy() is widget and label.text().strip():
            return label.text()
    parent = widget.parentWidget()
    while parent is not None:
        layout = parent.layout()
        for form in ([layout] if isinstance(layout, QFormLayout) else []) + parent.findChildren(QFormLayout):
            label = form.labelForField(widget)
            if isinstance(label, QLabel) and label.text().strip():
                return label.text()
        parent = parent.parentWidget() if parent is not top else None
    return ""


def spoken_name(widget: QWidget) -> str:
    """What a screen reader announces. A combo box's current item or an edit's text is not a name."""
    if widget.accessibleName().strip():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton):
        interface = QAccessible.queryAccessibleInterface(widget)
        text = interface.text(QAccessible.Text.Name) if interface is not None else ""
        return text or widget.toolTip()
    if isinstance(widget, QTabBar):
        return "tabs" if all(widget.tabText(i).strip() for i in range(widget.count())) else ""
    return labelled_by(widget)


def controls(top: QWidget) -> Iterator[QWidget]:
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(top):
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus and not isinstance(widget, QAbstractButton):
            continue
        # Parts Qt builds inside another control (a combo's list, a spin box's line edit, a scroll bar).
        if isinstance(widget.parent(), QComboBox | QAbstractSpinBox) or isinstance(widget, QAbstractSlider):
            continue
        if widget.objectName().startswith("qt_"):
            continue
        yield widget


def unnamed(top: QWidget) -> list[str]:
    return [f"{type(w).__name__} {w.objectName() or ''} in {type(top).__name__}".replace("  ", " ")
            for w in controls(top) if not spoken_name(w).strip()]


def build_main_window(backend, settings, classroom, students):  # students are on screen
    from autonomy.ui.app.window import MainWindow

    window = MainWindow(settings)
    window.attach(backend, classroom.id)
    window.roster.select_ids([students[0].id])
    window.show_detail(True)
    return window


def build_log_dialog(backend, settings, classroom, students):
    from autonomy.ui.roster.log_dialog import LogDialog

    return LogDialog("break", [s.name for s in students], backend.services.events.categories(),
                     backend.views.dimensions())


def build_level_dialog(backend, settings, classroom, students):
    from autonomy.ui.student.level_dialog import LevelDialog

    return LevelDialog(students[0].name, backend.views.dimensions(), {})


def build_choices_dialog(backend, settings, classroom, students):
    from autonomy.ui.roster.choices_dialog import ChoicesDialog

    return ChoicesDialog(students[0].name, backend.views.dimensions(), {}, {})


def build_import_dialog(backend, settings, classroom, students):
    from autonomy.ui.roster.import_dialog import ImportDialog

    return ImportDialog(backend, classroom.id, classroom.name)


def build_student_form(backend, settings, classroom, students):
    from autonomy.ui.setup.student_classroom_forms import student_dialog

    return student_dialog(backend, classroom.id, None)


def build_ladders(backend, settings, classroom, students):
    from autonomy.ui.setup.vocabulary_dialogs import LadderDialog

    return LadderDialog(backend)


def build_catalogue(backend, settings, classroom, students):
    from autonomy.ui.setup.vocabulary_dialogs import CatalogueDialog

    return CatalogueDialog(backend)


def build_decision(backend, settings, classroom, students):
    from autonomy.ui.suggestions.decision_dialogs import DecisionDialog

    return DecisionDialog(True, "Step up Amira in where they work.", dt.date(2026, 11, 25))


def build_preferences(backend, settings, classroom, students):
    from autonomy.ui.setup.preferences_dialog import PreferencesDialog

    return PreferencesDialog(backend, settings)


def build_about(backend, settings, classroom, students):
    from autonomy.ui.app.about_dialog import AboutDialog

    return AboutDialog()


def build_guide(backend, settings, classroom, students):
    from autonomy.ui.app.guide_dialog import GuideDialog

    return GuideDialog()


SCREENS: dict[str, Callable] = {
    "main window (roster and student panel)": build_main_window,
    "log dialog": build_log_dialog,
    "level dialog": build_level_dialog,
    "choices dialog": build_choices_dialog,
    "import dialog": build_import_dialog,
    "student form": build_student_form,
    "ladders": build_ladders,
    "event catalogue": build_catalogue,
    "decision dialog": build_decision,
    "preferences": build_preferences,
    "about": build_about,
    "guide": build_guide,
}


@pytest.mark.parametrize("screen", sorted(SCREENS))
def test_every_control_has_an_accessible_name(screen, qtbot, backend, settings, classroom, students) -> None:
    top = SCREENS[screen](backend, settings, classroom, students)
    qtbot.addWidget(top)
    top.show()
    qtbot.waitExposed(top)
    assert list(controls(top)), "the walk found no controls at all"
    assert not unnamed(top), "\n".join(unnamed(top))


def test_the_check_catches_a_nameless_control(qtbot) -> None:
    top = QWidget()
    qtbot.addWidget(top)
    form = QFormLayout(top)
    named, nameless, combo = QLineEdit(), QLineEdit(), QComboBox()
    combo.addItem("an item is not a name")
    form.addRow("&Name:", named)
    form.addRow(nameless)
    form.addRow(combo)
    top.show()
    assert sorted(unnamed(top)) == ["QComboBox in QWidget", "QLineEdit in QWidget"]


def test_my_dialogs_describe_their_fields(qtbot, backend, settings) -> None:
    from autonomy.ui.setup.preferences_dialog import PreferencesDialog

    dialog = PreferencesDialog(backend, settings)
    qtbot.addWidget(dialog)
    for field in (*dialog.policy_fields.values(), dialog.daily_keep, dialog.weekly_keep, dialog.language,
                  dialog.data_folder, dialog.backup_enabled):
        assert field.accessibleDescription(), field


# --- colour ---------------------------------------------------------------------------------------------------
def palette(window: str) -> QPalette:
    result = QPalette()
    result.setColor(QPalette.ColorRole.Window, QColor(window))
    return result


@pytest.mark.parametrize("variant,window", [("light", "#F5F5F5"), ("dark", "#1F1F1F")])
@pytest.mark.parametrize("top", [2, 4, 6, 9])
def test_chip_text_meets_wcag_aa(qtbot, variant: str, window: str, top: int) -> None:
    pal = palette(window)
    assert chips.is_dark(pal) == (variant == "dark")
    for rank in range(top + 1):
        background, text = chips.chip_colors(rank, top, pal)
        ratio = chips.contrast(background, text)
        assert ratio >= AA_TEXT, f"{variant} level {rank}/{top}: {text.name()} on {background.name()} is {ratio:.2f}:1"


@pytest.mark.parametrize("stops", [chips.LIGHT_CHIPS, chips.DARK_CHIPS])
def test_every_palette_stop_has_an_aa_text_colour(qtbot, stops) -> None:
    for stop in stops:
        best = max(chips.contrast(QColor(stop), chips.DARK_TEXT), chips.contrast(QColor(stop), chips.LIGHT_TEXT))
        assert best >= AA_TEXT, f"{stop}: best text contrast {best:.2f}:1"


def test_contrast_matches_the_wcag_examples(qtbot) -> None:
    assert chips.contrast(QColor("#000000"), QColor("#FFFFFF")) == pytest.approx(21.0)
    assert chips.contrast(QColor("#777777"), QColor("#FFFFFF")) == pytest.approx(4.48, abs=0.01)


def test_a_level_is_never_told_by_colour_alone(qtbot, backend, settings, classroom, students) -> None:
    from autonomy.ui.roster.model import COL_FIRST_DIMENSION

    window = build_main_window(backend, settings, classroom, students)
    qtbot.addWidget(window)
    model = window.roster.model
    dimension = model.dimension_at(COL_FIRST_DIMENSION)
    index = model.index(0, COL_FIRST_DIMENSION)
    display = index.data(Qt.ItemDataRole.DisplayRole)
    spoken = index.data(Qt.ItemDataRole.AccessibleTextRole)
    level_name = dimension.level_name(0)
    assert display.startswith("0") and level_name in display
    assert level_name in spoken and dimension.name in spoken
