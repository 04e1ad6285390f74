"""The council PDF: a summary page, then a page per theme, every count suppressed for outside
readers, charts as vector graphics (reportlab.graphics), in Dutch."""

from __future__ import annotations

import io
from datetime import date

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable

from desktop.messages import N_, Message
from desktop.reports.figures import (
    LEGEND,
    Figures,
    Line,
    number,
    report_figures,
    subject,
    trend,
)
from desktop.reports.model import THEME_TITLES, Report, Theme
from desktop.resources import resource_path

REGULAR, BOLD = "Wegwijzer-report", "Wegwijzer-report-bold"
INK = colors.HexColor("#1f2937")
ACCENT = colors.HexColor("#1d4e89")
SOFT = colors.HexColor("#e8eef6")
GOOD, BAD = colors.HexColor("#1b7a3d"), colors.HexColor("#b00020")
REFERENCE_COLOURS = (ACCENT, colors.HexColor("#9aa9bd"), colors.HexColor("#e0a526"))


def _fonts() -> None:
    # Asked by name, not with getFont: for a name it does not know yet, getFont first searches
    # the disk for a Type 1 font of that name (most of a second), only to fail.
    known = set(pdfmetrics.getRegisteredFontNames())
    for name, file in ((REGULAR, "NotoSans-Regular.ttf"), (BOLD, "NotoSans-Bold.ttf")):
        if name not in known:
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file))))


def _t(text: str, **args: object) -> str:
    return Message(text, args).render()


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=REGULAR, fontSize=9.5, leading=12.5, textColor=INK)
    return {
        "base": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10.5,
                                textColor=colors.HexColor("#4b5563")),
        "title": ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=22, leading=27,
                                textColor=ACCENT, spaceAfter=6),
        "h1": ParagraphStyle("h1", parent=base, fontName=BOLD, fontSize=16, leading=20,
                             textColor=ACCENT, spaceAfter=8),
        "h2": ParagraphStyle("h2", parent=base, fontName=BOLD, fontSize=11.5, leading=15,
                             spaceBefore=8, spaceAfter=2),
    }  # fmt: skip


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _table(rows: list[list[object]], widths: list[float], header: bool = True) -> Table:
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    style = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#d1d5db")),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if header:
        style += [("FONTNAME", (0, 0), (-1, 0), BOLD), ("BACKGROUND", (0, 0), (-1, 0), SOFT)]
    table.setStyle(TableStyle(style))
    return table


def _verdict(figures: Figures) -> str:
    if figures.meets_target is None:
        return ""
    return _t(N_("gehaald")) if figures.meets_target else _t(N_("niet gehaald"))


def _bar_value(line: Line) -> float | None:
    """A bar's height: the count when shown, else None (a hidden count draws no bar)."""
    return float(line.count) if line.count.isdigit() else None


def count_chart(lines: list[Line], width: float) -> Drawing:
    """Bars of the shown counts; a hidden count has no bar but its mark above the axis."""
    height = 120 if len(lines) <= 12 else 150
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 30, 28, width - 40, height - 40
    values = [_bar_value(line) for line in lines]
    chart.data = [values]
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max([v for v in values if v is not None] + [5.0]) * 1.15
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.categoryAxis.categoryNames = [line.label[:14] for line in lines]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.angle = 30 if len(lines) > 5 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(lines) > 5 else "n"
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = 6.5
    chart.barLabels.nudge = 6
    drawing.add(chart)
    step = chart.width / max(len(lines), 1)
    for index, line in enumerate(lines):
        if not line.count.isdigit():
            x = chart.x + step * (index + 0.5)
            drawing.add(String(x, chart.y + 3, line.count, fontName=REGULAR, fontSize=7,
                               textAnchor="middle", fillColor=BAD))  # fmt: skip
    return drawing


def share_chart(figures: Figures, lines: list[Line], width: float) -> Drawing:
    """The route split against the references, as grouped horizontal bars of percentages;
    this period's bars only when its shares may be shown."""
    base = figures.indicator.references[0].shares.keys()
    shown = [line for line in lines if line.key in base]
    series: list[list[float]] = []
    names: list[str] = []
    colours = list(REFERENCE_COLOURS)
    if all(line.share for line in shown):
        series.append([float(line.share.rstrip("%").replace(",", ".")) for line in shown])
        names.append(_t(N_("Deze periode")))
    else:
        colours.pop(0)
    for reference in figures.indicator.references:
        series.append([reference.shares.get(line.key, 0.0) for line in shown])
        names.append(reference.label.render())
    drawing = Drawing(width, 130)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 95, 15, width - 250, 105
    chart.data = series
    chart.valueAxis.valueMin, chart.valueAxis.valueMax = 0, 100
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.categoryAxis.categoryNames = [line.label for line in shown]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.reverseDirection = True
    for index, colour in enumerate(colours[: len(series)]):
        chart.bars[index].fillColor = colour
        chart.bars[index].strokeColor = None
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = chart.x + chart.width + 14, 110
    legend.fontName, legend.fontSize = REGULAR, 7.5
    legend.colorNamePairs = list(zip(colours, names, strict=False))
    drawing.add(legend)
    return drawing


def trend_table(figures: Figures, earlier: tuple[tuple[str, str], ...], period: str,
                width: float) -> Table:  # fmt: skip
    """The value in the earlier periods and this one, oldest first, as one row."""
    labels = [label for label, _value in earlier] + [period]
    values = [value for _label, value in earlier] + [figures.value]
    column = 0.72 * width / len(labels)  # as wide as the tables around it (0.95)
    table = _table([[_t(N_("Trend")), *labels], [_t(N_("Waarde")), *values]],
                   [0.23 * width] + [column] * len(labels))  # fmt: skip
    table.setStyle(TableStyle([("FONTNAME", (-1, 0), (-1, -1), BOLD)]))
    return table


