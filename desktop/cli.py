"""The command line of Wegwijzer: headless work on the encrypted dossier, in Dutch.

``wegwijzer <opdracht>`` runs here; without an opdracht the launcher opens the screens. This
module never imports Qt. Exit codes: 0 done, 1 an expected failure (the Dutch message is
printed, no traceback), 2 a usage error.

``WEGWIJZER_KDF_PROFILE=test`` (for the test suite only) selects cheap Argon2id costs for new
passphrases; never use it for real data.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import logging
import os
import re
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from desktop import __version__
from desktop import cli_sync as sync_commands
from desktop.diagnostics import PrivacyFilter, configure_logging
from desktop.messages import N_, Problem
from desktop.passphrase import (
    NEW_PASSPHRASE_ENV,
    PASSPHRASE_ENV,
    RECOVERY_KEY_ENV,
    NoPassphraseSource,
    obtain_secret,
)
from desktop.store.keys import DEFAULT_ARGON2, Argon2Params, test_costs_allowed
from desktop.store.paths import default_data_dir

if TYPE_CHECKING:  # the store (SQLAlchemy, the models) is imported when a command opens it
    from desktop.store import Store

#: The subcommands; the launcher opens the screens when argv[0] is none of these.
COMMANDS: tuple[str, ...] = (
    "init",
    "demo",
    "deadlines",
    "export",
    "import",
    "passwd",
    "recover",
    "rekey",
    "sync",
    "team",
    "handout",
    "translations",
    "rules",
    "consent",
    "partner-pip",
    "papier",
    "report",
    "report-targets",
)

KDF_PROFILE_ENV = "WEGWIJZER_KDF_PROFILE"
TEST_ARGON2 = Argon2Params(time_cost=1, memory_kib=8192, parallelism=1)
EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2

log = logging.getLogger("wegwijzer.cli")

_LOSS_WARNING = (
    "Let op: wie ALLE wachtwoorden én deze herstelsleutel kwijtraakt, is de gegevens voorgoed\n"
    "kwijt. Niemand (ook de beheerder of de leverancier niet) kan ze dan terughalen.\n"
    "Print of noteer de sleutel nu en bewaar hem veilig, niet bij de laptop."
)

# argparse's own messages, in Dutch (the ones a user will actually meet).
_ARGPARSE_DUTCH = (
    (r"the following arguments are required: (.*)", r"deze argumenten ontbreken: \1"),
    (r"unrecognized arguments: (.*)", r"onbekende argumenten: \1"),
    (
        r"argument (\S+): invalid choice: (.*?) \(choose from (.*)\)",
        r"argument \1: onbekende keuze \2 (kies uit \3)",
    ),
    (r"argument (\S+): invalid (\w+) value: (.*)", r"argument \1: ongeldige waarde \3"),
    (r"argument (\S+): expected one argument", r"argument \1: verwacht één waarde"),
)


class CliUsageError(Problem):
    """A command used wrongly in a way argparse cannot see; exit code 2."""

    text = N_("Dit commando is verkeerd gebruikt.")


def kdf_params() -> Argon2Params:
    """Argon2id costs for new passphrases: the defaults, or cheap ones inside the test suite.

    The environment variable alone does nothing: it counts only when the test suite's pytest
    plugin allowed cheap costs (desktop.store.keys.allow_test_costs), so a production slot is
    never made cheaper to guess.
    """
    if os.environ.get(KDF_PROFILE_ENV) == "test" and test_costs_allowed():
        return TEST_ARGON2
    return DEFAULT_ARGON2


class _Parser(argparse.ArgumentParser):
    """ArgumentParser with Dutch usage and error messages."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)
        self._positionals.title = "argumenten"
        self._optionals.title = "opties"
        self.add_argument("-h", "--help", action="help", help="toon deze hulp en stop")

    def format_usage(self) -> str:
        return super().format_usage().replace("usage:", "gebruik:", 1)

    def format_help(self) -> str:
        return super().format_help().replace("usage:", "gebruik:", 1)

    def error(self, message: str) -> NoReturn:
        for pattern, dutch in _ARGPARSE_DUTCH:
            message = re.sub(pattern, dutch, message)
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: fout: {message}\n")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"geen datum (JJJJ-MM-DD): {text!r}") from error


