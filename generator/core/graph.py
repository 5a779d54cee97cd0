"""Graphs: nodes and their edges -> the strongly connected components, in dependency order.

Used where a cycle must be told apart from an order: the Python target groups types that
use each other in a cycle into one module, and the architecture test finds import cycles.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

__all__ = ["strongly_connected"]


def strongly_connected(nodes: Sequence[str], graph: Mapping[str, Sequence[str]]) -> list[tuple[str, ...]]:
    """Tarjan's strongly connected components, iteratively; a component comes after every
    component it reaches (dependencies first)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[tuple[str, ...]] = []
    for root in nodes:
        if root in index:
            continue
        work = [(root, 0)]
        while work:
            node, child = work.pop()
            if child == 0:
                index[node] = low[node] = len(index)
                stack.append(node)
                on_stack.add(node)
            edges = graph.get(node, ())
            if child < len(edges):
                work.append((node, child + 1))
                target = edges[child]
                if target not in index:
                    work.append((target, 0))
                elif target in on_stack:
                    low[node] = min(low[node], index[target])
                continue
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                found.append(tuple(component))
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return found
