"""JSON Schema export of the criteria and crosswalk file formats, for editors."""

from __future__ import annotations

from typing import Any

from accredit.model.crosswalk import Crosswalk
from accredit.model.framework import Framework


def criteria_json_schema(kind: str = "framework") -> dict[str, Any]:
    """The JSON Schema of a criteria file (``framework``) or a crosswalk file (``crosswalk``)."""
    model: type[Framework] | type[Crosswalk] = Framework if kind == "framework" else Crosswalk
    if kind not in ("framework", "crosswalk"):
        raise KeyError(kind)
    schema = model.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema.setdefault("title", model.__name__)
    return schema
