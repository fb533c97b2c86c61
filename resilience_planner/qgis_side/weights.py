"""A ranking's criteria and a new set of weights, as the workflow model, the batch and the priority map take them.

The Priority explorer's *Save weights* writes a **weights file**: one JSON object whose keys are the inputs of
the workflow model ``resilienceplanner:citywidepriorities`` and of a batch city's ``city.json``::

    {
      "hazard_settings": ["Flood depth", "linear", "0", "1.5", "", 0.45,
                          "Heat", "linear", "33", "40", "", 0.15],
      "population_weight": 0.2,
      "access_weight": 0.2,
      "weights_from": "ranking.gpkg, 2026-12-01 23:50 UTC"
    }

``hazard_settings`` is the model's Hazard scoring table, six values per hazard (hazard, value function,
low, high, class scores, weight), with the value functions the ranking's run used (its ``priority_functions``),
so a run from this file scores the hazards as before and only the weights change. A row names its hazard as the
priority map's own hazard settings do: by its layer name, or by its position among the hazard rasters (``"2"``)
where two hazards of the run share a name (a flood map of 2020 and one of 2050 both called "Flood depth"), so
that they stay two rows; such a file then wants the hazard rasters in the ranking's order. ``population_weight``,
``vulnerability_weight`` and ``access_weight`` are written for the criteria the run had. Weights are shares of
the total (they sum to 1); the priority map normalises weights, so only their ratios matter.

Saved as ``city.json`` in a batch city's folder, the batch uses them (other keys already there, such as
``name`` or ``thresholds``, are kept). For the model, pass the same keys as its inputs (``processing.run`` or
``qgis_process run resilienceplanner:citywidepriorities`` with these parameters).
"""
import datetime
import json
import os
import re

from .hazards import row_index
from .translation import Context

#: The context of what a weights file could not carry (see translation.py).
Weights = Context('Weights')

#: The workflow model's / city.json's weight inputs per criterion group.
WEIGHT_KEYS = {'population': 'population_weight', 'vulnerability': 'vulnerability_weight',
               'access': 'access_weight', 'access_field': 'access_weight'}


def function_rows(functions_text):
    """{key: [value function, low, high, class scores]} from a ranking's ``priority_functions`` text
    ("flood_depth: linear, 0 at 0, 1 at 1.5; heat: step, 1 from 35; ls: classes 1: 0.2, 3: 1, other: 0")."""
    rows = {}
    for part in str(functions_text or '').split('; '):
        key, sep, text = part.partition(': ')
        if not sep:
            continue
        text = text.strip()
        linear = re.fullmatch(r'linear, 0 at (\S+), 1 at (\S+)', text)
        step = re.fullmatch(r'step, 1 from (\S+)', text)
        if linear:
            rows[key.strip()] = ['linear', linear.group(1), linear.group(2), '']
        elif step:
            rows[key.strip()] = ['step', step.group(1), '', '']
        elif text.startswith('classes '):
            pairs = [p.strip().replace(': ', ':') for p in text[len('classes '):].split(', ')]
            rows[key.strip()] = ['classes', '', '', '; '.join(pairs)]
    return rows



def hazard_labels(criteria):
    """{key: (row label, name for messages)} of the hazards among the recorded ``criteria``, in their order (the
    hazard rasters' order: the priority map records them first, one by one). The row label is the layer name,
    or the position where the name would send the row to another hazard (a name two hazards share, a name that
    reads as another one's position); the name for messages then adds the position: "Flood (hazard 2)"."""
    hazards = [(str(k), str(n)) for k, g, n in criteria if str(g) == 'hazard']
    names = [name for _key, name in hazards]
    labels = {}
    for index, (key, name) in enumerate(hazards):
        if row_index(name, names) == index and names.count(name) == 1:
            labels[key] = (name, name)
        else:
            labels[key] = (str(index + 1), '{0} (hazard {1})'.format(name, index + 1))
    return labels


