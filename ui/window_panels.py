"""The main window's panels (programme, findings, rooms and interpreters): the findings table,
and View menu items that show a panel again after it was closed and say whether it is shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QHeaderView, QTableView

from ui.models.findings import FindingsModel

if TYPE_CHECKING:
    from ui.context import OpenEvent
    from ui.main_window import MainWindow

PANELS = ("programme", "findings", "venue")


class PanelActions:
    """View ▸ Programme, Findings, Rooms and interpreters: one checkable item per panel."""

    def _build_panel_actions(self: MainWindow) -> None:
        self.panel_actions: dict[str, QAction] = {}
        for name in PANELS:
            action = QAction(self)
            action.setCheckable(True)
            action.triggered.connect(lambda on, n=name: self.show_panel(n, on))
            self.panel_actions[name] = action

    def _panel_texts(self: MainWindow) -> list[tuple[QAction, str]]:
        words = {"programme": QCoreApplication.translate("MainWindow", "&Programme panel"),
                 "findings": QCoreApplication.translate("MainWindow", "&Findings panel"),
                 "venue": QCoreApplication.translate("MainWindow", "&Rooms and interpreters panel")}
        return [(self.panel_actions[name], words[name]) for name in PANELS]

    def _build_findings(self: MainWindow, event: OpenEvent) -> None:
        """The findings table: severity, the finding and what to do sharing the width, the day,
        the session; choosing one goes to what it is about."""
        self.findings_model = FindingsModel(event, self)
        self.findings_model.set_language(self.lang)
        self.findings = QTableView()
        self.findings.setObjectName("findings")
        self.findings.setModel(self.findings_model)
        self.findings.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        columns = self.findings.horizontalHeader()
        # Widths from the words, not the rows: sizing to contents would measure thousands of
        # findings again after every edit of a large event.
        share, own = QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.Interactive
        for column, mode in enumerate((own, share, share, own, own)):
            columns.setSectionResizeMode(column, mode)
        metrics = self.findings.fontMetrics()
        self.findings.setColumnWidth(0, metrics.horizontalAdvance("Warning") + 16)
        self.findings.setColumnWidth(3, metrics.horizontalAdvance("Wed 30 September 2026") + 16)
        self.findings.setColumnWidth(4, 180)
        rows = self.findings.verticalHeader()
        rows.hide()
        rows.setDefaultSectionSize(self.findings.fontMetrics().height() + 8)  # one line each
        self.findings.activated.connect(self.go_to_finding)
        self.findings.clicked.connect(self.go_to_finding)

    def _dock(self: MainWindow, name: str) -> QDockWidget | None:
        return getattr(self, f"{name}_dock", None) if self.opened is not None else None

    def _bind_panels(self: MainWindow) -> None:
        """Keep each item's tick with its panel, whichever way the panel is closed or shown."""
        for name, action in self.panel_actions.items():
            dock = self._dock(name)
            action.setEnabled(dock is not None)
            action.setChecked(dock is not None and not dock.isHidden())
            if dock is not None:
                dock.toggleViewAction().toggled.connect(action.setChecked)

    def show_panel(self: MainWindow, name: str, shown: bool = True) -> None:
        """Show a panel (in front of the panels it shares a place with) or close it."""
        dock = self._dock(name)
        if dock is None:
            return
        dock.setVisible(shown)
        if shown:
            dock.raise_()
