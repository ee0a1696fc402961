"""``criteria diff``: what changed between two criteria sets, through a crosswalk when there is one."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from accredit.catalog.registry import Catalog
from accredit.model.base import Value
from accredit.model.framework import Framework, Requirement

_COMPARED = ("text", "points", "kind", "window", "formula", "article", "label")


class RequirementChange(Value):
    """One added, removed or changed requirement."""

    change: Literal["added", "removed", "changed"]
    old: list[str] = Field(default_factory=list)
    new: list[str] = Field(default_factory=list)
    fields: list[str] = Field(default_factory=list, description="Fields that differ, for 'changed'.")
    relation: str | None = Field(default=None, description="Crosswalk relation when the pair came from one.")
    old_text: str | None = None
    new_text: str | None = None


class RuleChange(Value):
    """A pass-rule clause present in one version and not (identically) in the other."""

    change: Literal["added", "removed"]
    rule: dict[str, object]


class DiffReport(Value):
    """Requirement and rule changes from ``old`` to ``new``."""

    old: str
    new: str
    crosswalk: bool
    requirements: list[RequirementChange]
    rules: list[RuleChange]
    criteria_renamed: list[dict[str, str]] = Field(default_factory=list)

    @property
    def empty(self) -> bool:
        """True when nothing differs."""
        return not (self.requirements or self.rules or self.criteria_renamed)


def _differing(a: Requirement, b: Requirement) -> list[str]:
    da, db = a.model_dump(mode="json"), b.model_dump(mode="json")
    return [f for f in _COMPARED if da.get(f) != db.get(f)]


Pair = tuple[list[str], list[str], str | None]


def _pairs(old: Framework, new: Framework, catalog: Catalog | None) -> tuple[list[Pair], bool]:
    cw = catalog.crosswalk(old.id, new.id) if catalog else None
    if cw is None:
        new_codes = {r.code for r in new.requirements}
        return [([r.code], [r.code], None) for r in old.requirements if r.code in new_codes], False
    return [(list(e.old), list(e.new), e.relation) for e in cw.entries], True


def diff_frameworks(old: Framework, new: Framework, catalog: Catalog | None = None) -> DiffReport:
    """Compare two frameworks.

    Requirements are paired through the crosswalk ``old → new`` when the catalog has one,
    otherwise by identical code. Unpaired old codes are removed, unpaired new codes added.
    """
    pairs, used_crosswalk = _pairs(old, new, catalog)
    changes: list[RequirementChange] = []
    paired_old: set[str] = set()
    paired_new: set[str] = set()
    for old_codes, new_codes, relation in pairs:
        paired_old |= set(old_codes)
        paired_new |= set(new_codes)
        if len(old_codes) == 1 and len(new_codes) == 1:
            a, b = old.requirement(old_codes[0]), new.requirement(new_codes[0])
            fields = _differing(a, b)
            if fields or old_codes != new_codes:
                changes.append(RequirementChange(
                    change="changed", old=old_codes, new=new_codes, fields=fields or ["code"],
                    relation=relation, old_text=a.text, new_text=b.text,
                ))
        else:
            changes.append(RequirementChange(change="changed", old=old_codes, new=new_codes,
                                             fields=["structure"], relation=relation))
    for r in old.requirements:
        if r.code not in paired_old:
            changes.append(RequirementChange(change="removed", old=[r.code], old_text=r.text))
    for r in new.requirements:
        if r.code not in paired_new:
            changes.append(RequirementChange(change="added", new=[r.code], new_text=r.text))
    old_rules = [rule.model_dump(mode="json", exclude={"article", "note"}) for rule in old.decision.rules]
    new_rules = [rule.model_dump(mode="json", exclude={"article", "note"}) for rule in new.decision.rules]
    rules = [RuleChange(change="removed", rule=r) for r in old_rules if r not in new_rules]
    rules += [RuleChange(change="added", rule=r) for r in new_rules if r not in old_rules]
    renamed = [
        {"code": c.code, "old": c.title, "new": new.criterion(c.code).title}
        for c in old.criteria
        if c.code in {n.code for n in new.criteria} and new.criterion(c.code).title != c.title
    ]
    return DiffReport(old=old.id, new=new.id, crosswalk=used_crosswalk, requirements=changes,
                      rules=rules, criteria_renamed=renamed)
