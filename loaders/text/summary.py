"""The fact summary of a document, rendered from the stored graph by the ``text-facts`` named query.

One JSON object per document: ``{"document", "source" (the named graph IRI), "facts": [{"relation",
"action", "role", "subject": {"label", "iri"}, "object": {"label", "iri"}, "date", "quote"}]}``. It
shows what the graph holds, not what the extractor meant to write.
"""

from __future__ import annotations

from datetime import date

from ...graph.store import OxigraphStore, python_value


def _label(value: object, iri: str) -> str:
    return str(value) if value else iri.rstrip("/").rsplit("/", 1)[-1]


def summary(store: OxigraphStore, graph: str, document: str) -> dict:
    """The summary of the facts in ``graph``. Cost: one query over that graph."""
    grouped: dict[tuple, dict] = {}
    for row in store.named("text-facts", graph=graph):
        values = {k: python_value(v) for k, v in row.items()}
        key = (values["fact"], values["relation"], values["subject"], values["object"])
        item = grouped.get(key)
        start = int(values["start"])  # type: ignore[arg-type]
        if item is None:
            item = grouped[key] = {"values": values, "start": start, "labels": {}}
        elif (start, -len(str(values["quote"]))) < (item["start"], -len(str(item["values"]["quote"]))):
            # the first statement of a fact, and of two read at one offset the fuller quote
            item["values"]["quote"], item["start"] = values["quote"], start
        for side in ("subject", "object", "role"):
            label = values.get(f"{side}Label")
            if label and len(str(label)) > len(item["labels"].get(side, "")):
                item["labels"][side] = str(label)
    facts = []
    # in text order; facts stated at one offset (the signatories of one letter) by relation and IRIs, so
    # that two runs print the same
    for item in sorted(grouped.values(), key=lambda i: (i["start"], i["values"]["relation"], str(i["values"]["fact"]),
                                                        str(i["values"]["subject"]), str(i["values"]["object"]))):
        v, labels = item["values"], item["labels"]
        role = None
        if v.get("role"):
            role = labels.get("role") or str(v["role"]).rsplit("/", 1)[-1].replace("-", " ")
        action = str(v["action"]).rsplit("/", 1)[-1] if v.get("action") else None
        when = v.get("date")
        facts.append({
            "relation": v["relation"],
            "action": action,
            "role": role,
            "subject": {"label": labels.get("subject") or _label(None, str(v["subject"])), "iri": str(v["subject"])},
            "object": {"label": labels.get("object") or _label(None, str(v["object"])), "iri": str(v["object"])},
            "date": when.isoformat() if isinstance(when, date) else (str(when) if when else None),
            "quote": v["quote"],
        })
    return {"document": document, "source": graph, "facts": facts}
