"""Automatic links after a scan: codes in names become links; files without one get suggestions.

Rules: a code in a file or folder name gives a ``code`` link (confirmed); a code or manual link
for a framework removes that file's unconfirmed suggestions for it (an explicit code always wins);
links the user removed stay removed (they are kept as rejected rows, so a re-scan does not bring
them back); confirmed suggestions are never replaced.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict, deque
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from pathlib import PurePosixPath

from accredit.evidence.clean import clean_text, first_line, repair_lost_letters, trich_yeu
from accredit.evidence.codes import CodeBinder, CodeMatcher
from accredit.evidence.hints import hints_for
from accredit.evidence.index import EvidenceIndex, LinkRow, Scratch
from accredit.evidence.match import DocQuery, FrameworkMatcher, Learned, Suggestion, terms
from accredit.evidence.metadata import HEAD_CHARS, read_header, strip_header
from accredit.evidence.records import default_title
from accredit.model.evidence import DocumentMeta, LinkOrigin
from accredit.model.framework import Framework

SIGNATURE_KEY = "map_signature"
PASSAGE_KEY = "passages:"  # + content hash → {framework: {standard: [passage, [words]]}}
MATCHER_VERSION = 3
MAP_CHUNK = 500
"""Contents mapped together: their links and headers are read in one query each (never the whole index's)."""


@dataclass(frozen=True)
class MapSettings:
    """How many criteria to suggest per file and framework, and the score (0–100) a suggestion must reach
    (absolute, and relative to the best criterion's)."""

    top_k: int = 3
    min_score: float = 2.0
    min_ratio: float = 0.2
    scopes: tuple[tuple[str, str], ...] = ()  # (folder, framework id): codes under folder link to it only


@dataclass(frozen=True)
class MapStats:
    """Link counts after mapping."""

    code_links: int
    suggestions: int
    suggested_files: int


def document_title(text: str, meta: DocumentMeta | None, path: str) -> str:
    """What a document says it is: the header's type and trích yếu, else a "V/v …" line, else a headline."""
    meta = meta if meta is not None else read_header(clean_text(text))  # not a related post's "Về việc …"
    if meta.title:
        return default_title(meta, path, [])
    subject = trich_yeu(text)  # on the cleaned lines: a related-posts list is not the subject
    if subject:
        return f"{meta.doc_type} về việc {subject}" if meta.doc_type else subject
    return first_line(strip_header(text, upper=False)) or ""  # not the motto a damaged header left


def document_query(
    text: str, path: str, meta: DocumentMeta | None = None, vocabulary: Mapping[str, int] | None = None
) -> DocQuery:
    """The matcher's query for a file: its title, its path (folders and name) and its text without header.

    ``vocabulary`` (folded syllables of the frameworks' wording) restores letters a PDF lost to '?'."""
    name = " ".join(PurePosixPath(path).with_suffix("").parts).replace("_", " ")
    if vocabulary is not None and "?" in text[:HEAD_CHARS]:
        # motto, số, date lines and site chrome go first: repaired, "Độc l?p" would read "hoc lap" and
        # "Trang ch?" "Trang che", and they would stay
        text = repair_lost_letters(clean_text(strip_header(text, upper=False)), vocabulary)
        meta = None
    return DocQuery.of(document_title(text, meta, path), name, strip_header(text), vocabulary)


def signature(
    frameworks: list[Framework],
    matcher: CodeMatcher,
    settings: MapSettings,
    learned: Mapping[str, Learned] | None = None,
) -> str:
    """Changes whenever the frameworks, their hints, the code patterns, the settings or what the workspace
    learned change (then all files are re-mapped)."""
    data = {
        "frameworks": sorted(f.content_hash for f in frameworks),
        "hints": sorted(f"{f.id}:{h.version}:{hash_hints(h)}" for f in frameworks if (h := hints_for(f.id))),
        "patterns": [p.pattern for p in matcher.patterns],
        "settings": asdict(settings),
        "learned": {k: v.digest() for k, v in sorted((learned or {}).items())},
        "matcher": MATCHER_VERSION,
    }
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()


def _code_targets(paths: list[str], matcher: CodeMatcher, binder: CodeBinder) -> dict[tuple[str, str], str]:
    """(framework id, requirement) → evidence code, for every code of one content's paths that binds
    to exactly one framework (ambiguous and unknown codes link to nothing); the codes are read once, not
    remembered (a scan's memory would grow with its folder)."""
    out: dict[tuple[str, str], str] = {}
    for binding in binder.in_paths(matcher, paths, remember=False):
        for target in binding.targets:
            out.setdefault(target, binding.code.text)
    return out


def map_links(
    index: EvidenceIndex,
    frameworks: list[Framework],
    matcher: CodeMatcher,
    touched: set[str],
    settings: MapSettings | None = None,
    prepared: Prepared | None = None,
) -> MapStats:
    """Update code links for every file and suggestions for ``touched`` contents (all, when the signature changed).

    ``prepared``: the suggestions a :class:`Prepared` worked out while the scan read the files; each is used
    only when it was made from what mapping sees now (same matchers, path and metadata), else made again."""
    settings = settings or MapSettings()
    fw_ids = {fw.id for fw in frameworks}
    binder = CodeBinder(frameworks, settings.scopes)
    learned = learn(index, fw_ids)
    sig = signature(frameworks, matcher, settings, learned)
    remap_all = index.get_meta(SIGNATURE_KEY) != sig
    matchers = prepared.matchers_for(learned) if prepared is not None else None
    if matchers is None:
        prepared = None  # made with other matchers: nothing of it is used
        matchers = _Matchers(frameworks, learned)

    order = index.hashes_by_first_path()
    with index.transaction():
        for start in range(0, len(order), MAP_CHUNK):  # the paths, links and headers of a few contents at a time
            chunk = order[start:start + MAP_CHUNK]
            holders: dict[str, list[str]] = defaultdict(list)
            for path, f in index.files_of(chunk).items():  # sorted by path
                holders[f.hash].append(path)
            existing: dict[str, dict[tuple[str, str, str], LinkRow]] = defaultdict(dict)
            for r in index.links_of(chunk, include_rejected=True):
                existing[r.hash][(r.hash, r.framework, r.requirement)] = r
            contents = index.contents_of([h for h in chunk if remap_all or h in touched])
            for h in chunk:
                paths = holders[h]
                desired = {(h, fid, req): text for (fid, req), text in _code_targets(paths, matcher, binder).items()}
                mine = existing.get(h, {})
                for key, row in mine.items():
                    if row.origin == LinkOrigin.CODE and key not in desired:
                        index.delete_links([key])
                for key, text in desired.items():
                    held = mine.get(key)
                    if held is None or (held.origin == LinkOrigin.SUGGESTED and not held.rejected):
                        index.put_link(LinkRow(h, key[1], key[2], LinkOrigin.CODE, None, True, text, False))
                    elif held.origin == LinkOrigin.MANUAL and not held.evidence_code:
                        index.put_link(LinkRow(h, key[1], key[2], held.origin, held.score, True, text, held.rejected))
                if not (remap_all or h in touched):
                    continue
                content = contents.get(h)
                meta = content.meta if content is not None else None
                ready = prepared.take(h, paths[0], meta) if prepared is not None else None
                _suggest(index, h, paths, content, mine, desired, matchers, fw_ids, settings, ready)
        index.set_meta(SIGNATURE_KEY, sig)

    counts = index.link_counts()  # of the contents a path holds, rejected links left out
    code, suggested = counts.get(LinkOrigin.CODE, (0, 0)), counts.get(LinkOrigin.SUGGESTED, (0, 0))
    return MapStats(code_links=code[0], suggestions=suggested[0], suggested_files=suggested[1])


class _Matchers:
    """The frameworks' matchers, built on first use, and the syllable vocabulary that repairs broken text."""

    def __init__(self, frameworks: list[Framework], learned: Mapping[str, Learned]) -> None:
        self._fw = {f.id: f for f in frameworks}
        self._learned = learned
        self._built: dict[str, FrameworkMatcher] = {}
        self._vocabulary: dict[str, int] | None = None

    def get(self, fw_id: str) -> FrameworkMatcher:
        """The matcher of one framework."""
        if fw_id not in self._built:
            self._built[fw_id] = FrameworkMatcher(self._fw[fw_id], learned=self._learned.get(fw_id))
        return self._built[fw_id]

    def vocabulary(self) -> dict[str, int]:
        """Folded syllables of every framework's wording and hints."""
        if self._vocabulary is None:
            vocab: dict[str, int] = {}
            for fid in sorted(self._fw):
                for w, n in self.get(fid).vocabulary().items():
                    vocab[w] = vocab.get(w, 0) + n
            self._vocabulary = vocab
        return self._vocabulary


Ready = dict[str, list[tuple[Suggestion, tuple[str, list[str]]]]]
"""A content's suggestions worked out ahead, by framework: each with its passage and matched words."""

QUEUE_LIMIT = 1000
"""Contents waiting for :meth:`Prepared.step`, at most: those committed while it is full are left to mapping
(which works out whatever was not prepared), so a scan whose workers outrun the steps, or a scan in one
process (which takes no step), holds no more of them."""
HELD = 64
"""Contents worked out ahead held in memory before they are written to the scratch database together."""


def _dump_ready(path: str, header: str, ready: Ready) -> bytes:
    """A content's prepared work as the scratch database keeps it (JSON: floats come back exactly)."""
    work = {fw: [[asdict(s), text, words] for s, (text, words) in found] for fw, found in ready.items()}
    return json.dumps([path, header, work], ensure_ascii=False).encode()


def _load_ready(raw: bytes) -> tuple[str, str, Ready]:
    path, header, work = json.loads(raw)
    ready: Ready = {fw: [(Suggestion(**s), (text, words)) for s, text, words in found] for fw, found in work.items()}
    return path, header, ready


class Prepared:
    """Suggestions worked out while a scan still reads files, in the time this process would wait for its
    workers (:class:`accredit.evidence.scan.Background`), so mapping after the scan has little left to do.

    Each content the scan commits is queued (up to :data:`QUEUE_LIMIT`) with the path it was read from and its
    header; a step makes its query and, for every framework its path carries no code of, the suggestions with
    their passages. What the steps worked out waits for mapping on disk, in a :class:`Scratch` database (a few
    KB a content: in memory, they would grow with the folder), until mapping takes it or :meth:`close`. The
    matchers are built with what the workspace learned as the index says when the first step runs; mapping
    uses this work only when it learned the same (:meth:`matchers_for`), and a content's only when its first
    path and header are those it was made from (:meth:`take`): the links are exactly those mapping alone
    would make.
    """

    def __init__(self, index: EvidenceIndex, frameworks: list[Framework], matcher: CodeMatcher,
                 settings: MapSettings) -> None:
        self.index, self.frameworks, self.matcher, self.settings = index, frameworks, matcher, settings
        self.fw_ids = {f.id for f in frameworks}
        self.binder: CodeBinder | None = None  # built on the first step (a scan that reads nothing needs none)
        self.queue: deque[tuple[str, str, DocumentMeta]] = deque()
        self.held: dict[str, bytes] = {}  # hash → work not yet written to the scratch database
        self.scratch: Scratch | None = None  # opened on the first write
        self.dropped = 0  # contents committed while the queue was full (mapping works them out)
        self.learned: dict[str, Learned] | None = None
        self.matchers: _Matchers | None = None

    def __enter__(self) -> Prepared:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def kept(self) -> int:
        """Contents worked out and not taken yet (held in memory or on disk)."""
        return len(self.held) + (len(self.scratch) if self.scratch is not None else 0)

    def committed(self, contents: list[tuple[str, str, DocumentMeta]]) -> None:
        """Contents (hash, path, header) whose text the index now holds: queued, while there is room."""
        room = max(0, QUEUE_LIMIT - len(self.queue))
        self.queue.extend(contents[:room])
        self.dropped += max(0, len(contents) - room)

    def step(self) -> bool:
        """Work out one queued content's suggestions; False when none is queued."""
        if not self.queue:
            return False
        h, path, meta = self.queue.popleft()
        matchers = self._matchers()
        if self.binder is None:
            self.binder = CodeBinder(self.frameworks, self.settings.scopes)
        coded = {fid for fid, _req in _code_targets([path], self.matcher, self.binder)}
        ready: Ready = {}
        wanted = sorted(self.fw_ids - coded)
        if wanted:
            query = document_query(self.index.text(h), path, meta, matchers.vocabulary())
            st = self.settings
            for fw_id in wanted:
                fm = matchers.get(fw_id)
                ready[fw_id] = [(s, fm.passage(query, s.requirement))
                                for s in fm.suggest(query, st.top_k, st.min_score, st.min_ratio)]
        self.held[h] = _dump_ready(path, meta.model_dump_json(exclude_none=True), ready)  # the header as stored
        if len(self.held) >= HELD:
            self._write()
        return True

    def _write(self) -> None:
        """Move the work held in memory to the scratch database."""
        if self.scratch is None:
            self.scratch = Scratch()
        self.scratch.put_many(self.held.items())
        self.held = {}

    def _matchers(self) -> _Matchers:
        if self.matchers is None:
            self.learned = learn(self.index, self.fw_ids)  # nothing linked yet: nothing (what a first scan sees)
            self.matchers = _Matchers(self.frameworks, self.learned)
        return self.matchers

    def matchers_for(self, learned: Mapping[str, Learned]) -> _Matchers | None:
        """The matchers the steps used, when they were built with ``learned`` (else None)."""
        return self.matchers if self.matchers is not None and self.learned == learned else None

    def take(self, h: str, path: str, meta: DocumentMeta | None) -> Ready | None:
        """The suggestions worked out for content ``h`` when made from ``path`` and ``meta`` (else None); taken
        either way (asked once per content)."""
        raw = self.held.pop(h, None)
        if raw is None and self.scratch is not None:
            raw = self.scratch.pop(h)
        if raw is None:
            return None
        made_from, header, ready = _load_ready(raw)
        if made_from != path or meta is None or header != meta.model_dump_json(exclude_none=True):
            return None
        return ready

    def close(self) -> None:
        """Drop the work not taken (and the scratch database with it)."""
        self.queue.clear()
        self.held = {}
        if self.scratch is not None:
            self.scratch.close()
            self.scratch = None


def learn(index: EvidenceIndex, fw_ids: set[str]) -> dict[str, Learned]:
    """What the office taught: the title terms of files it linked (by code, by hand, or by confirming a
    suggestion) count for that standard; a rejected suggestion takes its file's terms back (in the order of
    framework, standard and content: a take-back only removes what was counted before it)."""
    out: dict[str, Learned] = {}
    for r, path, meta in index.taught_links():  # streamed
        if r.framework not in fw_ids:
            continue
        sign = -1 if r.rejected else 1
        title = default_title(meta, path, []) if meta is not None and meta.title else ""
        name = PurePosixPath(path).stem.replace("_", " ")
        out.setdefault(r.framework, Learned()).add(r.requirement, terms(f"{title}\n{name}"), sign)
    return out


def read_passages(index: EvidenceIndex, hash_: str) -> dict[str, dict[str, tuple[str, list[str]]]]:
    """The stored passages of a content's suggestions: framework → standard → (passage, matched words)."""
    raw = index.get_meta(PASSAGE_KEY + hash_)
    if not raw:
        return {}
    try:
        data = json.loads(raw)
        return {fw: {req: (str(v[0]), [str(w) for w in v[1]]) for req, v in reqs.items()} for fw, reqs in data.items()}
    except (ValueError, TypeError, IndexError, AttributeError):
        return {}


def _suggest(
    index: EvidenceIndex,
    h: str,
    paths: list[str],
    content: object,
    mine: dict[tuple[str, str, str], LinkRow],
    desired: dict[tuple[str, str, str], str],
    matchers: _Matchers,
    fw_ids: set[str],
    settings: MapSettings,
    ready: Mapping[str, list[tuple[Suggestion, tuple[str, list[str]]]]] | None = None,
) -> None:
    """Replace a content's unconfirmed suggestions, framework by framework, with their passages (``ready``:
    those already worked out for the same query and matchers, by framework)."""
    explicit = {k[1] for k in desired} | {
        k[1] for k, r in mine.items() if not r.rejected and (r.origin == LinkOrigin.MANUAL or r.confirmed)
    }
    stale = [
        k for k, r in mine.items()
        if r.origin == LinkOrigin.SUGGESTED and not r.confirmed and not r.rejected and k not in desired
    ]
    index.delete_links(stale)
    meta = getattr(content, "meta", None)
    query: DocQuery | None = None
    passages: dict[str, dict[str, list[object]]] = {}
    for fw_id in sorted(fw_ids - explicit):
        fm = matchers.get(fw_id)
        found: list[tuple[Suggestion, tuple[str, list[str]] | None]] | None = None
        if ready is not None and fw_id in ready:
            found = list(ready[fw_id])
        if found is None:
            if query is None:
                query = document_query(index.text(h), paths[0], meta, matchers.vocabulary())
            found = [(s, None) for s in fm.suggest(query, settings.top_k, settings.min_score, settings.min_ratio)]
        for s, why in found:
            key = (h, fw_id, s.requirement)
            old = mine.get(key)
            if old is not None and (old.rejected or old.confirmed or old.origin != LinkOrigin.SUGGESTED):
                continue
            index.put_link(LinkRow(h, fw_id, s.requirement, LinkOrigin.SUGGESTED, s.score, False, None, False))
            text, words = why if why is not None else fm.passage(query, s.requirement)  # type: ignore[arg-type]
            if text:
                passages.setdefault(fw_id, {})[s.requirement] = [text, words]
    if passages or index.get_meta(PASSAGE_KEY + h):
        index.set_meta(PASSAGE_KEY + h, json.dumps(passages, ensure_ascii=False, sort_keys=True))


def hash_hints(hints: object) -> str:
    """A short digest of a hints file's content."""
    dump = hints.model_dump_json() if hasattr(hints, "model_dump_json") else str(hints)
    return hashlib.sha256(dump.encode()).hexdigest()[:16]
