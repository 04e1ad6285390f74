"""Passphrase strength shown while typing (zxcvbn), and the recovery key kept off the laptop."""

from __future__ import annotations

from pathlib import Path

from ui.passphrase import NewPassphraseForm


def test_guessable_passphrases_are_shown_as_such_while_typing(qtbot, translations) -> None:
    form = NewPassphraseForm()
    qtbot.addWidget(form)
    form.set_words(("Hardinxveld-Giessendam",))
    for weak in ("Welkom2025!", "wachtwoord123", "1234567890", "Hardinxveld2025"):
        form.clear()
        qtbot.keyClicks(form.passphrase, weak)
        qtbot.keyClicks(form.confirmation, weak)
        assert form.hint.text().startswith("Makkelijk te raden"), weak
        assert not form.is_valid()
    form.clear()
    strong = "zeven vrolijke fietsers op de dijk"
    qtbot.keyClicks(form.passphrase, strong)
    qtbot.keyClicks(form.confirmation, strong)
    assert form.is_valid() and form.hint.text() in ("Sterk.", "Redelijk. Langer is sterker.")


def test_the_recovery_key_is_not_suggested_in_the_home_folder_and_a_same_disk_save_warns(
    qtbot, make_window, tmp_path: Path
) -> None:
    window = make_window(tmp_path / "nieuw")
    page = window.first_run
    assert str(Path.home()) not in page.suggested_recovery_path()
    page._recovery_key = "ABCD-" * 7 + "ABCD"
    page.save_recovery_key(tmp_path / "sleutel.txt")  # the same disk as the data folder
    assert "eigen schijf" in page.status.text()
    assert (tmp_path / "sleutel.txt").read_text(encoding="utf-8").count("ABCD") == 8
