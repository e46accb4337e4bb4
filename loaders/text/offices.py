"""Relation rules for offices: who holds an office, and who was elected, appointed or selected to one.

``OfficeRules`` joins the families, each in its own module:

- ``office_statements``: offices stated without a trigger verb (appositions, possessives, lists,
  copular and relative clauses, "X of Y");
- ``appointments``: offices given by a trigger verb (elected, appointed, selected, succeeded, led,
  serving as);
- ``office_org``: which organisation an office belongs to when the text does not say;
- ``office_words``: the word lists and sentence helpers they share;
- ``lines``: offices a block of lines states (a signature's role line, a list of chairs).

Councillors' titles ("Councillor X") are read apart, in ``titles``.
"""

from __future__ import annotations

from .appointments import AppointmentRules
from .lines import LineRules
from .office_org import OfficeOrgRules
from .office_statements import OfficeStatementRules


class OfficeRules(OfficeStatementRules, AppointmentRules, OfficeOrgRules, LineRules):
    """Rules for offices held, elections, appointments and selections."""
