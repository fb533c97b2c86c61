"""Access to services along a road network, normally and during a hazard.

Everything here works in a projected CRS in metres. Roads become a graph whose nodes
are their vertices: roads connect where they share a vertex, or where a road's end
stops within a snapping tolerance of another road's vertex, not where they merely
cross (bridges and flyovers cross without a junction). Long segments are split so
that no road vertex is far from any point of its road: a place joins the network at
its nearest vertex, and the connector is at most half a split length longer than to
the nearest point of the road.

Shortest paths run once per facility type, from all its facilities at once
(multi-source Dijkstra, scipy.sparse.csgraph), never once per settlement.
"""
from dataclasses import dataclass, field
from typing import List

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components, dijkstra
from scipy.spatial import cKDTree

from .errors import QT_TRANSLATE_NOOP, InputError, Message

#: Longest road segment kept whole, in metres.
SPLIT_LENGTH = 50.0


@dataclass
class RoadGraph:
    """An undirected road graph.

    Attributes
    ----------
    nodes : ndarray (n, 2)
        Node coordinates (metres).
    start, end : ndarray
        Node indexes of each edge.
    length : ndarray
        Edge lengths in metres.
    component : ndarray
        Connected piece of each node.
    """

    nodes: np.ndarray
    start: np.ndarray
    end: np.ndarray
    length: np.ndarray
    component: np.ndarray
    notes: List[str] = field(default_factory=list)

    @property
    def pieces(self):
        """Number of connected pieces."""
        return int(self.component.max()) + 1 if len(self.component) else 0

    def matrix(self, keep=None):
        """Sparse adjacency matrix of edge lengths, optionally only the edges in ``keep``."""
        start, end, length = self.start, self.end, self.length
        if keep is not None:
            start, end, length = start[keep], end[keep], length[keep]
        n = len(self.nodes)
        graph = coo_matrix((np.r_[length, length], (np.r_[start, end], np.r_[end, start])), shape=(n, n))
        return graph.tocsr()        # duplicate edges sum; they are removed in build_graph

    def nearest_node(self, xy):
        """Index of, and distance to, the nearest node for each point."""
        if len(self.nodes) == 0:
            raise InputError(QT_TRANSLATE_NOOP('Engine', 'The road layer has no usable lines.'))
        distance, index = cKDTree(self.nodes).query(np.asarray(xy, dtype=np.float64).reshape(-1, 2))
        return index, distance


def densify(line, step=SPLIT_LENGTH):
    """Insert vertices so that no segment of ``line`` is longer than ``step``."""
    line = np.asarray(line, dtype=np.float64)[:, :2]
    if len(line) < 2:
        return line
    seg = np.diff(line, axis=0)
    lengths = np.hypot(seg[:, 0], seg[:, 1])
    parts = np.maximum(1, np.ceil(lengths / step).astype(np.int64))
    t = np.concatenate([np.arange(p) / p for p in parts])
    base = np.repeat(line[:-1], parts, axis=0)
    out = base + np.repeat(seg, parts, axis=0) * t[:, None]
    return np.vstack([out, line[-1:]])


