"""The worker helper: results and errors come back on the GUI thread."""

from __future__ import annotations

import threading

from ui.worker import TaskRunner


def test_result_arrives_on_gui_thread(qtbot):
    runner = TaskRunner()
    seen: list[tuple[object, bool]] = []
    gui = threading.get_ident()
    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        runner.run(
            threading.get_ident,
            lambda worker: seen.append((worker != gui, threading.get_ident() == gui)),
            lambda error: seen.append((error, False)),
        )
    assert seen == [(True, True)]


def test_error_arrives_as_exception(qtbot):
    runner = TaskRunner()
    errors: list[Exception] = []

    def fail() -> None:
        raise ValueError("nope")

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        runner.run(fail, lambda _value: None, errors.append)
    assert [type(e) for e in errors] == [ValueError]
    assert not runner.busy
