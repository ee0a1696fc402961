"""Hostile zips are refused before anything is read; members are read with caps, not trusting headers."""

from __future__ import annotations

import io
import os
import pickle
import stat
import struct
import zipfile
from pathlib import Path

import pytest

from accredit.i18n.message import Messages
from accredit.review.archive import PackageRefused, SafeArchive, name_problem
from accredit.review.limits import Limits
from accredit.review.verify import check_package


def make_zip(path: Path, members: list[tuple[str | zipfile.ZipInfo, bytes]], *, method: int = zipfile.ZIP_DEFLATED
             ) -> Path:
    """A zip with the given members, names written exactly as given."""
    with zipfile.ZipFile(path, "w", method) as zf:
        for name, data in members:
            zf.writestr(name, data)
    return path


def refused(path: Path, limits: Limits | None = None) -> PackageRefused:
    with pytest.raises(PackageRefused) as info, SafeArchive.open(path, limits or Limits()):
        pass
    return info.value


def test_a_plain_zip_opens_and_reads(tmp_path: Path) -> None:
    p = make_zip(tmp_path / "ok.zip", [("a/b.json", b'{"x": 1}'), ("c.txt", "Bộ tiêu chí".encode())])
    with SafeArchive.open(p) as arc:
        assert arc.names == ["a/b.json", "c.txt"]
        assert arc.read("a/b.json") == b'{"x": 1}'
        digest, size = arc.digest("c.txt")
    assert size == len("Bộ tiêu chí".encode())
    assert digest.startswith("sha256:") and len(digest) == 71


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("../evil.txt", "traversal"),
        ("docs/../../evil.txt", "traversal"),
        ("/etc/passwd", "absolute"),
        ("C:/Windows/evil.dll", "absolute"),
        ("docs\\..\\evil.txt", "backslash"),
        ("docs//evil.txt", "bad_name"),
        ("./evil.txt", "bad_name"),
        ("evil.txt:stream", "bad_name"),
    ],
)
def test_unsafe_names_are_refused(tmp_path: Path, name: str, reason: str) -> None:
    p = make_zip(tmp_path / "bad.zip", [("manifest.json", b"{}"), (zipfile.ZipInfo(name), b"x")])
    exc = refused(p)
    assert exc.reason == reason
    assert name_problem(name) == reason
    assert "manifest.json" not in str(exc)  # the message names the bad member, not another one


def test_refusal_message_is_clear_and_localised(tmp_path: Path) -> None:
    p = make_zip(tmp_path / "bad.zip", [(zipfile.ZipInfo("../../etc/cron.d/x"), b"x")])
    exc = refused(p)
    assert str(exc) == "bad.zip: gói bị từ chối: tên tệp chứa '..' (thoát khỏi thư mục giải nén): '../../etc/cron.d/x'"


def test_symlink_member_is_refused(tmp_path: Path) -> None:
    info = zipfile.ZipInfo("evidence/link")
    info.create_system = 3
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    p = make_zip(tmp_path / "link.zip", [("manifest.json", b"{}"), (info, b"/etc/passwd")])
    assert refused(p).reason == "link"


def test_special_file_is_refused(tmp_path: Path) -> None:
    info = zipfile.ZipInfo("evidence/fifo")
    info.create_system = 3
    info.external_attr = (stat.S_IFIFO | 0o644) << 16
    p = make_zip(tmp_path / "fifo.zip", [(info, b"")])
    assert refused(p).reason == "special"


def test_windows_reparse_point_is_refused(tmp_path: Path) -> None:
    info = zipfile.ZipInfo("evidence/junction")
    info.create_system = 0
    info.external_attr = 0x400
    p = make_zip(tmp_path / "junction.zip", [(info, b"")])
    assert refused(p).reason == "link"


@pytest.mark.parametrize(
    ("first", "second"),
    [("report.json", "report.json"), ("report.json", "Report.json"), ("r\u00e9port.json", "re\u0301port.json")],
)
def test_duplicate_names_are_refused_as_windows_would_see_them(tmp_path: Path, first: str, second: str) -> None:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the exact duplicate
        p = make_zip(tmp_path / "dup.zip", [(first, b"1"), (zipfile.ZipInfo(second), b"2")])
    exc = refused(p)
    assert exc.reason == "duplicate"
    assert exc.params["other"] == first


def test_too_many_members_is_refused_before_the_directory_is_parsed(tmp_path: Path) -> None:
    p = make_zip(tmp_path / "many.zip", [(f"f{i}.txt", b"x") for i in range(11)])
    exc = refused(p, Limits(max_members=10))
    assert exc.reason == "too_many"
    assert exc.params["count"] == 11


