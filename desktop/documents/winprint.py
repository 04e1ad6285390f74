"""Printing a PDF as vectors on Windows: PDFium draws each page into the printer's GDI context.

Windows has no system command that prints a PDF the way CUPS ``lp`` does, so the pages are
drawn with ``FPDF_RenderPage`` on the printer's device context (HDC), as Chrome and PDF
printing tools built on PDFium do (print-it, PdfiumViewer): PDFium then issues GDI text and
path calls, which the printer driver turns into dots at its own resolution. No page image is
made, so a job is about the size of the drawing calls, and only one page is loaded at a time.

Everything that is not a Windows call (where a page goes on the paper, the job settings in
the DEVMODE, the order of the calls) is plain Python and is tested on every platform.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from desktop.documents.printing import JOB_TITLE, PrintError, PrintJob

# GetDeviceCaps indexes (wingdi.h).
LOGPIXELSX, LOGPIXELSY = 88, 90
PHYSICALWIDTH, PHYSICALHEIGHT = 110, 111
PHYSICALOFFSETX, PHYSICALOFFSETY = 112, 113
# DEVMODE fields and values (wingdi.h).
DM_COPIES, DM_DUPLEX, DM_COLLATE = 0x100, 0x1000, 0x8000
DMDUP_SIMPLEX, DMDUP_VERTICAL, DMDUP_HORIZONTAL = 1, 2, 3
DM_OUT_BUFFER, DM_IN_BUFFER = 2, 8
# FPDF_RenderPage flags (fpdfview.h): render for a printer, with annotations.
FPDF_ANNOT, FPDF_PRINTING = 0x01, 0x800
FPDF_PRINTMODE_EMF = 0


class DEVMODEW(ctypes.Structure):
    """The printer part of wingdi.h's DEVMODEW, up to the duplex field (what a job sets)."""

    _fields_ = [
        ("dmDeviceName", ctypes.c_uint16 * 32),  # WCHAR: 16 bits on Windows, not c_wchar
        ("dmSpecVersion", ctypes.c_ushort),
        ("dmDriverVersion", ctypes.c_ushort),
        ("dmSize", ctypes.c_ushort),
        ("dmDriverExtra", ctypes.c_ushort),
        ("dmFields", ctypes.c_uint32),  # DWORD
        ("dmOrientation", ctypes.c_short),
        ("dmPaperSize", ctypes.c_short),
        ("dmPaperLength", ctypes.c_short),
        ("dmPaperWidth", ctypes.c_short),
        ("dmScale", ctypes.c_short),
        ("dmCopies", ctypes.c_short),
        ("dmDefaultSource", ctypes.c_short),
        ("dmPrintQuality", ctypes.c_short),
        ("dmColor", ctypes.c_short),
        ("dmDuplex", ctypes.c_short),
    ]


class DOCINFOW(ctypes.Structure):
    """wingdi.h's DOCINFOW: the job's title as the spooler shows it."""

    _fields_ = [
        ("cbSize", ctypes.c_int),
        ("lpszDocName", ctypes.c_wchar_p),
        ("lpszOutput", ctypes.c_wchar_p),
        ("lpszDatatype", ctypes.c_wchar_p),
        ("fwType", ctypes.c_uint32),
    ]


@dataclass(frozen=True)
class Device:
    """What the printer's device context reports: dots per inch and the unprintable margin."""

    dpi_x: int
    dpi_y: int
    offset_x: int  # device pixels from the paper's left edge to the printable area
    offset_y: int


@dataclass(frozen=True)
class Placement:
    """Where ``FPDF_RenderPage`` draws a page, in device pixels of the printable area."""

    x: int
    y: int
    width: int
    height: int


def placement(page_width_pt: float, page_height_pt: float, device: Device) -> Placement:
    """A page at 100% scale from the paper's corner (not the printable area's).

    The device context's origin is the corner of the printable area; drawing from minus the
    physical offset puts the PDF's corner on the paper's corner, so an A4 page on A4 paper
    prints exactly where the PDF has it, with no shift by the printer's margins.
    """
    return Placement(
        x=-device.offset_x,
        y=-device.offset_y,
        width=round(page_width_pt / 72 * device.dpi_x),
        height=round(page_height_pt / 72 * device.dpi_y),
    )


def apply_job(devmode: DEVMODEW, job: PrintJob) -> None:
    """Put the copies and two-sided choice of ``job`` into the driver's DEVMODE."""
    devmode.dmCopies = max(job.copies, 1)
    devmode.dmDuplex = {"long": DMDUP_VERTICAL, "short": DMDUP_HORIZONTAL}.get(
        job.duplex or "", DMDUP_SIMPLEX
    )
    devmode.dmFields |= DM_COPIES | DM_DUPLEX


def pages_to_print(total: int, job: PrintJob) -> range:
    """The 0-based page numbers of ``job``'s page range (all pages without one)."""
    if not job.first_page:
        return range(total)
    last = min(job.last_page or job.first_page, total)
    return range(max(job.first_page, 1) - 1, last)


