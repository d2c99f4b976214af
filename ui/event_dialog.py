"""The event's own settings: its title in both languages, its languages, its time zone and
the practice its interpretation rules follow (a policy preset)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit, QVBoxLayout, QWidget)

from db.resource_edits import time_zones
from planner.policy import Policy
from planner.vocabulary import parse_language_codes

PRESET_WORDS: dict[str, tuple[str, str]] = {
    "korea": (QT_TRANSLATE_NOOP("EventDialog", "Korean practice"),
              QT_TRANSLATE_NOOP("EventDialog", "Simultaneous always with two per booth; "
                                "consecutive with one up to about four hours.")),
    "aiic": (QT_TRANSLATE_NOOP("EventDialog", "AIIC"),
             QT_TRANSLATE_NOOP("EventDialog", "AIIC Professional Standards: two per booth, two "
                               "for consecutive and for whispering.")),
    "aiic-canada": (QT_TRANSLATE_NOOP("EventDialog", "AIIC Canada"),
                    QT_TRANSLATE_NOOP("EventDialog", "AIIC Canada's team table: one interpreter "
                                      "up to 40 minutes, two up to four hours, three up to "
                                      "six.")),
}
"""Each policy preset as the dialog names and sums it up (docs/rules.md has every number)."""


def language_codes(text: str) -> list[str] | None:
    """'ko, en' or 'ko en' as codes, in the order written, each once; None if a word is not a
    language code."""
    codes = parse_language_codes(text.lower())
    return None if codes is None else list(dict.fromkeys(codes))


class EventDialog(QDialog):
    """Title, languages and time zone of the event, checked before OK is offered."""

    def __init__(self, title: dict[str, str], languages: list[str], timezone: str,
                 parent: QWidget | None = None, *, policy: dict[str, object] | None = None) -> None:
        super().__init__(parent)
        self.stored_policy = dict(policy or {})
        self.policy_before = Policy.from_mapping(self.stored_policy, languages)
        self.setWindowTitle(self.tr("Event settings"))
        self.title_ko = QLineEdit(title.get("ko", ""))
        self.title_en = QLineEdit(title.get("en", ""))
        self.languages = QLineEdit(", ".join(languages))
        self.languages.setPlaceholderText("ko, en")
        self.timezone = QComboBox()
        self.timezone.setEditable(True)
        self.zones = time_zones()
        self.timezone.addItems(sorted(self.zones))
        self.timezone.setCurrentText(timezone)
        self.preset = QComboBox()
        for key, (label, _) in PRESET_WORDS.items():
            self.preset.addItem(f"{QCoreApplication.translate('EventDialog', label)} ({key})", key)
        self.preset.setCurrentIndex(self.preset.findData(self.policy_before.preset))
        self.preset_note = QLabel()
        self.preset_note.setWordWrap(True)
        self.preset.currentIndexChanged.connect(self._show_preset)
        self._show_preset()
        form = QFormLayout()
        form.addRow(self.tr("Title (Korean)"), self.title_ko)
        form.addRow(self.tr("Title (English)"), self.title_en)
        form.addRow(self.tr("Languages"), self.languages)
        form.addRow(self.tr("Time zone"), self.timezone)
        form.addRow(self.tr("Interpretation rules"), self.preset)
        form.addRow("", self.preset_note)
        note = QLabel(self.tr("Calendars sent to interpreters give their times in this zone."))
        note.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setObjectName("eventHint")
        self.hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        for field in (self.title_ko, self.title_en, self.languages):
            field.textChanged.connect(self._check)
        self.timezone.currentTextChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        """OK only for settings the event can take; the reason shown otherwise."""
        codes = language_codes(self.languages.text())
        if not (self.title_ko.text().strip() or self.title_en.text().strip()):
            reason = self.tr("Give the event a title.")
        elif codes is None or len(codes) < 2:
            reason = self.tr("Write two or more language codes, such as ko, en.")
        elif self.timezone.currentText().strip() not in self.zones:
            reason = self.tr("Choose a time zone from the list, such as Asia/Seoul.")
        else:
            reason = ""
        self.hint.setText(reason)
        self.hint.setVisible(bool(reason))
        self.ok.setEnabled(not reason)

    def _show_preset(self) -> None:
        key = self.preset.currentData()
        self.preset_note.setText(QCoreApplication.translate("EventDialog", PRESET_WORDS[key][1]))

    def changes(self) -> dict[str, object]:
        """The settings as the event stores them; the policy only when its preset changed
        (the new preset's numbers, keeping the event's changeover and room turnover)."""
        title = {lang: field.text().strip() for lang, field in
                 (("ko", self.title_ko), ("en", self.title_en)) if field.text().strip()}
        out: dict[str, object] = {"title": title,
                                  "languages": language_codes(self.languages.text()),
                                  "timezone": self.timezone.currentText().strip()}
        preset = self.preset.currentData()
        if preset != self.policy_before.preset:
            chosen = self.policy_before.with_preset(preset)
            out["policy"] = {"preset": preset, **chosen.overrides()}
        return out
