"""Where the program keeps what is the user's own: the data folder (backups of events in
folders that cannot be written) and how many backups the preferences keep."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths

from db.backups import DEFAULT_KEEP

KEEP_SETTING = "backupsKept"
MAX_KEEP = 100
ORGANIZATION = APPLICATION = "Agenda Planner"


def name_application() -> None:
    """The names QSettings and QStandardPaths file our things under, when nobody set them."""
    if not QCoreApplication.organizationName():
        QCoreApplication.setOrganizationName(ORGANIZATION)
    if not QCoreApplication.applicationName():
        QCoreApplication.setApplicationName(APPLICATION)


def user_data_folder() -> Path:
    """The user's data folder for Agenda Planner (where backups go when the event's folder
    cannot be written)."""
    name_application()
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def backups_kept(settings: QSettings) -> int:
    """How many backups of an event to keep: the preference, 1 to 100, 10 unless set."""
    try:
        value = int(settings.value(KEEP_SETTING, DEFAULT_KEEP))
    except (TypeError, ValueError):
        return DEFAULT_KEEP
    return min(max(value, 1), MAX_KEEP)
