"""Plain read-only-by-convention copies of table rows, for reading a whole event fast.

Each record class is derived from its table (same field names, in column order),
never written by hand: the table in db/models.py stays the one definition. Views,
rules and writers read attributes; edits go through db/edits.py and
db/resource_edits.py by id.
"""

from __future__ import annotations

from dataclasses import make_dataclass
from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Session as DbSession
from sqlmodel import SQLModel


@cache
def record_class(model: type[SQLModel]) -> type:
    """A slotted dataclass with one field per column of the model's table."""
    columns = [c.name for c in model.__table__.columns]  # type: ignore[attr-defined]
    return make_dataclass(f"{model.__name__}Record", columns, slots=True, eq=False)


def read_records(s: DbSession, model: type[SQLModel], *order_by: Any,
                 where: ColumnElement[bool] | None = None) -> list[Any]:
    """Every row of a table (or those matching ``where``) as records, in the given order."""
    table = model.__table__  # type: ignore[attr-defined]
    query = select(*table.columns).order_by(*order_by)
    if where is not None:
        query = query.where(where)
    make = record_class(model)
    return [make(*row) for row in s.execute(query)]
