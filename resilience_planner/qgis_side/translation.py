"""Translation contexts that the extractor sees.

pylupdate5 (``make i18n``) records a string under a context only when the call names it: ``self.tr('…')`` in a
class (the class's name), ``QCoreApplication.translate('Context', '…')``, or ``Name.tr('…')`` (the text before
``.tr``). A module-level ``tr()`` helper hides its context from it: its strings land in ``@default`` and are
never found. A module therefore binds one ``Context`` to a name equal to the context it passes::

    ActionEditor = Context('ActionEditor')
    ActionEditor.tr('Save')     # extracted under, and looked up in, the context "ActionEditor"

The two names must be the same; tests/test_i18n.py checks every string of such a module against the
extracted .ts files. Arguments must be literals (a variable cannot be extracted).

The report is written in a language of its own (resilienceplanner:report's LANGUAGE), whatever QGIS's is:
``with in_language('fr'):`` loads the plugin's French catalogue into a QTranslator that is never installed
in the application, and while the block runs, on the thread that entered it only, every ``Context.tr`` (and
:func:`translate`) looks its text up in that catalogue, falling back to the English source text (never to
QGIS's own language, so a report is never a mix of two translations). The GUI, and any other thread, keep
QGIS's language throughout.
"""
import os
import re
import string
import threading
from numbers import Real

from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from .numbers_format import PERCENT_SPACE, Numbers

#: The languages a report can be written in: English (the source texts) and the plugin's catalogues
#: (tools/i18n.py LANGUAGES).
LANGUAGES = ('en', 'fr', 'es', 'pt')
LANGUAGE_NAMES = {'en': 'English', 'fr': 'français', 'es': 'español', 'pt': 'português'}

_state = threading.local()


def translate(context, text, disambiguation=None, n=-1):
    """``text`` in ``context``: in the report language when the current thread is inside :func:`in_language`
    (its catalogue, else the English text), else by the translators QGIS installed."""
    language = getattr(_state, 'language', None)
    if language is None:
        return QCoreApplication.translate(context, text, disambiguation, n)
    if language.translator is not None:
        # QTranslator takes its arguments as C strings: UTF-8 bytes, as QCoreApplication.translate passes them.
        found = language.translator.translate(context.encode('utf-8'), text.encode('utf-8'),
                                              disambiguation.encode('utf-8') if disambiguation else None, n)
        if found:
            return found
    return text.replace('%n', str(n)) if n >= 0 else text


class Language:
    """A report language: its code, its catalogue (None for English) and its number formats (``numbers``)."""

    def __init__(self, code, translator=None):
        from .numbers_format import Numbers
        self.code = code
        self.translator = translator
        self.numbers = Numbers(code)

    def __repr__(self):
        return 'Language({0!r})'.format(self.code)


def catalogue_path(code):
    """The compiled catalogue (.qm) of a language in the package's i18n/ folder, or None when not built."""
    from .. import assets
    path = os.path.join(assets.I18N, 'resilience_planner_{0}.qm'.format(code))
    return path if os.path.isfile(path) else None


def qgis_language():
    """The two-letter code of QGIS's language (its locale setting, else the system's)."""
    from qgis.core import QgsSettings
    from qgis.PyQt.QtCore import QLocale
    locale = str(QgsSettings().value('locale/userLocale', '') or '') or QLocale.system().name()
    return locale.replace('-', '_').split('_')[0].lower()


def language_code(value):
    """The report language a LANGUAGE value names: '' = QGIS's; 'fr', 'FR', 'fr_FR', 'pt-BR' name theirs.
    Raises ValueError naming the value and the languages available for one that is none of them."""
    text = str(value or '').strip()
    if not text:
        return ''
    code = text.replace('-', '_').split('_')[0].lower()
    if code not in LANGUAGES:
        raise ValueError(ReportLanguage.tr('The report language "{0}" is not available; choose one of {1}, or '
                                           'leave it empty for QGIS\'s language.').format(text, ', '.join(
                                               '{0} ({1})'.format(c, LANGUAGE_NAMES[c]) for c in LANGUAGES)))
    return code


def resolve(value, warn=None):
    """The Language to write a report in, from a LANGUAGE value (see :func:`language_code`).

    QGIS's own language when ``value`` is empty (English when the plugin has no catalogue for it). A language
    whose catalogue is not compiled, or cannot be read, gives English, all of it, and ``warn`` says so."""
    code = language_code(value)
    if not code:
        code = qgis_language()
        if code not in LANGUAGES:
            if warn:
                warn(ReportLanguage.tr('QGIS\'s language "{0}" has no report translation: the report is '
                                       'written in English.').format(code))
            return Language('en')
    if code == 'en':
        return Language('en')
    path = catalogue_path(code)
    translator = QTranslator()
    if path is None or not translator.load(path):
        if warn:
            warn(ReportLanguage.tr('The report translation for "{0}" is not compiled ({1} is missing; make package '
                                   'builds it): the report is written in English.').format(
                code, 'i18n/resilience_planner_{0}.qm'.format(code)))
        return Language('en')
    return Language(code, translator)


class in_language:  # noqa: N801 (used as a context manager, like a function)
    """``with in_language('fr') as language:`` the current thread's Context.tr and translate() in French (see
    the module's text); ``language`` may also be a Language from :func:`resolve`. Nested blocks restore the
    outer language on leaving."""

    def __init__(self, language, warn=None):
        self.language = language if isinstance(language, Language) else resolve(language, warn)

    def __enter__(self):
        self._outer = getattr(_state, 'language', None)
        _state.language = self.language
        return self.language

    def __exit__(self, *exc):
        _state.language = self._outer
        return False


