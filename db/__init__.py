"""The event document: SQLModel tables, the ``*.agenda`` file, edits in transactions."""