def _today(args: argparse.Namespace) -> date:
    """The clock of a command: ``--today``, or the computer's date. The one place it is read."""
    given: date | None = getattr(args, "today", None)
    return given or date.today()


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"geen positief geheel getal: {text!r}")
    return int(text)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    shared = argparse.ArgumentParser(add_help=False)
    shared.add_argument(
        "--data-dir",
        type=Path,
        metavar="MAP",
        default=argparse.SUPPRESS,
        help="map van de database (standaard: de gegevensmap van de gebruiker)",
    )
    shared.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="BESTAND",
        default=argparse.SUPPRESS,
        help=f"lees het wachtwoord uit dit bestand (anders ${PASSPHRASE_ENV}, "
        "anders wordt erom gevraagd)",
    )
    parser = _Parser(
        prog="wegwijzer",
        parents=[shared],
        description="Wegwijzer zonder scherm: database, demogegevens, termijnen, "
        "uitwisselbestanden en wachtwoorden.",
    )
    sub = parser.add_subparsers(
        dest="command", title="opdrachten", metavar="OPDRACHT", parser_class=_Parser
    )
    sub.required = True

    def command(name: str, text: str) -> argparse.ArgumentParser:
        made: argparse.ArgumentParser = sub.add_parser(
            name,
            help=text,
            description=text,
            parents=[shared],  # type: ignore[list-item]  # typeshed wants the parser_class
        )
        return made

    command("init", "maak een nieuwe versleutelde database en toon de herstelsleutel")
    demo = command("demo", "voeg verzonnen demopersonen toe (maakt zo nodig een database)")
    demo.add_argument(
        "--people", type=_positive, required=True, metavar="N", help="aantal personen"
    )
    demo.add_argument("--seed", type=int, default=0, metavar="S", help="startwaarde (standaard 0)")
    demo.add_argument("--today", type=_date, metavar="JJJJ-MM-DD", help="datum van vandaag")
    demo.add_argument(
        "--users",
        action="store_true",
        help="een nieuwe database krijgt een gebruiker per democonsulent (zelfde wachtwoord)",
    )
    deadlines = command("deadlines", "toon per persoon de huidige stap en de volgende termijn")
    deadlines.add_argument(
        "--today", type=_date, metavar="JJJJ-MM-DD", help="reken alsof het deze datum is"
    )
    deadlines.add_argument("--json", action="store_true", help="uitvoer als JSON")
    deadlines.add_argument(
        "--notes",
        action="store_true",
        help="met --json: ook de toelichting per stap en de tekst van elke regelovertreding "
        "(rekent iedereen opnieuw door, trager)",
    )
    deadlines.add_argument(
        "--consultant",
        metavar="NAAM",
        help="alleen de personen van deze consulent (deel van de naam)",
    )
    deadlines.add_argument("--overdue", action="store_true", help="alleen te late termijnen")
    deadlines.add_argument("--all", action="store_true", help="ook beëindigde trajecten")
    deadlines.add_argument(
        "--rules", type=Path, metavar="BESTAND", help="reken met dit regelbestand (TOML)"
    )
    rules = command("rules", "werk met regelbestanden van de klantreis")
    rules_sub = rules.add_subparsers(dest="rules_command", metavar="ACTIE", parser_class=_Parser)
    rules_sub.required = True
    check = rules_sub.add_parser(
        "check", help="controleer een regelbestand", description="controleer een regelbestand"
    )
    check.add_argument("file", type=Path, metavar="BESTAND", help="het regelbestand (TOML)")
    team_text = "maak een regelbestand de regels van het team (eerst een voorvertoning)"
    imported = rules_sub.add_parser(
        "import", help=team_text, description=team_text,
        parents=[shared],  # type: ignore[list-item]  # typeshed wants the parser_class
    )  # fmt: skip
    imported.add_argument("file", type=Path, metavar="BESTAND", help="het regelbestand (TOML)")
    imported.add_argument("--yes", action="store_true", help="bevestig: importeer echt")
    imported.add_argument("--note", default="", metavar="TEKST", help="waarom deze versie")
    imported.add_argument(
        "--today", type=_date, metavar="JJJJ-MM-DD", help="reken de voorvertoning op deze datum"
    )
    shown = rules_sub.add_parser(
        "show", help="toon de regels van het team", description="toon de regels van het team",
        parents=[shared],  # type: ignore[list-item]  # typeshed wants the parser_class
    )  # fmt: skip
    del shown
    export = command("export", "schrijf dossiers naar een uitwisselbestand (JSON)")
    export.add_argument(
        "--person", action="append", metavar="ID", help="alleen deze persoon (id); mag vaker"
    )
    export.add_argument(
        "--out", type=Path, required=True, metavar="BESTAND", help="het bestand om te schrijven"
    )
    export.add_argument(
        "--overdracht", action="store_true",
        help="schrijf naast het bestand ook de warme overdracht (PDF) voor de nieuwe gemeente "
        "(één --person, alleen met toestemming)",
    )  # fmt: skip
    imp = command("import", "lees een uitwisselbestand in (alles of niets)")
    imp.add_argument("file", type=Path, metavar="BESTAND", help="het uitwisselbestand")
    imp.add_argument("--today", type=_date, metavar="JJJJ-MM-DD", help="datum van vandaag")
    passwd = command("passwd", "wijzig het wachtwoord")
    passwd.add_argument(
        "--new-passphrase-file",
        type=Path,
        metavar="BESTAND",
        help=f"lees het nieuwe wachtwoord hieruit (anders ${NEW_PASSPHRASE_ENV})",
    )
    recover = command("recover", "open met de herstelsleutel en kies een nieuw wachtwoord")
    recover.add_argument(
        "--recovery-key-file",
        type=Path,
        metavar="BESTAND",
        help=f"lees de herstelsleutel hieruit (anders ${RECOVERY_KEY_ENV})",
    )
    recover.add_argument(
        "--new-passphrase-file",
        type=Path,
        metavar="BESTAND",
        help=f"lees het nieuwe wachtwoord hieruit (anders ${NEW_PASSPHRASE_ENV})",
    )
    command("rekey", "vervang de databasesleutel, bijvoorbeeld nadat een gebruiker vertrok")
    sync_commands.add_parsers(command)
    _add_handout_commands(command)
    _add_report_command(command)
    return parser


