"""Answers the SPARQL endpoint has already given, kept while the store is unchanged.

A knowledge graph is read far more than it is written, and the same questions come again (a page's
queries, a dashboard's, a client polling). So a complete answer is kept, keyed by everything that
shapes it (the store's version, the query text, the protocol dataset, the base IRI and the formats
the client accepts) and given again until the store changes: any write through this process bumps
``store.version``, and no other process can write while the server holds the store. Only answers
sent whole (at most 64 KiB; streamed ones are not kept) are cached, least recently used first out,
within ``PARTYGRAPH_CACHE_BYTES`` (default 64 MiB; 0 turns the cache off). Lookups happen on the
event loop only, so no lock is needed.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable


class ResultCache:
    def __init__(self, budget: int):
        self.budget = budget
        self.used = 0
        self.hits = 0
        self.misses = 0
        self._items: OrderedDict[Hashable, tuple[bytes, str]] = OrderedDict()

    def get(self, key: Hashable) -> tuple[bytes, str] | None:
        """The body and media type kept for ``key``, or ``None``."""
        found = self._items.get(key)
        if found is None:
            self.misses += 1
            return None
        self._items.move_to_end(key)
        self.hits += 1
        return found

    def put(self, key: Hashable, body: bytes, media_type: str) -> None:
        """Keep an answer, dropping the least recently used ones to stay within the budget."""
        if len(body) > self.budget or key in self._items:
            return
        self._items[key] = (body, media_type)
        self.used += len(body)
        while self.used > self.budget:
            _, (dropped, _) = self._items.popitem(last=False)
            self.used -= len(dropped)
