"""A laptop process for the kill test: adds consultants and syncs in a loop until killed."""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.domain.model import Consultant
from desktop.store import Store
from desktop.sync.engine import synchronise
from tests.conftest import PASSPHRASE


def main(folder: str, share: str) -> None:
    with Store.open(Path(folder), PASSPHRASE) as store:
        for round_ in range(1000):
            with store.transaction() as session:
                session.add_all(
                    Consultant(name=f"K{round_}-{i}", phone="x" * 200) for i in range(50)
                )
            synchronise(store, Path(share))
            print(round_, flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
