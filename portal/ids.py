"""Ids from URLs and forms: whole numbers a database column can hold.

An id a user can type (a URL segment, a form value) reaches a query. SQLite
raises ``OverflowError`` for a number beyond 64 bits (a 30-digit id gave a 500),
so every id is checked against the range of a 64-bit primary key first and an
id outside it is treated like any unknown id: a 404 in a URL, an "invalid
choice" in a form.

- ``<id:pk>`` in URL patterns (registered in ``PortalConfig.ready``): like
  ``<int:pk>``, but a number too large for an id does not match (404).
- ``IdField``: a form's integer id, 1 to ``MAX_ID``.
- ``IdChoiceField`` / ``IdMultipleChoiceField``: model choice fields that refuse
  an out-of-range id before it reaches the database.
- ``register_range_checked_lookups`` (called in ``PortalConfig.ready``): the
  guard under all of these, for code we do not own (Wagtail's admin, its bulk
  actions, choosers and forms). Django already turns an out-of-range number in
  ``pk=`` / ``pk__gt=`` on an integer column into "no rows"; it does not for
  ``__in`` or for a foreign key (``collection_id=``, ``situations=``,
  ``page__in=``), which reach SQLite as an ``OverflowError``. These lookups
  drop an out-of-range number the same way: it matches nothing.
"""

from django import forms
from django.core.exceptions import EmptyResultSet, ValidationError
from django.db.models import ForeignObject, IntegerField
from django.db.models.fields.related_lookups import RelatedExact, RelatedIn
from django.db.models.lookups import In

MAX_ID = 2**63 - 1  # the largest 64-bit primary key (SQLite, PostgreSQL bigint)


def parse_id(value):
    """``value`` (int or string of ASCII digits) as an id, or None if it is not one."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        number = value
    elif isinstance(value, str):
        text = value.strip()
        if not (text.isascii() and text.isdigit()) or len(text) > len(str(MAX_ID)):
            return None
        number = int(text)
    else:
        return None
    return number if 1 <= number <= MAX_ID else None


class IdConverter:
    regex = "[0-9]{1,19}"

    def to_python(self, value):
        number = parse_id(value)
        if number is None:
            raise ValueError(f"not an id: {value}")
        return number

    def to_url(self, value):
        return str(value)


class IdField(forms.IntegerField):
    def __init__(self, *, min_value=1, max_value=MAX_ID, **kwargs):
        super().__init__(min_value=min_value, max_value=max_value, **kwargs)


class IdChoiceField(forms.ModelChoiceField):
    def to_python(self, value):
        if (
            value not in self.empty_values
            and not isinstance(value, self.queryset.model)
            and parse_id(value) is None
        ):
            raise ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            )
        return super().to_python(value)


class IdMultipleChoiceField(forms.ModelMultipleChoiceField):
    def _check_values(self, value):
        for pk in value:
            if not isinstance(pk, self.queryset.model) and parse_id(pk) is None:
                raise ValidationError(
                    self.error_messages["invalid_pk_value"],
                    code="invalid_pk_value",
                    params={"pk": pk},
                )
        return super()._check_values(value)


def _column_range(lookup, connection):
    """(min, max) of the integer column ``lookup`` compares, or None.

    A foreign key is compared through the single column it points at."""
    field = getattr(lookup.lhs, "output_field", None)
    while isinstance(field, ForeignObject):
        targets = field.foreign_related_fields
        if len(targets) != 1:
            return None
        field = targets[0]
    if not isinstance(field, IntegerField):
        return None
    return connection.ops.integer_field_ranges.get(field.get_internal_type())


def _out_of_range(value, bounds):
    if not isinstance(value, int) or isinstance(value, bool):
        return False
    low, high = bounds
    return (low is not None and value < low) or (high is not None and value > high)


class _RangeCheckedExact:
    def process_rhs(self, compiler, connection):
        if self.rhs_is_direct_value():
            bounds = _column_range(self, connection)
            if bounds and _out_of_range(self.rhs, bounds):
                raise EmptyResultSet
        return super().process_rhs(compiler, connection)


class _RangeCheckedIn:
    def process_rhs(self, compiler, connection):
        if self.rhs_is_direct_value():
            bounds = _column_range(self, connection)
            if bounds:
                # An empty list is Django's own EmptyResultSet (matches nothing).
                self.rhs = [v for v in self.rhs if not _out_of_range(v, bounds)]
        return super().process_rhs(compiler, connection)


class IntegerIn(_RangeCheckedIn, In):
    pass


class RangeCheckedRelatedIn(_RangeCheckedIn, RelatedIn):
    pass


class RangeCheckedRelatedExact(_RangeCheckedExact, RelatedExact):
    pass


def register_range_checked_lookups():
    """Replace Django's ``in`` on integer columns and ``exact``/``in`` on
    foreign keys by the range-checked ones above (same names, same SQL for
    every number a column can hold)."""
    IntegerField.register_lookup(IntegerIn)
    ForeignObject.register_lookup(RangeCheckedRelatedIn)
    ForeignObject.register_lookup(RangeCheckedRelatedExact)