def test_bomb_by_ratio_is_refused(tmp_path: Path) -> None:
    p = make_zip(tmp_path / "bomb.zip", [("zeros.bin", bytes(20 * 1024 * 1024))])
    assert p.stat().st_size < 100_000
    exc = refused(p)
    assert exc.reason == "ratio"
    assert exc.params["ratio"] > 200


def test_small_compressible_members_are_not_held_to_the_ratio(tmp_path: Path) -> None:
    p = make_zip(tmp_path / "ok.zip", [("manifest.json", b" " * 500_000)])
    with SafeArchive.open(p) as arc:
        assert arc.size("manifest.json") == 500_000


def test_member_above_the_size_limit_is_refused(tmp_path: Path) -> None:
    p = make_zip(tmp_path / "big.zip", [("big.bin", os.urandom(5000))])
    exc = refused(p, Limits(max_member_size=4096))
    assert exc.reason == "member_too_large"


def test_total_above_the_limit_is_refused(tmp_path: Path) -> None:
    p = make_zip(tmp_path / "total.zip", [(f"f{i}.bin", os.urandom(3000)) for i in range(4)])
    exc = refused(p, Limits(max_member_size=4096, max_total_size=10_000))
    assert exc.reason == "too_large"


def test_encrypted_member_is_refused(tmp_path: Path) -> None:
    p = make_zip(tmp_path / "enc.zip", [("secret.txt", b"hello")], method=zipfile.ZIP_STORED)
    data = bytearray(p.read_bytes())
    for sig, flag_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):  # general purpose flag: bit 0 = encrypted
        pos = data.find(sig)
        data[pos + flag_at] |= 0x01
    p.write_bytes(bytes(data))
    assert refused(p).reason == "encrypted"


def test_unusual_compression_is_refused(tmp_path: Path) -> None:
    p = make_zip(tmp_path / "lzma.zip", [("a.txt", b"hello" * 10)], method=zipfile.ZIP_LZMA)
    assert refused(p).reason == "compression"


def _patch_sizes(data: bytearray, declared: int) -> None:
    """Make both headers of the first (stored) member declare ``declared`` bytes."""
    local = data.find(b"PK\x03\x04")
    struct.pack_into("<II", data, local + 18, declared, declared)
    central = data.find(b"PK\x01\x02")
    struct.pack_into("<II", data, central + 20, declared, declared)


def test_a_member_whose_header_lies_about_its_size_is_refused_on_read(tmp_path: Path) -> None:
    p = make_zip(tmp_path / "lie.zip", [("data.bin", os.urandom(4000))], method=zipfile.ZIP_STORED)
    data = bytearray(p.read_bytes())
    _patch_sizes(data, 100)  # claims 100 bytes: the reader stops there and the CRC no longer matches
    p.write_bytes(bytes(data))
    with SafeArchive.open(p) as arc, pytest.raises(PackageRefused) as info:
        arc.read("data.bin")
    assert info.value.reason == "corrupt"


def test_reading_is_capped_whatever_the_header_says(tmp_path: Path) -> None:
    p = make_zip(tmp_path / "cap.zip", [("manifest.json", b"{" + b" " * 9000 + b"}")])
    with SafeArchive.open(p) as arc, pytest.raises(PackageRefused) as info:
        arc.read("manifest.json", cap=1000)
    assert info.value.reason == "member_too_large"


def test_overlapping_members_are_refused(tmp_path: Path) -> None:
    """Two central-directory entries pointing at the same data (the 'overlapping files' bomb)."""
    p = make_zip(tmp_path / "one.zip", [("a.bin", os.urandom(1000))], method=zipfile.ZIP_STORED)
    data = p.read_bytes()
    cd_start = data.find(b"PK\x01\x02")
    eocd = data.find(b"PK\x05\x06")
    entry = bytearray(data[cd_start:eocd])
    name_len = struct.unpack_from("<H", entry, 28)[0]
    twin = bytearray(entry)
    twin[46 : 46 + name_len] = b"b.bin"[:name_len].ljust(name_len, b"_")
    directory = bytes(entry) + bytes(twin)
    tail = bytearray(data[eocd:])
    struct.pack_into("<HHII", tail, 8, 2, 2, len(directory), cd_start)
    p.write_bytes(data[:cd_start] + directory + bytes(tail))
    with zipfile.ZipFile(p) as zf:
        assert len(zf.infolist()) == 2
    assert refused(p).reason == "overlap"


def test_not_a_zip_and_missing_file(tmp_path: Path) -> None:
    p = tmp_path / "fake.zip"
    p.write_bytes(b"PK not really a zip " * 10)
    assert refused(p).reason == "not_zip"
    assert refused(tmp_path / "absent.zip").reason == "missing"


