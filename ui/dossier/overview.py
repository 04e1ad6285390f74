"""The dossier at a glance: who the person is, what is wrong, and the household."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import HouseholdRole
from desktop.domain.text import is_right_to_left
from desktop.dossier.household import PersonMatch
from desktop.dossier.view import Dossier
from ui.caseload_model import format_date, mask_bsn
from ui.dossier.labels import choice_label, field_label
from ui.dossier.pages import member_page
from ui.labels import category_label, route_label
from ui.languages import languages_text
from ui.widgets import error_label


def isolated(text: str) -> str:
    """Text in its own direction: an Arabic name in brackets keeps its brackets in place."""
    return f"\u2068{text}\u2069"  # FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE


#: How long typing in the search field must pause before searching.
SEARCH_DELAY_MS = 250
PERSON_ROLE = Qt.ItemDataRole.UserRole + 1


class LinkPersonBox(QGroupBox):
    """Find someone who already has a dossier by name and put them in this household.

    Signals:
        search_requested(str): search people whose name contains the text.
        link_requested(str, str): link the person (id) with the role (a HouseholdRole value).
    """

    search_requested = Signal(str)
    link_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("link_person")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self.search = QLineEdit()
        self.search.setObjectName("link_search")
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self._search_now)
        self.search.textEdited.connect(lambda _text: self._timer.start())
        self.matches = QListWidget()
        self.matches.setObjectName("link_matches")
        self.matches.setMaximumHeight(100)
        self.matches.setVisible(False)  # shown when there is something to choose
        self.matches.currentRowChanged.connect(lambda _row: self._update_button())
        self.matches.itemDoubleClicked.connect(lambda _item: self._link())
        self.role = QComboBox()
        self.role.setObjectName("link_role")
        for role in HouseholdRole:
            self.role.addItem(choice_label(role.value), role.value)
        self.role.setCurrentIndex(self.role.findData(HouseholdRole.PARTNER.value))
        self.link_button = QPushButton()
        self.link_button.setObjectName("link_button")
        self.link_button.clicked.connect(self._link)
        self.error = error_label()
        self.error.setVisible(False)
        self._role_label = QLabel()
        self._role_label.setBuddy(self.role)
        self._timer.timeout.connect(self._search_now)
        row = QHBoxLayout()
        row.addWidget(self._role_label)
        row.addWidget(self.role, 1)
        row.addWidget(self.link_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.matches)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.retranslate_ui()
        self._update_button()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Link someone who already has a dossier"))
        self.search.setPlaceholderText(self.tr("Search by name (any script)…"))
        self.search.setAccessibleName(self.tr("Find a household member to link"))
        self._role_label.setText(self.tr("Role"))
        self.link_button.setText(self.tr("&Link to household"))
        for row in range(self.role.count()):
            self.role.setItemText(row, choice_label(self.role.itemData(row)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _search_now(self) -> None:
        self._timer.stop()
        self.show_error(None)
        text = self.search.text().strip()
        if text:
            self.search_requested.emit(text)
        else:
            self.show_matches([])

    def show_matches(self, matches: Sequence[PersonMatch]) -> None:
        """List the people found (or say that nobody was)."""
        self.matches.clear()
        for match in matches:
            text = match.display_name
            if match.name_original:
                text = f"{text}  ({isolated(match.name_original)})"
            if match.birth_date:
                text = f"{text} · {format_date(match.birth_date)}"
            if match.in_other_household:
                elsewhere = self.tr("in another household")
                text = f"{text} · {elsewhere}"
            item = QListWidgetItem(text)
            item.setData(PERSON_ROLE, match.person_id)
            self.matches.addItem(item)
        self.matches.setVisible(bool(matches))
        if matches:
            self.matches.setCurrentRow(0)
        elif self.search.text().strip():
            self.show_error(self.tr("Nobody found with that name."))
        self._update_button()

    def _update_button(self) -> None:
        self.link_button.setEnabled(self.matches.currentItem() is not None)

    def _link(self) -> None:
        item = self.matches.currentItem()
        if item is None:
            return
        self.show_error(None)
        self.link_requested.emit(item.data(PERSON_ROLE), self.role.currentData())

    def show_error(self, message: str | None) -> None:
        self.error.setText(message or "")
        self.error.setVisible(bool(message))

    def reset(self) -> None:
        """Empty the search (after linking, or for another dossier)."""
        self._timer.stop()
        self.search.clear()
        self.matches.clear()
        self.matches.setVisible(False)
        self.show_error(None)
        self._update_button()


class OverviewPage(QWidget):
    """Person, warnings from the rules and the household, with a form to add a member.

    Signals:
        edit_member_requested(str): a household member was chosen to edit (double-click,
            Enter); ``member_form`` has the add-member form's signals.
    """

    edit_member_requested = Signal(str)

    FACTS = ("birth_date", "bsn", "v_nummer", "category", "languages", "koppeling_date",
             "consultant", "route", "residence", "housing_date")  # fmt: skip

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person_box = QGroupBox()
        facts = QFormLayout(self.person_box)
        self._fact_labels: dict[str, QLabel] = {}
        self.facts: dict[str, QLabel] = {}
        for name in self.FACTS:
            label, value = QLabel(), QLabel()
            value.setObjectName(f"fact:{name}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)  # a long address wraps instead of widening the window
            facts.addRow(label, value)
            self._fact_labels[name], self.facts[name] = label, value
        self.warnings = QLabel()
        self.warnings.setObjectName("warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #b00020;")
        self.household_box = QGroupBox()
        self.household = QTableWidget(0, 4)
        self.household.setObjectName("household")
        self.household.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.household.verticalHeader().setVisible(False)
        self.household.setWordWrap(False)
        header = self.household.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.household.activated.connect(self._member_activated)
        self.household.doubleClicked.connect(self._member_activated)
        box = QVBoxLayout(self.household_box)
        box.addWidget(self.household)
        self.link_box = LinkPersonBox()
        self.member_form = member_page()
        self._dossier: Dossier | None = None
        left = QVBoxLayout()
        left.addWidget(self.person_box)
        left.addWidget(self.warnings)
        left.addWidget(self.link_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.household_box, 1)
        right.addWidget(self.member_form, 2)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.person_box.setTitle(self.tr("Person"))
        self.household_box.setTitle(self.tr("Household"))
        self.household.setAccessibleName(self.tr("Household"))
        names = {"consultant": self.tr("Consultant"), "route": self.tr("Route"),
                 "residence": self.tr("Lives in"),
                 "housing_date": self.tr("Housed since")}  # fmt: skip
        for name, label in self._fact_labels.items():
            label.setText(names.get(name) or field_label(name))
        self.household.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Role"), self.tr("Age"), self.tr("Own journey")]
        )
        if self._dossier is not None:
            self.show_dossier(self._dossier)  # values such as the category, in the new language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _member_activated(self, index: QModelIndex) -> None:
        if self._dossier is not None and 0 <= index.row() < len(self._dossier.household):
            self.edit_member_requested.emit(self._dossier.household[index.row()].person_id)

    def _residence_text(self, dossier: Dossier) -> str:
        current = dossier.current_residence
        if current is None:
            return ""
        text = choice_label(current.kind.value)
        if current.location:
            text = f"{text}, {current.location}"
        return self.tr("{where} (since {date})").format(
            where=text, date=format_date(current.start_date)
        )

    def show_dossier(self, dossier: Dossier) -> None:
        self._dossier = dossier
        journey = dossier.journey
        values = {
            "birth_date": format_date(dossier.birth_date),
            "bsn": mask_bsn(dossier.bsn),
            "v_nummer": dossier.v_nummer or "",
            "category": category_label(dossier.category),
            "languages": languages_text(dossier.languages),
            "koppeling_date": format_date(dossier.koppeling_date),
            "consultant": dossier.consultant_name,
            "route": route_label(journey.route) if journey and journey.route else "",
            "residence": self._residence_text(dossier),
            "housing_date": format_date(dossier.housing_date)
            if dossier.housing_date
            else self.tr("not yet (the PIP term has not started)"),
        }
        for name, text in values.items():
            self.facts[name].setText(text)
        messages = [v.message for v in journey.violations] if journey else []
        self.warnings.setText("\n".join(f"⚠ {m}" for m in messages))
        self.warnings.setVisible(bool(messages))
        self.household.setRowCount(len(dossier.household))
        abroad = self.tr("abroad")
        for row, member in enumerate(dossier.household):
            name = member.display_name
            if member.name_original:
                name = f"{name}  ({isolated(member.name_original)})"
            cells = [
                name,
                " · ".join(
                    part
                    for part in (
                        choice_label(member.role.value),
                        abroad if member.abroad else "",
                        choice_label(member.schooling.value) if member.schooling else "",
                    )
                    if part
                ),
                "" if member.age is None else str(member.age),
                self.tr("Yes") if member.has_trajectory else "",
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 0 and is_right_to_left(member.name_original):
                    item.setToolTip(member.name_original)
                self.household.setItem(row, column, item)
