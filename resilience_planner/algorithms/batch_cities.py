"""Processing algorithm resilienceplanner:batchcities: the workflow and the report for many cities."""
import json
import logging
import os
import re
import time
import traceback

from qgis.core import (
    NULL,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt

from .base import ResiliencePlannerAlgorithm

logger = logging.getLogger(__name__)

#: What a city folder holds (the layout `Generate sample city` writes).
CITY_VECTORS = 'city.gpkg'
CITY_LAYERS = ('settlements', 'settlement_profiles', 'city_boundary', 'health_facilities', 'roads')
#: Layers a city folder's city.gpkg may hold: with the power lines the workflow makes the city's energy plan.
CITY_OPTIONAL_LAYERS = ('power_lines', 'substations')
#: The profile fields the energy plan reads, by the workflow's input: city.json's key (the same name) or, when the
#: profiles have it, the sample city's field.
PROFILE_FIELDS = (('households_field', 'households'), ('electricity_field', 'electricity_pct'),
                  ('informal_field', 'informal_connections_pct'))
CITY_SETTINGS = 'city.json'
DONE = 'done.json'
#: Written into every city output folder this tool makes: only such folders are ever replaced.
MARKER = '.resilience_planner_output'
SUMMARY_FIELDS = ('city', 'status', 'settlements', 'population_exposed', 'high_priority_population',
                  'covered_high_priority_share', 'households_to_connect', 'energy_capex', 'report', 'language',
                  'seconds', 'error', 'worker', 'attempts')
#: The child algorithms a city runs, in order: one step each of the batch's multi-step feedback.
STEPS = ('register', 'workflow', 'report')


class _Quiet(QgsProcessingFeedback):
    """Feedback for one city's child algorithms: their progress moves the batch's multi-step feedback
    (``steps``), cancel comes from the batch's own feedback (``parent``), warnings are kept, and errors
    are kept for the city's line in the summary."""

    def __init__(self, parent, steps):
        super().__init__()
        self.parent = parent
        self.warnings = []
        self.errors = []
        # setProgress is not virtual: C++ callers (a model's steps) reach only the signal.
        self.progressChanged.connect(steps.setProgress)

    def pushWarning(self, warning):
        self.warnings.append(warning)

    def reportError(self, error, fatal=False):
        # A model only says which step failed; the step's own message says why.
        self.errors.append(error)

    def isCanceled(self):
        return self.parent.isCanceled()


class BatchCitiesAlgorithm(ResiliencePlannerAlgorithm):
    """Runs the citywide priorities workflow and the report for every city of a folder."""

    INPUT_FOLDER = 'INPUT_FOLDER'
    MANIFEST = 'MANIFEST'
    OUTPUT_FOLDER = 'OUTPUT_FOLDER'
    RESUME = 'RESUME'
    CELL_SIZE = 'CELL_SIZE'
    SCHEDULER = 'SCHEDULER'
    SUCCEEDED = 'SUCCEEDED'
    FAILED = 'FAILED'
    SKIPPED = 'SKIPPED'
    SUMMARY = 'SUMMARY'

    def name(self):
        return 'batchcities'

    def displayName(self):
        return self.tr('Batch: many cities')

    def group(self):
        return self.tr('Workflow')

    def groupId(self):
        return 'workflow'

    def flags(self):
        # Each city's report builds a print layout, and the report declares NoThreading: a child runs in
        # its parent's thread, so the batch must run on the main thread too (as QGIS makes a model that
        # holds such a child NoThreading).
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def parameter_help(self):
        return {
            self.INPUT_FOLDER: self.tr('One subfolder per city.'),
            self.MANIFEST: self.tr('A CSV with the columns city and folder, instead of the folder of cities.'),
            self.SCHEDULER: self.tr('Empty: one city at a time in this QGIS. local or local:N: a Dask cluster of N '
                                    'worker processes on this machine (default: one per core). tcp://host:port: a '
                                    'running Dask scheduler, whose workers see the input and output folders.'),
        }

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(
            self.INPUT_FOLDER, self.tr('Folder of cities'),
            QgsProcessingParameterFile.Folder, optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.MANIFEST, self.tr('Or a manifest (CSV)'), extension='csv', optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.OUTPUT_FOLDER, self.tr('Output folder'), QgsProcessingParameterFile.Folder))
        self.addParameter(QgsProcessingParameterBoolean(
            self.RESUME, self.tr('Resume: skip the cities already done'), defaultValue=False))
        self.addParameter(QgsProcessingParameterString(
            self.CELL_SIZE, self.tr('Cell size (metres)'), defaultValue='100'))
        self.addParameter(QgsProcessingParameterString(
            self.SCHEDULER, self.tr('Dask scheduler'), defaultValue='',
            optional=True))
        for name, label in ((self.SUCCEEDED, self.tr('Cities done')), (self.FAILED, self.tr('Cities failed')),
                            (self.SKIPPED, self.tr('Cities skipped (resume)'))):
            self.addOutput(QgsProcessingOutputNumber(name, label))
        self.addOutput(QgsProcessingOutputString(self.SUMMARY, self.tr('Summary table (CSV)')))

    def _run(self, parameters, context, feedback):
        cities = self._cities(parameters, context)
        out = os.path.abspath(self.parameterAsFile(parameters, self.OUTPUT_FOLDER, context))
        for _, folder in cities:
            folder = os.path.abspath(folder)
            if out == folder or out.startswith(folder + os.sep) or folder.startswith(out + os.sep):
                raise QgsProcessingException(self.tr(
                    'The output folder {0} overlaps the city folder {1}. Choose an output folder outside the '
                    'input folders: the results of a city replace its output folder.').format(out, folder))
        os.makedirs(out, exist_ok=True)
        targets = _unique_folders([city for city, _ in cities])
        resume = self.parameterAsBoolean(parameters, self.RESUME, context)
        try:
            cell = float(self.parameterAsString(parameters, self.CELL_SIZE, context))
        except ValueError:
            raise QgsProcessingException(self.tr('The cell size must be a number of metres.')) from None
        scheduler = (self.parameterAsString(parameters, self.SCHEDULER, context) or '').strip()
        if scheduler:
            # Dask is imported only here: the plugin starts, and runs the sequential batch, without it.
            from .batch_dask import run_on_dask
            rows, done, failed, skipped = run_on_dask(self, scheduler, cities, out, targets, resume, cell, feedback)
        else:
            rows, done, failed, skipped = self._sequential(cities, out, targets, resume, cell, context, feedback)
        return self._write_summary(out, rows, done, failed, skipped, feedback)

    def _sequential(self, cities, out, targets, resume, cell, context, feedback):
        """One city after another in this QGIS: the batch without a scheduler."""
        # One step per child algorithm of every city, so that the bar moves within a city's long steps too.
        steps = QgsProcessingMultiStepFeedback(len(cities) * len(STEPS), feedback)
        rows, done, failed, skipped = [], 0, 0, 0
        for number, (city, folder) in enumerate(cities):
            if feedback.isCanceled():
                rows += [{'city': name, 'status': 'not run (cancelled)'} for name, _ in cities[number:]]
                break
            steps.setCurrentStep(number * len(STEPS))
            target = os.path.join(out, targets[number])
            marker = os.path.join(target, DONE)
            if resume and os.path.exists(marker):
                with open(marker, encoding='utf-8') as handle:
                    rows.append(dict(json.load(handle), status='skipped (done before)'))
                skipped += 1
                feedback.pushInfo(self.tr('{0}: done before, skipped.').format(city))
                continue
            feedback.pushInfo(self.tr('{0} ({1} of {2})…').format(city, number + 1, len(cities)))
            row, outcome = self._attempt(city, folder, target, cell, context, feedback, steps, number * len(STEPS))
            if outcome == 'done':
                done += 1
            elif outcome == 'failed':
                failed += 1
            rows.append(row)
            if outcome != 'cancelled':
                steps.setCurrentStep((number + 1) * len(STEPS))
        return rows, done, failed, skipped

    def _write_summary(self, out, rows, done, failed, skipped, feedback):
        import csv
        summary = os.path.join(out, 'summary.csv')
        with open(summary, 'w', newline='', encoding='utf-8') as handle:
            writer = csv.DictWriter(handle, SUMMARY_FIELDS, extrasaction='ignore')
            writer.writeheader()
            for row in rows:
                writer.writerow({k: row.get(k, '') for k in SUMMARY_FIELDS})
        feedback.pushInfo(self.tr('{0} done, {1} failed, {2} skipped. Summary: {3}').format(
            done, failed, skipped, summary))
        if feedback.isCanceled():
            # Unlike the other algorithms, a cancelled batch keeps what it finished: say so.
            feedback.pushWarning(self.tr('Cancelled: the cities done are kept; the summary lists the others as '
                                         'not run. Run again with Resume to finish them.'))
        return {self.SUCCEEDED: done, self.FAILED: failed, self.SKIPPED: skipped, self.SUMMARY: summary}

    def _attempt(self, city, folder, target, cell, context, feedback, steps, first_step, partial='.partial',
                 extra=None):
        """Run one city into ``target`` and return its summary row and how it ended: 'done', 'failed' or
        'cancelled'. A done city's row (with ``extra``, e.g. its Dask worker) is kept in its done.json.

        The same for both engines: the sequential loop calls it in the calling QGIS, a Dask worker in its own
        (qgis_side/batch_dask.py), with ``partial`` the suffix of the folder the city is computed into."""
        started = time.time()
        quiet = _Quiet(feedback, steps)
        # Direct: a Dask worker's cancel comes from another thread than the city's, which has no event loop.
        feedback.canceled.connect(quiet.cancel, Qt.ConnectionType.DirectConnection)
        try:
            row = self._city(city, folder, target, cell, context, steps, first_step, quiet, partial)
            row.update(extra or {}, status='done', seconds=round(time.time() - started, 1), error='')
            with open(os.path.join(target, DONE), 'w', encoding='utf-8') as handle:
                json.dump(row, handle)
            return row, 'done'
        except Exception as err:  # one city's failure must not stop the others
            if feedback.isCanceled():
                # Not a failure: the city's partial folder is gone, the cities done before are kept.
                feedback.pushWarning(self.tr('{0}: cancelled; nothing of it was kept.').format(city))
                return dict(extra or {}, city=city, status='not run (cancelled)',
                            seconds=round(time.time() - started, 1)), 'cancelled'
            message = str(err).strip().splitlines()[-1] if str(err).strip() else type(err).__name__
            reasons = [e.strip() for e in quiet.errors if e.strip() and not e.startswith('Error encountered')]
            if reasons:
                message = '{0}: {1}'.format(message, reasons[-1])
            logger.info('City %s failed:\n%s', city, traceback.format_exc())
            feedback.reportError(self.tr('{0}: failed: {1}').format(city, message), False)
            return dict(extra or {}, city=city, status='failed', error=message,
                        seconds=round(time.time() - started, 1)), 'failed'
        finally:
            feedback.canceled.disconnect(quiet.cancel)

    def _cities(self, parameters, context):
        import csv

        from ..qgis_side.layers import listing
        manifest = self.parameterAsFile(parameters, self.MANIFEST, context)
        folder = self.parameterAsFile(parameters, self.INPUT_FOLDER, context)
        if manifest:
            base = os.path.dirname(os.path.abspath(manifest))
            with open(manifest, newline='', encoding='utf-8-sig') as handle:
                reader = csv.DictReader(handle)
                if not reader.fieldnames or not {'city', 'folder'} <= {n.strip().lower() for n in reader.fieldnames}:
                    raise QgsProcessingException(self.tr('The manifest {0} needs the columns city and folder.')
                                                 .format(manifest))
                rows = [{k.strip().lower(): (v or '').strip() for k, v in row.items()} for row in reader]
            empty = [row['city'] for row in rows if row.get('city') and not row.get('folder')]
            if empty:
                raise QgsProcessingException(self.tr('The manifest {0} gives no folder for: {1}.').format(
                    manifest, listing(empty)))
            return [(row['city'], os.path.join(base, row['folder'])) for row in rows if row.get('city')]
        if not folder or not os.path.isdir(folder):
            raise QgsProcessingException(self.tr('Choose the input folder (one subfolder per city) or a manifest.'))
        cities = [(name, os.path.join(folder, name)) for name in sorted(os.listdir(folder))
                  if os.path.isdir(os.path.join(folder, name))]
        if not cities:
            raise QgsProcessingException(self.tr('{0} has no city subfolders.').format(folder))
        return cities

    def _city(self, city, folder, target, cell, context, steps, first_step, quiet, partial='.partial'):
        """Run one city's steps as child algorithms into ``target`` (replaced only when all succeeded) and
        return its summary row.

        The children get a context of their own, with the batch's settings: the layers they load stay in
        that context's temporary store (as QGIS keeps child outputs) and are released, their files closed,
        when the city is done, before its folder is renamed and before the next city starts."""
        from qgis import processing

        from ..qgis_side.layers import listing

        def child(step, algorithm, parameters):
            self.stop_if_cancelled(quiet)
            steps.setCurrentStep(first_step + STEPS.index(step))
            return processing.run(algorithm, parameters, context=city_context, feedback=quiet,
                                  is_child_algorithm=True)
        settings = {}
        if not os.path.isdir(folder):
            raise RuntimeError('the city folder {0} does not exist.'.format(folder))
        settings_path = os.path.join(folder, CITY_SETTINGS)
        if os.path.exists(settings_path):
            try:
                with open(settings_path, encoding='utf-8') as handle:
                    settings = json.load(handle)
            except (OSError, ValueError) as err:
                raise RuntimeError('{0} cannot be read ({1}); fix it or remove it.'.format(
                    settings_path, err)) from None
            if not isinstance(settings, dict):
                raise RuntimeError('{0} must hold one JSON object, e.g. {{"name": "...", "thresholds": "0.3"}}.'
                                   .format(settings_path))
        language = self._city_language(settings, settings_path)
        vectors = os.path.join(folder, CITY_VECTORS)
        if not os.path.exists(vectors):
            raise RuntimeError('{0} is missing: a city folder needs {1} with the layers {2}.'.format(
                vectors, CITY_VECTORS, ', '.join(CITY_LAYERS)))
        missing = [name for name in CITY_LAYERS
                   if not QgsVectorLayer('{0}|layername={1}'.format(vectors, name), name, 'ogr').isValid()]
        if missing:
            raise RuntimeError('{0} has no layer(s) {1}.'.format(vectors, listing(missing)))
        hazards = sorted(os.path.join(folder, f) for f in os.listdir(folder) if re.fullmatch(r'hazard_.*\.tif', f))
        population = os.path.join(folder, 'population.tif')
        if not hazards:
            raise RuntimeError('{0} has no hazard raster: name them hazard_<name>.tif.'.format(folder))
        if not os.path.exists(population):
            raise RuntimeError('{0} is missing (persons per cell).'.format(population))
        # The city is computed into a fresh folder beside its target; the target (and any earlier result)
        # is replaced only once everything is written, and only if this tool made it.
        final, target = target, target + partial
        if os.path.exists(target):
            _remove_own(target)
        os.makedirs(target)
        open(os.path.join(target, MARKER), 'w').close()
        city_context = QgsProcessingContext()
        city_context.copyThreadSafeSettings(context)
        city_context.setFeedback(quiet)
        try:
            register = os.path.join(folder, 'action_plan.gpkg')
            if not os.path.exists(register):
                register = os.path.join(target, 'action_plan.gpkg')
                child('register', 'resilienceplanner:createactionregister', {'OUTPUT': register})
            key_field = settings.get('key_field', 'settlement_id')
            # The energy plan and the project profiles are written only when the workflow makes them (with power
            # lines; with an action in the register).
            outputs = {name: os.path.join(target, file_name) for name, file_name in (
                ('exposure:exposure', 'exposure.gpkg'), ('vulnerability:vulnerability', 'vulnerability.gpkg'),
                ('access:access', 'access.gpkg'), ('priorities:priority', 'priority.tif'),
                ('priorities:priority_classes', 'priority_classes.tif'), ('priorities:priority_zones', 'zones.gpkg'),
                ('priorities:ranking', 'ranking.gpkg'), ('coverage:actions_coverage', 'actions_coverage.gpkg'),
                ('coverage:settlement_gaps', 'settlement_gaps.gpkg'),
                ('readiness:finance_readiness', 'finance_readiness.gpkg'), ('energy:energy_plan', 'energy_plan.gpkg'),
                ('profiles:project_profiles', 'project_profiles.pdf'))}
            thresholds = settings.get('thresholds') or ','.join(['0'] * len(hazards))
            name = settings.get('name', city)
            child('workflow', 'resilienceplanner:citywidepriorities', dict({
                'settlements': vectors + '|layername=settlements', 'settlement_key': key_field,
                'profiles': vectors + '|layername=settlement_profiles',
                'profile_key': settings.get('profile_key_field', key_field),
                'preset': settings.get('preset', 'kyc_default.json'), 'hazards': hazards, 'thresholds': thresholds,
                'hazard_settings': settings.get('hazard_settings'), 'population': population,
                'boundary': vectors + '|layername=city_boundary', 'cell_size': settings.get('cell_size', cell),
                'facilities': vectors + '|layername=health_facilities', 'facility_type_field': 'facility_type',
                'roads': vectors + '|layername=roads', 'population_weight': settings.get('population_weight', 1),
                'vulnerability_weight': settings.get('vulnerability_weight', 1),
                'access_weight': settings.get('access_weight', 1),
                'actions': register + '|layername=planned_actions', 'city_name': name, 'language': language},
                **self._energy_inputs(vectors, settings, hazards), **outputs))
            energy = outputs['energy:energy_plan']
            report = os.path.join(target, 'report.pdf')
            written = child('report', 'resilienceplanner:report', {
                'RANKING': outputs['priorities:ranking'], 'PRIORITY': outputs['priorities:priority'],
                'BOUNDARY': vectors + '|layername=city_boundary', 'ROADS': vectors + '|layername=roads',
                'ACTIONS': register + '|layername=planned_actions', 'CITY_NAME': name,
                'NAME_FIELD': settings.get('name_field'), 'SETTLEMENT_KEY': key_field, 'LANGUAGE': language,
                'ENERGY': energy if os.path.exists(energy) else None,
                'OUTPUT_PDF': report, 'OUTPUT_PNG': os.path.join(target, 'map.png')})
            # The language the report is written in (English when that language's catalogue is not built).
            written = written.get('REPORT_LANGUAGE') or language
            figures = _figures(outputs)
            city_context = None          # its layers hold the city's files open
            if os.path.exists(final):
                _remove_own(final)
            os.rename(target, final)
        except BaseException:
            city_context = None
            _remove_own(target)          # a failed city leaves nothing half-written
            raise
        return dict(figures, city=city, report=os.path.join(final, 'report.pdf'), language=written)

    @staticmethod
    def _energy_inputs(vectors, settings, hazards):
        """The workflow's energy-plan inputs for a city: its power lines and substations when city.gpkg holds them,
        the profile fields (city.json's, else the sample city's where the profiles have them) and the flood share
        field (city.json's flood_share_field, else that of the first hazard file whose name says flood)."""
        from ..core.actions.readiness import hazard_keys
        from ..core.exposure import unique_keys
        inputs = {}
        for name in CITY_OPTIONAL_LAYERS:
            uri = '{0}|layername={1}'.format(vectors, name)
            if QgsVectorLayer(uri, name, 'ogr').isValid():
                inputs[name] = uri
        profiles = QgsVectorLayer(vectors + '|layername=settlement_profiles', 'profiles', 'ogr')
        for key, field in PROFILE_FIELDS:
            # An input left out takes no field: the model's defaults are for its dialog.
            inputs[key] = settings.get(key) or (field if profiles.fields().lookupField(field) >= 0 else None)
        # The exposure output's fields are <key>_exposed_share, its keys made from the hazard layers' names.
        keys = unique_keys([os.path.splitext(os.path.basename(path))[0] for path in hazards])
        flooded = hazard_keys('flood', keys)
        inputs['flood_share_field'] = settings.get('flood_share_field') or (
            flooded[0] + '_exposed_share' if flooded else None)
        return inputs

    def _city_language(self, settings, settings_path):
        """city.json's "language" (a code such as "fr"; absent: QGIS's language), checked before the city's
        long steps run."""
        from ..qgis_side.translation import language_code
        value = settings.get('language') or ''
        if not isinstance(value, str):
            raise RuntimeError('{0}: "language" must be a language code such as "fr", not {1!r}.'.format(
                settings_path, value))
        try:
            language_code(value)
        except ValueError as err:
            raise RuntimeError('{0}: {1}'.format(settings_path, err)) from None
        return value


