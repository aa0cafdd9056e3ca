from __future__ import annotations

import sys

from readingscan.cli import main

sys.exit(main())
