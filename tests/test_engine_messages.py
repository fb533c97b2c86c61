"""The engine's messages in the user's language (issue 17): the engine marks its English templates under the
context Engine, pylupdate5 extracts them, and the QGIS side translates the template first and fills in the
arguments after, where it shows the message (a Processing error, a warning, a dialog).

Real pipeline: the real pylupdate5 into a temporary folder, a French translation filled in, the real lrelease,
the plugin's own translator under locale/userLocale = fr_FR, and a real algorithm run through processing.run."""
import shutil
import sys
import xml.etree.ElementTree as ET

import pytest

from tests.conftest import REPO

sys.path.insert(0, str(REPO / 'tools'))
import i18n

pytestmark = pytest.mark.skipif(shutil.which('pylupdate5') is None or shutil.which('lrelease') is None,
                                reason='pylupdate5 (pyqt5-dev-tools) or lrelease (qttools5-dev-tools) is not installed')

JUDGEMENT = '"{0}" is not a pairwise judgement. Use 1-9 or a reciprocal such as 1/3.'
DIRECTIONS = 'DIRECTIONS has {0} value(s) for {1} indicators.'
FRENCH = {
    ('Engine', JUDGEMENT): '« {0} » n’est pas un jugement par paires. Utilisez 1 à 9 ou une réciproque comme 1/3.',
    ('Engine', 'The {0} layer has no features. Choose a layer with {1} polygons.'):
        'La couche des {0} n’a aucune entité. Choisissez une couche de polygones de {1}.',
    ('Engine', 'settlements'): 'quartiers',
    ('Engine', 'settlement'): 'quartier',
    ('Engine', '{0} or {1}'): '{0} ou {1}',
    ('Engine', 'Field "{0}" in "{1}": {2}.'): 'Champ « {0} » de « {1} » : {2}.',
    ('Engine', 'decimal comma, thousands points (as in {0})'): 'virgule décimale, points pour les milliers (comme '
                                                               'dans {0})',
    ('Engine', 'Field "{0}" in "{1}" has {2} value(s) that are not numbers, treated as missing: {3}'):
        'Le champ « {0} » de « {1} » a {2} valeur(s) qui ne sont pas des nombres, prises pour manquantes : {3}',
    # The QGIS side's own raise, translated in its algorithm's context, shown once, not looked up again.
    ('AhpWeightsAlgorithm', DIRECTIONS): 'DIRECTIONS a {0} valeur(s) pour {1} indicateurs.',
}


@pytest.fixture(scope='module')
def french(tmp_path_factory):
    """The French catalogue extracted from the code with FRENCH filled in, compiled into a .qm folder."""
    folder = tmp_path_factory.mktemp('ts')
    i18n.extract(str(folder), ('fr',))
    path = folder / 'resilience_planner_fr.ts'
    assert i18n.fill_pairs(str(path), FRENCH) == set()    # each engine template extracted, under Engine, as written
    qm = tmp_path_factory.mktemp('qm')
    assert [w.split('/')[-1] for w in i18n.compile_all(str(qm), str(folder))] == ['resilience_planner_fr.qm']
    return folder, qm


@pytest.fixture
def in_french(plugin, french, monkeypatch):
    """The plugin's translator installed as the plugin installs it, with QGIS's locale set to French."""
    from qgis.core import QgsSettings
    from qgis.PyQt.QtCore import QCoreApplication

    from resilience_planner import assets
    from resilience_planner import plugin as plugin_module
    monkeypatch.setattr(assets, 'I18N', str(french[1]))
    settings = QgsSettings()
    before = settings.value('locale/userLocale', '')
    settings.setValue('locale/userLocale', 'fr_FR')
    translator = plugin_module.install_translator()
    try:
        assert translator is not None
        yield
    finally:
        QCoreApplication.removeTranslator(translator)
        settings.setValue('locale/userLocale', before)


