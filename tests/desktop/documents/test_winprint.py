"""Windows vector printing: what can be checked without Windows (placement, DEVMODE, the
page loop against a recording stand-in for the Windows print calls)."""

from __future__ import annotations

import ctypes
from typing import Any

import pytest

from desktop.documents import HandoutMaker
from desktop.documents.batch import merge_pdfs
from desktop.documents.languages import language
from desktop.documents.printing import PrintError, PrintJob
from desktop.documents.render import DocumentKind
from desktop.documents.winprint import (
    DEVMODEW,
    DM_COPIES,
    DM_DUPLEX,
    DMDUP_HORIZONTAL,
    DMDUP_SIMPLEX,
    DMDUP_VERTICAL,
    FPDF_PRINTING,
    Device,
    Gdi,
    apply_job,
    pages_to_print,
    placement,
    print_with_gdi,
)
from tests.desktop.documents.conftest import TODAY

A4 = (595.2756, 841.8898)  # points


def test_a4_at_600_dpi_is_drawn_full_size_from_the_papers_corner() -> None:
    spot = placement(*A4, Device(dpi_x=600, dpi_y=600, offset_x=100, offset_y=118))
    assert (spot.width, spot.height) == (4961, 7016)  # 210 x 297 mm at 600 dpi
    assert (spot.x, spot.y) == (-100, -118)  # not shifted by the unprintable margin


def test_unequal_resolutions_scale_each_axis_by_its_own() -> None:
    spot = placement(*A4, Device(dpi_x=1200, dpi_y=600, offset_x=0, offset_y=0))
    assert spot.width == 9921 and spot.height == 7016  # still 100% on paper


def test_devmode_fields_sit_where_wingdi_has_them() -> None:
    assert DEVMODEW.dmFields.offset == 72
    assert DEVMODEW.dmCopies.offset == 86
    assert DEVMODEW.dmDuplex.offset == 94


@pytest.mark.parametrize(
    ("duplex", "value"),
    [(None, DMDUP_SIMPLEX), ("long", DMDUP_VERTICAL), ("short", DMDUP_HORIZONTAL)],
)
def test_the_job_goes_into_the_devmode(duplex: str | None, value: int) -> None:
    devmode = DEVMODEW()
    apply_job(devmode, PrintJob("Kantoor", copies=3, duplex=duplex))
    assert devmode.dmCopies == 3 and devmode.dmDuplex == value
    assert devmode.dmFields & DM_COPIES and devmode.dmFields & DM_DUPLEX


def test_page_ranges() -> None:
    assert list(pages_to_print(4, PrintJob("p"))) == [0, 1, 2, 3]
    assert list(pages_to_print(4, PrintJob("p", first_page=2, last_page=3))) == [1, 2]
    assert list(pages_to_print(4, PrintJob("p", first_page=3, last_page=9))) == [2, 3]


def test_gdi_is_windows_only() -> None:
    if ctypes.sizeof(ctypes.c_wchar) == 2:  # pragma: no cover - on Windows
        pytest.skip("on Windows the real calls exist")
    with pytest.raises(PrintError, match="alleen op Windows"):
        Gdi()


class _Calls:
    """Records the Windows print calls in order; answers like a 600-dpi office printer."""

    def __init__(self, log: list[Any]) -> None:
        self.log = log

    def __getattr__(self, name: str) -> Any:
        def call(*args: Any) -> int:
            self.log.append(name)
            if name == "GetDeviceCaps":
                return {88: 600, 90: 600, 112: 100, 113: 118}[args[1]]
            return 1

        return call


class _Printer:
    """A stand-in for the Windows print calls (gdi32 and PDFium's FPDF_RenderPage)."""

    def __init__(self) -> None:
        self.log: list[Any] = []
        self.gdi32 = _Calls(self.log)
        self.rendered: list[tuple[int, int, int, int, int]] = []

    def devmode(self, printer: str, job: PrintJob) -> Any:
        self.log.append(("devmode", printer, job.copies))
        return None

    def device(self, hdc: int) -> Device:
        return Gdi.device(self, hdc)  # type: ignore[arg-type]

    def render_page(self, hdc: int, page: Any, x: int, y: int, w: int, h: int, rotate: int,
                    flags: int) -> None:  # fmt: skip
        assert flags & FPDF_PRINTING and rotate == 0 and page
        self.rendered.append((x, y, w, h, flags))
        self.log.append("render")


def _batch(maker: HandoutMaker, pages: int) -> bytes:
    one = maker.render(DocumentKind.SOCIALE_KAART, None, language("ar"), today=TODAY).pdf
    return merge_pdfs([one] * pages)


def test_every_page_is_drawn_into_the_printer_one_at_a_time(maker: HandoutMaker) -> None:
    printer = _Printer()
    seen: list[tuple[int, int]] = []
    pdf = _batch(maker, 3)
    sent = print_with_gdi(pdf, PrintJob("Kantoor", copies=2),
                          progress=lambda d, t: seen.append((d, t)),
                          gdi=printer)  # type: ignore[arg-type]  # fmt: skip
    assert sent == len(seen) == len(printer.rendered) and seen[-1] == (sent, sent)
    assert all(spot[:4] == (-100, -118, 4961, 7016) for spot in printer.rendered)
    calls = [c for c in printer.log if isinstance(c, str) and c != "GetDeviceCaps"]
    assert calls[:2] == ["CreateDCW", "StartDocW"] and calls[-2:] == ["EndDoc", "DeleteDC"]
    assert calls[2:-2] == ["StartPage", "render", "EndPage"] * sent
    assert ("devmode", "Kantoor", 2) in printer.log


def test_cancel_between_pages_aborts_the_job(maker: HandoutMaker) -> None:
    printer = _Printer()
    pdf = _batch(maker, 3)
    sent = print_with_gdi(pdf, PrintJob("Kantoor"), cancelled=lambda: len(printer.rendered) >= 1,
                          gdi=printer)  # type: ignore[arg-type]  # fmt: skip
    assert sent == 1 and "AbortDoc" in printer.log and "EndDoc" not in printer.log
    assert printer.log[-1] == "DeleteDC"
