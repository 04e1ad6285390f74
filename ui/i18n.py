"""Screen translations: finding the .qm files and switching the language while running.

A switch also switches the core's messages (errors, validation messages, journey notes from
``desktop/``, see :mod:`desktop.messages`), so that one language is on screen.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QSettings, QTranslator

from desktop import messages
from desktop.resources import translations_root

LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"
_SETTINGS_KEY = "ui/language"


def translations_dir() -> Path:
    """The ``translations/`` folder (desktop/resources.py finds it)."""
    return translations_root()


def qm_path(language: str) -> Path:
    """The compiled translation file for a language code."""
    return translations_dir() / f"wegwijzer_{language}.qm"


def saved_language(settings: QSettings) -> str:
    """The language chosen last time, or Dutch."""
    value = settings.value(_SETTINGS_KEY, DEFAULT_LANGUAGE)
    return value if isinstance(value, str) and value in LANGUAGES else DEFAULT_LANGUAGE


def save_language(settings: QSettings, language: str) -> None:
    """Remember the language for the next start."""
    settings.setValue(_SETTINGS_KEY, language)


class Translations:
    """Owns the installed QTranslator; installing a new one makes Qt send LanguageChange."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translator: QTranslator | None = None
        self._qt_translator: QTranslator | None = None  # Qt's own: OK/Cancel/Save buttons
        self.language = ""

    def switch(self, language: str) -> bool:
        """Install the translation for ``language``; False when its .qm file cannot be loaded."""
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}")
        translator = QTranslator(self._app)
        if not translator.load(str(qm_path(language))):
            return False
        self._remove_qt_translator()
        qt_translator = QTranslator(self._app)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_translator.load(f"qtbase_{language}", qt_folder):  # standard buttons, dialogs
            self._app.installTranslator(qt_translator)
            self._qt_translator = qt_translator
        if self._translator is not None:
            self._app.removeTranslator(self._translator)
        # The core first: the LanguageChange that installing sends makes screens re-render
        # their texts, the core's messages among them.
        messages.set_language(language)
        self._app.installTranslator(translator)
        self._translator = translator
        self.language = language
        return True

    def _remove_qt_translator(self) -> None:
        if self._qt_translator is not None:
            self._app.removeTranslator(self._qt_translator)
            self._qt_translator = None

    def remove(self) -> None:
        """Uninstall the translation: the screens show their English source strings.

        The core's messages return to their source language (Dutch), as before any switch.
        """
        messages.set_language(messages.SOURCE_LANGUAGE)
        self._remove_qt_translator()
        if self._translator is not None:
            self._app.removeTranslator(self._translator)
            self._translator = None
        self.language = ""
