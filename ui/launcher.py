"""The ``wegwijzer`` command: a CLI command when one is named, otherwise the GUI.

No Qt import here, so that the CLI starts fast and runs where there is no display.
"""

from __future__ import annotations

import difflib
import sys

#: Options (GUI and CLI, and Qt's own) that take a value; their value is not a command name.
_OPTIONS_WITH_VALUE = (
    "--data-dir",
    "--lang",
    "--today",
    "--passphrase-file",
    "-platform",
    "-platformpluginpath",
    "-platformtheme",
    "-plugin",
    "-qwindowgeometry",
    "-qwindowicon",
    "-qwindowtitle",
    "-session",
    "-display",
    "-geometry",
    "-style",
    "-stylesheet",
)
EXIT_USAGE = 2


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


def unknown_command(command: str, commands: tuple[str, ...]) -> str:
    """The Dutch error for a command that does not exist (the app takes no positional)."""
    close = difflib.get_close_matches(command, commands, n=1)
    hint = f" Bedoelt u '{close[0]}'?" if close else ""
    return (
        f"wegwijzer: onbekende opdracht '{command}'.{hint}\n"
        f"Geldige opdrachten: {', '.join(commands)}.\n"
        "Zonder opdracht opent Wegwijzer het venster; 'wegwijzer OPDRACHT --help' helpt verder."
    )


def main(argv: list[str] | None = None) -> int:
    """``wegwijzer [--data-dir DIR] [--lang nl|en] [--today DATE]``, or a CLI command.

    Any other word where a command goes is an error (exit 2), not a reason to open the app.
    """
    args = list(sys.argv[1:] if argv is None else argv)
    command = first_argument(args)
    if command is not None:
        commands = _cli_commands()
        if command in commands:
            from desktop import cli

            return int(cli.run_process(args) if argv is None else cli.main(args))
        print(unknown_command(command, commands), file=sys.stderr)
        return EXIT_USAGE
    from ui import app

    return app.run(args)


if __name__ == "__main__":
    sys.exit(main())
