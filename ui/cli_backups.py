"""The command line's backups: ``backups FILE`` lists them, ``restore FILE BACKUP`` puts one
back, and a damaged file's refusal names its newest good backup."""

from __future__ import annotations

import argparse
from pathlib import Path

from db.backups import (Backup, BackupError, backup_problem, list_backups, newest_good_backup,
                        restore_backup)

REASON_WORDS = {"open": "on opening", "edit": "while editing", "close": "on closing",
                "restore": "before a restore"}


def _places() -> tuple[Path, int]:
    from PySide6.QtCore import QSettings

    from ui.backup_places import backups_kept, name_application, user_data_folder

    name_application()
    return user_data_folder(), backups_kept(QSettings())


def list_command(args: argparse.Namespace) -> int:
    data_folder, keep = _places()
    backups = list_backups(args.file, data_folder=data_folder)
    if not backups:
        print(f"{args.file}: no backups yet (they are taken when the window opens the event)")
        return 0
    print(f"{args.file}: {len(backups)} backup{'' if len(backups) == 1 else 's'}, newest first "
          f"(the window keeps {keep})")
    for backup in backups:
        problem = backup_problem(backup.path)
        why = REASON_WORDS.get(backup.reason, backup.reason)
        print(f"  {backup.taken:%Y-%m-%d %H:%M:%S}  {why:<16}  {size_text(backup.size):>8}  "
              f"{'ok' if problem is None else problem}  {backup.path}")
    return 0


def restore_command(args: argparse.Namespace) -> int:
    data_folder, keep = _places()
    backup = args.backup
    if not backup.exists():
        named = [b.path for b in list_backups(args.file, data_folder=data_folder)
                 if b.path.name == backup.name]
        if not named:
            raise BackupError(f"{backup}: no such backup (agenda-planner backups {args.file} "
                           "lists them)")
        backup = named[0]
    kept = restore_backup(args.file, backup, data_folder=data_folder, keep=keep)
    print(f"restored {args.file} from {backup}")
    if kept is not None:
        print(f"the file as it was is kept as {kept.path}")
    return 0


def damaged_offer(event: Path) -> str:
    """What to add to a damaged file's refusal: its newest good backup and how to restore it."""
    data_folder, _keep = _places()
    good = newest_good_backup(event, data_folder=data_folder)
    if good is None:
        return "; no good backup of it was found"
    return (f"; its newest good backup is from {good.taken:%Y-%m-%d %H:%M}: "
            f"agenda-planner restore {event} {good.path}")


def size_text(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / 1024 / 1024:.1f} MB"


__all__ = ["Backup", "damaged_offer", "list_command", "restore_command", "size_text"]
