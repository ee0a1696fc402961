"""Fixtures shared by every test folder: the message language and the regulations' own criteria files."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from accredit.i18n import set_language
from accredit.model.framework import Framework
from tests.scoring.builders import TT35, TT38, real


@pytest.fixture
def vietnamese() -> Iterator[None]:
    """Messages in Vietnamese during the test, whatever ACCREDIT_LANG says; the default comes back after.

    A module opts in with ``pytestmark = pytest.mark.usefixtures("vietnamese")``.
    """
    set_language("vi")
    yield
    set_language(None)


@pytest.fixture(scope="module")
def tt35() -> Framework:
    """TT 35/2021, trường cao đẳng, from the bundled criteria file."""
    return real(TT35)


@pytest.fixture(scope="module")
def tt38() -> Framework:
    """TT 38/2026, cơ sở GDNN, from the bundled criteria file."""
    return real(TT38)
