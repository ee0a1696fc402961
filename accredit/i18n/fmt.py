"""Built-in formats of :mod:`accredit.i18n.message`: a percentage, a number with its unit."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "fmt.percent": {"vi": "{value}%", "en": "{value}%"},
    "fmt.quantity": {"vi": "{value} {unit}", "en": "{value} {unit}"},
}
