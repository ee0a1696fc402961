"""Draft the evidence hints of every framework from its standards' wording and the editorial lexicon.

Usage: ``python scripts/draft_hints.py [--check]``. For each standard, the lexicon entries whose
triggers occur in its wording (earliest first) give its typical documents and activity words; a
standard no entry fits takes its criterion's. A phrase that lands on many standards across several
criteria is generic: it stays on the standards of the criterion holding most of them, or at criterion
level only when none does. Triggers are matched as whole words; a framework's ``asides`` name, per
standard, triggers that are an aside in its wording rather than its subject. Files already in
``criteria/hints`` get a new ``version`` when their content changes; hand-written hints per framework
(``MANUAL`` in the lexicon) come first, and a standard's ``requirements_extra`` words follow its
drafted ones. The output is the curated data the matcher reads. ``--check`` reports standards
without hints and exits 1 when there are any.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from collections.abc import Collection
from functools import cache
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hint_lexicon import LEXICON, MANUAL

from accredit.catalog.registry import criteria_root, load_catalog
from accredit.evidence.hints import HintFile, hints_path
from accredit.evidence.text import folded_key
from accredit.model.framework import Framework

MAX_DOCS = 10
MAX_ACTS = 10
MAX_CRIT = 14
MAX_ENTRIES = 3  # a standard states its subject first: later mentions ("… chính sách tuyển dụng") are asides
GENERIC_STANDARDS = 4  # a phrase on more standards than this, in 3+ criteria, is generic
NOTE = (
    "Minh chứng gợi ý: biên tập từ nội dung từng tiêu chuẩn và thực tiễn tự đánh giá của các cơ sở GDNN; "
    "không phải văn bản quy phạm. Phiên bản tăng khi nội dung thay đổi."
)


def _matches(text: str, asides: Collection[str] = ()) -> list[tuple[int, int]]:
    """(position, entry index) of the lexicon entries whose triggers occur in ``text`` (folded) as whole
    words ("tap chi" is not in "học tập chính thức"); ``asides`` are triggers that, in this text, are
    an aside rather than its subject ("khu học tập và nghiên cứu khoa học" in a facilities standard)."""
    key = folded_key(text)
    found = []
    for i, (triggers, _, _) in enumerate(LEXICON):
        pos = [m.start() for t in triggers if t not in asides and (m := _word(t).search(key))]
        if pos:
            found.append((min(pos), i))
    return sorted(found)


@cache
def _word(trigger: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(trigger)}(?!\w)")


def _take(items: list[str], limit: int) -> list[str]:
    out: list[str] = []
    seen: set[str] = set()
    for x in items:
        k = folded_key(x)
        if k not in seen:
            seen.add(k)
            out.append(x)
        if len(out) >= limit:
            break
    return out


def draft(fw: Framework, manual: dict) -> dict:
    """The hints file content for one framework."""
    reqs: dict[str, dict[str, list[str]]] = {}
    for crit in fw.criteria:
        for r in crit.requirements:
            docs: list[str] = []
            acts: list[str] = []
            wording = " ".join(x for x in (r.title, r.text) if x)
            for _, i in _matches(wording, manual.get("asides", {}).get(r.code, ()))[:MAX_ENTRIES]:
                docs += LEXICON[i][1]
                acts += LEXICON[i][2]
            if not docs:
                for _, i in _matches(crit.title):
                    docs += LEXICON[i][1]
                    acts += LEXICON[i][2]
            reqs[r.code] = {"documents": docs, "activities": acts}
    # generic phrases: on many standards in several criteria. Where most of them sit in one criterion the
    # phrase stays on that criterion's standards; otherwise it is noise and goes (criterion level keeps it).
    where: dict[str, Counter[str]] = defaultdict(Counter)
    for code, h in reqs.items():
        for p in {folded_key(x) for x in h["documents"] + h["activities"]}:
            where[p][fw.criterion_of(code).code] += 1
    home: dict[str, str | None] = {}
    for p, crits in where.items():
        n = sum(crits.values())
        if n > GENERIC_STANDARDS and len(crits) >= 3:
            top, k = crits.most_common(1)[0]
            home[p] = top if k * 2 >= n else None

    def keep(p: str, code: str) -> bool:
        key = folded_key(p)
        return key not in home or home[key] == fw.criterion_of(code).code

    out_reqs: dict[str, dict[str, list[str]]] = {}
    for code, h in reqs.items():
        m = manual.get("requirements", {}).get(code, {})
        docs = [*m.get("documents", []), *[x for x in h["documents"] if keep(x, code)]]
        acts = [*m.get("activities", []), *[x for x in h["activities"] if keep(x, code)]]
        if not docs and not acts:  # everything was generic: keep the first few
            docs, acts = h["documents"][:3], h["activities"][:2]
        extra = list(manual.get("requirements_extra", {}).get(code, []))
        acts = [*_take(acts, MAX_ACTS), *extra]
        out_reqs[code] = {"documents": _take(docs, MAX_DOCS), "activities": _take(acts, MAX_ACTS + len(extra))}
    out_crit: dict[str, dict[str, list[str]]] = {}
    for crit in fw.criteria:
        m = manual.get("criteria", {}).get(crit.code, {})
        docs = list(m.get("documents", []))
        acts = list(m.get("activities", []))
        for _, i in _matches(crit.title):
            docs += LEXICON[i][1][:3]
            acts += LEXICON[i][2][:3]
        for r in crit.requirements:
            docs += out_reqs[r.code]["documents"][:2]
            acts += out_reqs[r.code]["activities"][:2]
        extra = list(manual.get("criteria_extra", {}).get(crit.code, []))
        out_crit[crit.code] = {
            "documents": _take(docs, MAX_CRIT),
            "activities": _take([*acts[: len(m.get("activities", []))], *extra, *acts], MAX_CRIT + len(extra)),
        }
    return {"criteria": out_crit, "requirements": out_reqs}


def main(argv: list[str]) -> int:
    """Write (or with ``--check``, only check) the hints of every framework."""
    catalog = load_catalog(criteria_root())
    bad = 0
    for fid, fw in sorted(catalog.frameworks.items()):
        if fid in catalog.newer_versions.values():
            continue  # a newer version of the same standards keeps the hints of the version it replaced
        path = hints_path(fid)
        old = yaml.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else {}
        version = int((old or {}).get("version", 0))
        body = draft(fw, MANUAL.get(fid, {}))
        data = {"framework": fid, "version": max(version, 1), "note": NOTE, **body}
        def content(d: dict) -> dict:
            return {k: v for k, v in d.items() if k != "version"}

        same = content(old or {}) == content(data)
        if old and not same:
            data["version"] = version + 1
        problems = HintFile.model_validate(data).problems(fw)
        bad += len(problems)
        for p in problems:
            print(f"{fid}: {p}")
        if "--check" in argv:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=110), encoding="utf-8")
        print(f"{path}: {len(body['requirements'])} standards, version {data['version']}")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
