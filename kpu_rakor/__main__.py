"""`python -m kpu_rakor` opens the desktop app."""
import sys

from .app import main

sys.exit(main())
