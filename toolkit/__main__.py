"""``python -m toolkit``: the ``teikit`` command, for environments without the console script."""

from .cli import main

main(prog_name="teikit")
