"""File ▸ Backups: the event's backups with their time and size, to open one read-only or
restore it, and how many to keep."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QLabel,
                               QPushButton, QSpinBox, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
                               QWidget)

from db.backups import Backup, backup_problem
from ui.backup_places import MAX_KEEP

REASONS = {
    "open": QT_TRANSLATE_NOOP("BackupsDialog", "on opening"),
    "edit": QT_TRANSLATE_NOOP("BackupsDialog", "while editing"),
    "close": QT_TRANSLATE_NOOP("BackupsDialog", "on closing"),
    "restore": QT_TRANSLATE_NOOP("BackupsDialog", "before a restore"),
}
"""Why each backup was taken, as the list says it."""

OPEN, RESTORE = "open", "restore"


@dataclass(frozen=True)
class BackupChoice:
    """What the user chose in the Backups dialog: how many to keep, and what to do with
    which backup (nothing, when ``action`` is None)."""

    keep: int
    action: str | None = None
    backup: Path | None = None


class BackupsDialog(QDialog):
    """The list of backups, newest first, with Open read-only copy and Restore."""

    def __init__(self, event: Path, backups: list[Backup], keep: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Backups of {0}").format(event.name))
        self.resize(640, 360)
        self.backups = backups
        self.action: str | None = None
        self.list = QTreeWidget()
        self.list.setObjectName("backupList")
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels([self.tr("Taken"), self.tr("Why"), self.tr("Size"),
                                   self.tr("Check")])
        locale = QLocale()
        for backup in backups:
            problem = backup_problem(backup.path)
            item = QTreeWidgetItem([
                backup.taken.strftime("%Y-%m-%d %H:%M:%S"),
                QCoreApplication.translate("BackupsDialog", REASONS.get(backup.reason, "")),
                locale.formattedDataSize(backup.size),
                self.tr("good") if problem is None else self.tr("damaged")])
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(0, str(backup.path))
            item.setToolTip(3, problem or "")
            item.setData(0, Qt.ItemDataRole.UserRole, problem is None)
            self.list.addTopLevelItem(item)
        for column in range(4):
            self.list.resizeColumnToContents(column)
        if backups:
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self.empty = QLabel(self.tr("No backups yet: one is taken each time the event is opened "
                                    "for editing."))
        self.empty.setWordWrap(True)
        self.empty.setVisible(not backups)
        where = QLabel(self.tr("Kept in {0}").format(
            str(backups[0].path.parent) if backups else ""))
        where.setVisible(bool(backups))
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.keep = QSpinBox()
        self.keep.setObjectName("backupsKept")
        self.keep.setRange(1, MAX_KEEP)
        self.keep.setValue(keep)
        keep_label = QLabel(self.tr("&Keep the last"))
        keep_label.setBuddy(self.keep)
        keep_row = QHBoxLayout()
        keep_row.addWidget(keep_label)
        keep_row.addWidget(self.keep)
        keep_row.addWidget(QLabel(self.tr("backups (older ones go at the next backup)")))
        keep_row.addStretch(1)

        self.open_button = QPushButton(self.tr("&Open read-only copy"))
        self.open_button.setObjectName("openBackup")
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.setObjectName("restoreBackup")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.open_button.clicked.connect(lambda: self._choose(OPEN))
        self.restore_button.clicked.connect(lambda: self._choose(RESTORE))
        self.list.currentItemChanged.connect(self._enable)
        self.list.itemDoubleClicked.connect(lambda *_: self._choose(OPEN))

        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        layout.addWidget(where)
        layout.addLayout(keep_row)
        layout.addWidget(buttons)
        self._enable()

    def _enable(self, *_args: object) -> None:
        """Only a good backup can be opened or restored."""
        item = self.list.currentItem()
        good = item is not None and bool(item.data(0, Qt.ItemDataRole.UserRole))
        self.open_button.setEnabled(good)
        self.restore_button.setEnabled(good)

    def _choose(self, action: str) -> None:
        if self.open_button.isEnabled():
            self.action = action
            self.accept()

    def choice(self) -> BackupChoice:
        item = self.list.currentItem()
        backup = self.backups[self.list.indexOfTopLevelItem(item)].path \
            if item is not None and self.action else None
        return BackupChoice(self.keep.value(), self.action if backup else None, backup)
