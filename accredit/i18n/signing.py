"""Messages of keys, signed packages, the trust folder, report cross-checks and the signed review log."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- commands and options --------------------------------------------------------------------
    "sign.help.keys": {
        "vi": "Khóa ký số của trường hoặc của thẩm định viên (tạo, xem dấu vân tay)",
        "en": "The school's or the inspector's signing key (create, show the fingerprint)",
    },
    "sign.help.init": {
        "vi": "Tạo cặp khóa Ed25519: của trường (trong thư mục làm việc) hoặc của thẩm định viên (--inspector)",
        "en": "Create an Ed25519 key pair: the school's (in the workspace) or the inspector's (--inspector)",
    },
    "sign.help.show": {
        "vi": "Cho biết khóa nằm ở đâu và dấu vân tay của nó",
        "en": "Show where the key is and its fingerprint",
    },
    "sign.opt.inspector": {
        "vi": "Khóa của thẩm định viên (lưu trong thư mục của người dùng, không trong thư mục làm việc)",
        "en": "The inspector's key (kept in the user's folder, not in a workspace)",
    },
    "sign.opt.name": {"vi": "Tên thẩm định viên ghi kèm khóa công khai", "en": "Inspector's name for the public key"},
    "sign.opt.passphrase_file": {
        "vi": "Tệp chứa mật khẩu của khóa (dòng đầu); hoặc biến môi trường ACCREDIT_PASSPHRASE; nếu không sẽ hỏi",
        "en": "File holding the key's passphrase (first line); or ACCREDIT_PASSPHRASE; else you are asked",
    },
    "sign.opt.inspector_passphrase": {
        "vi": "Tệp chứa mật khẩu khóa của thẩm định viên (dòng đầu); hoặc biến ACCREDIT_INSPECTOR_PASSPHRASE",
        "en": "File holding the inspector key's passphrase (first line); or ACCREDIT_INSPECTOR_PASSPHRASE",
    },
    "sign.opt.force": {
        "vi": "Thay khóa đã có (khóa cũ sẽ mất; phải đăng ký lại khóa mới với Sở)",
        "en": "Replace the existing key (the old one is lost; register the new one with the Sở)",
    },
    "sign.opt.no_sign": {
        "vi": "Không ký gói (Sở sẽ từ chối gói chưa ký trừ khi thẩm định viên chấp nhận)",
        "en": "Do not sign the package (the Sở refuses unsigned packages unless the inspector accepts them)",
    },
    "sign.opt.trust": {
        "vi": "Thư mục khóa tin cậy của Sở (mặc định: biến ACCREDIT_TRUST, hoặc thư mục tin-cay của người dùng)",
        "en": "The Sở's trust folder (default: ACCREDIT_TRUST, else the user's tin-cay folder)",
    },
    "sign.opt.accept_unsigned": {
        "vi": "Chấp nhận gói chưa ký hoặc ký bằng khóa chưa đăng ký (ghi rõ trong mọi kết quả)",
        "en": "Accept an unsigned package or one signed by an unregistered key (said in every output)",
    },
    "sign.opt.expect_sha256": {
        "vi": "Mã SHA-256 của gói ghi trong công văn; gói khác mã sẽ bị từ chối",
        "en": "The package's SHA-256 as stated in the cover letter; a different package is refused",
    },
    # --- keys ------------------------------------------------------------------------------------
    "sign.key.short_passphrase": {
        "vi": "mật khẩu của khóa phải có ít nhất {min} ký tự",
        "en": "the key's passphrase must have at least {min} characters",
    },
    "sign.key.exists": {
        "vi": "{path}: đã có khóa; không ghi đè (dùng --force để thay, rồi đăng ký lại khóa mới với Sở)",
        "en": "{path}: a key already exists; not replaced (use --force, then register the new key with the Sở)",
    },
    "sign.key.missing": {"vi": "{path}: không tìm thấy khóa", "en": "{path}: no key found"},
    "sign.key.unreadable": {"vi": "{path}: không đọc được ({error})", "en": "{path}: cannot be read ({error})"},
    "sign.key.wrong_passphrase": {
        "vi": "{path}: sai mật khẩu hoặc tệp khóa bị hỏng",
        "en": "{path}: wrong passphrase, or the key file is damaged",
    },
    "sign.key.not_ed25519": {"vi": "{path}: không phải khóa Ed25519", "en": "{path}: not an Ed25519 key"},
    "sign.key.not_public": {
        "vi": "{path}: không phải tệp khóa công khai Ed25519 (PEM)",
        "en": "{path}: not an Ed25519 public key file (PEM)",
    },
    "sign.key.no_code": {
        "vi": "{path}: chưa có mã trường (school.code); khóa được Sở đăng ký theo mã trường — hãy điền mã rồi chạy lại",
        "en": "{path}: no school code (school.code); the Sở registers a key for a school code — set it and run again",
    },
    "sign.key.none_school": {
        "vi": "{path}: trường chưa có khóa; chạy 'accredit keys init' trước",
        "en": "{path}: the school has no key yet; run 'accredit keys init' first",
    },
    "sign.key.none_inspector": {
        "vi": "{path}: thẩm định viên chưa có khóa; chạy 'accredit keys init --inspector' trước",
        "en": "{path}: no inspector key yet; run 'accredit keys init --inspector' first",
    },
    "sign.key.no_passphrase": {
        "vi": "cần mật khẩu của khóa: dùng --passphrase-file TỆP hoặc biến môi trường {env}",
        "en": "the key's passphrase is needed: use --passphrase-file FILE or the {env} variable",
    },
    "sign.key.passphrase_file": {
        "vi": "{path}: không đọc được tệp mật khẩu ({error})",
        "en": "{path}: the passphrase file cannot be read ({error})",
    },
    "sign.key.passphrase_empty": {
        "vi": "{path}: dòng đầu của tệp mật khẩu trống",
        "en": "{path}: the first line of the passphrase file is empty",
    },
    "sign.key.fingerprint_line": {"vi": "Dấu vân tay: {fingerprint}", "en": "Fingerprint: {fingerprint}"},
    "sign.key.school_heading": {
        "vi": "Khóa công khai của {school} (mã trường {code})",
        "en": "Public key of {school} (school code {code})",
    },
    "sign.key.inspector_heading": {
        "vi": "Khóa công khai của thẩm định viên {name}",
        "en": "Public key of inspector {name}",
    },
    "sign.cli.passphrase": {"vi": "Mật khẩu của khóa", "en": "Key passphrase"},
    "sign.cli.title_school": {"vi": "Khóa ký của trường", "en": "The school's signing key"},
    "sign.cli.title_inspector": {"vi": "Khóa ký của thẩm định viên", "en": "The inspector's signing key"},
    "sign.cli.private": {"vi": "Khóa bí mật (giữ kín)", "en": "Private key (keep it secret)"},
    "sign.cli.public": {"vi": "Khóa công khai (gửi Sở)", "en": "Public key (send to the Sở)"},
    "sign.cli.next_school": {
        "vi": "Gửi tệp {path} cho Sở kèm công văn (ghi dấu vân tay) để Sở đăng ký khóa của trường. "
        "Giữ kín mật khẩu; không chép khóa bí mật vào gói hồ sơ.",
        "en": "Send {path} to the Sở with the cover letter (stating the fingerprint) so the Sở registers the key. "
        "Keep the passphrase secret; never copy the private key into a package.",
    },
    "sign.cli.next_inspector": {
        "vi": "Gửi tệp {path} cho bộ phận quản lý của Sở để đặt vào thư mục tham-dinh-vien của thư mục tin cậy.",
        "en": "Send {path} to the Sở's administrator to put in the tham-dinh-vien folder of the trust folder.",
    },
    # --- trust folder ----------------------------------------------------------------------------
    "sign.trust.no_folder": {
        "vi": "{path}: không có thư mục khóa tin cậy này",
        "en": "{path}: no such trust folder",
    },
    "sign.trust.unreadable": {"vi": "{path}: không đọc được ({error})", "en": "{path}: cannot be read ({error})"},
    "sign.trust.bad_revoked_line": {
        "vi": "{path}, dòng {line}: không phải dấu vân tay khóa (64 ký tự 0-9, A-F); dòng bị bỏ qua",
        "en": "{path}, line {line}: not a key fingerprint (64 characters 0-9, A-F); line ignored",
    },
    # --- signature states ------------------------------------------------------------------------
    "sign.state.registered": {"vi": "đã ký bằng khóa đã đăng ký", "en": "signed by a registered key"},
    "sign.state.unknown_key": {"vi": "KÝ BẰNG KHÓA CHƯA ĐĂNG KÝ", "en": "SIGNED BY AN UNKNOWN KEY"},
    "sign.state.revoked": {"vi": "KÝ BẰNG KHÓA ĐÃ THU HỒI", "en": "SIGNED BY A REVOKED KEY"},
    "sign.state.bad_signature": {"vi": "CHỮ KÝ KHÔNG HỢP LỆ", "en": "BAD SIGNATURE"},
    "sign.state.unsigned": {"vi": "CHƯA KÝ", "en": "UNSIGNED"},
    "sign.state.registered.detail": {
        "vi": "Gói của {school} được ký bằng khóa Sở đã đăng ký cho mã trường {registered} (dấu vân tay "
        "{fingerprint}; {key_file}).",
        "en": "The package of {school} is signed by the key the Sở registered for school code {registered} "
        "(fingerprint {fingerprint}; {key_file}).",
    },
    "sign.state.unknown_key.detail": {
        "vi": "Gói của {school} được ký bằng khóa {fingerprint} nhưng {reason}. Không dùng được kết quả trừ khi "
        "thẩm định viên chấp nhận (--accept-unsigned) sau khi đối chiếu dấu vân tay trong công văn.",
        "en": "The package of {school} is signed by key {fingerprint}, but {reason}. Its results are not usable "
        "unless the inspector accepts it (--accept-unsigned) after comparing the fingerprint in the cover letter.",
    },
    "sign.state.revoked.detail": {
        "vi": "Gói của {school} được ký bằng khóa {fingerprint} mà Sở đã thu hồi ({line}). Gói bị từ chối; "
        "đề nghị trường ký lại bằng khóa mới đã đăng ký.",
        "en": "The package of {school} is signed by key {fingerprint}, which the Sở revoked ({line}). The package "
        "is refused; ask the school to sign it again with its new registered key.",
    },
    "sign.state.bad_signature.detail": {
        "vi": "Chữ ký trên gói hồ sơ của {school} không hợp lệ: {reason}. Gói bị từ chối; đề nghị trường gửi lại gói.",
        "en": "The signature on the package of {school} is not valid: {reason}. The package is refused; ask the "
        "school to send it again.",
    },
    "sign.state.unsigned.detail": {
        "vi": "Gói của {school} chưa được ký nên không thể biết ai đã lập hoặc sửa nó. Không dùng được kết quả "
        "trừ khi thẩm định viên chấp nhận (--accept-unsigned).",
        "en": "The package of {school} is not signed, so who made or changed it cannot be known. Its results are "
        "not usable unless the inspector accepts it (--accept-unsigned).",
    },
    "sign.state.accepted": {
        "vi": "THẨM ĐỊNH VIÊN ĐÃ CHẤP NHẬN gói này dù chưa được xác thực chữ ký.",
        "en": "THE INSPECTOR ACCEPTED this package although its signature is not verified.",
    },
    "sign.reason.malformed": {
        "vi": "tệp chữ ký manifest.sig.json bị hỏng",
        "en": "the signature file manifest.sig.json is damaged",
    },
    "sign.reason.changed": {
        "vi": "manifest.json đã bị sửa sau khi ký (mã băm các tệp, điểm, báo cáo không còn là của trường)",
        "en": "manifest.json was changed after it was signed (the hashes, scores and reports are not the school's)",
    },
    "sign.reason.other_school": {
        "vi": "khóa này được đăng ký cho trường khác (mã {other})",
        "en": "this key is registered for another school (code {other})",
    },
    "sign.reason.no_trust": {
        "vi": "chưa có thư mục khóa tin cậy (dùng --trust THƯ_MỤC hoặc biến ACCREDIT_TRUST)",
        "en": "no trust folder is set (use --trust DIR or ACCREDIT_TRUST)",
    },
    "sign.reason.no_code": {
        "vi": "gói không ghi mã trường nên không đối chiếu được với khóa đã đăng ký",
        "en": "the package states no school code, so it cannot be matched to a registered key",
    },
    "sign.reason.not_registered": {
        "vi": "khóa chưa được đăng ký cho trường này trong {folder}",
        "en": "the key is not registered for this school in {folder}",
    },
    "sign.cli.signature": {"vi": "Chữ ký", "en": "Signature"},
    "sign.cli.accepted": {
        "vi": "CHẤP NHẬN CÓ ĐIỀU KIỆN ({state}) — mọi tệp khớp, điểm tính lại trùng khớp, thẩm định viên chấp nhận",
        "en": "ACCEPTED WITH RESERVATION ({state}) — members and scores verify, accepted by the inspector",
    },
    "sign.out.signature": {"vi": "Chữ ký của gói", "en": "Package signature"},
    "sign.out.accepted": {"vi": "thẩm định viên chấp nhận", "en": "accepted by the inspector"},
    # --- package ---------------------------------------------------------------------------------
    "sign.package.hash_mismatch": {
        "vi": "mã SHA-256 của gói ({found}) khác mã ghi trong công văn ({expected}): đây không phải gói trường đã gửi",
        "en": "the package's SHA-256 ({found}) differs from the cover letter's ({expected}): not the package sent",
    },
    "sign.package.private_key": {
        "vi": "{path}: là khóa bí mật; không bao giờ đưa khóa bí mật vào gói — chuyển tệp ra khỏi thư mục output",
        "en": "{path}: is a private key; never put one in a package — move it out of the output folder",
    },
    "sign.package.signed": {
        "vi": "Đã ký gói bằng khóa của trường, dấu vân tay {fingerprint}",
        "en": "Package signed with the school's key, fingerprint {fingerprint}",
    },
    "sign.package.unsigned_warning": {
        "vi": "Gói CHƯA ĐƯỢC KÝ: Sở sẽ từ chối. Tạo khóa bằng 'accredit keys init', đăng ký với Sở, rồi đóng gói lại.",
        "en": "The package is NOT SIGNED: the Sở will refuse it. Create a key with 'accredit keys init', register "
        "it with the Sở, and package again.",
    },
    "sign.package.cover": {
        "vi": "Công văn gửi kèm (dự thảo): {path}",
        "en": "Cover letter (draft): {path}",
    },
    # --- cover letter ----------------------------------------------------------------------------
    "sign.cover.number": {"vi": "Số: ……/CV-……", "en": "No.: ……/CV-……"},
    "sign.cover.nation": {"vi": "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "en": "SOCIALIST REPUBLIC OF VIET NAM"},
    "sign.cover.motto": {"vi": "Độc lập - Tự do - Hạnh phúc", "en": "Independence - Freedom - Happiness"},
    "sign.cover.place_date": {
        "vi": "{province}, ngày …… tháng …… năm ……",
        "en": "{province}, date ……",
    },
    "sign.cover.subject": {
        "vi": "V/v gửi hồ sơ tự đánh giá chất lượng năm {year}",
        "en": "Re: the quality self-assessment submission for {year}",
    },
    "sign.cover.to": {"vi": "Kính gửi: Sở {province}", "en": "To: the Department of {province}"},
    "sign.cover.body": {
        "vi": "{school} gửi kèm công văn này gói hồ sơ tự đánh giá chất lượng năm {year} dưới dạng tệp điện tử. "
        "Đề nghị Sở đối chiếu các thông tin sau trước khi mở gói:",
        "en": "{school} sends with this letter its quality self-assessment package for {year} as an electronic "
        "file. Please compare the following before opening it:",
    },
    "sign.cover.file": {"vi": "Tệp gói hồ sơ", "en": "Package file"},
    "sign.cover.size": {"vi": "Dung lượng", "en": "Size"},
    "sign.cover.bytes": {"vi": "{size} byte", "en": "{size} bytes"},
    "sign.cover.code": {"vi": "Mã trường", "en": "School code"},
    "sign.cover.fingerprint": {"vi": "Dấu vân tay khóa ký", "en": "Signing key fingerprint"},
    "sign.cover.key_intro": {
        "vi": "Khóa công khai của trường (để Sở đăng ký lần đầu hoặc đối chiếu với khóa đã đăng ký):",
        "en": "The school's public key (for the Sở to register, or to compare with the registered key):",
    },
    "sign.cover.unsigned": {
        "vi": "Gói hồ sơ này CHƯA ĐƯỢC KÝ bằng khóa của trường.",
        "en": "This package is NOT SIGNED with the school's key.",
    },
    "sign.cover.check": {
        "vi": "Sở kiểm tra bằng lệnh: accredit review <tệp gói> --expect-sha256 <mã SHA-256 ở trên>",
        "en": "The Sở checks it with: accredit review <package file> --expect-sha256 <the SHA-256 above>",
    },
    "sign.cover.ca_note": {
        "vi": "Việc ký số văn bản cuối cùng (PDF) bằng chứng thư số của tổ chức cung cấp dịch vụ chứng thực "
        "(chữ ký số) do nhà trường tự thực hiện, ngoài công cụ này.",
        "en": "Signing the final document (PDF) with a CA certificate (chữ ký số) is the school's own step, "
        "outside this tool.",
    },
    "sign.cover.signature": {"vi": "HIỆU TRƯỞNG (ký, ghi rõ họ tên, đóng dấu)", "en": "PRINCIPAL (signature, seal)"},
    # --- report cross-check ----------------------------------------------------------------------
    "sign.report.mismatch": {
        "vi": "Báo cáo {file} ghi {figure} của {title} là {found}, nhưng tính lại từ gói được {recomputed}",
        "en": "Report {file} states {figure} of {title} as {found}, but the package recomputes {recomputed}",
    },
    "sign.report.unchecked": {
        "vi": "Báo cáo {file} không đối chiếu được ({reason})",
        "en": "Report {file} could not be cross-checked ({reason})",
    },
    "sign.report.not_xlsx": {"vi": "không phải tệp Excel đọc được", "en": "not a readable Excel file"},
    "sign.report.not_json": {
        "vi": "không phải báo cáo JSON của accredit đọc được",
        "en": "not a readable accredit JSON report",
    },
    "sign.report.no_summary": {
        "vi": "không tìm thấy bảng tổng hợp có cột tổng điểm",
        "en": "no summary table with a total column found",
    },
    "sign.report.other_year": {
        "vi": "báo cáo năm {year}, không phải năm {package} của gói",
        "en": "a report of {year}, not of the package's year {package}",
    },
    "sign.report.no_row": {
        "vi": "không tìm thấy dòng của {title} trong bảng tổng hợp",
        "en": "no row for {title} in the summary table",
    },
    "sign.figure.total": {"vi": "tổng điểm", "en": "the total"},
    "sign.figure.max": {"vi": "điểm tối đa", "en": "the maximum"},
    "sign.figure.passed": {"vi": "kết quả đạt", "en": "the decision (passed)"},
    "sign.figure.criterion": {"vi": "điểm tiêu chí {code}", "en": "the points of criterion {code}"},
    "sign.figure.requirement": {"vi": "kết quả tiêu chuẩn {code}", "en": "the status of requirement {code}"},
    "sign.figure.section": {"vi": "phần kết quả", "en": "the section"},
    # --- review log ------------------------------------------------------------------------------
    "sign.log.unsigned": {
        "vi": "mục số {seq} không có chữ ký của thẩm định viên",
        "en": "entry {seq} is not signed by an inspector",
    },
    "sign.log.bad_signature": {
        "vi": "chữ ký của mục số {seq} không khớp nội dung (mục đã bị sửa, kể cả khi mã băm được tính lại)",
        "en": "the signature of entry {seq} does not match it (edited, even if its hash was recomputed)",
    },
    "sign.log.unknown_signer": {
        "vi": "mục số {seq} được ký bằng khóa {fingerprint} không phải của thẩm định viên đã đăng ký",
        "en": "entry {seq} is signed by key {fingerprint}, not a registered inspector's",
    },
    "sign.log.head_unreadable": {
        "vi": "{path}: không đọc được đầu nhật ký đã ký ({error})",
        "en": "{path}: the signed head of the log cannot be read ({error})",
    },
    "sign.log.head_unsigned": {
        "vi": "{path}: đầu nhật ký không có chữ ký",
        "en": "{path}: the log's head is not signed",
    },
    "sign.log.head_bad_signature": {
        "vi": "{path}: chữ ký đầu nhật ký không hợp lệ (đã bị sửa)",
        "en": "{path}: the log head's signature is not valid (changed)",
    },
    "sign.log.head_unknown_signer": {
        "vi": "{path}: đầu nhật ký được ký bằng khóa {fingerprint} không phải của thẩm định viên đã đăng ký",
        "en": "{path}: the log's head is signed by key {fingerprint}, not a registered inspector's",
    },
    "sign.log.head_missing": {
        "vi": "{path}: thiếu đầu nhật ký đã ký (nhật ký có thể đã bị cắt bớt)",
        "en": "{path}: the signed head of the log is missing (the log may have been truncated)",
    },
    "sign.log.head_mismatch": {
        "vi": "đầu nhật ký đã ký ghi {signed} mục nhưng nhật ký có {found} mục (có mục bị xóa hoặc thêm; {path})",
        "en": "the signed head says {signed} entries but the log has {found} (entries removed or added; {path})",
    },
    "sign.log.signer_revoked": {
        "vi": "khóa của thẩm định viên ({fingerprint}) đã bị thu hồi; tạo khóa mới và đăng ký với Sở",
        "en": "the inspector's key ({fingerprint}) is revoked; create a new key and register it with the Sở",
    },
    "sign.log.line": {
        "vi": "{entries} mục ({used} mục được dùng), mã băm mục cuối {head}, {state}",
        "en": "{entries} entries ({used} used), last entry hash {head}, {state}",
    },
    "sign.cli.log_head": {
        "vi": "Mã băm mục cuối: {head} · {used}/{entries} mục được dùng (ghi lại mã này để phát hiện việc xóa mục)",
        "en": "Last entry hash: {head} · {used}/{entries} entries used (record it to detect removed entries)",
    },
    "sign.cli.log_not_used": {
        "vi": "Nhật ký không nguyên vẹn: chỉ {used} mục đầu được dùng; không mục nào từ mục hỏng đầu tiên trở đi "
        "được tính vào đánh giá của thẩm định viên.",
        "en": "The log does not verify: only the first {used} entries are used; none from the first broken one "
        "on counts toward the inspector's ratings.",
    },
    "sign.wb.signature": {"vi": "Chữ ký của gói", "en": "Package signature"},
    "sign.wb.log": {"vi": "Nhật ký thẩm định", "en": "Review log"},
}
