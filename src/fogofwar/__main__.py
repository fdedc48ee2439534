"""`python -m fogofwar` is the `fogofwar` command."""

from .cli import main

main()