def _add_report_command(command: Any) -> None:
    """The ``report`` subcommand (desktop/reports): the council report, suppressed."""
    report = command("report", "maak de rapportage sturen en meten (kleine aantallen verborgen)")
    report.add_argument("--from", dest="start", type=_date, required=True, metavar="JJJJ-MM-DD",
                        help="eerste dag van de periode")  # fmt: skip
    report.add_argument("--to", dest="end", type=_date, required=True, metavar="JJJJ-MM-DD",
                        help="laatste dag van de periode")  # fmt: skip
    report.add_argument("--consultant", metavar="ID", help="alleen deze consulent (id)")
    report.add_argument("--format", choices=["pdf", "xlsx", "csv", "json"], required=True,
                        help="bestandsvorm")  # fmt: skip
    report.add_argument("--today", type=_date, metavar="JJJJ-MM-DD", help="datum van vandaag")
    report.add_argument(
        "--out", type=Path, required=True, metavar="BESTAND", help="het bestand om te schrijven"
    )
    targets = command("report-targets", "toon of wijzig de streefwaarden van de rapportage "
                      "(wijzigen: alleen een beheerder)")  # fmt: skip
    targets.add_argument("--set", action="append", default=[], metavar="SLEUTEL=WAARDE",
                         help="streefwaarde van een indicator; leeg: geen")  # fmt: skip
    targets.add_argument("--norm", metavar="N", help="caseloadnorm per consulent; leeg = geen")
    targets.add_argument("--z-weight", type=float, metavar="W", help="gewicht Z-route (1-5)")
    targets.add_argument("--municipality", metavar="NAAM", help="gemeentenaam op het rapport")


def _add_handout_commands(command: Any) -> None:
    """The ``handout`` and ``translations`` subcommands (desktop/documents)."""
    handout = command("handout", "maak een handout (PDF) voor een persoon, tweetalig")
    handout.add_argument("--person", required=True, metavar="ID", help="de persoon (id)")
    handout.add_argument(
        "--doc", choices=["klantreis", "uitnodiging", "pip", "sociale_kaart"],
        default="klantreis", help="welk document (standaard: klantreis)",
    )  # fmt: skip
    handout.add_argument(
        "--lang", metavar="TAAL", help="taalcode (ar, ti, prs, fa, tr, so, en, nl); "
        "standaard de eerste taal van de persoon",
    )  # fmt: skip
    handout.add_argument(
        "--afspraak", choices=["koffie_en_koek", "brede_intake", "voortgang"],
        help="voor de uitnodiging: welk gesprek (standaard het eerstvolgende)",
    )  # fmt: skip
    handout.add_argument("--today", type=_date, metavar="JJJJ-MM-DD", help="datum van vandaag")
    handout.add_argument(
        "--contact", choices=["consulent", "mij"], default="consulent",
        help="wiens naam en telefoon erop staan: de consulent van de persoon (standaard; "
        "zonder consulent de uwe) of altijd de uwe",
    )  # fmt: skip
    handout.add_argument(
        "--out", type=Path, required=True, metavar="BESTAND", help="het PDF-bestand"
    )
    consent = command("consent", "leg toestemming vast om het PIP met een partner te delen")
    consent.add_argument("--person", required=True, metavar="ID", help="de persoon (id)")
    consent.add_argument(
        "--for", dest="recipient", required=True,
        choices=["taalaanbieder", "vwn_begeleider", "nieuwe_gemeente"],
        help="met wie gedeeld mag worden",
    )  # fmt: skip
    consent.add_argument("--name", default="", help="de naam van de partner (de taalschool)")
    consent.add_argument(
        "--given", type=_date, metavar="JJJJ-MM-DD", help="gegeven op (standaard vandaag)"
    )
    consent.add_argument(
        "--withdraw", type=_date, metavar="JJJJ-MM-DD",
        help="trek de geldige toestemming in op deze datum",
    )  # fmt: skip
    partner = command("partner-pip", "maak het PIP voor een partner (alleen met toestemming)")
    partner.add_argument("--person", required=True, metavar="ID", help="de persoon (id)")
    partner.add_argument(
        "--for", dest="recipient", required=True, choices=["taalaanbieder", "vwn_begeleider"],
        help="voor wie",
    )  # fmt: skip
    partner.add_argument("--today", type=_date, metavar="JJJJ-MM-DD", help="datum van vandaag")
    partner.add_argument(
        "--out", type=Path, required=True, metavar="BESTAND", help="het PDF-bestand"
    )
    paper = command(
        "papier", "maak een papier uit het dossier (PIP om te tekenen, Brede Intake, ...)"
    )
    paper.add_argument("--person", required=True, metavar="ID", help="de persoon (id)")
    paper.add_argument(
        "--doc", required=True,
        choices=["pip_ondertekening", "pip_taalaanbieder", "pip_vwn", "brede_intake", "overdracht"],
        help="welk papier",
    )  # fmt: skip
    paper.add_argument("--today", type=_date, metavar="JJJJ-MM-DD", help="datum van vandaag")
    paper.add_argument("--out", type=Path, required=True, metavar="BESTAND", help="het PDF-bestand")
    translations = command("translations", "toon welke handoutteksten ontbreken of concept zijn")
    translations.add_argument("--lang", metavar="TAAL", help="alleen deze taal")
    translations.add_argument("--all", action="store_true", help="noem elke ontbrekende tekst")
    translations.add_argument(
        "--reviewed-by", metavar="NAAM",
        help="markeer alle vertaalde teksten van --lang als gecontroleerd door deze vertaler",
    )  # fmt: skip
    translations.add_argument(
        "--update", action="store_true",
        help="zet nieuwe en gewijzigde teksten in de vertaalbestanden (.pot/.po)",
    )  # fmt: skip


