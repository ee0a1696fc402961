"""Scoring: the pure ``score()`` function, its rules and the minimal fix set.

>>> from accredit.scoring import score
>>> card = score(framework, assessment, links, indicators, {"tt14-2024/truong": True})  # doctest: +SKIP
"""

from accredit.scoring.engine import AssessmentMismatchError, gate_results, score
from accredit.scoring.minimal_fix import minimal_fix

__all__ = ["AssessmentMismatchError", "gate_results", "minimal_fix", "score"]
