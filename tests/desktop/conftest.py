"""tests/desktop/x11 runs only inside `test_real_desktop.py`, in a pytest of its own on a real X server (Qt's
platform is chosen once per process, and the other tests run offscreen)."""

from __future__ import annotations

import os

ON_X11_ENV = "AUTONOMY_ON_X11"
collect_ignore = [] if os.environ.get(ON_X11_ENV) else ["x11"]
