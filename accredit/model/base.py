"""Shared pydantic bases: every model forbids unknown keys; value types are frozen."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Model(BaseModel):
    """A mutable record that rejects unknown keys."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, defer_build=True)


class Value(BaseModel):
    """An immutable value object that rejects unknown keys."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True, defer_build=True)
