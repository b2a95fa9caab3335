"""Synthetic knowledge for the benchmarks: fact files, their source articles, and questions.

    uv run python benchmarks/synth.py --editions 10000 --out benchmarks/out/synth-10000

writes
    OUT/facts/entities/{awards,organisations,people}.{yaml,txt}   shared declarations
    OUT/facts/editions/<award>/<award>-<year>.{yaml,txt}         one file + article per edition
    OUT/questions.yaml   a question set in the format of bot/evaluation.py (`humasbot eval`)
    OUT/manifest.json    the parameters, the counts and the generator's fingerprint

and checks that `load_knowledge(OUT/facts)` accepts it (timed; `--no-check` skips that).
Every fact's evidence is an exact sentence of its article, as the loader demands. The question
set stays beside the facts, not inside them: the loader reads every *.yaml under the folder.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import shutil
import sys
import time
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

from synth_questions import make_questions  # noqa: E402
from synth_world import Edition, World, build_world  # noqa: E402

PUBLISHERS = ("Warta Humas Nusantara", "Kabar Daerah Online", "Harian Informasi Publik",
              "Portal Berita Pemerintahan", "Suara Kehumasan")
DISCLAIMER = "Artikel ini dibuat oleh generator data sintetis humasbot untuk uji kinerja."
GENERATOR_FILES = ("synth.py", "synth_world.py", "synth_words.py", "synth_questions.py",
                   "wilayah.py")


def fingerprint() -> str:
    """Changes whenever the generator's code or word lists change (cached sets regenerate)."""
    digest = hashlib.sha256()
    for name in GENERATOR_FILES:
        digest.update((HERE / name).read_bytes())
    return digest.hexdigest()[:16]


