#!/usr/bin/python3
"""A protected resource that verifies OAuth 1.0a signatures with oauthlib's SignatureOnlyEndpoint.

The verifier for the clients that never log anyone in: one-legged (client credentials only, WooCommerce style),
two-legged with an empty oauth_token (Schoology style), and static tokens (NetSuite, Magento). Everything is checked
by Debian's python3-oauthlib (3.2): the signature over the request as received, the nonce never seen before
(replays are refused with oauth_problem=nonce_used), the timestamp within 10 minutes. Besides, the OAuth Request Body
Hash draft: a body that is not a form must carry oauth_body_hash, equal to the SHA-1 or SHA-256 of the bytes
received (recomputed here), and a form body must not.

    signature_only.py --port 0 --clients clients.json

clients.json: [{"client_key": "...", "client_secret": "...", "tokens": {"token": "token secret", ...}}, ...]
Prints "VERIFIER_READY http://127.0.0.1:<port>" once it listens. Every request but GET /health answers JSON:

    {"ok": true, "method": "GET", "path": "/api/orders", "client_key": "...", "token": "" | "..." | null,
     "signature_method": "HMAC-SHA256", "placement": "header" | "query" | "body", "version": "1.0" | null,
     "realm": "..." | null, "query": {...}, "form": {...}, "body_hash": "ok" | "absent", "body": "..."}

or 401 with WWW-Authenticate: OAuth oauth_problem=<why> and {"ok": false, "problem": "..."}. It never prints a
secret. Run with Debian's interpreter (/usr/bin/python3).
"""
import argparse
import base64
import hashlib
import hmac
import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, unquote, urlsplit

from oauthlib.oauth1 import RequestValidator, SignatureOnlyEndpoint
from oauthlib.oauth1.rfc5849 import signature as sig
from oauthlib.oauth1.rfc5849 import utils

METHODS = ('HMAC-SHA1', 'HMAC-SHA256', 'HMAC-SHA512', 'PLAINTEXT')


class Validator(RequestValidator):
    """Knows the clients and their tokens; refuses a nonce seen before."""

    def __init__(self, clients):
        super().__init__()
        self.clients = {c['client_key']: c for c in clients}
        self.nonces = set()
        self.lock = threading.Lock()
        self.problem = None

    enforce_ssl = False
    allowed_signature_methods = METHODS
    dummy_client = 'dummy-client'
    dummy_access_token = 'dummy-token'

    def check_client_key(self, client_key):
        return 0 < len(client_key) <= 100

    def check_nonce(self, nonce):
        return 6 <= len(nonce) <= 100

    def check_access_token(self, request_token):
        return len(request_token) <= 200

    def validate_timestamp_and_nonce(self, client_key, timestamp, nonce, request, request_token=None,
                                     access_token=None):
        if abs(time.time() - int(timestamp)) > 600:
            self.problem = 'timestamp_refused'
            return False
        key = (client_key, nonce, request_token or access_token or '')
        with self.lock:
            if key in self.nonces:
                self.problem = 'nonce_used'
                return False
            self.nonces.add(key)
        return True

    def validate_client_key(self, client_key, request):
        return client_key in self.clients

    def get_client_secret(self, client_key, request):
        c = self.clients.get(client_key)
        return c['client_secret'] if c else 'dummy-secret'

    def validate_access_token(self, client_key, token, request):
        c = self.clients.get(client_key)
        return bool(c) and token in c.get('tokens', {})

    def get_access_token_secret(self, client_key, token, request):
        c = self.clients.get(client_key)
        return (c or {}).get('tokens', {}).get(token, 'dummy-token-secret')


def oauth_params(query, form, authorization):
    """The protocol parameters, wherever they were sent, and where that was."""
    if authorization and authorization.startswith('OAuth '):
        return {k: unquote(v) for k, v in utils.parse_authorization_header(authorization)}, 'header'
    for name, params in (('query', query), ('body', form)):
        found = {k: v for k, v in params if k.startswith('oauth_')}
        if 'oauth_signature' in found:
            return found, name
    return {}, None


