"""Error details for the log file without the students' words in them.

A traceback names code, not data; the data gets in through exception messages (a database error quoting its
parameters, a message that includes a note) and through the values a frame was working on. So: every free-text
value a frame held (a local or an attribute named like a note, or any long string) is cut out of the text, as are
SQL parameters and long quoted strings. Locals themselves are never written.
"""

from __future__ import annotations

import re
import traceback
from types import TracebackType

# Names of the fields that hold what teachers and students wrote.
FREE_TEXT_NAMES = frozenset({"note", "notes", "words", "student_words", "agreement", "outcome", "reason", "text",
                             "summary", "comment", "message_text", "body"})
LONG = 40  # a string this long found in a frame is taken as free text whatever its name
MIN_SECRET = 3  # shorter values would cut ordinary words out of the details
_PARAMETERS = re.compile(r"\[parameters: .*?\](?=\s*(?:\(Background on this error|$))", re.DOTALL)
# A long quoted string with a space in it, on one line (a file path in a traceback line has no space, usually).
_QUOTED = re.compile(r"""(['"“‘«])(?=[^'"”’»\n]* )([^'"”’»\n]{""" + str(LONG) + r""",})(['"”’»])""")


def _text_of(value: object) -> str | None:
    """A string, or what a text field holds (a Qt line or text edit named `note`), else None."""
    if isinstance(value, str):
        return value
    for method in ("toPlainText", "text"):
        read = getattr(value, method, None)
        if callable(read):
            try:
                got = read()
            except Exception:  # not a text field after all
                return None
            return got if isinstance(got, str) else None
    return None


def _values(obj: object, depth: int = 0) -> list[str]:
    """Free text held by a frame's local value: its note-like attributes, a mapping's note-like keys, and any
    long string inside it (short strings in a container are ids and keys, not what anyone wrote)."""
    if depth >= 3 or isinstance(obj, str | bytes | int | float | bool) or obj is None:
        return []
    found: list[str] = []
    if isinstance(obj, dict):
        for key, value in list(obj.items())[:200]:
            if isinstance(value, str):
                if key in FREE_TEXT_NAMES or len(value) >= LONG:
                    found.append(value)
            else:
                found += _values(value, depth + 1)
        return found
    if isinstance(obj, list | tuple | set | frozenset):
        for item in list(obj)[:200]:
            if isinstance(item, str):
                if len(item) >= LONG:
                    found.append(item)
            else:
                found += _values(item, depth + 1)
        return found
    for name in FREE_TEXT_NAMES:
        try:
            value = getattr(obj, name, None)
        except Exception:  # a property that fails: nothing to learn from it
            continue
        text = _text_of(value) if value is not None else None
        if text:
            found.append(text)
    return found


def sensitive_values(exc: BaseException) -> set[str]:
    """Every free-text value in the frames of `exc` and of the exceptions it was raised from or during."""
    found: set[str] = set()
    seen: set[int] = set()
    pending: list[BaseException | None] = [exc]
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        tb: TracebackType | None = current.__traceback__
        while tb is not None:
            for name, value in list(tb.tb_frame.f_locals.items()):
                if isinstance(value, str):
                    if name in FREE_TEXT_NAMES or len(value) >= LONG:
                        found.add(value)
                else:
                    found.update(_values(value))
            tb = tb.tb_next
        pending += [current.__cause__, current.__context__]
    return {v.strip() for v in found if len(v.strip()) >= MIN_SECRET}


def redact(text: str, secrets: set[str] | frozenset[str] = frozenset()) -> str:
    """`text` without the given values, SQL parameters, or long quoted strings."""
    for secret in sorted(secrets, key=len, reverse=True):  # in any case: a message may have lowered it
        text = re.sub(re.escape(secret), f"[{len(secret)} characters left out]", text, flags=re.IGNORECASE)
    text = _PARAMETERS.sub("[parameters left out]", text)
    return _QUOTED.sub(lambda m: f"{m.group(1)}[{len(m.group(2))} characters left out]{m.group(3)}", text)


def safe_details(exc: BaseException, recorded: str | None = None) -> str:
    """The traceback of `exc` (or the one `recorded` on another thread) fit for the log file."""
    text = recorded or "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    return redact(text, sensitive_values(exc))


def safe_message(exc: BaseException) -> str:
    return redact(f"{type(exc).__name__}: {exc}", sensitive_values(exc))
