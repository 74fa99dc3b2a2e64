"""The window in the user's language: Qt's own texts (the buttons of its dialogs) and ours,
from the system's language or `--lang`.

Ours come from resources/translations/mysteryshop_<lang>.qm, made by
packaging/translations.py from the .ts files translators edit (Qt Linguist). English has
one too: it holds only plural forms ("%n session(s)" → "1 session", "2 sessions"), so a
language without a translation still counts in proper English.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from mysteryshop.paths import resource_path

logger = logging.getLogger(__name__)

OURS = "mysteryshop"


def install_translators(app: QCoreApplication, language: str | None = None) -> QLocale:
    """Install the translators once per application; the locale they were chosen for."""
    current = app.property("mysteryshopLanguage")
    if language is None and current:  # already chosen (by --lang, or a test): kept
        return QLocale(str(current))
    locale = QLocale(language) if language else QLocale.system()
    if current == locale.name():
        return locale
    for old in app.findChildren(QTranslator, "mysteryshopTranslator"):
        app.removeTranslator(old)
        old.deleteLater()
    QLocale.setDefault(locale)
    qt = QTranslator(app)
    qt.setObjectName("mysteryshopTranslator")
    if qt.load(locale, "qtbase", "_",
               QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
    ours = QTranslator(app)
    ours.setObjectName("mysteryshopTranslator")
    folder = str(resource_path("translations"))
    if ours.load(locale, OURS, "_", folder) or ours.load(f"{OURS}_en", folder):
        app.installTranslator(ours)
    else:
        logger.warning("No translation of the app found in %s", folder)
    app.setProperty("mysteryshopLanguage", locale.name())
    logger.info("Language %s (texts from %s)", locale.name(), ours.filePath() or "none")
    return locale