class Handler(BaseHTTPRequestHandler):
    endpoint = None
    validator = None
    protocol_version = 'HTTP/1.1'

    def log_message(self, fmt, *args):  # one line per request, no query (it may hold signatures)
        sys.stderr.write('%s %s\n' % (self.command, urlsplit(self.path).path))

    def do_GET(self):
        self.verify()

    def do_POST(self):
        self.verify()

    def do_PUT(self):
        self.verify()

    def do_DELETE(self):
        self.verify()

    def verify(self):
        length = int(self.headers.get('Content-Length') or 0)
        raw = self.rfile.read(length) if length else b''
        parts = urlsplit(self.path)
        if parts.path == '/health':
            return self.answer(200, {'ok': True})
        uri = 'http://%s%s' % (self.headers.get('Host'), self.path)
        content_type = (self.headers.get('Content-Type') or '').split(';')[0].strip().lower()
        is_form = content_type == 'application/x-www-form-urlencoded'
        text = raw.decode('utf-8', 'replace')
        headers = {k: v for k, v in self.headers.items()}
        query = parse_qsl(parts.query, keep_blank_values=True)
        form = parse_qsl(text, keep_blank_values=True) if is_form else []
        params, placement = oauth_params(query, form, self.headers.get('Authorization'))

        self.validator.problem = None
        # oauthlib reads the body for parameters only when it is a form
        valid, request = self.endpoint.validate_request(uri, self.command, text if is_form else None,
                                                        headers if is_form else
                                                        {k: v for k, v in headers.items()
                                                         if k.lower() != 'content-type'})
        if not valid:
            return self.refuse(self.validator.problem or 'signature_invalid')
        body_hash = params.get('oauth_body_hash')
        if is_form or not raw:
            if body_hash is not None and is_form:
                return self.refuse('body_hash_on_form')
            hash_state = 'absent' if body_hash is None else 'ok-empty'
            if body_hash is not None and not raw:
                expected = {base64.b64encode(hashlib.sha1(b'').digest()).decode(),
                            base64.b64encode(hashlib.sha256(b'').digest()).decode()}
                if body_hash not in expected:
                    return self.refuse('body_hash_invalid')
        else:
            if body_hash is None:
                hash_state = 'absent'
            else:
                digest = hashlib.sha1 if len(base64.b64decode(body_hash)) == 20 else hashlib.sha256
                expected = base64.b64encode(digest(raw).digest()).decode()
                if not hmac.compare_digest(expected, body_hash):
                    return self.refuse('body_hash_invalid')
                hash_state = 'ok'
        self.answer(200, {
            'ok': True, 'method': self.command, 'path': parts.path, 'client_key': params.get('oauth_consumer_key'),
            'token': params.get('oauth_token'), 'signature_method': params.get('oauth_signature_method'),
            'placement': placement, 'version': params.get('oauth_version'), 'realm': params.get('realm'),
            'query': {k: v for k, v in query if not k.startswith('oauth_')},
            'form': {k: v for k, v in form if not k.startswith('oauth_')},
            'body_hash': hash_state, 'body_hash_algorithm': None if not body_hash else
            ('SHA-1' if len(base64.b64decode(body_hash)) == 20 else 'SHA-256'),
            'body': None if is_form else text})

    def refuse(self, problem):
        self.answer(401, {'ok': False, 'problem': problem},
                    {'WWW-Authenticate': 'OAuth realm="verifier", oauth_problem=%s' % problem})

    def answer(self, status, payload, extra=None):
        data = json.dumps({k: v for k, v in payload.items() if v is not None}).encode('utf-8')
        self.send_response(status)
        self.send_header('Content-Type', 'application/json')
        self.send_header('Content-Length', str(len(data)))
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)


def main(argv=None):
    p = argparse.ArgumentParser(description='OAuth 1.0a signature verifier (oauthlib SignatureOnlyEndpoint)')
    p.add_argument('--port', type=int, default=0)
    p.add_argument('--clients', required=True)
    args = p.parse_args(argv)
    with open(args.clients, encoding='utf-8') as f:
        clients = json.load(f)
    Handler.validator = Validator(clients)
    Handler.endpoint = SignatureOnlyEndpoint(Handler.validator)
    server = ThreadingHTTPServer(('127.0.0.1', args.port), Handler)
    print('VERIFIER_READY http://127.0.0.1:%d' % server.server_port, flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == '__main__':
    sys.exit(main())
