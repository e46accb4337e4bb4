"""How the HTTP server is configured: environment variables ``PARTYGRAPH_*``, read by pydantic-settings.

=================================  ===========================================================
``PARTYGRAPH_UPDATE_TOKEN``        SPARQL Update is refused unless this is set; then an update
                                   needs ``Authorization: Bearer <token>``.
``PARTYGRAPH_QUERY_TIMEOUT``       seconds a query or update may run (default 30); past it the
                                   client gets 503 and a running result stream is cut.
``PARTYGRAPH_MAX_ROWS``            most solutions a query answers (default 100000; 0: no cap).
``PARTYGRAPH_MAX_REQUEST_BYTES``   largest request body or query string (default 4 MiB).
``PARTYGRAPH_CORS_ORIGINS``        origins allowed to call from a browser, comma-separated, or
                                   ``*``; empty (the default) sends no CORS headers.
``PARTYGRAPH_SERVICE_HOSTS``       hosts (``host`` or ``host:port``) that SPARQL ``SERVICE`` and
                                   ``LOAD`` may reach, comma-separated; empty (the default) lets
                                   them reach none, so the server never calls another machine.
``PARTYGRAPH_QUERY_WORKERS``       threads evaluating SPARQL at once (default 8).
``PARTYGRAPH_CACHE_BYTES``         memory for answers given again while the store is unchanged
                                   (default 64 MiB; 0 turns the cache off; see result_cache.py).
=================================  ===========================================================

Other ``PARTYGRAPH_*`` variables (``PARTYGRAPH_STORE``, ``PARTYGRAPH_BASE``) belong to other parts
and are ignored here.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

CommaList = Annotated[tuple[str, ...], NoDecode]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="PARTYGRAPH_", extra="ignore", frozen=True)

    update_token: SecretStr | None = None
    query_timeout: float = Field(30.0, gt=0, le=86_400)
    max_rows: int = Field(100_000, ge=0)
    max_request_bytes: int = Field(4 * 1024 * 1024, ge=1024)
    cors_origins: CommaList = ()
    service_hosts: CommaList = ()
    query_workers: int = Field(8, ge=1, le=256)
    cache_bytes: int = Field(64 * 1024 * 1024, ge=0)

    @field_validator("cors_origins", "service_hosts", mode="before")
    @classmethod
    def _split(cls, value: object) -> object:
        if isinstance(value, str):
            return tuple(part.strip() for part in value.split(",") if part.strip())
        return value

    @field_validator("service_hosts")
    @classmethod
    def _lower(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(host.lower() for host in value)

    @field_validator("update_token")
    @classmethod
    def _blank_is_unset(cls, value: SecretStr | None) -> SecretStr | None:
        return value if value is not None and value.get_secret_value().strip() else None

    @property
    def updates_enabled(self) -> bool:
        return self.update_token is not None
