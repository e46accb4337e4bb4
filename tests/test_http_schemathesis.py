"""Property-based testing of the whole HTTP API from its OpenAPI schema, with schemathesis: for every
operation, valid and invalid requests generated from the schema; no answer may be a server error, and
the answers of the resource and REST routes must match their documented status codes, media types and
response models. At least 500 generated cases in all."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from partygraph.api.app import create_app

MIN_CASES = 500
POSITIVE, NEGATIVE = 45, 15  # examples per operation and mode
#: Operations whose documented contract (statuses, media types, models) is checked, not only "no 5xx".
CONTRACT_TAGS = {"rest", "fragments", "linked data"}


@pytest.mark.slow
def test_no_generated_request_gets_a_server_error(sample_store):
    app = create_app(sample_store)
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 12
    count, failures = 0, []

    for operation in operations:
        checks = [not_a_server_error]
        if CONTRACT_TAGS & set(operation.tags or ()):
            checks += [status_code_conformance, content_type_conformance, response_schema_conformance]
        for mode, examples in ((GenerationMode.POSITIVE, POSITIVE), (GenerationMode.NEGATIVE, NEGATIVE)):
            @settings(max_examples=examples, deadline=None, database=None, derandomize=True,
                      suppress_health_check=list(HealthCheck))
            @given(case=operation.as_strategy(generation_mode=mode))
            def run(case: schemathesis.Case) -> None:
                nonlocal count
                count += 1
                response = case.call()
                case.validate_response(response, checks=checks)  # noqa: B023 - run() is called in this iteration

            try:
                run()
            except Unsatisfiable:
                # Every value the schema allows is valid here (a free-form path, no parameters at all):
                # there is no invalid request to make.
                assert mode is GenerationMode.NEGATIVE, operation.label
            except Exception as e:  # noqa: BLE001 - every failure is collected and reported below
                failures.append(f"{operation.label} ({mode.value}): {type(e).__name__}: {str(e)[:1500]}")

    assert not failures, "\n\n".join(failures)
    assert count >= MIN_CASES, f"only {count} cases were generated"
    print(f"{count} generated cases over {len(operations)} operations, no server error")
