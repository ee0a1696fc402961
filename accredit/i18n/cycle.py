"""Messages of the yearly cycle: calendar and ``accredit status``, programmes, ``accredit year``, crosswalk offers."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # calendar
    "cycle.title.tt38_data": {
        "vi": "TT 38: chốt dữ liệu tự đánh giá năm {year}",
        "en": "TT 38: self-assessment data fixed for {year}",
    },
    "cycle.title.tt38_report": {
        "vi": "TT 38: hoàn thiện báo cáo kết quả tự đánh giá năm {year}",
        "en": "TT 38: self-assessment report for {year} completed",
    },
    "cycle.title.tt38_publish": {
        "vi": "TT 38: công bố kết quả tự đánh giá năm {year} (sau khi hoàn thiện báo cáo; văn bản không ấn định ngày)",
        "en": "TT 38: publish the {year} self-assessment result (after the report; the text sets no date)",
    },
    "cycle.title.tt38_transition": {
        "vi": "TT 38: hết thời hạn 60 tháng để đáp ứng chuẩn (cơ sở thành lập trước 01/01/2026)",
        "en": "TT 38: end of the 60-month transition to meet the standard (institutions founded before 01/01/2026)",
    },
    "cycle.title.tt28_result": {
        "vi": "TT 28: báo cáo kết quả tự đánh giá chất lượng năm {year} (trước ngày 25/12)",
        "en": "TT 28: report the {year} quality self-assessment (before 25/12)",
    },
    "cycle.title.tt28_qa": {
        "vi": "TT 28: gửi báo cáo hệ thống bảo đảm chất lượng năm {year}",
        "en": "TT 28: send the {year} quality-assurance system report",
    },
    "cycle.title.tt28_programme": {
        "vi": "TT 28: tự đánh giá năm {year} của {who} (chương trình đã đạt kiểm định; báo cáo cùng hạn 25/12)",
        "en": "TT 28: {year} self-assessment of {who} (an accredited programme; reported with the 25/12 report)",
    },
    "cycle.title.tt46": {
        "vi": "TT 46: tự đánh giá hằng năm của trường trung học nghề, năm {year} "
              "(không có ngày trong văn bản tham chiếu)",
        "en": "TT 46: yearly self-assessment of the trường trung học nghề, {year} (no date in the reference texts)",
    },
    "cycle.title.cert_start": {
        "vi": "Nên bắt đầu tự đánh giá để kiểm định lại: {who} (gợi ý biên tập: 12 tháng trước khi hết hạn)",
        "en": "Start the self-assessment for re-accreditation: {who} (editorial suggestion: 12 months before expiry)",
    },
    "cycle.title.cert_expiry": {
        "vi": "Giấy chứng nhận kiểm định hết hạn: {who}",
        "en": "Accreditation certificate expires: {who}",
    },
    "cycle.subject.school": {"vi": "cơ sở", "en": "the institution"},
    "cycle.subject.programme": {"vi": "chương trình {code} {name}", "en": "programme {code} {name}"},
    "cycle.advice.start_year": {
        "vi": "Đã qua hạn báo cáo năm {year}: mở năm {next} bằng 'accredit year start {next}'.",
        "en": "The {year} report deadline has passed: open {next} with 'accredit year start {next}'.",
    },
    "cycle.advice.finish_report": {
        "vi": "Năm {year} đã hết: hoàn thiện báo cáo năm {year}, rồi mở năm {next} bằng 'accredit year start {next}'.",
        "en": "{year} is over: complete the {year} report, then open {next} with 'accredit year start {next}'.",
    },
    "cycle.advice.expired": {
        "vi": "Đã hết hạn — {title}. Cần kiểm định lại.",
        "en": "Expired — {title}. Re-accreditation is needed.",
    },
    "cycle.advice.nothing": {
        "vi": "Không có mốc nào cho các bộ tiêu chí của thư mục làm việc này.",
        "en": "No deadline applies to this workspace's criteria sets.",
    },
    "cycle.status.title": {
        "vi": "Lịch tự đánh giá — {school}, năm {year} (hôm nay {today})",
        "en": "Self-assessment calendar — {school}, year {year} (today {today})",
    },
    "cycle.carried.open": {
        "vi": "{name}: {count} tiêu chuẩn còn kế thừa {year} — cần cập nhật, chưa được tính ({codes}); đánh giá lại "
              "trong phiếu hoặc xác nhận bằng 'accredit year confirm'.",
        "en": "{name}: {count} standard(s) still carried from {year} (kế thừa — cần cập nhật), not counted ({codes}); "
              "rate them in the workbook or confirm them with 'accredit year confirm'.",
    },
    "cycle.status.next": {"vi": "Việc tiếp theo: {title} — hạn {date} (còn {days} ngày).",
                          "en": "Next: {title} — due {date} ({days} days left)."},
    "cycle.status.none_next": {"vi": "Không còn mốc nào có ngày trong năm {year}.",
                               "en": "No dated deadline is left for {year}."},
    "cycle.col.date": {"vi": "Ngày", "en": "Date"},
    "cycle.col.what": {"vi": "Việc", "en": "What"},
    "cycle.col.basis": {"vi": "Căn cứ", "en": "Basis"},
    "cycle.col.state": {"vi": "Tình trạng", "en": "State"},
    "cycle.state.past": {"vi": "đã qua", "en": "past"},
    "cycle.state.next": {"vi": "TIẾP THEO", "en": "NEXT"},
    "cycle.state.upcoming": {"vi": "sắp tới", "en": "upcoming"},
    "cycle.state.undated": {"vi": "không có ngày", "en": "no date"},
    "cycle.unverified": {"vi": " (chưa kiểm chứng)", "en": " (unverified)"},
    "cycle.footnote": {
        "vi": "'(chưa kiểm chứng)': ngày hoặc căn cứ chưa được văn bản tham chiếu xác nhận — đối chiếu văn bản gốc "
              "(--json: trường 'verified').",
        "en": "'(unverified)': the date or its basis is not confirmed by the reference texts — check the official "
              "text (--json: field 'verified').",
    },
    "cycle.help.status": {
        "vi": "Việc cần làm tiếp theo trong chu kỳ tự đánh giá (các mốc của TT 38, TT 28, hạn giấy chứng nhận).",
        "en": "What is due next in the self-assessment cycle (TT 38, TT 28 deadlines, certificate expiry).",
    },
    "cycle.opt.today": {"vi": "Ngày tính (YYYY-MM-DD; mặc định: hôm nay).",
                        "en": "The date to compute for (YYYY-MM-DD; default: today)."},
    "cycle.err.today": {"vi": "Ngày '{value}' không hợp lệ: dùng dạng YYYY-MM-DD, ví dụ 2027-01-15.",
                        "en": "Invalid date '{value}': use YYYY-MM-DD, e.g. 2027-01-15."},
    # crosswalk offers (editorial)
    "cycle.help.crosswalk": {
        "vi": "Đối chiếu TT 38/2026 ↔ TT 14/2024 (biên tập): minh chứng của văn bản này gợi ý cho tiêu chuẩn liên quan "
              "của văn bản kia; người dùng xác nhận.",
        "en": "TT 38/2026 ↔ TT 14/2024 crosswalk (editorial): evidence of one regulation offered to the related "
              "standards of the other; a person confirms.",
    },
    "cycle.xw.title": {"vi": "{count} gợi ý theo bảng đối chiếu (chưa liên kết)",
                       "en": "{count} offers from the crosswalk (not linked)"},
    "cycle.xw.none": {"vi": "Không có gợi ý nào theo bảng đối chiếu (cần minh chứng đã xác nhận và cả hai bộ tiêu chí "
                            "trong accredit.toml).",
                      "en": "No crosswalk offer (it needs confirmed evidence and both criteria sets in "
                            "accredit.toml)."},
    "cycle.xw.col.file": {"vi": "Tệp", "en": "File"},
    "cycle.xw.col.from": {"vi": "Đã xác nhận cho", "en": "Confirmed for"},
    "cycle.xw.col.to": {"vi": "Gợi ý cho", "en": "Offered to"},
    "cycle.xw.col.note": {"vi": "Quan hệ (biên tập)", "en": "Relation (editorial)"},
    "cycle.xw.col.req": {"vi": "Yêu cầu", "en": "Requirement"},
    "cycle.xw.col.status": {"vi": "Kết quả", "en": "Result"},
    "cycle.xw.col.related": {"vi": "Tiêu chuẩn liên quan và kết quả", "en": "Related standards and their results"},
    "cycle.xw.editorial": {
        "vi": "Bảng đối chiếu do dự án biên tập, không phải văn bản quy định: mỗi gợi ý phải được người dùng xác nhận "
              "('accredit crosswalk accept').",
        "en": "The crosswalk is the project's editorial work, not regulation text: each offer needs a person's "
              "confirmation ('accredit crosswalk accept').",
    },
    "cycle.xw.arg.files": {"vi": "Chỉ các tệp này.", "en": "Only these files."},
    "cycle.xw.opt.code": {"vi": "Chỉ các tiêu chuẩn đích này.", "en": "Only these target standards."},
    "cycle.xw.need_yes": {"vi": "{count} gợi ý sẽ thành liên kết: thêm --yes để xác nhận.",
                          "en": "{count} offers would become links: add --yes to confirm."},
    "cycle.xw.ask": {"vi": "Liên kết {count} gợi ý?", "en": "Link {count} offers?"},
    "cycle.xw.done": {"vi": "Đã liên kết {count} tệp theo bảng đối chiếu (liên kết thủ công).",
                      "en": "Linked {count} files from the crosswalk (manual links)."},
    "cycle.xw.no_pair": {"vi": "Thư mục làm việc không có cặp bộ tiêu chí nào có bảng đối chiếu biên tập.",
                         "en": "The workspace has no pair of criteria sets joined by an editorial crosswalk."},
    "cycle.xw.view_title": {"vi": "Hai góc nhìn: chuẩn cơ sở và kiểm định",
                            "en": "Both views: standard and accreditation"},
    # command descriptions (accredit.cli.localise reads "cli.cmd.<path>")
    "cli.cmd.status": {
        "vi": "Việc cần làm tiếp theo trong chu kỳ tự đánh giá (các mốc của TT 38, TT 28, hạn giấy chứng nhận).",
        "en": "What is due next in the self-assessment cycle (TT 38, TT 28 deadlines, certificate expiry).",
    },
    "cli.cmd.crosswalk.offers": {
        "vi": "Tệp đã xác nhận cho văn bản này, gợi ý cho tiêu chuẩn liên quan của văn bản kia (chưa liên kết gì).",
        "en": "Files accepted for one regulation, offered to the related standards of the other (nothing is linked).",
    },
    "cli.cmd.crosswalk.accept": {
        "vi": "Nhận các gợi ý (tất cả, hoặc của FILE / --code): mỗi gợi ý thành một liên kết thủ công; hỏi trước "
              "(hoặc --yes).",
        "en": "Accept offers (all, or those of FILE / --code): each becomes a manual link; asks first (or --yes).",
    },
    "cli.cmd.crosswalk.view": {
        "vi": "Hai góc nhìn: mỗi yêu cầu TT 38 với kết quả, bên cạnh các tiêu chuẩn TT 14 liên quan và kết quả.",
        "en": "Both views: each TT 38 requirement with its result beside the related TT 14 standards and theirs.",
    },
    # programmes
    "cycle.prog.unknown": {
        "vi": "Không có chương trình '{code}' trong {path} (mục [[programmes]]). Các mã đã khai: {known}.",
        "en": "No programme '{code}' in {path} ([[programmes]]). Listed codes: {known}.",
    },
    "cycle.prog.no_criteria": {
        "vi": "Chương trình {code} chưa có bộ tiêu chí (criteria) trong {path}: thêm, ví dụ "
              "criteria = \"tt14-2024/ctdt-trung-cap-cao-dang\".",
        "en": "Programme {code} has no criteria set in {path}: add one, e.g. "
              "criteria = \"tt14-2024/ctdt-trung-cap-cao-dang\".",
    },
    "cycle.prog.school_name": {"vi": "Chương trình {programme} ({code}) — {school}",
                               "en": "Programme {programme} ({code}) — {school}"},
    "cycle.prog.list_title": {"vi": "Các chương trình đào tạo ({count})", "en": "Training programmes ({count})"},
    "cycle.prog.none": {
        "vi": "Chưa khai chương trình nào: 'accredit programmes add --code … --name … --level … --criteria …' "
              "(hoặc mục [[programmes]] trong accredit.toml).",
        "en": "No programme listed yet: 'accredit programmes add --code … --name … --level … --criteria …' "
              "(or [[programmes]] in accredit.toml).",
    },
    "cycle.prog.col.code": {"vi": "Mã ngành, nghề", "en": "Code"},
    "cycle.prog.col.name": {"vi": "Tên", "en": "Name"},
    "cycle.prog.col.level": {"vi": "Trình độ", "en": "Level"},
    "cycle.prog.col.faculty": {"vi": "Khoa", "en": "Faculty"},
    "cycle.prog.col.criteria": {"vi": "Bộ tiêu chí", "en": "Criteria set"},
    "cycle.prog.col.result": {"vi": "Kết quả", "en": "Result"},
    "cycle.prog.col.points": {"vi": "Điểm", "en": "Points"},
    "cycle.prog.col.fix": {"vi": "Cần khắc phục tối thiểu", "en": "Smallest fix"},
    "cycle.prog.col.evidence": {"vi": "Minh chứng (dùng chung)", "en": "Evidence (shared)"},
    "cycle.prog.col.expires": {"vi": "Giấy chứng nhận hết hạn", "en": "Certificate expires"},
    "cycle.prog.level.cao_dang": {"vi": "cao đẳng", "en": "college"},
    "cycle.prog.level.trung_cap": {"vi": "trung cấp", "en": "intermediate"},
    "cycle.prog.level.trung_hoc_nghe": {"vi": "trung học nghề", "en": "vocational secondary"},
    "cycle.prog.level.so_cap": {"vi": "sơ cấp", "en": "elementary"},
    "cycle.prog.data_only": {"vi": "chỉ dùng cho số liệu TT 38", "en": "TT 38 data only"},
    "cycle.prog.overview_title": {"vi": "Tổng quan các chương trình — năm {year} (ngày {today})",
                                  "en": "Programme overview — {year} (on {today})"},
    "cycle.prog.accredited": {"vi": "ĐÃ KIỂM ĐỊNH", "en": "ACCREDITED"},
    "cycle.prog.expired": {"vi": "hết hạn", "en": "expired"},
    "cycle.prog.closest": {"vi": "Gần đạt nhất: {codes}.", "en": "Closest to passing: {codes}."},
    "cycle.prog.added": {"vi": "Đã thêm chương trình {code} vào {path}.", "en": "Added programme {code} to {path}."},
    "cycle.prog.written": {"vi": "Đã ghi:", "en": "Written:"},
    "cycle.prog.rows": {
        "vi": "{path}: thêm {added} dòng chương trình (sheet 'Theo chương trình', năm {year}).",
        "en": "{path}: {added} programme rows added ('Theo chương trình' sheet, year {year}).",
    },
    "cycle.prog.rows_missing": {
        "vi": "Lưu ý: {path} chưa có dòng năm {year} cho chương trình {codes}: chỉ số tính 'cho tất cả chương trình' "
              "(CS03, CS06) sẽ bỏ sót — chạy 'accredit programmes init'.",
        "en": "Note: {path} has no {year} row for programme {codes}: indices computed 'for every programme' (CS03, "
              "CS06) would leave it out — run 'accredit programmes init'.",
    },
    "cycle.prog.not_listed": {
        "vi": "Lưu ý: {path} có chương trình không khai trong accredit.toml: {codes}.",
        "en": "Note: {path} has programmes that accredit.toml does not list: {codes}.",
    },
    "cycle.prog.opt.code": {"vi": "Mã ngành, nghề (ví dụ 6520227).", "en": "Programme code (e.g. 6520227)."},
    "cycle.prog.opt.name": {"vi": "Tên ngành, nghề.", "en": "Programme name."},
    "cycle.prog.opt.level": {"vi": "Trình độ: cao_dang, trung_cap, trung_hoc_nghe, so_cap.",
                             "en": "Level: cao_dang, trung_cap, trung_hoc_nghe, so_cap."},
    "cycle.prog.opt.faculty": {"vi": "Khoa quản lý.", "en": "Faculty."},
    "cycle.prog.opt.criteria": {"vi": "Bộ tiêu chí kiểm định chương trình, ví dụ tt14-2024/ctdt-trung-cap-cao-dang.",
                                "en": "Programme criteria set, e.g. tt14-2024/ctdt-trung-cap-cao-dang."},
    "cycle.prog.arg.code": {"vi": "Mã chương trình (mặc định: tất cả).", "en": "Programme code (default: all)."},
    "cycle.prog.opt.format": {"vi": "Định dạng báo cáo: xlsx,html,docx,json.",
                              "en": "Report formats: xlsx,html,docx,json."},
    "cycle.help.programmes": {
        "vi": "Chương trình đào tạo: khai, thư mục minh chứng, phiếu đánh giá, chấm điểm, báo cáo, tổng quan.",
        "en": "Training programmes: list, evidence folders, ratings, scores, reports, overview.",
    },
    "cli.cmd.programmes.list": {"vi": "Liệt kê các chương trình khai trong accredit.toml.",
                                "en": "List the programmes of accredit.toml."},
    "cli.cmd.programmes.add": {"vi": "Thêm một chương trình vào accredit.toml (giữ nguyên ghi chú trong tệp).",
                               "en": "Add a programme to accredit.toml (its comments are kept)."},
    "cli.cmd.programmes.init": {
        "vi": "Tạo thư mục minh chứng và phiếu tự đánh giá của từng chương trình; điền dòng chương trình vào "
              "số liệu TT 38.",
        "en": "Create each programme's evidence folder and ratings workbook; fill the programme rows of the "
              "TT 38 data.",
    },
    "cli.cmd.programmes.score": {"vi": "Chấm điểm từng chương trình theo bộ tiêu chí của nó.",
                                 "en": "Score each programme against its criteria set."},
    "cli.cmd.programmes.report": {"vi": "Báo cáo và lộ trình của từng chương trình (bao-cao/chuong-trinh/<mã>/).",
                                  "en": "Each programme's reports and roadmap (output/chuong-trinh/<code>/)."},
    "cli.cmd.programmes.overview": {
        "vi": "Tổng quan toàn trường: chương trình nào đã kiểm định, khi nào hết hạn, chương trình nào gần đạt nhất.",
        "en": "School overview: which programmes are accredited, when each expires, which are closest to passing.",
    },
    # editing accredit.toml
    "cycle.cfg.unreadable": {"vi": "Không đọc được {path}: {detail}", "en": "Cannot read {path}: {detail}"},
    "cycle.cfg.invalid": {"vi": "Không ghi {path}: kết quả sẽ không hợp lệ ({detail}).",
                          "en": "{path} not written: the result would be invalid ({detail})."},
    "cycle.cfg.duplicate": {"vi": "Chương trình {code} đã có trong {path}.",
                            "en": "Programme {code} is already in {path}."},
    # the annual cycle
    "cycle.year.not_next": {
        "vi": "Không mở được năm {year}: năm hiện tại trong {path} là {current}; chỉ mở được năm kế tiếp ({next}).",
        "en": "Cannot open {year}: the current year in {path} is {current}; only the next year ({next}) can be opened.",
    },
    "cycle.year.nothing": {
        "vi": "Không có phiếu tự đánh giá năm {year} trong {path} để kế thừa: tạo bằng 'accredit ratings template'.",
        "en": "No {year} self-assessment workbook in {path} to carry over: create one with 'accredit ratings "
              "template'.",
    },
    "cycle.year.no_plan": {"vi": "Chưa lập lại được lộ trình cho năm mới: {error}",
                           "en": "The roadmap could not be planned again for the new year: {error}"},
    "cycle.year.started": {
        "vi": "Đã mở năm {to} từ năm {frm}. Các đánh giá và lời văn năm {frm} được chép sang, đánh dấu "
              "'kế thừa — cần cập nhật', và KHÔNG được tính cho năm {to} cho đến khi người dùng đánh giá lại "
              "hoặc xác nhận ('accredit year confirm').",
        "en": "Opened {to} from {frm}. The {frm} ratings and narratives were carried over, marked 'kế thừa — cần "
              "cập nhật', and do NOT count for {to} until a person rates them again or confirms them "
              "('accredit year confirm').",
    },
    "cycle.year.carried": {"vi": "  {name}: {count} yêu cầu kế thừa → {path}",
                           "en": "  {name}: {count} requirements carried → {path}"},
    "cycle.year.read_only": {"vi": "Phiếu năm {year} chuyển sang chỉ đọc: {path}",
                             "en": "{year} workbook made read-only: {path}"},
    "cycle.year.data": {"vi": "Số liệu sẵn sàng cho năm {year}: {path}", "en": "Data ready for {year}: {path}"},
    "cycle.year.outside": {
        "vi": "{count} minh chứng đã liên kết có ngày ngoài khung thời gian của năm {year} (xem 'accredit evidence "
              "check'):",
        "en": "{count} linked evidence files are dated outside the {year} window (see 'accredit evidence check'):",
    },
    "cycle.year.outside_row": {"vi": "  {path} ({issued}) — {framework} {code}, khung {window}",
                               "en": "  {path} ({issued}) — {framework} {code}, window {window}"},
    "cycle.year.roadmap": {"vi": "Lộ trình lập lại từ năm {year}: sớm nhất có thể đạt năm {earliest}.",
                           "en": "Roadmap re-planned from {year}: earliest pass {earliest}."},
    "cycle.year.roadmap_none": {"vi": "Lộ trình lập lại từ năm {year}: chưa thấy năm đạt trong kỳ lập.",
                                "en": "Roadmap re-planned from {year}: no passing year within the horizon."},
    "cycle.year.confirmed": {"vi": "{path}: xác nhận {count} đánh giá năm trước ({codes}).",
                             "en": "{path}: {count} of last year's ratings confirmed ({codes})."},
    "cycle.year.confirm_none": {"vi": "Không còn đánh giá kế thừa nào chờ xác nhận.",
                                "en": "No carried rating is waiting for confirmation."},
    "cycle.year.need_yes": {
        "vi": "Xác nhận là quyết định của người đánh giá: thêm --yes (hoặc chạy trong cửa sổ lệnh để được hỏi).",
        "en": "Confirming is the assessor's decision: add --yes (or run in a terminal to be asked).",
    },
    "cycle.year.ask": {"vi": "Chép đánh giá năm trước cho các yêu cầu đã chọn vào phiếu năm nay?",
                       "en": "Copy last year's ratings of the chosen requirements into this year's workbook?"},
    "cycle.year.history_title": {"vi": "{name} — các năm", "en": "{name} — by year"},
    "cycle.year.col.year": {"vi": "Năm", "en": "Year"},
    "cycle.year.col.result": {"vi": "Kết quả", "en": "Result"},
    "cycle.year.col.points": {"vi": "Điểm / yêu cầu đạt", "en": "Points / met"},
    "cycle.year.col.open": {"vi": "Chưa đánh giá", "en": "Not evaluated"},
    "cycle.year.col.carried": {"vi": "Kế thừa — cần cập nhật", "en": "Carried — to update"},
    "cycle.year.opt.programme": {"vi": "Chỉ chương trình này (mã).", "en": "Only this programme (code)."},
    "cycle.year.arg.year": {"vi": "Năm đánh giá mới (năm kế tiếp năm hiện tại).",
                            "en": "The new assessment year (the one after the current year)."},
    "cycle.year.arg.codes": {"vi": "Mã yêu cầu cần xác nhận (mặc định: mọi yêu cầu kế thừa).",
                             "en": "Requirement codes to confirm (default: every carried one)."},
    "cycle.help.year": {
        "vi": "Chu kỳ hằng năm: mở năm mới từ năm trước (kế thừa, cần cập nhật), xác nhận, xem các năm song song.",
        "en": "The annual cycle: open the next year from the current one (carried, to update), confirm, "
              "compare the years.",
    },
    "cli.cmd.year.start": {
        "vi": "Mở năm đánh giá mới từ năm hiện tại: đánh giá và lời văn kế thừa (không được tính), số liệu và lộ trình "
              "cho năm mới, phiếu năm cũ chỉ đọc.",
        "en": "Open the next assessment year from the current one: ratings and narratives carried (not counted), "
              "data and roadmap for the new year, last year's workbooks read-only.",
    },
    "cli.cmd.year.confirm": {
        "vi": "Xác nhận đánh giá kế thừa của năm trước cho các yêu cầu đã chọn (quyết định của người đánh giá).",
        "en": "Confirm last year's carried ratings for the chosen requirements (the assessor's decision).",
    },
    "cli.cmd.year.show": {"vi": "Các năm đánh giá song song: kết quả, điểm, yêu cầu còn kế thừa.",
                          "en": "The assessment years side by side: result, points, requirements still carried."},
    "cycle.prog.twice": {"vi": "Chương trình '{code}' được khai hai lần trong {path} (mục [[programmes]]).",
                         "en": "Programme '{code}' is listed twice in {path} ([[programmes]])."},
    "cycle.prog.unknown_set": {
        "vi": "Chương trình '{code}': không có bộ tiêu chí '{set}' ({path}). Xem: accredit criteria list",
        "en": "Programme '{code}': no criteria set '{set}' ({path}). See: accredit criteria list",
    },
    "cycle.prog.level_mismatch": {
        "vi": "Chương trình '{code}' ({level}): bộ tiêu chí '{set}' không áp dụng cho trình độ này ({path}). Chưa có "
              "bộ tiêu chí kiểm định chương trình trung học nghề trong tài liệu tham chiếu.",
        "en": "Programme '{code}' ({level}): criteria set '{set}' does not apply to this level ({path}). The reference "
              "texts hold no accreditation set for trung học nghề programmes.",
    },
}
