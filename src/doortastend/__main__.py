import sys

from doortastend.cli import main

sys.exit(main())