# -- helpers ---------------------------------------------------------------------------------


def _data_dir(args: argparse.Namespace) -> Path:
    folder: Path | None = getattr(args, "data_dir", None)
    return folder if folder is not None else default_data_dir()


def _passphrase(args: argparse.Namespace, *, confirm: bool = False) -> str:
    return obtain_secret(
        file=getattr(args, "passphrase_file", None),
        env_var=PASSPHRASE_ENV,
        prompt="Wachtwoord: ",
        confirm_prompt="Herhaal het wachtwoord: " if confirm else None,
    )


def _new_passphrase(args: argparse.Namespace) -> str:
    return obtain_secret(
        file=args.new_passphrase_file,
        env_var=NEW_PASSPHRASE_ENV,
        prompt="Nieuw wachtwoord: ",
        confirm_prompt="Herhaal het nieuwe wachtwoord: ",
    )


def _begin_unlock(args: argparse.Namespace) -> str:
    """Ask the passphrase (once) and begin Argon2 (about 0.3 s, without the GIL) for the
    coming :func:`_open`, so that it runs while the command's modules, SQLAlchemy and the
    models import."""
    from desktop.store.keys import derive_early
    from desktop.store.paths import KEY_FILE_NAME

    passphrase: str | None = getattr(args, "_passphrase_given", None)
    if passphrase is None:
        passphrase = _passphrase(args)
        args._passphrase_given = passphrase
    derive_early(_data_dir(args) / KEY_FILE_NAME, passphrase)
    return passphrase


def _open(args: argparse.Namespace) -> Store:
    passphrase = _begin_unlock(args)
    _import_store()
    from desktop.access.session import unlock  # throttled, checked and audited

    return unlock(_data_dir(args), passphrase)


def _import_store() -> None:
    """Import the store's modules (SQLAlchemy, the models) the quick way.

    They make some hundred thousand objects and no garbage: without collections in between
    they import faster (0.53 s against 0.60 s on a two-core laptop), and frozen afterwards no
    later collection walks them again.
    """
    gc.disable()
    try:
        import desktop.access.session  # noqa: F401
    finally:
        gc.enable()
    gc.freeze()


def _show_recovery_key(folder: Path, key: str, out: TextIO) -> None:
    out.write(f"Nieuwe versleutelde database gemaakt in {folder}\n\n")
    out.write(f"HERSTELSLEUTEL:  {key}\n\n{_LOSS_WARNING}\n")


# -- commands --------------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> int:
    """Create a new encrypted database and print its recovery key."""
    from desktop.store import Store

    folder = _data_dir(args)
    passphrase = _passphrase(args, confirm=True)
    store, key = Store.create(folder, passphrase, params=kdf_params())
    store.close()
    _show_recovery_key(folder, key, sys.stdout)
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    """Add demo people, creating the database first when there is none.

    With ``--users`` a new demo database gets one user per demo consultant (linked to
    them), all with the same passphrase as the admin who made it.
    """
    from desktop.access.users import ensure_users
    from desktop.demo import add_demo_users, populate_demo
    from desktop.store import Store, StoreLocation

    folder = _data_dir(args)
    passphrase = ""
    if StoreLocation(folder).exists():
        store = _open(args)
    else:
        passphrase = _passphrase(args, confirm=True)
        store, key = Store.create(folder, passphrase, params=kdf_params())
        _show_recovery_key(folder, key, sys.stdout)
        print()
    with store:
        summary = populate_demo(store, people=args.people, today=_today(args), seed=args.seed)
        users: list[str] = []
        if passphrase and args.users:
            ensure_users(store)  # the maker is the admin
            users = add_demo_users(store, passphrase, params=kdf_params())
    print(
        f"{summary.people} demopersonen toegevoegd in {summary.households} huishoudens "
        f"({summary.trajectories} trajecten, {summary.consultants} consulenten)."
    )
    if users:
        print(f"Gebruikers met hetzelfde wachtwoord: {store.user} (beheerder), " + ", ".join(users))
    return EXIT_OK


def _deadline_rows(args: argparse.Namespace) -> list[dict[str, Any]]:
    today = _today(args)
    # Begun first, so that Argon2 runs while these modules import.
    passphrase = _begin_unlock(args)
    from desktop.access.glance import glance
    from desktop.audit.trail import Action
    from desktop.journey.listing import Wanted, kept_deadline_rows

    wanted = Wanted(ended=args.all, overdue_only=args.overdue, consultant=args.consultant or "")
    detail = "{} personen (opdrachtregel)"  # names leave the app: the trail says who, how many
    with glance(_data_dir(args), passphrase) as look:
        if not (args.rules or args.notes):  # the kept rows, when they hold (no SQLAlchemy)
            rows = look.read(lambda connection: kept_deadline_rows(
                connection, today=today, wanted=wanted, steps=args.json))  # fmt: skip
            if rows is not None:
                look.record(Action.DEADLINES, detail=detail.format(len(rows)))
                return rows
        _import_store()
        from desktop.journey.listing import deadline_rows
        from desktop.journey.rules import load_rules

        store = look.store()
        rules = load_rules(args.rules) if args.rules else None
        with store.reading() as session:
            rows = deadline_rows(session, today=today, rules=rules, wanted=wanted,
                                 steps=args.json, notes=args.json and args.notes)  # fmt: skip
        look.record(Action.DEADLINES, detail=detail.format(len(rows)))
    return rows


