"""Ctrl-C during a parallel batch: the pool stops, no traceback, no partial file."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import REPO
from tests.parallel.batch import write_batch


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_stops_the_pool_and_leaves_only_whole_files(tmp_path: Path) -> None:
    batch = write_batch(tmp_path / "in", 1500)
    out = tmp_path / "out"
    process = subprocess.Popen(
        [sys.executable, "-c", "from toolkit.cli import main; main()",
         "convert", str(batch), "--to", "record", "--out", str(out), "--jobs", "2"],
        cwd=REPO,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group, as a terminal's foreground job
        # a shell starting a job in the background makes it ignore SIGINT, which children
        # inherit: the command gets Ctrl-C's default, as a terminal's job has it
        preexec_fn=_default_sigint,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(list(out.glob("*.json"))) < 50:
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGINT)  # what Ctrl-C sends: parent and workers alike
    _, err = process.communicate(timeout=60)
    assert process.returncode == 1
    assert err.decode().splitlines()[-1] == "Aborted!"
    assert b"Traceback" not in err
    written = sorted(out.iterdir())
    assert 50 <= len(written) < 1500 + 2
    assert [p for p in written if not p.name.endswith(".json")] == []  # no temporary file
    for path in written:
        assert json.loads(path.read_bytes())["id"] == path.name.removesuffix(".json")
    time.sleep(0.5)
    # no worker outlives the command
    alive = subprocess.run(["pgrep", "-g", str(process.pid)], capture_output=True, check=False)
    assert alive.stdout == b""