def test_the_engine_context_holds_the_engine_s_messages(french):
    found = {}
    for context in ET.parse(str(french[0] / 'resilience_planner_fr.ts')).getroot().iter('context'):
        found.setdefault(context.findtext('name'), set()).update(m.findtext('source') for m in context.iter('message'))
    engine = found['Engine']
    assert len(engine) >= 120
    assert 'Criterion "{0}": the {1} must be a finite number.' in engine and 'low bound' in engine   # a word argument
    assert 'The road network has {0} disconnected pieces; the largest holds {1:.0%} of its junctions. Places ' \
           'attached to a small piece can only reach facilities on it.' in engine     # a note, literals joined
    assert not any('.format' in text for text in engine)
    assert JUDGEMENT not in found.get('@default', set())


def test_a_processing_error_from_the_engine_is_french_with_its_argument_filled_in(in_french):
    from qgis.core import QgsProcessingException

    import processing
    with pytest.raises(QgsProcessingException) as caught:
        processing.run('resilienceplanner:ahpweights', {'FIELDS': 'income,water', 'MATRIX': 'dix',
                                                        'OUTPUT': 'TEMPORARY_OUTPUT'})
    assert str(caught.value) == '« dix » n’est pas un jugement par paires. Utilisez 1 à 9 ou une réciproque comme 1/3.'
    # The QGIS side's own InputError: translated where it is raised, passed through as it is.
    with pytest.raises(QgsProcessingException) as caught:
        processing.run('resilienceplanner:ahpweights', {'FIELDS': 'income,water', 'MATRIX': '3',
                                                        'DIRECTIONS': '+,-,+', 'OUTPUT': 'TEMPORARY_OUTPUT'})
    assert str(caught.value) == 'DIRECTIONS a 3 valeur(s) pour 2 indicateurs.'


def test_engine_message_translates_the_words_given_as_arguments_and_nothing_twice(in_french):
    from resilience_planner.core.errors import InputError, Message
    from resilience_planner.core.exposure import settlement_exposure
    from resilience_planner.core.rules import parse_rule
    from resilience_planner.qgis_side.translation import engine_message
    with pytest.raises(InputError) as caught:
        settlement_exposure([], 'EPSG:32737', [object()])
    err = caught.value
    assert str(err) == 'The settlements layer has no features. Choose a layer with settlement polygons.'
    assert engine_message(err) == 'La couche des quartiers n’a aucune entité. Choisissez une couche de polygones ' \
                                  'de quartier.'
    assert engine_message(parse_rule('=1|2', 'Flood').describe()) == 'class 1 ou 2'   # 'class {0}' not translated
    # Text the QGIS side has translated and formatted already is shown as it is: never looked up in Engine.
    french = FRENCH[('Engine', 'settlements')]
    assert engine_message(InputError('settlements')) == 'settlements'
    assert engine_message(InputError(french)) == french
    assert engine_message(Message('{0}.', 'x')) == 'x.'
    assert engine_message('plain') == 'plain'


def test_the_vulnerability_index_logs_how_it_read_a_text_field_in_french(in_french):
    """The decimal mark the index read a text field with, and the cells that are no number, are the engine's
    messages: shown in QGIS's language, as the index's own lines are."""
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    import processing
    from tests.conftest import RecordingFeedback
    layer = QgsVectorLayer('Polygon?crs=EPSG:32737&field=sid:integer&field=score:string', 'quartiers', 'memory')
    features = []
    for i, text in enumerate(['0,81', '0,2', 'environ 1']):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt('POLYGON(({0} 0, {1} 0, {1} 10, {0} 10, {0} 0))'.format(
            20 * i, 20 * i + 10)))
        feature.setAttributes([i + 1, text])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    feedback = RecordingFeedback()
    processing.run('resilienceplanner:vulnerabilityindex', {'SETTLEMENTS': layer, 'INDICATORS': ['score', '+', '1'],
                                                            'OUTPUT': 'TEMPORARY_OUTPUT'}, feedback=feedback)
    assert 'Champ « score » de « quartiers » : virgule décimale, points pour les milliers (comme dans "0,81", ' \
           '"0,2").' in feedback.infos, feedback.infos
    assert 'Le champ « score » de « quartiers » a 1 valeur(s) qui ne sont pas des nombres, prises pour manquantes : ' \
           '"environ 1"' in feedback.warnings, feedback.warnings
