"""Conventions every algorithm of the provider keeps: one error path, help from resources/help/."""
import re

import pytest
from qgis import processing
from qgis.core import QgsApplication, QgsProcessingException, QgsVectorLayer

from tests.conftest import REPO, RecordingFeedback

CANCELLED = 'Cancelled: no output was written.'


def cancelled_feedback():
    feedback = RecordingFeedback()
    feedback.cancel()
    return feedback


def city_runs(city):
    """One run per kind of algorithm that honours cancel, on the sample city: (id, parameters)."""
    gpkg = city['vectors']
    return {
        'infrastructureexposure': {'INFRASTRUCTURE': gpkg + '|layername=health_facilities',
                                   'HAZARDS': [city['flood_depth']], 'THRESHOLDS': '0.3'},
        'serviceaccess': {'SETTLEMENTS': gpkg + '|layername=settlements',
                          'FACILITIES': gpkg + '|layername=health_facilities', 'ROADS': gpkg + '|layername=roads'},
        'vulnerabilityindex': {'SETTLEMENTS': gpkg + '|layername=settlements',
                               'PROFILES': gpkg + '|layername=settlement_profiles',
                               'SETTLEMENT_KEY': 'settlement_id', 'PROFILE_KEY': 'settlement_id',
                               'PRESET': 'kyc_default.json'},
        'settlementexposure': {'SETTLEMENTS': gpkg + '|layername=settlements', 'HAZARDS': [city['flood_depth']],
                               'THRESHOLDS': '0.3'},
        'energyaccess': {'SETTLEMENTS': gpkg + '|layername=settlements', 'GRID': gpkg + '|layername=roads'},
    }


@pytest.mark.parametrize('algorithm', ['infrastructureexposure', 'serviceaccess', 'vulnerabilityindex',
                                       'settlementexposure', 'energyaccess'])
def test_a_cancelled_run_writes_nothing_and_says_so(plugin, sample_city, tmp_path, algorithm):
    parameters = dict(city_runs(sample_city)[algorithm], OUTPUT=str(tmp_path / 'out.gpkg'))
    # The same inputs run to the end when nobody cancels: the cancel below is what stops it.
    done = processing.run('resilienceplanner:' + algorithm, dict(parameters, OUTPUT=str(tmp_path / 'done.gpkg')),
                          feedback=RecordingFeedback())
    assert QgsVectorLayer(done['OUTPUT'], 'done', 'ogr').featureCount() > 0
    with pytest.raises(QgsProcessingException) as raised:
        processing.run('resilienceplanner:' + algorithm, parameters, feedback=cancelled_feedback())
    assert str(raised.value) == CANCELLED
    assert not (tmp_path / 'out.gpkg').exists()


def test_the_engines_input_errors_reach_the_user_through_the_base_class(plugin):
    """ahpweights raises the engine's InputError itself; the base class turns it into the message."""
    with pytest.raises(QgsProcessingException, match=r'^DIRECTIONS has 2 value\(s\) for 3 indicators\.$'):
        processing.run('resilienceplanner:ahpweights', {'FIELDS': 'a,b,c', 'MATRIX': '1, 1, 1', 'DIRECTIONS': '+,-'})


def test_the_cancel_text_is_written_once():
    """No algorithm maps Cancelled or InputError by hand: base.py is the one place."""
    twins = []
    for path in sorted((REPO / 'resilience_planner' / 'algorithms').glob('*.py')):
        if path.name == 'base.py':
            continue
        text = path.read_text(encoding='utf-8')
        if CANCELLED in text or re.search(r'except (Cancelled|InputError)\b', text):
            twins.append(path.name)
    assert twins == []


def provider_algorithms():
    provider = QgsApplication.processingRegistry().providerById('resilienceplanner')
    assert provider is not None
    return provider.algorithms()


def test_every_algorithm_has_its_help_file_and_shows_it(plugin):
    from resilience_planner import assets
    from resilience_planner.algorithms.base import ResiliencePlannerAlgorithm
    from resilience_planner.assets import help_paragraphs
    ours = [a for a in provider_algorithms() if isinstance(a, ResiliencePlannerAlgorithm)]
    assert len(ours) == 19
    for algorithm in ours:
        path = assets.help_path(algorithm.name())
        paragraphs = help_paragraphs(algorithm.name())
        assert paragraphs and paragraphs[0].startswith('<p>'), path
        shown = algorithm.shortHelpString()
        # What the toolbox shows is the file, paragraph after paragraph, with no placeholder left.
        assert shown.startswith(paragraphs[0][:40]) and paragraphs[-1][-40:] in shown, algorithm.name()
        assert '{0}' not in shown and '\n' not in shown, algorithm.name()
    register = QgsApplication.processingRegistry().algorithmById('resilienceplanner:createactionregister')
    assert 'schema version (' in register.shortHelpString() and 'status (proposed, approved' in \
        register.shortHelpString()
    # Every help file belongs to an algorithm.
    files = {p.stem for p in (REPO / 'resources' / 'help').glob('*.html')}
    assert files == {a.name() for a in ours}


