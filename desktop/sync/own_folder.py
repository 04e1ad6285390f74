"""A laptop reads its own folders too: files there it did not write are noticed.

:mod:`desktop.sync.own` compares the laptop's own folders with its record of what it wrote
(missing and changed files are written again). A file there that it has no record of is
either its own from a life before a restore (then it switches identity) or put there by
someone else. Only a file signed with this laptop's own key counts as the former; anything
else is a forgery: reported, never read, never taken as a reason to change identity.
"""

from __future__ import annotations

from desktop.messages import N_
from desktop.store import Store
from desktop.sync import own
from desktop.sync.crypto import KIND_BATCH, KIND_SNAPSHOT, FileProblem
from desktop.sync.identity import verify
from desktop.sync.share import Listing, Share
from desktop.sync.signed import envelope
from desktop.sync.trust import Trust

FORGED = N_(
    "{count} bestand(en) in de eigen map van deze laptop op de teammap zijn niet door deze "
    "laptop gemaakt (vervalst of neergezet door iemand anders) en worden niet gelezen."
)
NOT_OURS = N_("staat in de eigen map van deze laptop maar is niet door deze laptop ondertekend")


def forged_files(store: Store, share: Share, trust: Trust, listing: Listing) -> dict[str, str]:
    """Files in this laptop's own folders it has no record of and did not sign: key -> reason."""
    with store.reading() as session:
        connection = session.connection()
        mine = set(own.identities(connection))
        known = set(own.records(connection))
    forged: dict[str, str] = {}
    for file in listing.files:
        if file.device not in mine or file.key in known:
            continue
        try:
            found = envelope(
                share.read(file), KIND_BATCH if file.kind == "batch" else KIND_SNAPSHOT
            )
        except FileProblem:
            forged[file.key] = NOT_OURS
            continue
        statement = found.statement
        if (
            statement.laptop != trust.keys.laptop_id
            or statement.name != file.name
            or statement.device != file.device
            or not verify(trust.keys.sign_public, found.signature, found.signed)
        ):
            forged[file.key] = NOT_OURS
    return forged
