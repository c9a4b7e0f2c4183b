"""Names among other text, whatever direction they are written in (Unicode's bidirectional algorithm, UAX #9).

A name is isolated (FSI … PDI) wherever it is drawn among other words, so a Hebrew or Arabic name sits in the
sentence as one piece, and a name carrying a right-to-left override (U+202E, typed or pasted) cannot reverse
the words after it. Inside the name, direction controls are balanced first: a stray closer (a PDF or PDI of
its own) could otherwise end the isolation early, and an opener left open is closed at the name's end.
Pure Python, for the report (and any view that draws names inside sentences).
"""

from __future__ import annotations

FSI, PDI = "\u2068", "\u2069"
POP_FORMATTING = "\u202c"  # PDF: closes an embedding or override
_EMBEDDINGS = frozenset("\u202a\u202b\u202d\u202e")  # LRE RLE LRO RLO
_ISOLATES = frozenset("\u2066\u2067\u2068")  # LRI RLI FSI
CONTROLS = _EMBEDDINGS | _ISOLATES | {POP_FORMATTING, PDI}
MARKS = frozenset("\u200e\u200f\u061c")  # LRM RLM ALM: harmless in a name, dropped from plain text


def balanced(text: str) -> str:
    """`text` with every direction control paired: closers without an opener dropped, openers closed at the
    end (in the nesting order UAX #9 gives them: a PDI closes the embeddings opened inside its isolate)."""
    if not CONTROLS.intersection(text):
        return text
    out: list[str] = []
    open_: list[str] = []  # the closer each open control needs, innermost last
    for ch in text:
        if ch in _EMBEDDINGS:
            open_.append(POP_FORMATTING)
        elif ch in _ISOLATES:
            open_.append(PDI)
        elif ch == POP_FORMATTING:
            if not open_ or open_[-1] != POP_FORMATTING:
                continue  # closes nothing of the name's own (it must not close an isolate)
            open_.pop()
        elif ch == PDI:
            if PDI not in open_:
                continue  # would end the isolation around the name
            while open_[-1] != PDI:
                out.append(open_.pop())
            open_.pop()
        out.append(ch)
    out.extend(reversed(open_))
    return "".join(out)


def isolate(name: str) -> str:
    """The name as one piece of any sentence: balanced, between FSI and PDI."""
    return f"{FSI}{balanced(name)}{PDI}" if name else name


def plain(text: str) -> str:
    """Without any direction control or mark: for places that show text with no layout, such as a PDF's
    title in a viewer's title bar."""
    if not (CONTROLS | MARKS).intersection(text):
        return text
    return "".join(ch for ch in text if ch not in CONTROLS and ch not in MARKS)
