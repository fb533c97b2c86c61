"""Processing algorithm resilienceplanner:energyactions: the energy plan's actions into the register, in one step."""
import math

from qgis.core import (
    NULL,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
    QgsVectorLayerUtils,
    QgsWkbTypes,
)

from .base import ResiliencePlannerAlgorithm, typed_source

#: The fields of an energy access output the actions are written from.
PLAN_FIELDS = ('energy_option', 'energy_reason', 'capex', 'households_to_connect', 'informal_to_regularise',
               'regularisation_cost', 'energy_beneficiaries', 'energy_currency', 'energy_flood_note')


def action_id(key):
    """The id of a settlement's energy-plan action, from its normalised key: one action per settlement, the same
    id on every run."""
    import uuid  # here, not at start-up: it imports platform and hashlib

    from ..core.profiles import normalise_key
    namespace = uuid.uuid5(uuid.NAMESPACE_URL, 'resilienceplanner:energyactions')
    return str(uuid.uuid5(namespace, normalise_key(key) or ''))


class EnergyActionsAlgorithm(ResiliencePlannerAlgorithm):
    """One energy action per settlement of the energy plan, with its cost and beneficiaries, into the register."""

    ENERGY = 'ENERGY'
    SETTLEMENT_KEY = 'SETTLEMENT_KEY'
    NAME_FIELD = 'NAME_FIELD'
    REGISTER = 'REGISTER'
    LEAD_AGENCY = 'LEAD_AGENCY'
    ADDED = 'ADDED'
    SKIPPED = 'SKIPPED'

    def name(self):
        return 'energyactions'

    def displayName(self):
        return self.tr('Energy plan actions into the register')

    def group(self):
        return self.tr('Planned actions')

    def groupId(self):
        return 'actions'

    def parameter_help(self):
        return {
            self.ENERGY: self.tr('The output of "Energy access options": one action for each settlement with an '
                                 'option and an investment.'),
            self.SETTLEMENT_KEY: self.tr('The field with the settlement keys the register\'s actions name.'),
        }

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ENERGY, self.tr('Energy access options (energy plan)'), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            self.SETTLEMENT_KEY, self.tr('Settlement key field'), parentLayerParameterName=self.ENERGY))
        self.addParameter(QgsProcessingParameterField(
            self.NAME_FIELD, self.tr('Settlement name field'), parentLayerParameterName=self.ENERGY, optional=True))
        self.addParameter(QgsProcessingParameterFile(self.REGISTER, self.tr('Register (GeoPackage)'),
                                                     extension='gpkg'))
        self.addParameter(QgsProcessingParameterString(self.LEAD_AGENCY, self.tr('Lead agency'), optional=True))
        self.addOutput(QgsProcessingOutputNumber(self.ADDED, self.tr('Actions added')))
        self.addOutput(QgsProcessingOutputNumber(self.SKIPPED, self.tr('Settlements already in the register')))

    def _run(self, parameters, context, feedback):
        from ..qgis_side.register import RegisterError, begin_editing, open_register, save_register
        from ..qgis_side.styles import ENERGY_LABELS, Styles
        energy = typed_source(self, parameters, self.ENERGY, context, QgsWkbTypes.PolygonGeometry, repairs=True)
        names = energy.fields().names()
        missing = [name for name in PLAN_FIELDS if name not in names]
        if missing:
            raise QgsProcessingException(self.tr(
                'Layer "{0}" is not an energy plan: it has no {1}. Use the output of "Energy access options".')
                .format(energy.sourceName(), ', '.join(missing)))
        key_field = self.parameterAsString(parameters, self.SETTLEMENT_KEY, context)
        name_field = self.parameterAsString(parameters, self.NAME_FIELD, context) or None
        lead = self.parameterAsString(parameters, self.LEAD_AGENCY, context).strip() or None
        register_path = self.parameterAsFile(parameters, self.REGISTER, context)
        try:
            layer, reason = open_register(register_path)
        except RegisterError as err:
            raise QgsProcessingException(str(err)) from None
        if reason:
            raise QgsProcessingException(reason)
        existing = {str(f['action_id']) for f in layer.getFeatures() if f['action_id']}
        transform = QgsCoordinateTransform(energy.sourceCrs(), layer.crs(), context.transformContext())
        if not begin_editing(layer):
            raise QgsProcessingException(self.tr('The register {0} cannot be written (is the file read-only?).')
                                         .format(register_path))
        fields = layer.fields()
        added, skipped, without = 0, [], []
        for feature in energy.getFeatures():
            self.stop_if_cancelled(feedback)
            key = feature[key_field]
            option = feature['energy_option']
            capex = _number(feature['capex'])
            if key in (None, NULL) or str(key).strip() == '':
                without.append(self.tr('a settlement without a key'))
                continue
            if option in (None, NULL) or math.isnan(capex):
                without.append(str(key))
                continue
            identifier = action_id(key)
            if identifier in existing:
                skipped.append(str(key))
                continue
            label = feature[name_field] if name_field and feature[name_field] not in (None, NULL) else key
            regularisation = _number(feature['regularisation_cost'])
            informal = _number(feature['informal_to_regularise'])
            cost = capex + (0.0 if math.isnan(regularisation) else regularisation)
            notes = [self.tr('From the energy plan: {0:,.0f} household(s) to connect for {1:,.0f} {2}').format(
                _number(feature['households_to_connect']), capex, feature['energy_currency'])]
            if not math.isnan(informal) and informal > 0:
                notes.append(self.tr('{0:,.0f} informal connection(s) to regularise for {1:,.0f} {2}').format(
                    informal, regularisation, feature['energy_currency']))
            flood = feature['energy_flood_note']
            if flood not in (None, NULL) and str(flood).strip():
                notes.append(str(flood))
            record = {
                'action_id': identifier,
                'title': self.tr('Energy: {0} in {1}').format(Styles.marked(ENERGY_LABELS.get(option, option)),
                                                               label),
                'description': feature['energy_reason'],
                'action_type': 'energy',
                'hazards': 'flood' if flood not in (None, NULL) and str(flood).strip() else None,
                'settlements': str(key),
                'lead_agency': lead,
                'cost_estimate': round(cost, 2),
                'currency': feature['energy_currency'],
                'status': 'proposed',
                'beneficiaries': _number(feature['energy_beneficiaries']),
                'notes': '. '.join(notes) + '.',
            }
            record = {name: value for name, value in record.items()
                      if not (isinstance(value, float) and math.isnan(value))}
            geometry = QgsGeometry(feature.geometry()) if feature.hasGeometry() else QgsGeometry()
            if not geometry.isNull():
                geometry.transform(transform)
                if geometry.wkbType() != QgsWkbTypes.MultiPolygon:
                    geometry.convertToMultiType()
            created = QgsVectorLayerUtils.createFeature(layer, geometry, {
                fields.lookupField(name): value for name, value in record.items() if fields.lookupField(name) >= 0})
            layer.addFeature(created)
            existing.add(identifier)
            added += 1
        try:
            save_register(layer, keep_editing=False)
        except RegisterError as err:
            layer.rollBack()
            raise QgsProcessingException(str(err)) from None
        feedback.pushInfo(self.tr('{0} energy action(s) added to {1}.').format(added, register_path))
        if skipped:
            feedback.pushWarning(self.tr('{0} settlement(s) already have their energy-plan action in the register and '
                                         'were left as they are: {1}. Delete an action to add it again from the '
                                         'plan.').format(len(skipped), ', '.join(skipped[:10])))
        if without:
            feedback.pushWarning(self.tr('{0} settlement(s) have no option or no investment in the plan (no geometry, '
                                         'or households unknown) and get no action: {1}').format(
                len(without), ', '.join(without[:10])))
        return {self.ADDED: added, self.SKIPPED: len(skipped)}


def _number(value):
    try:
        return float(value) if value not in (None, NULL) else math.nan
    except (TypeError, ValueError):
        return math.nan
