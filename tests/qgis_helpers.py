"""Helpers for the QGIS tests that need qgis when this module is imported.

tests/conftest.py hands these out on first use (its module ``__getattr__``), so that the
conftest itself imports without QGIS: it is also the parent of tests/core/."""
from qgis.core import QgsProcessingFeedback


class RecordingFeedback(QgsProcessingFeedback):
    """Processing feedback that keeps what an algorithm told the user."""

    def __init__(self):
        super().__init__()
        self.warnings, self.infos = [], []

    def pushWarning(self, warning):
        self.warnings.append(warning)
        super().pushWarning(warning)

    def pushInfo(self, info):
        self.infos.append(info)
        super().pushInfo(info)
