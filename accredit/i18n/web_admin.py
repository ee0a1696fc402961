"""Messages of the web desk's QA-lead pages (working groups, settings) and of the package's evidence opened
on the inspector's desk."""

from __future__ import annotations


def _m(vi: str, en: str) -> dict[str, str]:
    return {"vi": vi, "en": en}


MESSAGES: dict[str, dict[str, str]] = {
    "web.nav.groups": _m("Tổ công tác", "Working groups"),
    "web.nav.settings": _m("Thiết lập", "Settings"),
    # the submission package, built on the reports page
    "web.pkg.title": _m("Hồ sơ nộp Sở", "The submission package"),
    "web.pkg.intro": _m(
        "Đóng gói kết quả tự đánh giá, danh mục minh chứng, lộ trình và các báo cáo thành một tệp .zip (như lệnh "
        "accredit package), kèm công văn gửi; ký bằng khóa của trường khi trường đã có khóa.",
        "Packs the self-assessment results, the evidence register, the roadmap and the reports into one .zip (as "
        "accredit package does), with its cover letter; signed with the school's key when the school has one."),
    "web.pkg.with_evidence": _m("Kèm các tệp minh chứng", "Include the evidence files"),
    "web.pkg.passphrase": _m("Mật khẩu khóa ký của trường", "The school key's passphrase"),
    "web.pkg.no_key": _m(
        "Trường chưa có khóa ký: hồ sơ sẽ không được ký. Tạo khóa bằng lệnh accredit keys init rồi gửi khóa công "
        "khai cho Sở.",
        "The school has no signing key yet: the package will be unsigned. Make one with accredit keys init and send "
        "its public key to the Sở."),
    "web.pkg.build": _m("Đóng gói hồ sơ", "Build the package"),
    "web.pkg.done": _m("Đã đóng gói hồ sơ", "Package written"),
    "web.pkg.sha256": _m("Mã SHA-256 (ghi vào công văn gửi Sở)", "SHA-256 (quote it when sending the package)"),
    "web.pkg.signed": _m("Đã ký bằng khóa của trường ({fingerprint}…).",
                         "Signed with the school's key ({fingerprint}…)."),
    "web.pkg.unsigned": _m("Hồ sơ CHƯA được ký.", "The package is NOT signed."),
    "web.action.package": _m("đóng gói hồ sơ nộp", "submission package"),
    "web.action.settings": _m("thiết lập", "settings"),
    "web.pkg.passphrase_needed": _m("Hãy nhập mật khẩu khóa ký của trường.", "Type the school key's passphrase."),
    # working groups
    "web.groups.title": _m("Tổ công tác và tiêu chí phụ trách", "Working groups and the criteria they own"),
    "web.groups.intro": _m("Thành viên hội đồng sửa được các tiêu chí của mọi tổ mình tham gia; các tiêu chí khác chỉ "
                           "xem. Nhóm mang tên một người là nhóm riêng của người đó (sửa được cả ở trang Người "
                           "dùng). Mọi thay đổi được ghi vào nhật ký.",
                           "A council member edits the criteria of every group they are in and reads the rest. A "
                           "group named after a person is that person's own group (the users page edits it too). "
                           "Every change goes into the audit log."),
    "web.groups.personal": _m("nhóm riêng", "own group"),
    "web.groups.members": _m("Thành viên", "Members"),
    "web.groups.no_criteria": _m("Chưa phụ trách tiêu chí nào.", "No criteria yet."),
    "web.groups.save_members": _m("Lưu thành viên", "Save members"),
    "web.groups.save_criteria": _m("Lưu tiêu chí", "Save criteria"),
    "web.groups.none": _m("Chưa có tổ công tác nào.", "No working group yet."),
    "web.groups.add": _m("Lập tổ công tác mới", "New working group"),
    "web.groups.name": _m("Tên tổ", "Group name"),
    "web.groups.create": _m("Lập tổ", "Create the group"),
    "web.groups.unknown": _m("Không có tổ công tác “{name}”.", "No working group “{name}”."),
    "web.groups.unknown_people": _m("Không có người dùng: {names}. Thêm họ ở trang Người dùng trước.",
                                    "No such people: {names}. Add them on the users page first."),
    "web.groups.unknown_criteria": _m("Bộ tiêu chí này không có tiêu chí: {codes}.",
                                      "This criteria set has no criterion {codes}."),
    "web.groups.exists": _m("Đã có tổ công tác “{name}”: sửa tổ đó ở trên, hoặc chọn tên khác.",
                            "A working group “{name}” exists already: change it above, or pick another name."),
    "web.groups.person_name": _m("“{name}” là tên đăng nhập của một người: nhóm riêng của họ sửa ở trang Người dùng. "
                                 "Chọn tên khác cho tổ.",
                                 "“{name}” is a person's user name: their own group is changed on the users page. "
                                 "Pick another name for the group."),
    "web.groups.empty": _m("Tổ mới cần ít nhất một thành viên hoặc một tiêu chí.",
                           "A new group needs at least one member or one criterion."),
    "web.groups.bad_name": _m("Tên tổ dài 2 đến 64 ký tự, không có ký tự điều khiển.",
                              "A group name is 2 to 64 characters, without control characters."),
    "web.users.groups": _m("Tổ công tác", "Working groups"),
    "web.users.own_group": _m("nhóm riêng của người này; các tổ khác: trang Tổ công tác",
                              "this person's own group; other groups: the working groups page"),
    # settings
    "web.settings.title": _m("Bộ tiêu chí và mục tiêu của trường", "The school's criteria sets and target"),
    "web.settings.intro": _m("Các bộ tiêu chí dành cho loại cơ sở của trường. Lưu vào accredit.toml (giữ nguyên chú "
                             "thích trong tệp) và ghi vào nhật ký.",
                             "The criteria sets for the school's kind of institution. Saved into accredit.toml (its "
                             "comments kept) and the audit log."),
    "web.settings.saved": _m("Đã lưu; bàn làm việc dùng các bộ tiêu chí mới.",
                             "Saved; the desk works on the new criteria sets."),
    "web.settings.superseded_chosen": _m("Lưu ý: {title} ({id}) đã được thay thế bởi {new}; nên đánh giá theo bộ mới.",
                                         "Note: {title} ({id}) is superseded by {new}; assess against the new one."),
    "web.settings.frameworks": _m("Bộ tiêu chí đánh giá", "Criteria sets assessed"),
    "web.settings.set": _m("Bộ tiêu chí", "Criteria set"),
    "web.settings.regulation": _m("Văn bản", "Regulation"),
    "web.settings.status": _m("Hiệu lực", "Status"),
    "web.settings.replaced": _m("đã được thay thế bởi {new}", "superseded by {new}"),
    "web.settings.target": _m("Mục tiêu của lộ trình", "The roadmap's target"),
    "web.settings.no_target": _m("(không đặt mục tiêu)", "(no target)"),
    "web.settings.old": _m("đã được thay thế", "superseded"),
    # the package's evidence, on the inspector's desk
    "web.error.evidence_not_verified": _m("Gói không qua được kiểm tra toàn vẹn và chữ ký: không mở minh chứng trong "
                                          "gói này.",
                                          "The package does not verify (integrity, signature): its evidence is not "
                                          "opened."),
    "web.rev.evidence": _m("Minh chứng", "Evidence"),
    "web.rev.evidence_unverified": _m("Gói chưa qua kiểm tra toàn vẹn và chữ ký: minh chứng trong gói không được mở.",
                                      "The package does not verify (integrity, signature): its evidence is not "
                                      "opened."),
    "web.rev.evidence_hashes_only": _m("Gói này chỉ liệt kê minh chứng theo mã băm (SHA-256), không kèm tệp: đối chiếu "
                                       "với tệp của trường, hoặc đề nghị trường nộp lại bằng accredit package "
                                       "--with-evidence.",
                                       "This package lists the evidence by hash (SHA-256) only, without the files: "
                                       "compare with the school's files, or ask for a package made with accredit "
                                       "package --with-evidence."),
    "web.rev.file_path": _m("Đường dẫn ở trường", "Path at the school"),
    "web.rev.file_verified": _m("Toàn vẹn", "Integrity"),
    "web.rev.file_verified_yes": _m("khớp mã băm trong bản kê của gói đã ký",
                                    "matches the hash in the signed package's manifest"),
}
