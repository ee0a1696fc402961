"""Reading an untrusted zip safely: every name, type and size is checked before any byte is read.

:class:`SafeArchive` refuses (:class:`PackageRefused`, with a reason code and a clear message) a
zip with too many members, absolute or ``..`` names, links or special files, duplicate names
(also after case folding and Unicode normalisation, as Windows would see them), encrypted or
unusually compressed members, members or totals above the size limits, a suspicious compression
ratio, or overlapping members. Members are then read with size caps: a member that inflates past
the size its header declares is refused rather than trusted.
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
import stat
import struct
import unicodedata
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO, cast

from accredit.errors import MessageError
from accredit.i18n.message import Msg, joined, msg
from accredit.review.limits import DEFAULT_LIMITS, Limits
from accredit.workspace import make_dirs
from accredit.zipguard import declared_entries, mb, zip_problem

CHUNK = 256 * 1024
"""Bytes read or inflated at a time (smaller than glibc's mmap threshold: a freed chunk is reused, not unmapped)."""


def _deflate_library() -> tuple[Callable[[], Any], Callable[[bytes, int], int], tuple[type[Exception], ...]]:
    """(a raw-deflate inflater, crc32, its errors): ISA-L's (``isal``, about twice as fast) where it is
    installed, else the standard library's zlib; both read the same deflate streams."""
    try:
        from isal import isal_zlib
    except ImportError:  # no wheel for this platform: the standard library does the same, slower
        return functools.partial(zlib.decompressobj, -zlib.MAX_WBITS), zlib.crc32, (zlib.error,)
    isal_error = cast(type[Exception], isal_zlib.error)  # typed as an instance in its stubs
    return functools.partial(isal_zlib.decompressobj, -zlib.MAX_WBITS), isal_zlib.crc32, (zlib.error, isal_error)


_inflater, _crc32, _INFLATE_ERRORS = _deflate_library()
_CORRUPT: tuple[type[Exception], ...] = (zipfile.BadZipFile, EOFError, UnicodeDecodeError, *_INFLATE_ERRORS)
"""What reading a member raises when its data are damaged."""
_HEADER_DAMAGE: tuple[type[Exception], ...] = (zipfile.BadZipFile, UnicodeDecodeError)
"""What :meth:`SafeArchive._chunks` raises when a member's local header does not match the directory (a broken
deflate stream or data ending early are the other damage: :data:`_CORRUPT`)."""
_EOCD = b"PK\x05\x06"
_ZIP64_LOCATOR = b"PK\x06\x07"
_ZIP64_EOCD = b"PK\x06\x06"
_DRIVE = re.compile(r"^[A-Za-z]:")
_LOCAL_HEADER = 30
_LOCAL_SIGNATURE = b"PK\x03\x04"
_UTF8_NAME = 0x800
_UNSUPPORTED_FLAGS = 0x20 | 0x40  # compressed patched data, strong encryption (zipfile refuses them too)
_DOS_REPARSE_POINT = 0x400
_ALLOWED_COMPRESSION = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)


class PackageRefused(MessageError):
    """The package is not safe or not valid to read; ``reason`` is a short code, the message says why (as a
    message: a front end says it in the reader's language, ``str()`` in the command line's; pickled whole, as
    every :class:`~accredit.errors.AccreditError`)."""

    def __init__(self, package: str, reason: str, **params: str | int | Msg) -> None:
        self.package = package
        self.reason = reason
        self.params = params
        header = msg("review.refuse.header", package=package)
        super().__init__(joined([header, msg(f"review.refuse.{reason}", **params)], sep=""))


def name_problem(name: str, max_length: int = DEFAULT_LIMITS.max_name_length) -> str | None:
    """Why ``name`` is not a safe member name (a reason code), or None when it is."""
    if not name or len(name) > max_length or "\x00" in name:
        return "bad_name"
    if "\\" in name:
        return "backslash"
    if name.startswith("/") or _DRIVE.match(name):
        return "absolute"
    parts = name.rstrip("/").split("/")
    if any(p == ".." for p in parts):
        return "traversal"
    if any(p in ("", ".") for p in parts) or ":" in name:
        return "bad_name"
    return None


def member_key(name: str) -> str:
    """The name as Windows sees it: Unicode NFC and case folded (two members with one key collide)."""
    return unicodedata.normalize("NFC", name.rstrip("/")).casefold()


def _file_type(info: zipfile.ZipInfo) -> str | None:
    """'link' or 'special' for a member that is not a plain file or folder."""
    if info.create_system == 3:  # Unix: the mode is in the high bits
        mode = info.external_attr >> 16
        kind = stat.S_IFMT(mode)
        if stat.S_ISLNK(mode):
            return "link"
        if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
            return "special"
    elif info.external_attr & _DOS_REPARSE_POINT:
        return "link"
    return None


