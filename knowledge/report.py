"""`humasbot facts report`: a static HTML site of the knowledge, for reviewing drafts and for
seeing where an answer comes from.

index.html lists the awards, their editions and results (drafts marked); sources/<id>.html
shows one article with every fact's evidence highlighted in its text and, beside it, the facts
drawn from it. Everything shown is escaped; the pages load nothing from elsewhere.
"""

from __future__ import annotations

import html
import itertools
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from knowledge import models as m
from knowledge.base import KnowledgeBase
from knowledge.loader import walk_facts

KIND_LABELS = {
    m.AwardDecl: "penghargaan", m.Abbreviation: "singkatan", m.Statement: "keterangan",
    m.Organiser: "penyelenggara", m.OrganisationDecl: "organisasi", m.PersonDecl: "orang",
    m.EditionDecl: "edisi", m.EditionNumber: "nomor edisi", m.Theme: "tema", m.Event: "acara",
    m.ResultDecl: "hasil", m.Representative: "penerima/hadir", m.Quote: "kutipan ucapan",
    m.Note: "catatan",
}
STYLE = """
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#222;background:#fafafa}
header{background:#1f4e79;color:#fff;padding:.6em 1.2em}header a{color:#fff}
main{display:flex;gap:1.5em;padding:1em 1.2em;align-items:flex-start}
.article{flex:3;white-space:pre-wrap;background:#fff;padding:1em;border:1px solid #ddd}
aside{flex:2;max-height:90vh;overflow:auto}
mark.ev{background:#ffe58a;padding:0 1px}mark.ev.draft{background:#ffc9c9}
mark:target{outline:2px solid #1f4e79}
.fact{background:#fff;border:1px solid #ddd;border-left:4px solid #4a8;margin:0 0 .6em;
padding:.4em .6em;list-style:none}.fact.draft{border-left-color:#d55}
.badge{background:#d55;color:#fff;border-radius:3px;padding:0 .4em;font-size:.8em}
dl{margin:.2em 0;display:grid;grid-template-columns:max-content 1fr;gap:0 .6em}dt{color:#666}
dd{margin:0}table{border-collapse:collapse;background:#fff}td,th{border:1px solid #ddd;
padding:.2em .5em;text-align:left}section{padding:0 1.2em}tr.draft td{background:#fff0f0}
"""
SCRIPT = """
window.addEventListener("error", function () {
  document.body.dataset.errors = String(Number(document.body.dataset.errors || 0) + 1);
});
document.addEventListener("DOMContentLoaded", function () {
  document.body.dataset.marks = String(document.querySelectorAll("mark.ev").length);
  document.body.dataset.loaded = "yes";
});
"""
CSP = ("default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
       "img-src data:")


@dataclass
class Shown:
    """A fact as the report shows it."""

    key: str  # f1, f2 … (the id of its entry)
    fact: m.Fact
    draft: bool
    where: str  # file:line, for drafts


def write_report(kb: KnowledgeBase, folder: Path) -> Path:
    """Write the site into `folder`; returns the index page."""
    (folder / "sources").mkdir(parents=True, exist_ok=True)
    facts = _facts(kb)
    by_source: dict[str, list[Shown]] = defaultdict(list)
    for shown in facts:
        by_source[shown.fact.source_id or ""].append(shown)
    names = _names(kb, facts)
    for source in kb.sources.values():
        page = _source_page(source, by_source.get(source.id, []), names)
        (folder / "sources" / f"{source.id}.html").write_text(page, encoding="utf-8")
    index = folder / "index.html"
    index.write_text(_index_page(kb, facts, names), encoding="utf-8")
    return index


