"""Render every handout in every language to PDF and PNG, to look at them.

Usage: python scripts/render_handouts.py [--out screenshots/handouts] [--dpi 60]

Makes a throwaway encrypted store with demo people (synthetic names), picks for each
language a demo person who speaks it (or the most complete one), renders the four documents
and turns every page into a PNG with ``pdftoppm`` (poppler-utils). ``screenshots/`` is
ignored by git: these files are for looking, not for committing.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.demo import populate_demo  # noqa: E402
from desktop.documents import LANGUAGES, DocumentKind, HandoutMaker  # noqa: E402
from desktop.documents.data import HandoutPerson, load_handout_person  # noqa: E402
from desktop.documents.languages import person_language  # noqa: E402
from desktop.domain.model import Trajectory  # noqa: E402
from desktop.store import Store  # noqa: E402
from desktop.store.keys import Argon2Params  # noqa: E402

TODAY = date(2025, 6, 2)
DEMO_KDF = Argon2Params(time_cost=1, memory_kib=8192, parallelism=1)  # throwaway demo store


def _score(person: HandoutPerson) -> int:
    """Prefer people in the middle of the journey, with a PIP, agreements and an appointment."""
    score = 0
    if person.pip is not None:
        score += 2 + len(person.pip.agreements)
    if person.appointments:
        score += 3
    if person.journey.current_step is not None and not person.journey.ended:
        score += 2
    if person.name_original:
        score += 1
    return score


def pick_people(store: Store, maker: HandoutMaker) -> dict[str, HandoutPerson]:
    """Per handout language the best demo person who reads it (else the best of all)."""
    best: dict[str, HandoutPerson] = {}
    with store.reading() as session:
        ids = [t.person_id for t in session.query(Trajectory).all()]
        for pid in ids:
            person = load_handout_person(session, pid, today=TODAY, rules=maker.rules)
            code = person_language(person.languages).code
            if code not in best or _score(person) > _score(best[code]):
                best[code] = person
    overall = max(best.values(), key=_score)
    return {code: best.get(code, overall) for code in LANGUAGES}


def render_papers(store: Store, maker: HandoutMaker, out: Path, dpi: int) -> None:
    """The dossier's papers (PIP to sign, partner PIPs, Brede Intake, overdracht) of one demo
    person with a PIP and a Brede Intake, with consent for every recipient."""
    from sqlalchemy import select

    from desktop.documents.dossier_papers import PaperKind, make_paper
    from desktop.documents.partners import give_consent
    from desktop.domain.enums import Recipient
    from desktop.domain.model import BredeIntake, Pip

    with store.reading() as session:
        person_id = session.scalars(
            select(Pip.person_id).join(BredeIntake, BredeIntake.person_id == Pip.person_id)
        ).first()
    if person_id is None:
        print("papieren: geen demopersoon met PIP en Brede Intake")
        return
    for recipient in Recipient:
        give_consent(store, person_id, recipient, given_on=TODAY)
    for kind in PaperKind:
        paper = make_paper(store, maker, person_id, kind, today=TODAY)
        pdf = out / paper.file_name
        pdf.write_bytes(paper.pdf)
        subprocess.run(
            ["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(out / kind.value)], check=True
        )
        print(f"papier {kind.value}: {pdf}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots" / "handouts")
    parser.add_argument("--dpi", type=int, default=60)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    maker = HandoutMaker()
    with tempfile.TemporaryDirectory() as tmp:
        store, _key = Store.create(Path(tmp) / "data", "demo demo demo demo", params=DEMO_KDF)
        with store:
            populate_demo(store, people=120, today=TODAY, seed=3)
            people = pick_people(store, maker)
            render_papers(store, maker, args.out, args.dpi)
    for code, lang in LANGUAGES.items():
        person = people[code]
        for kind in DocumentKind:
            handout = maker.render(kind, person, lang, today=TODAY)
            stem = f"{kind.value}_{code}"
            pdf = args.out / f"{stem}.pdf"
            pdf.write_bytes(handout.pdf)
            subprocess.run(
                ["pdftoppm", "-r", str(args.dpi), "-png", str(pdf), str(args.out / stem)],
                check=True,
            )
            print(
                f"{stem}: {handout.pages} pagina('s), {handout.fallbacks} in het Nederlands"
                f"{' (concept)' if handout.draft else ''} - {person.name}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
