"""Messages of ``accredit init`` (the school's workspace)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "workspace.help.init": {
        "vi": "Tạo thư mục làm việc của trường: accredit.toml, thư mục minh chứng, số liệu, báo cáo và bộ nhớ đệm ẩn.",
        "en": "Create a workspace: accredit.toml, evidence/, data/, output/ and the hidden cache folder.",
    },
    "workspace.arg.dir": {"vi": "Thư mục làm việc cần tạo.", "en": "Workspace folder to create."},
    "workspace.opt.framework": {
        "vi": "Bộ tiêu chí dùng để đánh giá (lặp lại được), vd. tt35-2021/truong-cao-dang.",
        "en": "Criteria set to assess against (repeatable), e.g. tt35-2021/truong-cao-dang.",
    },
    "workspace.opt.year": {"vi": "Năm đánh giá.", "en": "Assessment year."},
    "workspace.opt.name": {"vi": "Tên trường / cơ sở.", "en": "Name of the institution."},
    "workspace.opt.object": {"vi": "Loại cơ sở được đánh giá.", "en": "Kind of institution assessed."},
    "workspace.opt.province": {"vi": "Tỉnh / thành phố.", "en": "Province."},
    "workspace.opt.target": {
        "vi": "Bộ tiêu chí mục tiêu của lộ trình (tùy chọn).",
        "en": "Criteria set the roadmap aims at (optional).",
    },
    "workspace.init.done": {"vi": "Đã tạo thư mục làm việc {path}:", "en": "Workspace created at {path}:"},
    "workspace.init.next": {
        "vi": "Tiếp theo: chép minh chứng của mỗi bộ tiêu chí vào thư mục của bộ đó trong {path} (minh chứng dùng "
        "chung để ngoài các thư mục này), rồi chạy 'accredit evidence scan'.",
        "en": "Next: copy each criteria set's evidence into its folder in {path} (shared evidence outside those "
        "folders), then run 'accredit evidence scan'.",
    },
    "workspace.init.object_mismatch": {
        "vi": "Lưu ý: {name} ({title}) áp dụng cho {applies}, không áp dụng cho {object}.",
        "en": "Note: {name} ({title}) applies to {applies}, not to a {object}.",
    },
    "workspace.error.no_config": {
        "vi": "{path}: không tìm thấy tệp cấu hình (chạy 'accredit init' trước)",
        "en": "{path}: configuration file not found (run 'accredit init' first)",
    },
    "workspace.error.toml": {"vi": "{path}: TOML không hợp lệ: {error}", "en": "{path}: invalid TOML: {error}"},
    "workspace.error.not_found": {
        "vi": "không có thư mục làm việc: không tìm thấy {config} trong {path} hay thư mục cha; dùng --workspace "
        "hoặc tạo bằng 'accredit init'",
        "en": "no workspace: {config} not found in {path} or a parent folder; use --workspace or create one with "
        "'accredit init'",
    },
    "workspace.error.exists": {"vi": "{path} đã tồn tại; không ghi đè", "en": "{path} already exists; not overwritten"},
    "workspace.error.workbook_unreadable": {
        "vi": "{path} không phải tệp Excel đọc được ({detail}: tệp hỏng hoặc chưa lưu xong), nên không cập nhật được. "
              "Tệp được giữ nguyên: mở thử bằng Excel (Excel có thể sửa), hoặc chuyển tệp sang chỗ khác rồi chạy lại "
              "để tạo tệp mới",
        "en": "{path} is not a readable Excel file ({detail}: damaged or not fully saved), so it cannot be updated. "
              "The file is kept as it is: try opening it in Excel (Excel may repair it), or move it elsewhere and "
              "run again to make a new one",
    },
    # --- added for issue 10 (init: --code, warnings, object names) -----------------------------
    "workspace.opt.code": {"vi": "Mã trường / mã cơ sở (tùy chọn).", "en": "Institution code (optional)."},
    "workspace.init.superseded": {
        "vi": "Lưu ý: {name} ({title}) đã hết hiệu lực, được thay thế bởi {new}; nên đánh giá theo văn bản mới "
        "(xem 'accredit criteria list').",
        "en": "Note: {name} ({title}) is superseded by {new}; assess against the new one (see 'accredit criteria "
        "list').",
    },
    "workspace.init.target_mismatch": {
        "vi": "Lưu ý: mục tiêu {name} ({title}) áp dụng cho {applies}, không áp dụng cho {object}: lộ trình tới "
        "mục tiêu này không có ý nghĩa với trường.",
        "en": "Note: the target {name} ({title}) applies to {applies}, not to a {object}: a roadmap to it means "
        "nothing for this institution.",
    },
    "workspace.object.truong_cao_dang": {"vi": "trường cao đẳng", "en": "college"},
    "workspace.object.truong_trung_cap": {"vi": "trường trung cấp", "en": "intermediate school"},
    "workspace.object.truong_trung_hoc_nghe": {"vi": "trường trung học nghề", "en": "vocational secondary school"},
    "workspace.object.trung_tam_gdnn": {"vi": "trung tâm giáo dục nghề nghiệp", "en": "vocational training centre"},
    "workspace.object.ctdt_cao_dang": {"vi": "chương trình đào tạo cao đẳng", "en": "college programme"},
    "workspace.object.ctdt_trung_cap": {"vi": "chương trình đào tạo trung cấp", "en": "intermediate programme"},
    "workspace.object.ctdt_so_cap": {"vi": "chương trình đào tạo sơ cấp", "en": "elementary programme"},
}
