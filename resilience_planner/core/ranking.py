"""Re-ranking settlements when the weights change, for the Priority explorer.

One weight change is one vectorised pass over the settlements' criterion means (an (n, k) array read
once from the ranking): scores with the priority map's own formula, competition ranks, the order of the
list, and each settlement's two main drivers. No Python loop runs over the settlements, so a slider step
on 5,000 settlements takes milliseconds (``make bench``, "Priority explorer").

The sliders hold each criterion's share of the total weight: moving one sets its share and the others
keep their proportions among themselves, so a slider's position always reads its share.
"""
from dataclasses import dataclass

import numpy as np

from .indicators import competition_rank
from .priority import contribution_shares, settlement_scores

#: Drivers listed per settlement.
TOP = 2


@dataclass
class Ranking:
    """The settlements ranked for one set of weights (all arrays in the input order of the settlements)."""

    scores: np.ndarray          # (n,) priority 0-100, NaN when nothing weighted is present
    ranks: np.ndarray           # (n,) 1 = highest, ties share the best rank, NaN = not ranked
    order: np.ndarray           # (m,) indices of the ranked settlements, rank 1 first, ties in input order
    drivers: np.ndarray         # (n, TOP) criterion index of the main drivers, -1 = none
    driver_shares: np.ndarray   # (n, TOP) their shares of the score (0-1), 0 where none

    def row_of(self):
        """(n,) each settlement's row in ``order``, -1 for those not ranked."""
        rows = np.full(self.scores.shape[0], -1, dtype=np.int64)
        rows[self.order] = np.arange(self.order.shape[0])
        return rows


def rerank(means, weights, method='sum', missing='reweight'):
    """Rank settlements from their criterion means (n, k) with ``weights`` (k,), as the priority map does."""
    means = np.asarray(means, dtype=np.float64)
    weights = np.asarray(weights, dtype=np.float64)
    scores = settlement_scores(means, weights, method, missing)
    ranks = competition_rank(scores)
    shares = contribution_shares(means, weights, method)
    top = np.argsort(-shares, axis=1, kind='stable')[:, :TOP]
    top_shares = np.take_along_axis(shares, top, axis=1)
    if top.shape[1] < TOP:                    # fewer criteria than drivers listed
        pad = TOP - top.shape[1]
        top = np.pad(top, ((0, 0), (0, pad)), constant_values=-1)
        top_shares = np.pad(top_shares, ((0, 0), (0, pad)))
    top = np.where(top_shares > 0, top, -1)
    top_shares = np.where(top >= 0, top_shares, 0.0)
    ranked = np.flatnonzero(~np.isnan(ranks))
    order = ranked[np.lexsort((ranked, ranks[ranked]))]
    return Ranking(scores, ranks, order, top, top_shares)


def normalised(weights):
    """Weights as shares of their total (sum 1); all zero gives equal shares."""
    weights = np.clip(np.asarray(weights, dtype=np.float64), 0.0, None)
    total = weights.sum()
    if total <= 0:
        return np.full(weights.shape, 1.0 / max(1, weights.shape[0]))
    return weights / total


def rebalance(shares, index, value):
    """The shares (sum 1) after criterion ``index`` is set to the share ``value`` (0-1).

    The other criteria share the rest in their former proportions; when they all had none, equally.
    With a single criterion its share stays 1.
    """
    shares = normalised(shares)
    k = shares.shape[0]
    if k == 1:
        return np.ones(1)
    value = min(1.0, max(0.0, float(value)))
    others = np.arange(k) != index
    rest = shares[others].sum()
    out = np.empty(k)
    out[index] = value
    if rest > 0:
        out[others] = shares[others] / rest * (1.0 - value)
    else:
        out[others] = (1.0 - value) / (k - 1)
    return out