def cmd_rules(args: argparse.Namespace) -> int:
    """``rules check FILE``, ``rules import FILE [--yes]`` and ``rules show``."""
    from desktop.journey.rules import RulesError, load_rules

    if args.rules_command == "import":
        return _rules_import(args)
    if args.rules_command == "show":
        return _rules_show(args)
    try:
        rules = load_rules(args.file)
    except RulesError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        count = len(error.problems)
        print(f"{count} {'fout' if count == 1 else 'fouten'} gevonden.", file=sys.stderr)
        return EXIT_FAILURE
    extra = len(rules.extra_steps)
    print(
        f"Regelbestand {args.file} is in orde: gemeente {rules.municipality}, "
        f"{extra} {'extra stap' if extra == 1 else 'extra stappen'}."
    )
    return EXIT_OK


def cmd_deadlines(args: argparse.Namespace) -> int:
    """Print per person the current step and the next deadline, soonest first."""
    rows = _deadline_rows(args)
    if args.json:
        import orjson  # about five times as fast as json here (6.4 MB for 5,000 people)

        # One person per line: readable, and still one array.
        text = (
            b"[\n" + b",\n".join(orjson.dumps(row) for row in rows) + b"\n]\n" if rows else b"[]\n"
        )
        binary = getattr(sys.stdout, "buffer", None)  # a terminal or a pipe; a test's StringIO
        if binary is not None:
            sys.stdout.flush()
            binary.write(text)
        else:
            sys.stdout.write(text.decode("utf-8"))
        return EXIT_OK
    if not rows:
        print("Geen personen gevonden.")
        return EXIT_OK
    header = ("Termijn", "Status", "Naam", "Huidige stap", "Volgende stap", "Consulent")
    table = [header] + [
        (
            "-".join(reversed(r["due"].split("-"))) if r["due"] else "-",
            r["status_label"] or "-",
            r["name"],
            r["current_step_label"] or "-",
            r["next_step_label"] or "-",
            r["consultant"] or "-",
        )
        for r in rows
    ]
    widths = [max(len(line[i]) for line in table) for i in range(len(header))]
    for line in table:
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip()
        )
    late = sum(1 for r in rows if r["overdue"])
    print(f"\n{len(rows)} personen, van wie {late} met een te late termijn.")
    return EXIT_OK


def _rules_import(args: argparse.Namespace) -> int:
    """Preview what a new rules file changes; with ``--yes`` make it the team's rules."""
    from desktop.journey.labels import dutch_date, step_label
    from desktop.journey.rules import RulesError
    from desktop.journey.team import import_rules, preview_rules

    try:
        text = args.file.read_text(encoding="utf-8")
    except OSError as error:
        raise RulesError(
            N_("Regelbestand {path} kan niet worden gelezen: {error}."), path=args.file, error=error
        ) from None
    with _open(args) as store:
        preview = preview_rules(store, text, today=_today(args), name=str(args.file))
        print(f"Versie {preview.version} van de regels voor {preview.rules.municipality}.")
        print(f"Deze {preview.people} personen krijgen een nieuwe termijn:")
        for change in preview.changes:
            old = dutch_date(change.old_due) if change.old_due else "geen"
            new = dutch_date(change.new_due) if change.new_due else "geen"
            label = step_label(change.step, preview.rules)
            print(f"  {change.name}: {label} {old} -> {new}")
        if not args.yes:
            print("Niets veranderd. Herhaal met --yes om deze regels voor het hele team in te "
                  "voeren.")  # fmt: skip
            return EXIT_OK
        version = import_rules(store, text, note=args.note)
    print(f"Versie {version} is nu de regels van het team; elke laptop rekent ermee na de "
          "volgende synchronisatie.")  # fmt: skip
    return EXIT_OK


def _rules_show(args: argparse.Namespace) -> int:
    from desktop.journey.team import team_rules, team_rules_version

    with _open(args) as store, store.reading() as session:
        rules, version = team_rules(session), team_rules_version(session)
    where = f"versie {version}" if version else "het standaardbestand (geen eigen versie)"
    print(f"Regels van het team: {rules.municipality}, {where}.")
    return EXIT_OK


#: The page cache of the export's connection (the process ends after it).
EXPORT_CACHE_KIB = 16 * 1024


