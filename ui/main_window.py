"""The main window: programme navigator, session editor, findings; menus for every action."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QLabel,
    QMainWindow,
    QProgressDialog,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from db.backups import BackupSchedule
from planner.vocabulary import Severity
from ui.context import OpenEvent
from ui.edit_names import retranslate_history
from ui.i18n import LANGUAGES, SETTING, InterfaceLanguage, interface_language
from ui.interaction import Interaction
from ui.models.navigator import DAY, SESSION_ID, NavigatorModel
from ui.runner import SyncRunner, TaskRunner
from ui.session_editor import SessionEditor
from ui.staffing import StaffingPanel
from ui.timeline import DayTimeline
from ui.venue_panel import VenuePanel
from ui.window_backups import BackupActions
from ui.window_exchange import ExchangeActions
from ui.window_files import FileActions
from ui.window_panels import GEOMETRY, PanelActions, PanelTitle, ProgrammeTitles
from ui.window_printing import PrintActions
from ui.window_sessions import SessionActions

LANGUAGE_MENU_TEXTS = {"ko": f"{LANGUAGES['ko']}(&K)", "en": f"&{LANGUAGES['en']}"}
"""View ▸ Language: each language named in itself (not translated), with its access key."""


class MainWindow(FileActions, BackupActions, ExchangeActions, PrintActions, SessionActions,
                 PanelActions, QMainWindow):
    """One window showing one event file (or none, with a way to open one)."""

    def __init__(self, settings: QSettings, interaction: Interaction | None = None,
                 runner: TaskRunner | SyncRunner | None = None,
                 language: InterfaceLanguage | None = None,
                 data_folder: Path | None = None) -> None:
        super().__init__()
        self.settings = settings
        self.interaction = interaction or Interaction(self)
        self.runner = runner or TaskRunner(self)
        self.language = language if language is not None else \
            InterfaceLanguage(QCoreApplication.instance())
        """Swaps the application's translator when View ▸ Language changes."""
        self.progress: QProgressDialog | None = None
        self._init_printing()
        self.lang = interface_language(settings)
        """The language chosen in View ▸ Language: the interface's and the event's texts'."""
        self.opened: OpenEvent | None = None
        self.data_folder = data_folder
        """The user's data folder (backups of events whose folder cannot be written); asked of
        QStandardPaths when first needed."""
        self.backup_schedule: BackupSchedule | None = None
        self.backup_of: Path | None = None
        """The event whose backup is open read-only, when one is."""
        self.read_only_banner: QLabel | None = None
        self.resize(1366, 768)
        geometry = settings.value(GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)  # where the user left it, as large as they made it
        self._build_actions()
        self._build_panel_actions()
        self._build_menus()
        self._welcome = ""
        """The status line's greeting while no event is open, said again in a new language."""
        self.setCentralWidget(self._empty_page())
        self.retranslate()

    # -- opening and closing -----------------------------------------------------------

    def close_event_file(self) -> None:
        self.commit_typing()
        self._keep_panels()
        if self.opened is not None:
            # A cell being typed in would hand its text over as its editor goes with the
            # views, after the file is let go: hand it over now.
            table = self.editor.table
            if table.state() == QAbstractItemView.State.EditingState:
                for cell in table.viewport().findChildren(
                        QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
                    if cell.isVisible():
                        table.commitData(cell)
            self._stop_backups()  # a last backup, if edited since the one before
            self.opened.undo_stack.blockSignals(True)  # the views are going; tell them nothing
            self.opened.blockSignals(True)
            self.opened.close()
            self.opened.deleteLater()
            self.opened = None
            self._bind_undo(None)  # the stack's Undo and Redo actions go with it
        self.setCentralWidget(self._empty_page())
        for dock in self.findChildren(QDockWidget):
            self.removeDockWidget(dock)
            dock.deleteLater()
        self._update_title()
        self._update_actions()
        self._bind_panels()

    def closeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt's override
        self._print_cancel.set()  # a print under way stops at its next page, not the window
        self.settings.setValue(GEOMETRY, self.saveGeometry())
        self.close_event_file()
        super().closeEvent(event)

    # -- the views of an open event -------------------------------------------------------

    def _show_event(self, event: OpenEvent) -> None:
        self.close_event_file()
        self.opened = event
        self.editor = SessionEditor(event, self)
        self.editor.model.lang = self.lang
        # The agenda's keys work in its table alone (not while typing in a field or a cell);
        # the Agenda menu shows them and works from anywhere.
        self.editor.table.addActions(self._row_actions())
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.read_only_banner = None
        if event.read_only:
            self.read_only_banner = QLabel()
            self.read_only_banner.setObjectName("readOnlyBanner")
            self.read_only_banner.setWordWrap(True)
            self.read_only_banner.setStyleSheet(
                "background: #fff3bf; padding: 6px; font-weight: bold;")
            layout.addWidget(self.read_only_banner)
        self.staffing = StaffingPanel(event, self, self.interaction.confirm)
        self.staffing.set_language(self.lang)
        self.views = QTabWidget()
        self.views.setObjectName("views")
        self.views.addTab(self.editor, "")
        self.views.addTab(self.staffing, "")
        self.timeline = DayTimeline(event, self)
        self.timeline.lang = self.lang
        self.timeline.session_activated.connect(self._timeline_activated)
        self.views.addTab(self.timeline, "")
        self.views.currentChanged.connect(self._view_changed)
        self._view_changed()
        layout.addWidget(self.views)
        self.setCentralWidget(page)

        self.navigator_model = NavigatorModel(event, self)
        self.navigator_model.lang = self.lang
        self.navigator_model.rebuild()
        self.navigator = QTreeView()
        self.navigator.setObjectName("navigator")
        self.navigator.setModel(self.navigator_model)
        self.navigator.setHeaderHidden(True)
        self.navigator.setItemDelegate(ProgrammeTitles(self.navigator))
        self.navigator.expandAll()
        self._closed_days: set = set()  # days the coordinator folded stay folded
        self.navigator.collapsed.connect(lambda i: self._closed_days.add(i.data(DAY)))
        self.navigator.expanded.connect(lambda i: self._closed_days.discard(i.data(DAY)))
        self.navigator.selectionModel().currentChanged.connect(self._navigator_moved)
        self.navigator_model.rebuilt.connect(self._navigator_rebuilt)
        for view in (self.navigator, self.editor.table, self.editor.hint, self.staffing,
                     self.timeline):
            view.addActions(self._session_actions())  # their keys: where no text is typed
        for hint in (self.editor.hint, self.staffing.hint, self.timeline.hint):
            hint.add_requested.connect(self.add_session_action.trigger)
        self.programme_dock = QDockWidget(self)
        self.programme_dock.setObjectName("programmeDock")
        self.programme_dock.setWidget(self.navigator)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.programme_dock)

        self._build_findings(event)
        self.findings_dock = QDockWidget(self)
        self.findings_dock.setObjectName("findingsDock")
        self.findings_dock.setWidget(self.findings_panel)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.findings_dock)

        self.venue = VenuePanel(event, self, self.interaction.confirm)
        self.venue.lang = self.lang
        self.rooms_model, self.interpreters_model = self.venue.rooms_model, \
            self.venue.interpreters_model
        self.venue_dock = QDockWidget(self)
        self.venue_dock.setObjectName("venueDock")
        self.venue_dock.setWidget(self.venue)
        self.venue_dock.setTitleBarWidget(PanelTitle(self.venue_dock, self.venue.header))
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.venue_dock)
        self.tabifyDockWidget(self.findings_dock, self.venue_dock)
        self._bind_panels()

        event.findings_changed.connect(self._update_findings_title)
        event.edit_refused.connect(self._say_refused)  # methods, not lambdas: Qt lets go of
        event.undo_stack.indexChanged.connect(self._update_title)  # them with the window
        self._bind_undo(event)
        self._retranslate_views()
        # Once Qt has laid the docks out and made their tabs (sizes given before are lost).
        QTimer.singleShot(0, self, self._size_panels)
        QTimer.singleShot(0, self, self._raise_first_panel)
        self._update_title()
        self._update_actions()
        first = event.loaded.sessions[0].id if event.loaded.sessions else None
        if first is not None:
            self.select_session(first)
        else:
            self._show_session(None)

    def _raise_first_panel(self) -> None:
        """Sessions need rooms: an event without any shows where they are added."""
        if self.opened is not None:
            self.show_panel("findings" if self.opened.loaded.rooms else "venue")

    def _say_refused(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def commit_typing(self) -> None:
        """Keep what is typed in the session's header but not yet entered."""
        if self.opened is not None:
            self.editor.commit_pending()

    def select_session(self, session_id: int) -> None:
        self.commit_typing()
        index = self.navigator_model.index_of_session(session_id)
        if index is not None:
            self.navigator.setCurrentIndex(index)
        self._show_session(session_id)

    def _show_session(self, session_id: int | None) -> None:
        """Every view that follows the chosen session shows it (the timeline its day)."""
        self.editor.show_session(session_id)
        self.staffing.show_session(session_id)
        if session_id is not None and self.views.currentWidget() is self.timeline:
            self.timeline.reveal(session_id)

    def show_view(self, name: str) -> None:
        """Bring a view to the front: "session", "interpreters" or "timeline"."""
        pages = {"session": self.editor, "interpreters": self.staffing, "timeline": self.timeline}
        self.views.setCurrentWidget(pages[name])  # the timeline turns to the session itself

    def _view_changed(self, _index: int = 0) -> None:
        """Only the view in front keeps up with every edit; the others catch up when shown.
        The timeline, brought to the front, turns to the chosen session's day and to it."""
        current = self.views.currentWidget()
        self.staffing.set_live(current is self.staffing)
        self.timeline.set_live(current is self.timeline)
        if current is self.timeline and self.editor.session_id is not None:
            self.timeline.reveal(self.editor.session_id)

    def _timeline_activated(self, session_id: int) -> None:
        """A block clicked on the timeline becomes the session the other views show."""
        self.commit_typing()
        index = self.navigator_model.index_of_session(session_id)
        if index is not None:
            self.navigator.setCurrentIndex(index)
        self.editor.show_session(session_id)
        self.staffing.show_session(session_id)

    def _navigator_moved(self, current, _previous) -> None:  # noqa: ANN001 - Qt indexes
        session_id = current.data(SESSION_ID) if current.isValid() else None
        if session_id is not None and session_id != self.editor.session_id:
            self._show_session(session_id)

    def _navigator_rebuilt(self) -> None:
        model = self.navigator_model
        for row in range(model.rowCount()):
            day = model.index(row, 0)
            self.navigator.setExpanded(day, day.data(DAY) not in self._closed_days)
        if self.editor.session_id is not None:
            index = self.navigator_model.index_of_session(self.editor.session_id)
            if index is not None:
                self.navigator.selectionModel().blockSignals(True)
                self.navigator.setCurrentIndex(index)
                self.navigator.selectionModel().blockSignals(False)

    def go_to_finding(self, index) -> None:  # noqa: ANN001 - a QModelIndex
        """Show the session and row a finding is about."""
        if self.opened is None or not index.isValid():
            return
        finding = self.findings_model.finding(index.row())
        keys = {s.key: s.id for s in self.opened.loaded.sessions}
        session_id = keys.get(finding.sessions[0]) if finding.sessions else None
        if session_id is None:
            return
        self.select_session(session_id)
        if finding.items:
            self.editor.select_item(finding.items[0])
        self.editor.table.setFocus()

    def _update_findings_title(self) -> None:
        counts = self.findings_model.counts()
        self.findings_dock.setWindowTitle(
            self.tr("Findings: {0} errors, {1} warnings, {2} notes").format(
                counts[Severity.ERROR], counts[Severity.WARNING], counts[Severity.INFO]))

    # -- the interface language -------------------------------------------------------

    def changeEvent(self, e: QEvent) -> None:  # noqa: N802 - Qt's override
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()  # the views inside are told too, and retranslate themselves
        super().changeEvent(e)

    def retranslate(self) -> None:
        """Set the menus, actions and views' titles again, in the interface language installed."""
        for action, text in [*self._action_texts(), *self._panel_texts()]:
            action.setText(text)
        for menu, title in ((self.file_menu, self.tr("&File")),
                            (self.recent_menu, self.tr("Open &recent")),
                            (self.view_menu, self.tr("&View")),
                            (self.language_menu, self.tr("&Language")),
                            (self.edit_menu, self.tr("&Edit")),
                            (self.session_menu, self.tr("&Session")),
                            (self.row_menu, self.tr("&Agenda"))):
            menu.setTitle(title)
        if self.opened is not None:
            retranslate_history(self.opened.undo_stack)
        self._bind_undo(self.opened)
        if self.opened is None:
            page = self.centralWidget()
            if isinstance(page, QLabel) and page.objectName() == "emptyPage":
                self._retranslate_empty_page(page)
        else:
            self._retranslate_views()
        self._update_title()

    def _retranslate_views(self) -> None:
        """The titles of the open event's views and docks, and the findings' headers."""
        if self.read_only_banner is not None and self.backup_of is not None:
            self.read_only_banner.setText(self.tr(
                "This is a backup of {0}, open read-only: you can look, print and export. "
                "File ▸ Backups can restore it.").format(self.backup_of.name))
        elif self.read_only_banner is not None:
            text = self.tr("This file is read-only: you can look, print and export, but not "
                           "change it. Save a copy to edit.")
            if self.opened is not None and self.opened.doc.crash_unrepaired:
                text += " " + self.tr("A crash left its last edit unfinished, and it cannot be "
                                      "repaired where it is: you see it as of the edit before.")
            self.read_only_banner.setText(text)
        for page, title in ((self.editor, self.tr("Session")),
                            (self.staffing, self.tr("Interpreters")),
                            (self.timeline, self.tr("Timeline"))):
            self.views.setTabText(self.views.indexOf(page), title)
        self.programme_dock.setWindowTitle(self.tr("Programme"))
        self.venue_dock.setWindowTitle(self.tr("Rooms and interpreters"))
        self._update_findings_title()
        self.findings_model.retranslate()

    # -- actions and menus ----------------------------------------------------------------

    def _action(self, slot, shortcut=None,  # noqa: ANN001
                context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut) -> QAction:
        """An action of the menus; its text is set by retranslate(). Whatever it does, it
        first keeps what is typed in the session's header."""
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(context)
        action.triggered.connect(self.commit_typing)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        keys = QKeySequence.StandardKey
        # Keys of the agenda's rows act in its table only (a cell being edited takes its keys
        # as typing); keys of sessions in the views that show sessions, not in the header's
        # fields: there Ctrl+Delete deletes a word and Ctrl+D is no duplicate.
        table, views = Qt.ShortcutContext.WidgetShortcut, \
            Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.new_action = self._action(self.new_event, keys.New)
        self.open_action = self._action(self.ask_open, keys.Open)
        self.demo_action = self._action(self.open_demo)
        self.copy_action = self._action(self.save_copy_as, keys.SaveAs)
        self.backups_action = self._action(self.show_backups)
        self.event_action = self._action(self.edit_event_settings)
        self.close_action = self._action(self.close_event_file, keys.Close)
        self.quit_action = self._action(self.close, keys.Quit)
        self.insert_row_action = self._action(lambda: self._editor_do("insert_row"),
                                              "Ctrl+Return", table)
        self.marker_action = self._action(lambda: self._editor_do("insert_marker"),
                                          "Ctrl+Shift+Return", table)
        self.delete_row_action = self._action(lambda: self._editor_do("delete_row"),
                                              "Ctrl+Delete", table)
        self.pin_action = self._action(lambda: self._editor_do("toggle_pin"), "Ctrl+T", table)
        self.export_action = self._action(self.export_documents, "Ctrl+E")
        self.import_action = self._action(self.import_programme, "Ctrl+Shift+I")
        self.print_action = self._action(self.print_documents, keys.Print)
        self.preview_action = self._action(self.preview_run_sheet, "Ctrl+Shift+P")
        self.paste_action = self._action(lambda: self._editor_do("paste_rows"), keys.Paste, table)
        self.indent_action = self._action(lambda: self._editor_do("indent_row"),
                                          "Alt+Shift+Right", table)
        self.outdent_action = self._action(lambda: self._editor_do("outdent_row"),
                                           "Alt+Shift+Left", table)
        self.up_action = self._action(lambda: self._editor_do("move_row", -1),
                                      "Alt+Shift+Up", table)
        self.down_action = self._action(lambda: self._editor_do("move_row", 1),
                                        "Alt+Shift+Down", table)
        self.add_session_action = self._action(self.add_session, "Ctrl+Shift+N", views)
        self.duplicate_session_action = self._action(self.duplicate_session, "Ctrl+D", views)
        self.delete_session_action = self._action(self.delete_session, "Ctrl+Shift+Delete",
                                                  views)
        self.undo_action, self.redo_action = QAction(self), QAction(self)
        """Made again by _bind_undo() for each event and each interface language."""

    def _action_texts(self) -> list[tuple[QAction, str]]:
        return [(self.new_action, self.tr("&New event…")),
                (self.open_action, self.tr("&Open…")),
                (self.demo_action, self.tr("Open the &demo event…")),
                (self.copy_action, self.tr("Save a copy &as…")),
                (self.backups_action, self.tr("&Backups…")),
                (self.event_action, self.tr("Event se&ttings…")),
                (self.close_action, self.tr("&Close")),
                (self.quit_action, self.tr("&Quit")),
                (self.insert_row_action, self.tr("&Insert row")),
                (self.marker_action, self.tr("Insert &marker")),
                (self.delete_row_action, self.tr("&Delete row")),
                (self.pin_action, self.tr("&Pin or unpin start")),
                (self.export_action, self.tr("&Export documents…")),
                (self.import_action, self.tr("&Import programme…")),
                (self.print_action, self.tr("&Print…")),
                (self.preview_action, self.tr("Pre&view run sheet")),
                (self.paste_action, self.tr("P&aste rows")),
                (self.indent_action, self.tr("I&ndent row")),
                (self.outdent_action, self.tr("&Outdent row")),
                (self.up_action, self.tr("Move row &up")),
                (self.down_action, self.tr("Move row do&wn")),
                (self.add_session_action, self.tr("&Add session")),
                (self.duplicate_session_action, self.tr("D&uplicate session")),
                (self.delete_session_action, self.tr("De&lete session"))]

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.recent_menu = self.file_menu.addMenu("")
        self.recent_menu.setObjectName("recentMenu")
        for action in (self.new_action, self.open_action, self.demo_action):
            self.file_menu.addAction(action)
        self.file_menu.insertMenu(self.demo_action, self.recent_menu)
        self.file_menu.addSeparator()
        for action in (self.copy_action, self.backups_action, self.event_action,
                       self.import_action, self.export_action, self.print_action,
                       self.preview_action, self.close_action):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.view_menu = bar.addMenu("")
        for action in self.panel_actions.values():
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        self.language_actions = QActionGroup(self)
        for code in LANGUAGES:
            action = self.language_menu.addAction(LANGUAGE_MENU_TEXTS[code])
            action.setCheckable(True)
            action.setChecked(code == self.lang)
            action.setData(code)
            self.language_actions.addAction(action)
        self.language_actions.triggered.connect(self._language_chosen)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.aboutToShow.connect(self.commit_typing)  # what Undo undoes is typed too
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.session_menu = bar.addMenu("")
        for action in self._session_actions():
            self.session_menu.addAction(action)
        self.row_menu = bar.addMenu("")
        for action in self._row_actions():
            self.row_menu.addAction(action)
        self._fill_recent_menu()
        self._update_actions()

    def _bind_undo(self, event: OpenEvent | None) -> None:
        """Undo and Redo follow the open event's stack and say what they will undo."""
        for old in (self.undo_action, self.redo_action):
            self.edit_menu.removeAction(old)
            old.deleteLater()
        if event is None:
            self.undo_action, self.redo_action = QAction(self), QAction(self)
            self.undo_action.setEnabled(False)
            self.redo_action.setEnabled(False)
            self.undo_action.setText(self.tr("&Undo"))
            self.redo_action.setText(self.tr("&Redo"))
        else:  # the words of the action are fixed when it is made
            self.undo_action = event.undo_stack.createUndoAction(self, self.tr("&Undo"))
            self.redo_action = event.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for number, path in enumerate(self.recent_files(), start=1):  # Alt+1, Alt+2 …
            action = self.recent_menu.addAction(f"&{number} {path.replace('&', '&&')}")
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        self.recent_menu.setEnabled(bool(self.recent_files()))

    def _update_actions(self) -> None:
        has_event = self.opened is not None
        editable = has_event and not self.opened.read_only  # type: ignore[union-attr]
        for action in (self.copy_action, self.backups_action, self.close_action,
                       self.export_action, self.preview_action):
            action.setEnabled(has_event)
        self.print_action.setEnabled(has_event and not self.printing)
        for action in (*self._row_actions(), *self._session_actions(), self.import_action,
                       self.event_action):
            action.setEnabled(editable)

    def _language_chosen(self, action: QAction) -> None:
        self.set_language(action.data())

    def set_language(self, lang: str) -> None:
        """Speak this language at once: menus and labels, and the event's texts."""
        self.commit_typing()  # the overview's fields are about to show the other language
        self.settings.setValue(SETTING, lang)
        self.lang = lang
        for action in self.language_actions.actions():
            action.setChecked(action.data() == lang)
        self.language.use(lang)  # every widget is sent LanguageChange and retranslates itself
        if self.opened is not None:
            self.editor.model.lang = self.navigator_model.lang = self.venue.lang = lang
            self._show_session(self.editor.session_id)
            self.staffing.set_language(lang)
            self.timeline.set_language(lang)
            self.findings_model.set_language(lang)
            self.navigator_model.rebuild()
        self._update_title()  # the event's title in the new language

    def _row_actions(self) -> tuple[QAction, ...]:
        return (self.insert_row_action, self.marker_action, self.delete_row_action,
                self.pin_action, self.paste_action, self.indent_action, self.outdent_action,
                self.up_action, self.down_action)

    def _session_actions(self) -> tuple[QAction, ...]:
        return (self.add_session_action, self.duplicate_session_action,
                self.delete_session_action)

    def _editor_do(self, name: str, *args: object) -> None:
        if self.opened is not None:
            getattr(self.editor, name)(*args)

    def add_room(self) -> None:
        self.venue.add_room()

    def add_interpreter(self) -> None:
        self.venue.add_interpreter()
