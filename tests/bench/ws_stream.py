#!/usr/bin/env python3
"""A speech-analytics feed for attune_bench's ws_utterance_to_paint_p99_ms: streams customer
lines to Attune's WebSocket API at a steady rate through the documented stdlib client, reading
the replies on a second thread, and prints "SENT <seq> <CLOCK_MONOTONIC ns>" for every line.

Usage: ws_stream.py CLIENT_PY PORT TOKEN RATE_PER_S COUNT < lines.txt
"""
import importlib.util
import sys
import threading
import time

client_path, port, token, rate, count = sys.argv[1], int(sys.argv[2]), sys.argv[3], \
    float(sys.argv[4]), int(sys.argv[5])
spec = importlib.util.spec_from_file_location("attune_ws_client", client_path)
ws = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ws)
lines = [line.strip() for line in sys.stdin if line.strip()]

client = ws.AttuneClient(port, token).connect()
replies = {"ack": 0, "error": 0}


def read_replies():
    try:
        for _ in range(count):
            reply = client.recv()
            replies["ack" if '"ack"' in reply else "error"] += 1
    except (ws.Closed, OSError):
        pass


reader = threading.Thread(target=read_replies)
reader.start()
sent = []
start = time.monotonic()
for seq in range(count):
    # An absolute schedule: a late send does not push every later one back.
    delay = start + seq / rate - time.monotonic()
    if delay > 0:
        time.sleep(delay)
    text = f"{lines[seq % len(lines)]} #{seq}"
    message = ('{"type":"utterance","version":1,"speaker":"customer","final":true,"text":'
               + ws.json.dumps(text) + '}')
    sent.append((seq, time.monotonic_ns()))
    client.send(message)
reader.join(timeout=30)
client.close()
for seq, ns in sent:
    print(f"SENT {seq} {ns}")
print(f"REPLIES ack={replies['ack']} error={replies['error']}")
