"""Roadmap: ``plan()`` turns the current scorecard(s) into a year-by-year plan toward a target framework.

>>> from accredit.roadmap import plan
>>> roadmap = plan(framework, scorecard, start=2026, horizon=5)  # doctest: +SKIP
"""

from accredit.roadmap.plan import plan
from accredit.roadmap.project import PlanInputError

__all__ = ["PlanInputError", "plan"]
