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