def current_language():
    """The Language of the current thread's report, or None outside :func:`in_language`."""
    return getattr(_state, 'language', None)


def text_language():
    """The language the texts are being written in: the report's on a thread inside :func:`in_language`,
    else that of the plugin's translation QGIS loaded ('en' without one). Each catalogue translates the
    marked code 'en' into its own code, so the answer follows the translators installed at this moment."""
    code = translate('NumberFormat', QT_TRANSLATE_NOOP('NumberFormat', 'en'))
    return code if code in LANGUAGES else 'en'


_NUMBERS = {}


def numbers():
    """The number formats (numbers_format.Numbers) of :func:`text_language`."""
    code = text_language()
    if code not in _NUMBERS:
        _NUMBERS[code] = Numbers(code)
    return _NUMBERS[code]


class _LocalFormatter(string.Formatter):
    """str.format, but a number with a format spec ('{0:,.0f}', '{1:.1%}', '{2:g}') is written as the text's
    language writes it: its group and decimal signs, and the space French and Spanish put before %."""

    def format_field(self, value, format_spec):
        if not format_spec or isinstance(value, bool) or not isinstance(value, Real) \
                or format_spec[-1:] not in ('d', 'f', 'F', 'g', 'G', 'e', 'E', '%', ','):
            return super().format_field(value, format_spec)
        local = numbers()
        if local.code == 'en':
            return format(value, format_spec)
        if format_spec.endswith('%'):
            written = format(value * 100, format_spec[:-1] + 'f')
            suffix = PERCENT_SPACE[local.code] + '%'
        else:
            written, suffix = format(value, format_spec), ''
        group, point = local.locale.groupSeparator(), local.locale.decimalPoint()
        return ''.join(group if c == ',' else point if c == '.' else c for c in written) + suffix


_FORMATTER = _LocalFormatter()


class Text(str):
    """A translated text with numbers to fill in: ``format()`` writes a number given a format spec as the
    text's language does (1 234,5 in a French text, 1.234,5 in a Spanish or Portuguese one), so that translating
    first and formatting after gives numbers in the language of the sentence around them. ``format()`` returns
    a plain ``str``: a str subclass handed to Qt as a QVariant (a model's data, a Processing result) would
    arrive as a Python object, not as text."""

    def format(self, *args, **kwargs):
        return _FORMATTER.vformat(str(self), args, kwargs)


#: A placeholder with a format spec ('{0:,}', '{1:.1%}'): the texts that need :class:`Text`.
_SPEC = re.compile(r'\{[^{}]*:[^{}]*\}')


def localized(text):
    """``text`` (already translated) as a :class:`Text` when it has a placeholder with a format spec, so that
    its ``format()`` writes numbers the local way; as it is otherwise (a plain ``str`` for Qt)."""
    return Text(text) if _SPEC.search(text) else text


class Context:
    """``tr()`` in one named translation context, for code that is not a method of a QObject."""

    def __init__(self, name):
        self.name = name

    def tr(self, text, disambiguation=None, n=-1):
        """``text`` translated in this context by the installed translators (as written when none has it), or
        in the report language inside :func:`in_language`. Its ``format()`` writes numbers as that language does."""
        return localized(translate(self.name, text, disambiguation, n))

    def marked(self, text):
        """``text``, one of a table marked with ``QT_TRANSLATE_NOOP(<this context>, '…')``, translated: the
        extractor saw the table's literals; the variable given here it cannot see (``tr(variable)`` would be
        a text nobody extracted unless it was marked so)."""
        return localized(translate(self.name, text))

    def __repr__(self):
        return 'Context({0!r})'.format(self.name)


def QT_TRANSLATE_NOOP(context, text):      # the name pylupdate5 looks for
    """``text`` as it is: marks a literal for extraction under ``context`` (pylupdate5 knows this name), for
    tables of texts that are translated later, when one is chosen (``QCoreApplication.translate(context, x)``).
    Defined here because PyQt6 has no QT_TRANSLATE_NOOP."""
    return text


def engine_message(message):
    """The engine's ``message`` (an ``InputError``, a ``Cancelled``, or a ``Message`` note or warning) in the
    user's language: its template translated in the context ``Engine`` first, its arguments filled in after
    (those that are engine words or messages themselves translated too).

    A template the engine did not mark (the QGIS side raising ``InputError`` with a text it has already
    translated and formatted) is used as it is, never translated twice. Anything else is shown as ``str()``."""
    from ..core.errors import CONTEXT, Message, ResiliencePlannerError, Template
    if isinstance(message, ResiliencePlannerError):
        message = message.message
    if isinstance(message, Template):
        return translate(CONTEXT, message)
    if not isinstance(message, Message):
        return str(message)
    template = message.template
    text = translate(CONTEXT, template) if isinstance(template, Template) else str(template)
    if not message.args:
        return text
    args = [engine_message(arg) if isinstance(arg, (Message, Template)) else arg for arg in message.args]
    try:
        return Text(text).format(*args)
    except (IndexError, KeyError, ValueError):     # a translation whose placeholders do not match: English
        return str(template).format(*args)


ReportLanguage = Context('ReportLanguage')
