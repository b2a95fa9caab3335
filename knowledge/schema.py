"""The JSON Schema of the fact-file format (committed as knowledge/schema.json for editors)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from knowledge.models import FactFile

SCHEMA_PATH = Path(__file__).resolve().parent / "schema.json"


def fact_file_schema() -> dict[str, Any]:
    schema = FactFile.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "humasbot fact file"
    return schema