class SafeArchive:
    """A package whose central directory passed every check; read members through it only."""

    def __init__(self, path: Path, fh: BinaryIO, files: dict[str, zipfile.ZipInfo], limits: Limits) -> None:
        self.path = path
        self._fh = fh
        self._files = files
        self.limits = limits

    @classmethod
    @contextmanager
    def open(cls, path: Path, limits: Limits = DEFAULT_LIMITS) -> Iterator[SafeArchive]:
        """Open and check ``path``; raises :class:`PackageRefused` before reading any member."""
        label = path.name
        if not path.is_file():
            raise PackageRefused(label, "missing", path=str(path))
        if path.stat().st_size > limits.max_package_size:
            raise PackageRefused(label, "package_too_large", limit=_mb(limits.max_package_size))
        count = declared_entries(path)
        if count is None:
            raise PackageRefused(label, "not_zip")
        if count > limits.max_members:
            raise PackageRefused(label, "too_many", count=count, limit=limits.max_members)
        with path.open("rb") as fh:  # one handle: the directory checked is the one the members are read from
            try:
                zf = zipfile.ZipFile(fh)
            except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError) as exc:
                raise PackageRefused(label, "not_zip") from exc
            try:
                files = _check_directory(label, zf, limits)
                yield cls(path, fh, files, limits)
            finally:
                zf.close()

    def sha256(self) -> str:
        """'sha256:…' of the whole zip, read through the handle its members are read from (the file checked is
        the file hashed, and it is not opened again)."""
        from accredit.evidence.scan import sha256_stream

        self._fh.seek(0)
        return sha256_stream(self._fh)

    @property
    def names(self) -> list[str]:
        """Member files (folders left out), in the zip's order."""
        return list(self._files)

    def size(self, name: str) -> int:
        """Uncompressed size the member's header declares."""
        return self._files[name].file_size

    def stream(self, name: str, sink: Callable[[bytes], object], cap: int | None = None,
               chunk: int = CHUNK) -> tuple[str, int]:
        """Feed the member's bytes to ``sink`` in chunks of at most ``chunk`` bytes; returns ('sha256:…', size).

        Refuses a member that yields more bytes than its header declares or than ``cap``, and one
        whose data are corrupt (bad CRC, broken deflate stream, a local header that does not match).
        """
        info = self._files[name]
        limit = min(info.file_size, cap if cap is not None else self.limits.max_member_size)
        if info.file_size > limit:
            raise PackageRefused(self.path.name, "member_too_large", name=name, limit=_mb(limit))
        digest = hashlib.sha256()
        total = 0
        crc = 0
        chunks = self._chunks(info, chunk)
        while True:
            try:  # only reading the member is classified (the sink's own errors are its caller's)
                part = next(chunks, None)
            except _HEADER_DAMAGE as exc:  # the member's local header, or its name, is not the directory's
                raise PackageRefused(self.path.name, "corrupt", name=name,
                                     problem=msg("review.corrupt.header")) from exc
            except _CORRUPT as exc:
                raise PackageRefused(self.path.name, "corrupt", name=name, problem=msg("review.corrupt.data")) from exc
            if part is None:
                break
            total += len(part)
            if total > limit:
                raise PackageRefused(self.path.name, "size_mismatch", name=name, declared=info.file_size)
            digest.update(part)
            crc = _crc32(part, crc)
            sink(part)
        if crc != info.CRC:
            raise PackageRefused(self.path.name, "corrupt", name=name, problem=msg("review.corrupt.crc"))
        if total != info.file_size:
            raise PackageRefused(self.path.name, "size_mismatch", name=name, declared=info.file_size)
        return "sha256:" + digest.hexdigest(), total

    def _chunks(self, info: zipfile.ZipInfo, chunk: int) -> Iterator[bytes]:
        """The member's inflated bytes, at most ``chunk`` at a time, read straight from the file.

        zipfile's reader inflates 4 KB at a time through several Python layers, which made reading a
        package's members twice as slow as inflating them; the checks are zipfile's: the local header's
        signature, flags and name must match the central directory's entry.
        """
        fh = self._fh
        fh.seek(info.header_offset)
        header = fh.read(_LOCAL_HEADER)
        if len(header) != _LOCAL_HEADER or header[:4] != _LOCAL_SIGNATURE:
            raise zipfile.BadZipFile("Bad magic number for file header")
        flags, name_length, extra_length = struct.unpack("<H", header[6:8])[0], *struct.unpack("<HH", header[26:30])
        if info.flag_bits & _UNSUPPORTED_FLAGS:  # data this reader cannot inflate: said as damaged data
            raise EOFError("compressed patched data or strong encryption")
        raw_name = fh.read(name_length)
        found = raw_name.decode("utf-8") if flags & _UTF8_NAME else raw_name.decode("cp437")
        if found != info.orig_filename:
            raise zipfile.BadZipFile(f"File name in directory {info.orig_filename!r} and header {raw_name!r} differ.")
        fh.seek(extra_length, os.SEEK_CUR)
        inflater = _inflater() if info.compress_type == zipfile.ZIP_DEFLATED else None
        left = info.compress_size
        while left > 0:
            data = fh.read(min(max(chunk, CHUNK), left))
            if not data:
                raise EOFError("the member's data end before its compressed size")
            left -= len(data)
            if inflater is None:
                yield data
                continue
            while True:  # bounded output per call: a bomb never inflates past one chunk at a time
                out = inflater.decompress(data, chunk)
                data = inflater.unconsumed_tail
                if out:
                    yield out
                if inflater.eof or not out:  # the end, or all this input is used (output still held is asked
                    break  # for again, with b"", never taken unbounded by a flush)
            if inflater.eof:
                break

    def read(self, name: str, cap: int | None = None) -> bytes:
        """The member's bytes (at most ``cap``, default the JSON limit)."""
        return self.load(name, cap)[0]

    def load(self, name: str, cap: int | None = None) -> tuple[bytes, str, int]:
        """(bytes, 'sha256:…', size) of the member (at most ``cap``, default the JSON limit), inflated in one piece."""
        info = self._files[name]
        limit = min(info.file_size, cap if cap is not None else self.limits.max_json_size)
        parts: list[bytes] = []
        digest, size = self.stream(name, parts.append, limit, chunk=max(limit, 1))
        return (parts[0] if len(parts) == 1 else b"".join(parts)), digest, size

    def digest(self, name: str) -> tuple[str, int]:
        """('sha256:…', size) of the member, read with the member size cap."""
        return self.stream(name, lambda _chunk: None)

    def extract(self, name: str, dest: Path) -> Path:
        """Write one member below ``dest`` (never outside it, never over an existing file)."""
        root = dest.resolve()
        target = (root / PurePosixPath(name)).resolve()
        if not target.is_relative_to(root) or target == root:
            raise PackageRefused(self.path.name, "traversal", name=name)
        make_dirs(target.parent)
        if not target.parent.resolve().is_relative_to(root):
            raise PackageRefused(self.path.name, "traversal", name=name)
        try:
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o644)
        except FileExistsError as exc:  # never over a file already there
            raise PackageRefused(self.path.name, "exists", name=name, path=str(target)) from exc
        except OSError as exc:
            raise PackageRefused(self.path.name, "cannot_write", name=name, path=str(target),
                                 detail=exc.strerror or str(exc)) from exc
        try:
            with os.fdopen(fd, "wb") as fh:
                self.stream(name, fh.write)
        except BaseException:
            target.unlink(missing_ok=True)
            raise
        return target