def cmd_export(args: argparse.Namespace) -> int:
    """Write an exchange file atomically, readable by the owner only, streamed to the file.

    A full export is one audit entry (it holds everyone); an export of named people is one
    entry per person named.
    """
    from desktop.audit.trail import Action, record, record_for_people
    from desktop.exchange import write_export
    from desktop.exchange.export import person_ids_in_order
    from desktop.store.atomic import open_atomic, write_atomic

    with _open(args) as store:
        from desktop.dossier.health import require_health

        require_health(store)  # the file holds the health data: not for a teamleider
        handover = None
        if args.person:
            with store.reading() as session:
                found = set(person_ids_in_order(session, args.person))
            missing = [pid for pid in args.person if pid not in found]
            if missing:
                raise CliUsageError(
                    N_("Onbekende persoon-id: {ids}. Er is niets geschreven."),
                    ids=", ".join(missing),
                )
            record_for_people(store, Action.EXPORT, sorted(found), detail="uitwisselbestand (CLI)")
        else:
            record(store, Action.EXPORT, detail="uitwisselbestand (CLI), alle personen")
        if args.overdracht:  # refused without consent, before anything is written
            handover = _handover(store, args, list(args.person or []))
        with store.reading() as session, open_atomic(args.out, mode=0o600) as handle:
            # One pass over every table: a page cache scaled for the caseload would only fill.
            session.connection().exec_driver_sql(f"PRAGMA cache_size = -{EXPORT_CACHE_KIB}")
            count = write_export(session, handle, args.person or None)
    print(f"{count} personen geëxporteerd naar {args.out}.")
    if handover is not None:
        write_atomic(handover[0], handover[1], mode=0o600)
        print(f"Warme overdracht (PDF) geschreven naar {handover[0]}.")
    print(
        "Let op: dit bestand is niet versleuteld. Bewaar en verstuur het alleen beveiligd.",
        file=sys.stderr,
    )
    return EXIT_OK


def _handover(store: Store, args: argparse.Namespace, exported: list[str]) -> tuple[Path, bytes]:
    """The overdracht PDF to write next to the exchange file (refused without consent)."""
    from desktop.documents import HandoutMaker
    from desktop.documents.dossier_papers import PaperKind, make_paper

    if not args.person or len(args.person) != 1:
        raise CliUsageError(N_("De warme overdracht is voor één persoon: noem één --person."))
    if args.person[0] not in exported:
        raise CliUsageError(N_("Onbekende persoon-id: {ids}. Er is niets geschreven."),
                            ids=args.person[0])  # fmt: skip
    paper = make_paper(
        store, HandoutMaker(), args.person[0], PaperKind.OVERDRACHT, today=date.today()
    )
    return args.out.with_name(f"{args.out.stem}-overdracht.pdf"), paper.pdf


def cmd_import(args: argparse.Namespace) -> int:
    """Read an exchange file into the database: everything, or nothing."""
    from desktop.exchange import import_data, read_exchange_file

    document = read_exchange_file(args.file)
    with _open(args) as store:
        summary = import_data(store, document, today=_today(args))
    existing = summary.households_existing + summary.consultants_existing
    note = f" ({existing} bestaande huishoudens/consulenten behouden)" if existing else ""
    print(f"{summary.persons} personen geïmporteerd, {summary.records} gegevens in totaal{note}.")
    return EXIT_OK


def cmd_passwd(args: argparse.Namespace) -> int:
    """Change the passphrase of the user who unlocks the database."""
    with _open(args) as store:
        store.change_passphrase(_new_passphrase(args), params=kdf_params())
    print("Het wachtwoord is gewijzigd.")
    return EXIT_OK


def cmd_recover(args: argparse.Namespace) -> int:
    """Unlock with the recovery key and set a new passphrase."""
    key = obtain_secret(
        file=args.recovery_key_file, env_var=RECOVERY_KEY_ENV, prompt="Herstelsleutel: "
    )
    from desktop.access.session import unlock_with_recovery  # throttled, audited

    # Opens as the first active admin (not a made-up "beheerder"), so the new slot carries
    # that user's name and the trail says who recovered.
    with unlock_with_recovery(_data_dir(args), key) as store:
        store.change_passphrase(_new_passphrase(args), params=kdf_params())
    print(
        "De database is geopend met de herstelsleutel en heeft een nieuw wachtwoord. "
        "De herstelsleutel blijft geldig."
    )
    return EXIT_OK


def cmd_rekey(args: argparse.Namespace) -> int:
    """Re-encrypt the database under a new data key (admins); print the new recovery key."""
    passphrase = _passphrase(args)
    with _open(args) as store:

        def progress(done: int, total: int, what: str) -> None:
            print(f"  {done}/{total} {what}", file=sys.stderr)

        key = store.rotate_data_key(passphrase, params=kdf_params(), progress=progress)
    print(f"HERSTELSLEUTEL:  {key}\n\n{_LOSS_WARNING}")
    print(
        "De database heeft een nieuwe sleutel; de oude herstelsleutel werkt niet meer. Alleen "
        "uw wachtwoord is overgezet: geef de andere gebruikers een nieuw wachtwoord."
    )
    return EXIT_OK


