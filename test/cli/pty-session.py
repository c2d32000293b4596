#!/usr/bin/env python3
"""Runs a command on a pseudo-terminal and answers it, like expect(1).

Reads a JSON spec on standard input:
  {"argv": [...], "cwd": "...", "timeout": 20,
   "steps": [{"expect": "<regex>", "send": "y\\r", "repeat": false}, ...]}
For each step it waits until the output since the last answer (escape sequences and carriage returns
removed) matches `expect`, then types `send`. A step with "repeat" is answered again and again until
the next step's `expect` matches instead. After the last step it reads until the command ends.
Prints one JSON object: {"output": ..., "status": exit code, "error": null or what went wrong}.
Every wait has a deadline, so a command that hangs fails the test instead of hanging it.
"""
import fcntl
import json
import os
import pty
import re
import select
import signal
import struct
import sys
import termios
import time

spec = json.load(sys.stdin)
argv = spec["argv"]
timeout = float(spec.get("timeout", 20))
steps = spec.get("steps", [])

ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[()][A-Za-z0-9]|\x1b[=>]|\r")

pid, fd = pty.fork()
if pid == 0:
    # The child: a terminal of a known size, then the command.
    try:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 50, 160, 0, 0))
        os.chdir(spec.get("cwd") or ".")
        os.execvp(argv[0], argv)
    finally:
        os._exit(127)

raw = b""
ended = False


def text():
    return ANSI.sub("", raw.decode("utf-8", errors="replace"))


def read_some(deadline):
    """True: read something; False: the deadline passed; None: the command closed the terminal."""
    global raw, ended
    left = deadline - time.monotonic()
    if left <= 0:
        return False
    ready, _, _ = select.select([fd], [], [], left)
    if not ready:
        return False
    try:
        data = os.read(fd, 65536)
    except OSError:  # EIO: the other side is closed
        data = b""
    if not data:
        ended = True
        return None
    raw += data
    return True


def finish(error):
    status = None
    if error is not None:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    try:
        _, st = os.waitpid(pid, 0)
        status = os.waitstatus_to_exitcode(st)
    except ChildProcessError:
        pass
    print(json.dumps({"output": text(), "status": status, "error": error}))
    sys.exit(0)


seen = 0
i = 0
while i < len(steps):
    step = steps[i]
    following = steps[i + 1] if step.get("repeat") and i + 1 < len(steps) else None
    deadline = time.monotonic() + timeout
    while True:
        out = text()[seen:]
        mine = re.search(step["expect"], out)
        theirs = re.search(following["expect"], out) if following else None
        if theirs and (not mine or theirs.start() < mine.start()):
            i += 1  # the next step takes over; its own match is found on the next pass
            break
        if mine:
            seen += mine.end()
            os.write(fd, step["send"].encode("utf-8"))
            if not step.get("repeat"):
                i += 1
            break
        got = read_some(deadline)
        if got is False:
            finish("timed out waiting for %r (step %d)" % (step["expect"], i + 1))
        if got is None:
            finish("the command ended while waiting for %r (step %d)" % (step["expect"], i + 1))

deadline = time.monotonic() + timeout
while not ended:
    if read_some(deadline) is False:
        finish("timed out waiting for the command to end")
finish(None)
