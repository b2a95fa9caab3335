"""The fact-file format: pydantic models of what the source articles contain.

A fact file describes one award edition (plus, where needed, the awards, organisations and
people it mentions). Every fact carries `source` (a source id; the file's `source` is the
default) and `evidence`: one or more exact excerpts of that source that support it.
"""

from __future__ import annotations

import datetime as dt
import functools
import typing
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    WithJsonSchema,
    model_validator,
)
from pydantic_core import PydanticCustomError

from knowledge.validation_messages import shown

ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
Weekday = Literal["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
WEEKDAYS: tuple[Weekday, ...] = typing.get_args(Weekday)  # Monday first, as date.weekday()

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Id = Annotated[
    str,
    StringConstraints(strip_whitespace=True, pattern=ID_PATTERN),
    Field(description="Lowercase letters, digits and hyphens, e.g. kota-bandung"),
]


def _whole_number(minimum: int, maximum: int | None = None) -> BeforeValidator:
    """The check of an int field whose error reads `must be a whole number from N, got "x"`."""
    span = f"from {minimum}" if maximum is None else f"from {minimum} to {maximum}"

    def check(value: Any) -> int:
        number: int | None = None
        if isinstance(value, int) and not isinstance(value, bool):
            number = value
        elif isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
            number = int(value.strip())
        if number is None or number < minimum or (maximum is not None and number > maximum):
            raise PydanticCustomError(
                "whole_number", "must be a whole number {span}, got {got}",
                {"span": span, "got": shown(value)},
            )
        return number

    return BeforeValidator(check)


def _whole_number_schema(minimum: int, maximum: int | None = None) -> WithJsonSchema:
    """The JSON schema of such a field: an integer within its bounds."""
    bounds: dict[str, Any] = {"type": "integer", "minimum": minimum}
    if maximum is not None:
        bounds["maximum"] = maximum
    return WithJsonSchema(bounds)


def _as_list(value: Any) -> Any:
    return [value] if isinstance(value, str) else value


Rank = Annotated[int, _whole_number(1), _whole_number_schema(1)]
Year = Annotated[int, _whole_number(1945, 2100), _whole_number_schema(1945, 2100)]
EditionNo = Annotated[int, _whole_number(1), _whole_number_schema(1)]
# The length bound stands inside the text-to-list step, where pydantic-core checks it itself
# (outside, it would be a Python call for each of the 160,000 facts of a large load).
Excerpts = Annotated[
    Annotated[tuple[Text, ...], Field(min_length=1)],
    BeforeValidator(_as_list, json_schema_input_type=Text | Annotated[list[Text],
                                                                      Field(min_length=1)]),
    Field(description="Exact excerpt(s) of the source; a string or a list"),
]


class Strict(BaseModel):
    """Unknown fields are errors; values are immutable once loaded."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Fact(Strict):
    """Anything stated by a source: it names the source and quotes the excerpt that supports it."""

    source: Id | None = Field(
        default=None, description="Source id; defaults to the file's `source`"
    )
    evidence: Excerpts
    review: bool = Field(
        default=False,
        description="true: drafted by `humasbot facts new` and not yet checked by a person; "
                    "the bot does not serve it and `facts check` lists it until the line is "
                    "removed")

    # Set by the loader from the fact's file (`FILE_SOURCE` and `EDITION` in the instance's
    # __dict__); kept outside the fields (not part of the format) and read as plain instance
    # attributes, which is fast.
    @property
    def edition_id(self) -> str | None:
        """The edition this fact belongs to (its file's edition)."""
        return self.__dict__.get(EDITION)

    @property
    def source_id(self) -> str | None:
        """The fact's source: its own `source`, else its file's."""
        return self.source or self.__dict__.get(FILE_SOURCE)


FILE_SOURCE = "_file_source"  # where a loaded fact keeps its file's default source
EDITION = "_edition"  # and its file's edition


class SourceDecl(Strict):
    """A source article: its text file and what identifies it."""

    id: Id
    title: Text
    publisher: Text | None = None
    date: dt.date | None = None
    date_kind: Literal["published", "event"] = Field(
        default="published", description="Whether `date` is the publication or the event date"
    )
    file: Text = Field(description="Path of the article's text, relative to the index or file")
    url: Text | None = None
    original_name: Text | None = None
    credit: Text | None = Field(
        default=None, description="The credit line printed under the title (a writer, an office "
        "or a photo credit), exactly as the article writes it")


class Statement(Fact):
    """A statement in our words (`text`) backed by the source's own words (`evidence`)."""

    text: Text


class Theme(Statement):
    """An edition's theme; `text` must occur in the evidence."""


class Abbreviation(Fact):
    """What a short name stands for: AMH = Anugerah Media Humas."""

    short: Text
    long: Text


class Organiser(Fact):
    """Who organises an award or edition, as the source states it."""

    organisation: Id


class AwardDecl(Fact):
    """An award: its name and what the sources say it is. Unknown fields stay empty."""

    id: Id
    name: Text
    aliases: tuple[Text, ...] = ()
    abbreviations: tuple[Abbreviation, ...] = ()
    definition: Statement | None = None
    eligibility: Statement | None = None
    organiser: Organiser | None = None


class EditionNumber(Fact):
    """The edition's ordinal as written: AMH 2023 is "ke-16"."""

    number: EditionNo
    label: Text


class Event(Fact):
    """The announcement or ceremony of an edition."""

    kind: Literal["announcement", "ceremony"] = "ceremony"
    name: Text | None = None
    date: dt.date | None = None
    weekday: Weekday | None = None
    time_of_day: Text | None = Field(default=None, description='As written, e.g. "sore"')
    time: Text | None = Field(default=None, description="Clock time as written, e.g. 19.00 WIB")
    venue: Text | None = None
    city: Text | None = None
    province: Text | None = None
    virtual: bool = False


class EditionDecl(Fact):
    """One year's edition of an award."""

    award: Id
    year: Year
    number: EditionNumber | None = None
    theme: Theme | None = None
    organiser: Organiser | None = None
    events: tuple[Event, ...] = ()

    @property
    def id(self) -> str:
        return f"{self.award}-{self.year}"


OrganisationKind = Literal[
    "provinsi", "kota", "kabupaten", "kementerian", "lembaga", "dinas", "unit", "lainnya"
]


class OrganisationDecl(Fact):
    """A government body or other organisation, with the names people use for it."""

    id: Id
    name: Text
    kind: OrganisationKind
    parent: Id | None = None
    aliases: tuple[Text, ...] = ()


class PersonDecl(Fact):
    """A person or an office holder; `name` stays empty when the source does not name them."""

    id: Id
    name: Text | None = None
    aliases: tuple[Text, ...] = ()
    role: Text = Field(description="Title as the source gives it, e.g. Sekretaris Dinas")
    role_aliases: tuple[Text, ...] = ()
    organisation: Id | None = None
    as_of: dt.date | None = Field(default=None, description="Date the role is stated for")


class ResultDecl(Fact):
    """One organisation's result in the file's edition: a ranked winner or a nominee."""

    organisation: Id
    status: Literal["winner", "nominee"] = Field(
        description="winner (juara/terbaik) or nominee (nominasi); always written out")
    status_detail: Text | None = Field(default=None, description='e.g. "6 besar nasional"')
    rank: Rank | None = None
    rank_label: Text | None = Field(default=None, description='As written, e.g. "Terbaik III"')
    category: Text | None = None
    category_as_written: Text | None = Field(
        default=None, description="The category exactly as the source spells it, if it differs"
    )
    group: Text | None = Field(default=None, description="e.g. Pemerintah Daerah Kabupaten/Kota")


class Representative(Fact):
    """Who received the award or attended the ceremony for an organisation."""

    person: Id
    organisation: Id | None = None
    action: Literal["received", "attended"]


class Quote(Fact):
    """Something a person said; `text` must occur in the evidence."""

    speaker: Id
    text: Text
    occasion: Text | None = None


class Note(Fact):
    """A fact that fits no other field, tied to what it is about."""

    about: Annotated[
        Annotated[tuple[Id, ...], Field(min_length=1)],
        BeforeValidator(_as_list, json_schema_input_type=Id | Annotated[list[Id],
                                                                        Field(min_length=1)]),
    ]
    topic: Text = Field(description="A few words naming the topic, e.g. HUT Provinsi Bengkulu")
    text: Text
    keywords: tuple[Text, ...] = Field(
        min_length=1, description="Words people use when asking about this note"
    )


class FactFile(Strict):
    """One fact file: usually one award edition and everything its sources say about it."""

    source: Id | None = Field(default=None, description="Default source of this file's facts")
    sources: tuple[SourceDecl, ...] = ()
    awards: tuple[AwardDecl, ...] = ()
    organisations: tuple[OrganisationDecl, ...] = ()
    people: tuple[PersonDecl, ...] = ()
    edition: EditionDecl | None = None
    results: tuple[ResultDecl, ...] = ()
    representatives: tuple[Representative, ...] = ()
    quotes: tuple[Quote, ...] = ()
    notes: tuple[Note, ...] = ()

    @model_validator(mode="after")
    def _results_need_edition(self) -> FactFile:
        if self.edition is None and (self.results or self.representatives):
            raise PydanticCustomError(
                "edition_missing",
                "edition is missing: results and representatives belong to an edition",
            )
        return self


class SourceIndex(Strict):
    """The seeds index: the source articles the fact files may cite."""

    sources: tuple[SourceDecl, ...]


@functools.cache
def nested_model_fields(model: type[BaseModel]) -> tuple[str, ...]:
    """The fields of `model` that can hold other models (a model, or a tuple of them): what a
    walk over a loaded fact file must visit. Computed once per class from the annotations."""

    def holds_model(annotation: Any) -> bool:
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            return True
        return any(holds_model(arg) for arg in typing.get_args(annotation))

    return tuple(name for name, info in model.model_fields.items() if holds_model(info.annotation))
