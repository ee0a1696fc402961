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
        "vi": "Tiếp theo: chép minh chứng vào {path} rồi chạy 'accredit evidence scan'.",
        "en": "Next: copy the evidence files into {path}, then run 'accredit evidence scan'.",
    },
    "workspace.init.object_mismatch": {
        "vi": "Lưu ý: bộ tiêu chí {id} áp dụng cho {applies}, không phải {object}.",
        "en": "Note: criteria set {id} applies to {applies}, not {object}.",
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
}
