"""Importing hostile interchange documents end to end (check, then store, in one transaction): every outcome is
an import or a typed refusal, never another exception, and a refused import leaves the database as it was. On the
test server too (`--database`), where a value too long for a column or an INTEGER would reach PostgreSQL."""

from __future__ import annotations

from hypothesis import given

from autonomy.core.errors import AutonomyError
from autonomy.services import Services
from tests.hostile import EXAMPLES, FUZZ, hostile_documents
from tests.services.helpers import state, undo_history

# Each example is a transaction on a real database: a tenth of the checker's examples keeps this test at seconds.
END_TO_END = FUZZ.__class__(FUZZ, max_examples=max(20, EXAMPLES // 10))


@END_TO_END
@given(doc=hostile_documents())
def test_a_hostile_import_is_stored_or_refused_in_words(services: Services, doc: dict) -> None:
    before = state(services), undo_history(services)
    try:
        services.exchange.import_document(doc)
    except AutonomyError as refused:  # RefusedFile listing the problems, or a clash found while storing
        assert str(refused)
        assert (state(services), undo_history(services)) == before, "a refused import changed the database"