def _figures(outputs):
    """The summary's numbers from a city's output layers."""
    exposure = QgsVectorLayer(outputs['exposure:exposure'], 'exposure', 'ogr')
    gaps = QgsVectorLayer(outputs['coverage:settlement_gaps'], 'gaps', 'ogr')
    exposed = sum(float(f['any_exposed_pop'] or 0) for f in exposure.getFeatures()
                  if exposure.fields().lookupField('any_exposed_pop') >= 0)
    high, covered = 0.0, 0.0
    for feature in gaps.getFeatures():
        if feature['priority_class'] and feature['priority_class'] >= 4:
            people = float(feature['grid_population'] or 0)
            high += people
            if feature['actions_count']:
                covered += people
    figures = {'settlements': gaps.featureCount(), 'population_exposed': round(exposed),
               'high_priority_population': round(high),
               'covered_high_priority_share': round(covered / high, 4) if high else '',
               'households_to_connect': '', 'energy_capex': ''}
    if os.path.exists(outputs['energy:energy_plan']):
        # The city-wide row of the energy plan, by the rule of its summary table and the report's page.
        from ..core.energy import plan_summary
        from ..qgis_side.layers import as_float
        energy = QgsVectorLayer(outputs['energy:energy_plan'], 'energy', 'ogr')
        features = list(energy.getFeatures())
        columns = {name: [as_float(f[name]) for f in features] for name in (
            'households', 'households_to_connect', 'capex', 'informal_to_regularise', 'regularisation_cost')}
        options = [None if f['energy_option'] in (None, NULL) else str(f['energy_option']) for f in features]
        city_wide = plan_summary(options, columns['households'],
                                 columns['households_to_connect'], columns['capex'],
                                 columns['informal_to_regularise'], columns['regularisation_cost'])[-1]
        figures.update(households_to_connect=city_wide['households_to_connect'], energy_capex=city_wide['capex'])
    return figures


def _slug(name):
    """A folder name for a city: letters of any script and digits, other runs as _."""
    return re.sub(r'\W+', '_', name).strip('_') or 'city'


def _unique_folders(names):
    """One folder name per city; names that would share a folder are numbered."""
    out, taken = [], set()
    for name in names:
        slug = base = _slug(name)
        number = 2
        while slug.lower() in taken:
            slug = '{0}_{1}'.format(base, number)
            number += 1
        taken.add(slug.lower())
        out.append(slug)
    return out


def _remove_own(folder):
    """Remove a city output folder this tool made (it holds the marker); refuse anything else."""
    import shutil
    if not os.path.exists(os.path.join(folder, MARKER)):
        raise RuntimeError('{0} exists and was not made by this tool; it is left alone. Move it, or choose '
                           'another output folder.'.format(folder))
    shutil.rmtree(folder)
