"""Messages of the command-line framework itself (usage, help, errors) and the commands' descriptions.

``cli.cmd.<group>.<command>`` is the one-line description of a command shown by ``--help``; it takes
precedence over the command's docstring (which stays the developers' English description).
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- the framework's own words ----------------------------------------------------------------
    "cli.usage": {"vi": "Cách dùng:", "en": "Usage:"},
    "cli.heading.options": {"vi": "Tùy chọn", "en": "Options"},
    "cli.heading.arguments": {"vi": "Tham số", "en": "Arguments"},
    "cli.heading.commands": {"vi": "Lệnh", "en": "Commands"},
    "cli.metavar.options": {"vi": "[TÙY CHỌN]", "en": "[OPTIONS]"},
    "cli.metavar.command": {"vi": "LỆNH [THAM SỐ]...", "en": "COMMAND [ARGS]..."},
    "cli.help_option": {"vi": "Hiện hướng dẫn này rồi thoát.", "en": "Show this message and exit."},
    "cli.install_completion": {
        "vi": "Cài tự hoàn thành lệnh cho shell đang dùng.",
        "en": "Install completion for the current shell.",
    },
    "cli.show_completion": {
        "vi": "Hiện mã tự hoàn thành lệnh cho shell đang dùng, để chép hoặc tùy chỉnh.",
        "en": "Show completion for the current shell, to copy it or customize the installation.",
    },
    "cli.required": {"vi": "bắt buộc", "en": "required"},
    "cli.default": {"vi": "mặc định: {value}", "en": "default: {value}"},
    "cli.env_var": {"vi": "biến môi trường: {value}", "en": "env var: {value}"},
    "cli.try_help": {"vi": "Xem hướng dẫn: '{command} {option}'.", "en": "Try '{command} {option}' for help."},
    "cli.aborted": {"vi": "Đã dừng.", "en": "Aborted!"},
    # --- the framework's errors (the English text is click's, so that it can be recognised) ----------
    "cli.err.no_such_command": {"vi": "Không có lệnh '{name}'.", "en": "No such command '{name}'."},
    "cli.err.did_you_mean": {"vi": "Có phải ý bạn là {names}?", "en": "Did you mean {names}?"},
    "cli.err.missing_command": {"vi": "Thiếu lệnh.", "en": "Missing command."},
    "cli.err.missing_argument": {"vi": "Thiếu tham số '{name}'.", "en": "Missing argument '{name}'."},
    "cli.err.missing_option": {"vi": "Thiếu tùy chọn '{name}'.", "en": "Missing option '{name}'."},
    "cli.err.missing_parameter": {"vi": "Thiếu tham số: {name}", "en": "Missing parameter: {name}"},
    "cli.err.no_such_option": {"vi": "Không có tùy chọn {name}.", "en": "No such option: {name}"},
    "cli.err.requires_argument": {
        "vi": "Tùy chọn '{name}' cần một giá trị.",
        "en": "Option '{name}' requires an argument.",
    },
    "cli.err.requires_arguments": {
        "vi": "Tùy chọn '{name}' cần {count} giá trị.",
        "en": "Option '{name}' requires {count} arguments.",
    },
    "cli.err.no_value": {"vi": "Tùy chọn '{name}' không nhận giá trị.", "en": "Option '{name}' does not take a value."},
    "cli.err.extra_arguments": {"vi": "Thừa tham số: {args}", "en": "Got unexpected extra argument(s) ({args})"},
    "cli.err.invalid_value_for": {
        "vi": "Giá trị không hợp lệ cho {name}: {message}",
        "en": "Invalid value for {name}: {message}",
    },
    "cli.err.invalid_value": {"vi": "Giá trị không hợp lệ: {message}", "en": "Invalid value: {message}"},
    "cli.err.at_least": {"vi": "phải lớn hơn hoặc bằng {n}", "en": "Input should be greater than or equal to {n}"},
    "cli.err.at_most": {"vi": "phải nhỏ hơn hoặc bằng {n}", "en": "Input should be less than or equal to {n}"},
    "cli.err.integer": {"vi": "phải là một số nguyên", "en": "Input should be a valid integer"},
    "cli.err.number": {"vi": "phải là một số", "en": "Input should be a valid number"},
    "cli.err.choice": {"vi": "phải là một trong: {choices}", "en": "Input should be {choices}"},
    "cli.err.not_exist": {"vi": "'{path}' không tồn tại.", "en": "Path '{path}' does not exist."},
    "cli.err.language": {
        "vi": "không có ngôn ngữ '{lang}'; dùng một trong: {known}",
        "en": "unknown language '{lang}'; use one of {known}",
    },
    # --- one-line descriptions of the commands without a catalogue help of their own ---------------
    "cli.cmd.criteria.list": {
        "vi": "Liệt kê các bộ tiêu chí: mã, văn bản, đối tượng, hiệu lực, ngày hiệu lực, số tiêu chí/tiêu chuẩn.",
        "en": "List the criteria sets: id, regulation, object, status, effective date, counts.",
    },
    "cli.cmd.criteria.show": {
        "vi": "Xem một bộ tiêu chí dạng cây, hoặc một tiêu chuẩn với nội dung và điều khoản căn cứ.",
        "en": "Show a criteria set as a tree, or one requirement with its wording and source article.",
    },
    "cli.cmd.criteria.validate": {
        "vi": "Kiểm tra các tệp bộ tiêu chí: cấu trúc, mã, điểm, điều kiện đạt, thời gian đáp ứng, bảng đối chiếu, "
        "danh sách đã công bố.",
        "en": "Check criteria files: schema, codes, points, rules, windows, crosswalks, published lock.",
    },
    "cli.cmd.criteria.diff": {
        "vi": "So sánh hai bộ tiêu chí: tiêu chuẩn thêm, bỏ, sửa và thay đổi điều kiện đạt.",
        "en": "Compare two criteria sets: added, removed, changed requirements and pass-rule changes.",
    },
    "cli.cmd.criteria.schema": {
        "vi": "Xuất JSON Schema của tệp bộ tiêu chí để trình soạn thảo kiểm tra khi sửa.",
        "en": "Export the JSON Schema of criteria files so editors can validate them.",
    },
    "cli.cmd.criteria.lock": {
        "vi": "Ghi mã băm nội dung của các bộ tiêu chí mới công bố vào published.lock.yaml.",
        "en": "Record the content hash of newly published criteria sets in published.lock.yaml.",
    },
    "cli.cmd.evidence.scan": {
        "vi": "Quét thư mục minh chứng: đọc, nhận diện và gắn mọi tệp với tiêu chuẩn (chỉ đọc lại tệp đã thay đổi).",
        "en": "Scan the evidence folder: read, identify and map every file (only changed files are re-read).",
    },
    "cli.cmd.evidence.list": {
        "vi": "Liệt kê các tệp đã quét: loại, số trang, số hiệu, ngày và tên văn bản.",
        "en": "List the scanned files with their type, pages, number, date and title.",
    },
    "cli.cmd.evidence.show": {
        "vi": "Xem một tệp: phần đầu văn bản, mã, liên kết và gợi ý, cảnh báo.",
        "en": "Show one file: header metadata, codes, links and suggestions, warnings.",
    },
    "cli.cmd.evidence.links": {
        "vi": "Mọi liên kết (phần chấm điểm đọc): tệp, tiêu chuẩn, nguồn gốc, điểm gợi ý, trạng thái.",
        "en": "All links (what scoring reads): file, requirement, origin, score, state.",
    },
    "cli.cmd.evidence.link": {
        "vi": 'Gắn một tệp (hoặc mọi tệp của một thư mục) với tiêu chuẩn, vd. link "TC2/QĐ 125.pdf" 2.3 2.4.',
        "en": 'Link a file (or every file of a folder) to requirements, e.g. link "TC2/QĐ 125.pdf" 2.3 2.4.',
    },
    "cli.cmd.evidence.unlink": {
        "vi": "Gỡ liên kết của một tệp (với các tiêu chuẩn đã nêu, nếu không nêu thì tất cả); quét lại không gắn lại.",
        "en": "Remove links of a file (to the given requirements, else all); a re-scan does not restore them.",
    },
    "cli.cmd.evidence.confirm": {
        "vi": "Xác nhận hàng loạt các gợi ý liên kết: mặc định là gợi ý tốt nhất của mỗi tệp.",
        "en": "Confirm suggested links in bulk: by default the best suggestion of every file.",
    },
    "cli.cmd.evidence.check": {
        "vi": "Cảnh báo: ngày ngoài thời gian đáp ứng của tiêu chuẩn, tệp trùng nhau, tiêu chuẩn chưa có minh chứng.",
        "en": "Warnings: dates outside a requirement's window, duplicates, requirements without evidence.",
    },
    "cli.cmd.evidence.register": {
        "vi": "Ghi danh mục minh chứng (Excel), hoặc đọc lại phần đã sửa trong đó bằng --import.",
        "en": "Write the evidence register (danh mục minh chứng, Excel), or read edits back from one with --import.",
    },
    "cli.cmd.ratings.template": {
        "vi": "Tạo (hoặc cập nhật) tệp Excel tự đánh giá: mỗi tiêu chí một trang, mỗi tiêu chuẩn một dòng.",
        "en": "Write (or refresh) the self-assessment workbook: a sheet per criterion, a row per requirement.",
    },
    "cli.cmd.data.template": {
        "vi": "Tạo (hoặc cập nhật) tệp Excel số liệu: chỗ cho mọi số liệu mà công thức các chỉ số cần.",
        "en": "Write (or refresh) the data workbook: a place for every input the indicators' formulas need.",
    },
    # --- options of the criteria commands ------------------------------------------------------------
    "cli.opt.code": {"vi": "Mã tiêu chuẩn hoặc tiêu chí, vd. 2.3.", "en": "Requirement or criterion code, e.g. 2.3."},
    "cli.opt.criteria_paths": {
        "vi": "Tệp hoặc thư mục (mặc định: thư mục bộ tiêu chí).",
        "en": "Files or folders (default: the criteria folder).",
    },
    "cli.opt.schema_kind": {
        "vi": "framework (bộ tiêu chí) | crosswalk (bảng đối chiếu)",
        "en": "framework | crosswalk",
    },
    "cli.opt.schema_out": {"vi": "Ghi vào tệp này thay vì in ra.", "en": "Write to this file instead of printing."},
    "cli.col.framework_name": {"vi": "Tên", "en": "Name"},
}
