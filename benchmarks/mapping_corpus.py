"""A labelled set of realistic Vietnamese school documents for the mapping benchmark.

Each base document is written as a trường cao đẳng / trung cấp writes it (decisions with their
"Căn cứ …" preamble, rules, MOUs, plans, reports, minutes, news posts), independently of the
evidence hints, and labelled with the criterion it belongs to in TT 14/2024 trường, TT 15/2017
trường and, where it fits, TT 38/2026 (``None``: the framework has no place for it). Every base
document is rendered twice: in its own form, and as one of the ways files arrive in a real
evidence folder (a web post with navigation and related-news headlines, text typed without
diacritics, a title-only record such as a scanned image, text with broken PDF diacritics).
Both renderings of a base document go to the same half: even base documents are the development
half (used for tuning), odd ones the test half (never used for tuning). ``EXTRA_DEV`` holds further
documents written later to learn from; they are only ever in the development half and are rendered
after the base documents, so the test half is exactly what it was.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from accredit.evidence.text import fold

TT14 = "tt14-2024/truong"
TT15 = "tt15-2017/truong"
TT38 = "tt38-2026/co-so-gdnn"

# (kind, title, body, TT 14 criterion, TT 15 criterion, TT 38 criterion)
Base = tuple[str, str, str, str | None, str | None, str | None]

BASE: tuple[Base, ...] = (
    # --- TT14 1 / TT15 1: mission, organisation, party, unions, QA system ----------------------------
    ("qd", "Về việc ban hành Tuyên bố sứ mạng, tầm nhìn và giá trị cốt lõi của Trường giai đoạn 2025-2030",
     "Ban hành kèm theo Quyết định này Tuyên bố sứ mạng, tầm nhìn và giá trị cốt lõi của Trường. Sứ mạng: đào tạo "
     "nguồn nhân lực kỹ thuật có tay nghề cao phục vụ phát triển kinh tế - xã hội của tỉnh và vùng duyên hải.",
     "1", "1", "1"),
    ("news", "Lễ kỷ niệm 45 năm ngày thành lập Trường và đón nhận Huân chương Lao động hạng Nhì",
     "Sáng ngày 20/11, Nhà trường long trọng tổ chức Lễ kỷ niệm 45 năm ngày thành lập. Thay mặt lãnh đạo tỉnh, đồng chí "
     "Phó Chủ tịch UBND tỉnh trao Huân chương Lao động hạng Nhì cho tập thể Nhà trường. Trải qua 45 năm xây dựng và "
     "trưởng thành, từ một trường công nhân kỹ thuật, Trường đã đào tạo hơn 60.000 lao động.",
     "1", "1", "1"),
    ("qd", "Về việc ban hành Quy chế tổ chức và hoạt động của Trường Cao đẳng Kỹ thuật Công nghiệp",
     "Ban hành kèm theo Quyết định này Quy chế tổ chức và hoạt động của Trường gồm 8 chương, 46 điều. Quy chế quy định "
     "vị trí pháp lý, cơ cấu tổ chức, nhiệm vụ, quyền hạn của các phòng, khoa, trung tâm trực thuộc.",
     "1", "1", "1"),
    ("plan", "Kế hoạch chiến lược phát triển Trường giai đoạn 2021-2025, tầm nhìn đến năm 2030",
     "Phân tích bối cảnh, điểm mạnh, điểm yếu, cơ hội và thách thức (SWOT). Mục tiêu đến năm 2025 quy mô đạt 4.500 "
     "học sinh, sinh viên; 3 nghề trọng điểm cấp quốc gia; tự chủ một phần chi thường xuyên.",
     "1", "1", "1"),
    ("nq", "Nghị quyết Đại hội Đảng bộ Trường lần thứ VII, nhiệm kỳ 2025-2030",
     "Đại hội đã thảo luận, thống nhất báo cáo chính trị của Ban Chấp hành Đảng bộ khóa VI; bầu Ban Chấp hành khóa VII "
     "gồm 9 đồng chí. Phấn đấu hằng năm Đảng bộ đạt trong sạch vững mạnh, kết nạp ít nhất 10 đảng viên mới.",
     "1", "1", None),
    ("report", "Báo cáo tổng kết hoạt động Công đoàn cơ sở năm 2024",
     "Công đoàn phối hợp với chuyên môn tổ chức Hội nghị viên chức, người lao động; thăm hỏi đoàn viên ốm đau; tổ "
     "chức phong trào Giỏi việc trường, đảm việc nhà. 100% đoàn viên được tham gia bảo hiểm.",
     "1", "1", None),
    ("qd", "Về việc thành lập Hội đồng trường Trường Cao đẳng Nghề Công nghệ nhiệm kỳ 2021-2026",
     "Hội đồng trường gồm 11 thành viên, Chủ tịch Hội đồng trường là đồng chí Nguyễn Văn Hòa. Hội đồng trường thực "
     "hiện nhiệm vụ, quyền hạn theo quy định của Luật Giáo dục nghề nghiệp và Điều lệ trường cao đẳng.",
     "1", "1", "1"),
    ("qd", "Về việc ban hành Sổ tay chất lượng và hệ thống văn bản bảo đảm chất lượng của Trường",
     "Ban hành kèm theo Quyết định này Sổ tay chất lượng, chính sách chất lượng, mục tiêu chất lượng năm học "
     "2025-2026 và 32 quy trình bảo đảm chất lượng áp dụng cho các đơn vị trong Trường.",
     "1", "1", None),
    ("report", "Báo cáo đánh giá hoạt động của hệ thống bảo đảm chất lượng năm 2025",
     "Năm 2025, Phòng Khảo thí và Bảo đảm chất lượng tổ chức đánh giá nội bộ 14 đơn vị; phát hiện 23 điểm chưa phù hợp, "
     "đề xuất 18 hành động khắc phục và cải tiến quy trình quản lý hồ sơ người học.",
     "1", "1", None),
    ("qd", "Về việc thành lập Ban Thanh tra nhân dân Trường nhiệm kỳ 2024-2026",
     "Ban Thanh tra nhân dân gồm 05 thành viên, có nhiệm vụ giám sát việc thực hiện quy chế dân chủ ở cơ sở, việc "
     "giải quyết khiếu nại, tố cáo và thực hiện chính sách, pháp luật trong Trường.",
     "1", "1", None),
    ("plan", "Kế hoạch hoạt động vì sự tiến bộ của phụ nữ và bình đẳng giới năm 2025",
     "Tuyên truyền Luật Bình đẳng giới đến toàn thể viên chức, người học; bảo đảm tỷ lệ nữ trong đội ngũ cán bộ quản lý "
     "đạt từ 30%; tổ chức tọa đàm nhân ngày Quốc tế Phụ nữ 8/3.",
     "1", "1", None),
    ("qd", "Về việc sáp nhập Phòng Đào tạo và Phòng Khảo thí thành Phòng Đào tạo - Khảo thí",
     "Sáp nhập hai phòng để tinh gọn bộ máy theo Nghị quyết số 19-NQ/TW. Phòng Đào tạo - Khảo thí có chức năng tham "
     "mưu cho Hiệu trưởng về tổ chức đào tạo, thi, kiểm tra.",
     "1", "1", "1"),
    # --- TT14 2 / TT15 2: admissions, exams, training plans, enterprise cooperation in training ------------
    ("tb", "Thông báo tuyển sinh trình độ cao đẳng, trung cấp năm 2025",
     "Trường thông báo tuyển sinh 1.200 chỉ tiêu các ngành: Điện công nghiệp, Công nghệ ô tô, Kế toán doanh nghiệp. "
     "Đối tượng: học sinh tốt nghiệp THCS, THPT. Hình thức: xét tuyển học bạ. Hồ sơ nhận đến 30/9/2025.",
     "2", "2", "CS"),
    ("qd", "Về việc ban hành Quy chế tuyển sinh trình độ trung cấp, cao đẳng",
     "Quy chế quy định về tổ chức công tác tuyển sinh, hội đồng tuyển sinh, phương thức xét tuyển, thanh tra, kiểm "
     "tra và xử lý vi phạm trong tuyển sinh.",
     "2", "2", "CS"),
    ("news", "Sôi nổi Ngày hội tư vấn hướng nghiệp tại các trường THPT trên địa bàn tỉnh",
     "Đoàn tư vấn của Nhà trường đã đến 25 trường THPT giới thiệu các ngành, nghề đào tạo, chế độ cho học sinh học "
     "nghề và cơ hội việc làm sau tốt nghiệp. Hơn 3.000 học sinh lớp 12 đã đăng ký nguyện vọng xét tuyển.",
     "2", "2", "CS"),
    ("qd", "Về việc ban hành Quy chế đào tạo trình độ cao đẳng theo phương thức tích lũy mô-đun, tín chỉ",
     "Quy chế quy định tổ chức đào tạo, kiểm tra, thi kết thúc mô-đun, đánh giá kết quả học tập, xét công nhận tốt "
     "nghiệp đối với người học trình độ cao đẳng.",
     "2", "2", None),
    ("qd", "Về việc công nhận tốt nghiệp và cấp bằng cho sinh viên khóa 15 (2022-2025)",
     "Công nhận tốt nghiệp cho 412 sinh viên trình độ cao đẳng khóa 15, trong đó xếp loại giỏi 38, khá 215, trung bình "
     "159 (danh sách kèm theo). Phòng Đào tạo có trách nhiệm in và cấp bằng tốt nghiệp.",
     "2", "2", None),
    ("plan", "Kế hoạch đào tạo năm học 2025-2026",
     "Kế hoạch chi tiết tiến độ từng lớp, từng học kỳ; phân bổ giờ lý thuyết, thực hành, thực tập; lịch thi kết thúc "
     "mô-đun và thời gian nghỉ Tết. Các khoa lập thời khóa biểu và phân công giáo viên trước ngày 15/8.",
     "2", "2", None),
    ("mou", "Thỏa thuận hợp tác đào tạo giữa Trường và Công ty TNHH Samsung Electronics Việt Nam",
     "Hai bên hợp tác tiếp nhận sinh viên thực tập sản xuất tại nhà máy, cử kỹ sư tham gia giảng dạy và đánh giá kết "
     "quả thực tập; Công ty ưu tiên tuyển dụng sinh viên tốt nghiệp.",
     "2", "2", "CS"),
    ("news", "Ký kết hợp tác với 12 doanh nghiệp trong khu công nghiệp Quế Võ",
     "Chiều 15/3, Nhà trường tổ chức lễ ký kết biên bản hợp tác với 12 doanh nghiệp về đào tạo theo đơn đặt hàng, "
     "tiếp nhận học sinh thực tập và giải quyết việc làm sau tốt nghiệp.",
     "2", "2", "CS"),
    ("report", "Báo cáo kết quả kiểm tra hồ sơ giảng dạy và dự giờ học kỳ I năm học 2024-2025",
     "Ban kiểm tra đã kiểm tra hồ sơ, sổ sách của 86 giáo viên, dự 124 giờ dạy; 92% giờ dạy xếp loại khá, giỏi. Đề "
     "nghị các khoa chấn chỉnh việc ghi sổ lên lớp và cập nhật giáo án.",
     "2", "2", None),
    ("qd", "Về việc thành lập Hội đồng thi tốt nghiệp trình độ trung cấp năm 2025",
     "Hội đồng thi gồm Chủ tịch, Phó Chủ tịch, thư ký và các ủy viên; ban đề thi, ban coi thi, ban chấm thi có đại "
     "diện doanh nghiệp tham gia đánh giá bài thi thực hành nghề.",
     "2", "2", None),
    ("report", "Báo cáo ứng dụng phần mềm quản lý đào tạo và giảng dạy trực tuyến năm học 2024-2025",
     "Nhà trường vận hành phần mềm quản lý đào tạo cho toàn bộ 78 lớp; hệ thống học tập trực tuyến Moodle có 46 mô-đun "
     "được số hóa bài giảng, 2.300 người học truy cập.",
     "2", "2", "6"),
    ("qd", "Về việc ban hành Quy định đánh giá kết quả rèn luyện của học sinh, sinh viên",
     "Quy định tiêu chí, thang điểm, quy trình đánh giá kết quả rèn luyện theo từng học kỳ, năm học và toàn khóa; kết "
     "quả rèn luyện được sử dụng để xét học bổng, khen thưởng.",
     "2", "2", None),
    # --- TT14 3 / TT15 3: staff ----------------------------------------------------------------
    ("plan", "Kế hoạch tổ chức Hội giảng nhà giáo giáo dục nghề nghiệp cấp trường năm 2025",
     "Mỗi khoa cử ít nhất 03 nhà giáo tham gia hội giảng; mỗi nhà giáo trình giảng 01 bài lý thuyết, 01 bài thực hành "
     "hoặc tích hợp. Nhà giáo đạt giải sẽ được chọn tham dự Hội giảng cấp tỉnh.",
     "3", "3", "2"),
    ("qd", "Về việc khen thưởng các nhà giáo đạt giải tại Hội thi giáo viên dạy giỏi cấp tỉnh năm 2024",
     "Khen thưởng 07 nhà giáo đạt giải, trong đó 01 giải Nhất, 02 giải Nhì, 04 giải Ba. Mức thưởng theo Quy chế thi đua "
     "khen thưởng của Trường.",
     "3", "3", "2"),
    ("tb", "Thông báo tuyển dụng viên chức năm 2025",
     "Trường cần tuyển 12 viên chức giảng dạy các ngành Điện tử, Cơ khí, Công nghệ thông tin. Điều kiện: tốt nghiệp đại "
     "học trở lên đúng chuyên ngành, có chứng chỉ nghiệp vụ sư phạm dạy nghề. Hình thức: xét tuyển.",
     "3", "3", "2"),
    ("plan", "Kế hoạch đào tạo, bồi dưỡng viên chức năm 2025",
     "Cử 15 nhà giáo học thạc sĩ, 30 nhà giáo bồi dưỡng kỹ năng nghề, 20 nhà giáo học tiếng Anh bậc 3; 05 cán bộ quản "
     "lý học lớp trung cấp lý luận chính trị.",
     "3", "3", "2"),
    ("list", "Danh sách trích ngang đội ngũ nhà giáo cơ hữu năm học 2025-2026",
     "Tổng số 142 nhà giáo cơ hữu: 18 tiến sĩ, 96 thạc sĩ, 28 đại học; 100% có chứng chỉ sư phạm; tỷ lệ quy đổi 18 "
     "học sinh trên một nhà giáo.",
     "3", "3", "2"),
    ("contract", "Hợp đồng thỉnh giảng năm học 2025-2026",
     "Bên A (Nhà trường) mời Bên B (ông Lê Văn Tâm, kỹ sư Công ty Điện lực) tham gia giảng dạy mô-đun Vận hành trạm "
     "biến áp cho lớp CĐ Điện 24A, số giờ: 90 giờ; thù lao theo quy chế chi tiêu nội bộ.",
     "3", "3", "2"),
    ("plan", "Kế hoạch nhà giáo đi thực tập tại doanh nghiệp hè năm 2025",
     "Cử 24 nhà giáo các khoa kỹ thuật đi thực tập tại 8 doanh nghiệp trong thời gian 4 tuần để cập nhật công nghệ "
     "sản xuất mới, dây chuyền tự động hóa.",
     "3", "3", "2"),
    ("qd", "Về việc bổ nhiệm lại Trưởng khoa Cơ khí động lực",
     "Bổ nhiệm lại ông Trần Minh Đức giữ chức vụ Trưởng khoa Cơ khí động lực, thời hạn 05 năm. Ông Đức có trình độ "
     "thạc sĩ, đã qua bồi dưỡng quản lý nhà nước.",
     "3", "3", "2"),
    ("qd", "Về việc nâng bậc lương thường xuyên cho viên chức, người lao động quý III năm 2025",
     "Nâng bậc lương cho 21 viên chức, người lao động đủ điều kiện (danh sách kèm theo). Thời gian hưởng bậc lương mới "
     "kể từ ngày 01/7/2025.",
     "3", "3", None),
    ("report", "Báo cáo kết quả đánh giá, xếp loại viên chức năm 2024",
     "Tổng số 198 viên chức được đánh giá: 32 hoàn thành xuất sắc nhiệm vụ, 150 hoàn thành tốt nhiệm vụ, 16 hoàn thành "
     "nhiệm vụ. Không có viên chức không hoàn thành nhiệm vụ.",
     "3", "3", "2"),
    ("news", "Nhà giáo của Trường đạt giải Nhất Hội thi thiết bị đào tạo tự làm toàn quốc",
     "Bộ mô hình hệ thống điều hòa không khí trung tâm do nhóm giáo viên khoa Điện lạnh chế tạo đã đạt giải Nhất Hội "
     "thi thiết bị đào tạo tự làm toàn quốc lần thứ VI.",
     "3", "3", None),
    # --- TT14 4 / TT15 4: programmes, textbooks ---------------------------------------------------
    ("qd", "Về việc ban hành chương trình đào tạo trình độ cao đẳng, trung cấp năm 2025",
     "Ban hành 24 chương trình đào tạo trình độ cao đẳng và 18 chương trình đào tạo trình độ trung cấp áp dụng từ khóa "
     "tuyển sinh năm 2025 (danh mục kèm theo).",
     "4", "4", "3"),
    ("bb", "Biên bản họp Hội đồng thẩm định chương trình đào tạo nghề Điện tử công nghiệp",
     "Hội đồng gồm 7 thành viên, trong đó có 2 chuyên gia doanh nghiệp. Hội đồng thống nhất thông qua chương trình với "
     "các chỉnh sửa: bổ sung mô-đun PLC nâng cao, tăng thời lượng thực tập doanh nghiệp.",
     "4", "4", "3"),
    ("report", "Báo cáo rà soát, cập nhật chương trình đào tạo năm 2025",
     "Các khoa đã rà soát 42 chương trình; lấy ý kiến 56 doanh nghiệp; điều chỉnh nội dung 17 chương trình cho phù "
     "hợp với công nghệ mới và yêu cầu của thị trường lao động.",
     "4", "4", "3"),
    ("qd", "Về việc ban hành chuẩn đầu ra các ngành, nghề đào tạo trình độ cao đẳng",
     "Ban hành chuẩn đầu ra kiến thức, kỹ năng, năng lực tự chủ và trách nhiệm của 24 ngành, nghề trình độ cao đẳng, "
     "phù hợp Khung trình độ quốc gia Việt Nam.",
     "4", "2", "3"),
    ("qd", "Về việc ban hành giáo trình các mô-đun nghề Công nghệ ô tô",
     "Ban hành 18 giáo trình mô-đun nghề Công nghệ ô tô trình độ cao đẳng, sử dụng làm tài liệu giảng dạy, học tập "
     "chính thức tại Trường.",
     "4", "4", "3"),
    ("bb", "Biên bản nghiệm thu giáo trình mô-đun Kỹ thuật lạnh cơ bản",
     "Hội đồng thẩm định đánh giá giáo trình đạt yêu cầu, nội dung bám sát chương trình, có bài tập thực hành; đề nghị "
     "tác giả chỉnh sửa hình vẽ chương 3 trước khi in.",
     "4", "4", "3"),
    ("plan", "Kế hoạch biên soạn, lựa chọn giáo trình năm 2025",
     "Biên soạn mới 22 giáo trình, lựa chọn 9 giáo trình của các trường bạn; giao các khoa thành lập nhóm biên soạn, "
     "hoàn thành bản thảo trước tháng 10.",
     "4", "4", "3"),
    ("report", "Báo cáo tổng hợp ý kiến của doanh nghiệp và người tốt nghiệp về giáo trình đào tạo",
     "Phát ra 320 phiếu, thu về 298 phiếu; 86% ý kiến đánh giá giáo trình phù hợp; đề nghị bổ sung ví dụ thực tế và cập "
     "nhật tiêu chuẩn kỹ thuật mới.",
     "4", "4", "3"),
    ("qd", "Về việc công nhận mô-đun được miễn học cho người học liên thông từ trung cấp lên cao đẳng",
     "Công nhận 14 mô-đun được miễn học cho 65 người học liên thông nghề Kế toán doanh nghiệp căn cứ kết quả học tập "
     "trình độ trung cấp.",
     "4", "4", None),
    ("mou", "Biên bản ghi nhớ chuyển giao chương trình đào tạo nghề Cơ điện tử từ Đức",
     "Hai bên thống nhất chuyển giao bộ chương trình đào tạo chuẩn Đức nghề Cơ điện tử, đào tạo giáo viên và đánh giá "
     "cấp chứng chỉ theo tiêu chuẩn của Phòng Công nghiệp và Thương mại Đức (AHK).",
     "6", "6", None),
    # --- TT14 5 / TT15 5: facilities, equipment, library ---------------------------------------------------
    ("bb", "Biên bản kiểm kê tài sản, thiết bị năm 2025",
     "Ban kiểm kê đã kiểm kê toàn bộ máy móc, thiết bị tại 36 xưởng, phòng thực hành; đề nghị thanh lý 48 thiết bị hư "
     "hỏng không còn sử dụng được.",
     "5", "5", "4"),
    ("plan", "Kế hoạch bảo trì, bảo dưỡng máy móc thiết bị đào tạo năm 2025",
     "Lập lịch bảo dưỡng định kỳ máy tiện CNC, máy phay, hệ thống điện xưởng; giao các khoa ghi nhật ký sử dụng và báo "
     "hư hỏng về Phòng Quản trị.",
     "5", "5", "4"),
    ("rule", "Nội quy xưởng thực hành khoa Cơ khí",
     "Người học phải mặc bảo hộ lao động khi vào xưởng; chỉ vận hành máy khi có giáo viên hướng dẫn; vệ sinh máy và "
     "nơi làm việc sau mỗi ca thực hành.",
     "5", "5", "4"),
    ("rule", "Nội quy thư viện",
     "Bạn đọc xuất trình thẻ khi vào thư viện, giữ trật tự, không mang đồ ăn vào phòng đọc; mỗi lần mượn tối đa 03 cuốn "
     "sách trong 14 ngày.",
     "5", "5", "4"),
    ("report", "Báo cáo hoạt động thư viện và thư viện số năm học 2024-2025",
     "Thư viện có 12.500 đầu sách, 1.850 tài liệu số hóa; phần mềm quản lý thư viện cho phép tra cứu trực tuyến; 8.400 "
     "lượt bạn đọc trong năm.",
     "5", "5", "4"),
    ("qd", "Về việc ban hành định mức vật tư tiêu hao trong đào tạo nghề Hàn",
     "Ban hành định mức vật tư tiêu hao cho từng mô-đun nghề Hàn trình độ trung cấp, cao đẳng làm căn cứ cấp phát và "
     "quyết toán vật tư thực hành.",
     "5", "5", "4"),
    ("plan", "Phương án phòng cháy và chữa cháy của Trường năm 2025",
     "Bố trí lực lượng PCCC cơ sở 25 người, trang bị bình chữa cháy tại các khu nhà; tổ chức diễn tập chữa cháy và cứu "
     "nạn cứu hộ vào tháng 10.",
     "5", "5", "4"),
    ("report", "Báo cáo hiện trạng cơ sở vật chất, phòng học và nhà xưởng năm 2025",
     "Trường có 62 phòng học lý thuyết, 48 xưởng thực hành, 1 nhà thi đấu đa năng, 1 ký túc xá 400 chỗ; tổng diện tích "
     "sàn xây dựng 38.500 m2.",
     "5", "5", "4"),
    ("contract", "Hợp đồng mua sắm thiết bị đào tạo nghề Điện công nghiệp",
     "Bên bán cung cấp 10 bộ thực hành PLC, 8 bộ biến tần, 6 mô hình điều khiển động cơ; bàn giao, lắp đặt và hướng dẫn "
     "sử dụng tại xưởng Điện.",
     "5", "5", "4"),
    ("plan", "Kế hoạch bảo đảm an toàn, vệ sinh lao động năm 2025",
     "Huấn luyện an toàn vệ sinh lao động cho 100% nhà giáo dạy thực hành; kiểm định thiết bị có yêu cầu nghiêm ngặt "
     "về an toàn; quan trắc môi trường lao động tại xưởng.",
     "5", "5", "4"),
    ("report", "Quy hoạch tổng thể mặt bằng khuôn viên Trường đến năm 2035",
     "Tổng diện tích khu đất 12,5 ha gồm khu hiệu bộ, khu học tập, khu xưởng, khu thể thao và ký túc xá; tỷ lệ cây xanh "
     "30%; đường nội bộ và hệ thống thoát nước được quy hoạch đồng bộ.",
     "5", "5", "4"),
    # --- TT14 6 / TT15 6: research, international ------------------------------------------------------
    ("qd", "Về việc phê duyệt danh mục đề tài nghiên cứu khoa học cấp trường năm 2025",
     "Phê duyệt 12 đề tài nghiên cứu khoa học và 20 sáng kiến cải tiến cấp trường; kinh phí thực hiện từ nguồn sự "
     "nghiệp khoa học của Trường.",
     "6", "6", None),
    ("bb", "Biên bản nghiệm thu đề tài khoa học Thiết kế mô hình dạy học hệ thống phanh ABS",
     "Hội đồng nghiệm thu đánh giá đề tài đạt loại Tốt; mô hình đã được đưa vào giảng dạy mô-đun Kiểm tra, sửa chữa hệ "
     "thống phanh tại khoa Công nghệ ô tô.",
     "6", "6", None),
    ("list", "Danh mục bài báo của giảng viên đăng trên tạp chí khoa học năm 2024",
     "Năm 2024 giảng viên của Trường có 17 bài báo đăng trên Tạp chí Giáo dục nghề nghiệp, Tạp chí Cơ khí Việt Nam, Tạp "
     "chí Công thương và 2 bài trên tạp chí quốc tế.",
     "6", "6", None),
    ("mou", "Biên bản ghi nhớ hợp tác giữa Trường và Học viện Kỹ thuật TAFE Queensland (Úc)",
     "Hai bên hợp tác trao đổi giảng viên, chia sẻ chương trình đào tạo, tổ chức khóa học ngắn hạn cho sinh viên và đánh "
     "giá kỹ năng theo tiêu chuẩn Úc.",
     "6", "6", None),
    ("news", "Đoàn chuyên gia Hàn Quốc đến thăm và làm việc với Nhà trường",
     "Đoàn công tác của Trường Đại học Bách khoa Hàn Quốc do Giáo sư Kim Sung Ho dẫn đầu đã thăm xưởng thực hành, trao "
     "đổi về chương trình học bổng và phái cử sinh viên sang Hàn Quốc học tập.",
     "6", "6", None),
    ("qd", "Về việc công nhận sáng kiến cấp cơ sở năm học 2024-2025",
     "Công nhận 15 sáng kiến có phạm vi ảnh hưởng cấp cơ sở, trong đó sáng kiến Số hóa quy trình chấm thi thực hành "
     "được áp dụng toàn trường.",
     "6", "6", None),
    ("contract", "Hợp đồng chuyển giao công nghệ sản xuất phân bón vi sinh cho Hợp tác xã Nông nghiệp Tân Lập",
     "Trường chuyển giao quy trình sản xuất phân bón hữu cơ vi sinh từ phụ phẩm nông nghiệp, đào tạo 15 xã viên vận "
     "hành và hỗ trợ kỹ thuật trong 12 tháng.",
     "6", "6", None),
    # --- TT14 7 / TT15 8: learners and support --------------------------------------------------------------
    ("plan", "Kế hoạch tổ chức Tuần sinh hoạt công dân học sinh, sinh viên đầu khóa năm học 2025-2026",
     "Phổ biến quy chế đào tạo, nội quy nhà trường, chế độ chính sách; giáo dục chính trị, tư tưởng, pháp luật, phòng "
     "chống ma túy, an toàn giao thông cho tân sinh viên khóa 18.",
     "7", "8", None),
    ("qd", "Về việc miễn, giảm học phí học kỳ I năm học 2025-2026",
     "Miễn học phí cho 236 học sinh tốt nghiệp THCS học trung cấp, giảm 70% học phí cho 42 sinh viên là người dân tộc "
     "thiểu số ở vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn.",
     "7", "8", None),
    ("qd", "Về việc cấp học bổng khuyến khích học tập học kỳ II năm học 2024-2025",
     "Cấp học bổng cho 185 học sinh, sinh viên có kết quả học tập và rèn luyện từ loại khá trở lên; tổng kinh phí "
     "412.000.000 đồng.",
     "7", "8", None),
    ("news", "Sôi động Hội thao chào mừng ngày thành lập Đoàn TNCS Hồ Chí Minh",
     "Hơn 800 đoàn viên thanh niên tham gia các môn bóng đá, kéo co, cầu lông, chạy tiếp sức. Đêm văn nghệ khép lại "
     "chuỗi hoạt động tháng thanh niên với nhiều tiết mục đặc sắc.",
     "7", "8", None),
    ("news", "Ngày hội việc làm năm 2025: hơn 2.000 vị trí tuyển dụng cho sinh viên",
     "45 doanh nghiệp đã tham gia Ngày hội việc làm, phỏng vấn trực tiếp sinh viên năm cuối. Nhiều sinh viên nhận được "
     "thư mời làm việc ngay tại ngày hội với mức lương khởi điểm từ 8 triệu đồng.",
     "7", "8", None),
    ("rule", "Nội quy ký túc xá",
     "Sinh viên nội trú phải đăng ký tạm trú, giữ gìn vệ sinh phòng ở, không nấu ăn trong phòng, về ký túc xá trước 22 "
     "giờ; vi phạm sẽ bị xử lý theo quy chế công tác học sinh, sinh viên.",
     "7", "8", None),
    ("plan", "Kế hoạch khám sức khỏe và mua bảo hiểm y tế cho học sinh, sinh viên năm học 2025-2026",
     "Phòng Y tế phối hợp với Trung tâm Y tế huyện khám sức khỏe đầu khóa cho 1.350 tân học sinh; 100% học sinh tham gia "
     "bảo hiểm y tế bắt buộc.",
     "7", "8", None),
    ("news", "Thanh niên tình nguyện hè: sinh viên sửa chữa điện miễn phí cho bà con vùng lũ",
     "Chiến dịch Mùa hè xanh năm nay, 60 sinh viên khoa Điện đã sửa chữa điện, lắp đặt bóng đèn cho hơn 300 hộ dân ở "
     "các xã bị ảnh hưởng bởi lũ lụt.",
     "7", "8", None),
    ("qd", "Về việc trợ cấp xã hội cho học sinh, sinh viên có hoàn cảnh khó khăn",
     "Trợ cấp hằng tháng cho 28 học sinh mồ côi, học sinh khuyết tật và học sinh thuộc hộ nghèo; thời gian hưởng 10 "
     "tháng trong năm học.",
     "7", "8", None),
    ("tb", "Thông báo về việc công khai cam kết chất lượng đào tạo và các điều kiện bảo đảm chất lượng năm học 2025-2026",
     "Nhà trường công khai trên trang thông tin điện tử: chuẩn đầu ra, chương trình đào tạo, đội ngũ nhà giáo, cơ sở "
     "vật chất, mức học phí và các chế độ chính sách đối với người học.",
     "7", "8", None),
    # --- TT15 7 / TT38 5: finance (TT 14 has no finance criterion) -------------------------------------------------
    ("qd", "Về việc ban hành Quy chế chi tiêu nội bộ năm 2025",
     "Quy chế quy định các khoản thu, mức chi tiền lương, thu nhập tăng thêm, công tác phí, hội nghị, chi hỗ trợ người học "
     "và trích lập các quỹ từ nguồn thu sự nghiệp.",
     None, "7", "5"),
    ("report", "Báo cáo quyết toán ngân sách năm 2024",
     "Tổng nguồn kinh phí 68,4 tỷ đồng, trong đó ngân sách nhà nước cấp 41,2 tỷ, thu học phí và dịch vụ 27,2 tỷ; đã chi "
     "65,9 tỷ; kinh phí chuyển năm sau 2,5 tỷ.",
     None, "7", "5"),
    ("tb", "Thông báo công khai dự toán thu, chi ngân sách năm 2025",
     "Thực hiện Thông tư 61/2017/TT-BTC, Nhà trường công khai dự toán thu, chi ngân sách được giao năm 2025 (biểu kèm "
     "theo) tại bảng tin và trang thông tin điện tử.",
     None, "7", "5"),
    ("bb", "Biên bản tự kiểm tra công tác tài chính, kế toán năm 2024",
     "Tổ kiểm tra đã kiểm tra chứng từ thu chi, sổ kế toán, quỹ tiền mặt; phát hiện 3 chứng từ thiếu chữ ký, yêu cầu "
     "Phòng Kế hoạch - Tài chính bổ sung trước ngày 30/4.",
     None, "7", "5"),
    ("report", "Báo cáo kết quả thu từ hoạt động dịch vụ đào tạo và sản xuất năm 2024",
     "Doanh thu từ đào tạo ngắn hạn, sát hạch lái xe, dịch vụ sửa chữa ô tô đạt 9,8 tỷ đồng, tăng 12% so với năm trước; "
     "trích lập quỹ phát triển hoạt động sự nghiệp 25%.",
     None, "7", "5"),
    # --- TT14 8 / TT15 9: monitoring, surveys, self-assessment, employment -------------------------------------------
    ("report", "Báo cáo tự đánh giá chất lượng cơ sở giáo dục nghề nghiệp năm 2025",
     "Hội đồng tự đánh giá đã thu thập 1.246 minh chứng; Trường tự đánh giá đạt 88/100 điểm; xây dựng kế hoạch cải tiến "
     "cho các tiêu chuẩn chưa đạt.",
     "8", "9", None),
    ("qd", "Về việc thành lập Hội đồng tự đánh giá chất lượng Trường năm 2025",
     "Hội đồng gồm 15 thành viên do Hiệu trưởng làm Chủ tịch; giúp việc Hội đồng có Ban thư ký và các nhóm công tác "
     "phụ trách từng tiêu chí.",
     "8", "9", None),
    ("report", "Báo cáo khảo sát tình hình việc làm của sinh viên tốt nghiệp năm 2024",
     "Khảo sát 386/412 sinh viên tốt nghiệp sau 6 tháng: 91,2% có việc làm, trong đó 84% làm đúng ngành, nghề đào tạo; "
     "thu nhập bình quân 9,2 triệu đồng/tháng.",
     "8", "9", "CS"),
    ("report", "Báo cáo kết quả khảo sát ý kiến doanh nghiệp về chất lượng người học tốt nghiệp",
     "Khảo sát 52 doanh nghiệp sử dụng lao động là người tốt nghiệp của Trường; 88% doanh nghiệp hài lòng về kỹ năng "
     "nghề, 72% đánh giá tốt về ý thức kỷ luật, tác phong công nghiệp.",
     "8", "9", "CS"),
    ("report", "Báo cáo tổng hợp phiếu lấy ý kiến người học về hoạt động giảng dạy học kỳ I",
     "Thu về 2.140 phiếu đánh giá của người học về 156 nhà giáo; điểm trung bình 4,3/5; những nhà giáo có điểm dưới 3,5 "
     "được khoa góp ý, dự giờ và hỗ trợ.",
     "8", "9", "CS"),
    ("report", "Báo cáo kết quả khảo sát cán bộ quản lý, nhà giáo về chính sách của Trường năm 2025",
     "Có 164/198 viên chức tham gia khảo sát trực tuyến về chính sách tuyển dụng, bồi dưỡng, bổ nhiệm và chế độ làm "
     "việc; 81% hài lòng; đề xuất tăng hỗ trợ học sau đại học.",
     "8", "9", None),
    ("report", "Báo cáo tỷ lệ tốt nghiệp và bỏ học của các khóa kết thúc năm 2025",
     "Khóa 2022-2025 tuyển 520, tốt nghiệp 412 (79,2%), bỏ học 61 (11,7%); nguyên nhân bỏ học chủ yếu do hoàn cảnh gia "
     "đình và đi làm sớm.",
     "8", "9", "CS"),
    ("plan", "Kế hoạch cải tiến chất lượng sau đánh giá ngoài năm 2025",
     "Căn cứ kết luận của đoàn đánh giá ngoài, Trường cải tiến 9 tiêu chuẩn chưa đạt: khảo sát doanh nghiệp, bài báo "
     "khoa học, cập nhật giáo trình, phân tích tỷ lệ bỏ học.",
     "8", "9", None),
    # --- TT38 6: digital systems and data ---------------------------------------------------------------------
    ("plan", "Kế hoạch chuyển đổi số của Trường giai đoạn 2025-2027",
     "Triển khai nền tảng quản trị nhà trường số, số hóa 100% hồ sơ người học, kết nối dữ liệu với hệ thống thông tin "
     "giáo dục nghề nghiệp của Bộ; chữ ký số trong văn bản điều hành.",
     "2", "2", "6"),
    ("rule", "Quy chế bảo đảm an toàn thông tin mạng của Trường",
     "Quy định phân quyền truy cập, mật khẩu, sao lưu dữ liệu hằng tuần, phòng chống mã độc và quy trình xử lý sự cố "
     "mất an toàn thông tin trong hệ thống mạng nội bộ.",
     "5", "5", "6"),
    ("report", "Báo cáo cập nhật cơ sở dữ liệu người học và nhà giáo lên hệ thống của Bộ năm 2025",
     "Đã cập nhật thông tin 4.356 người học và 198 viên chức; dữ liệu tuyển sinh, tốt nghiệp được đồng bộ trước ngày "
     "15/12; còn 12 hồ sơ thiếu số định danh cá nhân.",
     "2", "2", "6"),
    # --- TT38 CS indicators -----------------------------------------------------------------------------------
    ("report", "Báo cáo kết quả tuyển sinh năm 2025",
     "Chỉ tiêu 1.200, số nhập học 1.084 (đạt 90,3%); trong đó cao đẳng 512, trung cấp 572. Ngành Điện công nghiệp và Công "
     "nghệ ô tô vượt chỉ tiêu.",
     "2", "2", "CS"),
    ("report", "Báo cáo thời lượng giảng dạy của nhà giáo cơ hữu theo từng chương trình đào tạo",
     "Nhà giáo cơ hữu đảm nhiệm 78% khối lượng giảng dạy; 4 chương trình có tỷ lệ thỉnh giảng trên 40% cần bổ sung "
     "giáo viên cơ hữu.",
     "3", "3", "CS"),
    ("report", "Báo cáo quy mô đào tạo ba năm 2023-2025",
     "Quy mô người học đang học: năm 2023 là 3.950, năm 2024 là 4.210, năm 2025 là 4.356 người; quy mô tăng đều ở các "
     "ngành kỹ thuật.",
     "8", "9", "CS"),
    # --- a few more per TT 14 criterion -------------------------------------------------------------------------
    ("qd", "Về việc giao quyền tự chủ về tổ chức bộ máy, nhân sự và tài chính cho Trường",
     "UBND tỉnh giao Trường tự chủ chi thường xuyên giai đoạn 2025-2027; Trường tự quyết định cơ cấu tổ chức, vị trí việc "
     "làm và số lượng người làm việc.",
     "1", "1", "1"),
    ("report", "Đề án vị trí việc làm của Trường",
     "Xác định 46 vị trí việc làm gồm lãnh đạo quản lý, chuyên môn nghiệp vụ và hỗ trợ phục vụ; số người làm việc 212.",
     "3", "3", "1"),
    ("plan", "Kế hoạch thực tập tốt nghiệp tại doanh nghiệp cho sinh viên khóa 16",
     "Bố trí 380 sinh viên thực tập 8 tuần tại 46 doanh nghiệp; giáo viên hướng dẫn theo dõi, doanh nghiệp nhận xét và "
     "chấm điểm thực tập.",
     "2", "2", "CS"),
    ("plan", "Kế hoạch tổ chức thi kỹ năng nghề cấp trường chọn thí sinh dự thi cấp quốc gia",
     "Tổ chức thi 8 nghề; chọn 12 thí sinh xuất sắc bồi dưỡng tập trung dự Hội thi kỹ năng nghề quốc gia và ASEAN.",
     "7", "8", None),
    ("bb", "Biên bản họp hội đồng khoa học rà soát giáo trình sau khi điều chỉnh chương trình",
     "Rà soát 28 giáo trình của các chương trình được điều chỉnh năm 2025; cập nhật 11 giáo trình, biên soạn thay thế 4 "
     "giáo trình không còn phù hợp.",
     "4", "4", "3"),
    ("report", "Báo cáo công tác học sinh, sinh viên năm học 2024-2025",
     "Tổ chức đối thoại giữa Hiệu trưởng và người học; tư vấn tâm lý cho 45 trường hợp; xử lý kỷ luật 12 học sinh vi phạm "
     "nội quy; giáo viên chủ nhiệm sinh hoạt lớp hằng tuần.",
     "7", "8", None),
    ("news", "Khánh thành xưởng thực hành Cơ điện tử đạt chuẩn quốc tế",
     "Xưởng rộng 850 m2 được trang bị dây chuyền sản xuất mô phỏng, robot công nghiệp và hệ thống khí nén với tổng vốn "
     "đầu tư 25 tỷ đồng từ dự án ODA Đức.",
     "5", "5", "4"),
    ("report", "Báo cáo kết quả bồi dưỡng chuẩn nghề nghiệp và nghiệp vụ sư phạm cho nhà giáo năm 2024",
     "47 nhà giáo hoàn thành bồi dưỡng nghiệp vụ sư phạm dạy trình độ cao đẳng; 32 nhà giáo đạt chứng chỉ kỹ năng nghề "
     "bậc 3; 100% nhà giáo đạt chuẩn nghề nghiệp.",
     "3", "3", "2"),
)


# Extra development documents (never in the test half): more of the kinds a school files, written as a
# school writes them, so changes are judged on more than the even base documents.
EXTRA_DEV: tuple[Base, ...] = (
    # --- TT14 1 / TT15 1 -----------------------------------------------------------------------------------
    ("qd", "Về việc kiện toàn Hội đồng thi đua, khen thưởng của Trường năm học 2025-2026",
     "Kiện toàn Hội đồng thi đua, khen thưởng gồm 11 thành viên do Hiệu trưởng làm Chủ tịch. Hội đồng có nhiệm vụ tham "
     "mưu xét danh hiệu thi đua, hình thức khen thưởng cho tập thể, cá nhân theo quy định.",
     "1", "1", "1"),
    ("qd", "Về việc ban hành Quy chế dân chủ ở cơ sở của Trường",
     "Quy chế quy định những việc phải công khai để viên chức, người lao động biết; những việc viên chức tham gia ý "
     "kiến, quyết định và giám sát; hình thức thực hiện dân chủ thông qua Hội nghị viên chức.",
     "1", "1", "1"),
    ("report", "Báo cáo kết quả thực hiện kế hoạch năm học 2024-2025 và phương hướng nhiệm vụ năm học 2025-2026",
     "Năm học qua, Nhà trường hoàn thành 9/10 chỉ tiêu đề ra; tuyển sinh đạt 104% kế hoạch; hoàn thiện cơ cấu tổ chức "
     "các phòng, khoa; đề ra 6 nhiệm vụ trọng tâm cho năm học mới.",
     "1", "1", "1"),
    ("news", "Hội nghị viên chức, người lao động năm học 2025-2026",
     "Sáng 28/9, Nhà trường tổ chức Hội nghị viên chức, người lao động. Hội nghị đã nghe báo cáo tổng kết năm học, thảo "
     "luận sửa đổi quy chế chi tiêu nội bộ, quy chế làm việc và ký giao ước thi đua giữa các đơn vị.",
     "1", "1", "1"),
    ("qd", "Về việc quy định chức năng, nhiệm vụ của các phòng, khoa, trung tâm thuộc Trường",
     "Quy định chức năng, nhiệm vụ, quyền hạn và mối quan hệ công tác của 5 phòng chức năng, 7 khoa chuyên môn và 2 "
     "trung tâm; Trưởng đơn vị chịu trách nhiệm trước Hiệu trưởng về hoạt động của đơn vị.",
     "1", "1", "1"),
    ("plan", "Kế hoạch cải tiến chất lượng sau tự đánh giá năm 2025",
     "Trên cơ sở kết quả tự đánh giá, Nhà trường xây dựng kế hoạch khắc phục những tồn tại ở các tiêu chuẩn chưa đạt, "
     "phân công đơn vị chủ trì, thời gian hoàn thành và nguồn lực thực hiện.",
     "8", "9", None),
    ("news", "Đoàn thanh niên Trường tổ chức Đại hội đại biểu nhiệm kỳ 2025-2027",
     "Đại hội đã tổng kết công tác Đoàn và phong trào thanh niên nhiệm kỳ qua, bầu Ban Chấp hành Đoàn trường khóa mới "
     "gồm 15 đồng chí và đề ra chương trình hành động vì thanh niên.",
     "1", "1", None),  # the union's own congress: đoàn thể (TT 14 1.5, TT 15 1.10), not a learners' activity
    ("report", "Báo cáo kết quả thực hiện công tác phòng, chống tham nhũng năm 2025",
     "Nhà trường đã công khai, minh bạch trong mua sắm tài sản, tuyển dụng, kê khai tài sản thu nhập đối với 24 người "
     "có nghĩa vụ kê khai; không phát hiện hành vi tham nhũng.",
     "1", "1", "1"),
    # --- TT14 2 / TT15 2 -----------------------------------------------------------------------------------
    ("qd", "Về việc ban hành lịch thi kết thúc mô-đun học kỳ II năm học 2024-2025",
     "Ban hành lịch thi kết thúc mô-đun của 64 lớp; các khoa bố trí giáo viên coi thi, chấm thi; Phòng Đào tạo tổ chức "
     "in sao đề thi và bàn giao bài thi theo quy định.",
     "2", "2", None),
    ("plan", "Kế hoạch tuyển sinh năm 2026",
     "Chỉ tiêu 1.350 người học các trình độ; phương thức xét tuyển; các đợt tư vấn tại trường trung học phổ thông; phân "
     "công các khoa phụ trách địa bàn; kinh phí truyền thông tuyển sinh.",
     "2", "2", "CS"),
    ("tb", "Thông báo về việc tổ chức thi lại, học lại cho sinh viên học kỳ I",
     "Sinh viên có điểm kết thúc mô-đun dưới 4,0 đăng ký thi lại tại Phòng Đào tạo trước ngày 20/2; sinh viên phải học "
     "lại đăng ký theo lớp ghép.",
     "2", "2", None),
    ("bb", "Biên bản họp Hội đồng xét điều kiện dự thi tốt nghiệp khóa 16",
     "Hội đồng xét 395 sinh viên; 381 sinh viên đủ điều kiện dự thi tốt nghiệp; 14 sinh viên còn nợ mô-đun không đủ "
     "điều kiện (danh sách kèm theo).",
     "2", "2", None),
    ("news", "Doanh nghiệp tham gia đánh giá bài thi thực hành tốt nghiệp nghề Công nghệ ô tô",
     "Năm nay, 6 kỹ sư của các garage và đại lý ô tô được mời làm giám khảo chấm bài thi thực hành tốt nghiệp của 120 "
     "sinh viên; các doanh nghiệp đánh giá cao kỹ năng của sinh viên.",
     "2", "2", None),
    ("qd", "Về việc giao nhiệm vụ giảng dạy cho giáo viên học kỳ I năm học 2025-2026",
     "Phân công 138 giáo viên giảng dạy các mô-đun, môn học theo kế hoạch đào tạo; trưởng khoa theo dõi việc thực hiện "
     "thời khóa biểu và tiến độ giảng dạy.",
     "2", "2", None),
    ("plan", "Kế hoạch tổ chức đào tạo thường xuyên và đào tạo nghề cho lao động nông thôn năm 2025",
     "Mở 25 lớp sơ cấp và đào tạo thường xuyên cho 750 lao động nông thôn các nghề may công nghiệp, sửa chữa máy nông "
     "nghiệp, chăn nuôi thú y; phối hợp với UBND các xã tuyển sinh.",
     "2", "2", "CS"),
    ("report", "Báo cáo kết quả học tập của học sinh, sinh viên học kỳ II",
     "Tỷ lệ người học đạt loại khá, giỏi 46%; trung bình 47%; yếu 7%. Các khoa có tỷ lệ yếu cao cần tăng cường phụ đạo "
     "và cố vấn học tập.",
     "2", "2", None),
    # --- TT14 3 / TT15 3 -----------------------------------------------------------------------------------
    ("qd", "Về việc cử viên chức đi học thạc sĩ năm 2025",
     "Cử 06 viên chức giảng dạy đi học thạc sĩ chuyên ngành Kỹ thuật điện, Kỹ thuật cơ khí tại Trường Đại học Bách khoa; "
     "viên chức được hưởng chế độ hỗ trợ học phí theo quy định của Trường.",
     "3", "3", "2"),
    ("report", "Báo cáo kết quả đánh giá, xếp loại chất lượng viên chức năm 2024",
     "Tổng số 186 viên chức được đánh giá: hoàn thành xuất sắc nhiệm vụ 28, hoàn thành tốt 141, hoàn thành 17, không "
     "hoàn thành 0.",
     "3", "3", "2"),
    ("plan", "Kế hoạch quy hoạch cán bộ lãnh đạo, quản lý giai đoạn 2026-2031",
     "Rà soát, bổ sung quy hoạch các chức danh Hiệu trưởng, Phó Hiệu trưởng, trưởng, phó phòng, khoa; tiêu chuẩn, trình "
     "độ, độ tuổi của cán bộ được đưa vào quy hoạch.",
     "3", "3", "2"),
    ("news", "Hội thi giáo viên dạy giỏi cấp trường năm 2025 thành công tốt đẹp",
     "Hội thi có 34 giáo viên tham gia với các bài giảng lý thuyết, thực hành và tích hợp. Ban giám khảo đã trao 3 giải "
     "Nhất, 5 giải Nhì và chọn 8 giáo viên dự thi cấp tỉnh.",
     "3", "3", "2"),
    ("qd", "Về việc tiếp nhận và bố trí công tác đối với viên chức",
     "Tiếp nhận bà Nguyễn Thị Hoa, thạc sĩ Kế toán, về công tác tại Khoa Kinh tế, vị trí việc làm giảng viên; hưởng "
     "lương theo hạng viên chức và bậc lương hiện hưởng.",
     "3", "3", "2"),
    ("list", "Danh sách nhà giáo đạt chuẩn kỹ năng nghề và nghiệp vụ sư phạm năm 2025",
     "Danh sách 142 nhà giáo với trình độ chuyên môn, chứng chỉ kỹ năng nghề, chứng chỉ sư phạm dạy nghề, trình độ "
     "ngoại ngữ và tin học.",
     "3", "3", "2"),
    ("report", "Báo cáo thực hiện chế độ làm việc của nhà giáo năm học 2024-2025",
     "Định mức giờ chuẩn giảng dạy của nhà giáo; thống kê số giờ vượt định mức, thời gian nghiên cứu khoa học và học tập "
     "bồi dưỡng của từng nhà giáo.",
     "3", "3", "2"),
    # --- TT14 4 / TT15 4 -----------------------------------------------------------------------------------
    ("qd", "Về việc ban hành chương trình đào tạo trình độ cao đẳng ngành Kế toán doanh nghiệp",
     "Ban hành chương trình đào tạo gồm 28 mô-đun, môn học, khối lượng 2.250 giờ, thời gian đào tạo 2,5 năm; chương "
     "trình được xây dựng trên cơ sở chuẩn đầu ra và tham khảo ý kiến doanh nghiệp.",
     "4", "4", "3"),
    ("qd", "Về việc thành lập Hội đồng biên soạn giáo trình đào tạo năm 2025",
     "Thành lập Hội đồng biên soạn 12 giáo trình mô-đun chuyên môn nghề; phân công chủ biên, thành viên biên soạn và "
     "thời gian hoàn thành trước tháng 10/2025.",
     "4", "4", "3"),
    ("bb", "Biên bản họp lấy ý kiến doanh nghiệp góp ý chương trình đào tạo nghề Hàn",
     "Đại diện 7 doanh nghiệp cơ khí góp ý bổ sung nội dung hàn TIG, hàn ống áp lực và an toàn hàn trong chương trình; "
     "đề nghị tăng thời lượng thực tập tại doanh nghiệp.",
     "4", "4", "3"),
    ("report", "Báo cáo rà soát, điều chỉnh chương trình đào tạo năm 2025",
     "Rà soát 18 chương trình; điều chỉnh mục tiêu, chuẩn đầu ra và nội dung của 7 chương trình để cập nhật tiến bộ "
     "khoa học công nghệ và yêu cầu của thị trường lao động.",
     "4", "4", "3"),
    ("tb", "Thông báo lựa chọn giáo trình sử dụng trong giảng dạy năm học 2025-2026",
     "Các khoa đề xuất danh mục giáo trình, tài liệu tham khảo cho từng mô-đun; Hội đồng thẩm định lựa chọn giáo trình "
     "phù hợp với chương trình đào tạo.",
     "4", "4", "3"),
    ("news", "Giới thiệu chương trình đào tạo liên thông từ trung cấp lên cao đẳng",
     "Chương trình liên thông dành cho người đã tốt nghiệp trung cấp cùng ngành; thời gian học 1 năm; người học được "
     "miễn các mô-đun đã tích lũy.",
     "4", "4", "3"),
    # --- TT14 5 / TT15 5 -----------------------------------------------------------------------------------
    ("qd", "Về việc phê duyệt kế hoạch lựa chọn nhà thầu mua sắm thiết bị đào tạo nghề Điện tử",
     "Phê duyệt kế hoạch lựa chọn nhà thầu gói thầu mua sắm 45 bộ thiết bị thực hành điện tử số, vi điều khiển; hình "
     "thức đấu thầu rộng rãi qua mạng.",
     "5", "5", "4"),
    ("bb", "Biên bản kiểm kê tài sản, thiết bị đào tạo năm 2025",
     "Kiểm kê tại 12 xưởng, phòng thí nghiệm: 1.236 thiết bị, trong đó 1.104 thiết bị hoạt động tốt, 88 thiết bị cần "
     "sửa chữa, 44 thiết bị đề nghị thanh lý.",
     "5", "5", "4"),
    ("rule", "Nội quy xưởng thực hành",
     "Người học phải mặc bảo hộ lao động khi vào xưởng; chỉ vận hành máy khi có giáo viên hướng dẫn; giữ gìn vệ sinh, "
     "tắt điện, khóa nước sau buổi thực hành.",
     "5", "5", "4"),
    ("report", "Báo cáo công tác thư viện năm 2025",
     "Thư viện có 18.500 đầu sách, 46 đầu báo, tạp chí; thư viện điện tử có 3.200 tài liệu số; phục vụ 21.000 lượt "
     "bạn đọc; bổ sung 650 đầu sách chuyên ngành.",
     "5", "5", "4"),
    ("news", "Diễn tập phương án chữa cháy và cứu nạn cứu hộ tại Trường",
     "Phối hợp với Cảnh sát phòng cháy chữa cháy tỉnh, Nhà trường tổ chức diễn tập tình huống cháy tại khu ký túc xá và "
     "xưởng thực hành với sự tham gia của 300 học sinh, viên chức.",
     "5", "5", "4"),
    ("plan", "Kế hoạch sửa chữa, cải tạo phòng học và nhà xưởng năm 2026",
     "Cải tạo 12 phòng học lý thuyết, chống thấm mái xưởng cơ khí, thay hệ thống điện chiếu sáng; dự toán 3,2 tỷ đồng từ "
     "nguồn kinh phí sự nghiệp.",
     "5", "5", "4"),
    ("bb", "Biên bản bàn giao, đưa vào sử dụng phòng thực hành máy tính",
     "Bàn giao phòng thực hành 40 máy tính cấu hình mới, máy chiếu, điều hòa và mạng internet cho Khoa Công nghệ thông "
     "tin quản lý, sử dụng.",
     "5", "5", "4"),
    # --- TT14 6 / TT15 6 -----------------------------------------------------------------------------------
    ("plan", "Kế hoạch hoạt động khoa học và công nghệ năm 2026",
     "Đăng ký 12 đề tài nghiên cứu cấp trường, 01 đề tài cấp tỉnh; tổ chức hội thảo khoa học về đổi mới phương pháp dạy "
     "học; khuyến khích giáo viên viết bài báo khoa học.",
     "6", "6", None),
    ("news", "Hội thảo khoa học Ứng dụng công nghệ số trong đào tạo nghề",
     "Hội thảo thu hút 26 tham luận của giảng viên, chuyên gia trong và ngoài tỉnh; các ý kiến tập trung vào mô phỏng "
     "thực tế ảo và học liệu số trong giảng dạy thực hành.",
     "6", "6", None),
    ("qd", "Về việc cử đoàn viên chức đi học tập kinh nghiệm tại Nhật Bản",
     "Cử đoàn 05 viên chức đi học tập kinh nghiệm đào tạo nghề và tìm hiểu chương trình thực tập sinh kỹ năng tại Nhật "
     "Bản từ ngày 10 đến 20/11; kinh phí do đối tác hỗ trợ.",
     "6", "6", None),
    ("report", "Báo cáo tổng kết phong trào sinh viên nghiên cứu khoa học năm học 2024-2025",
     "28 đề tài của sinh viên được hướng dẫn thực hiện; 6 đề tài đạt giải cấp trường và 2 đề tài dự thi cấp tỉnh; nhiều "
     "sản phẩm được ứng dụng trong thực hành.",
     "6", "6", None),
    ("mou", "Thỏa thuận hợp tác với Viện Công nghệ KOICA về đào tạo giảng viên",
     "Hai bên hợp tác trao đổi giảng viên, tổ chức khóa bồi dưỡng ngắn hạn, trao đổi chuyên gia và phát triển dự án hợp "
     "tác quốc tế trong lĩnh vực cơ điện tử.",
     "6", "6", None),
    # --- TT14 7 / TT15 8 -----------------------------------------------------------------------------------
    ("qd", "Về việc cấp học bổng khuyến khích học tập học kỳ I năm học 2025-2026",
     "Cấp học bổng cho 186 học sinh, sinh viên có kết quả học tập và rèn luyện từ loại khá trở lên; mức học bổng từ "
     "1.200.000 đồng đến 2.000.000 đồng mỗi tháng.",
     "7", "8", None),
    ("news", "Ngày hội việc làm năm 2025: hơn 2.000 vị trí tuyển dụng cho sinh viên",
     "Ngày hội có 48 doanh nghiệp tham gia tuyển dụng, phỏng vấn trực tiếp; sinh viên được tư vấn kỹ năng viết hồ sơ, "
     "trả lời phỏng vấn.",
     "7", "8", None),
    ("plan", "Kế hoạch tổ chức Tuần sinh hoạt công dân học sinh, sinh viên đầu khóa",
     "Phổ biến quy chế, nội quy; giáo dục chính trị tư tưởng, pháp luật, an toàn giao thông; giới thiệu các chế độ chính "
     "sách đối với người học.",
     "7", "8", None),
    ("qd", "Về việc trợ cấp xã hội cho học sinh dân tộc thiểu số, học sinh khuyết tật",
     "Trợ cấp xã hội cho 76 học sinh là người dân tộc thiểu số ở vùng khó khăn, học sinh khuyết tật; mức trợ cấp theo "
     "quy định hiện hành.",
     "7", "8", None),
    ("report", "Báo cáo công tác y tế trường học và bảo hiểm y tế học sinh, sinh viên",
     "97% học sinh, sinh viên tham gia bảo hiểm y tế; khám sức khỏe đầu khóa cho 1.320 người học; phòng y tế cấp "
     "thuốc, sơ cứu ban đầu.",
     "7", "8", None),
    ("news", "Giải bóng đá sinh viên chào mừng ngày Nhà giáo Việt Nam",
     "Giải đấu có 16 đội bóng của các lớp tham gia; hoạt động văn nghệ, thể thao góp phần rèn luyện sức khỏe, tinh thần "
     "đoàn kết của học sinh, sinh viên.",
     "7", "8", None),
    ("tb", "Thông báo về chế độ chính sách đối với người học năm học 2025-2026",
     "Người học thuộc diện hộ nghèo, cận nghèo, mồ côi được miễn học phí; học sinh tốt nghiệp THCS học trung cấp được "
     "miễn học phí; hồ sơ nộp tại Phòng Công tác học sinh sinh viên.",
     "7", "8", None),
    # --- TT14 8 / TT15 9 -----------------------------------------------------------------------------------
    ("qd", "Về việc thành lập Hội đồng tự đánh giá chất lượng cơ sở giáo dục nghề nghiệp năm 2025",
     "Hội đồng tự đánh giá gồm 15 thành viên do Hiệu trưởng làm Chủ tịch; thư ký và các nhóm công tác chuyên trách thu "
     "thập minh chứng, viết báo cáo tự đánh giá.",
     "8", "9", None),
    ("report", "Báo cáo khảo sát mức độ hài lòng của doanh nghiệp về người tốt nghiệp",
     "Khảo sát 62 doanh nghiệp sử dụng lao động là người tốt nghiệp của Trường: 91% hài lòng về kỹ năng nghề, 84% hài "
     "lòng về thái độ làm việc.",
     "8", "9", "CS"),
    ("plan", "Kế hoạch lấy ý kiến phản hồi của các bên liên quan năm học 2025-2026",
     "Lấy ý kiến người học về giảng dạy, ý kiến viên chức về công tác quản lý, ý kiến doanh nghiệp về chất lượng người "
     "tốt nghiệp; tổng hợp và sử dụng kết quả để cải tiến.",
     "8", "9", "CS"),
    ("qd", "Về việc công nhận cơ sở giáo dục nghề nghiệp đạt tiêu chuẩn kiểm định chất lượng",
     "Công nhận Trường đạt tiêu chuẩn kiểm định chất lượng giáo dục nghề nghiệp với tổng điểm 88/100; giấy chứng nhận "
     "có giá trị 05 năm.",
     "8", "9", None),
    ("report", "Báo cáo theo dõi người tốt nghiệp sau 6 tháng ra trường",
     "Liên hệ với 412 người tốt nghiệp: 87% có việc làm đúng nghề, thu nhập bình quân 8,5 triệu đồng mỗi tháng, 5% học "
     "liên thông.",
     "8", "9", "CS"),
    # --- TT15 7 finance (TT 14 has no finance criterion) --------------------------------------------------
    ("qd", "Về việc ban hành Quy chế chi tiêu nội bộ năm 2025",
     "Quy chế quy định định mức chi tiền lương, thu nhập tăng thêm, công tác phí, chi hội nghị, chi khen thưởng và sử "
     "dụng nguồn thu sự nghiệp của Trường.",
     None, "7", "5"),
    ("report", "Báo cáo tình hình thu, chi các nguồn kinh phí năm 2025",
     "Tổng thu 68 tỷ đồng, trong đó ngân sách cấp 41 tỷ, thu học phí 19 tỷ, thu dịch vụ 8 tỷ; chi thường xuyên 59 tỷ; "
     "trích lập quỹ phát triển hoạt động sự nghiệp 3 tỷ.",
     None, "7", "5"),
    ("tb", "Thông báo công khai dự toán ngân sách năm 2026",
     "Công khai dự toán thu, chi ngân sách nhà nước và nguồn thu sự nghiệp được giao năm 2026 theo Thông tư hướng dẫn "
     "công khai ngân sách.",
     None, "7", "5"),
    # --- a second batch, written before looking at how the matcher does on it ------------------------------
    ("news", "Trường tổ chức Lễ bế giảng và trao bằng tốt nghiệp cho 520 tân kỹ sư thực hành",
     "Tại buổi lễ, Hiệu trưởng trao bằng tốt nghiệp và khen thưởng 12 sinh viên tốt nghiệp loại xuất sắc. Đại diện "
     "doanh nghiệp cam kết tiếp nhận các em vào làm việc.",
     "2", "2", None),
    ("qd", "Về việc thành lập Ban chỉ đạo chuyển đổi số của Trường",
     "Ban chỉ đạo có nhiệm vụ chỉ đạo số hóa hồ sơ, học liệu; triển khai phần mềm quản lý người học, quản lý đào tạo và "
     "ứng dụng chữ ký số trong văn bản điện tử.",
     "2", "2", "6"),
    ("report", "Báo cáo công tác tuyển sinh năm 2025",
     "Tổng số thí sinh nhập học 1.286 người, đạt 107% chỉ tiêu; trình độ cao đẳng 512, trung cấp 774; các ngành kỹ "
     "thuật tăng so với năm trước.",
     "2", "2", "CS"),
    ("tb", "Thông báo kế hoạch thực tập sản xuất của học sinh khóa 48",
     "Học sinh thực tập tại các doanh nghiệp liên kết trong 10 tuần; giáo viên hướng dẫn theo dõi nhật ký thực tập; "
     "doanh nghiệp đánh giá kết quả.",
     "2", "2", "CS"),
    ("qd", "Về việc kỷ luật học sinh vi phạm quy chế thi",
     "Đình chỉ thi đối với 03 học sinh mang tài liệu vào phòng thi; hủy kết quả bài thi và cho thi lại ở kỳ thi sau.",
     "2", "2", None),
    ("report", "Báo cáo kết quả đánh giá năng lực của giáo viên theo chuẩn năm học 2024-2025",
     "100% giáo viên được đánh giá theo chuẩn chuyên môn, nghiệp vụ; 34% đạt mức tốt, 58% đạt mức khá; đề xuất bồi "
     "dưỡng cho 8% giáo viên chưa đạt.",
     "3", "3", "2"),
    ("tb", "Thông báo tuyển sinh lớp bồi dưỡng nghiệp vụ sư phạm cho giáo viên thỉnh giảng",
     "Khóa bồi dưỡng nghiệp vụ sư phạm dạy trình độ sơ cấp dành cho kỹ sư, nghệ nhân tham gia thỉnh giảng tại Trường.",
     "3", "3", "2"),
    ("qd", "Về việc nâng lương trước thời hạn do lập thành tích xuất sắc năm 2025",
     "Nâng bậc lương trước thời hạn 12 tháng cho 09 viên chức có thành tích xuất sắc trong thực hiện nhiệm vụ.",
     "3", "3", None),
    ("news", "Giáo viên Khoa Điện tham gia khóa tập huấn công nghệ PLC tại doanh nghiệp Đức",
     "15 giáo viên được chuyên gia của hãng hướng dẫn lập trình PLC, điều khiển tự động và được cấp chứng chỉ sau khóa "
     "tập huấn 2 tuần.",
     "3", "3", "2"),
    ("bb", "Biên bản thẩm định chương trình đào tạo trình độ trung cấp nghề May thời trang",
     "Hội đồng thẩm định gồm 7 thành viên, trong đó có 2 đại diện doanh nghiệp may; thống nhất chương trình đạt yêu cầu, "
     "đề nghị bổ sung nội dung thiết kế rập trên máy tính.",
     "4", "4", "3"),
    ("list", "Danh mục giáo trình các mô-đun chuyên môn nghề năm học 2025-2026",
     "Danh mục gồm 146 giáo trình của 18 chương trình đào tạo, ghi rõ năm ban hành, tác giả, quyết định phê duyệt.",
     "4", "4", "3"),
    ("qd", "Về việc ban hành quy trình xây dựng, thẩm định và ban hành giáo trình đào tạo",
     "Quy trình gồm các bước đăng ký biên soạn, biên soạn, thẩm định, nghiệm thu, phê duyệt và đưa vào sử dụng giáo "
     "trình; trách nhiệm của khoa, phòng và hội đồng thẩm định.",
     "4", "4", "3"),
    ("news", "Khánh thành nhà thi đấu đa năng phục vụ học sinh, sinh viên",
     "Nhà thi đấu rộng 1.200 m2 gồm sân bóng chuyền, cầu lông, bóng bàn và phòng tập thể hình, với kinh phí 14 tỷ đồng.",
     "5", "5", "4"),
    ("qd", "Về việc ban hành Quy định quản lý, cấp phát và sử dụng vật tư thực hành",
     "Quy định việc lập dự trù, mua sắm, nhập kho, cấp phát vật tư cho các lớp theo tiến độ đào tạo và thu hồi phế liệu "
     "sau thực hành.",
     "5", "5", "4"),
    ("report", "Báo cáo kết quả thực hiện công tác bảo vệ môi trường năm 2025",
     "Thu gom, phân loại chất thải rắn tại xưởng, xử lý nước thải khu ký túc xá; trồng 300 cây xanh trong khuôn viên.",
     "5", "5", "4"),
    ("bb", "Biên bản kiểm tra hệ thống phòng cháy chữa cháy năm 2025",
     "Đoàn kiểm tra của Công an tỉnh kiểm tra hệ thống báo cháy, bình chữa cháy, lối thoát nạn tại các khu nhà học, "
     "xưởng và ký túc xá.",
     "5", "5", "4"),
    ("qd", "Về việc công nhận kết quả nghiệm thu đề tài nghiên cứu khoa học cấp trường năm 2025",
     "Công nhận 9 đề tài đạt loại xuất sắc và tốt; các chủ nhiệm đề tài hoàn thiện hồ sơ, chuyển giao sản phẩm cho các "
     "khoa sử dụng trong giảng dạy.",
     "6", "6", None),
    ("news", "Sinh viên Hàn Quốc đến giao lưu văn hóa và học tập tại Trường",
     "Đoàn 20 sinh viên trường đại học đối tác Hàn Quốc tham gia giao lưu văn hóa, học tiếng Việt và trải nghiệm thực "
     "hành nghề trong 2 tuần.",
     "6", "6", None),
    ("list", "Danh sách sáng kiến kinh nghiệm được công nhận năm học 2024-2025",
     "34 sáng kiến kinh nghiệm của giáo viên về đổi mới phương pháp giảng dạy, chế tạo mô hình học cụ được hội đồng "
     "công nhận.",
     "6", "6", None),
    ("qd", "Về việc hỗ trợ chi phí học tập cho học sinh thuộc hộ nghèo",
     "Hỗ trợ chi phí học tập cho 58 học sinh thuộc hộ nghèo, hộ cận nghèo với mức 60% mức lương cơ sở, thời gian hưởng "
     "10 tháng mỗi năm học.",
     "7", "8", None),
    ("news", "Đối thoại giữa Hiệu trưởng với học sinh, sinh viên năm học 2025-2026",
     "Tại buổi đối thoại, học sinh, sinh viên nêu ý kiến về điều kiện ký túc xá, căng tin, wifi và lịch học; Hiệu trưởng "
     "giải đáp và chỉ đạo các phòng khắc phục.",
     "7", "8", None),
    ("plan", "Kế hoạch tổ chức hoạt động ngoại khóa và câu lạc bộ học sinh, sinh viên năm học 2025-2026",
     "Thành lập 8 câu lạc bộ tiếng Anh, kỹ năng sống, võ thuật, guitar; tổ chức các buổi sinh hoạt chuyên đề và giao lưu "
     "văn nghệ hằng tháng.",
     "7", "8", None),
    ("report", "Báo cáo kết quả tư vấn việc làm và giới thiệu việc làm cho sinh viên tốt nghiệp",
     "Trung tâm tư vấn việc làm đã giới thiệu 640 sinh viên đến phỏng vấn tại 52 doanh nghiệp; tổ chức 6 buổi tập huấn "
     "kỹ năng tìm việc.",
     "7", "8", "CS"),
    ("qd", "Về việc ban hành quy trình khảo sát ý kiến người học về chất lượng giảng dạy",
     "Quy trình quy định đối tượng, thời điểm, phiếu khảo sát, cách tổng hợp, phân tích và sử dụng kết quả khảo sát để "
     "cải tiến hoạt động giảng dạy.",
     "8", "9", "CS"),
    ("report", "Báo cáo kết quả khảo sát ý kiến nhà giáo, cán bộ quản lý về chính sách của Trường",
     "456 phiếu khảo sát; 82% nhà giáo hài lòng với chính sách bồi dưỡng, 76% hài lòng với chế độ đãi ngộ; đề xuất sửa "
     "đổi quy chế chi tiêu nội bộ.",
     "8", "9", None),
    ("plan", "Kế hoạch đánh giá ngoài chất lượng cơ sở giáo dục nghề nghiệp",
     "Chuẩn bị hồ sơ, minh chứng, báo cáo tự đánh giá để tổ chức kiểm định đánh giá ngoài; làm việc với đoàn đánh giá "
     "ngoài dự kiến tháng 11/2025.",
     "8", "9", None),
    ("report", "Báo cáo công khai tài chính năm 2025",
     "Công khai quyết toán thu, chi ngân sách nhà nước, nguồn thu học phí và dịch vụ, số dư các quỹ theo quy định.",
     None, "7", "5"),
    ("qd", "Về việc ban hành mức thu học phí năm học 2025-2026",
     "Mức thu học phí trình độ cao đẳng 1.100.000 đồng mỗi tháng, trung cấp 980.000 đồng mỗi tháng; học phí thu theo "
     "học kỳ.",
     None, "7", "5"),
    # --- a third batch ------------------------------------------------------------------------------------------
    ("nq", "Nghị quyết Hội đồng trường về phê duyệt phương hướng phát triển Trường năm 2026",
     "Hội đồng trường thống nhất các chỉ tiêu phát triển năm 2026: quy mô 4.600 người học, mở 2 ngành mới, đầu tư xưởng "
     "thực hành; giao Hiệu trưởng tổ chức thực hiện.",
     "1", "1", "1"),
    ("qd", "Về việc phân công nhiệm vụ của Hiệu trưởng và các Phó Hiệu trưởng",
     "Hiệu trưởng phụ trách chung, công tác tổ chức cán bộ, tài chính; Phó Hiệu trưởng thứ nhất phụ trách đào tạo, khảo "
     "thí; Phó Hiệu trưởng thứ hai phụ trách cơ sở vật chất, công tác học sinh sinh viên.",
     "1", "1", "1"),
    ("report", "Báo cáo kết quả thực hiện quy chế dân chủ và công tác tiếp công dân năm 2025",
     "Tổ chức 2 hội nghị đối thoại với viên chức; tiếp 6 lượt công dân; giải quyết 2 đơn kiến nghị đúng thời hạn; không "
     "có khiếu nại, tố cáo vượt cấp.",
     "1", "1", "1"),
    ("plan", "Kế hoạch khắc phục các điểm chưa phù hợp sau đánh giá nội bộ hệ thống quản lý chất lượng",
     "Các đơn vị phân tích nguyên nhân, đề ra hành động khắc phục cho 17 điểm chưa phù hợp về kiểm soát hồ sơ, quy trình "
     "mua sắm và quy trình tuyển sinh; thời hạn hoàn thành 30/6.",
     "1", "1", None),
    ("tb", "Thông báo lịch thi tốt nghiệp trình độ cao đẳng năm 2025",
     "Thi lý thuyết tổng hợp ngày 10/6, thi thực hành nghề từ 12 đến 16/6 tại các xưởng; sinh viên có mặt trước giờ thi "
     "30 phút, mang thẻ sinh viên.",
     "2", "2", None),
    ("qd", "Về việc mở lớp đào tạo trình độ trung cấp theo hình thức vừa làm vừa học",
     "Mở 02 lớp trung cấp Điện công nghiệp theo hình thức vừa làm vừa học tại huyện Gia Bình cho 68 học viên là người lao "
     "động của các doanh nghiệp.",
     "2", "2", None),
    ("report", "Báo cáo kết quả kiểm tra, giám sát hoạt động dạy và học tại các khoa năm học 2024-2025",
     "Kiểm tra đột xuất 48 lượt lên lớp; phát hiện 5 trường hợp dạy không đúng tiến độ; đề xuất khoa điều chỉnh kế "
     "hoạch và nhắc nhở giáo viên.",
     "2", "2", None),
    ("plan", "Kế hoạch chấm thi và phúc khảo bài thi kết thúc mô-đun học kỳ I",
     "Tổ chức chấm hai vòng độc lập; công bố điểm sau 10 ngày; người học có quyền đề nghị phúc khảo trong 5 ngày kể từ "
     "ngày công bố.",
     "2", "2", None),
    ("qd", "Về việc thành lập Hội đồng thi tuyển viên chức năm 2025",
     "Hội đồng thi tuyển gồm 5 thành viên, có nhiệm vụ tổ chức thi viết, phỏng vấn, thực hành giảng dạy và báo cáo kết "
     "quả tuyển dụng.",
     "3", "3", "2"),
    ("report", "Báo cáo tổng kết công tác đào tạo, bồi dưỡng đội ngũ nhà giáo năm 2025",
     "98 lượt nhà giáo được bồi dưỡng chuyên môn, kỹ năng nghề, tin học, ngoại ngữ; đánh giá hiệu quả sau bồi dưỡng "
     "thông qua dự giờ và kết quả giảng dạy.",
     "3", "3", "2"),
    ("list", "Danh sách cán bộ quản lý các phòng, khoa và trình độ chuyên môn",
     "Danh sách 34 trưởng, phó phòng, khoa với trình độ chuyên môn, lý luận chính trị, quản lý nhà nước và thời hạn bổ "
     "nhiệm.",
     "3", "3", "2"),
    ("news", "Chuyên gia doanh nghiệp tham gia xây dựng chương trình đào tạo nghề Công nghệ ô tô",
     "Đại diện 5 đại lý ô tô tham gia hội thảo phát triển chương trình, đề xuất bổ sung mô-đun xe điện và hệ thống hỗ "
     "trợ lái.",
     "4", "4", "3"),
    ("qd", "Về việc phê duyệt chương trình đào tạo trình độ sơ cấp nghề Sửa chữa xe máy",
     "Phê duyệt chương trình đào tạo sơ cấp thời gian 3 tháng, 360 giờ, trong đó thực hành chiếm 75%; áp dụng từ năm "
     "2025.",
     "4", "4", "3"),
    ("report", "Báo cáo đánh giá giáo trình sau một năm sử dụng",
     "Tổng hợp ý kiến của giáo viên và người học về 36 giáo trình: 30 giáo trình phù hợp, 6 giáo trình cần chỉnh sửa "
     "nội dung thực hành.",
     "4", "4", "3"),
    ("bb", "Biên bản nghiệm thu công trình cải tạo ký túc xá khu B",
     "Nghiệm thu hạng mục cải tạo 48 phòng ở, thay mới hệ thống điện, nước, khu vệ sinh; công trình đạt yêu cầu kỹ thuật, "
     "đưa vào sử dụng.",
     "5", "5", "4"),
    ("plan", "Kế hoạch bổ sung sách, tài liệu tham khảo cho thư viện năm 2026",
     "Bổ sung 800 đầu sách chuyên ngành theo đề xuất của các khoa; mua quyền truy cập cơ sở dữ liệu tài liệu điện tử; "
     "số hóa 300 giáo trình nội bộ.",
     "5", "5", "4"),
    ("qd", "Về việc thanh lý tài sản, thiết bị hư hỏng không còn sử dụng",
     "Thanh lý 62 máy móc, thiết bị đào tạo đã hết khấu hao, hư hỏng không sửa chữa được theo biên bản kiểm kê; thành "
     "lập hội đồng thanh lý.",
     "5", "5", "4"),
    ("contract", "Hợp đồng chuyển giao quy trình sản xuất giống nấm cho Hợp tác xã",
     "Nhà trường chuyển giao quy trình nhân giống và nuôi trồng nấm, tập huấn kỹ thuật cho 25 xã viên, theo dõi mô hình "
     "trong 6 tháng.",
     "6", "6", None),
    ("plan", "Kế hoạch hợp tác quốc tế năm 2026",
     "Duy trì quan hệ với 6 đối tác nước ngoài; tiếp nhận 2 đoàn chuyên gia Đức; cử 4 giáo viên đi bồi dưỡng tại Hàn "
     "Quốc; tuyển chọn học sinh đi thực tập tại Nhật Bản.",
     "6", "6", None),
    ("news", "Nhà trường tổ chức Lễ khai giảng năm học mới và tuyên dương học sinh tiêu biểu",
     "Tại lễ khai giảng, Nhà trường trao thưởng cho 45 học sinh, sinh viên đạt thành tích cao trong học tập, rèn luyện "
     "và các thủ khoa đầu vào.",
     "7", "8", None),
    ("qd", "Về việc xét cho học sinh, sinh viên vào ở ký túc xá năm học 2025-2026",
     "Xét duyệt 420 học sinh, sinh viên vào ở ký túc xá; ưu tiên học sinh là người dân tộc thiểu số, ở xa, thuộc hộ "
     "nghèo.",
     "7", "8", None),
    ("report", "Báo cáo công tác bảo đảm an ninh trật tự trong Trường năm 2025",
     "Phối hợp với công an phường tuyên truyền phòng chống ma túy, tệ nạn xã hội; không để xảy ra vụ việc mất an ninh "
     "trật tự trong khuôn viên trường.",
     "7", "8", None),
    ("tb", "Thông báo về việc xét học bổng và trợ cấp cho học sinh, sinh viên học kỳ II",
     "Các lớp lập danh sách học sinh, sinh viên đủ điều kiện xét học bổng khuyến khích học tập và trợ cấp xã hội, nộp "
     "về Phòng Công tác học sinh sinh viên.",
     "7", "8", None),
    ("report", "Báo cáo phân tích tỷ lệ bỏ học của người học năm học 2024-2025",
     "Tỷ lệ bỏ học toàn trường 6,8%, cao nhất ở khóa năm thứ nhất trình độ trung cấp; nguyên nhân chủ yếu do hoàn cảnh "
     "gia đình và đi làm sớm; đề xuất giải pháp giảm tỷ lệ bỏ học.",
     "8", "9", "CS"),
    ("bb", "Biên bản họp Hội đồng tự đánh giá thông qua báo cáo tự đánh giá",
     "Hội đồng thống nhất thông qua báo cáo tự đánh giá với kết quả 86 điểm; giao thư ký hoàn thiện hồ sơ minh chứng và "
     "gửi cơ quan quản lý.",
     "8", "9", None),
    ("plan", "Kế hoạch khảo sát tình hình việc làm của người học tốt nghiệp năm 2025",
     "Liên hệ qua điện thoại, mạng xã hội với 100% người tốt nghiệp sau 6 và 12 tháng; tổng hợp tỷ lệ có việc làm theo "
     "từng ngành, nghề.",
     "8", "9", "CS"),
    ("bb", "Biên bản kiểm tra công tác thu, chi và quản lý quỹ tiền mặt quý III",
     "Kiểm tra sổ quỹ, chứng từ thu chi, đối chiếu số dư tiền gửi kho bạc; sổ sách kế toán ghi chép đầy đủ, đúng quy "
     "định.",
     None, "7", "5"),
    ("qd", "Về việc giao dự toán thu, chi năm 2026 cho các đơn vị trực thuộc",
     "Giao dự toán thu sự nghiệp và chi hoạt động cho các khoa, trung tâm; các đơn vị thực hiện thu, chi đúng quy chế chi "
     "tiêu nội bộ.",
     None, "7", "5"),
    # --- a fourth batch ------------------------------------------------------------------------------------------
    ("qd", "Về việc ban hành Quy chế văn hóa công sở của Trường",
     "Quy định trang phục, giao tiếp, ứng xử của viên chức, người lao động; treo Quốc kỳ, sử dụng biển tên và bố trí "
     "phòng làm việc tại Trường.",
     "1", "1", "1"),
    ("news", "Đảng bộ Trường tổ chức lễ kết nạp đảng viên mới là học sinh, sinh viên",
     "Chi bộ Khoa Điện kết nạp 4 đảng viên là học sinh, sinh viên có thành tích xuất sắc trong học tập và rèn luyện.",
     "1", "1", None),
    ("report", "Báo cáo kết quả tuyển sinh và nhập học các lớp liên kết đào tạo với doanh nghiệp",
     "Tuyển được 86 học viên cho 3 lớp đào tạo theo đặt hàng của doanh nghiệp; doanh nghiệp hỗ trợ học phí và cam kết "
     "tuyển dụng sau tốt nghiệp.",
     "2", "2", "CS"),
    ("list", "Danh sách học sinh, sinh viên đi thực tập tại doanh nghiệp Nhật Bản",
     "Danh sách 24 học sinh, sinh viên thực tập kỹ năng nghề có hưởng lương tại các nhà máy ở tỉnh Aichi, Nhật Bản trong "
     "12 tháng.",
     "2", "2", "CS"),
    ("plan", "Kế hoạch bồi dưỡng kỹ năng số cho đội ngũ nhà giáo năm 2026",
     "Bồi dưỡng kỹ năng thiết kế bài giảng điện tử, sử dụng phần mềm mô phỏng và khai thác học liệu số cho 140 nhà giáo.",
     "3", "3", "2"),
    ("qd", "Về việc công nhận nhà giáo đạt chuẩn giáo viên dạy thực hành trình độ trung cấp",
     "Công nhận 18 nhà giáo có chứng chỉ kỹ năng nghề và chứng chỉ nghiệp vụ sư phạm đạt chuẩn giáo viên dạy thực hành.",
     "3", "3", "2"),
    ("tb", "Thông báo công khai chuẩn đầu ra các ngành đào tạo trình độ cao đẳng",
     "Nhà trường công khai chuẩn đầu ra về kiến thức, kỹ năng, mức độ tự chủ và trách nhiệm của 12 ngành trình độ cao "
     "đẳng trên trang thông tin điện tử.",
     "4", "2", "3"),
    ("bb", "Biên bản họp tổ bộ môn rà soát đề cương chi tiết các mô-đun",
     "Tổ bộ môn rà soát đề cương chi tiết 14 mô-đun, cập nhật tài liệu tham khảo và bài tập thực hành phù hợp với thiết bị "
     "mới.",
     "4", "4", "3"),
    ("report", "Báo cáo sử dụng và quản lý nguyên, nhiên, vật liệu thực hành năm 2025",
     "Tổng giá trị vật liệu cấp phát 3,1 tỷ đồng; tỷ lệ tái sử dụng phôi hàn, sắt thép đạt 35%; đề xuất điều chỉnh định "
     "mức tiêu hao cho nghề Hàn.",
     "5", "5", "4"),
    ("news", "Thư viện điện tử của Trường chính thức đi vào hoạt động",
     "Người học tra cứu hơn 5.000 tài liệu số, giáo trình điện tử qua tài khoản cá nhân trên máy tính và điện thoại.",
     "5", "5", "4"),
    ("bb", "Biên bản nghiệm thu sáng kiến cải tiến mô hình dạy học điện ô tô",
     "Hội đồng nghiệm thu đánh giá mô hình làm lợi cho công tác giảng dạy, đề nghị công nhận sáng kiến cấp cơ sở và nhân "
     "rộng tại các khoa.",
     "6", "6", None),
    ("news", "Học sinh tham gia Ngày hội hiến máu tình nguyện Giọt hồng xứ Kinh Bắc",
     "Hơn 350 học sinh, sinh viên và viên chức đăng ký hiến máu, thu được 280 đơn vị máu cho bệnh viện tỉnh.",
     "7", "8", None),
    ("qd", "Về việc ban hành Quy chế công tác học sinh, sinh viên",
     "Quy chế quy định quyền và nghĩa vụ của học sinh, sinh viên; khen thưởng, kỷ luật; công tác giáo viên chủ nhiệm, cố vấn "
     "học tập và quản lý học sinh ngoại trú.",
     "7", "8", None),
    ("report", "Báo cáo kết quả lấy ý kiến người học về chất lượng dịch vụ căng tin, ký túc xá",
     "Khảo sát 800 người học: 71% hài lòng với căng tin, 64% hài lòng với ký túc xá; Nhà trường yêu cầu nhà cung cấp cải "
     "thiện thực đơn.",
     "8", "9", "CS"),
    ("plan", "Kế hoạch đối sánh tỷ lệ tốt nghiệp với các trường cùng ngành năm 2025",
     "Thu thập số liệu tỷ lệ tốt nghiệp, tỷ lệ bỏ học của 4 trường cao đẳng trong vùng để so sánh và đề ra chỉ tiêu cải "
     "tiến.",
     "8", "9", "CS"),
    ("report", "Báo cáo kết quả kiểm toán nhà nước năm 2024",
     "Kiểm toán Nhà nước khu vực kiến nghị xuất toán 120 triệu đồng chi sai định mức và điều chỉnh hạch toán tài sản cố "
     "định.",
     None, "7", "5"),
    # --- a fifth batch (issue #11, top-3): written from school practice before running the matcher on it,
    # spread over every criterion, most where standards of different criteria share words ---------------------
    # TT14 1 / TT15 1
    ("qd", "Về việc thành lập Ban chỉ đạo xây dựng và vận hành hệ thống bảo đảm chất lượng",
     "Ban chỉ đạo do Hiệu trưởng làm Trưởng ban, các Phó Hiệu trưởng làm Phó Trưởng ban, trưởng các đơn vị là thành viên; "
     "Phòng Khảo thí và Bảo đảm chất lượng là cơ quan thường trực, giúp Ban chỉ đạo rà soát các quy trình.",
     "1", "1", None),
    ("report", "Báo cáo rà soát, sửa đổi các văn bản quy định nội bộ năm 2025",
     "Năm 2025 Nhà trường rà soát 42 văn bản quy định nội bộ; sửa đổi, bổ sung 9 văn bản, bãi bỏ 3 văn bản không còn phù "
     "hợp với Luật Giáo dục nghề nghiệp sửa đổi và Điều lệ trường cao đẳng.",
     "1", "1", "1"),
    ("news", "Chi bộ Khoa Cơ khí tổ chức sinh hoạt chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
     "Buổi sinh hoạt chuyên đề có sự tham dự của 100% đảng viên chi bộ. Các đảng viên đã thảo luận, đăng ký nội dung làm "
     "theo gắn với nhiệm vụ giảng dạy và rèn luyện học sinh.",
     "1", "1", None),
    ("bb", "Biên bản họp Hội đồng trường phiên thường kỳ quý IV năm 2025",
     "Hội đồng trường thông qua nghị quyết về kế hoạch tài chính năm 2026, chủ trương mở 2 ngành mới và việc kiện toàn "
     "nhân sự Ban Giám hiệu; Chủ tịch Hội đồng trường giao thư ký hoàn thiện nghị quyết.",
     "1", "1", "1"),
    ("plan", "Kế hoạch kiểm tra nội bộ năm học 2025-2026",
     "Kiểm tra việc thực hiện nhiệm vụ của các phòng, khoa, trung tâm; kiểm tra công tác quản lý tài sản, hồ sơ học sinh "
     "và việc thực hiện quy chế dân chủ; Ban kiểm tra nội bộ báo cáo kết quả và kiến nghị với Hiệu trưởng.",
     "1", "1", "1"),
    ("news", "Công đoàn Trường tổ chức Hội thi nấu ăn chào mừng Ngày Phụ nữ Việt Nam 20/10",
     "Hội thi thu hút 12 đội đến từ các công đoàn bộ phận. Ban nữ công công đoàn trao giải và tặng quà cho các nữ đoàn "
     "viên có hoàn cảnh khó khăn.",
     "1", "1", None),
    ("qd", "Về việc giao quyền tự chủ cho các khoa trong tổ chức đào tạo và quản lý nguồn thu",
     "Các khoa được chủ động xây dựng kế hoạch giảng dạy, phân công giáo viên, tổ chức các lớp ngắn hạn và sử dụng phần "
     "nguồn thu để lại theo quy chế; trưởng khoa chịu trách nhiệm trước Hiệu trưởng về kết quả.",
     "1", "1", "1"),
    ("report", "Báo cáo khảo sát nhu cầu nhân lực kỹ thuật của các doanh nghiệp trên địa bàn tỉnh năm 2025",
     "Khảo sát 96 doanh nghiệp tại các khu công nghiệp cho thấy nhu cầu tuyển dụng 4.200 lao động kỹ thuật, tập trung ở các "
     "nghề điện tử, cơ điện tử, logistics. Nhà trường đề xuất mở mới 2 nghề và điều chỉnh quy mô đào tạo.",
     "1", "1", "1"),
    ("tb", "Thông báo phân công nhiệm vụ các thành viên Ban Giám hiệu năm học 2025-2026",
     "Hiệu trưởng phụ trách chung, công tác tổ chức cán bộ, tài chính; Phó Hiệu trưởng thứ nhất phụ trách đào tạo, khảo "
     "thí; Phó Hiệu trưởng thứ hai phụ trách cơ sở vật chất, công tác học sinh sinh viên.",
     "1", "1", "1"),
    ("qd", "Ve viec ban hanh Quy trinh kiem soat tai lieu va ho so trong he thong dam bao chat luong",
     "Quy trinh quy dinh cach soan thao, phe duyet, ban hanh, phan phoi, luu tru tai lieu va ho so cua cac don vi; Phong "
     "Khao thi va Dam bao chat luong quan ly danh muc tai lieu hien hanh.",
     "1", "1", None),
    ("report", "Báo cáo kết quả thực hiện chính sách đối với người có công và đối tượng chính sách trong Trường năm 2025",
     "Nhà trường thực hiện đầy đủ chế độ ưu đãi đối với viên chức là thương binh, con liệt sĩ; tổ chức thăm hỏi gia đình "
     "chính sách nhân ngày Thương binh liệt sĩ 27/7.",
     "3", "1", None),  # TT 14 3.2: chế độ, chính sách for its staff; TT 15 1.12: chính sách ưu đãi
    ("news", "Hội Cựu chiến binh Trường tổng kết hoạt động nhiệm kỳ 2022-2025",
     "Chi hội Cựu chiến binh Nhà trường có 18 hội viên, tích cực tham gia giáo dục truyền thống cho học sinh, sinh viên và "
     "giữ gìn an ninh trật tự trong khuôn viên trường.",
     "1", "1", None),
    # TT14 2 / TT15 2
    ("qd", "Về việc phê duyệt kết quả trúng tuyển trình độ cao đẳng đợt 2 năm 2025",
     "Phê duyệt danh sách 286 thí sinh trúng tuyển trình độ cao đẳng đợt 2 theo phương thức xét học bạ; thí sinh trúng tuyển "
     "làm thủ tục nhập học tại Phòng Đào tạo từ ngày 05/9.",
     "2", "2", "CS"),
    ("bb", "Biên bản thanh tra công tác coi thi kết thúc mô-đun học kỳ I",
     "Ban thanh tra thi kiểm tra 38 phòng thi; phát hiện 2 thí sinh sử dụng tài liệu trái phép, đã lập biên bản đình chỉ thi; "
     "cán bộ coi thi thực hiện đúng quy chế.",
     "2", "2", None),
    ("plan", "Kế hoạch tổ chức đào tạo theo hình thức vừa làm vừa học năm 2026",
     "Mở 4 lớp trung cấp vừa làm vừa học cho người lao động tại doanh nghiệp; học vào buổi tối và ngày nghỉ; giáo viên "
     "giảng dạy tại cơ sở của doanh nghiệp.",
     "2", "2", None),
    ("tb", "Thong bao lich hoc va thoi khoa bieu hoc ky II nam hoc 2025-2026",
     "Thoi khoa bieu cac lop cao dang, trung cap duoc cap nhat tren phan mem quan ly dao tao; hoc sinh xem lich hoc theo "
     "tuan, giao vien kiem tra lich giang day truoc ngay khai giang hoc ky.",
     "2", "2", None),
    ("report", "Báo cáo kết quả dự giờ, thăm lớp của Ban Giám hiệu học kỳ II",
     "Ban Giám hiệu và trưởng khoa dự 68 giờ dạy lý thuyết và thực hành; đánh giá phương pháp dạy học tích cực, việc sử "
     "dụng thiết bị; đề nghị điều chỉnh tiến độ ở 3 lớp chậm so với kế hoạch.",
     "2", "2", None),
    ("qd", "Về việc ban hành Quy định đào tạo liên thông từ trình độ trung cấp lên trình độ cao đẳng",
     "Quy định điều kiện tuyển sinh liên thông, việc công nhận kết quả học tập các mô-đun đã tích lũy, miễn trừ môn học "
     "và tổ chức đào tạo phần chương trình còn lại.",
     "2", "2", None),
    ("news", "Kỳ thi tốt nghiệp trình độ trung cấp năm 2025 diễn ra nghiêm túc",
     "Hơn 500 học sinh dự thi lý thuyết tổng hợp và thực hành nghề. Các phòng thi bố trí camera giám sát; kết quả được "
     "công bố trên cổng thông tin của Trường sau 10 ngày.",
     "2", "2", None),
    ("qd", "Về việc cấp chứng chỉ sơ cấp cho học viên lớp Điện dân dụng khóa 3",
     "Cấp chứng chỉ sơ cấp cho 35 học viên đã hoàn thành chương trình đào tạo nghề Điện dân dụng; Phòng Đào tạo lập sổ "
     "cấp phát chứng chỉ theo quy định.",
     "2", "2", None),
    ("report", "Báo cáo kết quả đào tạo tại doanh nghiệp theo mô hình đào tạo kép năm 2025",
     "Học sinh học lý thuyết tại trường và thực hành 60% thời lượng tại doanh nghiệp; người hướng dẫn của doanh nghiệp "
     "cùng giáo viên đánh giá kỹ năng theo phiếu đánh giá thống nhất.",
     "2", "2", "CS"),
    ("tb", "Thông báo xét học bổng khuyến khích học tập học kỳ I và xử lý học vụ",
     "Danh sách học sinh bị cảnh báo kết quả học tập do điểm trung bình tích lũy dưới 1,0; học sinh bị buộc thôi học do "
     "không đăng ký học lại.",
     "2", "2", None),
    ("plan", "Kế hoạch số hóa hồ sơ đào tạo và cấp văn bằng điện tử năm 2026",
     "Số hóa sổ điểm, bảng điểm, quyết định công nhận tốt nghiệp từ năm 2015; xây dựng cơ sở dữ liệu văn bằng, chứng chỉ để "
     "tra cứu trực tuyến.",
     "2", "2", "6"),
    ("rule", "Quy định về tổ chức kiểm tra thường xuyên, kiểm tra định kỳ và thi kết thúc mô-đun",
     "Số bài kiểm tra theo thời lượng mô-đun, hình thức kiểm tra tự luận, trắc nghiệm, thực hành; điều kiện dự thi kết thúc "
     "mô-đun; cách tính điểm tổng kết.",
     "2", "2", None),
    ("contract", "Hợp đồng liên kết đào tạo trình độ trung cấp với Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện",
     "Trường chịu trách nhiệm chương trình, giáo viên, tổ chức thi và cấp bằng; Trung tâm bố trí phòng học, tuyển sinh và "
     "quản lý học sinh tại địa phương.",
     "2", "2", None),
    # TT14 3 / TT15 3 / TT38 2
    ("qd", "Về việc bổ nhiệm lại Trưởng phòng Tổ chức - Hành chính",
     "Bổ nhiệm lại ông Trần Văn Minh giữ chức vụ Trưởng phòng Tổ chức - Hành chính, thời hạn 5 năm; ông Minh được hưởng phụ "
     "cấp chức vụ theo quy định hiện hành.",
     "3", "3", "2"),
    ("plan", "Kế hoạch cử nhà giáo đi thực tập tại doanh nghiệp năm 2025",
     "Cử 24 nhà giáo các khoa Điện, Cơ khí, Ô tô thực tập 4 tuần tại doanh nghiệp để cập nhật công nghệ sản xuất mới; nhà "
     "giáo viết báo cáo thu hoạch sau đợt thực tập.",
     "3", "3", "2"),
    ("report", "Báo cáo thống kê đội ngũ nhà giáo theo trình độ và tỷ lệ quy đổi người học trên nhà giáo năm học 2025-2026",
     "Tổng số 158 nhà giáo cơ hữu, 21 nhà giáo thỉnh giảng; tỷ lệ quy đổi 18 người học/nhà giáo; 82% nhà giáo có trình độ "
     "thạc sĩ trở lên.",
     "3", "3", "2"),
    ("qd", "Về việc nâng bậc lương thường xuyên và nâng bậc lương trước thời hạn năm 2025",
     "Nâng bậc lương thường xuyên cho 37 viên chức, nâng bậc lương trước thời hạn cho 5 viên chức có thành tích xuất sắc "
     "trong thực hiện nhiệm vụ.",
     "3", "3", "2"),
    ("contract", "Hợp đồng thỉnh giảng giáo viên dạy mô-đun Điều khiển PLC",
     "Bên A mời ông Lê Quang Huy, kỹ sư tự động hóa Công ty Điện lực, thỉnh giảng 90 giờ mô-đun Điều khiển PLC tại Khoa "
     "Điện; thù lao theo quy chế chi tiêu nội bộ.",
     "3", "3", "2"),
    ("news", "Nhà giáo Khoa Điện tử hoàn thành khóa bồi dưỡng nghiệp vụ sư phạm dạy trình độ cao đẳng",
     "22 nhà giáo mới tuyển dụng đã hoàn thành chương trình bồi dưỡng nghiệp vụ sư phạm 200 giờ và được cấp chứng chỉ.",
     "3", "3", "2"),
    ("report", "Báo cáo tổng kết công tác bồi dưỡng cán bộ quản lý năm 2025",
     "12 cán bộ quản lý hoàn thành lớp bồi dưỡng quản lý nhà nước ngạch chuyên viên chính, 8 cán bộ học trung cấp lý luận "
     "chính trị; đánh giá hiệu quả áp dụng vào công tác quản lý.",
     "3", "3", "2"),
    ("qd", "Về việc xử lý kỷ luật viên chức vi phạm quy định về đạo đức nhà giáo",
     "Thi hành kỷ luật hình thức khiển trách đối với ông Nguyễn Văn B, giáo viên Khoa Cơ khí, do vi phạm quy định về đạo "
     "đức nhà giáo trong quan hệ với người học.",
     "3", "3", "2"),
    ("rule", "Quy định về chế độ làm việc và định mức giờ giảng của nhà giáo",
     "Nhà giáo dạy 450 giờ chuẩn mỗi năm; quy đổi giờ hướng dẫn thực tập, coi thi, chấm thi; chế độ thanh toán giờ vượt "
     "định mức.",
     "3", "3", "2"),
    ("plan", "Ke hoach tuyen dung vien chuc giang day nam 2026",
     "Tuyen 15 vien chuc giang day nganh Logistics, Co dien tu, Cong nghe thong tin theo vi tri viec lam con thieu; hinh "
     "thuc xet tuyen, thu giang.",
     "3", "3", "2"),
    ("news", "Trao Kỷ niệm chương Vì sự nghiệp giáo dục nghề nghiệp cho 15 nhà giáo",
     "Nhân dịp kỷ niệm Ngày Nhà giáo Việt Nam 20/11, 15 nhà giáo có nhiều đóng góp được trao Kỷ niệm chương; Nhà trường "
     "tôn vinh các nhà giáo đạt danh hiệu chiến sĩ thi đua.",
     "3", "3", "2"),
    # TT14 4 / TT15 4 / TT38 3
    ("qd", "Về việc thành lập Hội đồng thẩm định chương trình đào tạo ngành Logistics trình độ cao đẳng",
     "Hội đồng thẩm định gồm 7 thành viên, trong đó có 2 chuyên gia doanh nghiệp logistics; Hội đồng đánh giá mục tiêu, "
     "chuẩn đầu ra, cấu trúc và khối lượng của chương trình.",
     "4", "4", "3"),
    ("bb", "Biên bản nghiệm thu giáo trình mô-đun Lắp đặt hệ thống điện mặt trời",
     "Hội đồng nghiệm thu đánh giá giáo trình bám sát chương trình, nội dung cập nhật công nghệ mới, có bài tập thực hành; "
     "đề nghị Hiệu trưởng ban hành làm tài liệu giảng dạy chính thức.",
     "4", "4", "3"),
    ("plan", "Kế hoạch xây dựng chương trình đào tạo các nghề mới năm 2026",
     "Xây dựng chương trình đào tạo 3 nghề mới: Vận hành thiết bị bay không người lái, Thương mại điện tử, Công nghệ kỹ "
     "thuật năng lượng tái tạo; khảo sát doanh nghiệp và lập ban chủ nhiệm.",
     "4", "4", "3"),
    ("report", "Báo cáo đánh giá chương trình đào tạo sau 3 năm thực hiện",
     "Đánh giá 15 chương trình sau 3 năm: mức độ đạt chuẩn đầu ra, sự phù hợp với thị trường lao động; đề xuất điều chỉnh "
     "thời lượng thực hành và bổ sung mô-đun chuyển đổi số.",
     "4", "4", "3"),
    ("news", "Khoa Du lịch tiếp nhận chuyển giao chương trình đào tạo nghề Quản trị khách sạn từ Úc",
     "Nhà trường tiếp nhận bộ chương trình, giáo trình chuyển giao và tổ chức bồi dưỡng giáo viên để giảng dạy chương trình "
     "chất lượng cao từ năm học 2026.",
     "6", "6", "3"),  # a programme transferred from abroad: international cooperation (TT 14 6.4, TT 15 6.5)
    ("tb", "Thông báo lấy ý kiến nhà giáo và người học về giáo trình đang sử dụng",
     "Các khoa tổ chức lấy ý kiến về mức độ phù hợp của giáo trình với chương trình đào tạo, tính cập nhật của nội dung và "
     "sự thuận tiện cho việc dạy học tích cực; tổng hợp gửi Phòng Đào tạo.",
     "4", "4", "3"),
    ("qd", "Ve viec ban hanh giao trinh cac mo-dun nghe Cong nghe o to trinh do trung cap",
     "Ban hanh 18 giao trinh mo-dun chuyen mon nghe Cong nghe o to da duoc Hoi dong tham dinh thong qua, dung lam tai lieu "
     "giang day va hoc tap chinh thuc.",
     "4", "4", "3"),
    ("bb", "Biên bản rà soát các mô-đun được công nhận khi học liên thông lên cao đẳng",
     "Tổ rà soát đối chiếu chương trình trung cấp và cao đẳng nghề Điện công nghiệp, xác định 21 mô-đun được miễn học, 6 "
     "mô-đun phải học bổ sung.",
     "4", "4", "3"),
    ("rule", "Quy trình xây dựng, thẩm định và ban hành chương trình đào tạo",
     "Các bước: khảo sát nhu cầu, xác định chuẩn đầu ra, thiết kế cấu trúc mô-đun, lấy ý kiến chuyên gia, thẩm định, phê "
     "duyệt ban hành và công bố chương trình.",
     "4", "4", "3"),
    ("report", "Báo cáo kết quả biên soạn và cập nhật giáo trình năm 2025",
     "Hoàn thành biên soạn mới 14 giáo trình, cập nhật 22 giáo trình theo chương trình điều chỉnh; 100% mô-đun chuyên môn "
     "có giáo trình đã được thẩm định.",
     "4", "4", "3"),
    # TT14 5 / TT15 5 / TT38 4
    ("qd", "Về việc phê duyệt kế hoạch lựa chọn nhà thầu mua sắm thiết bị đào tạo nghề Cơ điện tử",
     "Phê duyệt gói thầu mua sắm 45 danh mục thiết bị đào tạo nghề Cơ điện tử gồm mô hình PLC, robot công nghiệp, trạm "
     "MPS; hình thức đấu thầu rộng rãi qua mạng.",
     "5", "5", "4"),
    ("bb", "Biên bản kiểm kê tài sản, thiết bị các xưởng thực hành năm 2025",
     "Kiểm kê 1.860 thiết bị tại 22 xưởng, phòng thực hành; 34 thiết bị hư hỏng đề nghị sửa chữa, 12 thiết bị hết khấu hao "
     "đề nghị thanh lý.",
     "5", "5", "4"),
    ("plan", "Kế hoạch bảo trì, bảo dưỡng máy móc, thiết bị năm 2026",
     "Lịch bảo dưỡng định kỳ các máy công cụ CNC, máy hàn, thiết bị điện; phân công kỹ thuật viên phụ trách; ghi nhật ký "
     "sử dụng và lý lịch máy.",
     "5", "5", "4"),
    ("news", "Khánh thành nhà xưởng thực hành 5 tầng khu công nghệ cao",
     "Công trình có tổng diện tích sàn 6.500 m2 với 18 xưởng thực hành, phòng học chuyên môn hóa và hệ thống phòng cháy "
     "chữa cháy tự động, đáp ứng nhu cầu thực hành của 1.500 học sinh.",
     "5", "5", "4"),
    ("rule", "Nội quy xưởng thực hành và quy định an toàn lao động khi thực hành",
     "Người học mặc bảo hộ lao động, không tự ý vận hành máy khi chưa được hướng dẫn; giáo viên kiểm tra an toàn điện, máy "
     "móc trước giờ thực hành; vệ sinh xưởng cuối buổi.",
     "5", "5", "4"),
    ("report", "Báo cáo hiện trạng sử dụng đất và quy hoạch tổng thể mặt bằng khuôn viên Trường",
     "Tổng diện tích đất 9,2 ha, đã có giấy chứng nhận quyền sử dụng đất; mật độ xây dựng 28%; cây xanh 35%; đề xuất điều "
     "chỉnh quy hoạch xây dựng thêm khu thể thao.",
     "5", "5", "4"),
    ("qd", "Về việc ban hành định mức kinh tế - kỹ thuật vật tư tiêu hao đào tạo nghề Hàn trình độ cao đẳng",
     "Ban hành định mức que hàn, phôi thép, khí CO2, đá mài cho từng mô-đun của nghề Hàn; Phòng Quản trị cấp phát vật tư "
     "theo định mức và kế hoạch thực hành.",
     "5", "5", "4"),
    ("news", "Thu vien Truong bo sung 1.200 dau sach chuyen nganh",
     "Thu vien vua bo sung 1.200 dau sach, tap chi chuyen nganh co khi, dien, kinh te; mo cua phuc vu ban doc ca ngay thu "
     "bay va ket noi voi thu vien so cua cac truong.",
     "5", "5", "4"),
    ("bb", "Biên bản kiểm tra hệ thống điện, cấp thoát nước và phòng cháy chữa cháy của Trường",
     "Đoàn kiểm tra hệ thống điện các dãy nhà học, trạm biến áp, bể nước, hệ thống thoát nước thải; bình chữa cháy còn hạn, "
     "đề nghị thay dây dẫn khu nhà C.",
     "5", "5", "4"),
    ("plan", "Kế hoạch quan trắc môi trường và xử lý chất thải nguy hại năm 2025",
     "Quan trắc môi trường không khí xưởng hàn, sơn; thu gom dầu thải, giẻ lau dính dầu tại xưởng ô tô; ký hợp đồng với đơn "
     "vị có chức năng xử lý chất thải nguy hại.",
     "5", "5", "4"),
    ("report", "Báo cáo tình hình sử dụng phòng học, xưởng thực hành học kỳ I",
     "Hiệu suất sử dụng phòng học lý thuyết 78%, xưởng thực hành 85%; một số phòng máy tính quá tải vào buổi sáng; đề xuất "
     "bố trí lại lịch sử dụng phòng.",
     "5", "5", "4"),
    # TT14 6 / TT15 6
    ("qd", "Về việc phê duyệt danh mục đề tài nghiên cứu khoa học cấp trường năm 2026",
     "Phê duyệt 14 đề tài nghiên cứu khoa học cấp trường của nhà giáo và 6 đề tài của sinh viên; kinh phí thực hiện từ quỹ "
     "phát triển hoạt động sự nghiệp.",
     "6", "6", None),
    ("news", "Hội nghị khoa học Đổi mới phương pháp dạy học trong giáo dục nghề nghiệp",
     "Hội nghị nhận được 38 tham luận của nhà giáo và các nhà khoa học; kỷ yếu hội nghị được xuất bản có mã số ISBN.",
     "6", "6", None),
    ("mou", "Biên bản ghi nhớ hợp tác với Viện Công nghệ KOSEN, Nhật Bản",
     "Hai bên hợp tác trao đổi giảng viên, sinh viên, phát triển chương trình đào tạo kỹ sư thực hành và tổ chức hội thảo "
     "khoa học chung hằng năm.",
     "6", "6", None),
    ("report", "Báo cáo kết quả hợp tác quốc tế năm 2025",
     "Nhà trường tiếp 5 đoàn khách quốc tế, cử 8 giáo viên đi bồi dưỡng tại Đức và Hàn Quốc, triển khai dự án hợp tác với tổ "
     "chức GIZ về đào tạo nghề xanh.",
     "6", "6", None),
    ("list", "Danh sách bài báo của nhà giáo đăng trên tạp chí khoa học năm 2025",
     "Danh sách 27 bài báo đăng trên Tạp chí Giáo dục nghề nghiệp, Tạp chí Cơ khí Việt Nam và 3 bài đăng kỷ yếu hội thảo "
     "quốc tế.",
     "6", "6", None),
    ("bb", "Bien ban nghiem thu de tai nghien cuu khoa hoc cap truong che tao mo hinh dao tao he thong phanh ABS",
     "Hoi dong nghiem thu danh gia de tai dat loai tot; san pham duoc dua vao giang day mo-dun He thong phanh tu nam hoc toi.",
     "6", "6", None),
    ("qd", "Về việc ban hành Quy định quản lý hoạt động khoa học và công nghệ",
     "Quy định đăng ký, xét duyệt, thực hiện, nghiệm thu đề tài, sáng kiến; chế độ khuyến khích, hỗ trợ kinh phí đối với bài "
     "báo khoa học và sáng kiến được công nhận.",
     "6", "6", None),
    ("news", "Đoàn chuyên gia Hàn Quốc làm việc về dự án nâng cấp Trung tâm đào tạo nghề chất lượng cao",
     "Chuyên gia của Cơ quan Hợp tác quốc tế Hàn Quốc khảo sát, thống nhất với Nhà trường danh mục hỗ trợ thiết bị và bồi "
     "dưỡng giáo viên theo dự án ODA.",
     "6", "6", None),
    # TT14 7 / TT15 8
    ("plan", "Kế hoạch tổ chức Tuần sinh hoạt công dân - học sinh, sinh viên đầu khóa năm học 2025-2026",
     "Phổ biến quy chế đào tạo, nội quy, quy chế công tác học sinh; giới thiệu ngành nghề, chế độ chính sách; giáo dục an "
     "toàn giao thông, phòng chống ma túy cho học sinh khóa mới.",
     "7", "8", None),
    ("qd", "Về việc miễn, giảm học phí cho học sinh, sinh viên học kỳ I năm học 2025-2026",
     "Miễn học phí cho 312 học sinh tốt nghiệp THCS học trung cấp, giảm 70% học phí cho 45 sinh viên người dân tộc thiểu số "
     "ở vùng đặc biệt khó khăn.",
     "7", "8", None),
    ("news", "Sôi nổi Giải bóng đá nam học sinh, sinh viên chào mừng ngày Nhà giáo Việt Nam",
     "Giải thu hút 16 đội bóng đến từ các khoa; đội Khoa Ô tô giành chức vô địch. Đoàn trường trao cúp và tặng giấy khen "
     "cho các cầu thủ xuất sắc.",
     "7", "8", None),
    ("report", "Báo cáo công tác chăm sóc sức khỏe và bảo hiểm y tế học sinh, sinh viên năm học 2024-2025",
     "Trạm y tế khám sức khỏe đầu khóa cho 1.450 học sinh; 98% học sinh tham gia bảo hiểm y tế; phòng chống dịch sốt xuất "
     "huyết trong ký túc xá.",
     "7", "8", None),
    ("qd", "Về việc khen thưởng học sinh, sinh viên đạt thành tích xuất sắc trong học tập và rèn luyện năm học 2024-2025",
     "Khen thưởng 86 học sinh, sinh viên đạt danh hiệu xuất sắc, giỏi; trao học bổng Vừ A Dính cho 10 học sinh dân tộc thiểu "
     "số vượt khó học tốt.",
     "7", "8", None),
    ("rule", "Nội quy ký túc xá học sinh, sinh viên",
     "Giờ mở cửa, giờ tự học, giờ tắt đèn; cấm nấu ăn, sử dụng thiết bị điện công suất lớn trong phòng ở; đăng ký khách đến "
     "thăm; xử lý vi phạm nội quy.",
     "7", "8", None),
    ("news", "Tư vấn tâm lý học đường: đồng hành cùng học sinh vượt qua áp lực học tập",
     "Phòng tư vấn tâm lý của Trường tiếp nhận hơn 120 lượt học sinh mỗi học kỳ; tổ chức chuyên đề kỹ năng sống, phòng "
     "chống bạo lực học đường và xâm hại.",
     "7", "8", None),
    ("report", "Bao cao ket qua thuc hien che do chinh sach doi voi hoc sinh dan toc noi tru nam 2025",
     "Cap hoc bong chinh sach, tro cap mua sam do dung ca nhan va tien tau xe cho 64 hoc sinh dan toc thieu so noi tru theo "
     "Nghi dinh cua Chinh phu.",
     "7", "8", None),
    ("plan", "Kế hoạch tổ chức Hội thi văn nghệ Tiếng hát học sinh, sinh viên năm 2025",
     "Mỗi khoa tham gia ít nhất 3 tiết mục; Đoàn thanh niên phối hợp Phòng Công tác học sinh tổ chức vòng sơ khảo, chung "
     "khảo; trao giải toàn đoàn và giải tiết mục xuất sắc.",
     "7", "8", None),
    ("qd", "Về việc thành lập Đội thanh niên tình nguyện hè năm 2025",
     "Đội gồm 45 đoàn viên, sinh viên tham gia sửa chữa điện dân dụng miễn phí, dạy học cho trẻ em và xây nhà nhân ái tại "
     "các xã vùng cao.",
     "7", "8", None),
    ("bb", "Biên bản đối thoại giữa Hiệu trưởng với học sinh, sinh viên năm 2025",
     "Người học kiến nghị về học phí, điều kiện ký túc xá, wifi và lịch thực tập; Hiệu trưởng trả lời trực tiếp và giao các "
     "đơn vị giải quyết trong tháng.",
     "7", "8", None),
    ("tb", "Thông báo chương trình giới thiệu việc làm và tuyển dụng trực tiếp cho sinh viên năm cuối",
     "Trung tâm Quan hệ doanh nghiệp và Hỗ trợ việc làm phối hợp với 20 doanh nghiệp phỏng vấn, tuyển dụng trực tiếp sinh "
     "viên năm cuối tại hội trường A.",
     "7", "8", None),
    # TT14 8 / TT15 9 / TT38 CS
    ("report", "Báo cáo kết quả khảo sát tình hình việc làm của người học tốt nghiệp năm 2024",
     "Khảo sát 1.020 người tốt nghiệp sau 12 tháng: 89% có việc làm, 81% làm đúng ngành nghề được đào tạo, thu nhập bình "
     "quân 8,5 triệu đồng/tháng.",
     "8", "9", "CS"),
    ("plan", "Kế hoạch tự đánh giá chất lượng cơ sở giáo dục nghề nghiệp năm 2026",
     "Thành lập hội đồng tự đánh giá, các nhóm công tác chuyên trách; thu thập minh chứng theo từng tiêu chí, tiêu chuẩn; "
     "viết báo cáo tự đánh giá và gửi cơ quan quản lý trước tháng 11.",
     "8", "9", None),
    ("qd", "Về việc thành lập Hội đồng tự đánh giá chất lượng trường năm 2025",
     "Hội đồng tự đánh giá gồm 15 thành viên do Hiệu trưởng làm Chủ tịch; Hội đồng chỉ đạo các nhóm công tác thu thập, xử "
     "lý minh chứng và viết báo cáo tự đánh giá.",
     "8", "9", None),
    ("report", "Báo cáo tổng hợp ý kiến của nhà giáo, cán bộ quản lý về chính sách tuyển dụng, đào tạo, bồi dưỡng",
     "Phiếu khảo sát gửi 180 nhà giáo, cán bộ quản lý; 76% hài lòng với chính sách bồi dưỡng, 58% hài lòng với chế độ đãi ngộ; "
     "kiến nghị tăng kinh phí đi thực tập doanh nghiệp.",
     "8", "9", None),
    ("news", "Đoàn đánh giá ngoài làm việc với Trường về kiểm định chất lượng",
     "Đoàn chuyên gia của Trung tâm kiểm định chất lượng giáo dục nghề nghiệp khảo sát thực tế, phỏng vấn nhà giáo, người "
     "học và kiểm tra hồ sơ minh chứng trong 3 ngày.",
     "8", "9", None),
    ("report", "Báo cáo khảo sát mức độ hài lòng của người học về hoạt động giảng dạy học kỳ II",
     "Khảo sát trực tuyến 1.300 người học về phương pháp giảng dạy, kiểm tra đánh giá, thiết bị thực hành: 84% hài lòng; "
     "kết quả phản hồi đến từng khoa và nhà giáo.",
     "8", "9", "CS"),
    ("plan", "Ke hoach lay y kien don vi su dung lao dong ve muc do dap ung cua nguoi tot nghiep nam 2025",
     "Gui phieu khao sat den 40 doanh nghiep dang su dung nguoi tot nghiep cua Truong; tong hop muc do dap ung ve kien thuc, "
     "ky nang, thai do lam viec.",
     "8", "9", "CS"),
    ("report", "Báo cáo theo dõi tỷ lệ bỏ học và giải pháp giảm tỷ lệ bỏ học năm học 2024-2025",
     "Tỷ lệ bỏ học toàn trường 6,8%, cao nhất ở trình độ trung cấp khóa đầu; nguyên nhân chủ yếu do hoàn cảnh gia đình và "
     "đi làm sớm; đề xuất tăng cố vấn học tập.",
     "8", "9", "CS"),
    ("tb", "Thông báo kết quả kiểm định chất lượng Trường và kế hoạch khắc phục",
     "Trường được công nhận đạt tiêu chuẩn kiểm định chất lượng giáo dục nghề nghiệp; các đơn vị xây dựng kế hoạch khắc "
     "phục các tiêu chuẩn còn hạn chế theo khuyến nghị của đoàn đánh giá ngoài.",
     "8", "9", None),
    # TT15 7 / TT38 5 finance
    ("qd", "Về việc ban hành Quy chế chi tiêu nội bộ năm 2026",
     "Quy chế quy định định mức chi tiền lương, thu nhập tăng thêm, công tác phí, hội nghị, chi thanh toán giờ giảng và trích "
     "lập các quỹ từ chênh lệch thu chi.",
     None, "7", "5"),
    ("report", "Báo cáo quyết toán ngân sách nhà nước năm 2025",
     "Tổng kinh phí được giao 46,3 tỷ đồng, đã sử dụng 45,9 tỷ đồng; nguồn thu học phí và dịch vụ 18,2 tỷ đồng; số kinh phí "
     "chuyển nguồn sang năm sau 0,4 tỷ đồng.",
     None, "7", "5"),
    ("tb", "Thông báo công khai dự toán và tình hình thực hiện dự toán thu chi quý III năm 2025",
     "Công khai dự toán thu chi ngân sách, nguồn thu sự nghiệp và số liệu thực hiện đến hết quý III theo quy định về công khai "
     "ngân sách đối với đơn vị dự toán.",
     None, "7", "5"),
    ("report", "Bao cao danh gia hieu qua su dung nguon thu tu hoat dong dich vu dao tao nam 2025",
     "Nguon thu tu cac lop ngan han, dao tao theo dat hang va dich vu sua chua o to dat 5,6 ty dong; chenh lech thu chi duoc "
     "trich lap quy phat trien hoat dong su nghiep.",
     None, "7", "5"),
    ("bb", "Biên bản tự kiểm tra công tác tài chính, kế toán năm 2025",
     "Tổ tự kiểm tra rà soát chứng từ thanh toán, hợp đồng mua sắm, việc trích lập quỹ; phát hiện 3 chứng từ thiếu chữ ký, "
     "yêu cầu Phòng Tài chính - Kế toán bổ sung.",
     None, "7", "5"),
    ("qd", "Về việc phê duyệt phương án tự chủ tài chính giai đoạn 2026-2030",
     "Trường tự bảo đảm một phần chi thường xuyên; mức tự bảo đảm năm 2026 đạt 45%; lộ trình tăng nguồn thu từ dịch vụ đào "
     "tạo và liên kết với doanh nghiệp.",
     None, "7", "5"),
    # TT38 6: digital systems and data (TT 14 2.6 / TT 15 2.9, 2.17)
    ("qd", "Về việc ban hành Quy chế bảo đảm an toàn thông tin mạng của Trường",
     "Quy chế quy định phân quyền truy cập các hệ thống phần mềm, sao lưu dữ liệu định kỳ, phòng chống mã độc và xử lý sự cố "
     "mất an toàn thông tin.",
     "2", "2", "6"),
    ("report", "Báo cáo kết quả triển khai phần mềm quản lý học sinh, sinh viên và kết nối cơ sở dữ liệu ngành",
     "Phần mềm quản lý hồ sơ, điểm, học phí của 4.200 người học đã kết nối, chia sẻ dữ liệu với cơ sở dữ liệu quốc gia về "
     "giáo dục nghề nghiệp.",
     "2", "2", "6"),
    # --- a sixth batch: written after the test half was measured once, to check on unseen documents whether
    # changes generalise (judged on this batch before it was tuned on); development half only --------------------
    ("tt", "Tờ trình đề nghị phê duyệt Điều lệ tổ chức và hoạt động của Trường",
     "Nhà trường kính trình Ủy ban nhân dân tỉnh xem xét, phê duyệt dự thảo Điều lệ gồm 9 chương, quy định mục tiêu, "
     "nhiệm vụ, quyền hạn, cơ cấu tổ chức và mối quan hệ của Trường với cơ quan chủ quản.",
     "1", "1", "1"),
    ("report", "Báo cáo sơ kết 5 năm thực hiện Chiến lược phát triển Trường giai đoạn 2021-2030",
     "Sau 5 năm, Trường đạt 7/10 mục tiêu chiến lược; quy mô tăng 35%; đã được công nhận trường chất lượng cao. Một số "
     "mục tiêu về hợp tác quốc tế và tự chủ tài chính chưa đạt, cần điều chỉnh lộ trình.",
     "1", "1", "1"),
    ("news", "Đại hội Công đoàn Trường lần thứ V, nhiệm kỳ 2023-2028 thành công tốt đẹp",
     "Đại hội bầu Ban Chấp hành Công đoàn khóa V gồm 9 đồng chí, đề ra các chỉ tiêu chăm lo đời sống, bảo vệ quyền lợi hợp "
     "pháp của đoàn viên, người lao động.",
     "1", "1", None),
    ("qd", "Về việc ban hành Quy chế phối hợp giữa Ban Giám hiệu và Ban Chấp hành Công đoàn",
     "Quy chế quy định nguyên tắc, nội dung, trách nhiệm phối hợp trong tổ chức Hội nghị viên chức, thực hiện chế độ "
     "chính sách và phong trào thi đua của Nhà trường.",
     "1", "1", "1"),
    ("bb", "Biên bản xem xét của lãnh đạo về hệ thống quản lý chất lượng năm 2025",
     "Ban Giám hiệu xem xét kết quả đánh giá nội bộ, ý kiến phản hồi của các bên liên quan, việc đạt mục tiêu chất lượng "
     "và quyết định các cơ hội cải tiến cho năm tới.",
     "1", "1", None),
    ("plan", "Chương trình hành động thực hiện Nghị quyết Đại hội Đảng bộ Trường",
     "Cụ thể hóa 5 nhóm nhiệm vụ, 3 khâu đột phá của Nghị quyết; phân công các chi bộ, đơn vị chủ trì; lộ trình thực hiện "
     "đến năm 2030.",
     "1", "1", None),
    ("news", "Tiếp nhận quyết định đổi tên thành Trường Cao đẳng Công nghệ Bắc Ninh",
     "Bộ trưởng đã ký quyết định đổi tên trường nhằm phù hợp với định hướng đào tạo công nghệ cao; Nhà trường giữ nguyên "
     "chức năng, nhiệm vụ và quyền lợi của người học.",
     "1", "1", "1"),
    ("qd", "Ve viec thanh lap To kiem tra viec thuc hien quy che dan chu nam 2025",
     "To kiem tra gom 5 thanh vien, kiem tra viec cong khai tai chinh, tuyen dung, danh gia vien chuc va giai quyet kien "
     "nghi cua vien chuc, nguoi lao dong.",
     "1", "1", "1"),
    ("tb", "Thông báo kết quả xét tuyển đợt 1 và hướng dẫn làm thủ tục nhập học",
     "Thí sinh trúng tuyển mang theo giấy báo, học bạ, bản sao căn cước đến làm thủ tục nhập học; nộp học phí học kỳ I và "
     "đăng ký ở ký túc xá nếu có nhu cầu.",
     "2", "2", "CS"),
    ("bb", "Biên bản phúc khảo bài thi kết thúc mô-đun Điện tử cơ bản",
     "Hội đồng phúc khảo chấm lại 12 bài thi theo đơn đề nghị của học sinh; 3 bài điều chỉnh điểm, 9 bài giữ nguyên kết "
     "quả.",
     "2", "2", None),
    ("news", "Lễ bế giảng và trao bằng tốt nghiệp cho 650 tân kỹ sư thực hành, cử nhân thực hành",
     "Tại buổi lễ, Hiệu trưởng trao bằng tốt nghiệp và khen thưởng 32 sinh viên tốt nghiệp loại xuất sắc, giỏi; nhiều "
     "doanh nghiệp đến tuyển dụng ngay tại lễ.",
     "2", "2", None),
    ("report", "Báo cáo tiến độ thực hiện kế hoạch đào tạo học kỳ I năm học 2025-2026",
     "Các lớp thực hiện đúng tiến độ; 4 lớp chậm do giáo viên nghỉ ốm đã được bố trí dạy bù; tỷ lệ giờ thực hành đạt 72% "
     "tổng thời lượng.",
     "2", "2", None),
    ("qd", "Về việc cho phép học sinh tạm dừng học và bảo lưu kết quả học tập",
     "Cho phép 9 học sinh được tạm dừng học 1 năm để thực hiện nghĩa vụ quân sự và vì lý do sức khỏe; kết quả học tập "
     "được bảo lưu theo quy chế.",
     "2", "2", None),
    ("plan", "Kế hoạch dạy học trực tuyến kết hợp trực tiếp các môn học chung",
     "Giảng dạy 30% thời lượng các môn Chính trị, Pháp luật, Tin học, Tiếng Anh trên hệ thống LMS; giáo viên số hóa bài "
     "giảng và ngân hàng câu hỏi.",
     "2", "2", "CS"),
    ("news", "Học sinh thực tập tốt nghiệp tại các khách sạn 4-5 sao ở Đà Nẵng",
     "Đợt thực tập 3 tháng giúp 85 học sinh nghề Kỹ thuật chế biến món ăn làm quen môi trường làm việc thực tế; doanh "
     "nghiệp nhận xét, đánh giá và đề nghị giữ lại 30 học sinh.",
     "2", "2", "CS"),
    ("rule", "Quy định về tổ chức thi, kiểm tra trên máy tính",
     "Ngân hàng câu hỏi trắc nghiệm được quản lý trên phần mềm; đề thi được trộn ngẫu nhiên; phòng thi có giám thị và "
     "camera; kết quả được công bố sau khi kết thúc ca thi.",
     "2", "2", None),
    ("tb", "Thông báo tuyển dụng giảng viên thỉnh giảng năm học 2025-2026",
     "Nhà trường cần mời giảng viên thỉnh giảng các mô-đun Điện lạnh, Cơ điện tử; yêu cầu tốt nghiệp đại học đúng chuyên "
     "ngành, có kinh nghiệm làm việc tại doanh nghiệp từ 3 năm.",
     "3", "3", "2"),
    ("bb", "Biên bản họp Hội đồng xét nâng bậc lương và phụ cấp thâm niên nhà giáo",
     "Hội đồng xét 42 trường hợp đủ điều kiện nâng bậc lương thường xuyên, 65 trường hợp hưởng phụ cấp thâm niên nhà giáo "
     "theo quy định.",
     "3", "3", "2"),
    ("report", "Báo cáo tình hình sinh hoạt chuyên môn của các tổ bộ môn học kỳ I",
     "Các tổ bộ môn sinh hoạt chuyên môn 2 lần mỗi tháng, thảo luận chuyên đề đổi mới phương pháp, dự giờ rút kinh nghiệm "
     "và hỗ trợ giáo viên mới.",
     "3", "3", "2"),
    ("qd", "Về việc cho viên chức nghỉ hưu hưởng chế độ bảo hiểm xã hội",
     "Ông Phạm Văn Long, giáo viên Khoa Cơ khí, được nghỉ hưu hưởng chế độ bảo hiểm xã hội từ ngày 01/01/2026; Nhà trường "
     "tổ chức gặp mặt chia tay.",
     "3", "3", "2"),
    ("news", "Giáo viên Khoa Ô tô đoạt giải Nhất Hội thi thiết bị đào tạo tự làm toàn quốc",
     "Mô hình hệ thống điều hòa ô tô do nhóm giáo viên Khoa Ô tô chế tạo đạt giải Nhất; Nhà trường khen thưởng và nhân rộng "
     "mô hình trong giảng dạy.",
     "3", "3", "2"),
    ("plan", "Kế hoạch bồi dưỡng ngoại ngữ, tin học cho viên chức năm 2026",
     "Tổ chức 4 lớp tiếng Anh bậc 3 và 2 lớp tin học ứng dụng cho 120 viên chức; hỗ trợ 50% học phí cho viên chức đạt "
     "chứng chỉ.",
     "3", "3", "2"),
    ("list", "Danh sách cán bộ quản lý trong quy hoạch nhiệm kỳ 2026-2031",
     "Danh sách 28 cán bộ được quy hoạch các chức danh trưởng, phó các phòng, khoa, trung tâm với trình độ chuyên môn, lý "
     "luận chính trị và năm sinh.",
     "3", "3", "2"),
    ("bb", "Biên bản kiểm tra hồ sơ giáo viên dạy thực hành nghề Điện công nghiệp",
     "Kiểm tra văn bằng, chứng chỉ kỹ năng nghề, chứng chỉ sư phạm của 19 giáo viên; 2 giáo viên chưa có chứng chỉ kỹ năng "
     "nghề bậc 3, đề nghị cử đi bồi dưỡng.",
     "3", "3", "2"),
    ("plan", "Kế hoạch phát triển chương trình đào tạo theo định hướng chuẩn đầu ra năm 2026",
     "Rà soát chuẩn đầu ra của 12 ngành theo Khung trình độ quốc gia; thiết kế lại ma trận mô-đun và chuẩn đầu ra; tổ chức "
     "hội thảo với doanh nghiệp.",
     "4", "4", "3"),
    ("qd", "Về việc phê duyệt đề cương chi tiết và kế hoạch biên soạn giáo trình nội bộ",
     "Phê duyệt đề cương 9 giáo trình nội bộ; giao chủ biên hoàn thành bản thảo trong 6 tháng và gửi Hội đồng thẩm định.",
     "4", "4", "3"),
    ("news", "Hội thảo góp ý chương trình đào tạo ngành Công nghệ thông tin với doanh nghiệp phần mềm",
     "Đại diện 15 công ty phần mềm đề xuất bổ sung nội dung điện toán đám mây, kiểm thử phần mềm và kỹ năng làm việc nhóm "
     "vào chương trình đào tạo.",
     "4", "4", "3"),
    ("report", "Báo cáo tổng hợp ý kiến người học về mức độ phù hợp của giáo trình",
     "Khảo sát 650 người học về 40 giáo trình: 81% đánh giá nội dung phù hợp; một số giáo trình còn thiếu bài tập thực hành, "
     "đề nghị cập nhật.",
     "4", "4", "3"),
    ("list", "Danh mục chương trình đào tạo trình độ trung cấp, cao đẳng đang thực hiện",
     "Danh mục 22 chương trình trình độ cao đẳng và 18 chương trình trình độ trung cấp, năm ban hành, lần cập nhật gần nhất "
     "và khoa quản lý.",
     "4", "4", "3"),
    ("bb", "Bien ban tham dinh giao trinh mo-dun Han TIG",
     "Hoi dong tham dinh nhan xet giao trinh co noi dung phu hop chuong trinh, hinh ve ro rang; can bo sung phan an toan khi "
     "han va bai tap danh gia ky nang.",
     "4", "4", "3"),
    ("qd", "Về việc điều chỉnh chương trình đào tạo nghề Kế toán doanh nghiệp",
     "Điều chỉnh khối lượng 4 mô-đun, bổ sung mô-đun Kế toán máy và Hóa đơn điện tử để cập nhật quy định mới về thuế.",
     "4", "4", "3"),
    ("report", "Báo cáo kết quả sửa chữa, nâng cấp các phòng học năm 2025",
     "Sửa chữa mái, thay cửa, lắp điều hòa cho 24 phòng học lý thuyết; nâng cấp 3 phòng máy tính với 120 máy mới.",
     "5", "5", "4"),
    ("qd", "Về việc thanh lý tài sản, thiết bị hư hỏng không sử dụng được",
     "Thanh lý 46 thiết bị, máy móc hư hỏng, lạc hậu tại các xưởng thực hành; thành lập hội đồng định giá và tổ chức bán "
     "đấu giá theo quy định.",
     "5", "5", "4"),
    ("news", "Diễn tập phương án chữa cháy và cứu nạn, cứu hộ tại ký túc xá",
     "Phối hợp với Cảnh sát phòng cháy chữa cháy tỉnh, Nhà trường tổ chức diễn tập với sự tham gia của 300 học sinh và "
     "đội phòng cháy cơ sở.",
     "5", "5", "4"),
    ("plan", "Kế hoạch xây dựng khu thực hành công nghệ cao giai đoạn 2026-2028",
     "Đầu tư 3 khu thực hành: tự động hóa, điện tử bán dẫn, năng lượng tái tạo; tổng kinh phí 85 tỷ đồng từ ngân sách và "
     "nguồn tài trợ.",
     "5", "5", "4"),
    ("bb", "Biên bản bàn giao thiết bị đào tạo cho Khoa Điện tử",
     "Bàn giao 12 bộ thực hành vi điều khiển, 6 máy hiện sóng số, 20 bộ nguồn; Khoa Điện tử lập sổ theo dõi và phân công "
     "người quản lý.",
     "5", "5", "4"),
    ("report", "Báo cáo thống kê sách, giáo trình và lượt bạn đọc năm 2025",
     "Thư viện có 18.500 bản sách, 420 đầu giáo trình; 9.600 lượt bạn đọc; tài liệu số được truy cập 25.000 lượt.",
     "5", "5", "4"),
    ("rule", "Quy định sử dụng nhà thi đấu đa năng và sân vận động",
     "Lịch sử dụng cho giờ học giáo dục thể chất, tập luyện của các câu lạc bộ; trách nhiệm giữ gìn tài sản, vệ sinh và an "
     "toàn khi sử dụng.",
     "5", "5", "4"),
    ("qd", "Ve viec phe duyet ke hoach mua sam vat tu thuc hanh hoc ky II",
     "Phe duyet du toan mua sam vat tu tieu hao cho cac nghe Han, Dien, May thoi trang theo dinh muc; Phong Quan tri to chuc "
     "mua sam va cap phat.",
     "5", "5", "4"),
    ("news", "Sinh viên đạt giải Ba cuộc thi Sinh viên nghiên cứu khoa học cấp tỉnh",
     "Đề tài ứng dụng IoT giám sát nhà kính của nhóm sinh viên Khoa Điện tử đạt giải Ba; nhóm được Nhà trường hỗ trợ kinh "
     "phí hoàn thiện sản phẩm.",
     "6", "6", None),
    ("qd", "Về việc công nhận sáng kiến cấp cơ sở năm 2025",
     "Công nhận 21 sáng kiến của viên chức có phạm vi ảnh hưởng cấp cơ sở; tác giả sáng kiến được xét thi đua và hưởng "
     "thù lao theo quy định.",
     "6", "6", None),
    ("news", "Đón đoàn công tác Trường Cao đẳng Kỹ thuật Singapore sang trao đổi kinh nghiệm đào tạo",
     "Hai bên trao đổi về mô hình đào tạo gắn với doanh nghiệp, thống nhất tổ chức trao đổi giáo viên và sinh viên trong năm "
     "học tới.",
     "6", "6", None),
    ("report", "Báo cáo ứng dụng kết quả đề tài nghiên cứu vào giảng dạy",
     "7 đề tài cấp trường năm 2024 đã được ứng dụng: 3 mô hình học cụ, 2 phần mềm mô phỏng và 2 bộ bài tập thực hành đưa "
     "vào giảng dạy.",
     "6", "6", None),
    ("contract", "Hợp đồng chuyển giao công nghệ sản xuất phân bón vi sinh cho Hợp tác xã",
     "Trường chuyển giao quy trình sản xuất phân bón vi sinh từ phụ phẩm nông nghiệp, hướng dẫn kỹ thuật và giám sát chất "
     "lượng sản phẩm trong 12 tháng.",
     "6", "6", None),
    ("plan", "Kế hoạch tổ chức Hội thảo khoa học quốc tế về giáo dục nghề nghiệp xanh",
     "Hội thảo dự kiến 150 đại biểu, 40 tham luận của chuyên gia trong nước và quốc tế; kỷ yếu xuất bản song ngữ.",
     "6", "6", None),
    ("news", "Tuyên dương 120 học sinh, sinh viên tiêu biểu năm học 2024-2025",
     "Các em được tặng giấy khen, học bổng và gặp mặt Ban Giám hiệu; nhiều em đạt giải trong kỳ thi kỹ năng nghề và phong "
     "trào Đoàn.",
     "7", "8", None),
    ("qd", "Về việc hỗ trợ tiền ăn, tiền ở cho học sinh là người dân tộc thiểu số",
     "Hỗ trợ mỗi học sinh 1.490.000 đồng/tháng tiền ăn và 300.000 đồng/tháng tiền nhà ở đối với học sinh không ở ký túc xá "
     "theo Nghị định của Chính phủ.",
     "7", "8", None),
    ("news", "Câu lạc bộ Tiếng Anh tổ chức ngày hội giao lưu văn hóa",
     "Hơn 200 học sinh, sinh viên tham gia các trò chơi, hùng biện và biểu diễn văn nghệ bằng tiếng Anh cùng tình nguyện "
     "viên nước ngoài.",
     "7", "8", None),
    ("report", "Báo cáo công tác quản lý học sinh, sinh viên ngoại trú năm học 2024-2025",
     "Phối hợp công an phường nắm tình hình 1.300 học sinh ở trọ; kiểm tra 45 khu nhà trọ; không có học sinh vi phạm pháp "
     "luật nghiêm trọng.",
     "7", "8", None),
    ("plan", "Kế hoạch tư vấn hướng nghiệp, khởi nghiệp cho sinh viên năm cuối",
     "Tổ chức 6 buổi chia sẻ kỹ năng viết hồ sơ xin việc, phỏng vấn; cuộc thi ý tưởng khởi nghiệp; kết nối sinh viên với "
     "các nhà tuyển dụng.",
     "7", "8", None),
    ("bb", "Biên bản họp xét kỷ luật học sinh vi phạm nội quy ký túc xá",
     "Hội đồng kỷ luật xét 5 học sinh uống rượu, gây mất trật tự trong ký túc xá; hình thức khiển trách và cảnh cáo.",
     "7", "8", None),
    ("tb", "Thông báo về việc xét cấp học bổng doanh nghiệp tài trợ năm 2025",
     "Công ty Cổ phần Thép Hòa Phát tài trợ 50 suất học bổng, mỗi suất 5 triệu đồng, cho học sinh có hoàn cảnh khó khăn và "
     "kết quả học tập khá trở lên.",
     "7", "8", None),
    ("news", "Nhà ăn sinh viên đạt chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
     "Bếp ăn tập thể phục vụ 900 suất mỗi ngày; thực phẩm có nguồn gốc rõ ràng, lưu mẫu thức ăn; giá suất ăn được niêm yết "
     "công khai.",
     "7", "8", None),
    ("report", "Báo cáo phân tích tỷ lệ tốt nghiệp theo ngành, nghề khóa 2022-2025",
     "Tỷ lệ tốt nghiệp chung 87%; ngành Kế toán 93%, Hàn 78%; so sánh với 2 khóa trước và với trường cùng khu vực; đề ra "
     "giải pháp nâng tỷ lệ tốt nghiệp.",
     "8", "9", "CS"),
    ("bb", "Biên bản họp nhóm công tác chuyên trách tiêu chí 3 tự đánh giá chất lượng",
     "Nhóm rà soát minh chứng của 7 tiêu chuẩn về nhà giáo, cán bộ quản lý; thống nhất mã minh chứng và phân công viết "
     "phiếu đánh giá tiêu chuẩn.",
     "8", "9", None),
    ("report", "Báo cáo kết quả lấy ý kiến doanh nghiệp về chất lượng người tốt nghiệp năm 2025",
     "28 doanh nghiệp đánh giá người tốt nghiệp: 86% đáp ứng yêu cầu về kỹ năng nghề, 72% đáp ứng về ngoại ngữ; đề nghị "
     "tăng cường kỹ năng mềm.",
     "8", "9", "CS"),
    ("plan", "Kế hoạch khảo sát viên chức về môi trường làm việc và chính sách đãi ngộ năm 2025",
     "Phiếu khảo sát trực tuyến gửi toàn bộ viên chức, người lao động về chế độ tiền lương, cơ hội thăng tiến, bồi dưỡng và "
     "điều kiện làm việc.",
     "8", "9", None),
    ("news", "Trường nhận Giấy chứng nhận đạt tiêu chuẩn kiểm định chất lượng cơ sở giáo dục nghề nghiệp",
     "Sau quá trình tự đánh giá và đánh giá ngoài, Trường được công nhận đạt tiêu chuẩn kiểm định với 92/100 điểm; giấy "
     "chứng nhận có giá trị 5 năm.",
     "8", "9", None),
    ("list", "Danh sách sinh viên tốt nghiệp năm 2024 có việc làm sau 6 tháng",
     "Danh sách 540 sinh viên tốt nghiệp với đơn vị làm việc, vị trí công việc, mức thu nhập và mức độ phù hợp với ngành "
     "đào tạo.",
     "8", "9", "CS"),
    ("report", "Báo cáo thực hiện kế hoạch cải tiến chất lượng năm 2025",
     "Hoàn thành 19/24 hoạt động cải tiến sau tự đánh giá; các tiêu chuẩn về khảo sát các bên liên quan và nghiên cứu khoa "
     "học đã được khắc phục.",
     "8", "9", None),
    ("report", "Báo cáo tình hình thực hiện dự toán thu chi 6 tháng đầu năm 2025",
     "Thu sự nghiệp đạt 52% dự toán; chi thường xuyên đạt 47%; đề xuất điều chỉnh dự toán chi mua sắm và sửa chữa.",
     None, "7", "5"),
    ("qd", "Về việc quy định mức thu học phí các ngành, nghề đào tạo năm học 2025-2026",
     "Mức thu học phí trình độ cao đẳng từ 1.100.000 đến 1.400.000 đồng/tháng tùy ngành; trình độ trung cấp bằng 70% mức "
     "trình độ cao đẳng.",
     None, "7", "5"),
    ("bb", "Biên bản làm việc với Đoàn thanh tra tài chính của Sở Tài chính",
     "Đoàn thanh tra kiểm tra việc quản lý, sử dụng ngân sách, nguồn thu sự nghiệp năm 2024; kiến nghị hoàn thiện hồ sơ "
     "thanh toán và quy chế chi tiêu nội bộ.",
     None, "7", "5"),
    ("report", "Báo cáo tài chính năm 2025",
     "Báo cáo tình hình tài chính, kết quả hoạt động, lưu chuyển tiền tệ và thuyết minh báo cáo tài chính của đơn vị sự "
     "nghiệp công lập.",
     None, "7", "5"),
    ("plan", "Kế hoạch chuyển đổi số giai đoạn 2026-2030",
     "Xây dựng nền tảng quản trị số, số hóa toàn bộ hồ sơ người học, triển khai chữ ký số, kết nối dữ liệu với hệ thống "
     "của Bộ và bảo đảm an toàn thông tin.",
     "2", "2", "6"),
    ("report", "Báo cáo sự cố mất kết nối máy chủ và phương án khắc phục",
     "Máy chủ phần mềm quản lý đào tạo ngừng hoạt động 6 giờ do lỗi ổ cứng; dữ liệu được khôi phục từ bản sao lưu; đề xuất "
     "đầu tư máy chủ dự phòng.",
     "2", "2", "6"),
)


@dataclass(frozen=True)
class LabelledDoc:
    """One file of the benchmark: its path, text, labels and which half it belongs to."""

    id: str
    path: str
    text: str
    labels: dict[str, str]
    half: str  # "dev" or "test"
    form: str


_SCHOOL = "TRƯỜNG CAO ĐẲNG KỸ THUẬT CÔNG NGHIỆP"
_SUPERIOR = "UBND TỈNH BẮC NINH"
_NAV = "Trang chủ | Giới thiệu | Tin tức - Sự kiện | Tuyển sinh | Đào tạo | Văn bản | Liên hệ"
_SHARE = "Chia sẻ: Facebook  Zalo  Twitter  |  In bài  |  Gửi email"
_FOOTER = ("Bản quyền © 2025 Trường Cao đẳng Kỹ thuật Công nghiệp\nĐịa chỉ: Số 12 đường Lý Thái Tổ, TP Bắc Ninh\n"
           "Điện thoại: 0222 3821 456 - Email: info@cdktcn.edu.vn")
_PREAMBLE = (
    "Căn cứ Luật Giáo dục nghề nghiệp ngày 27 tháng 11 năm 2014;\n"
    "Căn cứ Thông tư số 14/2024/TT-BLĐTBXH quy định tiêu chí, tiêu chuẩn kiểm định chất lượng giáo dục nghề nghiệp;\n"
    "Căn cứ Quyết định số 1234/QĐ-UBND về việc phê duyệt điều lệ và chức năng, nhiệm vụ của Trường;\n"
    "Xét đề nghị của Trưởng phòng Tổ chức - Hành chính và Trưởng phòng Đào tạo,"
)
_TYPE = {
    "qd": ("QUYẾT ĐỊNH", "QĐ-CĐKT"), "plan": ("KẾ HOẠCH", "KH-CĐKT"), "report": ("BÁO CÁO", "BC-CĐKT"),
    "tb": ("THÔNG BÁO", "TB-CĐKT"), "nq": ("NGHỊ QUYẾT", "NQ-ĐU"), "bb": ("BIÊN BẢN", "BB-CĐKT"),
    "tt": ("TỜ TRÌNH", "TTr-CĐKT"), "rule": ("", ""), "list": ("", ""), "contract": ("HỢP ĐỒNG", "HĐ-CĐKT"), "mou": ("", ""), "news": ("", ""),
}


def _header(kind: str, number: int) -> str:
    name, code = _TYPE[kind]
    return (f"{_SUPERIOR}\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n{_SCHOOL}\t\tĐộc lập - Tự do - Hạnh phúc\n"
            f"Số: {number}/{code}\t\tBắc Ninh, ngày {1 + number % 27} tháng {1 + number % 12} năm 2025\n\n{name}\n")


def render(i: int, base: Base) -> tuple[str, str]:
    """(file name, text) of a base document in its own form."""
    kind, title, body, *_ = base
    number = 100 + 7 * i
    if kind == "qd":
        text = (_header(kind, number) + f"{title}\n\nHIỆU TRƯỞNG {_SCHOOL}\n\n{_PREAMBLE}\n\nQUYẾT ĐỊNH:\n"
                f"Điều 1. {body}\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\nĐiều 3. Trưởng các phòng, khoa, "
                "đơn vị liên quan chịu trách nhiệm thi hành Quyết định này.\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n"
                "HIỆU TRƯỞNG")
        return f"QĐ {number} {title[:60]}.pdf", text
    if kind in ("plan", "report", "tb", "nq", "bb", "contract", "tt"):
        head = _header(kind, number)
        rest = title.split(" ", 2)[-1] if kind in ("plan", "report", "contract") else title
        first = rest[:1].upper() + rest[1:]
        text = head + f"{first}\n\nI. MỤC ĐÍCH, YÊU CẦU\n{body}\nII. TỔ CHỨC THỰC HIỆN\nCác đơn vị căn cứ nội dung trên "
        text += "triển khai thực hiện, báo cáo kết quả về Ban Giám hiệu.\nNơi nhận:\n- Lưu: VT."
        return f"{title}.docx", text
    if kind in ("rule", "list", "mou"):
        return f"{title}.pdf", f"{_SCHOOL}\n\n{title.upper()}\n\n{body}\n"
    # news post: navigation, breadcrumb, title, date line, body, share bar, related headlines, footer
    related = "\n".join(b[1] for b in BASE[(i + 5) % len(BASE) : (i + 5) % len(BASE) + 3])
    text = (f"{_NAV}\nTrang chủ > Tin tức > Hoạt động nhà trường\n{title}\nNgày đăng: 12/05/2025 | Lượt xem: 1.245\n"
            f"{body}\nPhòng Truyền thông\n{_SHARE}\nTin liên quan\n{related}\n{_FOOTER}")
    return f"{title[:70]}.html", text


def _broken(text: str, rng: random.Random) -> str:
    """Text as a badly encoded PDF gives it: some accented letters lost to '?', others to their bare letter."""
    out = []
    for ch in text:
        f = fold(ch)
        if f != ch and ch.isalpha():
            r = rng.random()
            out.append("?" if r < 0.25 else f if r < 0.55 else ch)
        else:
            out.append(ch)
    return "".join(out)


def variant(i: int, base: Base, rng: random.Random) -> tuple[str, str, str]:
    """(form, file name, text): the second way a base document arrives in an evidence folder."""
    _, title, body, *_ = base
    name, text = render(i, base)
    form = ("web", "no-diacritics", "title-only", "broken-pdf")[i % 4]
    if form == "web":
        related = "\n".join(b[1] for b in BASE[(i + 11) % len(BASE) : (i + 11) % len(BASE) + 3])
        post = (f"{_NAV}\nTrang chủ > Văn bản > Văn bản nhà trường\n{title}\nĐăng lúc 08:30 | Lượt xem: 321\n{body}\n"
                f"Tải về: file đính kèm\n{_SHARE}\nCác tin khác\n{related}\n{_FOOTER}")
        return form, f"web/{title[:60]}.html", post
    return offline_form(form, i, title, name, text, rng)


def offline_form(form: str, i: int, title: str, name: str, text: str, rng: random.Random) -> tuple[str, str, str]:
    """(form, file name, text) of a document that did not come from the web: without diacritics, a title-only
    photo, or a scan whose PDF text lost its diacritics."""
    if form == "no-diacritics":
        return form, fold(name), fold(text)
    if form == "title-only":
        return form, f"Ảnh chụp/{title[:90]}.jpg", ""
    return form, f"Scan_{2025}_{i:03d}.pdf", _broken(text, rng)


def corpus() -> list[LabelledDoc]:
    """Every benchmark file: each base document in its own form and in one other form."""
    rng = random.Random(20251202)
    out: list[LabelledDoc] = []
    for i, base in enumerate(BASE):
        labels = {fw: c for fw, c in zip((TT14, TT15, TT38), base[3:6], strict=True) if c is not None}
        half = "dev" if i % 2 == 0 else "test"
        name, text = render(i, base)
        out.append(LabelledDoc(f"{i:03d}a", name, text, labels, half, base[0]))
        form, vname, vtext = variant(i, base, rng)
        out.append(LabelledDoc(f"{i:03d}b", vname, vtext, labels, half, form))
    for j, base in enumerate(EXTRA_DEV):  # after the base documents: the test half is rendered as before
        i = len(BASE) + j
        labels = {fw: c for fw, c in zip((TT14, TT15, TT38), base[3:6], strict=True) if c is not None}
        name, text = render(i, base)
        out.append(LabelledDoc(f"x{j:03d}a", name, text, labels, "dev", base[0]))
        form, vname, vtext = variant(i, base, rng)
        out.append(LabelledDoc(f"x{j:03d}b", vname, vtext, labels, "dev", form))
    return out
