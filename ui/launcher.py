"""The ``wegwijzer`` command: a CLI command when one is named, otherwise the GUI.

No Qt import here, so that the CLI starts fast and runs where there is no display.
"""

from __future__ import annotations

import sys

#: Options (GUI and CLI) that take a value; their value is not a command name.
_OPTIONS_WITH_VALUE = ("--data-dir", "--lang", "--today", "--passphrase-file")


def _cli_commands() -> tuple[str, ...]:
    try:
        from desktop.cli import COMMANDS
    except ImportError:
        return ()
    return tuple(COMMANDS)


def first_argument(argv: list[str]) -> str | None:
    """The first argument that is neither an option nor an option's value."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg.startswith("-"):
            skip = arg in _OPTIONS_WITH_VALUE
            continue
        return arg
    return None


def main(argv: list[str] | None = None) -> int:
    """``wegwijzer [--data-dir DIR] [--lang nl|en] [--today DATE]``, or a CLI command."""
    args = list(sys.argv[1:] if argv is None else argv)
    command = first_argument(args)
    if command is not None and command in _cli_commands():
        from desktop import cli

        return int(cli.main(args))
    from ui import app

    return app.run(args)


if __name__ == "__main__":
    sys.exit(main())
