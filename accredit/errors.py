"""Exceptions the library raises for bad input; each message says where and what to do."""

from __future__ import annotations


class AccreditError(Exception):
    """Base class for errors a user can fix (bad files, unknown ids, wrong versions)."""


class CriteriaFileError(AccreditError):
    """A criteria or crosswalk file could not be read or does not match the schema."""

    def __init__(self, path: str, problems: list[str]) -> None:
        self.path = path
        self.problems = problems
        super().__init__(f"{path}:\n  " + "\n  ".join(problems))


class UnknownFrameworkError(AccreditError, KeyError):
    """No criteria set has the requested id."""

    def __init__(self, framework_id: str) -> None:
        self.framework_id = framework_id
        super().__init__(framework_id)

    def __str__(self) -> str:
        from accredit.i18n import t

        return t("criteria.not_found", id=self.framework_id)
