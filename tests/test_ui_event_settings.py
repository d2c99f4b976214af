"""File ▸ Event settings: the event's title, languages and time zone, set in the window."""

from __future__ import annotations

from PySide6.QtCore import Qt

from db.loading import load_event
from ui.event_dialog import EventDialog
from ui.interaction import HeadlessInteraction
from ui.main_window import MainWindow


def stored_event(window: MainWindow) -> tuple[dict[str, str], list[str], str]:
    """The event as its file holds it now, read afresh through the window's connection."""
    event = load_event(window.opened.doc).event
    return dict(event.title), list(event.languages), event.timezone


def test_the_dialog_offers_ok_only_for_settings_the_event_can_take(qtbot) -> None:  # noqa: ANN001
    dialog = EventDialog({"ko": "한-영 대화"}, ["ko", "en"], "Asia/Seoul")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ok.isEnabled()
    dialog.timezone.lineEdit().selectAll()
    qtbot.keyClicks(dialog.timezone.lineEdit(), "Europe/Londn")
    assert not dialog.ok.isEnabled() and "Asia/Seoul" in dialog.hint.text()
    qtbot.keyClick(dialog.timezone.lineEdit(), Qt.Key.Key_Backspace)
    qtbot.keyClicks(dialog.timezone.lineEdit(), "on")
    assert dialog.ok.isEnabled()
    dialog.languages.selectAll()
    qtbot.keyClicks(dialog.languages, "ko")
    assert not dialog.ok.isEnabled() and "ko, en" in dialog.hint.text()
    dialog.languages.insert(", 영어")  # a word the event cannot take as a code
    assert not dialog.ok.isEnabled() and "ko, en" in dialog.hint.text()
    dialog.languages.setText("ko")
    qtbot.keyClicks(dialog.languages, " en fr")
    dialog.title_ko.clear()
    assert not dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.title_en, "Korea-UK Dialogue")
    assert dialog.ok.isEnabled()
    assert dialog.changes() == {"title": {"en": "Korea-UK Dialogue"},
                                "languages": ["ko", "en", "fr"], "timezone": "Europe/London"}


def test_event_settings_are_stored_and_undone_in_one_step(
        qtbot, window: MainWindow) -> None:  # noqa: ANN001
    before = stored_event(window)
    assert isinstance(window.interaction, HeadlessInteraction)
    window.interaction.answers.append({"title": {"ko": "한-영 전략대화", "en": "Korea-UK Dialogue"},
                                       "languages": ["ko", "en"], "timezone": "Europe/London"})
    assert window.event_action in window.file_menu.actions()
    window.event_action.trigger()
    assert stored_event(window) == ({"ko": "한-영 전략대화", "en": "Korea-UK Dialogue"},
                                       ["ko", "en"], "Europe/London")
    assert window.opened.loaded.event.timezone == "Europe/London"
    assert window.undo_action.text() == "&Undo Change event settings"
    window.undo_action.trigger()
    assert stored_event(window) == before
    assert window.opened.loaded.event.timezone == before[2]


def test_settings_left_as_they_were_make_no_edit(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    event = window.opened.loaded.event
    window.interaction.answers.append({"title": dict(event.title),
                                       "languages": list(event.languages),
                                       "timezone": event.timezone})
    window.event_action.trigger()
    assert window.opened.undo_stack.count() == 0


def test_the_dialog_offers_the_rules_presets(qtbot) -> None:  # noqa: ANN001
    dialog = EventDialog({"ko": "한-영 대화"}, ["ko", "en"], "Asia/Seoul",
                         policy={"changeover_min": 15})
    qtbot.addWidget(dialog)
    dialog.show()
    # A Korean event follows Korean practice until another preset is chosen.
    assert dialog.preset.currentData() == "korea"
    assert "four hours" in dialog.preset_note.text()
    assert "policy" not in dialog.changes()
    dialog.preset.setFocus()
    qtbot.keyClick(dialog.preset, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.preset, Qt.Key.Key_Down)
    assert dialog.preset.currentData() == "aiic-canada"
    assert "40 minutes" in dialog.preset_note.text()
    # The preset's numbers, keeping the event's own changeover.
    assert dialog.changes()["policy"] == {"preset": "aiic-canada", "changeover_min": 15}


def test_a_preset_chosen_changes_the_findings_and_is_undone(
        qtbot, settings, tmp_path) -> None:  # noqa: ANN001
    from db.demo import write_demo

    window = MainWindow(settings, HeadlessInteraction())  # on the demo as it is shipped
    qtbot.addWidget(window)
    assert window.open_path(write_demo(tmp_path / "shipped.agenda"))

    def team_findings() -> set[str]:
        return {f.sessions[0] for f in window.opened.findings if f.code == "staff.team-size"}

    assert team_findings() == set()  # Korean practice: one consecutive interpreter is enough
    event = window.opened.loaded.event
    window.interaction.answers.append({"title": dict(event.title),
                                       "languages": list(event.languages),
                                       "timezone": event.timezone,
                                       "policy": {"preset": "aiic"}})
    window.event_action.trigger()
    assert load_event(window.opened.doc).event.policy == {"preset": "aiic"}
    assert team_findings() == {"ca-dialogue", "reception", "eu-meeting"}
    window.undo_action.trigger()
    assert load_event(window.opened.doc).event.policy == {"preset": "korea"}
    assert team_findings() == set()