def default_questions(editions: int) -> int:
    return min(2000, max(500, editions))


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    """Plain block YAML as people write it: no &anchors for values used twice."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def dump(path: Path, data: dict[str, Any], header: str = "") -> None:
    text = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)
    path.write_text(header + text, encoding="utf-8")


def article(title: str, paragraphs: list[list[str]]) -> str:
    body = "\n\n".join(" ".join(sentences) for sentences in paragraphs if sentences)
    return f"{title}\n\n{body}\n\n{DISCLAIMER}\n"


def source(ident: str, title: str, file: str, date: Any, rng: random.Random) -> dict[str, Any]:
    return {"id": ident, "title": title, "publisher": rng.choice(PUBLISHERS), "date": date,
            "date_kind": "event", "file": file}


def write_entities(world: World, folder: Path, rng: random.Random) -> None:
    folder.mkdir(parents=True)
    date = max(e.date for e in world.editions) if world.editions else None
    awards, lines = [], []
    for award in world.awards:
        named = f"{award.name} ({award.abbr})"
        lines.append(f"{named} adalah penghargaan kehumasan yang diselenggarakan oleh "
                     f"{world.orgs[award.organiser].name} sejak {award.years[0]}.")
        awards.append({"id": award.id, "name": award.name, "aliases": [award.abbr],
                       "evidence": named,
                       "abbreviations": [{"short": award.abbr, "long": award.name,
                                          "evidence": named}]})
    title = "Daftar Penghargaan Kehumasan Pemerintah"
    _write_entity_file(folder, "awards", title, lines, {"awards": awards}, date, rng)

    organisations, lines = [], []
    for org in world.orgs.values():
        lines.append(f"{org.name} ({', '.join(org.aliases)})"
                     + (f" berada di Provinsi {org.province}." if org.province else "."))
        organisations.append({"id": org.id, "name": org.name, "kind": org.kind,
                              "aliases": org.aliases, "evidence": org.name})
    title = "Daftar Instansi Pemerintah Peserta Penghargaan Kehumasan"
    _write_entity_file(folder, "organisations", title, lines,
                       {"organisations": organisations}, date, rng)

    people, lines = [], []
    for person in world.people.values():
        org = world.orgs[person.org]
        said = f"{person.role} {org.role_place}, {person.name}"
        lines.append(f"{said}, menjadi narahubung penghargaan kehumasan.")
        people.append({"id": person.id, "name": person.name, "role": person.role,
                       "role_aliases": list(person.role_aliases), "organisation": org.id,
                       "evidence": said})
    title = "Daftar Pejabat Kehumasan Pemerintah Daerah"
    _write_entity_file(folder, "people", title, lines, {"people": people}, date, rng)


def _write_entity_file(folder: Path, stem: str, title: str, lines: list[str],
                       facts: dict[str, Any], date: Any, rng: random.Random) -> None:
    ident = f"synth-{stem}"
    (folder / f"{stem}.txt").write_text(f"{title}\n\n" + "\n".join(lines) + f"\n\n{DISCLAIMER}\n",
                                        encoding="utf-8")
    doc = {"source": ident, "sources": [source(ident, title, f"{stem}.txt", date, rng)], **facts}
    dump(folder / f"{stem}.yaml", doc, "# Data sintetis untuk benchmark (benchmarks/synth.py).\n")


def write_edition(world: World, edition: Edition, folder: Path, rng: random.Random) -> None:
    award, year, date = edition.award, edition.year, edition.date
    organiser = world.orgs[award.organiser].name
    intro = (f"{award.name} ({award.abbr}) {year} kembali digelar untuk mengapresiasi kinerja "
             "kehumasan instansi pemerintah.")
    number = f"Tahun ini merupakan penyelenggaraan {award.abbr} ke-{edition.number}."
    organised = f"{award.abbr} {year} diselenggarakan oleh {organiser}."
    theme = f"{award.abbr} {year} mengangkat tema “{edition.theme}”."
    when = f"{edition.weekday} ({date.day}/{date.month}/{date.year})"
    event: dict[str, Any] = {"name": edition.event_name, "date": date, "weekday": edition.weekday}
    if edition.virtual:
        event_sentence = (f"Pemenang diumumkan dalam {edition.event_name} secara virtual, "
                          f"{when} {edition.time_of_day}.")
        event = {"kind": "announcement", **event, "time_of_day": edition.time_of_day,
                 "virtual": True}
    else:
        event_sentence = (f"Penghargaan diserahkan pada {edition.event_name} di {edition.venue}, "
                          f"{edition.province}, {when}.")
        event = {"kind": "ceremony", **event, "venue": edition.venue, "city": edition.city,
                 "province": edition.province}
    event["evidence"] = event_sentence
    group = f" kelompok {award.group}" if award.group else ""
    results, result_paragraphs = [], []
    for category in award.categories:
        sentences = []
        for result in (r for r in edition.results if r.category == category):
            org = world.orgs[result.org]
            fact: dict[str, Any] = {"organisation": org.id}
            if result.status == "winner":
                sentence = rng.choice((
                    f"{result.label} kategori {category}{group} diraih {org.name}.",
                    f"{org.name} meraih {result.label} kategori {category}{group}."))
                fact |= {"status": "winner", "rank": result.rank, "rank_label": result.label}
            else:
                sentence = f"{org.name} masuk {result.detail} kategori {category}{group}."
                fact |= {"status": "nominee", "status_detail": result.detail}
            fact["category"] = category
            if award.group:
                fact["group"] = award.group
            fact["evidence"] = sentence
            sentences.append(sentence)
            results.append(fact)
        result_paragraphs.append(sentences)
    representatives, received = [], []
    if edition.representative:
        person = world.people[edition.representative[0]]
        org = world.orgs[edition.representative[1]]
        sentence = (f"Penghargaan untuk {org.name} diterima langsung oleh {person.role} "
                    f"{org.role_place}, {person.name}.")
        received.append(sentence)
        representatives.append({"person": person.id, "organisation": org.id,
                                "action": "received", "evidence": sentence})
    first = edition.results[0]
    title = f"{world.orgs[first.org].name} Raih {first.label} {award.name} {year}"
    text = article(title, [[intro, number, organised, theme], [event_sentence],
                           *result_paragraphs, received])
    ident = f"{edition.id}-artikel"
    doc: dict[str, Any] = {
        "source": ident,
        "sources": [source(ident, title, f"{edition.id}.txt", date, rng)],
        "edition": {"award": award.id, "year": year, "evidence": intro,
                    "number": {"number": edition.number, "label": f"ke-{edition.number}",
                               "evidence": number},
                    "theme": {"text": edition.theme, "evidence": theme},
                    "organiser": {"organisation": award.organiser, "evidence": organised},
                    "events": [event]},
        "results": results,
    }
    if representatives:
        doc["representatives"] = representatives
    (folder / f"{edition.id}.txt").write_text(text, encoding="utf-8")
    dump(folder / f"{edition.id}.yaml", doc)


def generate(editions: int, out: Path, seed: int = 1, questions: int | None = None) -> dict:
    """Write the synthetic set to `out` (replacing it) and return its manifest."""
    started = time.perf_counter()
    questions = default_questions(editions) if questions is None else questions
    world = build_world(editions, seed)
    if out.exists():
        shutil.rmtree(out)
    facts = out / "facts"
    rng = random.Random(seed + 1)
    write_entities(world, facts / "entities", rng)
    for edition in world.editions:
        folder = facts / "editions" / edition.award.id
        folder.mkdir(parents=True, exist_ok=True)
        write_edition(world, edition, folder, rng)
    cases = make_questions(world, questions, random.Random(seed + 2))
    header = ("# Generated by benchmarks/synth.py: questions about the synthetic knowledge in\n"
              "# facts/ beside this file, in the format of bot/evaluation.py.\n")
    dump(out / "questions.yaml", {"cases": cases}, header)
    manifest = {
        "editions": editions, "seed": seed, "questions": questions,
        "generator": fingerprint(),
        "counts": {"awards": len(world.awards), "editions": len(world.editions),
                   "results": sum(len(e.results) for e in world.editions),
                   "organisations": len(world.orgs), "people": len(world.people),
                   "questions": len(cases)},
        "seconds": round(time.perf_counter() - started, 2),
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return manifest


def check(out: Path) -> float:
    """Load the generated facts with the real loader; returns the seconds it took."""
    from knowledge.loader import load_knowledge

    started = time.perf_counter()
    kb = load_knowledge(out / "facts")
    seconds = time.perf_counter() - started
    print(f"load_knowledge({out / 'facts'}): {seconds:.2f} s, {kb.counts()}")
    return seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--editions", type=int, required=True, help="award editions to write")
    parser.add_argument("--out", type=Path, required=True, help="folder to (re)create")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--questions", type=int, help="questions to write (default: scaled)")
    parser.add_argument("--no-check", action="store_true", help="skip the load check")
    args = parser.parse_args(argv)
    manifest = generate(args.editions, args.out, args.seed, args.questions)
    print(f"wrote {args.out}: {manifest['counts']} in {manifest['seconds']} s")
    if not args.no_check:
        check(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
