"""Local development and the demo (`make run`)."""

import os

from .base import *  # noqa: F403
from .base import VAR_DIR

DEBUG = os.environ.get("DJANGO_DEBUG", "1") not in {"0", "false", "no"}
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY") or "dev-only-not-secret-doortastend"
VAR_DIR.mkdir(parents=True, exist_ok=True)
(VAR_DIR / "static").mkdir(parents=True, exist_ok=True)