def _indicator(
    figures: Figures,
    styles: dict[str, ParagraphStyle],
    width: float,
    earlier: tuple[tuple[str, str], ...] = (),
    period: str = "",
) -> list[Flowable]:
    parts: list[Flowable] = [
        Paragraph(_escape(figures.title), styles["h2"]),
        Paragraph(_escape(figures.definition) + f" <i>({_escape(figures.source)})</i>",
                  styles["small"]),
        Spacer(1, 3),
    ]  # fmt: skip
    head: list[list[object]] = [[_t(N_("Waarde")), _t(N_("Streefwaarde")), _t(N_("Aantal")), ""]]
    head.append([figures.value, figures.target, figures.total, _verdict(figures)])
    head += [[label, "", value, ""] for label, value in figures.extras]
    summary = _table(head, [0.3 * width, 0.22 * width, 0.18 * width, 0.3 * width])
    verdict_colour = GOOD if figures.meets_target else BAD
    summary.setStyle(TableStyle([("ALIGN", (0, 0), (-1, -1), "LEFT"),
                                 ("TEXTCOLOR", (3, 1), (3, 1), verdict_colour),
                                 ("FONTNAME", (0, 1), (0, 1), BOLD)]))  # fmt: skip
    parts.append(summary)
    if earlier:
        parts += [Spacer(1, 3), trend_table(figures, earlier, period, width)]
    by_breakdown: dict[str, list[Line]] = {}
    for line in figures.lines:
        by_breakdown.setdefault(line.breakdown_key, []).append(line)
    charts = {b.key for b in figures.indicator.breakdowns if b.chart}
    blocks: list[list[Flowable]] = []
    for key, lines in by_breakdown.items():
        title = lines[0].breakdown
        rows: list[list[object]] = [[title, _t(N_("Aantal")), _t(N_("Aandeel"))]]
        rows += [[line.label, line.count, line.share] for line in lines]
        table = _table(rows, [0.55 * width, 0.2 * width, 0.2 * width])
        block: list[Flowable] = [Spacer(1, 4), table]
        if key in charts:
            drawing = (share_chart(figures, lines, width) if figures.indicator.references
                       else count_chart(lines, width))  # fmt: skip
            block += [Spacer(1, 4), drawing]
        blocks.append(block)
    # The title, definition, value and first breakdown stay together, and each table with its
    # chart (KeepTogether does not nest well: one level only).
    first = [*parts, *(blocks[0] if blocks else [])]
    story: list[Flowable] = [KeepTogether(first), *(KeepTogether(b) for b in blocks[1:])]
    story += [Paragraph(_escape(r), styles["small"]) for r in figures.references]
    return [*story, Spacer(1, 8)]


def _summary(report: Report, all_figures: list[Figures], width: float) -> Table:
    rows: list[list[object]] = [[_t(N_("Indicator")), _t(N_("Waarde")), _t(N_("Streef")),
                                 _t(N_("Aantal")), ""]]  # fmt: skip
    rows += [[f.title, f.value, f.target, f.total, _verdict(f)] for f in all_figures]
    table = _table(rows, [0.46 * width, 0.14 * width, 0.13 * width, 0.1 * width, 0.17 * width])
    for index, f in enumerate(all_figures, start=1):
        if f.meets_target is not None:
            colour = GOOD if f.meets_target else BAD
            table.setStyle(TableStyle([("TEXTCOLOR", (4, index), (4, index), colour)]))
    return table


def render_pdf(report: Report, *, made_on: date) -> bytes:
    """The council report as PDF bytes (suppressed for outside readers)."""
    _fonts()
    styles = _styles()
    buffer = io.BytesIO()
    title = _t(N_("Sturen en meten inburgering"))
    footer = f"{report.municipality} · {title} · {report.period.label()}"

    def page(canvas: Canvas, document: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(colors.HexColor("#6b7280"))
        canvas.drawString(18 * mm, 10 * mm, footer)
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm,
                               _t(N_("pagina {n}"), n=document.page))  # fmt: skip
        canvas.restoreState()

    document = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
        bottomMargin=18 * mm, title=f"{title} {report.period.label()}",
        author=report.municipality, creator="Wegwijzer",
    )  # fmt: skip
    width = A4[0] - 36 * mm
    all_figures = report_figures(report, outside=True)
    story: list[Flowable] = [
        Paragraph(_escape(_t(N_("Gemeente {name}"), name=report.municipality)), styles["h2"]),
        Paragraph(_escape(title), styles["title"]),
        Paragraph(_escape(_t(N_("Periode: {period} · {who} · peildatum {as_of} · gemaakt op "
                                "{made}"), period=report.period.label(), who=subject(report),
                             as_of=_day(report.as_of), made=_day(made_on))), styles["base"]),
        Spacer(1, 6),
        Paragraph(_escape(Message(LEGEND).render()), styles["small"]),
        Spacer(1, 8),
        _summary(report, all_figures, width),
    ]  # fmt: skip
    by_key = {f.key: f for f in all_figures}
    earlier = trend(report, outside=True)
    period = report.period.label()
    for theme, indicators in report.by_theme():
        story += [PageBreak(), Paragraph(_escape(Message(THEME_TITLES[theme]).render()),
                                         styles["h1"])]  # fmt: skip
        for indicator in indicators:
            story += _indicator(by_key[indicator.key], styles, width,
                                earlier.get(indicator.key, ()), period)  # fmt: skip
    document.build(story, onFirstPage=page, onLaterPages=page)
    return buffer.getvalue()


def _day(day: date) -> str:
    return f"{day.day}-{day.month}-{day.year}"


__all__ = ["Theme", "count_chart", "number", "render_pdf", "share_chart"]
