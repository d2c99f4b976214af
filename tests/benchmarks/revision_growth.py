"""How much an event file grows per issued revision, beside the compressed snapshot it stores.

    python tests/benchmarks/revision_growth.py EVENT.agenda N

Moves one session five minutes, issues a revision into a scratch folder, and prints the
revision's number, the file's growth in bytes and the stored snapshot's size; N times.
The event file is changed: give it a copy.
"""

import os
import sys
import tempfile
from pathlib import Path

from db import edits
from db.document import EventDocument
from db.loading import load_event
from db.revisions import list_revisions
from exports.issue import issue_revision


def main() -> None:
    path, count = Path(sys.argv[1]), int(sys.argv[2])
    out = tempfile.mkdtemp(prefix="issued-")
    grown = stored = 0
    with EventDocument.open(path) as doc:
        for n in range(count):
            loaded = load_event(doc)
            session = loaded.sessions[(n * 37) % len(loaded.sessions)]
            edits.set_session_fields(doc, session.id, start_min=session.start_min + 5,
                                     end_min=session.end_min + 5)
            before = os.path.getsize(path)
            issue_revision(doc, out)
            growth = os.path.getsize(path) - before
            revision = list_revisions(doc)[-1]
            grown, stored = grown + growth, stored + revision.snapshot_bytes
            print(f"revision {revision.number}: file +{growth} bytes, "
                  f"snapshot {revision.snapshot_bytes} bytes", flush=True)
    print(f"{count} revisions: file +{grown} bytes, snapshots {stored} bytes "
          f"({grown / stored:.3f}x)")


if __name__ == "__main__":
    main()
