"""FastAPI dependencies for the state every router shares (set by :func:`partygraph.api.app.create_app`).

    from .deps import SettingsDep, StoreDep

    @router.get("/things")
    def things(store: StoreDep, settings: SettingsDep): ...
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from ..graph.store import OxigraphStore
from .settings import Settings


def get_store(request: Request) -> OxigraphStore:
    """The open store the app serves."""
    return request.app.state.store


def get_settings(request: Request) -> Settings:
    """The server's settings (``PARTYGRAPH_*``)."""
    return request.app.state.settings


StoreDep = Annotated[OxigraphStore, Depends(get_store)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
