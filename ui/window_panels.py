"""The main window's panels (programme, findings, rooms and interpreters): the findings table
with the chosen finding written out beside it, the programme's titles cut in the middle, the
sizes the panels take at first and keep across runs, and View menu items that show a panel
again after it was closed and say whether it is shown."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QWidget,
)

from ui.models.agenda import SEVERITY_COLOURS
from ui.models.findings import FindingsModel
from ui.models.navigator import TITLE

if TYPE_CHECKING:
    from ui.context import OpenEvent
    from ui.main_window import MainWindow

PANELS = ("programme", "findings", "venue")
GEOMETRY, STATE = "window/geometry", "window/panels"
"""Where the window's size and place, and its panels' places and sizes, are kept."""
ROWS_IN_SIGHT = 8.25
"""Rows the findings and the rooms and interpreters tables show at first, at 1366 × 768."""


class PanelTitle(QWidget):
    """A panel's title bar that carries the panel's own line (its tabs and buttons) beside the
    usual undock and close buttons; dragging its empty part moves the panel as ever."""

    def __init__(self, dock: QDockWidget, line: QWidget) -> None:
        super().__init__(dock)
        self.dock = dock
        style = self.style()
        self.float_button = QToolButton(autoRaise=True)
        self.float_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_TitleBarNormalButton))
        self.float_button.clicked.connect(lambda: dock.setFloating(not dock.isFloating()))
        self.close_button = QToolButton(autoRaise=True)
        self.close_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_TitleBarCloseButton))
        self.close_button.clicked.connect(dock.close)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 2, 0)
        layout.setSpacing(2)
        layout.addWidget(line, 1)
        layout.addWidget(self.float_button)
        layout.addWidget(self.close_button)


class ProgrammeTitles(QStyledItemDelegate):
    """A session in the programme keeps its time and mark whole and loses the middle of its
    title, not its end, when the panel is narrow: 'Korea-Canada … roundtable' and 'Korea-Canada
    … dialogue' stay apart. The tooltip has it all."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        title = index.data(TITLE)
        if not title or not option.text.endswith(title):
            return  # a day
        lead = option.text[:len(option.text) - len(title)]
        style = option.widget.style() if option.widget else QApplication.style()
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option,
                                         option.widget)
        margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
        room = text_rect.width() - margin - option.fontMetrics.horizontalAdvance(lead)
        option.text = lead + option.fontMetrics.elidedText(title, Qt.TextElideMode.ElideMiddle,
                                                           max(room, 0))


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
        the session; choosing one goes to what it is about. Beside it the chosen finding
        whole, wrapped, however long (the table shows one line of each)."""
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
        for column, mode in enumerate((own, share, own, own, own)):
            columns.setSectionResizeMode(column, mode)
        metrics = self.findings.fontMetrics()
        self.findings.setColumnWidth(0, metrics.horizontalAdvance("Warning") + 16)
        self.findings.setColumnWidth(2, 280)  # the finding itself takes the width left
        self.findings.setColumnWidth(3, metrics.horizontalAdvance("Wed 30 September 2026") + 16)
        self.findings.setColumnWidth(4, 180)
        rows = self.findings.verticalHeader()
        rows.hide()
        rows.setDefaultSectionSize(self.findings.fontMetrics().height() + 8)  # one line each
        self.findings.activated.connect(self.go_to_finding)
        self.findings.clicked.connect(self.go_to_finding)
        self.finding_detail = QLabel()
        self.finding_detail.setObjectName("findingDetail")
        self.finding_detail.setWordWrap(True)
        self.finding_detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.finding_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.finding_detail.setMargin(6)
        detail = QScrollArea()
        detail.setWidgetResizable(True)
        detail.setWidget(self.finding_detail)
        detail.setMinimumWidth(200)
        self.findings_panel = QSplitter(Qt.Orientation.Horizontal)
        self.findings_panel.setObjectName("findingsPanel")
        self.findings_panel.addWidget(self.findings)
        self.findings_panel.addWidget(detail)
        self.findings_panel.setStretchFactor(0, 1)
        self.findings_panel.setSizes([1050, 300])
        self.findings.selectionModel().currentRowChanged.connect(
            lambda *_: self._show_finding_detail())
        self.findings_model.modelReset.connect(self._show_finding_detail)
        self.findings_model.dataChanged.connect(lambda *_: self._show_finding_detail())
        self._show_finding_detail()

    def _show_finding_detail(self: MainWindow) -> None:
        """The chosen finding in full: what is wrong, what to do, where; or how to choose one."""
        row = self.findings.currentIndex().row()
        if not 0 <= row < self.findings_model.rowCount():
            self.finding_detail.setText(
                "<span style='color:#666'>" + html.escape(QCoreApplication.translate(
                    "MainWindow", "Choose a finding to read it whole here.")) + "</span>")
            return
        model, lang = self.findings_model, self.lang
        finding = model.finding(row)
        cell = [model.index(row, column).data() for column in range(model.columnCount())]
        where = " · ".join(t for t in (cell[3], cell[4]) if t)
        colour = SEVERITY_COLOURS[finding.severity].name()
        heading = f"<b style='background:{colour}'>&nbsp;{html.escape(cell[0])}&nbsp;</b> " \
            f"{html.escape(where)}"
        parts = [heading, html.escape(finding.text(lang))]
        if finding.fix_text(lang):
            parts.append("→ " + html.escape(finding.fix_text(lang)))
        parts.append(f"<span style='color:#666'>{html.escape(finding.code)}</span>")
        self.finding_detail.setText(
            "".join(f"<p style='margin: 0 0 6px 0'>{part}</p>" for part in parts))

    def _size_panels(self: MainWindow) -> None:
        """Panels as the user left them last time; the first time, the programme a third of
        the width and the panels below tall enough for about eight rows of findings, rooms or
        interpreters."""
        if self.opened is None:
            return  # closed before Qt came round to it
        self.resizeDocks([self.programme_dock], [330], Qt.Orientation.Horizontal)
        table = self.venue.rooms_table
        rows = table.verticalHeader().defaultSectionSize()
        # The rows, the table's header, the panel's title line, and the tabs of the panels
        # sharing the place (the size asked for is the place's, tabs included).
        tall = int(ROWS_IN_SIGHT * rows) + table.horizontalHeader().sizeHint().height() \
            + self.venue.header.sizeHint().height() + 2 * table.frameWidth() \
            + self.venue.tabs.sizeHint().height() + 4
        self.resizeDocks([self.findings_dock, self.venue_dock], [tall, tall],
                         Qt.Orientation.Vertical)
        state = self.settings.value(STATE)
        if state is not None:
            self.restoreState(state)

    def _keep_panels(self: MainWindow) -> None:
        """Remember the panels' places and sizes for the next event opened, in this run or the
        next."""
        if self.opened is not None:
            self.settings.setValue(STATE, self.saveState())

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
