"""Evidence codes assigned on confirmation: a confirmed file without a code gets the next one.

Two schemes, as Vietnamese QA offices number their hộp minh chứng:

- ``h-box`` — ``[Hn.ab.cd.ef]``: hộp *n* (one box per criterion by default), tiêu chí *ab*, tiêu
  chuẩn *cd*, minh chứng *ef* (two digits each). The default for the accreditation frameworks
  (kiểm định chất lượng, TT 14/2024 and TT 15/2017).
- ``mc`` — ``MC.x.y.zz``: criterion, standard, evidence number. The default for the others
  (TT 35/2021, TT 38/2026); a standard code that is not numeric (``CS01``) gives ``MC.CS01.zz``.

``[evidence] assign_scheme`` in ``accredit.toml`` chooses: ``auto`` (the defaults above),
``h-box``, ``mc`` or ``none`` (assign nothing). Assigned codes are recorded on the link in the
index; the original file is never renamed. A link that has a code, or whose file carries a code
for that standard in its name or folder, keeps it: an explicit code always wins. Numbers continue
after the highest one already used for the standard (in names, folders or earlier assignments).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from accredit.evidence.codes import CodeMatcher, code_key
from accredit.evidence.index import EvidenceIndex, LinkRow
from accredit.evidence.text import folded_key
from accredit.model.framework import Framework

SCHEMES = ("auto", "h-box", "mc", "none")
_ITEM = re.compile(r"(\d{1,3})\]?$")


def scheme_for(framework: Framework, setting: str = "auto") -> str:
    """The scheme a framework's new codes use: the setting, or by default h-box for accreditation."""
    if setting != "auto":
        return setting
    text = folded_key(f"{framework.regulation.title} {framework.title}")
    return "h-box" if "kiem dinh" in text else "mc"


def format_code(framework: Framework, requirement: str, item: int, scheme: str) -> str:
    """The code of evidence number ``item`` of a standard in a scheme (h-box falls back to mc for
    standards whose code is not ``criterion.standard`` numbers)."""
    crit = framework.criterion_of(requirement).code
    parts = requirement.split(".")
    numeric = len(parts) == 2 and all(p.isdigit() for p in parts) and crit.isdigit()
    if scheme == "h-box" and numeric:
        c, s = int(parts[0]), int(parts[1])
        return f"H{int(crit)}.{c:02d}.{s:02d}.{item:02d}"
    if numeric:
        return f"MC.{int(parts[0])}.{int(parts[1])}.{item:02d}"
    return f"MC.{requirement}.{item:02d}"


def item_of(code: str) -> int | None:
    """The evidence number at the end of a code (``H1.02.03.07`` → 7), if any."""
    m = _ITEM.search(code.strip())
    return int(m.group(1)) if m else None


def assign_codes(
    index: EvidenceIndex,
    frameworks: list[Framework],
    matcher: CodeMatcher,
    keys: Iterable[tuple[str, str, str]],
    setting: str = "auto",
) -> list[LinkRow]:
    """Give each confirmed link in ``keys`` (hash, framework, standard) whose file has no code the next
    code of its standard; returns the links that got one. Never touches a link that has a code.

    Only the standards concerned are read: their links, and the names and folders of the files linked
    to them (the numbers used so far), so confirming one file costs the same in any size of index.
    """
    wanted = sorted(set(keys))
    fws = {f.id: f for f in frameworks}
    rows = {(r.hash, r.framework, r.requirement): r for r in index.links_of({h for h, _, _ in wanted})}
    standards = {(fw, req): index.links_to(fw, req) for _, fw, req in wanted}
    files = index.files_of({h for h, _, _ in wanted} | {r.hash for found in standards.values() for r in found})
    paths: dict[str, list[str]] = defaultdict(list)
    for p in sorted(files):
        paths[files[p].hash].append(p)
    used: dict[tuple[str, str], int] = defaultdict(int)  # (framework, standard) → highest evidence number
    named: set[tuple[str, str]] = set()  # (hash, standard) a file's name or folder codes
    for h in {h for h, _, _ in wanted}:
        for p in paths.get(h, []):
            for c in matcher.in_path(p):
                named.add((h, str(code_key(c.requirement))))
    for (fw, req), found in standards.items():
        same = code_key(req)
        for r in found:
            codes = [r.evidence_code] if r.evidence_code else []
            codes += [c.text for p in paths.get(r.hash, []) for c in matcher.in_path(p)
                      if code_key(c.requirement) == same]
            for code in codes:
                n = item_of(code)
                if n is not None:
                    used[(fw, req)] = max(used[(fw, req)], n)
    out: list[LinkRow] = []
    for key in wanted:
        row = rows.get(key)
        h, fw_id, req = key
        framework = fws.get(fw_id)
        if row is None or framework is None or not row.confirmed or row.rejected or row.evidence_code:
            continue
        scheme = scheme_for(framework, setting)
        if scheme == "none" or (h, str(code_key(req))) in named:
            continue  # the name carries a code for this standard: that one stands
        used[(fw_id, req)] += 1
        code = format_code(framework, req, used[(fw_id, req)], scheme)
        new = LinkRow(h, fw_id, req, row.origin, row.score, True, code, False)
        index.put_link(new)
        out.append(new)
    return out
