"""PDF pages as images for the preview and the printer (PDFium via pypdfium2, in memory)."""

from __future__ import annotations

import pypdfium2 as pdfium
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

from desktop.documents.batch import PDFIUM_LOCK


def page_images(pdf: bytes, dpi: float = 96) -> list[QImage]:
    """Every page rendered at ``dpi``; safe to call off the GUI thread (QImage, not QPixmap)."""
    images = []
    with PDFIUM_LOCK:
        document = pdfium.PdfDocument(pdf)
        for page in document:
            bitmap = page.render(
                scale=dpi / 72, rev_byteorder=True, fill_color=(255, 255, 255, 255)
            )
            image = QImage(
                bitmap.buffer,
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_RGB888,
            )
            images.append(image.copy())  # detach from PDFium's buffer before it is freed
    return images


def paint_pages(printer: QPrinter, images: list[QImage]) -> None:
    """Print page images, each scaled to fit the printer's page, in one job."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("De printer kan niet worden gestart.")
    try:
        for number, image in enumerate(images):
            if number:
                printer.newPage()
            area = painter.viewport()
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(area.x(), area.y(), size.width(), size.height()), image)
    finally:
        painter.end()
