"""Files written whole or not at all."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from db.errors import REASONS, os_error


class ExportError(Exception):
    """A file could not be written; the message names it and says why in one line.

    ``code`` and ``params`` (when the disk or the folder refused) let the window say it in
    the interface language; the codes are db/errors.py's REASONS.
    """

    def __init__(self, text: str, code: str = "", **params: str) -> None:
        super().__init__(text)
        self.code, self.params = code, params

    @classmethod
    def of(cls, path: str | os.PathLike[str], code: str, detail: str = "") -> ExportError:
        """The refusal of this reason for this file or folder."""
        return cls(f"{path}: {REASONS[code].format(detail=detail)}", code, path=str(path),
                   detail=detail)

    @classmethod
    def of_os(cls, exc: OSError, path: str | os.PathLike[str]) -> ExportError:
        """The system's refusal, said for ``path`` (never the temporary name it came with)."""
        said = os_error(exc, path)
        return cls.of(path, said.code, said.params["detail"])


def write_atomically(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write to a temporary name beside the target, then rename it over the target.

    A full disk, a crash or a locked target never leaves a half-written file,
    and whatever was at the target before stays until the new file is complete.
    """
    path = Path(path)
    if path.is_dir():
        raise ExportError.of(path, "is-a-folder")
    fd, temp = -1, ""
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
        with os.fdopen(fd, "wb") as f:
            fd = -1
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        # mkstemp makes the file private; give it the mode the target had, or a usual one.
        os.chmod(temp, path.stat().st_mode & 0o777 if path.exists() else 0o644)
        os.replace(temp, path)
        temp = ""
    except OSError as exc:
        raise ExportError.of_os(exc, path) from None
    finally:
        if fd >= 0:
            os.close(fd)
        if temp:
            try:
                Path(temp).unlink(missing_ok=True)
            except OSError:
                pass  # the reason it could not be written is what the user needs to hear
    return path