def build_graph(lines, tolerance=1.0, step=SPLIT_LENGTH):
    """Road graph from polylines (each an (k, 2) array in metres).

    Roads join where they share a vertex (same coordinates to a micrometre), and a
    road's end also joins the nearest vertex of another road within ``tolerance``
    metres (a dangle that stops just short of a junction). Nothing else is merged, so
    a road never shrinks, and roads that only cross stay apart. Segments longer than
    ``step`` are then split by points that belong to that segment alone.
    """
    lines = [np.asarray(line, dtype=np.float64)[:, :2] for line in lines]
    lines = [line for line in lines if len(line) >= 2]
    if not lines:
        raise InputError(QT_TRANSLATE_NOOP('Engine', 'The road layer has no lines with two or more vertices.'))
    counts = np.array([len(line) for line in lines])
    points = np.vstack(lines)
    owner = np.repeat(np.arange(len(lines)), counts)
    # Shared vertices: identical coordinates (rounded to a micrometre) are one node.
    _, node = np.unique(np.round(points, 6), axis=0, return_inverse=True)
    node = node.ravel()
    parent = np.arange(node.max() + 1)

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    if tolerance > 0:
        tree = cKDTree(points)
        last = np.cumsum(counts) - 1
        for end in np.r_[last - counts + 1, last]:
            # The nearest vertex of another road within the tolerance, if any.
            for candidate in sorted(tree.query_ball_point(points[end], tolerance),
                                    key=lambda c: np.hypot(*(points[c] - points[end]))):
                if owner[candidate] != owner[end]:
                    parent[find(node[end])] = find(node[candidate])
                    break
    node = np.array([find(i) for i in node])
    _, node = np.unique(node, return_inverse=True)
    node_count = int(node.max()) + 1
    nodes = np.zeros((node_count, 2))
    nodes[node] = points                      # any vertex of a merged group stands for it
    is_start = np.ones(len(points), dtype=bool)
    is_start[np.cumsum(counts) - 1] = False
    a = np.flatnonzero(is_start)
    start, end = node[a], node[a + 1]
    keep = start != end
    a, start, end = a[keep], start[keep], end[keep]
    p0, p1 = points[a], points[a + 1]
    length = np.hypot(*(p1 - p0).T)
    # Split long segments with new nodes of their own.
    parts = np.maximum(1, np.ceil(length / step).astype(np.int64))
    extra = parts - 1
    total_extra = int(extra.sum())
    seg = np.repeat(np.arange(len(a)), extra)
    offset = np.cumsum(extra) - extra
    k = np.arange(total_extra) - offset[seg] + 1
    t = k / parts[seg]
    new_points = p0[seg] + (p1[seg] - p0[seg]) * t[:, None]
    nodes = np.vstack([nodes, new_points])
    # Chain of each segment: start, its new nodes, end.
    chain_first = np.cumsum(parts) - parts          # index of the segment's first piece
    piece_seg = np.repeat(np.arange(len(a)), parts)
    piece_k = np.arange(int(parts.sum())) - chain_first[piece_seg]
    first_new = node_count + offset                  # id of the segment's first new node
    piece_start = np.where(piece_k == 0, start[piece_seg], first_new[piece_seg] + piece_k - 1)
    piece_end = np.where(piece_k == parts[piece_seg] - 1, end[piece_seg], first_new[piece_seg] + piece_k)
    piece_length = length[piece_seg] / parts[piece_seg]
    lo, hi = np.minimum(piece_start, piece_end), np.maximum(piece_start, piece_end)
    order = np.lexsort((piece_length, hi, lo))
    lo, hi, piece_length = lo[order], hi[order], piece_length[order]
    unique = np.r_[True, (lo[1:] != lo[:-1]) | (hi[1:] != hi[:-1])] if len(lo) else np.empty(0, bool)
    lo, hi, piece_length = lo[unique], hi[unique], piece_length[unique]
    if len(lo) == 0:
        raise InputError(QT_TRANSLATE_NOOP('Engine', 'The roads have no segment longer than a point: check the road '
                                                     'layer and the snapping tolerance.'))
    graph = RoadGraph(nodes, lo, hi, piece_length, np.zeros(len(nodes), dtype=np.int64))
    pieces_count, graph.component = connected_components(graph.matrix(), directed=False)
    if pieces_count > 1:
        sizes = np.bincount(graph.component)
        graph.notes.append(Message(QT_TRANSLATE_NOOP('Engine', 'The road network has {0} disconnected pieces; the '
                                                               'largest holds {1:.0%} of its junctions. Places '
                                                               'attached to a small piece can only reach facilities '
                                                               'on it.'), pieces_count, sizes.max() / sizes.sum()))
    return graph


@dataclass
class AccessResult:
    """Per settlement, for one facility type: distances in metres (inf = unreachable)."""

    straight: np.ndarray
    network: np.ndarray
    network_hazard: np.ndarray

    @property
    def access_lost(self):
        """1 where a facility is reachable normally but not during the hazard."""
        return (np.isfinite(self.network) & ~np.isfinite(self.network_hazard)).astype(np.int64)


def service_access(graph, places, place_distance, facilities, facilities_out=None, edges_out=None,
                   max_distance=np.inf):
    """Access from places (settlements) to facilities of one type.

    Parameters
    ----------
    graph : RoadGraph
    places : ndarray (m, 2)
        A point per settlement (inside it) where its trips start.
    place_distance : ndarray (m,)
        Straight-line distance from each settlement to its nearest facility (computed
        by the caller from the settlement's shape).
    facilities : ndarray (k, 2)
    facilities_out : ndarray of bool (k,), optional
        Facilities out of service during the hazard.
    edges_out : ndarray of bool (edges,), optional
        Road edges cut during the hazard.
    max_distance : float
        Trips longer than this (connectors included) count as unreachable.
    """
    place_node, place_link = graph.nearest_node(places)
    facility_node, facility_link = graph.nearest_node(facilities)
    # Each facility's connector is added by starting its node at that distance:
    # multi-source Dijkstra from a virtual source joined to every facility node.
    normal = _from_facilities(graph, facility_node, facility_link, None, place_node, max_distance)
    if facilities_out is None and edges_out is None:
        hazard = normal.copy()
    else:
        open_ = np.ones(len(facilities), dtype=bool) if facilities_out is None else ~np.asarray(facilities_out)
        keep = None if edges_out is None else ~np.asarray(edges_out)
        hazard = _from_facilities(graph, facility_node[open_], facility_link[open_], keep, place_node, max_distance)
    normal = normal + place_link
    hazard = hazard + place_link
    normal[normal > max_distance] = np.inf
    hazard[hazard > max_distance] = np.inf
    return AccessResult(np.asarray(place_distance, dtype=np.float64), normal, hazard)