def weight_settings(criteria, functions_text, keys, shares, source=''):
    """The weights file's object (see the module) for the criteria ``keys`` with weight ``shares``.

    ``criteria`` are the ranking's recorded [[key, group, name], ...]. A hazard whose value function was not
    recorded keeps the default (linear from the data) and the caller is told by ``missing``.
    Returns (settings dict, list of hazard names whose function is missing). Hazards are keyed by their
    criterion key, never by their name, so two hazards of one name are two rows (see hazard_labels).
    """
    groups = {str(k): (str(g), str(n)) for k, g, n in criteria}
    labels = hazard_labels(criteria)
    functions = function_rows(functions_text)
    out, missing, matrix = {}, [], []
    for key, share in zip(keys, shares):
        group, name = groups.get(key, ('hazard', key))
        share = round(float(share), 6)
        if group == 'hazard':
            label, shown = labels.get(key, (name, name))
            row = functions.get(key)
            if row is None:
                missing.append(shown)
                row = ['linear', '0', '', '']
            matrix += [label] + row + [share]
        elif group in WEIGHT_KEYS:
            out[WEIGHT_KEYS[group]] = share
    if matrix:
        out['hazard_settings'] = matrix
    stamp = datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%d %H:%M UTC')
    out['weights_from'] = '{0}, {1}'.format(source, stamp) if source else stamp
    return out, missing


def write_weights(path, settings):
    """Write ``settings`` to ``path`` (JSON, UTF-8). An existing JSON object there (a city.json) keeps its other
    keys; a file that is not a JSON object is refused with ValueError, never overwritten."""
    merged = {}
    if os.path.exists(path):
        try:
            with open(path, encoding='utf-8') as handle:
                merged = json.load(handle)
        except ValueError as err:
            raise ValueError('{0} exists and is not JSON ({1}); choose another file.'.format(path, err)) from None
        if not isinstance(merged, dict):
            raise ValueError('{0} exists and does not hold one JSON object; choose another file.'.format(path))
    merged.update(settings)
    temporary = path + '.partial'
    with open(temporary, 'w', encoding='utf-8') as handle:
        json.dump(merged, handle, ensure_ascii=False, indent=2)
        handle.write('\n')
    os.replace(temporary, path)
    return merged


def algorithm_parameters(settings):
    """The priority map's parameters for the weights file's weights (HAZARD_SETTINGS and the *_WEIGHT inputs)."""
    parameters = {}
    if settings.get('hazard_settings'):
        parameters['HAZARD_SETTINGS'] = list(settings['hazard_settings'])
    for key in set(WEIGHT_KEYS.values()):
        if key in settings:
            parameters[key.upper()] = settings[key]        # population_weight -> POPULATION_WEIGHT
    return parameters


def run_parameters(settings, functions_text, criteria):
    """The priority map's parameters that the ranking recorded besides the weights, so that a new run scores
    as the recorded one did: METHOD, MISSING, CELL_SIZE (rankings from before it was recorded lack it), the
    sensitivity runs and spread, POPULATION_HIGH and ACCESS_LOW/ACCESS_HIGH from the recorded value functions.

    ``settings`` is the ranking's priority_settings object, ``criteria`` its [[key, group, name], ...].
    Returns (parameters, list of what could not be carried, as words for the user).
    """
    from ..core.priority import METHODS, MISSING  # the engine's lists, in the dialog's enum order
    parameters, lost = {}, []
    if settings.get('method') in METHODS:
        parameters['METHOD'] = METHODS.index(settings['method'])
    if settings.get('missing') in MISSING:
        parameters['MISSING'] = MISSING.index(settings['missing'])
    if settings.get('cell'):
        parameters['CELL_SIZE'] = float(settings['cell'])
    else:
        lost.append(Weights.tr('the cell size'))
    if 'runs' in settings:
        parameters['SENSITIVITY_RUNS'] = int(settings['runs'])
    if 'spread' in settings:
        parameters['SENSITIVITY_SPREAD'] = float(settings['spread'])
    functions = function_rows(functions_text)
    for key, group, _name in criteria:
        row = functions.get(str(key))
        if group == 'population':
            if row and row[0] == 'linear' and row[1] in ('0', '-0'):
                parameters['POPULATION_HIGH'] = float(row[2])
            else:
                lost.append(Weights.tr('the population bound'))
        elif group in ('access', 'access_field'):
            if row and row[0] == 'linear':
                parameters['ACCESS_LOW'] = float(row[1])
                parameters['ACCESS_HIGH'] = float(row[2])
            else:
                lost.append(Weights.tr('the access bounds'))
    return parameters, lost
