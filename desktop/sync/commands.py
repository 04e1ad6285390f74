"""The ``sync`` and ``team`` subcommands of the CLI (registered by :mod:`desktop.cli`)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from desktop.passphrase import obtain_secret
from desktop.store import Store
from desktop.store.keys import Argon2Params

TEAM_PASSPHRASE_ENV = "WEGWIJZER_TEAM_PASSPHRASE"

Opener = Callable[[argparse.Namespace], Store]
AddCommand = Callable[[str, str], argparse.ArgumentParser]


def add_parsers(command: AddCommand) -> None:
    """Add ``sync`` and ``team`` to the CLI's parser."""
    sync = command("sync", "synchroniseer met de teammap op de netwerkschijf")
    sync.add_argument("--share", type=Path, metavar="MAP", help="de teammap (anders de bekende)")
    sync.add_argument("--json", action="store_true", help="verslag als JSON")
    team = command("team", "maak een team, sluit aan, of maak een aanmeldbestand")
    team.add_argument(
        "action",
        choices=("create", "join", "enrolment"),
        metavar="ACTIE",
        help="create | join | enrolment",
    )
    team.add_argument("--share", type=Path, metavar="MAP", help="de teammap")
    team.add_argument(
        "--enrolment",
        type=Path,
        metavar="BESTAND",
        help="aanmeldbestand (bij join), of het te schrijven bestand (enrolment)",
    )
    team.add_argument(
        "--team-passphrase-file",
        type=Path,
        metavar="BESTAND",
        help=f"lees het teamwachtwoord hieruit (anders ${TEAM_PASSPHRASE_ENV})",
    )


def cmd_sync(args: argparse.Namespace, open_store: Opener) -> int:
    """Sync once and report what was sent, received, skipped and in conflict."""
    from desktop.sync.engine import synchronise

    with open_store(args) as store:
        report = synchronise(store, args.share)
    if args.json:
        json.dump(report.to_json(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(report.summary())
        for skipped in report.skipped:
            print(f"  overgeslagen: {skipped.file}: {skipped.reason}")
    return 0


def _team_passphrase(args: argparse.Namespace, confirm: bool) -> str:
    return obtain_secret(
        file=args.team_passphrase_file,
        env_var=TEAM_PASSPHRASE_ENV,
        prompt="Teamwachtwoord: ",
        confirm_prompt="Herhaal het teamwachtwoord: " if confirm else None,
    )


def cmd_team(args: argparse.Namespace, open_store: Opener, params: Argon2Params) -> int:
    """Create a team folder, join one, or write an enrolment file for a new laptop."""
    from desktop.sync import team

    with open_store(args) as store:
        if args.action == "enrolment":
            if args.enrolment is None:
                raise ValueError("--enrolment")
            team.write_enrolment(store, args.enrolment)
            print(
                f"Aanmeldbestand geschreven: {args.enrolment}. Het bevat de teamsleutel: "
                "geef het alleen persoonlijk door en verwijder het na gebruik."
            )
            return 0
        if args.share is None:
            raise ValueError("--share")
        if args.action == "create":
            made = team.create_team(store, args.share, _team_passphrase(args, True), params=params)
            print(f"Team aangemaakt in {args.share} (team {made.team_id[:8]}).")
        elif args.enrolment is not None:
            team.join_with_enrolment(store, args.share, args.enrolment)
            print(f"Aangesloten bij de teammap {args.share}.")
        else:
            team.join_team(store, args.share, _team_passphrase(args, False))
            print(f"Aangesloten bij de teammap {args.share}.")
    return 0