def test_a_zip_without_manifest_is_refused_by_the_verifier(tmp_path: Path) -> None:
    p = make_zip(tmp_path / "nomanifest.zip", [("a.txt", b"x")])
    with pytest.raises(PackageRefused) as info:
        check_package(p)
    assert info.value.reason == "no_manifest"


def test_a_zip_with_an_invalid_manifest_is_refused(tmp_path: Path) -> None:
    p = make_zip(tmp_path / "badmanifest.zip", [("manifest.json", b'{"format": 99}')])
    with pytest.raises(PackageRefused) as info:
        check_package(p)
    assert info.value.reason == "bad_manifest"


def test_extract_stays_inside_and_never_overwrites(tmp_path: Path) -> None:
    p = make_zip(tmp_path / "ok.zip", [("evidence/files/Quyết định.docx", b"abc")])
    dest = tmp_path / "out"
    with SafeArchive.open(p) as arc:
        written = arc.extract("evidence/files/Quyết định.docx", dest)
        assert written == (dest / "evidence/files/Quyết định.docx").resolve()
        assert written.read_bytes() == b"abc"
        with pytest.raises(PackageRefused) as info:  # a clean refusal, never an overwrite
            arc.extract("evidence/files/Quyết định.docx", dest)
        assert info.value.reason == "exists" and written.read_bytes() == b"abc"


def test_extract_refuses_a_symlinked_folder_in_the_destination(tmp_path: Path) -> None:
    p = make_zip(tmp_path / "ok.zip", [("evidence/x.txt", b"abc")])
    dest, outside = tmp_path / "out", tmp_path / "outside"
    dest.mkdir()
    outside.mkdir()
    (dest / "evidence").symlink_to(outside, target_is_directory=True)
    with SafeArchive.open(p) as arc, pytest.raises(PackageRefused) as info:
        arc.extract("evidence/x.txt", dest)
    assert info.value.reason == "traversal"
    assert not (outside / "x.txt").exists()


def test_member_names_keep_vietnamese(tmp_path: Path) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("Minh chứng/Kế hoạch đào tạo.docx", b"x")
    p = tmp_path / "vi.zip"
    p.write_bytes(buf.getvalue())
    with SafeArchive.open(p) as arc:
        assert arc.names == ["Minh chứng/Kế hoạch đào tạo.docx"]


