"""`python -m generator`: the same as the `sdkgen` command."""

import sys

from .cli import main

sys.exit(main())
