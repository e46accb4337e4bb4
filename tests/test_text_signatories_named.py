"""Round 35: signatories named beside the noun, with no verb between: "two of its signatories, Councillor A
and Councillor B, said" (an apposition after the noun) and "A, one of the signatories, said" (an aside said of
the one named before it). Each mechanism on synthetic text, with the reading it must not make."""

from __future__ import annotations

from test_text_loader import _facts_of


def _signers(facts: list[dict]) -> set[str]:
    return {f["subject"]["label"] for f in facts if f["relation"] == "signed"}


def test_signatories_named_in_apposition_signed(sample_store):
    text = ("More than 1,200 Labour councillors have written to the Prime Minister.\n\n"
            "Commenting on the letter, two of its signatories, Councillor Ada Quint and Councillor Tom Hale, said "
            "it was wrong.")
    assert _signers(_facts_of(text, sample_store, published="2020-09-16")) >= {"Ada Quint", "Tom Hale"}
    text = "Ada Quint, one of the signatories of the letter, said it was wrong."
    assert _signers(_facts_of(text, sample_store, published="2020-09-16")) == {"Ada Quint"}
    # the one a signatory spoke to signed nothing
    text = "One of the signatories told Ada Quint that the letter was wrong."
    assert "Ada Quint" not in _signers(_facts_of(text, sample_store, published="2020-09-16"))


def test_a_signed_statement_is_named_a_statement(sample_store):
    # Round 36: a document that calls itself a statement, signed by a list, is the signatories' statement
    # ("Statement of A"), not a letter
    text = ("We are asking the Labour Party for an immediate decision.\n\nSigned:\n\nCllr Alan Gibbons\n"
            "Cllr Alison Clarke\n")
    facts = _facts_of(text, sample_store, title="Statement by suspended Labour councillors", kind="statement")
    signed = {(f["subject"]["label"], f["object"]["label"]) for f in facts if f["relation"] == "signed"}
    assert signed == {("Alan Gibbons", "Statement of Alan Gibbons"), ("Alison Clarke", "Statement of Alan Gibbons")}, facts
