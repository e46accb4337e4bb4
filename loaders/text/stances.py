"""Relation rules for stances: who opposes whom or what, and who signed a statement.

``StanceRules`` joins the families, each in its own module:

- ``confidence`` (``opposed_in_words``): calls on someone to step down, votes and letters of no
  confidence, votes against;
- ``criticism`` (``rule_oppose``): "opposed", "criticised", "condemned", a damning verdict on a decision
  ("called the decision perverse", ``_verdict``), a contest;
- ``signatures`` (``rule_sign``): "signed a joint statement", "wrote in an open letter", and a letter's
  signatories read after its last sentence (``_letter_signed``);
- ``stance_words``: the lexicons and token helpers they share.
"""

from __future__ import annotations

from .confidence import ConfidenceRules
from .criticism import CriticismRules
from .signatures import SignatureRules
from .stance_words import _statement_iri  # noqa: F401  (motions.py reads it from here)


class StanceRules(ConfidenceRules, SignatureRules, CriticismRules):
    """Rules for opposition and signatures."""
