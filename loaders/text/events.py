"""Relation rules for events: resignations, defections, the whip, decisions about people, and bars.

``EventRules`` joins the families, each in its own module:

- ``resignations`` (and ``resigned_from``, what was left): "resigned", "stood down", "quit", a
  defection;
- ``decisions``: a body's decision about a person or a body (suspended, expelled, selected, deselected,
  investigated, removed, approved, rejected, an intervention, a request), by a verb or a noun, with
  ``not_decided`` (decision words that state none) and ``asking`` (requests that remove, interventions
  announced);
- ``discipline``: the whip withdrawn, bars from standing, removals told in words;
- ``motions``: motions voted down;
- ``interventions``: special measures, a group taken over, someone not let stand;
- ``event_subjects``: the person a pronoun in an event stands for.

A decision about a list of people ("suspended A, B and C") is one fact per person.
"""

from __future__ import annotations

from .asking import AskingRules
from .decisions import DecisionRules
from .discipline import DisciplineRules
from .event_subjects import EventSubjects
from .interventions import InterventionRules
from .motions import MotionRules
from .resignations import ResignationRules


class EventRules(ResignationRules, DecisionRules, AskingRules, DisciplineRules, MotionRules, InterventionRules,
                 EventSubjects):
    """Rules for resignations, defections, the whip, decisions and bars."""
