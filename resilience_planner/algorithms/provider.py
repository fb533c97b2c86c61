"""The Resilience Planner Processing provider (id ``resilienceplanner``)."""
import logging

from qgis.core import QgsProcessingModelAlgorithm, QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from .. import assets
from .action_coverage import ActionCoverageAlgorithm
from .action_plan_io import ExportActionPlanAlgorithm, ImportActionsAlgorithm
from .action_register import CreateActionRegisterAlgorithm
from .ahp_weights import AhpWeightsAlgorithm
from .batch_cities import BatchCitiesAlgorithm
from .energy_access import EnergyAccessAlgorithm
from .infrastructure_exposure import InfrastructureExposureAlgorithm
from .priority_map import PriorityMapAlgorithm
from .report import ReportAlgorithm
from .sample_city import SampleCityAlgorithm
from .service_access import ServiceAccessAlgorithm
from .settlement_exposure import SettlementExposureAlgorithm
from .vulnerability_index import VulnerabilityIndexAlgorithm

logger = logging.getLogger(__name__)


class ResiliencePlannerProvider(QgsProcessingProvider):
    """Registers the plugin's algorithms and the models in ``processing/models``."""

    def id(self):
        return 'resilienceplanner'

    def name(self):
        return 'Resilience Planner'

    def longName(self):  # noqa: N802
        return 'Resilience Planner {0}'.format(assets.metadata('version'))

    def icon(self):
        return QIcon(assets.icon_path())

    def supportedOutputRasterLayerExtensions(self):  # noqa: N802
        # The engine writes GeoTIFF only: do not offer other formats in the dialogs.
        return ['tif']

    def loadAlgorithms(self):  # noqa: N802
        for algorithm in (SettlementExposureAlgorithm(), VulnerabilityIndexAlgorithm(), AhpWeightsAlgorithm(),
                          InfrastructureExposureAlgorithm(), ServiceAccessAlgorithm(), EnergyAccessAlgorithm(),
                          PriorityMapAlgorithm(), CreateActionRegisterAlgorithm(),
                          ActionCoverageAlgorithm(), ExportActionPlanAlgorithm(), ImportActionsAlgorithm(),
                          ReportAlgorithm(), BatchCitiesAlgorithm(), SampleCityAlgorithm()):
            self.addAlgorithm(algorithm)
        for path in assets.model_paths():
            model = QgsProcessingModelAlgorithm()
            if model.fromFile(path):
                self.addAlgorithm(model)
            else:
                logger.warning('Could not load Processing model %s', path)
