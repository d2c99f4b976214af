"""A PDF shown inside the app (QtPdf): the run sheet as it will print."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget


class PdfPreview(QDialog):
    """A window showing PDF bytes, page after page, fitted to its width; with a Print button
    when given what printing it does."""

    def __init__(self, title: str, data: bytes, parent: QWidget | None = None, *,
                 on_print: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(900, 760)
        self.buffer = QBuffer(self)
        self.buffer.setData(QByteArray(data))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self.buffer)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfPreview")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.print_button: QPushButton | None = None
        if on_print is not None:
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
            buttons.setContentsMargins(8, 0, 8, 8)
            self.print_button = buttons.addButton(self.tr("&Print…"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
            self.print_button.setObjectName("printButton")
            self.print_button.clicked.connect(on_print)
            buttons.rejected.connect(self.close)
            layout.addWidget(buttons)