def test_a_help_text_reads_as_it_did_in_the_code(plugin):
    """The paragraphs are joined without what separates them in the file: the HTML is the one it was."""
    algorithm = QgsApplication.processingRegistry().algorithmById('resilienceplanner:ahpweights')
    assert algorithm.shortHelpString().startswith(
        '<p>Weights for indicators from pairwise judgements on Saaty\'s 1–9 scale (1 equal, 3 moderately, 5 '
        'strongly, 7 very strongly, 9 extremely more important; 1/3 ... 1/9 the other way round). The weights are '
        'the principal eigenvector of the comparison matrix.</p><h3>Inputs</h3><ul><li><b>Indicator fields</b>: '
        'names separated by commas, in matrix order.</li><li>')


def test_an_algorithm_without_a_help_file_is_an_error_naming_the_file(plugin):
    from resilience_planner.algorithms.base import ResiliencePlannerAlgorithm

    class Orphan(ResiliencePlannerAlgorithm):
        def name(self):
            return 'nosuchalgorithm'

    with pytest.raises(FileNotFoundError, match=r'"nosuchalgorithm" has no help file: .*nosuchalgorithm\.html'):
        Orphan().shortHelpString()


def help_ts():
    import importlib.util
    spec = importlib.util.spec_from_file_location('help_ts', str(REPO / 'tools' / 'help_ts.py'))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_help_paragraph_comes_back_translated_through_an_installed_translator(plugin, tmp_path):
    """tools/help_ts.py writes the catalogue of every help paragraph; with one of them translated and
    compiled by lrelease, and the .qm installed as the plugin installs its own, that paragraph is shown
    translated and the others as written."""
    import shutil
    import subprocess

    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    from resilience_planner.assets import help_context, help_paragraphs
    lrelease = shutil.which('lrelease') or shutil.which('lrelease-qt5')
    if lrelease is None:
        pytest.skip('lrelease (Qt Linguist tools) is not installed')
    paragraphs = help_paragraphs('settlementexposure')
    first = paragraphs[0]
    french = '<p>Pour chaque quartier informel : la part exposée à chaque aléa.</p>'
    ts = tmp_path / 'help_fr.ts'
    tool = help_ts()
    tree = tool.catalogue('fr', {(help_context('settlementexposure'), first): (french, True)})
    tree.write(str(ts), encoding='utf-8', xml_declaration=True)
    # One message per translatable paragraph of every algorithm; a rewrite keeps the translation.
    assert sum(1 for _ in tree.getroot().iter('message')) > 14
    assert tool.existing_translations(str(ts)) == {(help_context('settlementexposure'), first): (french, True)}
    subprocess.run([lrelease, '-silent', str(ts), '-qm', str(tmp_path / 'help_fr.qm')], check=True)
    translator = QTranslator()
    assert translator.load(str(tmp_path / 'help_fr.qm'))
    QCoreApplication.installTranslator(translator)
    try:
        shown = QgsApplication.processingRegistry().algorithmById(
            'resilienceplanner:settlementexposure').shortHelpString()
    finally:
        QCoreApplication.removeTranslator(translator)
    assert shown.startswith(french + paragraphs[1])
    assert first not in shown and paragraphs[-1] in shown


def test_the_cancel_message_is_translated_where_a_catalogue_holds_it(plugin, sample_city, tmp_path):
    """The base class translates the text in its own context, the one a catalogue made from base.py has."""
    import shutil
    import subprocess

    from qgis.PyQt.QtCore import QCoreApplication, QTranslator
    lrelease = shutil.which('lrelease') or shutil.which('lrelease-qt5')
    if lrelease is None:
        pytest.skip('lrelease (Qt Linguist tools) is not installed')
    french = 'Annulé : aucune sortie n\'a été écrite.'
    ts = tmp_path / 'fr.ts'
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="fr"><context>'
                  '<name>ResiliencePlannerAlgorithm</name><message><source>{0}</source><translation>{1}'
                  '</translation></message></context></TS>\n'.format(CANCELLED, french), encoding='utf-8')
    subprocess.run([lrelease, '-silent', str(ts), '-qm', str(tmp_path / 'fr.qm')], check=True)
    translator = QTranslator()
    assert translator.load(str(tmp_path / 'fr.qm'))
    QCoreApplication.installTranslator(translator)
    try:
        with pytest.raises(QgsProcessingException) as raised:
            processing.run('resilienceplanner:settlementexposure',
                           dict(city_runs(sample_city)['settlementexposure'], OUTPUT=str(tmp_path / 'out.gpkg')),
                           feedback=cancelled_feedback())
    finally:
        QCoreApplication.removeTranslator(translator)
    assert str(raised.value) == french
