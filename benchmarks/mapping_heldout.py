"""A held-out labelled set for the mapping benchmark: documents nobody has tuned the matcher on.

Written (issue #11) by someone who had not seen the matcher's output nor the evidence hints, from the
standards' own text and the way trường cao đẳng / trung cấp file their papers, after the matcher and the
hints had been tuned on ``mapping_corpus.py``'s development half. Each base document carries the
*standard* it belongs to in TT 14/2024 trường, TT 15/2017 trường and, where it clearly fits, TT 38/2026
cơ sở GDNN (``None``: no place for it in that framework); its criterion is the standard's prefix.

Every base document is rendered twice, like the main corpus: in its own form and in one of the ways a
file arrives in an evidence folder (a web post with navigation and related headlines, text without
diacritics, a title-only record, broken PDF diacritics). Unlike the main corpus, the documents come
from four schools (own header, superior body, web site navigation and footer), so the cleaning of site
boilerplate is measured on sites it was not written against.

Never tune on this set. A label changes only for a plain labelling error justified from the
regulation's text alone, recorded in ``LABEL_CHANGES``.

Measured once per matcher (2026-12-02, ``python benchmarks/bench_mapping.py --heldout``), criterion
top-1 / top-3, first suggested standard right (of all files / of files whose criterion came first):

    matcher and hints      TT 14 trường (294)        TT 15 trường (300)        TT 38 (144)
    main 12a79e2           83.3 / 96.9, 65.0 / 78.0  87.3 / 97.3, 62.3 / 71.4  89.6 / 98.6, 72.9 / 81.4
    map 8fd1e24            91.2 / 98.3, 70.7 / 77.6  94.0 / 99.0, 65.7 / 69.9  91.7 / 100,  68.8 / 75.0
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from mapping_corpus import TT14, TT15, TT38, offline_form

# (kind, title, body, TT 14 standard, TT 15 standard, TT 38 standard)
Base = tuple[str, str, str, str | None, str | None, str | None]

# (document id, framework, old label, new label, why — from the regulation's text)
LABEL_CHANGES: tuple[tuple[str, str, str | None, str | None, str], ...] = ()

HELDOUT: tuple[Base, ...] = (
    # --- TT14 1 / TT15 1: mission, strategy, organisation, councils, party, unions, QA system ------------
    ("report", "Báo cáo khảo sát nhu cầu lao động kỹ thuật của các khu công nghiệp trên địa bàn tỉnh giai đoạn 2026-2030",
     "Nhà trường phối hợp Sở Nội vụ điều tra 126 doanh nghiệp tại 5 khu công nghiệp. Nhu cầu tuyển thợ hàn, điện công "
     "nghiệp và cơ điện tử tăng bình quân 18% mỗi năm; đề xuất mở thêm nghề Bảo trì thiết bị cơ khí và giảm chỉ tiêu "
     "nghề Kế toán doanh nghiệp.",
     "1.1", "1.2", "1.1"),
    ("news", "Nửa thế kỷ xây dựng và trưởng thành: từ Trường Công nhân cơ giới đến trường cao đẳng chất lượng cao",
     "Thành lập năm 1976 theo quyết định của Bộ Cơ khí và Luyện kim, qua ba lần nâng cấp và đổi tên, Trường đã được Nhà "
     "nước tặng thưởng Huân chương Độc lập hạng Ba, hai lần nhận Cờ thi đua của Chính phủ. Lễ kỷ niệm có sự tham dự của "
     "nhiều thế hệ thầy và trò.",
     "1.1", "1.1", "1.1"),
    ("report", "Báo cáo rà soát mục tiêu phát triển của Trường so với quy hoạch mạng lưới cơ sở giáo dục nghề nghiệp của tỉnh",
     "Đối chiếu định hướng phát triển của Trường với quy hoạch tỉnh thời kỳ 2021-2030: các nghề trọng tâm của Trường trùng "
     "với 4 trong 5 ngành kinh tế mũi nhọn; kiến nghị điều chỉnh mục tiêu quy mô năm 2030 và đăng tải lên cổng thông tin.",
     "1.1", "1.1", "1.1"),
    ("qd", "Về việc sửa đổi, bổ sung một số điều của Quy chế tổ chức và hoạt động ban hành năm 2022",
     "Sửa đổi Điều 12 về cơ cấu tổ chức: sáp nhập Phòng Quản trị vào Phòng Hành chính - Tổng hợp; bổ sung Điều 18a về "
     "Trung tâm Đào tạo lái xe. Các điều khác giữ nguyên theo kết quả rà soát năm 2025.",
     "1.2", "1.4", "1.2"),
    ("qd", "Về việc quy định chức năng, nhiệm vụ và quyền hạn của Khoa Điện - Điện tử và Trung tâm Tuyển sinh - Việc làm",
     "Khoa Điện - Điện tử là đơn vị chuyên môn quản lý 6 nghề, 38 giáo viên; Trung tâm Tuyển sinh - Việc làm tham mưu công "
     "tác tuyển sinh, quan hệ doanh nghiệp. Trưởng đơn vị chịu trách nhiệm trước Hiệu trưởng về toàn bộ hoạt động được giao.",
     "1.2", "1.5", "1.3"),
    ("qd", "Về việc ban hành Quy định phân cấp quản lý và giao quyền tự chủ cho các khoa, trung tâm trực thuộc",
     "Các khoa được chủ động bố trí giáo viên, xây dựng thời khóa biểu, ký hợp đồng đào tạo ngắn hạn dưới 50 triệu đồng; "
     "trưởng khoa tự chịu trách nhiệm về kết quả và báo cáo định kỳ hằng quý.",
     "1.2", "1.3", "1.3"),
    ("qd", "Về việc ban hành Sổ tay bảo đảm chất lượng và hệ thống 32 quy trình nội bộ",
     "Sổ tay mô tả chính sách chất lượng, sơ đồ các quá trình, trách nhiệm của từng đơn vị; 32 quy trình từ tuyển sinh đến "
     "cấp bằng được áp dụng thống nhất từ ngày 01/9/2025, có biểu mẫu và chỉ số theo dõi.",
     "1.3", "1.7", None),
    ("report", "Báo cáo kết quả đánh giá nội bộ hệ thống bảo đảm chất lượng năm học 2024-2025",
     "Đoàn đánh giá nội bộ làm việc tại 14 đơn vị, ghi nhận 11 điểm không phù hợp, chủ yếu ở việc lưu hồ sơ và cập nhật biểu "
     "mẫu. Đề xuất sửa 5 quy trình, tập huấn lại cho cán bộ đầu mối và theo dõi hành động khắc phục trong quý I.",
     "1.4", "1.7", None),
    ("plan", "Kế hoạch kiểm tra nội bộ các đơn vị năm 2026",
     "Ban Kiểm tra nội bộ kiểm tra việc thực hiện nhiệm vụ của 9 phòng, khoa: công tác văn thư, quản lý hồ sơ học sinh, "
     "thu học phí, sử dụng tài sản. Sau kiểm tra có thông báo kết luận và theo dõi việc khắc phục; cuối năm đánh giá lại "
     "mẫu biên bản và cách chọn nội dung kiểm tra.",
     "1.4", "1.11", None),
    ("bb", "Biên bản phiên họp thường kỳ quý III của Hội đồng trường",
     "Hội đồng trường thông qua nghị quyết về phương hướng tuyển sinh năm 2026, cho ý kiến về dự thảo đề án vị trí việc "
     "làm và giám sát việc thực hiện nghị quyết quý II. Có mặt 10/11 thành viên.",
     "1.5", "1.6", "1.3"),
    ("qd", "Về việc kiện toàn Hội đồng Thi đua - Khen thưởng và Hội đồng Khoa học - Đào tạo",
     "Hội đồng Thi đua - Khen thưởng gồm 9 thành viên do Hiệu trưởng làm Chủ tịch; Hội đồng Khoa học - Đào tạo gồm 13 "
     "thành viên, tư vấn cho Hiệu trưởng về mở nghề mới, chương trình, đề tài.",
     "1.5", "1.6", "1.3"),
    ("report", "Báo cáo tổng kết công tác Đoàn và phong trào thanh niên năm học 2024-2025",
     "Đoàn trường có 42 chi đoàn với 2.130 đoàn viên; kết nạp 215 đoàn viên mới; Đoàn trường được Tỉnh đoàn xếp loại vững "
     "mạnh xuất sắc. Ban Chấp hành đề ra 5 chỉ tiêu cho năm học mới.",
     "1.5", "1.10", None),
    ("news", "Chi bộ Khoa Cơ khí kết nạp hai đảng viên mới là học sinh, sinh viên",
     "Trong không khí trang nghiêm, Chi bộ Khoa Cơ khí tổ chức lễ kết nạp đảng viên cho 2 quần chúng ưu tú. Đồng chí Bí thư "
     "Đảng ủy trường dự và trao quyết định, giao nhiệm vụ cho đảng viên mới.",
     "1.5", "1.9", None),
    ("report", "Báo cáo kết quả thực hiện nhiệm vụ năm 2025 của Phòng Khảo thí và Bảo đảm chất lượng",
     "Phòng đã tổ chức 4 kỳ thi tập trung, hướng dẫn các khoa cập nhật minh chứng, làm đầu mối tự đánh giá; nhiệm vụ được "
     "giao hoàn thành 100%, được Hiệu trưởng xếp loại hoàn thành xuất sắc.",
     "1.3", "1.8", None),
    # --- TT14 2 / TT15 2: admissions, training organisation, IT, monitoring, assessment -------------------
    ("qd", "Về việc ban hành Quy chế tuyển sinh trình độ trung cấp, cao đẳng từ năm 2026",
     "Quy chế quy định đối tượng, hình thức xét tuyển dựa trên học bạ, hồ sơ đăng ký, nhiệm vụ của Hội đồng tuyển sinh, "
     "việc xử lý khiếu nại và chế độ báo cáo với Sở.",
     "2.1", "2.2", None),
    ("plan", "Kế hoạch tuyển sinh các trình độ trung cấp, cao đẳng năm 2026",
     "Chỉ tiêu 1.300 người học cho 22 ngành, nghề; xét tuyển 4 đợt từ tháng 3 đến tháng 11; ưu tiên học sinh vùng đồng bào "
     "dân tộc; ngân sách quảng bá 180 triệu đồng; phân công các khoa phụ trách từng huyện.",
     "2.1", "2.3", None),
    ("news", "Đoàn tư vấn hướng nghiệp về với học sinh lớp 9, lớp 12 huyện miền núi",
     "Các thầy cô giới thiệu ngành, nghề, chính sách miễn học phí cho học sinh tốt nghiệp THCS học trung cấp, giải đáp thắc "
     "mắc của phụ huynh. Hơn 600 em đã đăng ký nguyện vọng tại chỗ.",
     "2.1", "2.3", None),
    ("report", "Báo cáo tổng hợp kết quả tuyển sinh năm 2025 theo ngành, nghề",
     "Tổng số nhập học 1.038/1.250 chỉ tiêu công bố, đạt 83%; trình độ cao đẳng 412, trung cấp 626. Một số nghề như May "
     "thời trang chỉ đạt 40% chỉ tiêu; đề xuất điều chỉnh kế hoạch năm sau.",
     "2.2", "2.3", "CS01"),
    ("bb", "Biên bản họp Hội đồng tuyển sinh xét trúng tuyển đợt 2 năm 2025",
     "Hội đồng xét 346 hồ sơ, thống nhất điểm trúng tuyển từng nghề, công bố danh sách trúng tuyển trên trang thông tin và "
     "niêm yết tại trường. Thanh tra tuyển sinh giám sát, không có khiếu nại.",
     "2.2", "2.3", None),
    ("report", "Báo cáo biến động quy mô người học các năm 2023, 2024, 2025",
     "Quy mô đào tạo năm 2025 là 3.480 người học, so với 3.910 năm 2023 giảm 11%; giảm chủ yếu ở trình độ sơ cấp do chủ "
     "động thu hẹp theo định hướng của Trường.",
     "2.2", "2.3", "CS02"),
    ("qd", "Về việc ban hành Quy định tổ chức đào tạo theo phương thức tích lũy mô-đun hoặc tín chỉ",
     "Người học được đăng ký học theo tín chỉ, học vượt, học lại; lớp học phần tối thiểu 15 người học; kết quả tích lũy "
     "được bảo lưu trong 5 năm.",
     "2.3", "2.4", None),
    ("news", "Khai giảng lớp trung cấp Điện công nghiệp vừa làm vừa học ngay tại doanh nghiệp",
     "45 công nhân của Công ty May Tiến Thành được học buổi tối và cuối tuần ngay tại nhà máy; giáo viên của Trường trực "
     "tiếp đến dạy lý thuyết, phần thực hành bố trí tại xưởng của công ty.",
     "2.3", "2.4", None),
    ("qd", "Về việc công nhận tốt nghiệp và cấp bằng cao đẳng cho sinh viên khóa 16",
     "Công nhận tốt nghiệp cho 412 sinh viên, trong đó 38 xuất sắc, 121 giỏi; giao Phòng Đào tạo in và cấp phát bằng, vào "
     "sổ gốc cấp văn bằng theo quy định.",
     "2.3", "2.14", None),
    ("tb", "Hướng dẫn tổ chức đào tạo liên thông từ trung cấp lên cao đẳng năm học 2025-2026",
     "Điều kiện dự tuyển, hồ sơ, thời gian đào tạo 1,5 năm; cách thức xét miễn các mô-đun đã học ở trình độ trung cấp và "
     "tổ chức lớp liên thông vào buổi tối.",
     "2.3", "2.16", None),
    ("qd", "Về việc công nhận miễn học, miễn thi các mô-đun cho người học liên thông lớp CĐLT-Đ25",
     "Công nhận miễn 14 mô-đun, môn học cho 32 người học có bằng trung cấp Điện công nghiệp trên cơ sở đối chiếu chương "
     "trình hai trình độ; người học chỉ học các mô-đun còn thiếu.",
     "2.3", "4.9", None),
    ("plan", "Kế hoạch đào tạo toàn khóa 2025-2028 nghề Công nghệ ô tô trình độ cao đẳng",
     "Tiến độ 6 học kỳ: phân bổ số giờ lý thuyết, thực hành của từng mô-đun; thời gian thực tập doanh nghiệp ở học kỳ 5; "
     "lịch thi kết thúc mô-đun và ôn thi tốt nghiệp.",
     "2.4", "2.5", None),
    ("tb", "Thông báo điều chỉnh thời khóa biểu và lịch học học kỳ II do nghỉ Tết Nguyên đán",
     "Lùi lịch học các lớp khóa 48 một tuần, dạy bù vào thứ Bảy; giáo viên cập nhật sổ lên lớp để bảo đảm đủ số giờ theo "
     "tiến độ đã duyệt.",
     "2.4", "2.6", None),
    ("contract", "Hợp đồng tiếp nhận học sinh thực tập sản xuất tại Công ty TNHH Điện tử Hà Nam",
     "Công ty nhận 60 học sinh nghề Điện tử công nghiệp thực tập 8 tuần, cử kỹ sư kèm cặp, bố trí ca làm việc, trả hỗ trợ "
     "1,5 triệu đồng mỗi tháng và nhận xét kết quả cho từng học sinh.",
     "2.5", "2.7", None),
    ("report", "Báo cáo tổng kết đợt thực tập tốt nghiệp tại doanh nghiệp của sinh viên Khoa Điện",
     "214 sinh viên thực tập tại 31 doanh nghiệp; 92% được doanh nghiệp đánh giá đạt yêu cầu; một số doanh nghiệp chưa bố "
     "trí đúng vị trí nghề, đề nghị khoa làm việc lại trước đợt sau.",
     "2.5", "2.7", None),
    ("report", "Báo cáo tỷ lệ chương trình đào tạo có doanh nghiệp tham gia giảng dạy, hướng dẫn thực tập năm 2025",
     "19/24 chương trình có chuyên gia doanh nghiệp tham gia dạy mô-đun thực hành hoặc hướng dẫn thực tập, đạt 79%; 5 "
     "chương trình nhóm dịch vụ chưa có doanh nghiệp tham gia.",
     "2.5", "2.7", "CS05"),
    ("news", "Đưa vào vận hành phần mềm quản lý đào tạo và sổ điểm điện tử",
     "Từ học kỳ này, giáo viên nhập điểm trực tiếp trên phần mềm, người học tra cứu điểm, lịch học qua ứng dụng điện thoại; "
     "phần mềm kết nối với hệ thống kế toán để theo dõi học phí.",
     "2.6", "2.17", "6.1"),
    ("report", "Báo cáo tỷ lệ mô-đun, môn học đủ điều kiện giảng dạy trực tuyến năm học 2025-2026",
     "Đã số hóa bài giảng và đưa lên hệ thống LMS cho 112/430 mô-đun, môn học, đạt 26%; các môn chung Chính trị, Pháp luật, "
     "Tin học dạy kết hợp trực tuyến và trực tiếp.",
     "2.6", "2.9", "CS06"),
    ("qd", "Về việc ban hành Quy chế bảo đảm an toàn thông tin mạng và phương án ứng cứu sự cố",
     "Quy định phân quyền tài khoản, sao lưu dữ liệu hằng ngày, kiểm tra lỗ hổng 6 tháng một lần; thành lập tổ ứng cứu sự "
     "cố; diễn tập khôi phục máy chủ khi bị mã độc tống tiền tấn công.",
     "2.6", "2.17", "6.4"),
    ("report", "Báo cáo cập nhật dữ liệu người học, nhà giáo lên Hệ thống thông tin quốc gia về giáo dục nghề nghiệp",
     "Đã cập nhật đầy đủ 3.480 hồ sơ người học, 186 hồ sơ nhà giáo; rà soát, sửa 214 bản ghi sai năm sinh, mã định danh; "
     "dữ liệu được dùng để lập báo cáo thống kê định kỳ.",
     "2.6", "2.17", "6.3"),
    ("news", "Số hóa toàn bộ hồ sơ người học, văn bằng từ năm 1995 đến nay",
     "Hơn 40.000 hồ sơ, sổ gốc văn bằng được số hóa, lưu trên một kho dữ liệu chung cho các phòng, khoa; doanh nghiệp có "
     "thể xác minh văn bằng trực tuyến.",
     "2.6", "2.17", "6.2"),
    ("plan", "Kế hoạch kiểm tra hoạt động dạy và học học kỳ I năm học 2025-2026",
     "Mỗi giáo viên được kiểm tra ít nhất một lần: hồ sơ giảng dạy, giáo án, sổ lên lớp, việc thực hiện tiến độ; kiểm tra "
     "đột xuất nề nếp lớp học; các khoa báo cáo kết quả trước ngày 15/01.",
     "2.7", "2.10", None),
    ("report", "Báo cáo kết quả kiểm tra hồ sơ, giờ giảng và nề nếp dạy học năm học 2024-2025",
     "Kiểm tra 152 giáo viên: 87% xếp loại tốt; 9 giáo viên chậm cập nhật sổ lên lớp. Đề xuất điều chỉnh cách giao bài "
     "thực hành và tăng kiểm tra đột xuất ở các lớp buổi tối.",
     "2.7", "2.11", None),
    ("qd", "Về việc ban hành Quy trình ra đề, coi thi, chấm thi kết thúc mô-đun, môn học",
     "Đề thi được rút từ ngân hàng câu hỏi, có đáp án và thang điểm; bài thực hành chấm theo phiếu tiêu chí; hai giáo viên "
     "chấm độc lập; người học được phúc khảo trong 7 ngày.",
     "2.8", "2.12", None),
    ("bb", "Biên bản chấm thi thực hành tốt nghiệp có cán bộ kỹ thuật doanh nghiệp tham gia",
     "Tiểu ban chấm thi nghề Hàn gồm 2 giáo viên và 1 kỹ sư của Công ty Lilama; thí sinh hàn mẫu ống ở vị trí 6G, kết quả "
     "kiểm tra siêu âm mối hàn được tính vào điểm.",
     "2.8", "2.13", None),
    ("report", "Báo cáo rà soát quy định đánh giá kết quả học tập và rèn luyện, đề xuất sửa đổi",
     "Sau một năm áp dụng, các khoa đề nghị tăng trọng số điểm quá trình, bỏ hình thức thi vấn đáp với môn chung, bổ sung "
     "tiêu chí chấm điểm rèn luyện về tham gia hoạt động tình nguyện.",
     "2.8", "2.15", None),
    ("news", "Khoa Điện áp dụng dạy học theo dự án và làm việc nhóm trong mô-đun Lắp đặt điện công trình",
     "Mỗi nhóm 5 người học tự lập phương án, dự toán vật tư và thi công hệ thống điện một căn hộ mẫu; giáo viên đóng vai "
     "chủ đầu tư nghiệm thu; người học tự tin và chủ động hơn hẳn.",
     "2.3", "2.8", None),
    ("report", "Báo cáo hiện trạng hạ tầng công nghệ thông tin: đường truyền, máy chủ, phòng máy và phần mềm dùng chung",
     "Đường truyền 500 Mbps, 3 máy chủ, 6 phòng máy 240 máy tính; phần mềm quản lý đào tạo, kế toán, văn phòng điện tử "
     "liên thông với cổng dịch vụ công của tỉnh; đề xuất nâng cấp wifi khu ký túc xá.",
     "2.6", "2.9", "6.1"),
    ("qd", "Về việc ban hành Quy định quản lý, khai thác và chia sẻ cơ sở dữ liệu dùng chung của Trường",
     "Mỗi phòng, khoa chịu trách nhiệm về tính đúng, đủ, kịp thời của nhóm dữ liệu mình cập nhật; dữ liệu được khai thác để "
     "lập báo cáo, theo dõi chỉ số chất lượng; phân quyền truy cập theo vị trí việc làm.",
     "2.6", "2.17", "6.3"),
    ("report", "Báo cáo kết quả tuyển sinh trình độ trung cấp đợt 1 năm 2025 so với chỉ tiêu",
     "Nhập học 412/700 chỉ tiêu trung cấp, đạt 59%; nghề Điện công nghiệp, Công nghệ ô tô vượt chỉ tiêu; nghề Thú y chỉ có "
     "9 hồ sơ, đề nghị tạm dừng tuyển.",
     "2.2", "2.3", "CS01"),
    # --- TT14 3 / TT15 3: teachers, managers, staff ---------------------------------------------------------
    ("qd", "Về việc ban hành Quy định tuyển dụng viên chức và ký hợp đồng lao động",
     "Quy định nguyên tắc, điều kiện dự tuyển, hội đồng xét tuyển, hình thức phỏng vấn, thực hành giảng dạy và việc công khai "
     "kết quả; hợp đồng lao động đối với nhân viên phục vụ.",
     "3.1", "3.1", "1.4"),
    ("tb", "Thông báo kết quả xét tuyển viên chức giảng dạy năm 2025",
     "12 thí sinh trúng tuyển vào các vị trí giáo viên nghề Cơ điện tử, Công nghệ thông tin, Kế toán; thí sinh hoàn thiện "
     "hồ sơ trước ngày 30/6 để ký hợp đồng làm việc.",
     "3.1", "3.2", "1.4"),
    ("qd", "Về việc phê duyệt Đề án vị trí việc làm và cơ cấu viên chức theo chức danh nghề nghiệp",
     "Tổng số 214 vị trí: 24 vị trí lãnh đạo, quản lý; 158 vị trí chuyên môn giảng dạy; 32 vị trí hỗ trợ, phục vụ. Mỗi vị "
     "trí có bản mô tả công việc và khung năng lực.",
     "3.1", "3.1", "1.4"),
    ("qd", "Về việc nâng bậc lương thường xuyên, phụ cấp thâm niên nhà giáo quý IV năm 2025",
     "Nâng bậc lương cho 27 viên chức, hưởng phụ cấp thâm niên nhà giáo cho 9 giáo viên mới đủ 5 năm giảng dạy, thời gian "
     "hưởng từ ngày 01/10/2025.",
     "3.2", "3.2", None),
    ("plan", "Kế hoạch đào tạo, bồi dưỡng nhà giáo năm 2026",
     "Cử 6 giáo viên học thạc sĩ, 20 giáo viên bồi dưỡng kỹ năng dạy học trình độ cao đẳng, 15 giáo viên thi lấy chứng chỉ "
     "kỹ năng nghề bậc 3; dự toán kinh phí 420 triệu đồng, trình Sở phê duyệt.",
     "3.2", "3.8", None),
    ("report", "Báo cáo tổng kết công tác bồi dưỡng nhà giáo năm 2025",
     "Đã cử 61 lượt giáo viên dự các lớp bồi dưỡng; 95% hoàn thành; đánh giá sau bồi dưỡng cho thấy 80% áp dụng được vào "
     "giảng dạy; rút kinh nghiệm chọn nội dung sát nghề hơn.",
     "3.2", "3.10", None),
    ("list", "Danh sách nhà giáo cơ hữu và trình độ chuyên môn, nghiệp vụ sư phạm, kỹ năng nghề năm 2025",
     "186 nhà giáo: 52 thạc sĩ, 121 đại học, 13 cao đẳng; 100% có chứng chỉ sư phạm dạy nghề hoặc nghiệp vụ sư phạm; 142 "
     "có chứng chỉ kỹ năng nghề phù hợp trình độ giảng dạy.",
     "3.3", "3.3", "2.2"),
    ("report", "Báo cáo tỷ lệ quy đổi người học trên giáo viên theo từng ngành, nghề năm 2025",
     "Tỷ lệ chung 18,7 người học/giáo viên quy đổi; nghề Công nghệ thông tin 26/1 vượt mức, cần tuyển thêm 4 giáo viên; tỷ "
     "lệ giáo viên có trình độ sau đại học đạt 28%.",
     "3.3", "3.5", "2.1"),
    ("report", "Thống kê khối lượng giảng dạy do giáo viên cơ hữu và thỉnh giảng đảm nhận theo chương trình năm học 2024-2025",
     "Giáo viên cơ hữu đảm nhận 74% số giờ của các chương trình; riêng nghề Logistics chỉ đạt 52% do thiếu giáo viên chuyên "
     "ngành, phải mời thỉnh giảng từ doanh nghiệp.",
     "3.3", "3.5", "CS03"),
    ("contract", "Hợp đồng thỉnh giảng mô-đun Điện tử công suất học kỳ II",
     "Bên B là kỹ sư có 12 năm kinh nghiệm, nhận giảng dạy 90 giờ cho 2 lớp cao đẳng; thù lao 150.000 đồng/giờ; bên B thực "
     "hiện đúng chương trình, đề cương chi tiết của Khoa.",
     "3.3", "3.5", None),
    ("bb", "Biên bản dự giờ, nhận xét giờ giảng tích hợp của giáo viên Khoa Cơ khí",
     "Tổ dự giờ nhận xét bài dạy mô-đun Tiện trụ bậc: giáo viên bám sát mục tiêu bài học trong chương trình, thời gian phân "
     "bổ hợp lý; cần tăng thời gian người học tự thực hành. Xếp loại khá.",
     "3.4", "3.6", None),
    ("bb", "Biên bản chấm Hội giảng nhà giáo giáo dục nghề nghiệp cấp trường năm 2025",
     "Ban giám khảo chấm 24 bài giảng của 24 giáo viên từ 7 khoa; chọn 6 giáo viên dự hội giảng cấp tỉnh; nhiều bài ứng dụng "
     "mô phỏng 3D và dạy học theo dự án.",
     "3.5", "3.7", None),
    ("news", "Giáo viên Khoa Điện đoạt giải Nhất Hội giảng nhà giáo giáo dục nghề nghiệp toàn quốc",
     "Với bài giảng tích hợp về lắp đặt hệ thống điện năng lượng mặt trời, thầy Lê Văn Khánh giành giải Nhất; Nhà trường "
     "khen thưởng và tổ chức chia sẻ kinh nghiệm cho toàn thể giáo viên.",
     "3.5", "3.7", None),
    ("qd", "Về việc hỗ trợ kinh phí cho viên chức học thạc sĩ, tiến sĩ năm 2025",
     "Hỗ trợ 50% học phí và 2 triệu đồng mỗi tháng cho 7 viên chức đi học sau đại học đúng chuyên ngành; viên chức cam kết "
     "công tác tại trường tối thiểu 5 năm sau khi tốt nghiệp.",
     "3.5", "3.7", None),
    ("plan", "Kế hoạch cử giáo viên thực tập tại doanh nghiệp dịp hè năm 2026",
     "28 giáo viên thực tập 4 tuần tại các nhà máy ô tô, điện tử, khách sạn để cập nhật dây chuyền, quy trình sản xuất mới; "
     "sau thực tập mỗi giáo viên viết thu hoạch và cập nhật bài giảng.",
     "3.6", "3.9", None),
    ("report", "Báo cáo kết quả bồi dưỡng kỹ năng nghề cho giáo viên tại Trung tâm đào tạo của Toyota Việt Nam",
     "12 giáo viên hoàn thành khóa chẩn đoán động cơ hybrid 80 giờ, được cấp chứng nhận kỹ thuật viên cấp 2; Khoa đã đưa "
     "nội dung mới vào 2 mô-đun.",
     "3.6", "3.9", None),
    ("qd", "Về việc bổ nhiệm lại Trưởng khoa Công nghệ thông tin nhiệm kỳ 2025-2030",
     "Bổ nhiệm lại ông Phạm Quốc Tuấn, thạc sĩ khoa học máy tính, giữ chức Trưởng khoa; quy trình lấy phiếu tín nhiệm đạt "
     "92% và được Đảng ủy thống nhất.",
     "3.7", "3.12", "2.3"),
    ("qd", "Quyết định của UBND tỉnh về việc bổ nhiệm Hiệu trưởng Trường",
     "Bổ nhiệm ông Đỗ Minh Châu, tiến sĩ kỹ thuật, đã qua lớp bồi dưỡng quản lý và cao cấp lý luận chính trị, giữ chức Hiệu "
     "trưởng, thời hạn 5 năm.",
     "3.7", "3.11", "2.3"),
    ("list", "Danh sách cán bộ quản lý tham gia lớp bồi dưỡng nghiệp vụ quản lý giáo dục nghề nghiệp năm 2025",
     "19 trưởng, phó phòng, khoa tham gia lớp bồi dưỡng 6 tuần do Tổng cục tổ chức; nội dung quản trị nhà trường, quản lý "
     "đào tạo, bảo đảm chất lượng.",
     "3.7", "3.14", "2.3"),
    ("qd", "Về việc thi hành kỷ luật khiển trách đối với viên chức vi phạm quy định giờ giấc",
     "Viên chức bỏ 6 buổi dạy không báo cáo, tự ý đổi lịch dạy; Hội đồng kỷ luật xem xét và đề nghị hình thức khiển trách, "
     "kéo dài thời hạn nâng lương 6 tháng.",
     "3.7", "3.4", None),
    ("plan", "Kế hoạch bồi dưỡng nghiệp vụ cho nhân viên văn thư, kế toán, thư viện và kỹ thuật viên năm 2026",
     "18 nhân viên tham gia các lớp về lưu trữ điện tử, kế toán hành chính sự nghiệp, quản lý thư viện số và vận hành thiết "
     "bị; kết quả bồi dưỡng là căn cứ đánh giá cuối năm.",
     "3.7", "3.15", None),
    ("list", "Danh sách trình độ chuyên môn và chứng chỉ bồi dưỡng quản lý của trưởng, phó các phòng, khoa năm 2025",
     "28 cán bộ quản lý: 100% có trình độ đại học trở lên, 19 thạc sĩ; 24 người có chứng chỉ bồi dưỡng quản lý giáo dục nghề "
     "nghiệp, 4 người đang học; 22 người có trung cấp lý luận chính trị.",
     "3.7", "3.13", "2.3"),
    # --- TT14 4 / TT15 4: programmes and textbooks ---------------------------------------------------------
    ("qd", "Về việc ban hành Quy trình xây dựng, thẩm định và ban hành chương trình đào tạo",
     "Quy trình gồm 8 bước: khảo sát nhu cầu, phân tích nghề, thiết kế cấu trúc, biên soạn, lấy ý kiến doanh nghiệp, thẩm "
     "định, phê duyệt và đánh giá sau áp dụng; kèm biểu mẫu từng bước.",
     "4.1", "4.2", "3.2"),
    ("bb", "Biên bản hội thảo lấy ý kiến doanh nghiệp về dự thảo chương trình nghề Điện tử công nghiệp",
     "Đại diện 9 doanh nghiệp góp ý bổ sung mô-đun bảo trì robot công nghiệp, tăng thời lượng thực hành PLC, giảm lý thuyết "
     "mạch tương tự; Ban soạn thảo tiếp thu và chỉnh sửa.",
     "4.1", "4.4", "3.2"),
    ("qd", "Về việc thành lập Hội đồng thẩm định chương trình đào tạo nghề Logistics trình độ cao đẳng",
     "Hội đồng gồm 7 thành viên, có 2 chuyên gia của Hiệp hội doanh nghiệp dịch vụ logistics; Hội đồng có trách nhiệm thẩm "
     "định và kết luận trong 15 ngày.",
     "4.1", "4.2", "3.2"),
    ("bb", "Biên bản hội thảo phân tích nghề (DACUM) Công nghệ kỹ thuật nhiệt",
     "Tám chuyên gia từ các nhà máy nhiệt điện, điều hòa không khí liệt kê 11 nhiệm vụ và 84 công việc của người thợ; sơ "
     "đồ phân tích nghề là căn cứ thiết kế chương trình sát với yêu cầu thực tế.",
     "4.1", "4.5", "3.2"),
    ("qd", "Về việc ban hành chương trình đào tạo 24 ngành, nghề trình độ cao đẳng và trung cấp",
     "Ban hành kèm theo Quyết định này 24 chương trình đào tạo áp dụng từ khóa tuyển sinh năm 2025; các khoa tổ chức thực hiện "
     "và lưu trữ bản gốc chương trình.",
     "4.2", "4.1", "3.1"),
    ("rule", "Chương trình đào tạo trình độ trung cấp nghề Kỹ thuật chế biến món ăn",
     "Mục tiêu đào tạo, khối lượng 1.560 giờ gồm 24 mô-đun, môn học; kiến thức, kỹ năng người học đạt được; phương pháp đánh "
     "giá từng mô-đun và hướng dẫn sử dụng chương trình.",
     "4.2", "4.3", "3.1"),
    ("tb", "Thông báo công bố chuẩn đầu ra các ngành, nghề đào tạo trên cổng thông tin điện tử",
     "Chuẩn đầu ra 24 ngành, nghề được đăng tại mục Đào tạo của trang thông tin, niêm yết tại bảng tin các khoa để người "
     "học, phụ huynh và doanh nghiệp tra cứu.",
     "4.3", "2.1", None),
    ("report", "Báo cáo đối chiếu chuẩn đầu ra với bậc 4, bậc 5 của Khung trình độ quốc gia Việt Nam",
     "Rà soát 24 bộ chuẩn đầu ra theo mô tả về kiến thức, kỹ năng, mức độ tự chủ và trách nhiệm của từng bậc; 5 bộ cần "
     "điều chỉnh cách diễn đạt năng lực tự chủ.",
     "4.3", "4.3", None),
    ("report", "Báo cáo kết quả rà soát, cập nhật chương trình đào tạo năm 2025",
     "18/24 chương trình được rà soát và cập nhật theo góp ý của doanh nghiệp, người tốt nghiệp và thay đổi công nghệ, đạt "
     "75%; 6 chương trình còn lại hoàn thành trong quý I năm 2026.",
     "4.4", "4.7", "CS04"),
    ("plan", "Kế hoạch điều chỉnh chương trình nghề Cơ điện tử theo công nghệ mới, tham khảo chương trình của Đức",
     "Bổ sung nội dung công nghiệp 4.0, IoT và hệ thống sản xuất linh hoạt; tham khảo chương trình Mechatroniker của Phòng "
     "Công nghiệp và Thương mại Đức để thiết kế lại các mô-đun thực hành.",
     "4.4", "4.8", "3.2"),
    ("qd", "Về việc ban hành Quy định biên soạn, lựa chọn, thẩm định và duyệt giáo trình",
     "Giáo trình do tổ biên soạn gồm giáo viên và chuyên gia doanh nghiệp; hội đồng thẩm định có ít nhất 1 người từ ngoài "
     "trường; giáo trình lựa chọn từ nguồn khác phải được hội đồng đánh giá trước khi dùng.",
     "4.5", "4.11", "3.2"),
    ("bb", "Biên bản nghiệm thu giáo trình mô-đun Lập trình PLC cơ bản",
     "Hội đồng nghiệm thu nhận xét giáo trình bám sát đề cương mô-đun, bài tập thực hành phong phú; yêu cầu sửa hình minh "
     "họa chương 3 và bổ sung câu hỏi ôn tập.",
     "4.5", "4.11", "3.2"),
    ("qd", "Về việc duyệt và đưa vào sử dụng 36 giáo trình các mô-đun nghề Hàn",
     "Đưa vào sử dụng làm tài liệu giảng dạy, học tập chính thức 36 giáo trình mô-đun, môn học nghề Hàn trình độ trung cấp "
     "và cao đẳng; Thư viện in và phát hành.",
     "4.6", "4.10", "3.1"),
    ("tb", "Hướng dẫn biên soạn giáo trình theo hướng tích hợp lý thuyết và thực hành",
     "Mỗi bài gồm mục tiêu, nội dung, bài tập thực hành, câu hỏi tự đánh giá; khuyến khích tình huống, dự án để người học "
     "chủ động, làm việc nhóm.",
     "4.6", "4.13", None),
    ("report", "Báo cáo kết quả lấy ý kiến giáo viên, doanh nghiệp và người tốt nghiệp về giáo trình năm 2025",
     "Phát 420 phiếu, thu về 386; 81% đánh giá giáo trình phù hợp; nhiều ý kiến đề nghị cập nhật giáo trình Tin học văn "
     "phòng và An toàn lao động.",
     "4.7", "4.14", "3.2"),
    ("plan", "Kế hoạch chỉnh sửa giáo trình sau khi điều chỉnh chương trình đào tạo năm 2025",
     "Chỉnh sửa 42 giáo trình của 6 chương trình vừa điều chỉnh; tiến độ hoàn thành trong 6 tháng; thẩm định lại trước khi "
     "đưa vào giảng dạy từ học kỳ I năm học 2026-2027.",
     "4.7", "4.15", "3.2"),
    ("report", "Báo cáo rà soát khả năng liên thông của chương trình cao đẳng Công nghệ ô tô với chương trình đại học",
     "Đối chiếu với chương trình đại học ngành Công nghệ kỹ thuật ô tô của 2 trường đại học: 62 tín chỉ có thể được công "
     "nhận; đề xuất điều chỉnh môn Toán kỹ thuật để người học học tiếp thuận lợi.",
     "4.4", "4.6", None),
    ("bb", "Biên bản thẩm định nội dung giáo trình mô-đun Nguội cơ bản",
     "Hội đồng đối chiếu từng bài với đề cương mô-đun: đủ kiến thức về dụng cụ đo, kỹ năng giũa, khoan, cắt ren; thiếu bài "
     "tập đánh giá kỹ năng cạo; đề nghị bổ sung trước khi duyệt.",
     "4.6", "4.12", "3.2"),
    # --- TT14 5 / TT15 5: campus, buildings, equipment, materials, library --------------------------------
    ("rule", "Quy định quản lý, sử dụng phòng học, xưởng thực hành và phòng thí nghiệm",
     "Phân công khoa quản lý từng phòng, xưởng; lịch sử dụng được đăng ký trên phần mềm; người học vào xưởng phải có giáo "
     "viên; sổ theo dõi tình trạng phòng, xưởng được ghi sau mỗi buổi học.",
     "5.1", "5.7", "4.4"),
    ("rule", "Quy định quản lý, sử dụng, bảo dưỡng thiết bị đào tạo và đánh giá hiệu quả sử dụng",
     "Mỗi thiết bị có lý lịch và người chịu trách nhiệm; bảo dưỡng theo khuyến cáo của nhà sản xuất; hằng năm các khoa báo "
     "cáo giờ máy sử dụng và đề xuất điều chuyển thiết bị ít dùng.",
     "5.1", "5.10", "4.4"),
    ("report", "Quy hoạch tổng mặt bằng khuôn viên cơ sở 2 giai đoạn 2026-2035",
     "Khu đất 12,6 ha chia thành khu học tập, khu xưởng, khu thể thao, khu ký túc xá; mật độ xây dựng 28%, cây xanh 35%; "
     "đường nội bộ tách luồng xe và người đi bộ.",
     "5.2", "5.2", None),
    ("report", "Báo cáo hiện trạng hệ thống điện, cấp thoát nước và xử lý nước thải của Trường",
     "Trạm biến áp 560 kVA đáp ứng phụ tải; hệ thống thoát nước khu xưởng bị xuống cấp; trạm xử lý nước thải đạt quy chuẩn; "
     "đề xuất cải tạo 1,2 km đường ống trong năm 2026.",
     "5.2", "5.4", None),
    ("qd", "Quyết định giao đất và thỏa thuận địa điểm xây dựng cơ sở đào tạo mới tại Khu đô thị phía Nam",
     "UBND tỉnh giao 8,5 ha đất cho Trường xây dựng cơ sở mới, cách khu công nghiệp 3 km, gần tuyến xe buýt, có nguồn điện, "
     "nước ổn định và xa khu vực sản xuất gây ô nhiễm.",
     "5.2", "5.1", None),
    ("news", "Khánh thành nhà xưởng thực hành 5 tầng và khu giảng đường mới",
     "Công trình gồm 24 xưởng, 30 phòng học, tổng vốn 96 tỷ đồng, đáp ứng chỗ học cho 2.000 người học mỗi ca; tầng mái lắp "
     "điện mặt trời.",
     "5.3", "5.3", "4.1"),
    ("report", "Báo cáo thống kê diện tích phòng học lý thuyết, phòng thực hành theo quy mô người học",
     "Tổng diện tích phòng học lý thuyết 4.200 m², phòng thực hành, xưởng 9.800 m², bình quân 4,0 m² mỗi người học; thiếu "
     "phòng chuyên môn hóa cho nghề Điều dưỡng.",
     "5.3", "5.5", "4.1"),
    ("report", "Báo cáo hiện trạng ký túc xá và nhà ăn năm 2025",
     "Ký túc xá 320 chỗ ở, 80 phòng khép kín, có nước nóng, internet; nhà ăn 300 chỗ; đề xuất sửa mái tôn dãy B và lắp thêm "
     "máy giặt chung.",
     "5.3", "8.5", "4.2"),
    ("bb", "Biên bản kiểm tra an toàn phòng cháy chữa cháy của Công an tỉnh tại Trường",
     "Đoàn kiểm tra hệ thống báo cháy, bình chữa cháy, lối thoát nạn ở xưởng và ký túc xá; yêu cầu thay 14 bình hết hạn, bổ "
     "sung đèn chỉ dẫn thoát nạn tại xưởng Hàn.",
     "5.4", "5.4", "4.1"),
    ("plan", "Kế hoạch bảo đảm an toàn, vệ sinh lao động và phòng ngừa tai nạn tại xưởng thực hành năm 2026",
     "Huấn luyện an toàn cho người học trước khi vào xưởng; trang bị bảo hộ; kiểm định máy có yêu cầu nghiêm ngặt; quan trắc "
     "môi trường lao động và xử lý phế liệu.",
     "5.4", "5.9", "4.1"),
    ("news", "Hoàn thành lối đi, nhà vệ sinh dành cho người khuyết tật tại các khu nhà học",
     "Nhà trường cải tạo lối lên dốc, lắp tay vịn và 6 phòng vệ sinh riêng để người học khuyết tật vận động thuận tiện hơn; "
     "công trình do một tổ chức phi chính phủ tài trợ.",
     "5.4", None, None),
    ("bb", "Biên bản bàn giao thiết bị đào tạo thuộc dự án nâng cao năng lực nghề trọng điểm",
     "Nhà thầu bàn giao 1 dây chuyền sản xuất linh hoạt MPS, 12 bộ thực hành khí nén, 20 máy hàn TIG; đã chạy thử, hướng "
     "dẫn vận hành cho giáo viên.",
     "5.5", "5.8", "4.3"),
    ("report", "Báo cáo đối chiếu thiết bị hiện có với danh mục thiết bị tối thiểu nghề Công nghệ ô tô",
     "Đáp ứng 86% chủng loại theo danh mục của Bộ; còn thiếu máy cân bằng động bánh xe và thiết bị chẩn đoán đa năng; đề "
     "xuất mua sắm bổ sung năm 2026.",
     "5.5", "5.8", "4.3"),
    ("plan", "Kế hoạch bảo trì, bảo dưỡng máy móc, thiết bị đào tạo năm 2026",
     "Lập lịch bảo dưỡng định kỳ cho 1.240 thiết bị; thuê đơn vị chuyên ngành bảo dưỡng máy CNC; các khoa ghi nhật ký sử dụng "
     "và báo hỏng qua phần mềm.",
     "5.5", "5.11", "4.4"),
    ("report", "Báo cáo kết quả kiểm kê tài sản, thiết bị đào tạo thời điểm 31/12/2025",
     "Kiểm kê 3.870 tài sản, thiết bị; 96 thiết bị hỏng chờ thanh lý, 14 thiết bị chưa dán mã; đề xuất điều chuyển 8 máy "
     "tiện từ Khoa Cơ khí sang Trung tâm đào tạo ngắn hạn.",
     "5.5", "5.11", "4.4"),
    ("qd", "Về việc ban hành định mức tiêu hao vật tư thực hành nghề Hàn và Cắt gọt kim loại",
     "Định mức que hàn, thép tấm, khí bảo vệ, dao cắt cho từng bài thực hành; khoa lập dự trù vật tư theo số người học và "
     "tiến độ; phế liệu được thu hồi để tái sử dụng trong bài tập cơ bản.",
     "5.6", "5.12", "4.3"),
    ("list", "Phiếu đề nghị cấp phát vật tư thực tập tháng 10 của Khoa Điện",
     "Đề nghị cấp 2.000 m dây điện, 120 aptomat, 60 ổ cắm cho 4 lớp thực hành lắp đặt điện dân dụng theo tiến độ tuần 6-9; "
     "thủ kho xác nhận số tồn.",
     "5.6", "5.12", "4.3"),
    ("report", "Báo cáo thống kê vốn tài liệu, giáo trình và phòng đọc của Thư viện năm 2025",
     "Thư viện có 2 phòng đọc 180 chỗ, kho 28.400 bản sách; mỗi giáo trình đang dùng có từ 5 đến 40 bản in; diện tích kho "
     "chưa đủ, cần mở rộng.",
     "5.7", "5.13", None),
    ("rule", "Nội quy Thư viện và quy định mượn, trả tài liệu",
     "Thư viện mở cửa từ 7 giờ đến 20 giờ các ngày trong tuần; bạn đọc dùng thẻ người học; mượn tối đa 5 cuốn trong 14 "
     "ngày; có dịch vụ tìm tài liệu theo yêu cầu của giáo viên.",
     "5.8", "5.14", None),
    ("news", "Ra mắt thư viện số với hơn 2.300 giáo trình, tài liệu được số hóa",
     "Người học đăng nhập bằng tài khoản học tập để đọc trực tuyến giáo trình, bài giảng và tài liệu tham khảo; phòng máy "
     "tra cứu 40 máy được nối mạng tốc độ cao.",
     "5.8", "5.15", None),
    ("rule", "Quy trình vận hành an toàn và bảo dưỡng máy phay CNC tại xưởng Cơ khí",
     "Các bước kiểm tra trước khi chạy máy, thay dao, kẹp phôi, xử lý khi có báo lỗi; lịch vệ sinh, tra dầu hằng ngày và bảo "
     "dưỡng hằng quý; sổ theo dõi giờ máy đặt cạnh máy.",
     "5.1", "5.6", "4.4"),
    # --- TT14 6 / TT15 6: research, innovation, international cooperation -------------------------------
    ("qd", "Về việc ban hành Quy định quản lý hoạt động khoa học, công nghệ và chế độ hỗ trợ tác giả sáng kiến",
     "Đề tài cấp trường được hỗ trợ tối đa 30 triệu đồng; sáng kiến được công nhận được cộng điểm thi đua và thưởng; giờ "
     "làm đề tài được quy đổi vào định mức giờ chuẩn của giáo viên.",
     "6.1", "6.1", None),
    ("qd", "Về việc phê duyệt danh mục đề tài khoa học và công nghệ cấp cơ sở thực hiện năm 2026",
     "Phê duyệt 9 đề tài, trong đó 4 đề tài chế tạo mô hình dạy học, 3 đề tài về phương pháp giảng dạy, 2 đề tài khảo sát "
     "việc làm; thời gian thực hiện 10 tháng.",
     "6.2", "6.2", None),
    ("bb", "Biên bản nghiệm thu đề tài chế tạo mô hình dạy học hệ thống phun xăng điện tử",
     "Hội đồng đánh giá mô hình hoạt động ổn định, mô phỏng được 12 loại pan hỏng; xếp loại xuất sắc, đề nghị đưa vào dạy "
     "mô-đun Bảo dưỡng hệ thống nhiên liệu.",
     "6.2", "6.2", None),
    ("report", "Báo cáo hiệu quả áp dụng các sáng kiến, đề tài vào giảng dạy năm học 2024-2025",
     "7/9 đề tài và 15 sáng kiến đã được áp dụng tại các khoa; mô hình thực hành tự làm giúp tiết kiệm 320 triệu đồng mua "
     "sắm; 2 sáng kiến được doanh nghiệp áp dụng trong sản xuất.",
     "6.2", "6.4", None),
    ("news", "Sôi nổi Hội thi thiết bị đào tạo tự làm cấp trường năm 2025",
     "18 thiết bị do giáo viên thiết kế, chế tạo dự thi, như bàn thực hành điện mặt trời, mô hình băng tải phân loại sản "
     "phẩm; 6 thiết bị được chọn dự thi cấp tỉnh.",
     "6.2", "6.2", None),
    ("list", "Danh mục bài báo khoa học của giáo viên, viên chức đăng trên tạp chí năm 2025",
     "14 bài báo đăng trên Tạp chí Khoa học giáo dục nghề nghiệp, Tạp chí Cơ khí Việt Nam và kỷ yếu hội thảo quốc tế; 3 bài "
     "có đồng tác giả là người học.",
     "6.3", "6.3", None),
    ("news", "Giảng viên Khoa Kinh tế có bài đăng trên tạp chí quốc tế về logistics",
     "Bài viết phân tích chi phí vận tải hàng nông sản vùng Đồng bằng sông Hồng, được tạp chí có phản biện độc lập chấp "
     "nhận đăng sau hai vòng sửa chữa.",
     "6.3", "6.3", None),
    ("mou", "Biên bản ghi nhớ hợp tác giữa Trường và Trường Kỹ thuật Busan, Hàn Quốc",
     "Hai bên trao đổi giáo viên, tiếp nhận sinh viên thực tập ngắn hạn tại Hàn Quốc, cùng phát triển mô-đun hàn tự động; "
     "thời hạn 5 năm, tự động gia hạn nếu không bên nào phản đối.",
     "6.4", "6.5", None),
    ("news", "Chuyên gia GIZ làm việc với Nhà trường về đào tạo nghề theo mô hình kép",
     "Đoàn chuyên gia Đức khảo sát xưởng, trao đổi về việc tổ chức 70% thời gian học tại doanh nghiệp và bồi dưỡng giáo viên "
     "theo chuẩn Đức trong khuôn khổ chương trình hợp tác.",
     "6.4", "6.5", None),
    ("contract", "Hợp đồng chuyển giao chương trình đào tạo nghề Cơ điện tử từ TAFE Queensland, Úc",
     "Bên chuyển giao cung cấp chương trình, học liệu, bồi dưỡng 10 giáo viên và kiểm định chất lượng hằng năm; người học "
     "tốt nghiệp được cấp bằng do hai bên công nhận.",
     "6.4", "6.5", None),
    # --- TT14 7 / TT15 8: learners and support -------------------------------------------------------------
    ("rule", "Sổ tay học sinh, sinh viên năm học 2025-2026",
     "Giới thiệu các ngành, nghề, quy chế đào tạo, cách tính điểm và xét tốt nghiệp, nội quy, quy định về học bổng, miễn "
     "giảm học phí, địa chỉ các phòng chức năng cần liên hệ.",
     "7.1", "8.1", None),
    ("plan", "Kế hoạch tổ chức Tuần sinh hoạt công dân - học sinh, sinh viên khóa 2025",
     "Trong 5 ngày, người học mới được phổ biến nội quy, quy chế, quyền và nghĩa vụ, chế độ chính sách, nghe báo cáo chuyên "
     "đề về an toàn giao thông và phòng chống ma túy; cuối đợt làm bài thu hoạch.",
     "7.1", "8.1", None),
    ("qd", "Về việc miễn, giảm học phí học kỳ I năm học 2025-2026 cho học sinh, sinh viên thuộc đối tượng chính sách",
     "Miễn 100% học phí cho 214 người học là con thương binh, dân tộc thiểu số hộ nghèo; giảm 70% cho 36 người học ở xã đặc "
     "biệt khó khăn; giảm 50% cho 18 người học là con cán bộ bị tai nạn lao động.",
     "7.2", "8.2", None),
    ("list", "Danh sách học sinh được hưởng hỗ trợ chi phí học tập và trợ cấp xã hội tháng 9 đến tháng 12",
     "126 học sinh dân tộc thiểu số, khuyết tật, mồ côi được hỗ trợ 60% mức lương cơ sở mỗi tháng; số tiền chuyển vào tài "
     "khoản của từng học sinh.",
     "7.2", "8.2", None),
    ("plan", "Kế hoạch khám sức khỏe đầu khóa và tham gia bảo hiểm y tế học sinh, sinh viên năm học 2025-2026",
     "Phối hợp Trung tâm Y tế huyện khám sức khỏe cho 1.100 người học mới; phòng y tế trực 2 ca; 100% người học tham gia bảo "
     "hiểm y tế theo quy định.",
     "7.2", "8.6", None),
    ("plan", "Kế hoạch thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2025",
     "Bảo đảm nữ người học được tiếp cận các nghề kỹ thuật, tổ chức tư vấn chọn nghề cho nữ, có ít nhất 30% nữ trong quy hoạch "
     "cán bộ quản lý; tuyên truyền phòng chống bạo lực, quấy rối trên cơ sở giới.",
     "7.2", "1.12", None),
    ("qd", "Về việc xét, cấp học bổng khuyến khích học tập cho học sinh, sinh viên học kỳ II",
     "Cấp học bổng cho 186 người học đạt kết quả học tập và rèn luyện từ loại khá trở lên, mức từ 1,2 đến 2,0 lần học phí "
     "tùy xếp loại; tổng kinh phí 612 triệu đồng.",
     "7.3", "8.3", None),
    ("news", "Trao quà, động viên học sinh dân tộc thiểu số, học sinh có hoàn cảnh khó khăn trước kỳ thi",
     "Nhà trường và Công đoàn trao 80 suất quà, bố trí giáo viên phụ đạo buổi tối cho các em học lực yếu để các em yên tâm "
     "học tập, hoàn thành khóa học.",
     "7.3", "8.3", None),
    ("news", "Ngày hội việc làm năm 2025: 45 doanh nghiệp tuyển dụng hơn 2.000 vị trí",
     "Sinh viên năm cuối được phỏng vấn trực tiếp với nhà tuyển dụng; 380 em nhận thư mời làm việc ngay tại ngày hội; các "
     "doanh nghiệp Nhật Bản, Hàn Quốc tham gia đông.",
     "7.3", "8.9", None),
    ("news", "Tọa đàm kỹ năng tìm việc, viết hồ sơ xin việc và khởi nghiệp cho sinh viên năm cuối",
     "Chuyên gia nhân sự hướng dẫn viết hồ sơ, trả lời phỏng vấn; cựu sinh viên thành công chia sẻ kinh nghiệm mở xưởng "
     "sửa chữa ô tô; Trung tâm Việc làm giới thiệu địa chỉ tuyển dụng.",
     "7.3", "8.8", None),
    ("news", "Giải bóng đá nam học sinh, sinh viên chào mừng Ngày thành lập Đoàn 26/3",
     "16 đội bóng của các khoa tranh tài trong 3 tuần; đội Khoa Ô tô vô địch; giải thưởng phong cách cho đội Khoa Du lịch.",
     "7.4", "8.7", None),
    ("news", "Đêm văn nghệ Tri ân thầy cô của học sinh, sinh viên",
     "20 tiết mục múa, hát, kịch do các lớp tự dàn dựng; câu lạc bộ guitar và nhóm nhảy hiện đại biểu diễn; quỹ tặng hoa "
     "được góp vào học bổng cho bạn khó khăn.",
     "7.4", "8.7", None),
    ("plan", "Kế hoạch tổ chức Chiến dịch tình nguyện Mùa hè xanh năm 2026",
     "200 tình nguyện viên sửa chữa điện miễn phí, làm đường giao thông nông thôn, dạy tin học cho thiếu nhi tại 3 xã vùng "
     "cao trong 20 ngày.",
     "7.4", "8.7", None),
    ("report", "Báo cáo rà soát công tác tư vấn tâm lý, hỗ trợ và quản lý học sinh nội trú, đề xuất cải tiến",
     "Khảo sát cho thấy người học khó tiếp cận phòng tư vấn; đề xuất mở đường dây nóng, tăng giờ trực, cập nhật quy trình "
     "quản lý học sinh nội trú và phần mềm điểm danh.",
     "7.5", "8.3", None),
    ("plan", "Phương án bảo đảm an ninh trật tự và phòng chống ma túy trong Trường năm học 2025-2026",
     "Phối hợp Công an phường tuần tra khu ký túc xá; lắp camera cổng trường; đội thanh niên xung kích trực buổi tối; xử lý "
     "nghiêm người học vi phạm.",
     "7.5", "8.7", None),
    ("qd", "Về việc ban hành Quy định bảo đảm bình đẳng, phòng chống phân biệt đối xử đối với người học",
     "Không phân biệt đối xử vì giới tính, tôn giáo, dân tộc, hoàn cảnh gia đình trong xét tuyển, xếp lớp, khen thưởng; người "
     "học bị phân biệt đối xử được khiếu nại tới Phòng Công tác học sinh, sinh viên.",
     "7.2", "8.4", None),
    # --- TT14 8 / TT15 9: monitoring, surveys, self-assessment, graduation and employment -----------------
    ("report", "Báo cáo thống kê tỷ lệ tốt nghiệp, tỷ lệ bỏ học theo khóa và đối sánh ba năm gần nhất",
     "Tỷ lệ tốt nghiệp đúng hạn khóa 2022-2025 đạt 71%, tăng 4% so với khóa trước; tỷ lệ bỏ học 9%, cao nhất ở năm thứ nhất; "
     "đặt chỉ tiêu giảm bỏ học xuống 7%.",
     "8.1", None, "CS07"),
    ("plan", "Kế hoạch giảm tỷ lệ người học bỏ học năm học 2025-2026",
     "Theo dõi chuyên cần hằng tuần, liên hệ phụ huynh khi người học nghỉ quá 3 buổi, giáo viên chủ nhiệm báo cáo số bỏ học "
     "hằng tháng; so sánh với các trường bạn để đặt mục tiêu.",
     "8.1", None, None),
    ("report", "Kết quả khảo sát doanh nghiệp về mức độ đáp ứng công việc của người tốt nghiệp năm 2025",
     "32 doanh nghiệp trả lời phiếu: 78% hài lòng với kỹ năng thực hành, 61% hài lòng với ngoại ngữ; Nhà trường tăng thời "
     "lượng tiếng Anh chuyên ngành từ khóa mới.",
     "8.2", "9.1", "CS10"),
    ("plan", "Kế hoạch lấy ý kiến phản hồi của đơn vị sử dụng lao động về người tốt nghiệp năm 2026",
     "Gửi phiếu trực tuyến và phỏng vấn trực tiếp ít nhất 30 doanh nghiệp có người tốt nghiệp đang làm việc; tổng hợp kết "
     "quả trước tháng 10 để đưa vào rà soát chương trình.",
     "8.2", "9.1", None),
    ("bb", "Biên bản hội nghị doanh nghiệp góp ý về chất lượng người tốt nghiệp",
     "Đại diện 24 doanh nghiệp nhận xét người tốt nghiệp có tay nghề vững nhưng còn yếu về tác phong công nghiệp; đề nghị "
     "tăng thực tập tại doanh nghiệp.",
     "8.2", "9.1", None),
    ("qd", "Về việc ban hành quy trình và bộ phiếu lấy ý kiến nhà giáo, cán bộ quản lý về các chính sách của Trường",
     "Phiếu khảo sát gồm 5 nhóm: dạy và học, tuyển dụng, bồi dưỡng, đánh giá phân loại, bổ nhiệm; khảo sát hằng năm vào "
     "tháng 5, kết quả báo cáo Ban Giám hiệu.",
     "8.3", "9.2", None),
    ("report", "Báo cáo kết quả khảo sát ý kiến viên chức, người lao động về chính sách tuyển dụng, bồi dưỡng, bổ nhiệm năm 2025",
     "168/214 viên chức, người lao động trả lời (78%); nhóm chính sách bồi dưỡng có mức đồng thuận thấp nhất 62%; Nhà trường "
     "sửa quy định cử đi học theo hướng công khai tiêu chí.",
     "8.3", "9.2", None),
    ("report", "Báo cáo kết quả lấy ý kiến người học về hoạt động giảng dạy của giáo viên học kỳ I",
     "1.460 người học đánh giá 176 giáo viên; điểm trung bình 4,3/5; 6 giáo viên dưới 3,5 được khoa góp ý và dự giờ lại.",
     "8.4", "9.3", "CS09"),
    ("news", "Người học đánh giá trực tuyến chất lượng môn học, dịch vụ hỗ trợ sau mỗi học kỳ",
     "Phiếu đánh giá gửi qua ứng dụng của Trường; kết quả được công bố trong hội nghị đối thoại giữa Hiệu trưởng và người học.",
     "8.4", "9.3", None),
    ("report", "Báo cáo khảo sát mức độ hài lòng của người học sắp tốt nghiệp về chất lượng đào tạo năm 2025",
     "Khảo sát 512 người học năm cuối: 82% hài lòng với chất lượng đào tạo nói chung, 69% hài lòng với cơ sở vật chất.",
     "8.4", "9.3", "CS09"),
    ("qd", "Về việc thành lập Hội đồng tự đánh giá chất lượng cơ sở giáo dục nghề nghiệp năm 2026",
     "Hội đồng gồm 15 thành viên do Hiệu trưởng làm Chủ tịch, có ban thư ký và 4 nhóm công tác; hoàn thành báo cáo tự đánh "
     "giá trước tháng 11 để đăng ký đánh giá ngoài.",
     "8.5", "9.4", None),
    ("plan", "Kế hoạch khắc phục tồn tại và cải tiến chất lượng theo khuyến nghị của đoàn đánh giá ngoài",
     "Khắc phục 12 khuyến nghị của đoàn đánh giá ngoài: bổ sung khảo sát doanh nghiệp, cập nhật giáo trình, tăng đề tài; "
     "phân công đơn vị chủ trì, thời hạn và chỉ số đo kết quả.",
     "8.5", "9.5", None),
    ("report", "Báo cáo tình hình việc làm của người tốt nghiệp khóa 2022-2025 sau 12 tháng",
     "Liên hệ được 389/412 người tốt nghiệp; 87% có việc làm, trong đó 79% làm đúng nghề hoặc nghề gần; thu nhập bình quân "
     "8,6 triệu đồng mỗi tháng.",
     "8.6", "9.6", "CS08"),
    ("list", "Danh sách người tốt nghiệp năm 2024 có việc làm đúng nghề, nơi làm việc và mức thu nhập",
     "Danh sách 356 người, ghi rõ nghề đào tạo, doanh nghiệp đang làm việc, vị trí công việc, thời điểm có việc làm và số "
     "điện thoại liên hệ.",
     "8.6", "9.6", "CS08"),
    ("report", "Thống kê tỷ lệ người học hoàn thành chương trình đúng thời gian theo nghề, khóa 2022-2025",
     "Tính trên số nhập học ban đầu: nghề Hàn 78%, Điện công nghiệp 74%, Kế toán 52%, chung toàn trường 68%; phân tích "
     "nguyên nhân kéo dài thời gian học ở các nghề dưới 60%.",
     "8.1", None, "CS07"),
    ("report", "Kết quả khảo sát người tốt nghiệp sau 6 tháng về mức độ hài lòng với khóa học",
     "Gọi điện và gửi phiếu cho 300 người tốt nghiệp năm 2024: 76% hài lòng với chất lượng đào tạo, 58% hài lòng với hoạt "
     "động hỗ trợ tìm việc.",
     "8.4", "9.3", "CS09"),
    # --- TT15 7 / TT38 5: finance (TT 14 has no finance criterion) ---------------------------------------
    ("rule", "Quy chế chi tiêu nội bộ năm 2026",
     "Quy định định mức chi công tác phí, chi hội nghị, chi thừa giờ, chi thu nhập tăng thêm; quy trình tạm ứng, thanh toán; "
     "quy chế được thảo luận tại hội nghị viên chức và niêm yết công khai.",
     None, "7.1", "5.2"),
    ("report", "Báo cáo quyết toán thu, chi ngân sách năm 2025",
     "Tổng thu 78,4 tỷ đồng, trong đó ngân sách cấp 41,2 tỷ, thu sự nghiệp 37,2 tỷ; tổng chi 75,9 tỷ; chênh lệch trích lập "
     "các quỹ theo quy định.",
     None, "7.4", "5.3"),
    ("tb", "Thông báo công khai dự toán và tình hình thực hiện dự toán ngân sách năm 2025",
     "Công khai trên trang thông tin và niêm yết tại trụ sở các biểu dự toán thu, chi, tình hình thực hiện 6 tháng và cả "
     "năm theo mẫu của Bộ Tài chính.",
     None, "7.5", "5.3"),
    ("plan", "Phương án tự chủ tài chính giai đoạn 2026-2030: tự bảo đảm chi thường xuyên",
     "Dự kiến tăng nguồn thu sự nghiệp từ 47% lên 100% chi thường xuyên vào năm 2028 nhờ điều chỉnh học phí, mở rộng đào "
     "tạo theo đặt hàng và dịch vụ sửa chữa ô tô; lộ trình giảm kinh phí ngân sách cấp.",
     None, "7.3", "5.1"),
    ("report", "Báo cáo các khoản thu từ đào tạo ngắn hạn, dịch vụ sản xuất và cho thuê mặt bằng năm 2025",
     "Thu 6,8 tỷ đồng từ đào tạo lái xe, bồi dưỡng kỹ năng cho doanh nghiệp, xưởng sửa chữa và cho thuê căng tin; các khoản "
     "thu được hạch toán riêng, nộp thuế đầy đủ.",
     None, "7.2", "5.1"),
    ("bb", "Biên bản tự kiểm tra tài chính, kế toán và quỹ tiền mặt năm 2025",
     "Tổ tự kiểm tra rà soát chứng từ thu, chi, quỹ tiền mặt, hồ sơ mua sắm; phát hiện 3 khoản thanh toán thiếu hóa đơn; yêu "
     "cầu bổ sung trong 15 ngày.",
     None, "7.5", "5.2"),
    ("report", "Báo cáo đánh giá hiệu quả sử dụng kinh phí năm 2025 và giải pháp tăng nguồn thu",
     "Chi cho đào tạo chiếm 64% tổng chi, chi hành chính giảm 8%; đề xuất khoán chi văn phòng phẩm, điện nước cho các khoa, "
     "tăng hợp đồng đào tạo với doanh nghiệp.",
     None, "7.6", "5.1"),
)

_SITES = (
    {"school": "TRƯỜNG CAO ĐẲNG CƠ ĐIỆN VÀ XÂY DỰNG", "superior": "UBND TỈNH NINH BÌNH", "place": "Ninh Bình", "code": "CĐCĐ",
     "nav": "TRANG CHỦ  GIỚI THIỆU  ĐÀO TẠO  TUYỂN SINH  TIN TỨC  THƯ VIỆN  LIÊN HỆ",
     "crumb": "Trang chủ » Tin tức » Tin nhà trường",
     "share": "Like  Share  Tweet  In trang  Lưu lại",
     "footer": "© 2025 Trường Cao đẳng Cơ điện và Xây dựng. Giữ bản quyền.\nĐịa chỉ: Phường Nam Thành, Ninh Bình\nHotline tuyển sinh: 0912 345 678"},
    {"school": "TRƯỜNG TRUNG CẤP NGHỀ KỸ THUẬT MIỀN NÚI", "superior": "SỞ NỘI VỤ TỈNH LÀO CAI", "place": "Lào Cai", "code": "TCN",
     "nav": "Home | Giới thiệu chung | Cơ cấu tổ chức | Ngành nghề đào tạo | Thông báo | Công khai | Hỏi đáp",
     "crumb": "Bạn đang ở: Trang chủ / Thông báo",
     "share": "Chia sẻ bài viết:  f  Zalo  Messenger  |  Bản in",
     "footer": "Trường Trung cấp nghề Kỹ thuật Miền núi - Lào Cai\nĐT: 0214 3840 222 · Email: tcnktmn@laocai.edu.vn\nLượt truy cập: 1.204.566"},
    {"school": "TRƯỜNG CAO ĐẲNG KỸ THUẬT CÔNG NGHIỆP", "superior": "UBND TỈNH BẮC NINH", "place": "Bắc Ninh", "code": "CĐKT",
     "nav": "Trang chủ | Giới thiệu | Tin tức - Sự kiện | Tuyển sinh | Đào tạo | Văn bản | Liên hệ",
     "crumb": "Trang chủ > Tin tức > Hoạt động nhà trường",
     "share": "Chia sẻ: Facebook  Zalo  Twitter  |  In bài  |  Gửi email",
     "footer": "Bản quyền © 2025 Trường Cao đẳng Kỹ thuật Công nghiệp\nĐịa chỉ: Số 12 đường Lý Thái Tổ, TP Bắc Ninh"},
    {"school": "TRƯỜNG CAO ĐẲNG DU LỊCH VÀ CÔNG THƯƠNG", "superior": "BỘ CÔNG THƯƠNG", "place": "Đà Nẵng", "code": "CĐDL",
     "nav": "Menu ☰  Về chúng tôi  Khoa - Trung tâm  Sinh viên  Doanh nghiệp  Văn bản pháp quy  English",
     "crumb": "Tin tức - Sự kiện › Hoạt động",
     "share": "Đánh giá bài viết ★★★★★  |  Chia sẻ  |  Gửi cho bạn bè  |  Quay lại",
     "footer": "CƠ QUAN CHỦ QUẢN: BỘ CÔNG THƯƠNG\nTrường Cao đẳng Du lịch và Công thương - 99 Tô Hiến Thành, Đà Nẵng\nGiấy phép số 45/GP-TTĐT"},
)

_PREAMBLES = (
    "Căn cứ Luật Giáo dục nghề nghiệp ngày 27 tháng 11 năm 2014;\n"
    "Căn cứ Nghị định số 24/2022/NĐ-CP sửa đổi, bổ sung các Nghị định quy định điều kiện đầu tư và hoạt động trong lĩnh vực giáo dục nghề nghiệp;\n"
    "Căn cứ Quyết định số 512/QĐ-UBND về việc quy định chức năng, nhiệm vụ của Trường;\n"
    "Theo đề nghị của Trưởng phòng Đào tạo,",
    "Căn cứ Luật Viên chức ngày 15 tháng 11 năm 2010 và Luật sửa đổi, bổ sung một số điều của Luật Viên chức;\n"
    "Căn cứ Điều lệ trường cao đẳng ban hành kèm theo Thông tư số 46/2016/TT-BLĐTBXH;\n"
    "Căn cứ Quy chế tổ chức và hoạt động của Trường;\n"
    "Xét đề nghị của Trưởng phòng Tổ chức - Hành chính,",
)

_TYPE = {
    "qd": ("QUYẾT ĐỊNH", "QĐ"), "plan": ("KẾ HOẠCH", "KH"), "report": ("BÁO CÁO", "BC"), "tb": ("THÔNG BÁO", "TB"),
    "nq": ("NGHỊ QUYẾT", "NQ"), "bb": ("BIÊN BẢN", "BB"), "contract": ("HỢP ĐỒNG", "HĐ"), "tt": ("TỜ TRÌNH", "TTr"),
    "rule": ("", ""), "list": ("", ""), "mou": ("", ""), "news": ("", ""),
}


@dataclass(frozen=True)
class HeldoutDoc:
    """One held-out file: its path, text, criterion labels, standard labels and form."""

    id: str
    path: str
    text: str
    labels: dict[str, str]  # framework → criterion
    standards: dict[str, str]  # framework → standard
    half: str  # always "heldout"
    form: str


def criterion_of(standard: str) -> str:
    """The criterion code a standard code belongs to ('2.14' → '2', 'CS03' → 'CS')."""
    return "CS" if standard.startswith("CS") else standard.split(".", 1)[0]


def _site(i: int) -> dict[str, str]:
    """The school a document comes from: rotates independently of the variant form (i % 4)."""
    return _SITES[(i + i // 4) % len(_SITES)]


def _header(i: int, kind: str, number: int) -> str:
    s = _site(i)
    name, code = _TYPE[kind]
    return (f"{s['superior']}\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n{s['school']}\t\tĐộc lập - Tự do - Hạnh phúc\n"
            f"Số: {number}/{code}-{s['code']}\t\t{s['place']}, ngày {1 + number % 27} tháng {1 + number % 12} năm 2025\n\n{name}\n")


def _related(i: int, step: int) -> str:
    start = (i + step) % len(HELDOUT)
    return "\n".join(b[1] for b in HELDOUT[start : start + 3])


def render(i: int, base: Base) -> tuple[str, str]:
    """(file name, text) of a held-out base document in its own form (as mapping_corpus.render)."""
    kind, title, body, *_ = base
    s = _site(i)
    number = 200 + 11 * i
    if kind == "qd":
        text = (_header(i, kind, number) + f"{title}\n\nHIỆU TRƯỞNG {s['school']}\n\n{_PREAMBLES[i % 2]}\n\nQUYẾT ĐỊNH:\n"
                f"Điều 1. {body}\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\nĐiều 3. Trưởng các phòng, khoa, "
                "đơn vị liên quan chịu trách nhiệm thi hành Quyết định này.\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n"
                "HIỆU TRƯỞNG")
        return f"QĐ {number} {title[:60]}.pdf", text
    if kind in ("plan", "report", "tb", "nq", "bb", "contract", "tt"):
        word = {"plan": "Kế hoạch ", "report": "Báo cáo ", "contract": "Hợp đồng "}.get(kind, "")
        rest = title[len(word):] if word and title.startswith(word) else title
        first = rest[:1].upper() + rest[1:]
        text = _header(i, kind, number) + f"{first}\n\nI. MỤC ĐÍCH, YÊU CẦU\n{body}\nII. TỔ CHỨC THỰC HIỆN\nCác đơn vị căn cứ "
        text += "nội dung trên triển khai thực hiện, báo cáo kết quả về Ban Giám hiệu.\nNơi nhận:\n- Lưu: VT."
        return f"{title}.docx", text
    if kind in ("rule", "list", "mou"):
        return f"{title}.pdf", f"{s['school']}\n\n{title.upper()}\n\n{body}\n"
    text = (f"{s['nav']}\n{s['crumb']}\n{title}\nNgày đăng: 1{i % 9}/0{1 + i % 9}/2025 | Lượt xem: {300 + 13 * i}\n"
            f"{body}\nPhòng Truyền thông\n{s['share']}\nTin liên quan\n{_related(i, 5)}\n{s['footer']}")
    return f"{title[:70]}.html", text


def variant(i: int, base: Base, rng: random.Random) -> tuple[str, str, str]:
    """(form, file name, text): the second way a held-out document arrives (as mapping_corpus.variant)."""
    _, title, body, *_ = base
    s = _site(i)
    name, text = render(i, base)
    form = ("web", "no-diacritics", "title-only", "broken-pdf")[i % 4]
    if form == "web":
        post = (f"{s['nav']}\n{s['crumb']}\n{title}\nĐăng lúc 08:30 | Lượt xem: {100 + 7 * i}\n{body}\n"
                f"Tải về: file đính kèm\n{s['share']}\nCác tin khác\n{_related(i, 11)}\n{s['footer']}")
        return form, f"web/{title[:60]}.html", post
    return offline_form(form, i, title, name, text, rng)


def heldout() -> list[HeldoutDoc]:
    """Every held-out file: each base document in its own form and in one other form."""
    rng = random.Random(20261202)
    out: list[HeldoutDoc] = []
    for i, base in enumerate(HELDOUT):
        standards = {fw: s for fw, s in zip((TT14, TT15, TT38), base[3:6], strict=True) if s is not None}
        labels = {fw: criterion_of(s) for fw, s in standards.items()}
        name, text = render(i, base)
        out.append(HeldoutDoc(f"h{i:03d}a", name, text, labels, standards, "heldout", base[0]))
        form, vname, vtext = variant(i, base, rng)
        out.append(HeldoutDoc(f"h{i:03d}b", vname, vtext, labels, standards, "heldout", form))
    return out
