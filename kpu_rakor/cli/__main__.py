"""`python -m kpu_rakor.cli` is `kpu-rakor-cli` (the Windows bundle has no console-script .exe, see installer/)."""
import sys

from .main import main

sys.exit(main())
