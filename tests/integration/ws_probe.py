#!/usr/bin/env python3
"""Drives Attune's WebSocket API the ways tests/integration/tst_websocket needs, through the
documented stdlib client (docs/examples/attune_ws_client.py). Prints one JSON line with what
happened: {"refused": status, "reason": ...} or {"replies": [...], "closed": code, ...}.

Usage: ws_probe.py CLIENT_PY SCENARIO PORT TOKEN_FILE
"""
import importlib.util
import json
import sys

client_path, scenario, port, token_file = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
spec = importlib.util.spec_from_file_location("attune_ws_client", client_path)
ws = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ws)
with open(token_file, encoding="ascii") as f:
    token = f.read().strip()

result = {"replies": []}


def read_until_closed(client, limit=100000):
    try:
        for _ in range(limit):
            result["replies"].append(json.loads(client.recv()))
    except ws.Closed as closed:
        result["closed"], result["closeReason"] = closed.code, closed.reason
    except (ConnectionError, OSError) as error:
        result["connectionError"] = str(error)


def run():
    if scenario == "bad-host":
        ws.AttuneClient(port, token, host_header=f"attacker.example:{port}").connect()
    elif scenario == "bad-token-header":
        ws.AttuneClient(port, "x" * 43).connect()
    elif scenario == "foreign-origin":
        ws.AttuneClient(port, token, origin="https://evil.example").connect()
    elif scenario == "allowed-origin":
        client = ws.AttuneClient(port, token, origin="https://crm.example.com").connect()
        result["replies"].append(client.request({"type": "call.ended", "version": 1, "id": 1}))
        client.close()
    elif scenario == "no-token":
        client = ws.AttuneClient(port, None).connect()
        client.send({"type": "call.started", "version": 1, "caller": {"phone": "+15550000"}})
        read_until_closed(client)
    elif scenario == "bad-token-message":
        client = ws.AttuneClient(port, None).connect()
        client.send({"type": "auth", "version": 1, "token": "y" * 43})
        read_until_closed(client)
    elif scenario == "auth-message":
        client = ws.AttuneClient(port, token, auth="message").connect()
        result["replies"].append(client.request({"type": "call.ended", "version": 1}))
        client.close()
    elif scenario == "malformed-then-good":
        client = ws.AttuneClient(port, token).connect()
        for message in ['{"type": "utterance", "version": 1,', '[1, 2, 3]',
                        '{"type": "call.ended", "version": 2}',
                        '{"type": "call.ended", "version": 1, "callId": "no-such-call"}',
                        '{"type": "call.ended", "version": 1}']:
            client.send(message)
            result["replies"].append(json.loads(client.recv()))
        client.close()
    elif scenario == "oversize":
        client = ws.AttuneClient(port, token).connect()
        text = "a" * (70 * 1024)
        client.send({"type": "utterance", "version": 1, "speaker": "customer", "text": text})
        read_until_closed(client)
    elif scenario == "flood":
        client = ws.AttuneClient(port, token).connect()
        # Cheap messages, all in one write: several times the burst the API allows. One write,
        # so they are all in Attune's hands before it hangs up (a close with unread data would
        # be a reset that loses its reason).
        client.sock.sendall(b"".join(ws.encode_frame(0x1, b"{}") for _ in range(5000)))
        read_until_closed(client)
    elif scenario == "max-connections":
        clients = []
        try:
            for _ in range(20):
                clients.append(ws.AttuneClient(port, token).connect())
        except ws.Refused as refused:
            result["opened"] = len(clients)
            raise
        finally:
            for client in clients:
                client.close()
    else:
        raise SystemExit(f"unknown scenario {scenario}")


try:
    run()
except ws.Refused as refused:
    result["refused"], result["reason"] = refused.status, refused.reason
print(json.dumps(result))
