"""The one YAML reader: safe types only, and a bound on what aliases may expand to.

An alias repeats a node without copying its text, so a few hundred bytes of nested aliases (the
"billion laughs") expand into gigabytes once loaded and walked. Criteria files use a few anchors
to share a long description, which is fine; before anything is built, the node graph is composed
and the size it expands to is counted (shared nodes counted once per use). A document above
:data:`MAX_NODES` is refused.
"""

from __future__ import annotations

from typing import Any

import yaml

from accredit.i18n import t

# libyaml's C loader when PyYAML was built with it (several times faster), else the pure-Python one.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_NODES = 200_000
"""Nodes a document may expand to, aliases expanded (the largest criteria file has a few thousand)."""


class YamlExpansionError(yaml.YAMLError):
    """The document's aliases expand beyond :data:`MAX_NODES` (refused before it is built)."""


def expanded_size(root: yaml.Node, limit: int = MAX_NODES) -> int:
    """Nodes the graph under ``root`` expands to (a node reached twice counts twice); stops past ``limit``.

    A node that contains itself (a recursive alias) expands without end: ``limit + 1``.
    """
    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        if id(node) in sizes:
            continue
        if not children_done:
            if id(node) in open_nodes:
                return limit + 1
            open_nodes.add(id(node))
        if isinstance(node, yaml.ScalarNode):
            sizes[id(node)] = 1
            open_nodes.discard(id(node))
            continue
        children = [c for pair in node.value for c in pair] if isinstance(node, yaml.MappingNode) else node.value
        if children_done:
            sizes[id(node)] = min(limit + 1, 1 + sum(sizes.get(id(c), 1) for c in children))
            open_nodes.discard(id(node))
            continue
        stack.append((node, True))
        stack.extend((c, False) for c in children if id(c) not in sizes)
    return sizes[id(root)]


def load_yaml(text: str, limit: int = MAX_NODES) -> Any:
    """One YAML document through the safe loader; past ``limit`` expanded nodes, :class:`YamlExpansionError`."""
    if "&" not in text:  # no anchor, so no alias: the size is bounded by the text itself
        return yaml.load(text, Loader=_Loader)
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        size = expanded_size(node, limit)
        if size > limit:
            raise YamlExpansionError(t("safety.yaml.expansion", limit=f"{limit:,}"))
        return loader.construct_document(node)
    finally:
        loader.dispose()
