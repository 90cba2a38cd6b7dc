"""Times the Jielong kernel under real Jupyter: start-to-ready, first cell, and a trivial cell's round trip.

Usage: /usr/bin/python3 .ci/jupyter-kernel-bench.py   (with the kernel installed, e.g. JUPYTER_DATA_DIR set)
Also checks that an interrupt stops a busy cell and the kernel still answers afterwards.
"""
import statistics
import sys
import threading
import time

from jupyter_client.manager import start_new_kernel


def run(client, code, timeout=60):
    outputs = []
    reply = client.execute_interactive(code, timeout=timeout, output_hook=outputs.append)
    return reply["content"], outputs


start = time.monotonic()
manager, client = start_new_kernel(kernel_name="jielong", startup_timeout=60)
ready = time.monotonic() - start
try:
    begun = time.monotonic()
    content, _ = run(client, "1 + 1")
    first = time.monotonic() - begun
    assert content["status"] == "ok", content

    trips = []
    for i in range(20):
        begun = time.monotonic()
        content, outputs = run(client, f"{i} + 1")
        trips.append(time.monotonic() - begun)
        assert content["status"] == "ok", content
    results = [o for o in outputs if o["msg_type"] == "execute_result"]
    assert results and results[0]["content"]["data"]["text/plain"] == "20", outputs

    # An interrupt (message mode) must stop a busy loop and leave the kernel usable.
    timer = threading.Timer(1.0, manager.interrupt_kernel)
    timer.start()
    begun = time.monotonic()
    content, _ = run(client, "long n = 0;\nwhile (true) { n++; }", timeout=30)
    stopped_after = time.monotonic() - begun
    assert content["status"] == "error" and content["ename"] == "Interrupted", content
    content, _ = run(client, "2 + 2")
    assert content["status"] == "ok", content

    print(f"kernel start-to-ready: {ready:.2f} s")
    print(f"first cell (JShell warm-up): {first * 1000:.0f} ms")
    print(f"trivial cell round trip: median {statistics.median(trips) * 1000:.0f} ms, "
          f"max {max(trips) * 1000:.0f} ms over {len(trips)}")
    print(f"interrupt stopped a busy loop after {stopped_after:.2f} s (sent at 1 s)")
finally:
    client.stop_channels()
    manager.shutdown_kernel(now=True)