def _check_directory(label: str, zf: zipfile.ZipFile, limits: Limits) -> dict[str, zipfile.ZipInfo]:
    """Every check on the central directory; returns the member files by name."""
    infos = zf.infolist()
    if len(infos) > limits.max_members:
        raise PackageRefused(label, "too_many", count=len(infos), limit=limits.max_members)
    files: dict[str, zipfile.ZipInfo] = {}
    seen: dict[str, str] = {}
    for info in infos:
        name = info.filename
        problem = name_problem(name, limits.max_name_length)
        if problem:
            raise PackageRefused(label, problem, name=name[:200])
        kind = _file_type(info)
        if kind:
            raise PackageRefused(label, kind, name=name)
        key = member_key(name)
        if key in seen:
            raise PackageRefused(label, "duplicate", name=name, other=seen[key])
        seen[key] = name
        if info.is_dir():
            if info.file_size:
                raise PackageRefused(label, "special", name=name)
            continue
        if info.flag_bits & 0x1:
            raise PackageRefused(label, "encrypted", name=name)
        if info.compress_type not in _ALLOWED_COMPRESSION:
            raise PackageRefused(label, "compression", name=name, method=info.compress_type)
        files[name] = info
    too_big = zip_problem(infos, limits.zip)  # the guard every zip goes through: sizes and ratio
    if too_big is not None:
        raise PackageRefused(label, too_big.reason, **({"name": too_big.name} if too_big.name else {}),
                             **too_big.params)
    _check_overlap(label, infos, zf)
    return files


def _check_overlap(label: str, infos: list[zipfile.ZipInfo], zf: zipfile.ZipFile) -> None:
    """Members must not share compressed data (the 'overlapping files' zip bomb)."""
    ordered = sorted(infos, key=lambda i: i.header_offset)
    directory_start = getattr(zf, "start_dir", None)
    for a, b in zip(ordered, [*ordered[1:], None], strict=True):
        end = a.header_offset + _LOCAL_HEADER + a.compress_size  # a lower bound of where its data end
        limit = b.header_offset if b is not None else directory_start
        if limit is not None and end > limit:
            raise PackageRefused(label, "overlap", name=a.filename)


def _mb(size: int) -> str:
    return mb(size)
