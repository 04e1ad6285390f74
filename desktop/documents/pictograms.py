"""Simple pictograms for the handouts, drawn with ReportLab's canvas: no image files.

Each draws into the square with lower-left corner (x, y) and side ``s``: a coloured disc
with a white figure, big and plain so that a reader who cannot read still recognises
the step (a cup for Koffie en Koek, a book for the lessons, ...).
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.colors import Color, HexColor, white
from reportlab.pdfgen.canvas import Canvas

Draw = Callable[[Canvas, float, float, float], None]


def _person(c: Canvas, cx: float, cy: float, r: float) -> None:
    """A head and shoulders centred on (cx, cy) with head radius r."""
    c.circle(cx, cy + r * 1.2, r, stroke=0, fill=1)
    path = c.beginPath()
    path.moveTo(cx - r * 1.8, cy - r * 1.6)
    path.curveTo(cx - r * 1.8, cy + r * 0.2, cx + r * 1.8, cy + r * 0.2, cx + r * 1.8, cy - r * 1.6)
    path.close()
    c.drawPath(path, stroke=0, fill=1)


def cup(c: Canvas, x: float, y: float, s: float) -> None:
    """Koffie en Koek: a steaming cup."""
    c.roundRect(x + s * 0.28, y + s * 0.25, s * 0.36, s * 0.32, s * 0.06, stroke=0, fill=1)
    c.setLineWidth(s * 0.05)
    c.circle(x + s * 0.68, y + s * 0.42, s * 0.08, stroke=1, fill=0)
    for dx in (0.36, 0.46, 0.56):
        path = c.beginPath()
        path.moveTo(x + s * dx, y + s * 0.62)
        path.curveTo(
            x + s * (dx - 0.05),
            y + s * 0.68,
            x + s * (dx + 0.05),
            y + s * 0.72,
            x + s * dx,
            y + s * 0.78,
        )
        c.drawPath(path, stroke=1, fill=0)


def talk(c: Canvas, x: float, y: float, s: float) -> None:
    """A conversation: two people."""
    _person(c, x + s * 0.36, y + s * 0.42, s * 0.09)
    _person(c, x + s * 0.64, y + s * 0.42, s * 0.09)


def screen(c: Canvas, x: float, y: float, s: float) -> None:
    """A test on a laptop: a screen with a tick."""
    c.setLineWidth(s * 0.05)
    c.roundRect(x + s * 0.26, y + s * 0.38, s * 0.48, s * 0.32, s * 0.03, stroke=1, fill=0)
    c.rect(x + s * 0.2, y + s * 0.3, s * 0.6, s * 0.05, stroke=0, fill=1)
    path = c.beginPath()
    path.moveTo(x + s * 0.38, y + s * 0.54)
    path.lineTo(x + s * 0.46, y + s * 0.46)
    path.lineTo(x + s * 0.62, y + s * 0.62)
    c.drawPath(path, stroke=1, fill=0)


def document(c: Canvas, x: float, y: float, s: float) -> None:
    """The PIP: a page with lines and a signature."""
    c.rect(x + s * 0.32, y + s * 0.22, s * 0.36, s * 0.52, stroke=0, fill=1)
    c.saveState()
    c.setStrokeColor(HexColor("#00796b"))
    c.setLineWidth(s * 0.03)
    for dy in (0.62, 0.54, 0.46):
        c.line(x + s * 0.38, y + s * dy, x + s * 0.62, y + s * dy)
    path = c.beginPath()
    path.moveTo(x + s * 0.38, y + s * 0.3)
    path.curveTo(x + s * 0.44, y + s * 0.4, x + s * 0.48, y + s * 0.24, x + s * 0.6, y + s * 0.34)
    c.drawPath(path, stroke=1, fill=0)
    c.restoreState()


def book(c: Canvas, x: float, y: float, s: float) -> None:
    """Lessons: an open book."""
    for side in (-1, 1):
        path = c.beginPath()
        path.moveTo(x + s * 0.5, y + s * 0.3)
        path.lineTo(x + s * (0.5 + side * 0.28), y + s * 0.36)
        path.lineTo(x + s * (0.5 + side * 0.28), y + s * 0.7)
        path.lineTo(x + s * 0.5, y + s * 0.64)
        path.close()
        c.drawPath(path, stroke=0, fill=1)


def bubbles(c: Canvas, x: float, y: float, s: float) -> None:
    """A progress talk: two speech bubbles."""
    c.roundRect(x + s * 0.2, y + s * 0.45, s * 0.36, s * 0.22, s * 0.06, stroke=0, fill=1)
    c.roundRect(x + s * 0.44, y + s * 0.28, s * 0.36, s * 0.22, s * 0.06, stroke=0, fill=1)


def flag(c: Canvas, x: float, y: float, s: float) -> None:
    """The participatieverklaring: a Dutch flag on a pole."""
    c.rect(x + s * 0.3, y + s * 0.22, s * 0.04, s * 0.54, stroke=0, fill=1)
    for i, colour in enumerate(("#ae1c28", "#ffffff", "#21468b")):
        c.saveState()
        c.setFillColor(HexColor(colour))
        c.rect(x + s * 0.34, y + s * (0.66 - i * 0.08), s * 0.38, s * 0.08, stroke=0, fill=1)
        c.restoreState()


def briefcase(c: Canvas, x: float, y: float, s: float) -> None:
    """Work (MAP): a briefcase."""
    c.roundRect(x + s * 0.24, y + s * 0.28, s * 0.52, s * 0.34, s * 0.04, stroke=0, fill=1)
    c.setLineWidth(s * 0.05)
    c.roundRect(x + s * 0.4, y + s * 0.6, s * 0.2, s * 0.1, s * 0.03, stroke=1, fill=0)


def group(c: Canvas, x: float, y: float, s: float) -> None:
    """Taking part: three people."""
    for dx, r in ((0.28, 0.07), (0.72, 0.07), (0.5, 0.09)):
        _person(c, x + s * dx, y + s * 0.42, s * r)


def star(c: Canvas, x: float, y: float, s: float) -> None:
    """Done: a star."""
    import math

    path = c.beginPath()
    for i in range(10):
        radius = s * (0.3 if i % 2 == 0 else 0.13)
        angle = math.pi / 2 + i * math.pi / 5
        px, py = x + s * 0.5 + radius * math.cos(angle), y + s * 0.5 + radius * math.sin(angle)
        if i == 0:
            path.moveTo(px, py)
        else:
            path.lineTo(px, py)
    path.close()
    c.drawPath(path, stroke=0, fill=1)


def calendar(c: Canvas, x: float, y: float, s: float) -> None:
    """A date: a calendar page."""
    c.rect(x + s * 0.26, y + s * 0.26, s * 0.48, s * 0.44, stroke=0, fill=1)
    c.saveState()
    c.setFillColor(HexColor("#ae1c28"))
    c.rect(x + s * 0.26, y + s * 0.6, s * 0.48, s * 0.1, stroke=0, fill=1)
    c.setFillColor(HexColor("#00796b"))
    for row in range(2):
        for col in range(3):
            c.rect(
                x + s * (0.32 + col * 0.13),
                y + s * (0.44 - row * 0.12),
                s * 0.08,
                s * 0.08,
                stroke=0,
                fill=1,
            )
    c.restoreState()


def clock(c: Canvas, x: float, y: float, s: float) -> None:
    """A time: a clock face."""
    c.setLineWidth(s * 0.05)
    c.circle(x + s * 0.5, y + s * 0.5, s * 0.24, stroke=1, fill=0)
    c.line(x + s * 0.5, y + s * 0.5, x + s * 0.5, y + s * 0.66)
    c.line(x + s * 0.5, y + s * 0.5, x + s * 0.62, y + s * 0.44)


def pin(c: Canvas, x: float, y: float, s: float) -> None:
    """A place: a map pin."""
    path = c.beginPath()
    path.moveTo(x + s * 0.5, y + s * 0.22)
    path.curveTo(x + s * 0.2, y + s * 0.5, x + s * 0.3, y + s * 0.78, x + s * 0.5, y + s * 0.78)
    path.curveTo(x + s * 0.7, y + s * 0.78, x + s * 0.8, y + s * 0.5, x + s * 0.5, y + s * 0.22)
    c.drawPath(path, stroke=0, fill=1)


def bag(c: Canvas, x: float, y: float, s: float) -> None:
    """What to bring: a bag."""
    c.roundRect(x + s * 0.28, y + s * 0.26, s * 0.44, s * 0.36, s * 0.05, stroke=0, fill=1)
    c.setLineWidth(s * 0.05)
    path = c.beginPath()
    path.moveTo(x + s * 0.38, y + s * 0.62)
    path.curveTo(x + s * 0.38, y + s * 0.78, x + s * 0.62, y + s * 0.78, x + s * 0.62, y + s * 0.62)
    c.drawPath(path, stroke=1, fill=0)


def phone(c: Canvas, x: float, y: float, s: float) -> None:
    """Phone (an interpreter by phone, or: call us): a handset."""
    c.roundRect(x + s * 0.36, y + s * 0.22, s * 0.28, s * 0.56, s * 0.05, stroke=0, fill=1)
    c.saveState()
    c.setFillColor(HexColor("#00796b"))
    c.rect(x + s * 0.4, y + s * 0.34, s * 0.2, s * 0.34, stroke=0, fill=1)
    c.restoreState()


def info(c: Canvas, x: float, y: float, s: float) -> None:
    """Information: an 'i'."""
    c.circle(x + s * 0.5, y + s * 0.68, s * 0.06, stroke=0, fill=1)
    c.rect(x + s * 0.45, y + s * 0.24, s * 0.1, s * 0.34, stroke=0, fill=1)


def house(c: Canvas, x: float, y: float, s: float) -> None:
    """Town hall or home: a house."""
    path = c.beginPath()
    path.moveTo(x + s * 0.22, y + s * 0.5)
    path.lineTo(x + s * 0.5, y + s * 0.76)
    path.lineTo(x + s * 0.78, y + s * 0.5)
    path.close()
    c.drawPath(path, stroke=0, fill=1)
    c.rect(x + s * 0.3, y + s * 0.24, s * 0.4, s * 0.28, stroke=0, fill=1)


def heart(c: Canvas, x: float, y: float, s: float) -> None:
    """Help and care (VluchtelingenWerk): a heart."""
    path = c.beginPath()
    path.moveTo(x + s * 0.5, y + s * 0.24)
    path.curveTo(x + s * 0.1, y + s * 0.5, x + s * 0.3, y + s * 0.8, x + s * 0.5, y + s * 0.62)
    path.curveTo(x + s * 0.7, y + s * 0.8, x + s * 0.9, y + s * 0.5, x + s * 0.5, y + s * 0.24)
    c.drawPath(path, stroke=0, fill=1)


PICTOGRAMS: dict[str, Draw] = {
    "koffie_en_koek": cup,
    "brede_intake": talk,
    "leerbaarheidstoets": screen,
    "starterz": book,
    "pip": document,
    "route_start": book,
    "voortgang": bubbles,
    "pvt": flag,
    "map": briefcase,
    "meedoen": group,
    "klaar": star,
    "calendar": calendar,
    "clock": clock,
    "place": pin,
    "bag": bag,
    "phone": phone,
    "info": info,
    "house": house,
    "heart": heart,
    "talk": talk,
    "group": group,
}


def pictogram(c: Canvas, name: str, x: float, y: float, s: float, colour: Color) -> None:
    """Draw pictogram ``name`` on a disc of ``colour`` in the square (x, y, s)."""
    c.saveState()
    c.setFillColor(colour)
    c.circle(x + s / 2, y + s / 2, s / 2, stroke=0, fill=1)
    c.setFillColor(white)
    c.setStrokeColor(white)
    c.setLineCap(1)
    c.setLineJoin(1)
    PICTOGRAMS[name](c, x, y, s)
    c.restoreState()