def _facts(kb: KnowledgeBase) -> list[Shown]:
    served: list[m.Fact] = []
    for decls in (kb.awards.values(), kb.organisations.values(), kb.people.values(),
                  kb.editions.values(), kb.results, kb.representatives, kb.quotes, kb.notes):
        for decl in decls:
            served += [fact for _, fact in walk_facts(decl)]
    shown = [Shown("", fact, False, "") for fact in served]
    seen = {id(fact) for fact in served}
    for item in kb.under_review:
        for _, fact in walk_facts(item.fact):
            if id(fact) not in seen:
                seen.add(id(fact))
                shown.append(Shown("", fact, fact.review, f"{item.file}:{item.line}"))
    for number, entry in enumerate(shown, 1):
        entry.key = f"f{number}"
    return shown


def _names(kb: KnowledgeBase, facts: list[Shown]) -> dict[str, str]:
    names = {i: d.name for i, d in kb.awards.items()}
    names.update({i: d.name for i, d in kb.organisations.items()})
    names.update({i: p.name or p.role for i, p in kb.people.items()})
    for item in facts:
        fact = item.fact
        if isinstance(fact, m.AwardDecl | m.OrganisationDecl):
            names.setdefault(fact.id, fact.name)
        elif isinstance(fact, m.PersonDecl):
            names.setdefault(fact.id, fact.name or fact.role)
    return names


