"""accredit: quality self-assessment of Vietnamese vocational schools."""

from accredit import _lean_imports

_lean_imports.install()
