"""Validation of one action."""
import math
import re

from .schema import FIELDS, Problem, split_list
from .schema import is_empty as _empty
from .values import parse_amount, parse_date


def validate(action):
    """Every problem of one action (a dict), as a list of :class:`Problem`; empty when valid."""
    problems = []
    for spec in FIELDS:
        value = action.get(spec.name)
        if _empty(value):
            if spec.required and not spec.computed:
                problems.append(Problem(spec.name, 'is required.'))
            continue
        if spec.kind == 'real':
            try:
                number = parse_amount(value)
            except (TypeError, ValueError):
                problems.append(Problem(spec.name, '"{0}" is not a number; write digits, e.g. 90000 or '
                                                   '90,000.50.'.format(value)))
                continue
            if not math.isfinite(number):
                problems.append(Problem(spec.name, 'must be a finite number.'))
            elif spec.minimum is not None and number < spec.minimum:
                problems.append(Problem(spec.name, 'must be {0:g} or more (got {1:g}).'.format(spec.minimum, number)))
        elif spec.kind == 'date':
            try:
                parse_date(value)
            except ValueError as err:
                problems.append(Problem(spec.name, str(err) + '.'))
        elif spec.values:
            chosen = split_list(value) if spec.multiple else [str(value).strip()]
            unknown = [v for v in chosen if v.lower() not in spec.values]
            if unknown:
                problems.append(Problem(spec.name, '{0} is not one of: {1}.'.format(
                    ', '.join('"{0}"'.format(u) for u in unknown), ', '.join(spec.values))))
    if not _empty(action.get('currency')) and not re.fullmatch(r'[A-Za-z]{3}', str(action['currency']).strip()):
        problems.append(Problem('currency', 'use a three-letter ISO 4217 code such as USD, KES or IDR.'))
    if not _empty(action.get('cost_estimate')) and _empty(action.get('currency')):
        problems.append(Problem('currency', 'is required when there is a cost estimate.'))
    try:
        start, end = parse_date(action.get('start_date')), parse_date(action.get('end_date'))
    except ValueError:
        start = end = None
    if start and end and end < start:
        problems.append(Problem('end_date', 'is before the start date ({0}).'.format(start.isoformat())))
    return problems

