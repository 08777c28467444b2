"""The output contract: pydantic models from which the JSON Schema is generated.

Field names here are the public contract (see corpus/README.md): add fields freely, never rename.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = 1

AnnouncementType = Literal[
    "investment",
    "fundraising",
    "acquisition",
    "partnership",
    "initiative",
    "declaration",
    "launch",
    "event",
]
ANNOUNCEMENT_TYPES: tuple[str, ...] = AnnouncementType.__args__

Modality = Literal["announced", "planned", "conditional", "rejected"]
AmountRole = Literal["commitment", "component", "valuation", "reference", "other"]
PartialDate = str  # "YYYY", "YYYY-MM" or "YYYY-MM-DD"
DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Strict):
    """A stretch of the article text: ``text == article_text[start:end]``."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class ArticleInfo(_Strict):
    id: str
    source: str | None = None
    title: str | None = None
    published: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    language: str = "fr"


class Entity(Span):
    label: str = Field(description="ORG, PER, LOC or MISC")
    canonical: str = Field(description="The article-wide name this mention stands for")


class Amount(Span):
    """A money mention. ``value`` is exact or central; ``min``/``max`` bound ranges and vague
    amounts, all in currency units (« 20 milliards d'euros » -> 2e10)."""

    value: float | None = None
    min: float | None = None
    max: float | None = None
    currency: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")
    approximate: bool = False
    role: AmountRole = Field(
        default="other",
        description="commitment (an announcement's amount), component (a « dont » part), "
        "valuation, reference (a repeat of an earlier figure) or other",
    )
    refers_to: int | None = Field(
        default=None, description="For a reference or a component: index of the amount it points to"
    )


class DateMention(Span):
    value: PartialDate = Field(pattern=DATE_PATTERN)
    kind: Literal["point", "deadline", "start"] = "point"


class Party(_Strict):
    name: str
    label: str | None = None


class Place(_Strict):
    name: str


class Announcement(_Strict):
    id: str
    type: AnnouncementType
    actors: list[Party] = Field(default_factory=list)
    partners: list[Party] = Field(default_factory=list)
    object: Party | None = Field(
        default=None,
        description="What the announcement is about: the target of an acquisition, the product "
        "launched, the initiative or event named",
    )
    amount: Amount | None = None
    components: list[Amount] = Field(default_factory=list)
    locations: list[Place] = Field(default_factory=list)
    date: PartialDate | None = Field(default=None, pattern=DATE_PATTERN)
    deadline: PartialDate | None = Field(default=None, pattern=DATE_PATTERN)
    purpose: str | None = None
    modality: Modality = "announced"
    trigger: str | None = Field(default=None, description="The word that signals the announcement")
    sentence: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class ArticleResult(_Strict):
    schema_version: int = SCHEMA_VERSION
    article: ArticleInfo
    entities: list[Entity] = Field(default_factory=list)
    amounts: list[Amount] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    announcements: list[Announcement] = Field(default_factory=list)


def json_schema() -> dict:
    """The JSON Schema of one article's output, generated from the models."""
    return ArticleResult.model_json_schema()
