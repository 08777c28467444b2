"""Jinja templates kept as data in ``models/views/``; every page inlines its CSS and JS so it
opens from disk in any browser, offline."""

from __future__ import annotations

from functools import cache

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from ..assets import models_dir
from .money import format_amount, format_money


@cache
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(models_dir() / "views"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=StrictUndefined,
    )
    env.filters["amount"] = format_amount
    env.filters["money"] = format_money
    env.filters["names"] = lambda parties: ", ".join(p.name for p in parties)
    return env


def render(template: str, **context) -> str:
    return environment().get_template(template).render(**context)
