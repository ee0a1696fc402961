"""The fixed data of the demo school's evidence files (minh chứng).

Trường Cao đẳng Kỹ thuật Công nghệ Mẫu is FICTIONAL: every name, number and figure here is
made up for the demo. ``build_demo.py`` turns these records into real DOCX, PDF, XLSX and
image-only PDF files.
"""

from __future__ import annotations

from dataclasses import dataclass, field

SCHOOL = "TRƯỜNG CAO ĐẲNG KỸ THUẬT CÔNG NGHỆ MẪU"
SCHOOL_SHORT = "CĐKTCN"
PARENT = "UBND TỈNH AN THỊNH"
PLACE = "An Thịnh"
FICTION = "(Tài liệu mẫu hư cấu — dùng cho bản trình diễn accredit)"

T35 = "TT35 - Trường CĐ chất lượng cao"
T38 = "TT38 - Chuẩn cơ sở GDNN"


@dataclass(frozen=True)
class Doc:
    """One evidence file: where it goes, its administrative header and its body."""

    folder: str
    name: str
    fmt: str  # pdf | docx | xlsx | scan (image only) | ocr_scan (image + text layer) | html | txt
    kind: str  # Quyết định, Kế hoạch, Báo cáo…
    number: str | None
    date: tuple[int, int, int]
    title: str
    body: list[str]
    table: list[list[str]] = field(default_factory=list)


def _n(seq: int, kind: str) -> str:
    return f"{seq}/{kind}-{SCHOOL_SHORT}"


