"""The frozen app's entry point: `autonomy` is the whole command line (no command opens the window);
`autonomy-gui` (built on Windows, without a console) always opens the window."""

import sys
from pathlib import Path

from autonomy.cli import gui_main, main

if __name__ == "__main__":
    if Path(sys.executable).stem.lower().endswith("-gui"):
        sys.exit(gui_main())
    sys.exit(main())
