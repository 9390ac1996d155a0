"""UI languages (English, Simplified Chinese) switched at run time, and fonts with SC glyphs.

Translations live in ``resources/i18n/treaty_workbench_<lang>.ts`` (source, edited with Qt
Linguist after ``pyside6-lupdate``) and the compiled ``.qm`` next to it. Installing or removing
a QTranslator makes Qt send ``QEvent.Type.LanguageChange`` to every widget; each widget of the
workbench re-translates its texts in ``changeEvent``.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from ..paths import RESOURCES_DIR

I18N_DIR = RESOURCES_DIR / "i18n"
CATALOG = "treaty_workbench"

#: Language codes the UI can be switched to ("system" follows the system locale).
LANGUAGES = ("system", "en", "zh_CN")

#: Latin face first, then the Simplified Chinese face, so that Han characters are always drawn
#: with SC glyph forms (never the Japanese fallback Qt picks without a zh locale).
UI_FAMILIES = ["Noto Sans", "DejaVu Sans", "Noto Sans CJK SC"]
SERIF_FAMILIES = ["Noto Serif", "DejaVu Serif", "Noto Serif CJK SC"]
ZH_FAMILIES = ["Noto Sans CJK SC", "Noto Sans", "DejaVu Sans"]


def language_name(code: str) -> str:
    """How a language is named in the language menu (each in its own language)."""
    if code == "en":
        return "English"
    if code == "zh_CN":
        return "简体中文"
    return QCoreApplication.translate("Language", "System language")


def resolve(code: str) -> str:
    """The concrete language for ``code`` ("system" -> "zh_CN" on a Chinese system, else "en")."""
    if code in ("en", "zh_CN"):
        return code
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def current_lang() -> str:
    """"zh" when the interface is in Chinese (``Translations.switch`` sets the default locale)."""
    return "zh" if QLocale().language() == QLocale.Language.Chinese else "en"


def ui_font(point_size: float | None = None) -> QFont:
    font = QFont()
    font.setFamilies(UI_FAMILIES)
    if point_size:
        font.setPointSizeF(point_size)
    return font


def zh_font(point_size: float | None = None) -> QFont:
    """A font for Chinese text fields: SC glyphs first."""
    font = QFont()
    font.setFamilies(ZH_FAMILIES)
    if point_size:
        font.setPointSizeF(point_size)
    return font


def apply_fonts(app: QApplication) -> None:
    font = app.font()
    font.setFamilies(UI_FAMILIES)
    app.setFont(font)


class Translations:
    """The translators installed in the application; ``switch`` changes the UI language."""

    def __init__(self, app: QCoreApplication):
        self.app = app
        self.installed: list[QTranslator] = []
        self.code = "system"
        self.active = "en"
        from .plurals import install_english_plurals
        install_english_plurals(app)                  # "1 clause", "8 clauses"; under every catalogue

    def switch(self, code: str) -> bool:
        """Install the catalogues for ``code``; False (and English) if the .qm is missing."""
        if code not in LANGUAGES:
            code = "system"
        self.code = code
        target = resolve(code)
        for translator in self.installed:
            self.app.removeTranslator(translator)
        self.installed = []
        ok = True
        if target != "en":
            own = QTranslator(self.app)
            ok = own.load(f"{CATALOG}_{target}", str(I18N_DIR))
            if ok:
                self.app.installTranslator(own)
                self.installed.append(own)
                qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
                base = QTranslator(self.app)
                if base.load(f"qtbase_{target}", qt_dir):
                    self.app.installTranslator(base)
                    self.installed.append(base)
        self.active = target if ok else "en"
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China)
                           if self.active == "zh_CN" else QLocale(QLocale.Language.English))
        return ok

    @property
    def lang(self) -> str:
        """"zh" or "en": the language numbers and headings are shown in."""
        return "zh" if self.active == "zh_CN" else "en"