class Gdi:
    """The Windows calls a print job needs (gdi32, winspool, and PDFium's RenderPage)."""

    def __init__(self) -> None:
        if sys.platform != "win32":
            raise PrintError("Afdrukken via Windows (GDI) kan alleen op Windows.")
        import pypdfium2.raw as pdfium_c

        self.gdi32: Any = ctypes.WinDLL("gdi32")  # type: ignore[attr-defined,unused-ignore]
        self.winspool: Any = ctypes.WinDLL("winspool.drv")  # type: ignore[attr-defined,unused-ignore]
        render = getattr(pdfium_c, "FPDF_RenderPage", None)
        if render is None:  # the bindings leave out Windows-only functions: take it from the DLL
            render = pdfium_c.bindings._libs["pdfium"].FPDF_RenderPage
            render.argtypes = [ctypes.c_void_p, ctypes.c_void_p] + [ctypes.c_int] * 6
            render.restype = None
        self.render_page: Callable[..., None] = render
        set_mode = getattr(pdfium_c, "FPDF_SetPrintMode", None)
        if set_mode is None:
            set_mode = pdfium_c.bindings._libs["pdfium"].FPDF_SetPrintMode
            set_mode.argtypes = [ctypes.c_int]
        set_mode(FPDF_PRINTMODE_EMF)  # GDI text and paths, no page bitmaps
        self.gdi32.CreateDCW.restype = ctypes.c_void_p
        self.gdi32.CreateDCW.argtypes = [
            ctypes.c_wchar_p,
            ctypes.c_wchar_p,
            ctypes.c_void_p,
            ctypes.c_void_p,
        ]
        for name in ("StartPage", "EndPage", "EndDoc", "AbortDoc", "DeleteDC"):
            getattr(self.gdi32, name).argtypes = [ctypes.c_void_p]
        self.gdi32.GetDeviceCaps.argtypes = [ctypes.c_void_p, ctypes.c_int]
        self.gdi32.StartDocW.argtypes = [ctypes.c_void_p, ctypes.POINTER(DOCINFOW)]

    def devmode(self, printer: str, job: PrintJob) -> ctypes.Array[ctypes.c_char]:
        """The driver's DEVMODE for ``printer`` with ``job``'s copies and duplex merged in."""
        handle = ctypes.c_void_p()
        if not self.winspool.OpenPrinterW(printer, ctypes.byref(handle), None):
            raise PrintError(f"De printer '{printer}' is niet te openen.")
        try:
            size = self.winspool.DocumentPropertiesW(None, handle, printer, None, None, 0)
            if size <= 0:
                raise PrintError(f"De printer '{printer}' geeft zijn instellingen niet.")
            buffer = ctypes.create_string_buffer(size)
            self.winspool.DocumentPropertiesW(None, handle, printer, buffer, None, DM_OUT_BUFFER)
            apply_job(DEVMODEW.from_buffer(buffer), job)
            self.winspool.DocumentPropertiesW(
                None, handle, printer, buffer, buffer, DM_IN_BUFFER | DM_OUT_BUFFER
            )
            return buffer
        finally:
            self.winspool.ClosePrinter(handle)

    def device(self, hdc: int) -> Device:
        """Resolution and unprintable margin of the device context."""
        caps = self.gdi32.GetDeviceCaps
        return Device(
            caps(hdc, LOGPIXELSX),
            caps(hdc, LOGPIXELSY),
            caps(hdc, PHYSICALOFFSETX),
            caps(hdc, PHYSICALOFFSETY),
        )


def print_with_gdi(
    pdf: bytes,
    job: PrintJob,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    gdi: Gdi | None = None,
) -> int:
    """Print ``pdf`` on the Windows printer ``job.printer`` as vectors; the pages sent.

    One page is loaded, drawn and closed at a time (bounded memory for a batch of fifty);
    ``cancelled()`` is asked between pages and aborts the job with nothing printed.
    """
    import pypdfium2 as pdfium

    from desktop.documents.batch import PDFIUM_LOCK

    gdi = gdi or Gdi()
    devmode = gdi.devmode(job.printer, job)
    hdc = gdi.gdi32.CreateDCW("WINSPOOL", job.printer, None, devmode)
    if not hdc:
        raise PrintError(f"De printer '{job.printer}' kan niet worden gestart.")
    info = DOCINFOW(ctypes.sizeof(DOCINFOW), JOB_TITLE, None, None, 0)  # never a name
    try:
        if gdi.gdi32.StartDocW(hdc, ctypes.byref(info)) <= 0:
            raise PrintError(f"De printer '{job.printer}' weigert de opdracht.")
        device = gdi.device(hdc)
        with PDFIUM_LOCK:
            document = pdfium.PdfDocument(pdf)
        try:
            return _pages(gdi, hdc, document, job, device, progress, cancelled)
        finally:
            with PDFIUM_LOCK:
                document.close()
    finally:
        gdi.gdi32.DeleteDC(hdc)


def _pages(
    gdi: Gdi,
    hdc: int,
    document: Any,
    job: PrintJob,
    device: Device,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool],
) -> int:
    """Draw the job's pages one by one; EndDoc after the last, AbortDoc on a cancel."""
    from desktop.documents.batch import PDFIUM_LOCK

    wanted = pages_to_print(len(document), job)
    sent = 0
    for number in wanted:
        if cancelled():
            gdi.gdi32.AbortDoc(hdc)
            return sent
        with PDFIUM_LOCK:
            page = document[number]
            width, height = page.get_size()
            spot = placement(width, height, device)
            if gdi.gdi32.StartPage(hdc) <= 0:  # the spooler gave up (offline, out of disk)
                gdi.gdi32.AbortDoc(hdc)
                raise PrintError(f"De printer '{job.printer}' breekt de opdracht af.")
            gdi.render_page(
                hdc,
                page.raw,
                spot.x,
                spot.y,
                spot.width,
                spot.height,
                0,
                FPDF_PRINTING | FPDF_ANNOT,
            )
            gdi.gdi32.EndPage(hdc)
            page.close()
        sent += 1
        if progress is not None:
            progress(sent, len(wanted))
    gdi.gdi32.EndDoc(hdc)
    return sent
