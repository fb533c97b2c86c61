"""Access scaling: settlements reaching facilities over synthetic road lattices.

    python benchmarks/access.py SETTLEMENTS EDGES

Roads are a square lattice with 100 m blocks (horizontal and vertical streets as long
polylines sharing a vertex at every junction); a flood band closes the streets crossing a
strip, so the hazard run takes detours. Prints one JSON line: timings of each step and the graph's size.
"""
import json
import math
import os
import sys
import time

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from resilience_planner.core.access import build_graph, edges_exposed, service_access, settlement_facility_distance
from resilience_planner.core.coverage import Rings


def main():
    settlements, edges = int(sys.argv[1]), int(sys.argv[2])
    rng = np.random.default_rng(5)
    side = int(math.ceil(math.sqrt(edges / 2.0))) + 1          # 2 k (k - 1) lattice edges
    span = (side - 1) * 100.0
    # Streets share a vertex at every junction, as mapped roads do.
    ticks = np.arange(side) * 100.0
    lines = [np.column_stack([ticks, np.full(side, i * 100.0)]) for i in range(side)]
    lines += [np.column_stack([np.full(side, i * 100.0), ticks]) for i in range(side)]
    centres = rng.uniform(0, span, (settlements, 2))
    size = rng.uniform(10, 120, settlements)
    shapes = [{'type': 'Polygon', 'coordinates': [[(x, y), (x + s, y), (x + s, y + s), (x, y + s), (x, y)]]}
              for (x, y), s in zip(centres, size)]
    facilities = rng.uniform(0, span, (max(10, settlements // 100), 2))
    timings = {}
    start = time.perf_counter()
    graph = build_graph(lines, tolerance=1.0, step=100.0)
    timings['graph_s'] = time.perf_counter() - start
    start = time.perf_counter()
    rings = Rings(shapes)
    straight = settlement_facility_distance(rings, facilities)
    timings['straight_s'] = time.perf_counter() - start
    start = time.perf_counter()
    band = (span * 0.45, span * 0.55)
    cut = edges_exposed(graph, lambda p: (p[:, 0] > band[0]) & (p[:, 0] < band[1]) & (p[:, 1] % 1000 > 100))
    timings['hazard_s'] = time.perf_counter() - start
    start = time.perf_counter()
    result = service_access(graph, centres, straight, facilities, edges_out=cut)
    timings['network_s'] = time.perf_counter() - start
    print(json.dumps(dict(timings, settlements=settlements, lattice_edges=2 * side * (side - 1),
                          graph_edges=len(graph.length), pieces=graph.pieces, facilities=len(facilities),
                          lost=int(result.access_lost.sum()),
                          total_s=sum(timings.values()))))


if __name__ == '__main__':
    main()
