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
"""

from django import forms
from django.core.exceptions import ValidationError

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
