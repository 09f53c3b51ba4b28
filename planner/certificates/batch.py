"""Rendering many certificates: in-process for a few, on a process pool (both cores) for many.

Results are accepted in submission order, so the completed files always form a prefix of
the job list: the caller records exactly those and the serial counters stay gapless.
Cancelling (progress returning False) raises a flag file that the workers check between
pages; a worker discards the file it is writing, files of chunks not accepted are removed,
and the combined PDF appears only when everything is done.
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from planner.certificates.render import write_chunk, write_combined, write_single

Progress = Callable[[int, int], bool | None]

# Below this many certificates the pool's start-up costs more than it saves (a spawned
# worker imports the program afresh, which costs more than a forked one).
POOL_MINIMUM = 20
POOL_MINIMUM_SPAWN = 60


@dataclass
class BatchOutcome:
    done: int
    combined_written: bool
    cancelled: bool


def default_workers() -> int:
    return max(1, min(2, os.cpu_count() or 1))


def _context() -> multiprocessing.context.BaseContext:
    # fork is cheap but unsafe once other threads run (e.g. called from a GUI worker).
    if sys.platform.startswith("linux") and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


class _Reporter:
    def __init__(self, progress: Progress | None, total: int) -> None:
        self.progress = progress
        self.total = total

    def __call__(self, done: int) -> bool:
        return self.progress is None or self.progress(done, self.total) is not False


def render_batch(jobs: list[dict], combined: Path | None, progress: Progress | None = None,
                 workers: int | None = None) -> BatchOutcome:
    total = len(jobs) + (1 if combined else 0)
    report = _Reporter(progress, total)
    if not report(0):
        return BatchOutcome(0, False, True)
    workers = default_workers() if workers is None else max(1, workers)
    context = _context()
    minimum = POOL_MINIMUM if context.get_start_method() == "fork" else POOL_MINIMUM_SPAWN
    if workers == 1 or len(jobs) < minimum:
        return _in_process(jobs, combined, report)
    return _on_pool(jobs, combined, report, workers, context)


def _in_process(jobs: list[dict], combined: Path | None, report: _Reporter) -> BatchOutcome:
    written: list[str] = []
    try:
        for i, job in enumerate(jobs):
            written.append(write_single(job))
            if not report(i + 1):
                return BatchOutcome(i + 1, False, True)
        if combined is not None:
            write_combined(jobs, str(combined))
            report(report.total)
    except BaseException:
        _remove(written)
        raise
    return BatchOutcome(len(jobs), combined is not None, False)


def _chunk_size(n: int, workers: int) -> int:
    return max(5, min(50, n // (workers * 8) or 1))


def _on_pool(jobs: list[dict], combined: Path | None, report: _Reporter, workers: int,
             context: multiprocessing.context.BaseContext) -> BatchOutcome:
    flag_dir = tempfile.mkdtemp(prefix="transferplaner-")
    flag = os.path.join(flag_dir, "cancel")
    size = _chunk_size(len(jobs), workers)
    chunks = [jobs[i:i + size] for i in range(0, len(jobs), size)]
    done = accepted = 0
    cancelled = combined_ok = False
    error: BaseException | None = None
    futures: list[Future] = []
    comb_future: Future | None = None
    try:
        with ProcessPoolExecutor(workers, mp_context=context, initializer=die_with_parent,
                                 initargs=(os.getpid(),)) as pool:
            # The combined file goes first: one worker draws it while the other writes the
            # single files; whoever finishes first helps with the remaining chunks.
            if combined is not None:
                comb_future = pool.submit(write_combined, jobs, str(combined), flag)
            futures = [pool.submit(write_chunk, chunk, flag) for chunk in chunks]
            try:
                for future, chunk in zip(futures, chunks, strict=True):
                    _written, was_cancelled = future.result()
                    if was_cancelled:  # pragma: no cover - only after our own flag
                        cancelled = True
                        break
                    accepted += 1
                    done += len(chunk)
                    if not report(done):
                        cancelled = True
                        break
                if not cancelled and comb_future is not None:
                    combined_ok = bool(comb_future.result())
                    report(report.total)
            except BaseException as exc:  # noqa: BLE001 - re-raised after cleaning up
                error = exc
            if cancelled or error is not None:
                _stop(flag, futures + ([comb_future] if comb_future else []))
        # The pool has shut down: every task has finished or was never started.
        if cancelled or error is not None:
            _discard(futures[accepted:])
            if comb_future is not None and _finished_ok(comb_future) and combined is not None:
                Path(combined).unlink(missing_ok=True)
            combined_ok = False
        if error is not None:
            _remove([job["path"] for chunk in chunks[:accepted] for job in chunk])
            raise error
    finally:
        shutil.rmtree(flag_dir, ignore_errors=True)
    return BatchOutcome(done, combined_ok, cancelled)


def die_with_parent(parent: int) -> None:
    """Worker start-up: end when the program that started the worker ends, even when it is
    killed (SIGKILL gives it no chance to stop its pool). On Linux the kernel sends the
    worker SIGKILL (PR_SET_PDEATHSIG); everywhere a watchdog thread notices that the
    parent has changed."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes
            import signal

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, int(signal.SIGKILL), 0, 0, 0)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):  # pragma: no cover - no prctl: the watchdog stays
            pass
    if os.getppid() != parent:  # the parent died before the line above took effect
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(0.5)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="parent-watchdog", daemon=True).start()


def _stop(flag: str, futures: list[Future]) -> None:
    Path(flag).touch()
    for future in futures:
        future.cancel()


def _finished_ok(future: Future) -> bool:
    return future.done() and not future.cancelled() and future.exception() is None \
        and bool(future.result())


def _discard(futures: list[Future]) -> None:
    """Remove files of chunks that finished but were not accepted (called after the pool)."""
    for future in futures:
        # A failed or cancelled chunk removed its own files in the worker.
        if future.done() and not future.cancelled() and future.exception() is None:
            _remove(future.result()[0])


def _remove(paths: list[str]) -> None:
    for name in paths:
        Path(name).unlink(missing_ok=True)
