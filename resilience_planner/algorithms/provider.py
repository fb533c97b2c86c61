"""The Resilience Planner Processing provider (id ``resilienceplanner``)."""
import logging
import os

from qgis.core import QgsApplication, QgsProcessingModelAlgorithm, QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from .. import assets
from .action_coverage import ActionCoverageAlgorithm
from .action_plan_io import ExportActionPlanAlgorithm, ImportActionsAlgorithm
from .action_register import CreateActionRegisterAlgorithm
from .ahp_weights import AhpWeightsAlgorithm
from .batch_cities import BatchCitiesAlgorithm
from .copy_register import CopyRegisterAlgorithm
from .energy_access import EnergyAccessAlgorithm
from .energy_actions import EnergyActionsAlgorithm
from .finance_readiness import FinanceReadinessAlgorithm
from .infrastructure_exposure import InfrastructureExposureAlgorithm
from .priority_map import PriorityMapAlgorithm
from .project_profiles import ProjectProfilesAlgorithm
from .report import ReportAlgorithm
from .restore_action import RestoreActionAlgorithm
from .sample_city import SampleCityAlgorithm
from .service_access import ServiceAccessAlgorithm
from .settlement_exposure import SettlementExposureAlgorithm
from .vulnerability_index import VulnerabilityIndexAlgorithm

logger = logging.getLogger(__name__)

#: The toolbox group of the models and of the batch: one "Workflow" group. A model read from a file takes
#: its group id from its group's text ("Workflow"), so without this it would sit in a group of its own.
WORKFLOW_GROUP_ID = 'workflow'


def model_display_names():
    """The toolbox names of the shipped models, by model id (the id's last part)."""
    return {'citywidepriorities': QCoreApplication.translate('ResiliencePlannerProvider',
                                                             'Citywide workflow: exposure to action coverage')}


#: The id (the part after ``resilienceplanner:``) of each shipped model, by its file's name. A model file's
#: ``model_name`` is what the Graphical Modeler shows (its title, its Name field) and what Processing > Models
#: lists once a user adds the file there, so the file keeps the name a person reads; the id that
#: ``qgis_process run resilienceplanner:citywidepriorities``, the batch and saved models use stays this one.
MODEL_IDS = {'citywide_priorities.model3': 'citywidepriorities'}


def model_id(path):
    """The id of the model in the file at ``path``: its entry in MODEL_IDS, else the file's name without its
    extension and with only its letters and digits (``flood_only.model3`` is ``floodonly``)."""
    base = os.path.basename(path)
    if base in MODEL_IDS:
        return MODEL_IDS[base]
    return ''.join(c for c in os.path.splitext(base)[0].lower() if c.isalnum())


#: A model's per-hazard inputs (hazard settings, exposure rules) and the hazard-rasters input whose layers
#: make their rows, and the widget each gets.
MODEL_HAZARD_SETTINGS = {'hazard_settings': 'hazards', 'thresholds': 'hazards'}
MODEL_WIDGETS = {'hazard_settings': 'HazardSettingsWrapper', 'thresholds': 'ExposureRulesWrapper'}


