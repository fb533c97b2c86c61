"""One root error for the engine; every message says what is wrong and what to do.

The engine stays free of Qt, yet its messages are translated (issue 17). Each one is written as an English
template marked for the extractor, with its arguments kept apart::

    raise InputError(QT_TRANSLATE_NOOP('Engine', 'Preset "{0}" lists no indicators.'), path)

pylupdate5 (``make i18n``) records the literal under the context ``Engine``. ``str(err)`` is the English text
(``template.format(*args)``), so logs, tests and headless runs read as before; the QGIS side, where the error
is caught, translates the template first and formats after (qgis_side/translation.py ``engine_message``).

The same holds for the warnings and notes the engine returns (``Message``): a ``Message`` is the English
text as a ``str``, so it joins, prints and compares as one, and it carries its ``template`` and ``args``.
"""

#: The context the engine's messages are extracted under and looked up in.
CONTEXT = 'Engine'


class Template(str):
    """An English text marked for translation: what :func:`QT_TRANSLATE_NOOP` returns.

    Only a ``Template`` is looked up in the catalogue; a plain ``str`` given as a message's template (the QGIS
    side raising ``InputError`` with a text it has already translated) is shown as it is."""

    __slots__ = ()


def QT_TRANSLATE_NOOP(context, text):
    """Mark ``text`` for extraction under ``context`` (pylupdate5 knows this name) and return it, untranslated,
    as a :class:`Template`. The engine cannot translate (no Qt here); the QGIS side does, under the same
    context."""
    return Template(text)


def _format(template, args):
    """The English text: ``template`` with ``args`` filled in (as it is when there are none, so that a
    finished text holding braces is left alone)."""
    return str(template).format(*args) if args else str(template)


class Message(str):
    """A message of the engine (a warning, a note, a reason): its English text, and for translation its
    ``template`` and ``args``. An argument may itself be a ``Message`` or a ``Template`` (a word chosen from a
    few), which the QGIS side translates too."""

    def __new__(cls, template, *args):
        self = super().__new__(cls, _format(template, args))
        self.template = template
        self.args = args
        return self

    def __reduce__(self):
        return (type(self), (self.template, *self.args))

    @property
    def translatable(self):
        """True when the template was marked, so that the catalogue may have it."""
        return isinstance(self.template, Template)


class ResiliencePlannerError(Exception):
    """Root of every error the engine raises on purpose: a message template and its arguments.

    ``str(err)`` is the English text; ``err.template`` and ``err.args`` are what the QGIS side translates
    (``err.message`` is the same as a :class:`Message`)."""

    def __init__(self, template, *args):
        super().__init__(template, *args)
        self.message = Message(template, *args)
        self.template = template
        self.args = args

    def __str__(self):
        return str(self.message)

    def __reduce__(self):
        return (type(self), (self.template, *self.args))

    @property
    def translatable(self):
        return self.message.translatable


class InputError(ResiliencePlannerError):
    """An input layer, field or value cannot be used as given.

    The message names the layer, field or value and says how to fix it.
    """


class Cancelled(ResiliencePlannerError):
    """The user cancelled a long run; nothing was written."""


def words(items, separator=', '):
    """Several texts joined as one argument of a message: a ``Message`` ``'{0}, {1}, …'`` whose parts the QGIS
    side translates when they are marked words (a ``Template``); names and values stay as they are."""
    items = list(items)
    return Message(separator.join('{%d}' % i for i in range(len(items))), *items)
