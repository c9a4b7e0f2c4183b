"""Names isolated for bidirectional text: a name's own direction controls cannot reach the words around it."""

from __future__ import annotations

import pytest

from autonomy.core.bidi import FSI, PDI, balanced, isolate, plain

RLO, LRE, PDF, RLI = "\u202e", "\u202a", "\u202c", "\u2067"


@pytest.mark.parametrize(("name", "expected"), [
    ("Ann Lee", "Ann Lee"),
    ("שרה כהן", "שרה כהן"),  # a right-to-left name needs no control at all
    (f"Ann {RLO}evil", f"Ann {RLO}evil{PDF}"),  # an override left open is closed at the end
    (f"Tom {RLO}Smith{PDF} Jr", f"Tom {RLO}Smith{PDF} Jr"),  # a paired one is left as it is
    (f"x{PDI}{RLO}y", f"x{RLO}y{PDF}"),  # a stray PDI would end the isolation early: dropped
    (f"x{PDF}y", "xy"),  # a stray PDF closes nothing of the name's own
    (f"{RLI}a{LRE}b{PDI}c", f"{RLI}a{LRE}b{PDF}{PDI}c"),  # a PDI closes the embeddings inside its isolate
    (f"{RLI}{LRE}{PDF}{PDF}", f"{RLI}{LRE}{PDF}{PDI}"),  # a PDF does not close an isolate
])
def test_balanced(name: str, expected: str) -> None:
    assert balanced(name) == expected


def test_isolate_wraps_the_balanced_name_and_plain_drops_every_control() -> None:
    assert isolate(f"Ann {RLO}evil{PDI}") == f"{FSI}Ann {RLO}evil{PDF}{PDI}"
    assert isolate("") == ""
    assert plain(f"\u200fAnn {RLO}evil{PDF}") == "Ann evil" and plain("Ann") == "Ann"