def _e(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _page(title: str, body: str, up: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="id"><head><meta charset="utf-8">'
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
            f"<title>{_e(title)}</title><style>{STYLE}</style><script>{SCRIPT}</script>"
            f'</head><body><header><a href="{up}index.html">humasbot — laporan fakta</a> · '
            f"{_e(title)}</header>{body}</body></html>\n")


def _values(fact: m.Fact, names: dict[str, str]) -> list[tuple[str, str]]:
    """The fact's own values (not its evidence, nor the facts inside it), ids named."""
    values = []
    for field, value in fact:
        if field in ("evidence", "source", "review") or value in (None, (), False) or isinstance(
                value, m.Fact) or (isinstance(value, tuple) and value and isinstance(
                value[0], m.Fact)):
            continue
        if isinstance(value, tuple):
            value = ", ".join(names.get(str(v), str(v)) for v in value)
        elif field in ("award", "organisation", "person", "speaker", "parent"):
            value = f"{names.get(value, value)} ({value})"
        values.append((field, str(value)))
    return values


def _spans(text: str, excerpt: str) -> tuple[int, int] | None:
    """Where `excerpt` stands in `text`, case and runs of white space ignored."""
    words = excerpt.split()
    if not words:
        return None
    pattern = r"\s+".join(re.escape(w) for w in words)
    match = re.search(pattern, text, re.IGNORECASE)
    return match.span() if match else None


def _source_page(source: Any, facts: list[Shown], names: dict[str, str]) -> str:
    text = source.text
    covering: list[tuple[int, int, Shown]] = []
    for item in facts:
        for excerpt in item.fact.evidence:
            span = _spans(text, excerpt)
            if span:
                covering.append((*span, item))
    cuts = sorted({0, len(text), *(s for s, _, _ in covering), *(e for _, e, _ in covering)})
    first_mark: dict[str, str] = {}
    parts = []
    for number, (start, end) in enumerate(itertools.pairwise(cuts)):
        here = [item for s, e, item in covering if s <= start and end <= e]
        chunk = _e(text[start:end])
        if not here:
            parts.append(chunk)
            continue
        mark = f"m{number}"
        for item in here:
            first_mark.setdefault(item.key, mark)
        draft = " draft" if all(item.draft for item in here) else ""
        keys = " ".join(item.key for item in here)
        label = "; ".join(KIND_LABELS.get(type(i.fact), "fakta") for i in here)
        parts.append(f'<mark id="{mark}" class="ev{draft}" data-facts="{keys}" '
                     f'title="{_e(label)}">{chunk}</mark>')
    entries = []
    for item in facts:
        kind = KIND_LABELS.get(type(item.fact), "fakta")
        badge = ' <span class="badge">draf: perlu ditinjau</span>' if item.draft else ""
        link = f'<a href="#{first_mark[item.key]}">{_e(kind)}</a>' if (
            item.key in first_mark) else _e(kind)
        rows = "".join(f"<dt>{_e(k)}</dt><dd>{_e(v)}</dd>" for k, v in _values(item.fact, names))
        where = f"<dt>berkas</dt><dd>{_e(item.where)}</dd>" if item.where else ""
        entries.append(f'<li id="{item.key}" class="fact{" draft" if item.draft else ""}">'
                       f"{link}{badge}<dl>{rows}{where}</dl></li>")
    meta = " · ".join(_e(x) for x in (source.publisher, source.date) if x)
    body = (f'<section><h1>{_e(source.title)}</h1><p>{meta} · id <code>{_e(source.id)}</code> · '
            f"{len(facts)} fakta, {sum(i.draft for i in facts)} draf</p></section>"
            f'<main><div class="article">{"".join(parts)}</div>'
            f'<aside><ul style="padding:0">{"".join(entries)}</ul></aside></main>')
    return _page(source.title, body, "../")


def _index_page(kb: KnowledgeBase, facts: list[Shown], names: dict[str, str]) -> str:
    editions: dict[str, tuple[m.EditionDecl, bool]] = {}
    results: dict[str, list[Shown]] = defaultdict(list)
    for item in facts:
        if isinstance(item.fact, m.EditionDecl):
            editions[item.fact.id] = (item.fact, item.draft)
        elif isinstance(item.fact, m.ResultDecl):
            results[item.fact.edition_id or ""].append(item)
    sections = []
    for edition_id, (edition, draft) in sorted(editions.items()):
        event = edition.events[0] if edition.events else None
        when = ", ".join(str(x) for x in (event.weekday, event.date) if x) if event else ""
        where = ("virtual" if event and event.virtual else ", ".join(
            x for x in (event.venue, event.city, event.province) if x)) if event else ""
        rows = []
        for item in results.get(edition_id, []):
            r: m.ResultDecl = item.fact  # type: ignore[assignment]
            link = f"sources/{r.source_id}.html#{item.key}"
            rows.append(
                f'<tr class="{"draft" if item.draft else ""}"><td>{_e(r.rank_label or "-")}</td>'
                f"<td>{'pemenang' if r.status == 'winner' else 'nominasi'}</td>"
                f"<td>{_e(r.category or '-')}</td><td>{_e(r.group or '-')}</td>"
                f"<td>{_e(names.get(r.organisation, r.organisation))}</td>"
                f'<td><a href="{_e(link)}">sumber</a>{" (draf)" if item.draft else ""}</td></tr>')
        table = ("<table><tr><th>peringkat</th><th>status</th><th>kategori</th><th>kelompok</th>"
                 f"<th>organisasi</th><th></th></tr>{''.join(rows)}</table>") if rows else ""
        badge = ' <span class="badge">draf</span>' if draft else ""
        theme = f"<p>Tema: “{_e(edition.theme.text)}”</p>" if edition.theme else ""
        sections.append(
            f"<h3>{_e(names.get(edition.award, edition.award))} {edition.year}{badge}</h3>"
            f"<p>{_e(when or 'tanggal tidak disebut')} · {_e(where or 'tempat tidak disebut')}"
            f"</p>{theme}{table}")
    sources = "".join(
        f'<li><a href="sources/{_e(s.id)}.html">{_e(s.title)}</a> — '
        f"{_e(s.publisher or 'penerbit tidak disebut')}, {_e(s.date or '')}</li>"
        for s in kb.sources.values())
    drafts = len(kb.under_review)
    body = (f"<section><h1>Penghargaan, edisi dan hasil</h1>"
            f"<p>{len(editions)} edisi · {drafts} fakta draf menunggu tinjauan</p>"
            f"{''.join(sections)}<h2>Artikel sumber</h2><ul>{sources}</ul></section>")
    return _page("Penghargaan, edisi dan hasil", body, "")
