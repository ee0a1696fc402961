"""BM25 suggestions: the right requirement comes first on realistic documents, with or without diacritics."""

from __future__ import annotations

import pytest

from accredit.catalog.registry import criteria_root
from accredit.evidence.match import RequirementMatcher, query_tokens
from accredit.evidence.text import fold
from accredit.model.framework import Framework

KH_BOI_DUONG = """TRƯỜNG CAO ĐẲNG NGHỀ LẠNG SƠN
Số: 45/KH-CĐN
KẾ HOẠCH
Bồi dưỡng nhà giáo cập nhật công nghệ mới năm 2024
I. MỤC ĐÍCH, YÊU CẦU
Tổ chức bồi dưỡng cho ít nhất 50% đội ngũ nhà giáo để cập nhật công nghệ mới thuộc lĩnh vực ngành,
nghề giảng dạy; thời gian bồi dưỡng tối thiểu 80 giờ mỗi nhà giáo. Danh sách nhà giáo kèm theo.
"""

MOU = """BẢN GHI NHỚ HỢP TÁC
giữa Trường Cao đẳng nghề Lạng Sơn và Trường Kỹ thuật Quảng Tây (Trung Quốc)
Hai bên thống nhất hợp tác trao đổi giảng viên, sinh viên, nâng cao chất lượng đào tạo.
"""

QD_HOI_DONG = """QUYẾT ĐỊNH
Về việc thành lập Hội đồng tự đánh giá chất lượng cơ sở giáo dục nghề nghiệp năm 2024
Điều 1. Thành lập Hội đồng tự đánh giá chất lượng gồm các ông (bà) có tên sau.
Điều 2. Hội đồng có nhiệm vụ triển khai hệ thống bảo đảm chất lượng, viết báo cáo tự đánh giá.
"""


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        ("Kế hoạch bồi dưỡng nhà giáo cập nhật công nghệ mới năm 2024", KH_BOI_DUONG, "2.5"),
        ("Bản ghi nhớ hợp tác quốc tế", MOU, "3.2"),
        ("Quyết định thành lập Hội đồng tự đánh giá chất lượng", QD_HOI_DONG, "4.2"),
        ("", "Danh sách chứng chỉ ngoại ngữ bậc 3 của nhà giáo: 32/60 nhà giáo đạt", "2.2"),
    ],
)
def test_right_requirement_first(framework: Framework, title: str, body: str, expected: str) -> None:
    matcher = RequirementMatcher(framework)
    top = matcher.suggest(query_tokens(title, "", body), k=3, min_score=0.0, min_ratio=0.0)
    assert top[0].requirement == expected
    assert top[0].score > top[1].score


def test_text_without_diacritics_ranks_the_same(framework: Framework) -> None:
    matcher = RequirementMatcher(framework)
    accented = matcher.suggest(query_tokens("", "", KH_BOI_DUONG), k=1)
    folded = matcher.suggest(query_tokens("", "", fold(KH_BOI_DUONG)), k=1)
    assert accented[0].requirement == folded[0].requirement == "2.5"


def test_file_name_alone_is_enough(framework: Framework) -> None:
    matcher = RequirementMatcher(framework)
    top = matcher.suggest(query_tokens("", "Tieu chi 2/Bang tot nghiep dai hoc cua nha giao", ""), k=1)
    assert top[0].requirement == "2.3"


def test_unrelated_text_gets_no_suggestion(framework: Framework) -> None:
    matcher = RequirementMatcher(framework)
    assert matcher.suggest(query_tokens("", "IMG_2031", "lorem ipsum dolor sit amet"), k=3) == []


def test_real_tt35_ranks_the_right_standard_first() -> None:
    path = criteria_root() / "tt35-2021" / "truong-cao-dang.yaml"
    if not path.is_file():
        pytest.skip("criteria/tt35-2021/truong-cao-dang.yaml not present")
    from accredit.catalog.files import load_framework

    fw = load_framework(path)
    matcher = RequirementMatcher(fw)
    cases = [
        (KH_BOI_DUONG, "2.5"),
        (MOU, "3.2"),
        ("Báo cáo tỷ lệ học sinh, sinh viên tốt nghiệp có việc làm phù hợp với ngành, nghề trong 12 tháng", "3.6"),
        ("Danh sách nhà giáo có chứng chỉ kỹ năng nghề để giảng dạy thực hành trình độ cao đẳng", "2.4"),
    ]
    for body, expected in cases:
        assert matcher.suggest(query_tokens("", "", body), k=1)[0].requirement == expected, body
