"""Messages of submission packages, the inspector's review and the provincial roll-up."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "review.yes": {"vi": "có", "en": "yes"},
    "review.no": {"vi": "không", "en": "no"},
    "review.help.package": {
        "vi": "Đóng gói hồ sơ nộp Sở (zip có manifest và mã băm mọi tệp)",
        "en": "Write the submission package (a zip whose manifest hashes every member)",
    },
    "review.help.review": {
        "vi": "Thẩm định gói hồ sơ: kiểm tra toàn vẹn, tính lại điểm, cảnh báo, sổ và nhật ký thẩm định",
        "en": "Review a package: integrity, recomputed scores, flags, review workbook and log",
    },
    "review.help.rollup": {
        "vi": "Tổng hợp mọi gói hồ sơ trong một thư mục thành bảng của tỉnh (Excel, HTML)",
        "en": "Roll every package of a folder up into a province table (Excel, HTML)",
    },
    # --- options ---------------------------------------------------------------------------------
    "review.opt.with_evidence": {
        "vi": "Đóng gói cả các tệp minh chứng (gói lớn hơn)",
        "en": "Also store the evidence files in the package (larger)",
    },
    "review.opt.programme": {
        "vi": "Gói hồ sơ của một chương trình đào tạo (mã ngành, nghề trong [[programmes]]): bộ tiêu chí, đánh giá, "
              "minh chứng của chương trình (thư mục riêng và tệp dùng chung)",
        "en": "The package of one training programme (its code in [[programmes]]): its set, ratings and evidence "
              "(its own folder and the shared files)",
    },
    "review.opt.all_programmes": {
        "vi": "Một gói hồ sơ cho mỗi chương trình được đánh giá theo bộ tiêu chí",
        "en": "One package for each programme assessed against a criteria set",
    },
    "review.err.all_programmes_alone": {
        "vi": "--all-programmes ghi gói của mỗi chương trình vào thư mục riêng của chương trình "
              "(chuong-trinh/<mã>/ trong thư mục báo cáo): không dùng cùng --out hoặc --programme",
        "en": "--all-programmes writes each programme's package into that programme's own folder "
              "(chuong-trinh/<code>/ in the output folder): not together with --out or --programme",
    },
    "review.opt.package_out": {
        "vi": "Tệp gói hồ sơ cần ghi (mặc định: thư mục báo cáo của thư mục làm việc)",
        "en": "Package file to write (default: the workspace's output folder)",
    },
    "review.opt.workspace": {
        "vi": "Thư mục làm việc (mặc định: tìm accredit.toml từ thư mục hiện tại trở lên)",
        "en": "Workspace folder (default: find accredit.toml from the current folder)",
    },
    "review.arg.package": {"vi": "Gói hồ sơ (.zip) của trường", "en": "The school's package (.zip)"},
    "review.opt.workbook": {
        "vi": "Tạo sổ thẩm định (.xlsx) từ gói để thẩm định viên điền",
        "en": "Write the review workbook (.xlsx) for the inspector to fill",
    },
    "review.opt.force": {"vi": "Cho phép ghi đè sổ thẩm định đã có", "en": "Allow replacing an existing workbook"},
    "review.opt.import": {
        "vi": "Đọc sổ thẩm định đã điền và ghi vào nhật ký thẩm định",
        "en": "Read a filled review workbook into the review log",
    },
    "review.opt.reviewer": {
        "vi": "Tên thẩm định viên (khi đọc đánh giá, nhận xét của thẩm định viên)",
        "en": "Inspector's name (when importing the inspector's ratings and comments)",
    },
    "review.opt.respondent": {
        "vi": "Tên người của trường (khi đọc phản hồi của trường)",
        "en": "The school's respondent (when importing the school's responses)",
    },
    "review.opt.note": {"vi": "Ghi chú kèm theo mục nhật ký", "en": "A note stored with the log entry"},
    "review.opt.log": {
        "vi": "Tệp nhật ký thẩm định (mặc định: <gói>.review.jsonl cạnh gói)",
        "en": "Review log file (default: <package>.review.jsonl next to the package)",
    },
    "review.opt.extract": {
        "vi": "Giải nén an toàn gói đã kiểm tra vào thư mục này (không ghi đè)",
        "en": "Safely extract the verified package into this folder (never overwrites)",
    },
    "review.arg.folder": {"vi": "Thư mục chứa các gói hồ sơ (.zip)", "en": "Folder holding the packages (.zip)"},
    "review.opt.rollup_out": {
        "vi": "Thư mục ghi bảng tổng hợp (mặc định: chính thư mục DIR)",
        "en": "Folder for the roll-up outputs (default: DIR itself)",
    },
    "review.opt.target": {
        "vi": "Bộ tiêu chí dùng để xếp hạng các trường gần đạt nhất",
        "en": "Framework used to rank the schools closest to passing",
    },
    # --- refusing an unsafe package ------------------------------------------------------------------
    "review.refuse.exists": {
        "vi": "'{name}': đã có tệp {path}; không ghi đè. Hãy giải nén vào một thư mục mới",
        "en": "'{name}': {path} already exists; not overwritten. Extract into a new folder",
    },
    "review.refuse.cannot_write": {
        "vi": "'{name}': không ghi được {path} ({detail})",
        "en": "'{name}': cannot write {path} ({detail})",
    },
    "review.cli.extract_not_empty": {
        "vi": "thư mục {path} đã có nội dung (hoặc là một tệp); hãy chọn một thư mục mới hoặc trống để giải nén, "
            "không tệp nào bị ghi đè",
        "en": "{path} is not empty (or is a file); choose a new or empty folder to extract into; nothing is "
            "overwritten",
    },
    "review.refuse.header": {"vi": "{package}: gói bị từ chối: ", "en": "{package}: package refused: "},
    "review.refuse.missing": {"vi": "không tìm thấy tệp {path}", "en": "file {path} not found"},
    "review.refuse.not_zip": {
        "vi": "không phải tệp zip hợp lệ; hãy yêu cầu trường gửi lại gói do 'accredit package' tạo",
        "en": "not a valid zip file; ask the school to send the package 'accredit package' wrote",
    },
    "review.refuse.package_too_large": {
        "vi": "tệp gói lớn hơn giới hạn {limit}",
        "en": "the package file is larger than the {limit} limit",
    },
    "review.refuse.too_many": {
        "vi": "gói có {count} tệp, vượt giới hạn {limit}",
        "en": "the package holds {count} members, more than the {limit} limit",
    },
    "review.refuse.bad_name": {
        "vi": "tên tệp không hợp lệ trong gói: '{name}'",
        "en": "invalid member name in the package: '{name}'",
    },
    "review.refuse.backslash": {
        "vi": "tên tệp dùng dấu '\\' (có thể thoát khỏi thư mục khi giải nén): '{name}'",
        "en": "member name uses '\\' (could escape the folder when extracted): '{name}'",
    },
    "review.refuse.absolute": {
        "vi": "tên tệp là đường dẫn tuyệt đối: '{name}'",
        "en": "member name is an absolute path: '{name}'",
    },
    "review.refuse.traversal": {
        "vi": "tên tệp chứa '..' (thoát khỏi thư mục giải nén): '{name}'",
        "en": "member name contains '..' (escapes the extraction folder): '{name}'",
    },
    "review.refuse.link": {
        "vi": "gói chứa liên kết (symlink): '{name}'",
        "en": "the package holds a link (symlink): '{name}'",
    },
    "review.refuse.special": {
        "vi": "gói chứa tệp đặc biệt (không phải tệp thường): '{name}'",
        "en": "the package holds a special file (not a regular file): '{name}'",
    },
    "review.refuse.duplicate": {
        "vi": "tên tệp trùng nhau trong gói: '{name}' và '{other}'",
        "en": "duplicate member names: '{name}' and '{other}'",
    },
    "review.refuse.encrypted": {"vi": "tệp '{name}' bị mã hóa", "en": "member '{name}' is encrypted"},
    "review.refuse.compression": {
        "vi": "tệp '{name}' dùng kiểu nén không được chấp nhận ({method})",
        "en": "member '{name}' uses an unaccepted compression method ({method})",
    },
    "review.refuse.member_too_large": {
        "vi": "tệp '{name}' khi giải nén lớn hơn giới hạn {limit}",
        "en": "member '{name}' is larger than the {limit} limit once uncompressed",
    },
    "review.refuse.too_large": {
        "vi": "tổng dung lượng giải nén vượt giới hạn {limit}",
        "en": "the uncompressed total exceeds the {limit} limit",
    },
    "review.refuse.ratio": {
        "vi": "tệp '{name}' có tỷ lệ nén {ratio}:1, vượt giới hạn {limit}:1 (nghi là 'bom zip')",
        "en": "member '{name}' has a {ratio}:1 compression ratio, above the {limit}:1 limit (suspected zip bomb)",
    },
    "review.refuse.overlap": {
        "vi": "các tệp trong gói chồng lên nhau (nghi là 'bom zip'): '{name}'",
        "en": "members overlap each other (suspected zip bomb): '{name}'",
    },
    "review.refuse.size_mismatch": {
        "vi": "tệp '{name}' giải nén ra khác kích thước khai báo ({declared} byte)",
        "en": "member '{name}' inflates to another size than declared ({declared} bytes)",
    },
    "review.refuse.corrupt": {
        "vi": "tệp '{name}' bị hỏng ({problem}); hãy yêu cầu trường gửi lại gói",
        "en": "member '{name}' is corrupt ({problem}); ask the school to send the package again",
    },
    "review.corrupt.header": {
        "vi": "phần đầu của tệp trong gói không khớp với danh mục của gói",
        "en": "its header inside the zip does not match the zip's directory",
    },
    "review.corrupt.data": {
        "vi": "dữ liệu nén không giải nén được hoặc bị cắt cụt",
        "en": "its compressed data cannot be inflated or are cut short",
    },
    "review.corrupt.crc": {
        "vi": "mã kiểm tra CRC-32 không khớp với nội dung",
        "en": "its CRC-32 check does not match its contents",
    },
    "review.refuse.no_manifest": {
        "vi": "gói không có manifest.json; đây không phải gói do 'accredit package' tạo",
        "en": "the package has no manifest.json; it was not written by 'accredit package'",
    },
    "review.refuse.bad_manifest": {
        "vi": "manifest.json không hợp lệ: {error}",
        "en": "manifest.json is invalid: {error}",
    },
    # --- integrity -----------------------------------------------------------------------------------
    "review.issue.missing_member": {
        "vi": "thiếu tệp '{name}' có trong manifest",
        "en": "member '{name}' listed in the manifest is missing",
    },
    "review.issue.unlisted_member": {
        "vi": "tệp '{name}' không có trong manifest (được thêm vào sau khi đóng gói)",
        "en": "member '{name}' is not in the manifest (added after packaging)",
    },
    "review.issue.hash_mismatch": {
        "vi": "tệp '{name}' đã bị thay đổi sau khi đóng gói (SHA-256 không khớp manifest)",
        "en": "member '{name}' changed after packaging (SHA-256 differs from the manifest)",
    },
    "review.issue.size_mismatch": {
        "vi": "tệp '{name}': kích thước {found} byte, manifest ghi {listed} byte",
        "en": "member '{name}': {found} bytes, the manifest says {listed}",
    },
    "review.issue.invalid_member": {
        "vi": "tệp '{name}' không đúng cấu trúc: {error}",
        "en": "member '{name}' does not have the expected structure: {error}",
    },
    "review.issue.unknown_framework": {
        "vi": "bộ tiêu chí '{id}' không có trong danh mục tiêu chí của công cụ",
        "en": "framework '{id}' is not in this tool's criteria catalog",
    },
    "review.issue.unknown_version": {
        "vi": "bộ tiêu chí '{id}' phiên bản {found}… không phải phiên bản đã công bố ({published}…)",
        "en": "framework '{id}' version {found}… is not a published version ({published}…)",
    },
    "review.issue.unpublished_version": {
        "vi": "bộ tiêu chí '{id}' khớp với danh mục nhưng chưa được khóa trong published.lock.yaml",
        "en": "framework '{id}' matches the catalog but is not locked in published.lock.yaml yet",
    },
    "review.issue.framework_content": {
        "vi": "'{name}' không phải nội dung của bộ tiêu chí '{id}' ghi trong manifest",
        "en": "'{name}' is not the content of framework '{id}' named in the manifest",
    },
    "review.issue.member_other": {
        "vi": "'{name}' không dành cho '{id}' năm {year} như manifest ghi",
        "en": "'{name}' is not for '{id}', year {year}, as the manifest says",
    },
    "review.issue.evidence_mismatch": {
        "vi": "minh chứng '{path}' trong gói khác với danh mục minh chứng",
        "en": "evidence file '{path}' in the package differs from the evidence register",
    },
    "review.diff.line": {
        "vi": "{id}: {field}: trong gói '{packaged}', tính lại '{recomputed}'",
        "en": "{id}: {field}: packaged '{packaged}', recomputed '{recomputed}'",
    },
    "review.not_verified": {
        "vi": "{package} chưa qua kiểm tra toàn vẹn ({reasons}); đề nghị trường gửi lại gói",
        "en": "{package} failed verification ({reasons}); ask the school to send the package again",
    },
    # --- flags ---------------------------------------------------------------------------------------
    "review.flag.inspector_contradicts_data": {
        "vi": (
            "{code}: thẩm định viên đánh giá {rating} nhưng số liệu của trường cho kết quả {result}; kết quả "
            "vẫn theo số liệu — ghi lý do hoặc yêu cầu trường sửa số liệu"
        ),
        "en": (
            "{code}: the inspector rated {rating} but the school's data give {result}; the result still "
            "follows the data — give the reason or ask the school to correct its data"
        ),
    },
    "review.flag.met_without_evidence": {
        "vi": "{code}: trường đánh giá Đạt nhưng không có minh chứng nào",
        "en": "{code}: rated met by the school, but no evidence at all",
    },
    "review.flag.met_only_suggested": {
        "vi": "{code}: trường đánh giá Đạt nhưng chỉ có {count} minh chứng gợi ý chưa được xác nhận",
        "en": "{code}: rated met by the school, but only {count} suggested link(s) not confirmed",
    },
    "review.flag.outside_window": {
        "vi": "{code}: minh chứng {path} ban hành {dated}, ngoài khoảng thời gian {first}–{last}",
        "en": "{code}: evidence {path} dated {dated}, outside the window {first}–{last}",
    },
    "review.flag.after_assessment": {
        "vi": "{code}: minh chứng {path} ban hành {dated}, sau năm đánh giá {last}",
        "en": "{code}: evidence {path} dated {dated}, after the assessment year {last}",
    },
    "review.flag.shared": {
        "vi": "{path} được dùng cho các yêu cầu {codes} thuộc các tiêu chí khác nhau ({criteria})",
        "en": "{path} is used for requirements {codes} of different criteria ({criteria})",
    },
    "review.flag.negative": {
        "vi": "năm {year}: {label} [{name}] = {value} là số âm",
        "en": "year {year}: {label} [{name}] = {value} is negative",
    },
    "review.flag.part_exceeds": {
        "vi": "năm {year}: {part} [{part_name}] = {part_value} lớn hơn {whole} = {whole_value} (tỷ lệ trên 100%)",
        "en": "year {year}: {part} [{part_name}] = {part_value} exceeds {whole} = {whole_value} (a share above 100%)",
    },
    "review.flag.survey_part_exceeds": {
        "vi": "năm {year}: {label}: {part} = {part_value} lớn hơn {whole} = {whole_value}",
        "en": "year {year}: {label}: {part} = {part_value} exceeds {whole} = {whole_value}",
    },
    "review.flag.survey_not_met": {
        "vi": "năm {year}: chưa đạt điều kiện khảo sát '{label}': {detail}",
        "en": "year {year}: survey condition '{label}' not met: {detail}",
    },
    "review.flagkind.met_without_evidence": {"vi": "Đạt không minh chứng", "en": "Met, no evidence"},
    "review.flagkind.inspector_contradicts_data": {
        "vi": "Thẩm định viên khác số liệu",
        "en": "Inspector contradicts the data",
    },
    "review.flagkind.met_only_suggested": {"vi": "Đạt, minh chứng chưa xác nhận", "en": "Met, unconfirmed links"},
    "review.flagkind.unreadable_evidence": {"vi": "Minh chứng không đọc được", "en": "Unreadable evidence"},
    "review.flag.unreadable": {
        "vi": "{code}: tệp minh chứng không đọc được (không được tính): {paths}",
        "en": "{code}: evidence file(s) that could not be read (not counted): {paths}",
    },
    "review.flag.unreadable_met": {
        "vi": "{code}: trường đánh giá Đạt nhưng minh chứng duy nhất không đọc được (không được tính): {paths}",
        "en": "{code}: rated met by the school, but its only evidence could not be read (not counted): {paths}",
    },
    "review.flagkind.outside_window": {"vi": "Minh chứng ngoài thời gian", "en": "Evidence outside window"},
    "review.flagkind.after_assessment": {"vi": "Minh chứng sau năm đánh giá", "en": "Evidence after the year"},
    "review.flagkind.shared_across_criteria": {"vi": "Một tệp cho nhiều tiêu chí", "en": "File across criteria"},
    "review.flagkind.inconsistent_input": {"vi": "Số liệu không nhất quán", "en": "Inconsistent data"},
    "review.flagkind.survey_not_met": {"vi": "Khảo sát chưa đạt điều kiện", "en": "Survey condition not met"},
    # --- log -------------------------------------------------------------------------------------------
    "review.log.line_too_long": {"vi": "dòng quá dài", "en": "line too long"},
    "review.log.unterminated": {
        "vi": "dòng cuối không kết thúc (ghi dở?)",
        "en": "last line not terminated (partial write?)",
    },
    "review.log.unreadable": {"vi": "không đọc được: {error}", "en": "unreadable: {error}"},
    "review.log.edited": {
        "vi": "mục số {seq} đã bị sửa sau khi ghi (mã băm không khớp)",
        "en": "entry {seq} was edited after it was written (hash does not match)",
    },
    "review.log.chain": {
        "vi": "mục số {seq} không nối tiếp mục trước (có mục bị xóa, chèn hoặc đổi thứ tự)",
        "en": "entry {seq} does not follow the previous one (an entry was removed, inserted or reordered)",
    },
    "review.log.sequence": {"vi": "mục số {seq} nằm ở dòng {line}", "en": "entry {seq} is on line {line}"},
    "review.log.tampered": {
        "vi": "{path}: nhật ký thẩm định không còn nguyên vẹn (dòng {line}: {detail}); không ghi thêm",
        "en": "{path}: the review log does not verify (line {line}: {detail}); nothing appended",
    },
    "review.log.no_actor": {"vi": "cần ghi tên người thực hiện", "en": "a name is required"},
    "review.log.no_open_query": {
        "vi": "chưa có yêu cầu của thẩm định viên đang chờ phản hồi; thẩm định viên cần nhập sổ trước",
        "en": "no inspector query is waiting for a response; the inspector imports a workbook first",
    },
    "review.kind.query": {"vi": "yêu cầu của thẩm định viên", "en": "inspector query"},
    "review.kind.response": {"vi": "phản hồi của trường", "en": "school response"},
    "review.kind.recheck": {"vi": "thẩm định lại", "en": "re-check"},
    # --- workbook --------------------------------------------------------------------------------------
    "review.wb.title": {"vi": "Sổ thẩm định hồ sơ tự đánh giá", "en": "Self-assessment review workbook"},
    "review.wb.help": {
        "vi": (
            "Mỗi bộ tiêu chí một trang tính. Cột xám lấy từ gói hồ sơ, không sửa.\n"
            "Thẩm định viên chọn 'Đánh giá của thẩm định viên' và ghi 'Nhận xét', rồi chạy:\n"
            "  accredit review GÓI.zip --import SỔ.xlsx --reviewer \"Họ tên\"\n"
            "Trường ghi 'Phản hồi của trường', rồi chạy:\n"
            "  accredit review GÓI.zip --import SỔ.xlsx --respondent \"Họ tên\""
        ),
        "en": (
            "One sheet per framework. Grey columns come from the package; do not edit them.\n"
            "The inspector picks a rating and writes a comment, then runs:\n"
            "  accredit review PACKAGE.zip --import WORKBOOK.xlsx --reviewer \"Name\"\n"
            "The school writes its responses, then runs:\n"
            "  accredit review PACKAGE.zip --import WORKBOOK.xlsx --respondent \"Name\""
        ),
    },
    "review.wb.exists": {
        "vi": "{path} đã tồn tại (có thể chứa nội dung thẩm định); chọn tên khác hoặc dùng --force",
        "en": "{path} exists (it may hold review work); choose another name or use --force",
    },
    "review.wb.missing": {"vi": "không tìm thấy sổ thẩm định {path}", "en": "review workbook {path} not found"},
    "review.wb.too_large": {"vi": "{path} quá lớn để là sổ thẩm định", "en": "{path} is too large for a workbook"},
    "review.wb.unreadable": {
        "vi": "không đọc được {path} như tệp Excel: {error}",
        "en": "cannot read {path} as an Excel workbook: {error}",
    },
    "review.wb.no_guide": {
        "vi": "{path}: thiếu trang '{sheet}'; hãy dùng sổ do 'accredit review --workbook' tạo",
        "en": "{path}: sheet '{sheet}' is missing; use a workbook written by 'accredit review --workbook'",
    },
    "review.wb.other_package": {
        "vi": "{path} được tạo cho gói khác ({found}), không phải gói này ({expected})",
        "en": "{path} was written for another package ({found}), not this one ({expected})",
    },
    "review.wb.unknown_framework": {
        "vi": "{file}: bộ tiêu chí '{id}' không có trong gói",
        "en": "{file}: framework '{id}' is not in the package",
    },
    "review.wb.no_sheet": {"vi": "{file}: thiếu trang '{sheet}'", "en": "{file}: sheet '{sheet}' is missing"},
    "review.wb.no_columns": {
        "vi": "{file}, trang '{sheet}': thiếu cột {columns} ở dòng 2",
        "en": "{file}, sheet '{sheet}': column(s) {columns} missing on row 2",
    },
    "review.wb.where": {
        "vi": "{file}, trang '{sheet}', dòng {row}, cột {col} ({header}): ",
        "en": "{file}, sheet '{sheet}', row {row}, column {col} ({header}): ",
    },
    "review.wb.no_code": {
        "vi": "dòng có nội dung nhưng thiếu mã yêu cầu",
        "en": "the row has content but no requirement code",
    },
    "review.wb.unknown_code": {
        "vi": "mã '{code}' không phải yêu cầu của '{id}'",
        "en": "'{code}' is not a requirement of '{id}'",
    },
    "review.wb.twice": {"vi": "mã '{code}' xuất hiện hai lần", "en": "code '{code}' appears twice"},
    "review.wb.bad_status": {
        "vi": "'{value}' không phải mức đánh giá; chọn một trong: {accepted}",
        "en": "'{value}' is not a rating; use one of: {accepted}",
    },
    # --- package command --------------------------------------------------------------------------------
    "review.package.title": {"vi": "Gói hồ sơ nộp", "en": "Submission package"},
    "review.package.path": {"vi": "Tệp", "en": "File"},
    "review.package.school": {"vi": "Trường (năm)", "en": "School (year)"},
    "review.package.programme": {"vi": "Chương trình đào tạo", "en": "Programme"},
    "review.package.frameworks": {"vi": "Bộ tiêu chí", "en": "Frameworks"},
    "review.package.members": {"vi": "Số tệp trong gói", "en": "Members"},
    "review.package.evidence": {"vi": "Minh chứng", "en": "Evidence"},
    "review.package.evidence_count": {
        "vi": "{listed} tệp trong danh mục, {included} tệp đóng gói kèm",
        "en": "{listed} files in the register, {included} stored in the package",
    },
    "review.package.reports": {"vi": "Báo cáo", "en": "Reports"},
    "review.package.roadmap": {"vi": "Lộ trình", "en": "Roadmap"},
    "review.package.send": {
        "vi": "Gửi gói này cho Sở kèm mã SHA-256: {sha}",
        "en": "Send this package with its SHA-256: {sha}",
    },
    "review.package.colliding_names": {
        "vi": "{count} cặp tệp chỉ khác nhau ở chữ hoa/thường hoặc cách gõ dấu (NFC/NFD), Windows coi là một tệp và "
            "Sở sẽ từ chối gói: {pairs}. Hãy đổi tên hoặc bỏ bớt một tệp mỗi cặp, quét lại minh chứng rồi đóng gói",
        "en": "{count} pair(s) of files differ only in case or in how accents are encoded (NFC/NFD); Windows sees one "
            "file and the review would refuse the package: {pairs}. Rename or remove one file of each pair, scan "
            "the evidence again, then package",
    },
    "review.package.bad_name": {
        "vi": "không thể đóng gói tệp có tên '{name}' (đổi tên tệp rồi quét lại minh chứng)",
        "en": "cannot package a file named '{name}' (rename it and scan the evidence again)",
    },
    "review.package.no_evidence_dir": {
        "vi": "không biết thư mục minh chứng để đóng gói kèm tệp",
        "en": "no evidence folder to take the files from",
    },
    "review.package.evidence_changed": {
        "vi": "minh chứng '{path}' đã thay đổi trong lúc đóng gói; chạy lại 'accredit evidence scan' rồi đóng gói lại",
        "en": "evidence '{path}' changed while packaging; run 'accredit evidence scan' and package again",
    },
    "review.package.stale_evidence": {
        "vi": "{count} tệp minh chứng đã thay đổi hoặc bị xóa từ lần quét trước ({files}); "
        "chạy 'accredit evidence scan' rồi đóng gói lại",
        "en": "{count} evidence file(s) changed or removed since the last scan ({files}); "
        "run 'accredit evidence scan' and package again",
    },
    "review.package.no_roadmap": {
        "vi": "không lập được lộ trình để đóng gói: {error}",
        "en": "no roadmap could be planned for the package: {error}",
    },
    "review.package.no_frameworks": {"vi": "không có bộ tiêu chí nào để đóng gói", "en": "no framework to package"},
    "review.package.not_reproducible": {
        "vi": "kết quả '{id}' không tính lại được từ dữ liệu trong gói ({field}: '{packaged}' ≠ '{recomputed}'); "
        "đây là lỗi của công cụ, vui lòng báo lại",
        "en": "the result of '{id}' cannot be recomputed from the packaged inputs ({field}: '{packaged}' ≠ "
        "'{recomputed}'); this is a bug in the tool, please report it",
    },
    # --- review command ---------------------------------------------------------------------------------
    "review.cli.title": {"vi": "Kiểm tra gói hồ sơ", "en": "Package check"},
    "review.cli.created": {"vi": "Tạo lúc", "en": "Created"},
    "review.cli.integrity": {"vi": "Toàn vẹn", "en": "Integrity"},
    "review.cli.ok": {
        "vi": "ĐẠT — mọi tệp khớp và điểm tính lại trùng khớp",
        "en": "OK — every member and score verifies",
    },
    "review.cli.not_ok": {"vi": "KHÔNG ĐẠT — xem chi tiết dưới đây", "en": "FAILED — see below"},
    "review.cli.differences": {
        "vi": "Khác biệt giữa điểm trong gói và điểm tính lại ({count})",
        "en": "Packaged vs recomputed differences ({count})",
    },
    "review.cli.flags": {"vi": "Điểm cần thẩm định kỹ ({count})", "en": "Flags for the inspector ({count})"},
    "review.cli.reviewed": {
        "vi": "Thẩm định viên đã đánh giá {reviewed}/{total} yêu cầu; {disagreements} yêu cầu khác kết quả",
        "en": "The inspector rated {reviewed}/{total} requirements; {disagreements} differ in result",
    },
    "review.cli.detail": {"vi": "Chi tiết thẩm định", "en": "Review detail"},
    "review.cli.log": {
        "vi": "Nhật ký thẩm định {path}: {entries} mục, chu kỳ {cycle}, {state}",
        "en": "Review log {path}: {entries} entries, cycle {cycle}, {state}",
    },
    "review.cli.log_intact": {"vi": "nguyên vẹn", "en": "intact"},
    "review.cli.log_broken": {"vi": "ĐÃ BỊ SỬA", "en": "TAMPERED"},
    "review.cli.line": {"vi": "dòng {line}", "en": "line {line}"},
    "review.cli.waiting_school": {"vi": "Đang chờ phản hồi của trường.", "en": "Waiting for the school's response."},
    "review.cli.waiting_inspector": {
        "vi": "Đang chờ thẩm định viên thẩm định lại.",
        "en": "Waiting for the inspector's re-check.",
    },
    "review.cli.needs_import": {
        "vi": "--reviewer / --respondent chỉ dùng cùng --import",
        "en": "--reviewer / --respondent go with --import",
    },
    "review.cli.who": {
        "vi": "khi --import, ghi đúng một trong --reviewer TÊN (thẩm định viên) hoặc --respondent TÊN (trường)",
        "en": "with --import, give exactly one of --reviewer NAME (inspector) or --respondent NAME (school)",
    },
    "review.cli.workbook_done": {
        "vi": "Đã ghi sổ thẩm định {path} ({rows} yêu cầu)",
        "en": "Review workbook written: {path} ({rows} requirements)",
    },
    "review.cli.imported": {
        "vi": "Đã ghi {kind} (chu kỳ {cycle}, mục {seq}) của {actor}: {ratings} đánh giá, {comments} nhận xét, "
        "{responses} phản hồi",
        "en": "Recorded the {kind} (cycle {cycle}, entry {seq}) by {actor}: {ratings} ratings, {comments} comments, "
        "{responses} responses",
    },
    "review.cli.log_head": {
        "vi": "Nhật ký: {path}; mã băm mục cuối {head} (lưu lại để phát hiện việc xóa mục)",
        "en": "Log: {path}; last entry hash {head} (record it to detect removed entries)",
    },
    "review.cli.evidence_unverified": {
        "vi": "{package} chưa qua kiểm tra toàn vẹn và chữ ký; không mở minh chứng trong gói",
        "en": "{package} failed verification (integrity, signature); its evidence is not opened",
    },
    "review.cli.extract_unverified": {
        "vi": "{package} chưa qua kiểm tra toàn vẹn; không giải nén",
        "en": "{package} failed verification; not extracted",
    },
    "review.cli.extracted": {"vi": "Đã giải nén {count} tệp vào {path}", "en": "Extracted {count} files into {path}"},
    "review.status.met": {"vi": "Đạt", "en": "Met"},
    "review.status.not_met": {"vi": "Không đạt", "en": "Not met"},
    "review.status.not_evaluated": {"vi": "Chưa đánh giá", "en": "Not evaluated"},
    "review.status.not_applicable": {"vi": "Không áp dụng", "en": "Not applicable"},
    "review.version.published": {"vi": "phiên bản đã công bố", "en": "published version"},
    "review.version.catalog": {"vi": "khớp danh mục, chưa khóa", "en": "matches the catalog, not locked"},
    "review.version.unknown": {"vi": "PHIÊN BẢN KHÔNG XÁC ĐỊNH", "en": "UNKNOWN VERSION"},
    "review.col.framework": {"vi": "Bộ tiêu chí", "en": "Framework"},
    "review.col.field": {"vi": "Mục", "en": "Field"},
    "review.col.packaged": {"vi": "Trong gói", "en": "Packaged"},
    "review.col.recomputed": {"vi": "Tính lại", "en": "Recomputed"},
    "review.col.criterion": {"vi": "Tiêu chí", "en": "Criterion"},
    "review.col.school": {"vi": "Trường tự đánh giá", "en": "School"},
    "review.col.inspector": {"vi": "Thẩm định viên", "en": "Inspector"},
    "review.col.code": {"vi": "Mã", "en": "Code"},
    "review.col.comment": {"vi": "Nhận xét", "en": "Comment"},
    "review.col.response": {"vi": "Phản hồi của trường", "en": "School's response"},
    "review.col.flag": {"vi": "Cảnh báo", "en": "Flag"},
    "review.col.detail": {"vi": "Chi tiết", "en": "Detail"},
    # --- roll-up -------------------------------------------------------------------------------------------
    "review.rollup.no_folder": {"vi": "không tìm thấy thư mục {path}", "en": "folder {path} not found"},
    "review.rollup.unverified": {"vi": "gói chưa qua kiểm tra", "en": "the package did not verify"},
    "review.rollup.failed_line": {
        "vi": "Gói {package} không được đưa vào bảng tổng hợp:",
        "en": "Package {package} is left out of the table:",
    },
    "review.rollup.written": {"vi": "Đã ghi {path}", "en": "Written: {path}"},
    "review.opt.no_cache": {
        "vi": "kiểm tra lại mọi gói (không dùng kết quả đã lưu của lần tổng hợp trước, trong thư mục người dùng)",
        "en": "verify every package again (ignore the results kept from the last roll-up, in the user folder)",
    },
    "review.rollup.crashed": {
        "vi": "không đọc được gói ({error}); các gói khác vẫn được tổng hợp",
        "en": "the package could not be read ({error}); the other packages are still rolled up",
    },
    "review.rollup.log_broken": {
        "vi": "nhật ký thẩm định {path} không toàn vẹn (dòng {line}: {detail}); bảng dùng kết quả tự đánh giá",
        "en": "review log {path} does not verify (line {line}: {detail}); the table shows the self-assessment",
    },
    "review.rollup.superseded_line": {
        "vi": "Gói {package} ({school}, lập {created}) đã được thay bằng gói mới hơn {replaced_by}",
        "en": "Package {package} ({school}, made {created}) is replaced by the newer {replaced_by}",
    },
    "review.out.status": {"vi": "Trạng thái", "en": "Status"},
    "review.out.status.self_assessed": {"vi": "Tự đánh giá (chưa thẩm định)", "en": "Self-assessed (not reviewed)"},
    "review.out.status.in_review": {
        "vi": "Đang thẩm định (kết quả của Sở, chu kỳ {cycle})",
        "en": "In review (inspector's results, cycle {cycle})",
    },
    "review.out.status.reviewed": {
        "vi": "Đã thẩm định (kết quả của Sở, chu kỳ {cycle})",
        "en": "Reviewed (inspector's results, cycle {cycle})",
    },
    "review.out.status.log_broken": {
        "vi": "Nhật ký thẩm định không toàn vẹn: kết quả tự đánh giá",
        "en": "Review log does not verify: self-assessment shown",
    },
    "review.out.sheet_superseded": {"vi": "Gói đã thay thế", "en": "Superseded packages"},
    "review.out.created": {"vi": "Ngày lập gói", "en": "Made on"},
    "review.out.replaced_by": {"vi": "Thay bằng gói", "en": "Replaced by"},
    "review.out.title": {
        "vi": "Tổng hợp kết quả tự đánh giá của các trường",
        "en": "Province roll-up of self-assessments",
    },
    "review.out.summary": {
        "vi": "{schools} gói hợp lệ; {failed} gói không qua kiểm tra",
        "en": "{schools} verified packages; {failed} failed verification",
    },
    "review.out.sheet_table": {"vi": "Bảng tổng hợp", "en": "Province table"},
    "review.out.sheet_counts": {"vi": "Theo yêu cầu", "en": "By requirement"},
    "review.out.sheet_closest": {"vi": "Gần đạt chuẩn", "en": "Closest to target"},
    "review.out.sheet_failed": {"vi": "Gói không hợp lệ", "en": "Failed packages"},
    "review.out.failed_title": {"vi": "Gói không qua kiểm tra", "en": "Packages that failed verification"},
    "review.out.counts": {"vi": "Số trường đạt từng yêu cầu", "en": "Schools meeting each requirement"},
    "review.out.closest": {
        "vi": "Các trường gần đạt {target} nhất",
        "en": "Schools closest to {target}",
    },
    "review.out.no_candidates": {
        "vi": "Chưa có trường nào tự đánh giá theo {target}.",
        "en": "No school was assessed against {target}.",
    },
    "review.out.school": {"vi": "Trường", "en": "School"},
    "review.out.code": {"vi": "Mã trường", "en": "Code"},
    "review.out.province": {"vi": "Tỉnh", "en": "Province"},
    "review.out.year": {"vi": "Năm", "en": "Year"},
    "review.out.total": {"vi": "Tổng", "en": "Total"},
    "review.out.decision": {"vi": "Kết luận", "en": "Decision"},
    "review.out.passed": {"vi": "Đạt", "en": "Passed"},
    "review.out.failed": {"vi": "Không đạt", "en": "Not passed"},
    "review.out.earliest": {"vi": "Năm sớm nhất đạt mục tiêu", "en": "Earliest target year"},
    "review.out.package": {"vi": "Gói", "en": "Package"},
    "review.out.reasons": {"vi": "Lý do", "en": "Reasons"},
    "review.out.framework": {"vi": "Bộ tiêu chí", "en": "Framework"},
    "review.out.requirement": {"vi": "Yêu cầu", "en": "Requirement"},
    "review.out.criterion": {"vi": "Tiêu chí", "en": "Criterion"},
    "review.out.label": {"vi": "Tên", "en": "Label"},
    "review.out.met": {"vi": "Số trường đạt", "en": "Schools meeting it"},
    "review.out.schools": {"vi": "Số trường", "en": "Schools"},
    "review.out.rank": {"vi": "Thứ tự", "en": "Rank"},
    "review.out.shortfall": {"vi": "Điểm còn thiếu", "en": "Points short"},
    "review.out.failing_criteria": {"vi": "Tiêu chí chưa đủ tỷ lệ", "en": "Criteria under their share"},
    "review.out.fix": {"vi": "Yêu cầu cần khắc phục tối thiểu", "en": "Minimal fix set"},
    "review.out.gates": {"vi": "Điều kiện tiên quyết chưa đạt", "en": "Gates not met"},
    "review.out.not_reviewed": {"vi": "Chưa thẩm định", "en": "Not reviewed yet"},
    "review.cli.contradicts_data": {
        "vi": (
            "{count} đánh giá của thẩm định viên khác với kết quả tính từ số liệu: kết quả vẫn theo số liệu; "
            "hãy ghi rõ lý do trong nhận xét hoặc yêu cầu trường sửa số liệu"
        ),
        "en": (
            "{count} inspector rating(s) differ from the result the data give: the result still follows the "
            "data; give the reason in the comment or ask the school to correct its data"
        ),
    },
    "review.cli.rating_vs_data": {
        "vi": "{rating} — trái số liệu (số liệu: {result})",
        "en": "{rating} — contradicts the data (data: {result})",
    },
    # --- roll-up rendering: heat map, bars, the Sở's heading ----------------------------------
    "review.out.sheet_heat": {"vi": "Bản đồ nhiệt", "en": "Heat map"},
    "review.out.heat_title": {"vi": "Bản đồ nhiệt: tỷ lệ điểm theo tiêu chí của từng trường",
                              "en": "Heat map: share of each criterion's points per school"},
    "review.out.heat_legend": {"vi": "Màu theo tỷ lệ điểm: ≥ 80% · 60–80% · 40–60% · dưới 40%",
                               "en": "Colour by share: ≥ 80% · 60–80% · 40–60% · below 40%"},
    "review.out.bars_title": {"vi": "Tỷ lệ điểm trung bình theo tiêu chí", "en": "Average share per criterion"},
    "review.out.dated": {"vi": "ngày {day} tháng {month} năm {year}", "en": "{day}/{month}/{year}"},
    "review.opt.authority": {
        "vi": "Tên Sở (in ở đầu biên bản và bảng tổng hợp), ví dụ 'Sở Giáo dục và Đào tạo tỉnh Lạng Sơn'.",
        "en": "The provincial department's name, printed at the top of the minutes and the roll-up.",
    },
    "review.opt.minutes": {"vi": "Ghi biên bản thẩm định (Word, mỗi bộ tiêu chí một tệp) vào thư mục này.",
                           "en": "Write the review minutes (Word, one file per framework) into this folder."},
    "review.cli.minutes_written": {"vi": "Đã ghi biên bản: {path}", "en": "Minutes written: {path}"},
    "review.cli.minutes_unverified": {
        "vi": "{package} chưa qua kiểm tra toàn vẹn và chữ ký: không lập biên bản thẩm định cho gói này; "
        "xem kết quả kiểm tra ('accredit review {package}') và đề nghị trường gửi lại gói",
        "en": "{package} does not pass the integrity and signature checks: no review minutes for it; see the "
        "check ('accredit review {package}') and ask the school to send the package again",
    },
}