def cmd_handout(args: argparse.Namespace) -> int:
    """Render one handout for one person and write it where the user asked (atomically)."""
    from desktop.access.names import my_consultant
    from desktop.audit.trail import Action, record
    from desktop.documents import DocumentKind, HandoutMaker
    from desktop.documents.data import Contact
    from desktop.store.atomic import write_atomic

    maker = HandoutMaker()
    with _open(args) as store:
        mine = Contact.of(my_consultant(store))  # the user logged in, as the team knows them
        if args.contact == "mij" and mine is None:
            print("U bent niet gekoppeld aan een consulent van het team (Beheer → Gebruikers).",
                  file=sys.stderr)  # fmt: skip
            return EXIT_FAILURE
        handout = maker.render_for(
            store, args.person, DocumentKind(args.doc), today=_today(args),
            lang=args.lang, appointment=args.afspraak, mine=mine,
            contact=mine if args.contact == "mij" else None,
        )  # fmt: skip
        write_atomic(args.out, handout.pdf, mode=0o600)
        # As the handout dialog's "save": kind and language, never the content or file name.
        detail = f"{handout.kind.value} {handout.language.code} (opdrachtregel)"
        record(store, Action.SAVE_DOCUMENT, person_id=args.person, detail=detail)
    notes = []
    if handout.draft:
        notes.append("conceptvertaling")
    if handout.fallbacks:
        notes.append(f"{handout.fallbacks} tekst(en) nog in het Nederlands")
    extra = f" ({'; '.join(notes)})" if notes else ""
    print(f"{args.doc} in het {handout.language.dutch_name} geschreven naar {args.out}{extra}.")
    return EXIT_OK


def cmd_consent(args: argparse.Namespace) -> int:
    """Record (or withdraw) a person's consent to share their PIP with a partner."""
    from desktop.documents.partners import give_consent, valid_consent, withdraw_consent
    from desktop.domain.enums import Recipient

    recipient = Recipient(args.recipient)
    with _open(args) as store:
        if args.withdraw:
            found = valid_consent(store, args.person, recipient, args.withdraw)
            if found is None:
                print("Er is geen geldige toestemming om in te trekken.", file=sys.stderr)
                return EXIT_FAILURE
            withdraw_consent(store, found.id, on=args.withdraw)
            print(f"Toestemming voor {recipient.value} ingetrokken op {args.withdraw}.")
            return EXIT_OK
        given = args.given or date.today()
        give_consent(store, args.person, recipient, given_on=given, recipient_name=args.name)
    print(f"Toestemming voor {recipient.value} vastgelegd, gegeven op {given}.")
    return EXIT_OK


def cmd_partner_pip(args: argparse.Namespace) -> int:
    """Write the PIP for a partner (refused without a valid consent)."""
    from desktop.documents import HandoutMaker
    from desktop.documents.partners import make_partner_pip
    from desktop.domain.enums import Recipient
    from desktop.store.atomic import write_atomic

    maker = HandoutMaker()
    with _open(args) as store:
        document = make_partner_pip(
            store, maker, args.person, Recipient(args.recipient), today=args.today or date.today()
        )
    write_atomic(args.out, document.pdf, mode=0o600)
    print(f"PIP voor {document.recipient.value} geschreven naar {args.out}.")
    return EXIT_OK


def cmd_paper(args: argparse.Namespace) -> int:
    """Write a paper from the dossier (partner papers only with consent; audited)."""
    from desktop.documents import HandoutMaker
    from desktop.documents.dossier_papers import PAPER_NAMES, PaperKind, make_paper
    from desktop.store.atomic import write_atomic

    kind = PaperKind(args.doc)
    with _open(args) as store:
        paper = make_paper(store, HandoutMaker(), args.person, kind, today=_today(args))
    write_atomic(args.out, paper.pdf, mode=0o600)
    print(f"{PAPER_NAMES[kind]} geschreven naar {args.out}.")
    return EXIT_OK


def cmd_translations(args: argparse.Namespace) -> int:
    """Report (or update) the handout translation catalogs; no database needed."""
    from desktop.documents import language, translation_report
    from desktop.documents.extract import mark_reviewed, update_catalogs

    if args.update:
        for path in update_catalogs():
            print(f"bijgewerkt: {path}")
    if args.reviewed_by:
        if not args.lang:
            print("Noem met --lang de taal die de vertaler heeft gecontroleerd.", file=sys.stderr)
            return EXIT_USAGE
        marked = mark_reviewed(language(args.lang), args.reviewed_by)
        print(f"gecontroleerd door {args.reviewed_by}: {marked} teksten")
    wanted = language(args.lang).code if args.lang else None
    for report in translation_report():
        if wanted and report.language.code != wanted:
            continue
        status = "gecontroleerd" if report.status.value == "reviewed" else "CONCEPT"
        print(
            f"{report.language.dutch_name} ({report.language.code}): {status}, "
            f"{report.translated}/{report.total} vertaald, {len(report.missing)} ontbreken, "
            f"{len(report.fuzzy)} onzeker, {len(report.broken)} met foute {{velden}}, "
            f"{len(report.unreviewed)} niet (meer) gecontroleerd"
        )
        if args.all or wanted:
            for label, texts in (("ontbreekt", report.missing), ("onzeker", report.fuzzy),
                                 ("foute velden", report.broken),
                                 ("niet gecontroleerd", report.unreviewed)):  # fmt: skip
                for text in texts:
                    print(f"  {label}: {text}")
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    """Write the report for a period (team or one consultant) in one format; audited."""
    _begin_unlock(args)
    from desktop.reports import TREND_PERIODS, Period, build_report
    from desktop.reports.export import Format, export_report

    period = Period(args.start, args.end)
    today = args.today or date.today()
    with _open(args) as store:
        if args.consultant is not None:
            from desktop.caseload import consultants

            if args.consultant not in dict(consultants(store)):
                raise CliUsageError(f"Onbekende consulent-id: {args.consultant}.")
        report = build_report(store, period, today=today, consultant_id=args.consultant,
                              trend=TREND_PERIODS)  # fmt: skip
        export_report(store, report, Format(args.format), args.out, made_on=today)
    print(f"Rapportage {period.label()} ({args.format}) geschreven naar {args.out}.")
    return EXIT_OK


