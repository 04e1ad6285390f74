"""One choice of how a print goes out, for every platform (run here for Windows too)."""

from __future__ import annotations

import pytest

from ui.handouts.pages import Route, route_for


@pytest.mark.parametrize(
    ("to_file", "name", "platform", "has_lp", "route"),
    [
        (True, "", "linux", True, Route.FILE),
        (True, "Kantoor", "win32", False, Route.FILE),
        (False, "Kantoor", "win32", False, Route.GDI),  # vectors through PDFium into the HDC
        (False, "Kantoor", "linux", True, Route.QUEUE),  # the PDF itself to CUPS
        (False, "Kantoor", "darwin", True, Route.QUEUE),
        (False, "Kantoor", "linux", False, Route.PAINTED),  # no print system known
        (False, "", "linux", True, Route.PAINTED),
    ],
)
def test_route(to_file: bool, name: str, platform: str, has_lp: bool, route: Route) -> None:
    assert route_for(to_file=to_file, printer_name=name, platform=platform, has_lp=has_lp) is route
