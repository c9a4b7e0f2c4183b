import sys

from autonomy.cli import main

sys.exit(main())
