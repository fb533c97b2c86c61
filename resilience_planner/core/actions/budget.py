"""What actions cost, per currency: one policy for the dock, the coverage and the report.

Amounts in different currencies are never added together (there is no exchange rate in the
register), and an amount without a currency is kept apart as such, never given one.
"""
import math
from dataclasses import dataclass, field
from typing import Dict, List

from .schema import is_empty, split_list
from .values import parse_amount

#: The key of amounts that have no currency.
NO_CURRENCY = ''


def currency_of(action):
    """The action's currency code (upper-case), or NO_CURRENCY."""
    value = action.get('currency')
    return NO_CURRENCY if is_empty(value) else str(value).strip().upper()


def cost_of(action):
    """The action's cost as a number, None when it has none; ValueError when it is not a cost."""
    value = action.get('cost_estimate')
    if is_empty(value):
        return None
    number = parse_amount(value)
    if not math.isfinite(number) or number < 0:
        raise ValueError(value)
    return number


def _add(table, key, currency, amount):
    row = table.setdefault(key, {})
    row[currency] = row.get(currency, 0.0) + amount


@dataclass
class Budget:
    """Costs of some actions, per currency ({currency: total}; NO_CURRENCY for amounts without one)."""

    totals: Dict[str, float] = field(default_factory=dict)
    by_funding: Dict[str, Dict[str, float]] = field(default_factory=dict)   # funding status ('' unstated)
    by_status: Dict[str, Dict[str, float]] = field(default_factory=dict)
    by_hazard: Dict[str, Dict[str, float]] = field(default_factory=dict)    # shared costs split evenly
    costed: int = 0
    uncosted: int = 0
    refused: List[str] = field(default_factory=list)     # titles of actions whose cost is not a cost

    @property
    def currencies(self):
        """The currencies with a cost, sorted; NO_CURRENCY (when present) last."""
        return sorted(self.totals, key=lambda c: (c == NO_CURRENCY, c))

    @property
    def single(self):
        """The one currency every cost is in (NO_CURRENCY when none has one), or None when there are several."""
        return self.currencies[0] if len(self.totals) == 1 else None

    def subtotal(self, table, keys):
        """{currency: total} of the rows ``keys`` of one of the tables (by_funding, by_status, by_hazard)."""
        out = {}
        for key in keys:
            for currency, amount in table.get(key, {}).items():
                out[currency] = out.get(currency, 0.0) + amount
        return {c: out[c] for c in sorted(out, key=lambda c: (c == NO_CURRENCY, c))}

    def bars(self, table, keys):
        """(key, currency, amount) for the chart of a table: every key with one currency (or none), else
        each key's amount in each currency it has."""
        if self.single is not None or not self.totals:
            currency = self.single or NO_CURRENCY
            return [(key, currency, table.get(key, {}).get(currency, 0.0)) for key in keys]
        return [(key, currency, table[key][currency]) for key in keys for currency in self.currencies
                if currency in table.get(key, {})]


def budget(actions):
    """The :class:`Budget` of ``actions`` (dicts): every one given counts (filter with is_active first
    for the active budget). A cost that is not a number of 0 or more is left out and named."""
    out = Budget()
    for action in actions:
        try:
            cost = cost_of(action)
        except (TypeError, ValueError):
            out.refused.append(str(action.get('title') or action.get('action_id') or '?'))
            continue
        if cost is None:
            out.uncosted += 1
            continue
        currency = currency_of(action)
        out.costed += 1
        out.totals[currency] = out.totals.get(currency, 0.0) + cost
        funding = '' if is_empty(action.get('funding_status')) else str(action['funding_status']).strip().lower()
        _add(out.by_funding, funding, currency, cost)
        status = '' if is_empty(action.get('status')) else str(action['status']).strip().lower()
        _add(out.by_status, status, currency, cost)
        # Each hazard once ('flood, Flood' is one hazard), so the cost splits evenly over the hazards named.
        hazards = list(dict.fromkeys(h.lower() for h in split_list(action.get('hazards')))) or ['']
        for hazard in hazards:
            _add(out.by_hazard, hazard, currency, cost / len(hazards))
    return out


def format_amounts(totals, no_currency='without a currency', pattern='{0:,.0f}'):
    """{currency: amount} as text: 'KES 1,200,000 · USD 40,000 · 5,000 without a currency'; '0' when empty.

    ``no_currency`` is said after an amount without a currency (give it translated)."""
    if not totals:
        return pattern.format(0)
    parts = []
    for currency in sorted(totals, key=lambda c: (c == NO_CURRENCY, c)):
        amount = pattern.format(totals[currency])
        parts.append('{0} {1}'.format(amount, no_currency) if currency == NO_CURRENCY else
                     '{0} {1}'.format(currency, amount))
    return ' · '.join(parts)


def cost_per_beneficiary(actions, beneficiaries):
    """{currency: cost per person}: per currency, the cost of the actions costed in it over the people
    those actions serve (``beneficiaries``, one number per action; NaN when not known). A currency
    whose actions serve nobody known is left out."""
    cost, people = {}, {}
    for action, served in zip(actions, beneficiaries):
        try:
            amount = cost_of(action)
        except (TypeError, ValueError):
            continue
        if amount is None or served is None or served != served:
            continue
        currency = currency_of(action)
        cost[currency] = cost.get(currency, 0.0) + amount
        people[currency] = people.get(currency, 0.0) + float(served)
    return {c: cost[c] / people[c] for c in sorted(cost, key=lambda c: (c == NO_CURRENCY, c)) if people[c] > 0}