DOCS: list[Doc] = [
    # ---------------- TT 35, Tiêu chí 1 – Quy mô đào tạo ----------------------------------------
    Doc(f"{T35}/Tiêu chí 1 - Quy mô đào tạo", "MC.1.1.01 Báo cáo quy mô đào tạo năm 2024", "pdf", "Báo cáo",
        _n(312, "BC"), (2024, 12, 20), "Báo cáo quy mô đào tạo quy đổi năm 2024",
        ["Năm 2024, tổng quy mô đào tạo quy đổi của trường đạt 2.315 học sinh, sinh viên, trong đó 1.204 sinh viên "
         "hệ cao đẳng và 1.111 học sinh hệ trung cấp.",
         "Quy mô được quy đổi theo thời gian thực học 10 tháng của từng khóa học."],
        [["Hệ đào tạo", "Số người học quy đổi"], ["Cao đẳng", "1.204"], ["Trung cấp", "1.111"], ["Tổng", "2.315"]]),
    Doc(f"{T35}/Tiêu chí 1 - Quy mô đào tạo", "MC.1.1.02 Báo cáo quy mô đào tạo năm 2025", "pdf", "Báo cáo",
        _n(298, "BC"), (2025, 12, 19), "Báo cáo quy mô đào tạo quy đổi năm 2025",
        ["Năm 2025, tổng quy mô đào tạo quy đổi đạt 2.402 học sinh, sinh viên, trong đó 1.251 sinh viên hệ cao đẳng.",
         "Số liệu được tổng hợp từ hệ thống quản lý đào tạo của trường."]),
    Doc(f"{T35}/Tiêu chí 1 - Quy mô đào tạo", "MC.1.1.03 Thống kê người học năm 2026", "xlsx", "Báo cáo",
        None, (2026, 10, 31), "Thống kê người học theo khóa và hệ đào tạo năm 2026",
        ["Bảng thống kê người học theo khóa học, số tháng thực học và quy mô quy đổi."],
        [["Khóa", "Hệ", "Số người học", "Số tháng học trong năm", "Quy đổi"],
         ["CĐ K17", "Cao đẳng", "450", "10", "450"], ["CĐ K18", "Cao đẳng", "420", "10", "420"],
         ["CĐ K19", "Cao đẳng", "480", "4", "192"], ["TC K20", "Trung cấp", "600", "10", "600"],
         ["TC K21", "Trung cấp", "620", "10", "620"], ["Tổng", "", "", "", "2.282"]]),
    Doc(f"{T35}/Tiêu chí 1 - Quy mô đào tạo", "MC.1.2.01 Báo cáo tỷ lệ bỏ học các khóa tốt nghiệp", "docx",
        "Báo cáo", _n(145, "BC"), (2026, 6, 30), "Báo cáo tỷ lệ bỏ học của học sinh, sinh viên khi kết thúc khóa học",
        ["Các khóa kết thúc năm 2024, 2025 và 2026 có tỷ lệ bỏ học lần lượt là 14,2%, 15,8% và 16,1% so với tổng số "
         "tuyển sinh đầu khóa.", "Nhà trường tiếp tục thực hiện các biện pháp tư vấn, hỗ trợ người học có nguy cơ bỏ học."],
        [["Khóa", "Tuyển sinh", "Bỏ học", "Tỷ lệ"], ["K15 (2024)", "820", "116", "14,15%"],
         ["K16 (2025)", "845", "134", "15,86%"], ["K17 (2026)", "860", "138", "16,05%"]]),
    Doc(f"{T35}/Tiêu chí 1 - Quy mô đào tạo", "Quyết định công nhận chương trình đào tạo chất lượng cao nghề Điện "
        "công nghiệp", "pdf", "Quyết định", _n(88, "QĐ"), (2025, 3, 12),
        "Về việc ban hành chương trình đào tạo chất lượng cao trình độ cao đẳng nghề Điện công nghiệp",
        ["Ban hành kèm theo Quyết định này chương trình đào tạo chất lượng cao trình độ cao đẳng nghề Điện công "
         "nghiệp, được xây dựng theo chuẩn đầu ra tham chiếu khu vực ASEAN.",
         "Chương trình áp dụng từ khóa tuyển sinh năm 2025."]),
    # ---------------- TT 35, Tiêu chí 2 – Trình độ nhà giáo -------------------------------------
    Doc(f"{T35}/Tiêu chí 2 - Trình độ nhà giáo", "MC.2.1.01 Danh sách nhà giáo và chứng chỉ tin học", "xlsx",
        "Báo cáo", None, (2026, 9, 15), "Danh sách nhà giáo có chứng chỉ ứng dụng công nghệ thông tin cơ bản",
        ["Toàn bộ 142 nhà giáo dạy chuyên môn có chứng chỉ ứng dụng công nghệ thông tin cơ bản trở lên."],
        [["STT", "Họ và tên", "Khoa", "Chứng chỉ tin học", "Trình độ ngoại ngữ"],
         ["1", "Nguyễn Văn An", "Điện", "CNTT cơ bản", "Bậc 3"], ["2", "Trần Thị Bình", "Cơ khí", "CNTT nâng cao", "Bậc 2"],
         ["3", "Lê Minh Châu", "CNTT", "CNTT nâng cao", "Bậc 4"], ["4", "Phạm Quốc Dũng", "Ô tô", "CNTT cơ bản", "Bậc 2"]]),
    Doc(f"{T35}/Tiêu chí 2 - Trình độ nhà giáo", "MC.2.2.01 Báo cáo trình độ ngoại ngữ của nhà giáo", "docx",
        "Báo cáo", _n(201, "BC"), (2026, 9, 20), "Báo cáo thống kê trình độ ngoại ngữ của đội ngũ nhà giáo",
        ["Tính đến tháng 9 năm 2026, 54 trên 142 nhà giáo (38,03%) có trình độ ngoại ngữ bậc 3 trở lên theo Khung "
         "năng lực ngoại ngữ 6 bậc dùng cho Việt Nam.",
         "Nhà trường đã có kế hoạch bồi dưỡng ngoại ngữ cho nhà giáo giai đoạn 2026-2028."]),
    Doc(f"{T35}/Tiêu chí 2 - Trình độ nhà giáo", "MC.2.3.01 Thống kê văn bằng của nhà giáo", "xlsx", "Báo cáo",
        None, (2026, 9, 15), "Thống kê trình độ chuyên môn của nhà giáo",
        ["100% nhà giáo có bằng cử nhân hoặc tương đương trở lên phù hợp ngành, nghề giảng dạy."],
        [["Trình độ", "Số nhà giáo"], ["Tiến sĩ", "6"], ["Thạc sĩ", "71"], ["Đại học", "65"], ["Tổng", "142"]]),
    Doc(f"{T35}/Tiêu chí 2 - Trình độ nhà giáo", "MC.2.4.01 Danh sách nhà giáo có chứng chỉ kỹ năng nghề", "pdf",
        "Báo cáo", _n(202, "BC"), (2026, 9, 22), "Danh sách nhà giáo có chứng chỉ kỹ năng nghề",
        ["88 trên 142 nhà giáo (61,97%) có chứng chỉ kỹ năng nghề để giảng dạy thực hành trình độ cao đẳng hoặc "
         "tương đương.", "Khoa Ô tô và khoa Cơ khí còn thiếu nhà giáo có chứng chỉ bậc 3 trở lên."]),
    Doc(f"{T35}/Tiêu chí 2 - Trình độ nhà giáo", "MC.2.5.01 Kế hoạch bồi dưỡng nhà giáo năm 2024", "docx",
        "Kế hoạch", _n(35, "KH"), (2024, 2, 1), "Kế hoạch bồi dưỡng cập nhật công nghệ mới cho nhà giáo năm 2024",
        ["Năm 2024 cử 78 nhà giáo tham gia bồi dưỡng cập nhật công nghệ mới tại doanh nghiệp, thời gian tối thiểu "
         "80 giờ mỗi người."]),
    Doc(f"{T35}/Tiêu chí 2 - Trình độ nhà giáo", "MC.2.5.02 Báo cáo kết quả bồi dưỡng nhà giáo 2025", "pdf",
        "Báo cáo", _n(310, "BC"), (2025, 12, 22), "Báo cáo kết quả bồi dưỡng nhà giáo năm 2025",
        ["Năm 2025 có 81 trên 140 nhà giáo (57,86%) được bồi dưỡng cập nhật công nghệ mới với thời gian tối thiểu "
         "80 giờ."]),
    Doc(f"{T35}/Tiêu chí 2 - Trình độ nhà giáo", "MC.2.5.03 Báo cáo kết quả bồi dưỡng nhà giáo 2026", "docx",
        "Báo cáo", _n(199, "BC"), (2026, 9, 25), "Báo cáo kết quả bồi dưỡng nhà giáo năm 2026",
        ["Năm 2026 có 84 trên 142 nhà giáo (59,15%) được bồi dưỡng cập nhật công nghệ mới, tối thiểu 80 giờ."]),
    # ---------------- TT 35, Tiêu chí 3 – Gắn kết doanh nghiệp ----------------------------------
    Doc(f"{T35}/Tiêu chí 3 - Gắn kết doanh nghiệp", "MC.3.1.01 Hợp đồng đào tạo cho Công ty Cơ khí Minh Phát", "docx",
        "Hợp đồng", "15/2025/HĐĐT", (2025, 4, 10), "Hợp đồng đào tạo nâng cao tay nghề cho người lao động",
        ["Trường tổ chức 2 lớp bồi dưỡng kỹ năng hàn và vận hành máy CNC cho 48 người lao động của Công ty TNHH Cơ khí "
         "Minh Phát (doanh nghiệp hư cấu).", "Doanh nghiệp và người lao động đánh giá khóa học đạt yêu cầu."]),
    Doc(f"{T35}/Tiêu chí 3 - Gắn kết doanh nghiệp", "MC.3.1.02 Báo cáo đào tạo cho doanh nghiệp 2024-2026", "pdf",
        "Báo cáo", _n(150, "BC"), (2026, 7, 5), "Báo cáo tổng hợp các khóa đào tạo, bồi dưỡng cho doanh nghiệp",
        ["Năm 2024 tổ chức 5 lớp, năm 2025 tổ chức 6 lớp, năm 2026 tổ chức 4 lớp đào tạo, bồi dưỡng cho người lao động "
         "của doanh nghiệp; 100% lớp được doanh nghiệp đánh giá đạt yêu cầu."]),
    Doc(f"{T35}/Tiêu chí 3 - Gắn kết doanh nghiệp", "Biên bản ghi nhớ hợp tác với trường nước ngoài", "pdf",
        "Biên bản", None, (2025, 8, 18), "Biên bản ghi nhớ hợp tác đào tạo với Học viện Kỹ thuật Sakura (hư cấu)",
        ["Hai bên thống nhất trao đổi nhà giáo, chuyển giao chương trình đào tạo nghề Cơ điện tử và tổ chức thực tập "
         "cho sinh viên trong giai đoạn 2025-2027."]),
    Doc(f"{T35}/Tiêu chí 3 - Gắn kết doanh nghiệp", "MC.3.3.01 Kế hoạch thực tập tại doanh nghiệp khóa 17", "docx",
        "Kế hoạch", _n(52, "KH"), (2026, 1, 15), "Kế hoạch thực tập tại doanh nghiệp cho sinh viên khóa 17",
        ["Thời gian thực hành, thực tập tại doanh nghiệp chiếm 24% tổng thời gian khóa học đối với các nghề trọng điểm."]),
    Doc(f"{T35}/Tiêu chí 3 - Gắn kết doanh nghiệp", "MC.3.4.01 Biên bản kiểm kê thiết bị đào tạo", "xlsx", "Biên bản",
        None, (2026, 6, 30), "Biên bản kiểm kê thiết bị đào tạo năm 2026",
        ["Danh mục thiết bị đào tạo và mức độ tương đương công nghệ tại doanh nghiệp."],
        [["Thiết bị", "Số lượng", "Năm đưa vào sử dụng", "Tương đương doanh nghiệp"],
         ["Máy CNC 5 trục", "2", "2024", "Có"], ["Dây chuyền PLC Siemens", "4", "2023", "Có"],
         ["Xe ô tô lai điện", "2", "2025", "Có"]]),
    Doc(f"{T35}/Tiêu chí 3 - Gắn kết doanh nghiệp", "MC.3.5.01 Hợp đồng chuyển giao công nghệ năm 2024", "ocr_scan",
        "Hợp đồng", "07/2024/HĐCG", (2024, 9, 2), "Hợp đồng chuyển giao quy trình bảo dưỡng thiết bị",
        ["Trường chuyển giao cho Công ty Cổ phần Thiết bị Hòa Phong (hư cấu) quy trình bảo dưỡng dự phòng hệ thống "
         "điều khiển PLC, do nhà giáo khoa Điện thực hiện."]),
    Doc(f"{T35}/Tiêu chí 3 - Gắn kết doanh nghiệp", "MC.3.6.01 Báo cáo khảo sát việc làm sinh viên tốt nghiệp 2025",
        "pdf", "Báo cáo", _n(20, "BC"), (2026, 2, 10),
        "Báo cáo kết quả khảo sát tình hình việc làm của học sinh, sinh viên tốt nghiệp năm 2025",
        ["Khảo sát 612 trên 705 người tốt nghiệp; 522 người có việc làm phù hợp ngành, nghề trong vòng 12 tháng "
         "(85,29% số người trả lời)."]),
    # ---------------- TT 35, Tiêu chí 4 – Quản trị nhà trường -----------------------------------
    Doc(f"{T35}/Tiêu chí 4 - Quản trị nhà trường", "[H4.04.01.01] Kế hoạch xây dựng trường xanh", "docx", "Kế hoạch",
        _n(12, "KH"), (2024, 1, 20), "Kế hoạch xây dựng môi trường giáo dục xanh, an toàn, thân thiện giai đoạn 2024-2026",
        ["Cải tạo lối đi cho người khuyết tật, trồng cây xanh, phân loại rác thải tại nguồn và lắp đặt hệ thống điện "
         "mặt trời áp mái."]),
    Doc(f"{T35}/Tiêu chí 4 - Quản trị nhà trường", "[H4.04.02.01] Quyết định ban hành sổ tay bảo đảm chất lượng",
        "pdf", "Quyết định", _n(21, "QĐ"), (2024, 1, 8),
        "Về việc ban hành Sổ tay bảo đảm chất lượng của Trường Cao đẳng Kỹ thuật Công nghệ Mẫu",
        ["Ban hành kèm theo Quyết định này Sổ tay bảo đảm chất lượng gồm chính sách chất lượng, mục tiêu chất lượng và "
         "các quy trình bảo đảm chất lượng của trường.",
         "Phòng Khảo thí và Bảo đảm chất lượng chịu trách nhiệm hướng dẫn, theo dõi việc thực hiện."]),
    Doc(f"{T35}/Tiêu chí 4 - Quản trị nhà trường", "[H4.04.02.02] Báo cáo đánh giá hệ thống bảo đảm chất lượng 2025",
        "pdf", "Báo cáo", _n(305, "BC"), (2025, 12, 28),
        "Báo cáo đánh giá hiệu quả hoạt động của hệ thống bảo đảm chất lượng năm 2025",
        ["Kết quả khảo sát 1.120 người học, 130 nhà giáo và 45 cán bộ quản lý cho thấy 87% đánh giá hệ thống bảo đảm "
         "chất lượng hoạt động hiệu quả."]),
    Doc(f"{T35}/Tiêu chí 4 - Quản trị nhà trường", "[H4.04.03.01] Quy chế quản lý dữ liệu số", "docx", "Quy chế",
        _n(40, "QĐ"), (2025, 5, 5), "Quy chế quản lý, khai thác và chia sẻ dữ liệu số của trường",
        ["Quy định việc số hóa, kết nối, chia sẻ dữ liệu giữa các phần mềm quản lý đào tạo, nhân sự, tài chính và "
         "thư viện; trang thông tin điện tử được cập nhật thường xuyên."]),
    Doc(f"{T35}/Tiêu chí 4 - Quản trị nhà trường", "[H4.04.04.01] Báo cáo đào tạo trực tuyến", "pdf", "Báo cáo",
        _n(160, "BC"), (2026, 7, 20), "Báo cáo thực hiện đào tạo trực tuyến năm học 2025-2026",
        ["Hệ thống quản lý học tập trực tuyến (LMS) đáp ứng 34% môn học, mô đun của các ngành, nghề trình độ cao đẳng."]),
    Doc(f"{T35}/Tiêu chí 4 - Quản trị nhà trường", "Kế hoạch công tác học sinh sinh viên năm học 2025-2026", "docx",
        "Kế hoạch", _n(66, "KH"), (2025, 8, 25), "Kế hoạch công tác học sinh, sinh viên năm học 2025-2026",
        ["Tổ chức tư vấn tâm lý, hỗ trợ học bổng, câu lạc bộ kỹ năng mềm và bảo đảm quyền lợi của học sinh, sinh viên."]),
    Doc(f"{T35}/Tiêu chí 4 - Quản trị nhà trường", "[H4.04.06.01] Quy hoạch khu thực hành 3 cấp độ", "pdf",
        "Quyết định", _n(95, "QĐ"), (2026, 4, 2), "Về việc phê duyệt quy hoạch khu vực thực hành theo 3 cấp độ",
        ["Khu thực hành được sắp xếp theo 3 cấp độ: thực hành cơ bản, thực hành nâng cao và mô phỏng sản xuất thực tế."]),
    Doc(f"{T35}/Tiêu chí 4 - Quản trị nhà trường", "[H4.04.07.01] Bài báo khoa học năm 2024", "pdf", "Báo cáo",
        None, (2024, 11, 5), "Danh mục bài báo khoa học của nhà giáo công bố năm 2024",
        ["Bài báo 'Ứng dụng IoT trong giám sát trạm biến áp' đăng trên tạp chí khoa học được tính điểm."]),
    # ---------------- TT 35, Tiêu chí 5 – Trình độ HSSV sau đào tạo -----------------------------
    Doc(f"{T35}/Tiêu chí 5 - Trình độ học sinh sinh viên", "MC.5.1.01 Giấy chứng nhận giải Hội giảng và thi tay nghề",
        "ocr_scan", "Quyết định", "215/QĐ-BGDĐT", (2025, 10, 10),
        "Về việc tặng giấy chứng nhận đạt giải tại Kỳ thi kỹ năng nghề quốc gia năm 2025",
        ["Sinh viên Đỗ Văn Hùng, Trường Cao đẳng Kỹ thuật Công nghệ Mẫu, đạt giải Nhì nghề Điện công nghiệp."]),
    Doc(f"{T35}/Tiêu chí 5 - Trình độ học sinh sinh viên", "MC.5.2.01 Báo cáo khảo sát doanh nghiệp 2024", "docx",
        "Báo cáo", _n(300, "BC"), (2024, 12, 15), "Báo cáo khảo sát doanh nghiệp sử dụng người tốt nghiệp năm 2024",
        ["Mỗi ngành, nghề khảo sát từ 2 đến 4 doanh nghiệp; 91% doanh nghiệp đánh giá người tốt nghiệp đáp ứng yêu cầu."]),
    Doc(f"{T35}/Tiêu chí 5 - Trình độ học sinh sinh viên", "MC.5.2.02 Báo cáo khảo sát doanh nghiệp 2025", "docx",
        "Báo cáo", _n(299, "BC"), (2025, 12, 18), "Báo cáo khảo sát doanh nghiệp sử dụng người tốt nghiệp năm 2025",
        ["Khảo sát 38 doanh nghiệp cho 12 ngành, nghề; 89% đánh giá người tốt nghiệp đáp ứng yêu cầu công việc."]),
    Doc(f"{T35}/Tiêu chí 5 - Trình độ học sinh sinh viên", "MC.5.3.01 Chương trình môn học sử dụng năng lượng hiệu quả",
        "docx", "Quyết định", _n(77, "QĐ"), (2024, 3, 1),
        "Về việc đưa nội dung sử dụng năng lượng tiết kiệm, hiệu quả và bảo vệ môi trường vào chương trình đào tạo",
        ["Nội dung được giảng dạy ở tất cả các ngành, nghề trình độ trung cấp, cao đẳng từ năm học 2024-2025."]),
    Doc(f"{T35}/Tiêu chí 5 - Trình độ học sinh sinh viên", "MC.5.4.01 Dự án khởi nghiệp được hỗ trợ năm 2025", "pdf",
        "Quyết định", _n(140, "QĐ"), (2025, 6, 6), "Về việc hỗ trợ kinh phí cho dự án khởi nghiệp của sinh viên",
        ["Hỗ trợ 50 triệu đồng cho dự án 'Trạm sạc xe điện mini' của nhóm sinh viên khoa Điện, kết nối với quỹ đầu tư "
         "khởi nghiệp của tỉnh."]),
    # ---------------- TT 38, Điều kiện 1 – Tổ chức bộ máy và quản trị -----------------------------
    Doc(f"{T38}/Điều kiện 1 - Tổ chức bộ máy và quản trị", "[H1.01.01.01] Nghị quyết hội đồng trường về chiến lược phát triển", "pdf",
        "Nghị quyết", "05/NQ-HĐT", (2025, 1, 15),
        "Về chiến lược phát triển trường giai đoạn 2025-2030, tầm nhìn 2035",
        ["Xác định sứ mạng, mục tiêu, chiến lược phát triển phù hợp với định hướng phát triển giáo dục nghề nghiệp "
         "của tỉnh An Thịnh và nhu cầu nhân lực của các khu công nghiệp."]),
    Doc(f"{T38}/Điều kiện 1 - Tổ chức bộ máy và quản trị", "[H1.01.02.01] Quyết định ban hành quy chế tổ chức và hoạt động", "pdf",
        "Quyết định", _n(125, "QĐ"), (2024, 3, 15), "Về việc ban hành Quy chế tổ chức và hoạt động của trường",
        ["Ban hành kèm theo Quyết định này Quy chế tổ chức và hoạt động của Trường Cao đẳng Kỹ thuật Công nghệ Mẫu.",
         "Quyết định có hiệu lực kể từ ngày ký."]),
    Doc(f"{T38}/Điều kiện 1 - Tổ chức bộ máy và quản trị", "[H1.01.03.01] Sơ đồ cơ cấu tổ chức bộ máy", "html", "Thông báo",
        None, (2026, 1, 5), "Cơ cấu tổ chức bộ máy của trường",
        ["Hội đồng trường; Ban giám hiệu; 6 phòng chức năng; 7 khoa chuyên môn; Trung tâm tuyển sinh và quan hệ "
         "doanh nghiệp."]),
    Doc(f"{T38}/Điều kiện 1 - Tổ chức bộ máy và quản trị", "[H1.01.04.01] Đề án vị trí việc làm", "docx", "Quyết định",
        _n(30, "QĐ"), (2025, 2, 20), "Về việc phê duyệt danh mục vị trí việc làm và cơ cấu viên chức",
        ["Phê duyệt 46 vị trí việc làm gồm vị trí lãnh đạo, quản lý; vị trí chuyên môn, nghiệp vụ và vị trí hỗ trợ, "
         "phục vụ."]),
    # ---------------- TT 38, Điều kiện 2 – Đội ngũ ------------------------------------------------
    Doc(f"{T38}/Điều kiện 2 - Đội ngũ nhà giáo và cán bộ quản lý", "[H1.02.01.01] Báo cáo đội ngũ nhà giáo năm 2026", "pdf",
        "Báo cáo", _n(190, "BC"), (2026, 9, 10), "Báo cáo số lượng, cơ cấu đội ngũ nhà giáo năm 2026",
        ["Trường có 142 nhà giáo cơ hữu dạy chuyên môn; tỷ lệ người học quy đổi trên nhà giáo là 16,1, đáp ứng yêu "
         "cầu theo quy mô đào tạo."]),
    Doc(f"{T38}/Điều kiện 2 - Đội ngũ nhà giáo và cán bộ quản lý", "[H1.02.02.01] Danh sách nhà giáo đạt chuẩn nghề nghiệp", "xlsx",
        "Báo cáo", None, (2026, 9, 12), "Danh sách nhà giáo đạt chuẩn nghề nghiệp",
        ["Danh sách nhà giáo, ngành nghề giảng dạy và chuẩn nghiệp vụ sư phạm."],
        [["Họ và tên", "Ngành, nghề", "Nghiệp vụ sư phạm", "Đạt chuẩn"], ["Nguyễn Văn An", "Điện công nghiệp", "Có", "Đạt"],
         ["Trần Thị Bình", "Cắt gọt kim loại", "Có", "Đạt"], ["Lê Minh Châu", "Công nghệ thông tin", "Có", "Đạt"]]),
    Doc(f"{T38}/Điều kiện 2 - Đội ngũ nhà giáo và cán bộ quản lý", "[H1.02.03.01] Quyết định bổ nhiệm cán bộ quản lý", "ocr_scan",
        "Quyết định", _n(58, "QĐ"), (2025, 7, 1), "Về việc bổ nhiệm Trưởng khoa Cơ khí",
        ["Bổ nhiệm ông Phạm Quốc Dũng giữ chức vụ Trưởng khoa Cơ khí, thời hạn 5 năm."]),
    # ---------------- TT 38, Điều kiện 3 – Chương trình, giáo trình -------------------------------
    Doc(f"{T38}/Điều kiện 3 - Chương trình giáo trình", "[H1.03.01.01] Quyết định ban hành chương trình đào tạo", "pdf",
        "Quyết định", _n(101, "QĐ"), (2025, 7, 15), "Về việc ban hành chương trình đào tạo trình độ trung cấp, cao đẳng",
        ["Ban hành 24 chương trình đào tạo trình độ trung cấp, cao đẳng áp dụng từ khóa tuyển sinh năm 2025."]),
    Doc(f"{T38}/Điều kiện 3 - Chương trình giáo trình", "[H1.03.02.01] Biên bản thẩm định giáo trình", "docx", "Biên bản",
        None, (2025, 6, 20), "Biên bản họp Hội đồng thẩm định giáo trình đào tạo nghề Công nghệ ô tô",
        ["Hội đồng có đại diện 2 doanh nghiệp; thống nhất đề nghị Hiệu trưởng ban hành 18 giáo trình mô đun."]),
    Doc(f"{T38}/Điều kiện 3 - Chương trình giáo trình", "[H1.03.02.02] Báo cáo rà soát cập nhật chương trình đào tạo năm 2026",
        "pdf", "Báo cáo", _n(170, "BC"), (2026, 8, 1), "Báo cáo rà soát, cập nhật chương trình đào tạo năm 2026",
        ["Năm 2026 rà soát, cập nhật 17 trên 24 chương trình đào tạo trên cơ sở phản hồi của doanh nghiệp, người học "
         "và người tốt nghiệp."]),
    # ---------------- TT 38, Điều kiện 4 – Cơ sở vật chất ----------------------------------------
    Doc(f"{T38}/Điều kiện 4 - Cơ sở vật chất và thiết bị", "[H1.04.01.01] Báo cáo hiện trạng phòng học và xưởng thực hành", "docx",
        "Báo cáo", _n(120, "BC"), (2026, 5, 15), "Báo cáo hiện trạng phòng học lý thuyết, phòng học thực hành",
        ["Trường có 58 phòng học lý thuyết, 42 xưởng, phòng thực hành, bảo đảm yêu cầu của các chương trình đào tạo."],
        [["Loại phòng", "Số lượng", "Diện tích (m²)"], ["Phòng lý thuyết", "58", "3.480"], ["Xưởng thực hành", "42", "9.650"]]),
    Doc(f"{T38}/Điều kiện 4 - Cơ sở vật chất và thiết bị", "[H1.04.04.01] Quyết định phê duyệt kế hoạch bảo trì thiết bị", "pdf",
        "Quyết định", _n(45, "QĐ"), (2026, 2, 3), "Về việc phê duyệt kế hoạch bảo trì, bảo dưỡng thiết bị đào tạo năm 2026",
        ["Phê duyệt kế hoạch kiểm kê, bảo trì, bảo dưỡng định kỳ thiết bị đào tạo năm 2026."]),
    Doc(f"{T38}/Điều kiện 4 - Cơ sở vật chất và thiết bị", "[H1.04.03.01] Biên bản kiểm kê tài sản năm 2025", "xlsx", "Biên bản",
        None, (2025, 12, 31), "Biên bản kiểm kê tài sản, thiết bị năm 2025",
        ["Kết quả kiểm kê tài sản cố định và thiết bị đào tạo."],
        [["Nhóm tài sản", "Số lượng", "Tình trạng"], ["Thiết bị điện", "320", "Tốt"], ["Máy công cụ", "96", "Tốt"]]),
    Doc(f"{T38}/Điều kiện 4 - Cơ sở vật chất và thiết bị", "[H1.04.02.02] Báo cáo hiện trạng ký túc xá và khu thể thao",
        "docx", "Báo cáo", _n(31, "BC"), (2026, 3, 25), "Báo cáo hiện trạng ký túc xá, sân thể thao và khu sinh hoạt chung",
        ["Ký túc xá 600 chỗ ở đang sử dụng 540 chỗ; sân bóng đá, nhà thi đấu đa năng được bảo dưỡng định kỳ.",
         "Ảnh chụp hiện trạng kèm theo (tệp [H1.04.02.01])."]),
    Doc(f"{T38}/Điều kiện 4 - Cơ sở vật chất và thiết bị", "[H1.04.02.01] Ảnh chụp khu ký túc xá và sân thể thao", "scan",
        "Báo cáo", None, (2026, 3, 20), "Hình ảnh khu rèn luyện thể chất, ký túc xá và khu sinh hoạt chung",
        ["Khu ký túc xá 600 chỗ ở, sân bóng đá, nhà thi đấu đa năng và thư viện điện tử."]),
    # ---------------- TT 38, Điều kiện 5 – Tài chính ---------------------------------------------
    Doc(f"{T38}/Điều kiện 5 - Nguồn lực tài chính", "[H1.05.02.01] Quy chế chi tiêu nội bộ", "docx", "Quy chế", _n(10, "QĐ"),
        (2026, 1, 10), "Quy chế chi tiêu nội bộ năm 2026",
        ["Quy định nguồn thu, nội dung và định mức chi thường xuyên, chi đào tạo và trích lập các quỹ."]),
    Doc(f"{T38}/Điều kiện 5 - Nguồn lực tài chính", "[H1.05.01.01] Báo cáo tài chính năm 2025", "xlsx", "Báo cáo", None,
        (2026, 3, 15), "Báo cáo tài chính năm 2025",
        ["Báo cáo tổng hợp thu, chi năm 2025."],
        [["Khoản mục", "Số tiền (triệu đồng)"], ["Ngân sách nhà nước cấp", "38.500"], ["Học phí", "21.300"],
         ["Dịch vụ, liên kết", "6.200"], ["Tổng thu", "66.000"], ["Tổng chi", "63.400"]]),
    Doc(f"{T38}/Điều kiện 5 - Nguồn lực tài chính", "[H1.05.03.01] Thông báo công khai tài chính năm 2025", "pdf", "Thông báo",
        _n(25, "TB"), (2026, 3, 30), "Về việc công khai báo cáo tài chính năm 2025",
        ["Công khai báo cáo tài chính năm 2025 trên trang thông tin điện tử và tại bảng tin của trường."]),
    # ---------------- TT 38, Điều kiện 6 – Quản trị số -------------------------------------------
    Doc(f"{T38}/Điều kiện 6 - Quản trị số và dữ liệu", "[H1.06.01.01] Kế hoạch chuyển đổi số giai đoạn 2025-2027", "docx",
        "Kế hoạch", _n(18, "KH"), (2025, 2, 10), "Kế hoạch chuyển đổi số của trường giai đoạn 2025-2027",
        ["Đầu tư hạ tầng công nghệ thông tin, phần mềm quản lý đào tạo, nhân sự, tài chính kết nối với cơ sở dữ liệu "
         "ngành giáo dục."]),
    Doc(f"{T38}/Điều kiện 6 - Quản trị số và dữ liệu", "[H1.06.04.01] Quy định bảo đảm an toàn thông tin", "pdf", "Quy định",
        _n(62, "QĐ"), (2025, 9, 9), "Quy định bảo đảm an toàn thông tin, an ninh mạng",
        ["Quy định phân quyền truy cập, sao lưu dữ liệu hằng ngày, phương án phòng ngừa và xử lý sự cố."]),
    Doc(f"{T38}/Điều kiện 6 - Quản trị số và dữ liệu", "[H1.06.02.01] Báo cáo cập nhật cơ sở dữ liệu năm 2026", "txt", "Báo cáo",
        _n(180, "BC"), (2026, 8, 20), "Báo cáo cập nhật dữ liệu lên cơ sở dữ liệu giáo dục nghề nghiệp",
        ["Dữ liệu người học, nhà giáo, chương trình đào tạo được cập nhật đầy đủ, kịp thời đến ngày 31 tháng 7 năm 2026."]),
    Doc(f"{T38}/Điều kiện 6 - Quản trị số và dữ liệu", "[H1.06.03.01] Báo cáo khai thác dữ liệu phục vụ quản lý", "docx",
        "Báo cáo", _n(181, "BC"), (2026, 9, 5), "Báo cáo khai thác, sử dụng dữ liệu phục vụ quản lý, điều hành và bảo đảm chất lượng",
        ["Dữ liệu đào tạo, nhân sự được khai thác trên bảng điều khiển quản trị để theo dõi tiến độ, tỷ lệ bỏ học và "
         "kết quả khảo sát; được dùng trong các cuộc họp giao ban hằng tháng."]),
    # ---------------- TT 38, Chỉ số hoạt động ----------------------------------------------------
    Doc(f"{T38}/Chỉ số hoạt động", "Kế hoạch tuyển sinh năm 2026", "pdf", "Kế hoạch", _n(8, "KH"), (2026, 1, 12),
        "Kế hoạch tuyển sinh trình độ trung cấp, cao đẳng năm 2026",
        ["Chỉ tiêu tuyển sinh công bố năm 2026: 1.200 chỉ tiêu, trong đó 550 chỉ tiêu cao đẳng."]),
    Doc(f"{T38}/Chỉ số hoạt động", "Báo cáo kết quả tuyển sinh năm 2026", "docx", "Báo cáo", _n(215, "BC"),
        (2026, 11, 10), "Báo cáo kết quả tuyển sinh năm 2026",
        ["Số người học hoàn tất thủ tục nhập học năm 2026 là 1.032 trên 1.200 chỉ tiêu (86,00%)."]),
    Doc(f"{T38}/Chỉ số hoạt động", "Báo cáo thời lượng giảng dạy của nhà giáo cơ hữu", "xlsx", "Báo cáo", None,
        (2026, 8, 30), "Thời lượng giảng dạy do nhà giáo cơ hữu đảm nhiệm theo chương trình",
        ["Giờ chuẩn do nhà giáo cơ hữu giảng dạy trên tổng giờ của từng chương trình đào tạo."],
        [["Chương trình", "Giờ cơ hữu", "Tổng giờ", "Tỷ lệ"], ["Điện công nghiệp (CĐ)", "2.150", "2.850", "75,44%"],
         ["Công nghệ ô tô (CĐ)", "1.900", "2.700", "70,37%"], ["Kế toán doanh nghiệp (TC)", "1.100", "1.500", "73,33%"]]),
    Doc(f"{T38}/Chỉ số hoạt động", "Báo cáo môn học mô đun giảng dạy trực tuyến", "pdf", "Báo cáo", _n(171, "BC"),
        (2026, 8, 5), "Báo cáo tỷ lệ môn học, mô đun bảo đảm điều kiện giảng dạy trực tuyến",
        ["Chương trình Kế toán doanh nghiệp đạt 35%; chương trình Công nghệ ô tô mới đạt 12% số môn học, mô đun có "
         "đủ điều kiện giảng dạy trực tuyến."]),
    Doc(f"{T38}/Chỉ số hoạt động", "Báo cáo khảo sát người học hài lòng năm 2026", "docx", "Báo cáo", _n(205, "BC"),
        (2026, 10, 15), "Báo cáo khảo sát mức độ hài lòng của người học và người học đã tốt nghiệp",
        ["Khảo sát 1.450 người học và 610 người tốt nghiệp; 82,4% hài lòng với chất lượng đào tạo."]),
    Doc(f"{T38}/Chỉ số hoạt động", "Báo cáo khảo sát người sử dụng lao động năm 2026", "pdf", "Báo cáo",
        _n(206, "BC"), (2026, 10, 20), "Báo cáo khảo sát mức độ hài lòng của người sử dụng lao động",
        ["Khảo sát 41 người sử dụng lao động thuộc 12 ngành, nghề; 27 người (65,85%) hài lòng với khả năng đáp ứng "
         "yêu cầu công việc của người tốt nghiệp. Mỗi ngành, nghề khảo sát từ 3 người sử dụng lao động trở lên."]),
    # ---------------- Chung (không mã) ----------------------------------------------------------
    Doc("Chung", "Báo cáo tự đánh giá chất lượng năm 2025", "docx", "Báo cáo", _n(10, "BC"), (2026, 3, 25),
        "Báo cáo tự đánh giá chất lượng cơ sở giáo dục nghề nghiệp năm 2025",
        ["Nhà trường đã thực hiện tự đánh giá theo quy trình của Thông tư 28/2017/TT-BLĐTBXH; kết quả và kế hoạch cải "
         "tiến được công khai."]),
    Doc("Chung", "Quyết định thành lập hội đồng tự đánh giá", "pdf", "Quyết định", _n(5, "QĐ"), (2026, 1, 6),
        "Về việc thành lập Hội đồng tự đánh giá chất lượng năm 2026",
        ["Thành lập Hội đồng tự đánh giá chất lượng gồm 15 thành viên do Hiệu trưởng làm Chủ tịch."]),
    Doc("Chung", "Kế hoạch tự đánh giá chất lượng năm 2026", "docx", "Kế hoạch", _n(6, "KH"), (2026, 1, 8),
        "Kế hoạch tự đánh giá chất lượng cơ sở giáo dục nghề nghiệp năm 2026",
        ["Phân công thu thập minh chứng theo từng tiêu chí, tiêu chuẩn; hoàn thành báo cáo trước ngày 31 tháng 3 năm 2027."]),
    Doc("Chung", "Tờ trình đề nghị đánh giá ngoài", "pdf", "Tờ trình", _n(3, "TTr"), (2021, 5, 4),
        "Về việc đề nghị đánh giá ngoài chất lượng cơ sở giáo dục nghề nghiệp",
        ["Nhà trường đề nghị tổ chức kiểm định thực hiện đánh giá ngoài trong năm 2021 (chưa thực hiện)."]),
    Doc("Chung", "Công văn về việc báo cáo chuẩn cơ sở", "docx", "Công văn", "1520/SGDĐT-GDNN", (2026, 6, 2),
        "V/v báo cáo tự đánh giá mức độ đáp ứng chuẩn cơ sở giáo dục nghề nghiệp",
        ["Sở đề nghị các cơ sở giáo dục nghề nghiệp hoàn thành tự đánh giá và gửi báo cáo trước ngày 31 tháng 3 năm 2027."]),
    Doc("Chung", "Quy định về công tác khảo sát", "pdf", "Quy định", _n(70, "QĐ"), (2025, 4, 2),
        "Quy định về công tác khảo sát ý kiến người học, người tốt nghiệp và doanh nghiệp",
        ["Quy định quy trình, công cụ khảo sát; yêu cầu mẫu khảo sát đại diện theo ngành, nghề và khóa học."]),
    Doc("Chung", "Thông báo kết quả thi tốt nghiệp năm 2026", "pdf", "Thông báo", _n(44, "TB"), (2026, 7, 28),
        "Về kết quả xét công nhận tốt nghiệp năm 2026",
        ["Công nhận tốt nghiệp cho 688 học sinh, sinh viên; 64,2% người học hoàn thành chương trình đúng hạn."]),
]
