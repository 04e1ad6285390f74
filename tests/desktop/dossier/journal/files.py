"""Small real documents for the attachment tests: a PDF made with ReportLab, a PNG by hand."""

from __future__ import annotations

import io
import struct
import zlib

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas


def pdf(pages: int = 2, text: str = "Ondertekend PIP") -> bytes:
    """A PDF of ``pages`` A4 pages with a line of text on each."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=True)
    for number in range(1, pages + 1):
        canvas.drawString(72, 760, f"{text} — pagina {number}")
        canvas.rect(72, 400, 300, 200)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def png(width: int = 40, height: int = 30) -> bytes:
    """A grey RGB PNG of the given size."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    rows = b"".join(b"\x00" + b"\x80\x80\x80" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows))
            + chunk(b"IEND", b""))  # fmt: skip
