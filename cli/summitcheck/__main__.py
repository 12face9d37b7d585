"""`python -m summitcheck`: the same as the `summitcheck` command."""

from .cli import entry

entry()
