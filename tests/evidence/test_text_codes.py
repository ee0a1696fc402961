"""Vietnamese normalisation and evidence codes in names."""

from __future__ import annotations

import unicodedata

import pytest

from accredit.evidence.codes import CodeMatcher, CodePatternError, code_key, resolve
from accredit.evidence.text import fold, folded_key, nfc, tokens


def test_fold_keeps_length_and_removes_diacritics() -> None:
    s = "Quyết định ĐÀO TẠO đội ngũ"
    assert fold(s) == "Quyet dinh DAO TAO doi ngu"
    assert len(fold(s)) == len(nfc(s))


def test_fold_handles_nfd_input() -> None:
    nfd = unicodedata.normalize("NFD", "Kế hoạch bồi dưỡng")
    assert fold(nfd) == "Ke hoach boi duong"
    assert folded_key(nfd) == folded_key("KE HOACH  boi duong")


def test_tokens_have_accented_folded_and_bigrams() -> None:
    toks = tokens("Kế hoạch của trường")
    assert {"ke", "kế", "hoach", "hoạch", "ke_hoach", "hoach_cua", "cua_truong"} <= set(toks)
    assert "cua" not in toks  # stopword unigram dropped, kept inside bigrams


def test_stopwords_are_read_as_written_where_the_accents_are_known() -> None:
    toks = tokens("thì thi lại đề tài tự chủ")
    assert {"thi", "đề", "de", "tài", "tai", "tự", "tu"} <= set(toks)  # exam, topic, self: content words
    assert "thì" not in toks
    exact = tokens("thì thi", mode="exact")
    assert exact.count("thi") == 1 and "thì" not in exact
    # without accents "thi" may be "thì": dropped, as before
    assert "thi" not in tokens("thi lai", mode="folded")


@pytest.mark.parametrize(
    ("path", "requirement", "text", "source"),
    [
        ("TC1/[H1.01.01.01] Quyết định thành lập.pdf", "1.1", "H1.01.01.01", "file"),
        ("x/1.1.01 Ke hoach.pdf", "1.1", "1.1.01", "file"),
        ("x/1.1.01_Ke_hoach.pdf", "1.1", "1.1.01", "file"),
        ("TC2.TC3-MC05 Bao cao.docx", "2.3", "TC2.TC3-MC05", "file"),
        ("MC.2.3.04_bang cu nhan.pdf", "2.3", "MC.2.3.04", "file"),
        ("mc2.3.04 bang.pdf", "2.3", "mc2.3.04", "file"),
        ("Tiêu chí 2/Tiêu chuẩn 2.3/Bằng cử nhân.pdf", "2.3", "Tiêu chuẩn 2.3", "folder"),
        ("Tieu chi 2/Tieu chuan 2.3/Bang cu nhan.pdf", "2.3", "Tieu chuan 2.3", "folder"),
        ("TC4.TC2 Quản trị/biên bản 15.03.2024.pdf", "4.2", "TC4.TC2", "folder"),
        (unicodedata.normalize("NFD", "Tiêu chuẩn 4.2/Biên bản.pdf"), "4.2", "Tiêu chuẩn 4.2", "folder"),
    ],
)
def test_default_patterns(path: str, requirement: str, text: str, source: str) -> None:
    codes = CodeMatcher.from_patterns().in_path(path)
    assert [(c.requirement, c.text, c.source) for c in codes] == [(requirement, text, source)]


def test_file_code_wins_over_folder_and_several_codes_kept() -> None:
    m = CodeMatcher.from_patterns()
    codes = m.in_path("TC2.TC3/[H1.04.02.01][H1.04.03.02] Quyết định.pdf")
    assert [c.requirement for c in codes] == ["4.2", "4.3"]
    assert all(c.source == "file" for c in codes)


@pytest.mark.parametrize("name", ["bao cao 2024.pdf", "ngay 15.03.2024.pdf", "phien ban v2.0.pdf", "2024.03.15 KH.pdf"])
def test_no_false_codes(name: str) -> None:
    assert CodeMatcher.from_patterns().in_path(name) == []


def test_configured_patterns_replace_defaults() -> None:
    m = CodeMatcher.from_patterns([r"MINHCHUNG-(?P<code>\d+\.\d+)"])
    assert [c.requirement for c in m.in_path("a/MINHCHUNG-2.3 bang.pdf")] == ["2.3"]
    assert m.in_path("[H1.01.01.01] x.pdf") == []


@pytest.mark.parametrize("pattern", [r"(unclosed", r"H\d+"])
def test_bad_patterns_are_named(pattern: str) -> None:
    with pytest.raises(CodePatternError, match=r"code_patterns\[0\]"):
        CodeMatcher.from_patterns([pattern])


def test_resolve_compares_numbers() -> None:
    assert code_key("02.03") == code_key("2.3")
    assert resolve("02.03", ["2.1", "2.3"]) == "2.3"
    assert resolve("9.9", ["2.1"]) is None


def test_token_modes() -> None:
    from accredit.evidence.text import has_diacritics

    assert tokens("lịch nghỉ hè", mode="exact") == ["lịch", "nghỉ", "hè", "lịch_nghỉ", "nghỉ_hè"]
    assert tokens("lich nghi he", mode="folded") == ["lich", "nghi", "he", "lich_nghi", "nghi_he"]
    both = tokens("hệ thống", mode="both")
    assert {"he", "hệ", "thong", "thống", "he_thong", "hệ_thống"} == set(both)
    assert "hè" not in both  # the exact spelling of 'hè' cannot hit 'hệ'
    assert has_diacritics("Kế hoạch") and not has_diacritics("Ke hoach")
