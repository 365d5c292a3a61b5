#!/usr/bin/env python3
"""Holds bare TCP connections to Attune's WebSocket API and reopens each as soon as it closes,
as a hostile local user would to starve the real clients (issue 14, defect 5). Sends nothing.

Usage: ws_flood.py PORT CONNECTIONS [REOPEN_DELAY_MS] [bare|upgrade]

"bare" (the default) sends nothing; "upgrade" sends a valid upgrade request without a token and
then nothing more, so each connection becomes a WebSocket that never authenticates.

Prints one line "holding N" once all are open, then runs until killed; on SIGTERM it prints
"reopened M" (how many connections Attune closed and were opened again).
"""
import selectors
import signal
import socket
import sys
import time

port, count = int(sys.argv[1]), int(sys.argv[2])
delay = (int(sys.argv[3]) if len(sys.argv) > 3 else 0) / 1000.0
mode = sys.argv[4] if len(sys.argv) > 4 else "bare"
UPGRADE = (f"GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\n"
           "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
           "Sec-WebSocket-Version: 13\r\n\r\n").encode()
selector = selectors.DefaultSelector()
reopened = 0


def open_one():
    while True:
        try:
            sock = socket.create_connection(("127.0.0.1", port), timeout=5)
            if mode == "upgrade":
                sock.sendall(UPGRADE)
            sock.setblocking(False)
            selector.register(sock, selectors.EVENT_READ)
            return
        except OSError:
            time.sleep(0.01)


def stop(*_):
    print(f"reopened {reopened}", flush=True)
    sys.exit(0)


signal.signal(signal.SIGTERM, stop)
for _ in range(count):
    open_one()
print(f"holding {count}", flush=True)
while True:
    for key, _ in selector.select(timeout=1.0):
        sock = key.fileobj
        try:
            data = sock.recv(4096)
        except OSError:
            data = b""
        if data:
            continue  # a refusal's text, the 101, a close frame: the close follows
        selector.unregister(sock)
        sock.close()
        if delay:
            time.sleep(delay)
        open_one()
        reopened += 1
