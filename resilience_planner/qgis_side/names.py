"""Which field names a settlement for a person: one rule for the report, the explorer, the gaps
and the batch summary. A person reads "Parque Vila Isabel", never a feature id such as 643.

QGIS side (fields and features), no widgets and no Processing.
"""
from qgis.core import QgsFeatureRequest

from .compat import FieldType
from .translation import Context

CriterionLabels = Context('CriterionLabels')
#: The context of the reasons a field names the settlements.
NameFields = Context('NameFields')

#: Field names that hold a settlement's name, in the languages of the cities served (compared
#: case-insensitively); a field starting with one of them followed by "_" counts too (name_local).
NAME_WORDS = ('name', 'nom', 'nombre', 'nome', 'nama', 'jina', 'settlement', 'settlement_name', 'village',
              'quartier', 'barrio', 'bairro', 'comunidad', 'comunidade', 'kijiji', 'label')
#: Words that, followed by "_", name a variant of the name (name_local, nombre_asentamiento, nom_fr).
LANGUAGE_VARIANTS = ('name', 'nom', 'nombre', 'nome', 'nama', 'jina')
#: Fields written by the plugin, never names.
COMPUTED_PREFIXES = ('s_', 'priority', 'driver', 'rank', 'vulnerability', 'any_exposed', 'exposed')
#: Features read to judge whether a text field's values are mostly distinct.
SAMPLE = 2000
DISTINCT_SHARE = 0.8


def name_field(source, given=None, key=None):
    """The field that names the features of ``source`` (a layer or feature source), and why.

    Returns (field name or None, reason): the ``given`` field when it exists; else a text field called
    as in NAME_WORDS, or one of LANGUAGE_VARIANTS followed by "_"; else the first text field whose
    values are mostly distinct (not the key, nor a field named like one: id, *_id, code); else the
    ``key`` field; else None (the caller then names by key or says "unnamed", never by feature id).
    """
    fields = source.fields()
    names = fields.names()
    if given:
        if given in names:
            return given, NameFields.tr('chosen')
        raise ValueError(given)
    texts = [f.name() for f in fields if f.type() == FieldType.String]
    lowered = {name.lower(): name for name in texts if not name.lower().startswith(COMPUTED_PREFIXES)}
    for word in NAME_WORDS:
        if word in lowered:
            return lowered[word], NameFields.tr('its name')
    for word in LANGUAGE_VARIANTS:
        for low, name in lowered.items():
            if low.startswith(word + '_') and not _looks_like_a_key(name):
                return name, NameFields.tr('its name')
    texts = [name for name in texts if not name.lower().startswith(COMPUTED_PREFIXES) and name != key
             and not _looks_like_a_key(name)]
    if texts:
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry).setSubsetOfAttributes(
            texts, fields).setLimit(SAMPLE)
        values = {name: [] for name in texts}
        for feature in source.getFeatures(request):
            for name in texts:
                text = _text(feature[name])
                if text:
                    values[name].append(text)
        for name in texts:
            seen = values[name]
            if seen and len(set(seen)) >= DISTINCT_SHARE * len(seen):
                return name, NameFields.tr('the first text field whose values are mostly distinct')
    if key and key in names:
        return key, NameFields.tr('the settlement key (no name field was found)')
    return None, NameFields.tr('no name field or key was found')


def _looks_like_a_key(name):
    low = name.lower()
    return low in ('id', 'fid', 'code', 'key', 'uuid') or low.endswith(('_id', '_code', '_key', '_uuid'))


def settlement_label(feature, field, key=None, unnamed='(unnamed)'):
    """What a person reads for one settlement: its name, else its key, else ``unnamed``; never its id."""
    for candidate in (field, key):
        text = _text(feature[candidate]) if candidate else None
        if text:
            return text
    return unnamed


def _text(value):
    """An attribute as a person reads it, or None for NULL, None and blank text."""
    if value is None or str(value) == 'NULL':
        return None
    return str(value).strip() or None


#: The ranking field where the priority map records what each criterion was: JSON [[key, group, name], ...]
#: (group hazard, population, vulnerability, access (distance to facilities) or access_field; name the layer,
#: field or facilities layer it came from).
CRITERIA_FIELD = 'priority_criteria'


def criterion_labels(keys, criteria=None):
    """What a person reads for each criterion key: the hazard layer's name, "People", "Vulnerability",
    "Access to <facilities>" (or "Access (<field>)" for an access field), from the ranking's recorded ``criteria``
    ([[key, group, name], ...], see CRITERIA_FIELD). A key not recorded (a ranking written before the
    criteria were) is labelled from the key itself: "flood_depth" reads "Flood depth"."""
    recorded = {}
    for entry in criteria or []:
        if isinstance(entry, (list, tuple)) and len(entry) == 3:
            recorded[str(entry[0])] = (str(entry[1]), str(entry[2] or ''))
    labels = []
    for key in keys:
        group, name = recorded.get(key, (None, ''))
        if group is None:
            group = {'population': 'population', 'vulnerability': 'vulnerability', 'access': 'access'}.get(
                key, 'hazard')
            name = key if group == 'hazard' else ''
        if group == 'population':
            labels.append(CriterionLabels.tr('People'))
        elif group == 'vulnerability':
            labels.append(CriterionLabels.tr('Vulnerability'))
        elif group == 'access':
            labels.append(CriterionLabels.tr('Access to {0}').format(readable(name, capital=False)) if name
                          else CriterionLabels.tr('Access'))
        elif group == 'access_field':
            labels.append(CriterionLabels.tr('Access ({0})').format(name) if name else CriterionLabels.tr('Access'))
        else:
            labels.append(readable(name or key))
    return labels


def readable(name, capital=True):
    """A layer name as a person reads it: a file-like name ("flood_depth", "heat_lst") with its underscores as
    spaces and a capital ("Flood depth"); a name someone wrote ("Flood depth 100y (BNPB)") as written."""
    text = str(name).strip()
    if '_' in text and ' ' not in text:
        text = text.replace('_', ' ').strip()
        return text[:1].upper() + text[1:] if capital else text
    return text


def recorded_criteria(text):
    """The [[key, group, name], ...] of a CRITERIA_FIELD value, or [] when absent or unreadable."""
    import json
    if text is None or str(text) in ('', 'NULL'):
        return []
    try:
        value = json.loads(str(text))
    except ValueError:
        return []
    return value if isinstance(value, list) else []
