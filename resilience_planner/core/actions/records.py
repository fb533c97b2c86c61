"""Tidying an action before it is written, and stamping who wrote it when."""
import datetime

from .schema import FIELDS, join_list, new_action_id, split_list
from .schema import is_empty as _empty
from .values import parse_amount, parse_date


def normalised(action):
    """The action with list fields and codes tidied (lower-case choices, upper-case currency)."""
    out = dict(action)
    for spec in FIELDS:
        value = out.get(spec.name)
        if _empty(value):
            if value is not None and (spec.values or spec.kind in ('real', 'date') or spec.name == 'currency'):
                out[spec.name] = None      # blanks or the text NULL in a checked field: stored empty
            continue
        if spec.values and spec.multiple:
            out[spec.name] = ', '.join(v.lower() for v in split_list(value))
        elif spec.values:
            out[spec.name] = str(value).strip().lower()
    if not _empty(out.get('currency')):
        out['currency'] = str(out['currency']).strip().upper()
    if not _empty(out.get('settlements')):
        out['settlements'] = join_list(out['settlements'])
    for name in ('start_date', 'end_date'):
        if not _empty(out.get(name)):
            out[name] = parse_date(out[name])
    for spec in FIELDS:
        if spec.kind == 'real' and not _empty(out.get(spec.name)):
            out[spec.name] = parse_amount(out[spec.name])
    return out


def stamp(action, user, now=None, new=False):
    """Set action_id (when missing), created (when new) and modified/modified_by."""
    now = now or datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
    out = dict(action)
    if _empty(out.get('action_id')):
        out['action_id'] = new_action_id()
    if new or _empty(out.get('created')):
        out['created'] = now
    out['modified'] = now
    out['modified_by'] = user
    return out