def _optional_number(text: str) -> float | None:
    if not text.strip():
        return None
    try:
        return float(text.replace(",", "."))
    except ValueError:
        raise CliUsageError(f"Geen getal: {text!r}.") from None


def cmd_report_targets(args: argparse.Namespace) -> int:
    """Print the report's targets; an admin may change them (each change audited)."""
    from desktop.journey.rules import load_rules
    from desktop.reports.settings import (
        DEFAULT_TARGETS,
        load_settings,
        set_caseload_norm,
        set_municipality,
        set_target,
    )

    rules = load_rules()
    with _open(args) as store:
        for item in args.set:
            key, _, value = item.partition("=")
            if key not in DEFAULT_TARGETS:
                raise CliUsageError(f"Onbekende indicator: {key!r} (kies uit "
                                    f"{', '.join(DEFAULT_TARGETS)}).")  # fmt: skip
            set_target(store, key, _optional_number(value))
        if args.norm is not None or args.z_weight is not None:
            current = load_settings(store, rules)
            norm = _optional_number(args.norm) if args.norm is not None else current.caseload_norm
            set_caseload_norm(store, norm, args.z_weight or current.z_weight)
        if args.municipality is not None:
            set_municipality(store, args.municipality)
        settings = load_settings(store, rules)
    print(f"Gemeente: {settings.municipality}")
    for key, (_default, source) in DEFAULT_TARGETS.items():
        target = settings.target(key)
        print(f"{key:<24} {'geen' if target is None else f'{target:g}':>6}   ({source})")
    norm_text = "geen" if settings.caseload_norm is None else f"{settings.caseload_norm:g}"
    print(f"{'caseloadnorm':<24} {norm_text:>6}   (Z-route telt {settings.z_weight:g} keer)")
    return EXIT_OK


_HANDLERS = {
    "init": cmd_init,
    "demo": cmd_demo,
    "deadlines": cmd_deadlines,
    "export": cmd_export,
    "import": cmd_import,
    "passwd": cmd_passwd,
    "recover": cmd_recover,
    "rekey": cmd_rekey,
    "sync": lambda args: sync_commands.cmd_sync(args, _open),
    "team": lambda args: sync_commands.cmd_team(args, _open, kdf_params()),
    "handout": cmd_handout,
    "consent": cmd_consent,
    "partner-pip": cmd_partner_pip,
    "papier": cmd_paper,
    "translations": cmd_translations,
    "rules": cmd_rules,
    "report": cmd_report,
    "report-targets": cmd_report_targets,
}


def _configure_logging() -> None:
    """Warnings on stderr, the rest in the log file; both through the privacy filter."""
    console = logging.StreamHandler()
    console.setLevel(logging.WARNING)
    console.setFormatter(logging.Formatter("wegwijzer: %(levelname)s: %(message)s"))
    console.addFilter(PrivacyFilter())
    logging.basicConfig(handlers=[console])  # no-op when the root logger has handlers
    configure_logging("wegwijzer-cli")


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit code (0 ok, 1 expected failure, 2 usage error)."""
    from desktop.hardening import disable_core_dumps

    disable_core_dumps()  # no core file can hold the key or a passphrase
    _configure_logging()
    parser = build_parser()
    try:
        args = parser.parse_args(list(argv) if argv is not None else None)
    except SystemExit as stop:
        return stop.code if isinstance(stop.code, int) else EXIT_USAGE
    log.info("wegwijzer %s: %s", __version__, args.command)
    try:
        return _HANDLERS[args.command](args)
    except (NoPassphraseSource, CliUsageError, sync_commands.MissingOption) as error:
        print(f"wegwijzer: {error}", file=sys.stderr)
        return EXIT_USAGE
    except Problem as error:  # store, exchange, rules, passphrase, handout, sync ...
        log.debug("%s bij %s", type(error).__name__, args.command)
        print(f"wegwijzer: {error}", file=sys.stderr)
        return EXIT_FAILURE
    except BrokenPipeError:  # e.g. `wegwijzer deadlines | head`: the reader has enough
        with contextlib.suppress(OSError, ValueError):  # keep the interpreter's exit quiet
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        print("\nwegwijzer: afgebroken.", file=sys.stderr)
        return EXIT_FAILURE
    except Exception:  # a bug: into the log file (without personal data), then as usual
        log.exception("Opdracht %s mislukt", args.command)
        raise


def run_process(argv: Sequence[str] | None = None) -> int:
    """:func:`main` in a process of its own (``python -m desktop.cli``, ``wegwijzer``).

    Once the command is done nothing it made needs the garbage collector: frozen, the
    interpreter's last collection at exit skips it (a full pass over SQLAlchemy, the models
    and the rows took about 0.3 s of CPU after ``deadlines`` had written its last line).
    """
    code = main(argv)
    gc.freeze()
    return code


if __name__ == "__main__":
    sys.exit(run_process())
