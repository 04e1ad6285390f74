"""Printing a handout PDF: the route the print dialog's choice leads to, and the drawn path."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter

from desktop.documents import DocumentKind, HandoutMaker, language
from desktop.documents.batch import merge_pdfs
from desktop.documents.printing import PrintJob, lp_command
from ui.handouts.pages import Route, job_for, paint_pdf, print_pdf


@pytest.fixture(scope="module")
def two_pages() -> bytes:
    maker = HandoutMaker()
    pages = [
        maker.render(DocumentKind.SOCIALE_KAART, None, language(code), today=date(2025, 3, 1))
        for code in ("ar", "ti")
    ]
    return merge_pdfs([page.pdf for page in pages])


def _pdf_printer(path: Path, dpi: int) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setResolution(dpi)
    return printer


def test_print_to_file_writes_the_handout_itself(qapp, two_pages: bytes, tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    assert print_pdf(_pdf_printer(target, 600), two_pages) is Route.FILE
    assert target.read_bytes() == two_pages


def test_drawn_pages_are_full_size_at_the_printers_resolution(
    qapp, two_pages: bytes, tmp_path: Path
) -> None:
    """The path without a print system: each page at 100% of A4, its image at the printer's dpi."""
    target = tmp_path / "drawn.pdf"
    steps: list[tuple[int, int]] = []
    drawn = paint_pdf(
        _pdf_printer(target, 300), two_pages, progress=lambda d, t: steps.append((d, t))
    )
    source = pdfium.PdfDocument(two_pages)
    assert drawn == len(source) == len(steps) and steps[-1] == (drawn, drawn)
    out = pdfium.PdfDocument(target.read_bytes())
    assert len(out) == drawn
    for page in out:
        width, height = page.get_size()
        assert (round(width), round(height)) == (595, 842)
        images = [obj for obj in page.get_objects() if obj.type == pdfium.raw.FPDF_PAGEOBJ_IMAGE]
        assert len(images) == 1
        left, bottom, right, top = images[0].get_bounds()
        assert abs(left) < 1 and abs(bottom) < 1  # anchored at the paper's corner, unscaled
        assert abs(right - 595.3) < 1.5 and abs(top - 841.9) < 1.5
        pixel_width, _ = images[0].get_px_size()
        assert abs(pixel_width - 595.3 / 72 * 300) < 3  # the printer's resolution, not 200 dpi


def test_a_stop_between_pages_ends_the_drawing(qapp, two_pages: bytes, tmp_path: Path) -> None:
    done: list[int] = []
    drawn = paint_pdf(
        _pdf_printer(tmp_path / "stopped.pdf", 150),
        two_pages,
        progress=lambda d, _t: done.append(d),
        cancelled=lambda: bool(done),
    )
    assert drawn == 1


def test_the_print_dialogs_choice_becomes_the_queues_options(qapp) -> None:
    printer = QPrinter()
    printer.setPrinterName("kantoor")
    printer.setCopyCount(3)
    printer.setDuplex(QPrinter.DuplexMode.DuplexLongSide)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    job = job_for(printer)
    assert job.printer == printer.printerName()  # Qt keeps only the name of a known queue
    assert (job.copies, job.first_page, job.last_page) == (3, 2, 3)
    assert job.duplex == ("long" if printer.duplex() != QPrinter.DuplexMode.DuplexNone else None)


def test_the_lp_command_prints_at_full_size_and_names_nobody() -> None:
    command = lp_command(PrintJob("kantoor", copies=2, duplex="short", first_page=1, last_page=2))
    assert command[:5] == ["lp", "-d", "kantoor", "-n", "2"]
    assert "print-scaling=none" in command and "sides=two-sided-short-edge" in command
    assert command[command.index("-t") + 1] == "Wegwijzer"
    assert command[command.index("-P") + 1] == "1-2"


def _images(pdf: Path) -> int:
    listing = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True)
    return len(listing.stdout.splitlines()) - 2  # two header lines


def test_a_real_print_queue_gets_text_at_full_size(qapp, cups_queue, two_pages: bytes) -> None:
    """CUPS receives the PDF itself: cups-pdf writes text and no images, on A4, unscaled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(cups_queue.name)
    assert printer.printerName() == cups_queue.name  # Qt sees the CUPS queue
    assert print_pdf(printer, two_pages) is Route.QUEUE
    cups_queue.wait_until_idle()
    out = cups_queue.printed()[-1]
    printed = pdfium.PdfDocument(out.read_bytes())
    assert len(printed) == len(pdfium.PdfDocument(two_pages))
    assert all((round(w), round(h)) == (595, 842) for w, h in (p.get_size() for p in printed))
    assert _images(out) == 0
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "Taalpunt" in text and "Wie helpt u?" in text
    assert cups_queue.job_sizes()[-1] <= 3 * len(two_pages)  # the job is the PDF, not pixels
