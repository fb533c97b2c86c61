"""One root error for the engine; every message says what is wrong and what to do."""


class ResiliencePlannerError(Exception):
    """Root of every error the engine raises on purpose."""


class InputError(ResiliencePlannerError):
    """An input layer, field or value cannot be used as given.

    The message names the layer, field or value and says how to fix it.
    """


class Cancelled(ResiliencePlannerError):
    """The user cancelled a long run; nothing was written."""
