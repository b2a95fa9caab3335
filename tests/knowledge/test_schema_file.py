"""knowledge/schema.json: the committed JSON Schema of fact files stays what the models say."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from frozen_data import FROZEN_FACTS, ROOT

from bot.cli import main
from knowledge import models as m
from knowledge.schema import SCHEMA_PATH, fact_file_schema

REGENERATE = "regenerate it: uv run humasbot facts schema -o knowledge/schema.json"


def committed() -> dict[str, Any]:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def test_schema_file_is_current() -> None:
    # Given the committed schema and the one the models produce now
    # Then they are equal (a changed model needs a regenerated file)
    assert committed() == fact_file_schema(), REGENERATE


def test_schema_file_is_exactly_what_the_command_writes() -> None:
    # So regenerating it gives no diff
    expected = json.dumps(fact_file_schema(), indent=2, ensure_ascii=False) + "\n"
    assert SCHEMA_PATH.read_text(encoding="utf-8") == expected, REGENERATE


def test_facts_schema_command_prints_the_same_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["facts", "schema"]) == 0
    out = capsys.readouterr().out
    assert json.loads(out) == committed()
    assert out == SCHEMA_PATH.read_text(encoding="utf-8")


def test_schema_describes_the_strict_format() -> None:
    schema = committed()
    defs = schema["$defs"]
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["title"] == "humasbot fact file"
    # unknown fields are refused everywhere, so editors flag typos
    assert schema["additionalProperties"] is False
    assert all(d.get("additionalProperties") is False
               for d in defs.values() if d.get("type") == "object")
    assert set(schema["properties"]) == set(m.FactFile.model_fields)


def test_schema_of_rank_weekday_and_evidence() -> None:
    defs = committed()["$defs"]
    rank = defs["ResultDecl"]["properties"]["rank"]
    assert {"type": "null"} in rank["anyOf"]
    assert any(option.get("type") == "integer" for option in rank["anyOf"])
    weekday = defs["Event"]["properties"]["weekday"]
    assert {"enum": list(m.WEEKDAYS), "type": "string"} in weekday["anyOf"]
    evidence = json.dumps(defs["ResultDecl"]["properties"]["evidence"])
    assert '"type": "string"' in evidence and '"type": "array"' in evidence  # string or list
    assert "evidence" in defs["ResultDecl"]["required"]
    assert defs["AwardDecl"]["properties"]["id"]["pattern"] == m.ID_PATTERN


def test_schema_bounds_of_whole_numbers_are_json_schema_keywords() -> None:
    # Given the schema of rank (≥ 1) and year (1945–2100)
    # Then the bounds are standard JSON Schema, which editors check while typing
    defs = committed()["$defs"]
    [rank] = [o for o in defs["ResultDecl"]["properties"]["rank"]["anyOf"]
              if o.get("type") == "integer"]
    assert rank == {"type": "integer", "minimum": 1}
    year = defs["EditionDecl"]["properties"]["year"]
    assert {"minimum": 1945, "maximum": 2100}.items() <= year.items()


TEMPLATES = ROOT / "knowledge" / "templates"


@pytest.mark.parametrize("fact_file", [*sorted(FROZEN_FACTS.glob("*.yaml")),
                                       *sorted(TEMPLATES.glob("*.yaml"))],
                         ids=lambda p: p.name)
def test_fact_files_point_editors_to_the_schema(fact_file: Path) -> None:
    # Given the modeline YAML editors read, Then it names the committed schema file
    lines = fact_file.read_text(encoding="utf-8").splitlines()
    [modeline] = [line for line in lines if "yaml-language-server: $schema=" in line]
    target = modeline.split("$schema=", 1)[1].strip()
    assert (fact_file.parent / target).resolve() == SCHEMA_PATH
