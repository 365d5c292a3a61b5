#!/usr/bin/env python3
"""A minimal client for Attune's WebSocket API, with nothing but Python's standard library.

Use it as a program:

    python3 attune_ws_client.py --port 47651 <<'END'
    {"type":"call.started","version":1,"callId":"c-1","caller":{"phone":"+15551234567","name":"Elena Marsh"}}
    {"type":"utterance","version":1,"callId":"c-1","speaker":"customer","text":"This is the third time I'm calling."}
    END

It reads one JSON message per line on standard input, sends each and prints each reply. The token
comes from --token, --token-file, or the file Attune generates ($XDG_CONFIG_HOME/Attune/api-token).
Or import it: AttuneClient(port, token).connect(), .request({...}), .close().
See docs/integration.md for the messages.
"""
import argparse
import base64
import json
import os
import socket
import struct
import sys


class Refused(Exception):
    """Attune refused the connection (HTTP status and the reason it gave)."""

    def __init__(self, status, reason):
        super().__init__(f"refused: {status} {reason}")
        self.status, self.reason = status, reason


class Closed(Exception):
    """Attune closed the WebSocket (close code and reason)."""

    def __init__(self, code, reason):
        super().__init__(f"closed: {code} {reason}")
        self.code, self.reason = code, reason


def default_token_file():
    config = os.environ.get("XDG_CONFIG_HOME") or os.path.expanduser("~/.config")
    return os.path.join(config, "Attune", "api-token")


def encode_frame(opcode, payload):
    """One final WebSocket frame, masked as every client frame must be (RFC 6455, 5.3)."""
    header = bytes([0x80 | opcode])
    n = len(payload)
    if n < 126:
        header += bytes([0x80 | n])
    elif n < 65536:
        header += bytes([0x80 | 126]) + struct.pack("!H", n)
    else:
        header += bytes([0x80 | 127]) + struct.pack("!Q", n)
    mask = os.urandom(4)
    masked = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
    return header + mask + masked


class AttuneClient:
    def __init__(self, port, token=None, host="127.0.0.1", auth="header", host_header=None,
                 origin=None, timeout=10.0):
        self.port, self.token, self.host, self.auth = port, token, host, auth
        self.host_header = host_header or f"{'[' + host + ']' if ':' in host else host}:{port}"
        self.origin, self.timeout = origin, timeout
        self.sock, self.buffer = None, b""

    def connect(self):
        self.sock = socket.create_connection((self.host, self.port), timeout=self.timeout)
        key = base64.b64encode(os.urandom(16)).decode()
        lines = [f"GET / HTTP/1.1", f"Host: {self.host_header}", "Upgrade: websocket",
                 "Connection: Upgrade", f"Sec-WebSocket-Key: {key}", "Sec-WebSocket-Version: 13"]
        if self.origin:
            lines.append(f"Origin: {self.origin}")
        if self.token and self.auth == "header":
            lines.append(f"Authorization: Bearer {self.token}")
        self.sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode())
        while b"\r\n\r\n" not in self.buffer:
            self._fill()
        head, self.buffer = self.buffer.split(b"\r\n\r\n", 1)
        status = int(head.split(b" ", 2)[1])
        if status != 101:
            # A refusal says why in its body; read it to the end of the connection.
            try:
                while True:
                    self._fill()
            except (ConnectionError, OSError):
                pass
            raise Refused(status, self.buffer.decode(errors="replace").strip())
        if self.token and self.auth == "message":
            reply = self.request({"type": "auth", "version": 1, "token": self.token})
            if reply.get("type") != "ack":
                raise Refused(401, reply.get("reason", ""))
        return self

    def _fill(self):
        data = self.sock.recv(65536)
        if not data:
            raise ConnectionError("connection closed")
        self.buffer += data

    def _take(self, n):
        while len(self.buffer) < n:
            self._fill()
        data, self.buffer = self.buffer[:n], self.buffer[n:]
        return data

    def send_frame(self, opcode, payload):
        self.sock.sendall(encode_frame(opcode, payload))

    def send(self, message):
        text = message if isinstance(message, str) else json.dumps(message)
        self.send_frame(0x1, text.encode())

    def recv(self):
        """The next text message; raises Closed when Attune closes the connection."""
        message = b""
        while True:
            first, second = self._take(2)
            opcode, n = first & 0x0F, second & 0x7F
            if n == 126:
                n = struct.unpack("!H", self._take(2))[0]
            elif n == 127:
                n = struct.unpack("!Q", self._take(8))[0]
            payload = self._take(n)
            if opcode == 0x8:
                code = struct.unpack("!H", payload[:2])[0] if len(payload) >= 2 else 1005
                raise Closed(code, payload[2:].decode(errors="replace"))
            if opcode == 0x9:
                self.send_frame(0xA, payload)
                continue
            if opcode in (0x1, 0x0):
                message += payload
                if first & 0x80:
                    return message.decode()

    def request(self, message):
        self.send(message)
        return json.loads(self.recv())

    def close(self):
        try:
            self.send_frame(0x8, struct.pack("!H", 1000))
        except OSError:
            pass
        self.sock.close()


def main():
    parser = argparse.ArgumentParser(description="Send JSON lines to Attune's WebSocket API.")
    parser.add_argument("--port", type=int, default=47651)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--token")
    parser.add_argument("--token-file", default=default_token_file())
    parser.add_argument("--auth", choices=["header", "message"], default="header",
                        help="send the token as an Authorization header or as a first message")
    args = parser.parse_args()
    token = args.token
    if token is None:
        with open(args.token_file, encoding="ascii") as f:
            token = f.read().strip()
    client = AttuneClient(args.port, token, host=args.host, auth=args.auth)
    try:
        client.connect()
        for line in sys.stdin:
            if line.strip():
                print(json.dumps(client.request(line.strip())), flush=True)
    except Refused as refused:
        print(f"attune_ws_client: {refused}", file=sys.stderr)
        return 1
    except Closed as closed:
        print(f"attune_ws_client: {closed}", file=sys.stderr)
        return 1
    client.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
