"""Languages in the consultant's words: "tr" reads "Turks", and a picker for the interpreter.

A person's languages are stored as BCP 47 codes (``ar``, ``ti``, ``prs``); the screens name
them with Babel's CLDR names in the UI language. Dari has no CLDR name of its own (it is
Persian as spoken in Afghanistan), so it is named here.
"""

from __future__ import annotations

from babel import Locale, UnknownLocaleError
from PySide6.QtWidgets import QComboBox

from desktop.messages import current_language

#: The languages an interpreter is most often booked for, first in the picker.
INTERPRETER_LANGUAGES = ("ar", "ti", "am", "prs", "fa", "ps", "ku", "tr", "so", "uk", "ru",
                         "en", "fr", "es", "de", "pl")  # fmt: skip
_OWN_NAMES = {"prs": {"nl": "Dari", "en": "Dari"}, "fa_af": {"nl": "Dari", "en": "Dari"}}


def language_name(code: str, ui_language: str | None = None) -> str:
    """The name of a language code in the UI language ("tr" → "Turks"); the code itself when
    it is not a language."""
    wanted = code.strip()
    key = wanted.lower().replace("-", "_")
    ui = ui_language or current_language()
    if key in _OWN_NAMES:
        return _OWN_NAMES[key].get(ui, _OWN_NAMES[key]["en"])
    try:
        names = Locale.parse(ui).languages
    except (UnknownLocaleError, ValueError):
        return wanted
    name = names.get(key) or names.get(key.split("_")[0])
    return name[:1].upper() + name[1:] if name else wanted


def languages_text(codes: str, ui_language: str | None = None) -> str:
    """A comma-separated list of codes as names: "tr,en" → "Turks, Engels"."""
    return ", ".join(language_name(c, ui_language) for c in codes.split(",") if c.strip())


def fill_language_combo(combo: QComboBox, *, empty: str = "—") -> None:
    """Fill ``combo`` with the interpreter languages, by name, holding their codes."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(empty, "")
    for code in INTERPRETER_LANGUAGES:
        combo.addItem(language_name(code), code)
    if chosen:
        select_language(combo, chosen)
    combo.blockSignals(False)


def select_language(combo: QComboBox, value: str) -> None:
    """Show ``value`` (a code, or a name typed before there was a picker) as chosen; an
    unknown value is added, so that nothing stored is lost."""
    found = combo.findData(value) if value else 0
    if found < 0:
        lowered = value.strip().casefold()
        found = next((i for i in range(combo.count())
                      if combo.itemText(i).casefold() == lowered), -1)  # fmt: skip
    if found < 0:
        combo.addItem(language_name(value), value)
        found = combo.count() - 1
    combo.setCurrentIndex(found)
