"""The ``sync`` and ``team`` subcommands of the CLI (registered by :mod:`desktop.cli`)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.messages import N_, Problem
from desktop.passphrase import NoPassphraseSource, obtain_secret, read_secret_file
from desktop.store.keys import Argon2Params

if TYPE_CHECKING:  # the store (SQLAlchemy, the models) is imported when a command opens it
    from desktop.store import Store

TEAM_PASSPHRASE_ENV = "WEGWIJZER_TEAM_PASSPHRASE"
ENROLMENT_CODE_ENV = "WEGWIJZER_ENROLMENT_CODE"


class MissingOption(Problem):
    """A ``team`` action without an option it needs; the CLI exits with code 2."""

    def __init__(self, option: str, action: str) -> None:
        super().__init__(N_("wegwijzer team {action} heeft {option} nodig."), action=action,
                         option=option)  # fmt: skip


Opener = Callable[[argparse.Namespace], "Store"]
AddCommand = Callable[[str, str], argparse.ArgumentParser]


def add_parsers(command: AddCommand) -> None:
    """Add ``sync`` and ``team`` to the CLI's parser."""
    sync = command("sync", "synchroniseer met de teammap op de netwerkschijf")
    sync.add_argument("--share", type=Path, metavar="MAP", help="de teammap (anders de bekende)")
    sync.add_argument("--json", action="store_true", help="verslag als JSON")
    team = command(
        "team", "maak een team, sluit aan, maak een aanmeldbestand, of beheer de laptops"
    )
    team.add_argument(
        "action",
        choices=("create", "join", "enrolment", "laptops", "approve", "revoke", "rotate"),
        metavar="ACTIE",
        help="create | join | enrolment | laptops | approve LAPTOP | revoke LAPTOP | rotate",
    )
    team.add_argument("laptop", nargs="?", default="", metavar="LAPTOP",
                      help="de laptopcode (bij approve en revoke)")  # fmt: skip
    team.add_argument("--share", type=Path, metavar="MAP", help="de teammap")
    team.add_argument(
        "--enrolment",
        type=Path,
        metavar="BESTAND",
        help="aanmeldbestand (bij join), of het te schrijven bestand (enrolment)",
    )
    team.add_argument(
        "--code-file",
        type=Path,
        metavar="BESTAND",
        help=(
            f"lees de aanmeldcode hieruit (anders ${ENROLMENT_CODE_ENV}, anders gevraagd); "
            "bij enrolment: zonder code maakt Wegwijzer er een en toont die eenmalig"
        ),
    )
    team.add_argument(
        "--team-passphrase-file",
        type=Path,
        metavar="BESTAND",
        help=f"lees het teamwachtwoord hieruit (anders ${TEAM_PASSPHRASE_ENV})",
    )


def cmd_sync(args: argparse.Namespace, open_store: Opener) -> int:
    """Sync once and report what was sent, received, skipped and in conflict."""
    from desktop.access.team import sync  # audited: what left the laptop, and where

    with open_store(args) as store:
        report = sync(store, args.share)
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


def _enrolment_code(args: argparse.Namespace) -> str:
    """The enrolment code for joining: --code-file, else the variable, else a prompt."""
    try:
        return obtain_secret(
            file=args.code_file, env_var=ENROLMENT_CODE_ENV, prompt="Aanmeldcode: "
        )
    except NoPassphraseSource:
        raise NoPassphraseSource(
            N_(
                "Geen aanmeldcode opgegeven en er is geen terminal om erom te vragen. "
                "Gebruik --code-file BESTAND of de omgevingsvariabele {env_var}."
            ),
            env_var=ENROLMENT_CODE_ENV,
        ) from None


def _chosen_enrolment_code(args: argparse.Namespace) -> str | None:
    """A code the admin chose (--code-file or the variable); None: Wegwijzer makes one."""
    if args.code_file is not None:
        return read_secret_file(args.code_file)
    return os.environ.get(ENROLMENT_CODE_ENV) or None


def _write_enrolment(args: argparse.Namespace, store: Store, params: Argon2Params) -> None:
    from desktop.access.enrolment import write_enrolment

    if args.enrolment is None:
        raise MissingOption("--enrolment BESTAND", args.action)
    chosen = _chosen_enrolment_code(args)
    code = write_enrolment(store, args.enrolment, chosen, params=params)
    print(f"Aanmeldbestand geschreven: {args.enrolment}")
    if chosen is None:
        print(f"Aanmeldcode (wordt maar één keer getoond; niet opgeslagen):\n\n    {code}\n")
    else:
        print("Het bestand is versleuteld met de opgegeven aanmeldcode.")
    print(
        "Geef de aanmeldcode apart van het bestand door, bijvoorbeeld telefonisch: nooit in\n"
        "dezelfde e-mail, op dezelfde USB-stick of op hetzelfde briefje. Zonder de code is het\n"
        "bestand onbruikbaar. Verwijder het bestand zodra de nieuwe laptop is aangesloten."
    )


def _laptops(args: argparse.Namespace, store: Store) -> None:
    """The team's laptops: list them, approve or revoke one (admins), rotate the team key."""
    from desktop.access import laptops

    if args.action in ("approve", "revoke") and not args.laptop:
        raise MissingOption("LAPTOP", args.action)
    if args.action == "approve":
        laptops.approve_laptop(store, args.laptop)
        print(f"Laptop {args.laptop} is goedgekeurd.")
    elif args.action == "revoke":
        laptops.revoke_laptop(store, args.laptop)
        print(f"Laptop {args.laptop} is uit het team verwijderd; de teamsleutel is vervangen.")
    elif args.action == "rotate":
        laptops.rotate_team_key(store)
        print("De teamsleutel is vervangen.")
    else:
        for row in laptops.list_laptops(store):
            mark = " (deze laptop)" if row.this_laptop else ""
            print(f"{row.laptop}  {row.status}{mark}  {row.approved_at}")


def cmd_team(args: argparse.Namespace, open_store: Opener, params: Argon2Params) -> int:
    """Create a team folder, join one, or write an enrolment file for a new laptop."""
    from desktop.access import team  # admins only, audited

    with open_store(args) as store:
        if args.action == "enrolment":
            _write_enrolment(args, store, params)
            return 0
        if args.action in ("laptops", "approve", "revoke", "rotate"):
            _laptops(args, store)
            return 0
        if args.share is None:
            raise MissingOption("--share MAP", args.action)
        if args.action == "create":
            made = team.create_team(store, args.share, _team_passphrase(args, True), params=params)
            print(f"Team aangemaakt in {args.share} (team {made.team_id[:8]}).")
        elif args.enrolment is not None:
            team.join_with_enrolment(store, args.share, args.enrolment, _enrolment_code(args))
            print(f"Aangesloten bij de teammap {args.share}.")
        else:
            team.join_team(store, args.share, _team_passphrase(args, False))
            print(f"Aangesloten bij de teammap {args.share}.")
    return 0
