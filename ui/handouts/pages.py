"""PDF pages for the preview, and a handout PDF to the printer the print dialog chose.

Printing hands the PDF itself to the print system (``desktop.documents.printing``: CUPS on
Linux and macOS), or on Windows has PDFium draw each page into the printer's device context
(``desktop.documents.winprint``), so the printer gets vectors at its own resolution and 100%
scale either way. "Print to file (PDF)" writes the handout's own PDF. Only where neither is
available are pages drawn through Qt, one page image at a time at the printer's resolution.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

from desktop.documents.batch import PDFIUM_LOCK
from desktop.documents.printing import PrintError, PrintJob, print_system, send_pdf
from desktop.documents.winprint import print_with_gdi
from desktop.store.atomic import write_atomic

Progress = Callable[[int, int], None]


def _image(page: pdfium.PdfPage, dpi: float) -> QImage:
    bitmap = page.render(scale=dpi / 72, rev_byteorder=True, fill_color=(255, 255, 255, 255))
    image = QImage(
        bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888
    )
    return image.copy()  # detach from PDFium's buffer before it is freed


def page_images(pdf: bytes, dpi: float = 96) -> list[QImage]:
    """Every page rendered at ``dpi``; safe to call off the GUI thread (QImage, not QPixmap)."""
    with PDFIUM_LOCK:
        document = pdfium.PdfDocument(pdf)
        return [_image(page, dpi) for page in document]


class Route(StrEnum):
    """How a print went out."""

    FILE = "file"  # "print to file": the handout's own PDF
    QUEUE = "queue"  # the PDF handed to the print system
    GDI = "gdi"  # Windows: PDFium draws the pages as vectors into the printer's context
    PAINTED = "painted"  # drawn through Qt page by page (no print system known)


def job_for(printer: QPrinter) -> PrintJob:
    """The print system's job for what the consultant chose in the print dialog."""
    duplex = {
        QPrinter.DuplexMode.DuplexLongSide: "long",
        QPrinter.DuplexMode.DuplexAuto: "long",
        QPrinter.DuplexMode.DuplexShortSide: "short",
    }.get(printer.duplex())
    ranged = printer.printRange() == QPrinter.PrintRange.PageRange
    return PrintJob(
        printer=printer.printerName(),
        copies=printer.copyCount(),
        duplex=duplex,
        first_page=printer.fromPage() if ranged else 0,
        last_page=printer.toPage() if ranged else 0,
    )


def route_for(*, to_file: bool, printer_name: str, platform: str, has_lp: bool) -> Route:
    """How a print goes out: one choice, made here, for every platform."""
    if to_file:
        return Route.FILE
    if printer_name and platform == "win32":
        return Route.GDI
    if printer_name and has_lp:
        return Route.QUEUE
    return Route.PAINTED


def print_pdf(
    printer: QPrinter,
    pdf: bytes,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> Route:
    """Send ``pdf`` where ``printer`` points; runs off the GUI thread (no widgets here)."""
    route = route_for(
        to_file=printer.outputFormat() == QPrinter.OutputFormat.PdfFormat,
        printer_name=printer.printerName(),
        platform=sys.platform,
        has_lp=print_system() is not None,
    )
    if route is Route.FILE:
        if not printer.outputFileName():
            raise PrintError("Kies een bestandsnaam om naar een bestand af te drukken.")
        write_atomic(Path(printer.outputFileName()), pdf, mode=0o600)
    elif route is Route.GDI:
        print_with_gdi(pdf, job_for(printer), progress=progress, cancelled=cancelled)
    elif route is Route.QUEUE:
        send_pdf(pdf, job_for(printer))
    else:
        paint_pdf(printer, pdf, progress=progress, cancelled=cancelled)
    return route


def paint_pdf(
    printer: QPrinter,
    pdf: bytes,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> int:
    """Draw every page at the printer's resolution and at 100%, one page in memory at a time.

    Returns the pages drawn; stops between pages when ``cancelled()`` turns true.
    """
    printer.setFullPage(True)  # the origin is the paper's corner: no shift by the margins
    dpi = printer.resolution()
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError("De printer kan niet worden gestart.")
    drawn = 0
    try:
        with PDFIUM_LOCK:
            document = pdfium.PdfDocument(pdf)
            total = len(document)
        for number in range(total):
            if cancelled():
                break
            with PDFIUM_LOCK:
                page = document[number]
                width, height = page.get_size()
                image = _image(page, dpi)
            if number:
                printer.newPage()
            painter.drawImage(QRectF(0, 0, width / 72 * dpi, height / 72 * dpi), image)
            drawn += 1
            if progress is not None:
                progress(drawn, total)
    finally:
        painter.end()
    return drawn
