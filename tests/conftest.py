"""Fixtures shared by every test folder: the message language, the regulations' own criteria files, and
the session's signing setup (trust folder, user folder, test keys)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from accredit.i18n import set_language
from accredit.model.framework import Framework
from accredit.signing import keys as signing_keys
from accredit.signing.keys import inspector_key_path, public_key_text, save_key_pair
from tests.review.conftest import (
    INSPECTOR_SIGNER,
    PASSPHRASE,
    SCHOOL_CODES,
    SCHOOL_SIGNER,
    SigningSetup,
    register,
)
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


@pytest.fixture(scope="session")
def signing(tmp_path_factory: pytest.TempPathFactory) -> SigningSetup:
    """A trust folder with KTM's key and the inspector's key; a user folder holding the inspector's key."""
    root = tmp_path_factory.mktemp("signing")
    trust, home = root / "tin-cay", root / "home"
    for code in SCHOOL_CODES:
        register(trust, code, SCHOOL_SIGNER)
    (trust / "tham-dinh-vien").mkdir(parents=True)
    (trust / "tham-dinh-vien" / "nguyen-van-an.pem").write_text(
        public_key_text(INSPECTOR_SIGNER.public, ["Nguyễn Văn An"]), encoding="utf-8")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(signing_keys, "KDF_ROUNDS", 2048)  # fast test keys; real ones use the default
        key = home / "keys" / inspector_key_path().name
        save_key_pair(INSPECTOR_SIGNER, key, PASSPHRASE.encode("utf-8"),
                      public_key_text(INSPECTOR_SIGNER.public, ["Nguyễn Văn An"]))
    return SigningSetup(trust=trust, home=home)


@pytest.fixture(scope="session", autouse=True)
def _signing_env(signing: SigningSetup) -> Iterator[None]:
    """The trust folder, user folder and inspector passphrase for every test (module fixtures too): no test
    reads or writes the real user folder, and every test sees the same registered keys."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("ACCREDIT_TRUST", str(signing.trust))
        mp.setenv("ACCREDIT_HOME", str(signing.home))
        mp.setenv("ACCREDIT_INSPECTOR_PASSPHRASE", PASSPHRASE)
        mp.delenv("ACCREDIT_PASSPHRASE", raising=False)
        mp.setattr(signing_keys, "KDF_ROUNDS", 2048)
        yield
