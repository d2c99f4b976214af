"""The application: the command line now, the PySide6 window later. Only this package imports Qt."""
