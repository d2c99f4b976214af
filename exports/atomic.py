"""Files written whole or not at all."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


class ExportError(Exception):
    """A file could not be written; the message names it and says why in one line."""


def write_atomically(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write to a temporary name beside the target, then rename it over the target.

    A full disk, a crash or a locked target never leaves a half-written file,
    and whatever was at the target before stays until the new file is complete.
    """
    path = Path(path)
    if path.is_dir():
        raise ExportError(f"{path}: is a folder")
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
    except PermissionError as exc:
        raise ExportError(f"{path}: cannot be written ({exc.strerror or exc}); if it is open in "
                          "another program, close it there and export again") from None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise ExportError(f"{path}: cannot be written ({reason})") from None
    finally:
        if fd >= 0:
            os.close(fd)
        if temp:
            Path(temp).unlink(missing_ok=True)
    return path