@pytest.fixture(params=["isal", "zlib"])
def inflate_with(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Members read with ISA-L's inflate (when installed) and with the standard library's: the same results."""
    import functools
    import zlib

    import accredit.review.archive as archive

    if request.param == "isal":
        pytest.importorskip("isal", reason="isal is not installed here: the standard library's zlib is used")
        return "isal"
    monkeypatch.setattr(archive, "_inflater", functools.partial(zlib.decompressobj, -zlib.MAX_WBITS))
    monkeypatch.setattr(archive, "_crc32", zlib.crc32)
    monkeypatch.setattr(archive, "_CORRUPT", (zipfile.BadZipFile, EOFError, UnicodeDecodeError, zlib.error))
    return "zlib"


def _member_data_at(data: bytes, index: int = 0) -> int:
    """Where the compressed data of the ``index``-th member start (after its local header)."""
    pos = -1
    for _ in range(index + 1):
        pos = data.find(b"PK\x03\x04", pos + 1)
    name_len, extra_len = struct.unpack_from("<HH", data, pos + 26)
    return pos + 30 + name_len + extra_len


def test_members_are_read_whole_and_in_chunks_alike(tmp_path: Path, inflate_with: str) -> None:
    body = os.urandom(700_000) + b"x" * 900_000  # several chunks of output, part of it compressible
    p = make_zip(tmp_path / "big.zip", [("a.bin", body), ("b.json", b'{"x": 1}')])
    with SafeArchive.open(p) as arc:
        parts: list[bytes] = []
        digest, size = arc.stream("a.bin", parts.append)
        assert len(parts) > 1 and b"".join(parts) == body and size == len(body)
        whole, again, _ = arc.load("a.bin", cap=len(body))
        assert whole == body and again == digest
        assert arc.read("b.json") == b'{"x": 1}'


def test_a_deflated_member_with_damaged_data_is_refused_as_corrupt(tmp_path: Path, inflate_with: str) -> None:
    p = make_zip(tmp_path / "bad.zip", [("a.txt", "Minh chứng số 1. ".encode() * 2000)])
    data = bytearray(p.read_bytes())
    data[_member_data_at(bytes(data)) + 40] ^= 0xFF
    p.write_bytes(bytes(data))
    with SafeArchive.open(p) as arc, pytest.raises(PackageRefused) as info:
        arc.digest("a.txt")
    assert info.value.reason in ("corrupt", "size_mismatch")


def test_a_broken_deflate_stream_is_said_as_damaged_data(tmp_path: Path, inflate_with: str) -> None:
    p = make_zip(tmp_path / "bad.zip", [("a.txt", "Minh chứng số 1. ".encode() * 2000)])
    data = bytearray(p.read_bytes())
    data[_member_data_at(bytes(data))] |= 0x06  # the first block's type: 11, which deflate does not have
    p.write_bytes(bytes(data))
    with SafeArchive.open(p) as arc, pytest.raises(PackageRefused) as info:
        arc.digest("a.txt")
    assert info.value.reason == "corrupt"
    assert "(dữ liệu nén không giải nén được hoặc bị cắt cụt)" in info.value.render(Messages("vi"))


def test_a_sinks_own_error_is_not_taken_for_damage(tmp_path: Path) -> None:
    p = make_zip(tmp_path / "ok.zip", [("a.txt", b"hello " * 500)])

    def refusing(_part: bytes) -> None:
        raise UnicodeDecodeError("utf-8", b"\xff", 0, 1, "the caller's own")

    with SafeArchive.open(p) as arc, pytest.raises(UnicodeDecodeError):
        arc.stream("a.txt", refusing)


def test_a_deflated_member_with_a_wrong_crc_is_refused(tmp_path: Path, inflate_with: str) -> None:
    p = make_zip(tmp_path / "crc.zip", [("a.txt", b"hello " * 500)])
    data = bytearray(p.read_bytes())
    central = data.find(b"PK\x01\x02")
    data[central + 16] ^= 0x01  # the CRC-32 the central directory declares
    p.write_bytes(bytes(data))
    with SafeArchive.open(p) as arc, pytest.raises(PackageRefused) as info:
        arc.read("a.txt")
    assert info.value.reason == "corrupt"


def test_a_corrupt_member_is_said_in_the_readers_language_without_the_libraries_words(tmp_path: Path,
                                                                                       inflate_with: str) -> None:
    p = make_zip(tmp_path / "crc.zip", [("a.txt", b"hello " * 500)])
    data = bytearray(p.read_bytes())
    data[data.find(b"PK\x01\x02") + 16] ^= 0x01  # the CRC-32 the central directory declares
    p.write_bytes(bytes(data))
    with SafeArchive.open(p) as arc, pytest.raises(PackageRefused) as info:
        arc.read("a.txt")
    vi, en = info.value.render(Messages("vi")), info.value.render(Messages("en"))
    assert vi == ("crc.zip: gói bị từ chối: tệp 'a.txt' bị hỏng (mã kiểm tra CRC-32 không khớp với nội dung); "
                  "hãy yêu cầu trường gửi lại gói")
    assert en.startswith("crc.zip: package refused: member 'a.txt' is corrupt (its CRC-32 check") and "Bad" not in en
    again = pickle.loads(pickle.dumps(info.value))  # as a worker process would send it
    assert (again.package, again.reason, again.params, again.render(Messages("en"))) == (
        "crc.zip", "corrupt", info.value.params, en)


def test_a_local_header_that_names_another_file_is_refused(tmp_path: Path, inflate_with: str) -> None:
    p = make_zip(tmp_path / "twin.zip", [("a.txt", b"hello")])
    data = bytearray(p.read_bytes())
    local = data.find(b"PK\x03\x04")
    data[local + 30] = ord("b")  # the local header now says 'b.txt'; the directory still 'a.txt'
    p.write_bytes(bytes(data))
    with SafeArchive.open(p) as arc, pytest.raises(PackageRefused) as info:
        arc.read("a.txt")
    assert info.value.reason == "corrupt"
    assert info.value.render(Messages("vi")).endswith("(phần đầu của tệp trong gói không khớp với danh mục của gói); "
                                                     "hãy yêu cầu trường gửi lại gói")


def test_a_deflated_member_inflating_past_its_declared_size_is_refused(tmp_path: Path, inflate_with: str) -> None:
    p = make_zip(tmp_path / "more.zip", [("a.txt", b"a" * 200_000)])
    data = bytearray(p.read_bytes())
    for sig, at in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):  # uncompressed size in both headers
        struct.pack_into("<I", data, data.find(sig) + at, 1000)
    p.write_bytes(bytes(data))
    with SafeArchive.open(p) as arc:
        for read in (lambda: arc.read("a.txt"), lambda: arc.digest("a.txt")):
            with pytest.raises(PackageRefused) as info:
                read()
            assert info.value.reason == "size_mismatch"