def _from_facilities(graph, nodes, links, keep, targets, limit):
    """Shortest distance to each target from any facility, connectors included."""
    if len(nodes) == 0:
        return np.full(len(targets), np.inf)
    n = len(graph.nodes)
    start, end, length = graph.start, graph.end, graph.length
    if keep is not None:
        start, end, length = start[keep], end[keep], length[keep]
    # Facilities sharing a node: the shortest connector counts.
    order = np.lexsort((links, nodes))
    nodes, links = nodes[order], links[order]
    first = np.r_[True, nodes[1:] != nodes[:-1]]
    nodes, links = nodes[first], links[first]
    # A virtual node n, joined to every facility node by its connector length.
    rows = np.r_[start, end, np.full(len(nodes), n)]
    cols = np.r_[end, start, nodes]
    weights = np.r_[length, length, links + 1e-9]    # csgraph treats explicit zeros as missing
    matrix = coo_matrix((weights, (rows, cols)), shape=(n + 1, n + 1)).tocsr()
    distance = dijkstra(matrix, directed=True, indices=n, limit=limit)
    return distance[np.asarray(targets, dtype=np.int64)]


def edges_exposed(graph, sample, spacing=None):
    """Which edges touch an exposed place: ``sample`` maps (k, 2) points to booleans.

    Each edge is checked at both ends and every ``spacing`` metres between them (by
    default at its middle only); pass half the hazard's cell size so that no exposed
    cell an edge crosses is missed.
    """
    a = graph.nodes[graph.start]
    b = graph.nodes[graph.end]
    if spacing is None or spacing <= 0:
        count = np.full(len(a), 3)
    else:
        count = np.maximum(2, np.ceil(graph.length / spacing).astype(np.int64) + 1)
    edge = np.repeat(np.arange(len(a)), count)
    first = np.cumsum(count) - count
    t = (np.arange(int(count.sum())) - first[edge]) / (count[edge] - 1)
    points = a[edge] + (b[edge] - a[edge]) * t[:, None]
    hit = np.asarray(sample(points), dtype=bool)
    return np.bincount(edge, hit, minlength=len(a)) > 0


def settlement_facility_distance(rings, facilities):
    """Straight-line distance from each settlement's shape to its nearest facility.

    0 when a facility lies inside the settlement; inf without facilities or geometry.

    Parameters
    ----------
    rings : Rings
        The settlements, in the same metric CRS as ``facilities``.
    facilities : ndarray (k, 2)
    """
    out = np.full(rings.zone_count, np.inf)
    facilities = np.asarray(facilities, dtype=np.float64).reshape(-1, 2)
    if len(facilities) == 0 or len(rings.lengths) == 0:
        return out
    tree = cKDTree(facilities)
    ends = np.cumsum(rings.lengths)
    starts = ends - rings.lengths
    order = np.argsort(rings.zone, kind='stable')
    zone_sorted = rings.zone[order]
    bounds = np.flatnonzero(np.r_[True, zone_sorted[1:] != zone_sorted[:-1], True])
    for g in range(len(bounds) - 1):
        ring_ids = order[bounds[g]:bounds[g + 1]]
        zone = rings.zone[ring_ids[0]]
        # Candidates near each part: if g is the facility nearest a part's centre c (at n), the
        # nearest facility to the part is within n + reach of it, hence within n + 2 reach of c.
        chosen = set()
        for r in ring_ids:
            if rings.role[r] < 0:
                continue
            ring = rings.xy[starts[r]:ends[r]]
            centre = ring.mean(axis=0)
            reach = np.hypot(*(ring - centre).T).max()
            nearest, _ = tree.query(centre)
            chosen.update(tree.query_ball_point(centre, nearest + 2 * reach + 1e-6))
        candidates = facilities[sorted(chosen)]
        best = np.inf
        inside = np.zeros(len(candidates), dtype=bool)
        for r in ring_ids:
            ring = rings.xy[starts[r]:ends[r]]
            a, b = ring[:-1], ring[1:]
            best = min(best, _point_segment_distance(candidates, a, b).min())
            crossing = _crossings(candidates, a, b)
            inside ^= crossing % 2 == 1
        out[zone] = 0.0 if inside.any() else best
    return out


def _point_segment_distance(points, a, b):
    """(points, segments) distance matrix reduced to each point's nearest segment."""
    d = b - a
    length2 = np.maximum((d * d).sum(axis=1), 1e-18)
    t = np.clip(((points[:, None, :] - a[None]) * d[None]).sum(axis=2) / length2, 0.0, 1.0)
    nearest = a[None] + t[..., None] * d[None]
    return np.hypot(*(points[:, None, :] - nearest).transpose(2, 0, 1)).min(axis=1)


def _crossings(points, a, b):
    """How many ring edges a ray from each point towards +x crosses (even-odd rule)."""
    y = points[:, 1][:, None]
    x = points[:, 0][:, None]
    ax, ay, bx, by = a[None, :, 0], a[None, :, 1], b[None, :, 0], b[None, :, 1]
    straddle = (ay > y) != (by > y)
    with np.errstate(divide='ignore', invalid='ignore'):
        x_cross = ax + (y - ay) * (bx - ax) / (by - ay)
    return (straddle & (x < x_cross)).sum(axis=1)
