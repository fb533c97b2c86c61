"""Which settlements the actions serve, at what cost per person, and where the gaps are."""
from dataclasses import dataclass, field
from typing import List

import numpy as np

from ..errors import QT_TRANSLATE_NOOP, Message
from .budget import NO_CURRENCY, cost_of, currency_of
from .schema import is_active, split_list


@dataclass
class CoverageResult:
    """Actions and settlements seen together."""

    beneficiaries: np.ndarray          # per action, people in its target area (NaN: unknown)
    priority_score: np.ndarray         # per action, mean priority of the settlements it serves
    cost_per_beneficiary: np.ndarray
    actions_count: np.ndarray          # per settlement, active actions serving it
    actions_cost: np.ndarray           # per settlement, in its actions' one currency (NaN: several)
    gap: np.ndarray                    # per settlement: 1 = priority class 4-5 and no active action
    high_population: float
    covered_high_population: float
    served: List[List[int]]            # per action, the settlement indexes it serves
    notes: List[str] = field(default_factory=list)
    currencies: List[str] = field(default_factory=list)   # per settlement, its costed actions' currency ('' none)

    @property
    def covered_high_share(self):
        if not self.high_population:
            return float('nan')
        return self.covered_high_population / self.high_population


def action_coverage(actions, settlement_keys, overlaps, priority=None, priority_class=None, population=None,
                    beneficiaries=None):
    """Which settlements each action serves, what it costs per person, and where the gaps are.

    Parameters
    ----------
    actions : list of dict
        ``settlements`` (keys), ``status``, ``cost_estimate``.
    settlement_keys : list
        Each settlement's key, as the actions name them (compared as normalised text).
    overlaps : list of set of int
        Per action, the settlements its target area overlaps. An action serves the
        settlements it names and, when it names none, those its area overlaps.
    priority, priority_class, population : array-like per settlement, optional
    beneficiaries : array-like per action, optional
        People inside each action's target area (from a population raster); without it the
        population of the settlements it serves is used.
    """
    from ..profiles import normalise_key
    n = len(settlement_keys)
    index = {}
    for i, key in enumerate(settlement_keys):
        if key is not None:
            index.setdefault(normalise_key(key), []).append(i)
    priority = np.full(n, np.nan) if priority is None else np.asarray(priority, dtype=np.float64)
    priority_class = np.full(n, np.nan) if priority_class is None else np.asarray(priority_class, dtype=np.float64)
    population = np.full(n, np.nan) if population is None else np.asarray(population, dtype=np.float64)
    served, notes, unknown, shared = [], [], [], {}
    for a, action in enumerate(actions):
        named = split_list(action.get('settlements'))
        if named:
            hits = []
            for key in named:
                found = index.get(normalise_key(key))
                if found is None:
                    unknown.append('{0} ("{1}")'.format(action.get('title') or a + 1, key))
                else:
                    hits.extend(found)
                    if len(found) > 1:
                        shared[key] = len(found)
            served.append(sorted(set(hits)))
        else:
            served.append(sorted(overlaps[a]) if a < len(overlaps) else [])
    if unknown:
        notes.append(Message(QT_TRANSLATE_NOOP('Engine', 'Settlement keys named by actions but not found: {0}.'),
                             ', '.join(unknown[:20])))
    if shared:
        # Two settlements with one key is a data error the actions cannot resolve: an action
        # naming the key serves every settlement that has it, and the log says which keys.
        notes.append(Message(QT_TRANSLATE_NOOP('Engine', 'Settlement keys shared by more than one settlement: {0}. '
                                                         'An action naming such a key serves all of them; give each '
                                                         'settlement its own key in the settlements layer.'),
                             ', '.join('"{0}" ({1} settlements)'.format(k, c) for k, c in list(shared.items())[:20])))
    count = np.zeros(n)
    cost = np.zeros(n)
    currencies = [set() for _ in range(n)]
    # Each action's cost by budget()'s one rule (core.actions.budget.cost_of): a cost that is not a
    # number of 0 or more is left out of every figure and named, never added as it is.
    amounts, refused = [], []
    for number, action in enumerate(actions):
        try:
            amounts.append(cost_of(action))
        except ValueError:
            amounts.append(None)
            refused.append('"{0}" ({1})'.format(action.get('title') or 'action {0}'.format(number + 1),
                                                action.get('cost_estimate')))
    if refused:
        notes.append(Message(QT_TRANSLATE_NOOP('Engine', '{0} action(s) have a cost that is not a number of 0 or '
                                                         'more and are left out of the costs: {1}. Correct their '
                                                         'cost_estimate.'), len(refused), ', '.join(refused[:10])))
    for action, where, amount in zip(actions, served, amounts):
        if not is_active(action) or not where:
            continue
        count[where] += 1
        if amount is not None:
            # A shared action's cost is split evenly between the settlements it serves.
            cost[where] += amount / len(where)
            for i in where:
                currencies[i].add(currency_of(action))
    # Amounts in different currencies are never added: such a settlement's cost is not known here.
    mixed = [i for i in range(n) if len(currencies[i]) > 1]
    cost[mixed] = np.nan
    if mixed:
        notes.append(Message(QT_TRANSLATE_NOOP('Engine', '{0} settlement(s) are served by active actions costed in '
                                                         'different currencies (or some without a currency): their '
                                                         'actions_cost is left empty, as amounts in different '
                                                         'currencies are not added. Give every action the same '
                                                         'currency to compare them.'), len(mixed)))
    if beneficiaries is None:
        people = np.array([np.nansum(population[w]) if w and not np.all(np.isnan(population[w])) else np.nan
                           for w in served])
    else:
        people = np.asarray(beneficiaries, dtype=np.float64)
    score = np.array([np.nanmean(priority[w]) if w and not np.all(np.isnan(priority[w])) else np.nan
                      for w in served])
    costs = np.array([np.nan if amount is None else amount for amount in amounts], dtype=np.float64)
    with np.errstate(divide='ignore', invalid='ignore'):
        per_person = np.where(people > 0, costs / people, np.nan)
    high = priority_class >= 4
    gap = (high & (count == 0)).astype(np.float64)
    gap[np.isnan(priority_class)] = np.nan
    high_population = float(np.nansum(population[high]))
    covered = float(np.nansum(population[high & (count > 0)]))
    return CoverageResult(people, score, per_person, count, cost, gap, high_population, covered, served, notes,
                          [', '.join(sorted(c, key=lambda x: (x == NO_CURRENCY, x))) for c in currencies])