class WorkflowModel(QgsProcessingModelAlgorithm):
    """A shipped model as the toolbox shows it: a person's name instead of the id's, the Workflow group,
    its own icon. Processing makes a model's id from its name(), which qgis_process and saved models use, so
    name() answers the id from MODEL_IDS while the file's own name (what the Modeler shows) is the one a
    person reads; every instance Processing creates is one of these."""

    _model_id = ''

    def name(self):
        return self._model_id or super().name()

    def displayName(self):
        return model_display_names().get(self.name()) or super().displayName()

    def group(self):
        return QCoreApplication.translate('ResiliencePlannerProvider', 'Workflow')

    def groupId(self):
        return WORKFLOW_GROUP_ID

    def icon(self):
        path = assets.icon_path(self.name())
        return QIcon(path) if os.path.isfile(path) else QIcon(assets.icon_path('citywidepriorities'))

    def createInstance(self):
        model = WorkflowModel()
        model._model_id = self._model_id
        model.loadVariant(self.toVariant())
        model.setSourceFilePath(self.sourceFilePath())
        model.use_widgets()
        return model

    def load(self, path):
        """Read the model file; False when it cannot be read."""
        self._model_id = model_id(path)
        if not self.fromFile(path):
            return False
        self.setSourceFilePath(path)          # use_widgets finds the model's translation context by it
        self.use_widgets()
        return True

    def use_widgets(self):
        """Give the inputs their tooltips, and the model's hazard-settings input the priority map's widget (a
        row per hazard by name), named by its path so that the file keeps no plugin path and qgis_process
        never imports it."""
        from .base import widget_wrapper
        # The model's texts in the user's language: the catalogue holds them in the context
        # model:<file name> (tools/help_ts.py reads them from the file); a text already translated is kept.
        context = assets.model_context(self.sourceFilePath() or self._model_id)
        help_content = {key: value if key in assets.MODEL_HELP_KEPT or not isinstance(value, str) or not value
                        else QCoreApplication.translate(context, value)
                        for key, value in self.helpContent().items()}
        self.setHelpContent(help_content)
        # A model file keeps its inputs' explanations in the model's help, not in the inputs: show them as
        # the inputs' tooltips, as the algorithms' own parameters do.
        for definition in self.parameterDefinitions():
            definition.setDescription(QCoreApplication.translate(context, definition.description()))
            if help_content.get(definition.name()) and not definition.help():
                definition.setHelp(help_content[definition.name()])
        for settings, hazards in MODEL_HAZARD_SETTINGS.items():
            definition = self.parameterDefinition(settings)
            if definition is not None and self.parameterDefinition(hazards) is not None:
                metadata = dict(definition.metadata())
                metadata.update(widget_wrapper(MODEL_WIDGETS[settings], hazards))
                definition.setMetadata(metadata)


class ResiliencePlannerProvider(QgsProcessingProvider):
    """Registers the plugin's algorithms and the models in ``processing/models``."""

    def id(self):
        return 'resilienceplanner'

    def name(self):
        return 'Resilience Planner'

    def longName(self):
        return 'Resilience Planner {0}'.format(assets.metadata('version'))

    def icon(self):
        return QIcon(assets.icon_path())

    def supportedOutputRasterLayerExtensions(self):
        # The engine writes GeoTIFF only: do not offer other formats in the dialogs.
        return ['tif']

    def loadAlgorithms(self):
        for algorithm in (SettlementExposureAlgorithm(), VulnerabilityIndexAlgorithm(), AhpWeightsAlgorithm(),
                          InfrastructureExposureAlgorithm(), ServiceAccessAlgorithm(), EnergyAccessAlgorithm(),
                          PriorityMapAlgorithm(), CreateActionRegisterAlgorithm(), CopyRegisterAlgorithm(),
                          RestoreActionAlgorithm(), ActionCoverageAlgorithm(), FinanceReadinessAlgorithm(),
                          ExportActionPlanAlgorithm(), ImportActionsAlgorithm(), EnergyActionsAlgorithm(),
                          ReportAlgorithm(), ProjectProfilesAlgorithm(), BatchCitiesAlgorithm(), SampleCityAlgorithm()):
            self.addAlgorithm(algorithm)
        # The models' steps are this provider's algorithms, which the registry does not know while it
        # loads them: a model read then lists no outputs (qgis_process help, the toolbox's dialog). While the
        # registry loads the provider (load(), from addProvider) the models are added unread and read once,
        # when it is registered; a provider loaded otherwise reads them now, and again if it is registered.
        registry = QgsApplication.processingRegistry()
        registered = registry.providerById(self.id()) is self
        read_now = registered or not getattr(self, '_registering', False)
        self._models = []
        for path in assets.model_paths():
            model = WorkflowModel()
            model._model_id = model_id(path)       # its toolbox name, group and icon before it is read
            if read_now and not model.load(path):
                logger.warning('Could not load Processing model %s', path)
                continue
            self.addAlgorithm(model)
            model.setSourceFilePath(path)
            self._models.append((model, path))
        if not registered and not getattr(self, '_waiting', False):
            registry.providerAdded.connect(self._reload_models)
            self._waiting = True

    def load(self):
        """What the registry's addProvider calls before it registers the provider: the models loadAlgorithms
        adds meanwhile are read once the provider is registered (_reload_models)."""
        self._registering = True
        try:
            return super().load()
        finally:
            self._registering = False

    def _reload_models(self, provider_id):
        if provider_id != self.id():
            return
        if getattr(self, '_waiting', False):
            QgsApplication.processingRegistry().providerAdded.disconnect(self._reload_models)
            self._waiting = False
        for model, path in getattr(self, '_models', []):
            if not model.load(path):
                logger.warning('Could not load Processing model %s', path)
