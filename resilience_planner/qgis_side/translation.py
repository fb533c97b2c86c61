"""Translation contexts that the extractor sees.

pylupdate5 (``make i18n``) records a string under a context only when the call names it: ``self.tr('…')`` in a
class (the class's name), ``QCoreApplication.translate('Context', '…')``, or ``Name.tr('…')`` (the text before
``.tr``). A module-level ``tr()`` helper hides its context from it: its strings land in ``@default`` and are
never found. A module therefore binds one ``Context`` to a name equal to the context it passes::

    ActionEditor = Context('ActionEditor')
    ActionEditor.tr('Save')     # extracted under, and looked up in, the context "ActionEditor"

The two names must be the same; tests/test_i18n.py checks every string of such a module against the
extracted .ts files. Arguments must be literals (a variable cannot be extracted).
"""
from qgis.PyQt.QtCore import QCoreApplication


class Context:
    """``tr()`` in one named translation context, for code that is not a method of a QObject."""

    def __init__(self, name):
        self.name = name

    def tr(self, text, disambiguation=None, n=-1):
        """``text`` translated in this context by the installed translators (as written when none has it)."""
        return QCoreApplication.translate(self.name, text, disambiguation, n)

    def marked(self, text):
        """``text``, one of a table marked with ``QT_TRANSLATE_NOOP(<this context>, '…')``, translated: the
        extractor saw the table's literals; the variable given here it cannot see (``tr(variable)`` would be
        a text nobody extracted unless it was marked so)."""
        return QCoreApplication.translate(self.name, text)

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
        return QCoreApplication.translate(CONTEXT, message)
    if not isinstance(message, Message):
        return str(message)
    template = message.template
    text = QCoreApplication.translate(CONTEXT, template) if isinstance(template, Template) else str(template)
    if not message.args:
        return text
    args = [engine_message(arg) if isinstance(arg, (Message, Template)) else arg for arg in message.args]
    try:
        return text.format(*args)
    except (IndexError, KeyError, ValueError):     # a translation whose placeholders do not match: English
        return str(template).format(*args)
