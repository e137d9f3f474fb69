#!/usr/bin/python3
"""An independent OAuth 1.0a provider for authlib-jakarta's integration tests.

Built on Authlib's server side (Debian python3-authlib 1.2, Flask): all the
protocol checks (signatures, timestamps, nonces, tokens, verifiers) are
Authlib's own; this file only supplies in-memory storage, a consent page and
the command line.  See README.md next to it.

Run with /usr/bin/python3 (Debian's packages must be importable).
"""
import argparse
import html
import json
import logging
import os
import sys
import threading
import time
from types import SimpleNamespace

# Authlib refuses plain http except for "http://localhost:"; this provider
# only ever listens on 127.0.0.1, so allow http.
os.environ.setdefault('AUTHLIB_INSECURE_TRANSPORT', '1')

from flask import Flask, Response, jsonify, request, has_request_context  # noqa: E402
from werkzeug.serving import make_server, WSGIRequestHandler  # noqa: E402

from authlib.common.encoding import to_unicode  # noqa: E402
from authlib.common.urls import url_decode, url_encode, add_params_to_uri  # noqa: E402
from authlib.oauth1 import OAuth1Request, ClientMixin, TokenCredentialMixin  # noqa: E402
from authlib.oauth1.rfc5849.base_server import BaseServer  # noqa: E402
from authlib.oauth1.rfc5849.errors import OAuth1Error  # noqa: E402
from authlib.oauth1.rfc5849 import signature as authlib_sig  # noqa: E402
from authlib.oauth1.rfc5849.util import unescape  # noqa: E402
from authlib.integrations.flask_oauth1 import (  # noqa: E402
    AuthorizationServer,
    ResourceProtector,
    register_nonce_hooks,
    register_temporary_credential_hooks,
    create_exists_nonce_func,
)

log = logging.getLogger('provider')

BUILTIN_METHODS = ['HMAC-SHA1', 'RSA-SHA1', 'PLAINTEXT']
EXTRA_METHODS = ['HMAC-SHA256', 'HMAC-SHA512', 'RSA-SHA256', 'RSA-SHA512']


# --------------------------------------------------------------------------
# Extra signature methods, registered through Authlib's extension point
# BaseServer.register_signature_method(name, verify(request) -> bool).
# The signature base string is Authlib's own (same rules, same quirks as its
# HMAC-SHA1/RSA-SHA1); the digest/RSA maths is oauthlib's.
# --------------------------------------------------------------------------
def _register_extra_signature_methods():
    from oauthlib.oauth1.rfc5849 import signature as ol

    def hmac_verifier(sign_with_client):
        def verify(req):
            base_string = authlib_sig.generate_signature_base_string(req)
            client = SimpleNamespace(client_secret=req.client_secret,
                                     resource_owner_secret=req.token_secret)
            expected = sign_with_client(base_string, client)
            import hmac
            return hmac.compare_digest(expected, req.signature or '')
        return verify

    def rsa_verifier(ol_verify):
        def verify(req):
            if not req.rsa_public_key:
                return False
            # oauthlib recomputes the base string from .uri/.params/.http_method;
            # hand it Authlib's normalised pieces so both agree byte for byte.
            host = req.headers.get('Host', None)
            params = []
            for k, v in req.params:
                if k in ('oauth_signature', 'realm'):
                    continue
                params.append((k, unescape(v) if k.startswith('oauth_') else v))
            adapter = SimpleNamespace(
                http_method=req.method.upper(),
                uri=authlib_sig.normalize_base_string_uri(req.uri, host),
                params=params,
                signature=req.signature or '')
            try:
                return bool(ol_verify(adapter, req.rsa_public_key))
            except Exception:  # malformed signature (base64) or key
                return False
        return verify

    BaseServer.register_signature_method('HMAC-SHA256', hmac_verifier(ol.sign_hmac_sha256_with_client))
    BaseServer.register_signature_method('HMAC-SHA512', hmac_verifier(ol.sign_hmac_sha512_with_client))
    BaseServer.register_signature_method('RSA-SHA256', rsa_verifier(ol.verify_rsa_sha256))
    BaseServer.register_signature_method('RSA-SHA512', rsa_verifier(ol.verify_rsa_sha512))


# --------------------------------------------------------------------------
# In-memory storage
# --------------------------------------------------------------------------
class MemoryCache:
    """The get/set/has/delete(timeout=) interface Authlib's cache hooks use."""

    def __init__(self):
        self._data = {}
        self._lock = threading.Lock()

    def _live(self, key):
        item = self._data.get(key)
        if item is None:
            return None
        value, expires = item
        if expires is not None and expires < time.time():
            del self._data[key]
            return None
        return item

    def get(self, key):
        with self._lock:
            item = self._live(key)
            return item[0] if item else None

    def has(self, key):
        with self._lock:
            return self._live(key) is not None

    def set(self, key, value, timeout=None):
        with self._lock:
            self._data[key] = (value, time.time() + timeout if timeout else None)

    def delete(self, key):
        with self._lock:
            self._data.pop(key, None)


class Client(ClientMixin):
    def __init__(self, spec):
        self.client_id = spec['client_id']
        self.client_secret = spec.get('client_secret') or ''
        self.rsa_public_key = spec.get('rsa_public_key_pem')
        self.default_redirect_uri = spec.get('default_redirect_uri')
        self.name = spec.get('name') or self.client_id

    def get_default_redirect_uri(self):
        return self.default_redirect_uri

    def get_client_secret(self):
        return self.client_secret

    def get_rsa_public_key(self):
        return self.rsa_public_key


class TokenCredential(TokenCredentialMixin):
    def __init__(self, oauth_token, oauth_token_secret, client_id, user_id):
        self.oauth_token = oauth_token
        self.oauth_token_secret = oauth_token_secret
        self.client_id = client_id
        self.user_id = user_id

    def get_oauth_token(self):
        return self.oauth_token

    def get_oauth_token_secret(self):
        return self.oauth_token_secret

    def get_user_id(self):
        return self.user_id


class User:
    def __init__(self, user_id, screen_name, name):
        self.id = user_id
        self.screen_name = screen_name
        self.name = name

    def get_user_id(self):
        return self.id


# --------------------------------------------------------------------------
# Request parsing
# --------------------------------------------------------------------------
def _flask_oauth1_request():
    """Like authlib.integrations.flask_helpers.create_oauth_request, but
    passes the raw form body so repeated form parameters survive (Authlib's
    helper flattens request.form with to_dict(flat=True))."""
    body = None
    if request.method in ('POST', 'PUT'):
        if request.mimetype == 'application/x-www-form-urlencoded':
            body = request.get_data(as_text=True)
        else:
            body = request.form.to_dict(flat=True)
    url = request.base_url
    if request.query_string:
        url = url + '?' + to_unicode(request.query_string)
    return OAuth1Request(request.method, url, body, request.headers)


class _RequestTokenMethod:
    """TEMPORARY_CREDENTIALS_METHOD as a descriptor: Authlib compares the
    request's method with one fixed name; allow a configured set instead."""
    allowed = ('POST',)

    def __get__(self, obj, owner):
        if has_request_context() and request.method.upper() in self.allowed:
            return request.method.upper()
        return 'POST'


class Server(AuthorizationServer):
    TEMPORARY_CREDENTIALS_METHOD = _RequestTokenMethod()
    stock_parsing = False

    def create_oauth1_request(self, req):
        if isinstance(req, OAuth1Request) or self.stock_parsing:
            return super().create_oauth1_request(req)
        return _flask_oauth1_request()


class Protector(ResourceProtector):
    stock_parsing = False

    def acquire_credential(self):
        if self.stock_parsing:
            # Authlib 1.2 as shipped: werkzeug's request.url (which decodes
            # %2B to '+', and leaves non-ASCII unencoded) + flattened form.
            return super().acquire_credential()
        from flask import g
        r = _flask_oauth1_request()
        req = self.validate_request(r.method, r.uri, r.body, r.headers)
        g.authlib_server_oauth1_credential = req.credential
        return req.credential


# --------------------------------------------------------------------------
# App
# --------------------------------------------------------------------------
CONSENT_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Authorize {app}</title></head>
<body>
<h1 id="app-name">{app}</h1>
<p id="prompt">{app} wants to access the account of <b id="user">{user}</b>.</p>
<form method="post" action="{action}">
<button type="submit" id="approve" name="confirm" value="yes">Approve</button>
<button type="submit" id="deny" name="confirm" value="no">Deny</button>
</form>
</body></html>
"""

OOB_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Verifier</title></head>
<body><p>Enter this code in {app}: <code id="verifier">{verifier}</code></p></body></html>
"""


def _error_response(error):
    body = url_encode(error.get_body())
    return Response(body, status=error.status_code, headers=error.get_headers())


def create_app(clients, user, auto_approve=False, request_token_methods=('POST', 'GET'),
               callback_confirmed='true', stock_parsing=False, extra_methods=True):
    app = Flask(__name__)
    methods = list(BUILTIN_METHODS) + (list(EXTRA_METHODS) if extra_methods else [])
    app.config['OAUTH1_SUPPORTED_SIGNATURE_METHODS'] = methods
    if extra_methods:
        _register_extra_signature_methods()
    _RequestTokenMethod.allowed = tuple(m.upper() for m in request_token_methods)
    Server.stock_parsing = stock_parsing
    Protector.stock_parsing = stock_parsing

    client_map = {c.client_id: c for c in clients}
    cache = MemoryCache()
    tokens = {}
    tokens_lock = threading.Lock()

    def query_client(client_id):
        return client_map.get(client_id)

    def create_token_credential(token, temporary_credential):
        cred = TokenCredential(token['oauth_token'], token['oauth_token_secret'],
                               temporary_credential.get_client_id(),
                               temporary_credential.get_user_id())
        with tokens_lock:
            tokens[cred.oauth_token] = cred
        return cred

    def query_token(client_id, oauth_token):
        with tokens_lock:
            cred = tokens.get(oauth_token)
        if cred and cred.client_id == client_id:
            return cred
        return None

    server = Server(app, query_client=query_client)
    register_nonce_hooks(server, cache)
    register_temporary_credential_hooks(server, cache)
    server.register_hook('create_token_credential', create_token_credential)

    require_oauth = Protector(app, query_client=query_client, query_token=query_token,
                              exists_nonce=create_exists_nonce_func(cache))

    @app.after_request
    def log_request(resp):
        # method, path and status only: query strings and bodies may carry
        # PLAINTEXT signatures (= secrets) or tokens.
        print('%s %s %s -> %d' % (time.strftime('%H:%M:%S'), request.method, request.path,
                                  resp.status_code), file=sys.stderr, flush=True)
        return resp

    @app.errorhandler(ValueError)
    def value_error(e):
        # Authlib raises a bare ValueError for a malformed Authorization header
        # or an undecodable query/body; answer 400 instead of 500.
        # The message may quote the request (PLAINTEXT signatures): keep it out.
        log.warning('ValueError while parsing a request: %s', type(e).__name__)
        return Response(url_encode([('error', 'invalid_request'),
                                    ('error_description', 'malformed OAuth request')]),
                        status=400, content_type='application/x-www-form-urlencoded')

    @app.route('/oauth/request_token', methods=['GET', 'POST'])
    def request_token():
        resp = server.create_temporary_credentials_response()
        if resp.status_code == 200 and callback_confirmed != 'True':
            # Authlib 1.2 writes oauth_callback_confirmed=True (Python's bool);
            # RFC 5849 says "true".
            params = [(k, callback_confirmed if k == 'oauth_callback_confirmed' else v)
                      for k, v in url_decode(resp.get_data(as_text=True))]
            resp.set_data(url_encode(params))
        return resp

    @app.route('/oauth/authorize', methods=['GET', 'POST'])
    def authorize():
        try:
            req = server.check_authorization_request()
        except OAuth1Error as error:
            return _error_response(error)
        temp = req.credential
        client = query_client(temp.get_client_id())
        app_name = client.name if client else temp.get_client_id()
        redirect_uri = temp.get_redirect_uri()
        if not redirect_uri or redirect_uri == 'oob':
            redirect_uri = client.get_default_redirect_uri() if client else None

        auto = request.args.get('auto')
        if request.method == 'POST':
            decision = request.form.get('confirm', 'no')
        elif auto in ('approve', 'deny'):
            decision = 'yes' if auto == 'approve' else 'no'
        elif auto_approve:
            decision = 'yes'
        else:
            return Response(CONSENT_PAGE.format(app=html.escape(app_name),
                                                user=html.escape(user.screen_name),
                                                action=html.escape(request.full_path.rstrip('?'))),
                            content_type='text/html; charset=utf-8')

        if decision != 'yes':
            token = temp.get_oauth_token()
            server.delete_temporary_credential(req)
            if not redirect_uri:
                return Response('access denied', status=403, content_type='text/plain')
            # Authlib's own denial (error=access_denied&error_description=...)
            # plus the widespread denied=<token> (Twitter style).
            location = add_params_to_uri(redirect_uri, [
                ('error', 'access_denied'),
                ('error_description', 'The resource owner or authorization server denied the request'),
                ('denied', token)])
            return Response('', status=302, headers=[('Location', location)])

        if not redirect_uri:
            # oob without a default redirect URI: show the verifier.
            req.user = user
            verifier = server.create_authorization_verifier(req)
            return Response(OOB_PAGE.format(app=html.escape(app_name), verifier=html.escape(verifier)),
                            content_type='text/html; charset=utf-8')
        return server.create_authorization_response(req, grant_user=user)

    @app.route('/oauth/access_token', methods=['GET', 'POST'])
    def access_token():
        resp = server.create_token_response()
        if resp.status_code == 200:
            params = url_decode(resp.get_data(as_text=True))
            params.append(('user_id', str(user.id)))
            params.append(('screen_name', user.screen_name))
            resp.set_data(url_encode(params))
        return resp

    @app.route('/api/me', methods=['GET'])
    @require_oauth()
    def me():
        return jsonify({'id': user.id, 'screen_name': user.screen_name, 'name': user.name})

    @app.route('/api/echo', methods=['GET', 'POST'])
    @require_oauth()
    def echo():
        # POST: the form parameters; GET: the query parameters (decoded once, as a server reads them)
        params = request.form if request.method == 'POST' else request.args
        out = {}
        for key in params.keys():
            if key.startswith('oauth_'):
                continue  # protocol parameters sent in the body or the query
            values = params.getlist(key)
            out[key] = values[0] if len(values) == 1 else values
        return jsonify(out)

    @app.route('/health')
    def health():
        return jsonify({'status': 'ok'})

    return app


class QuietHandler(WSGIRequestHandler):
    def log_request(self, *args, **kwargs):  # werkzeug would log full URLs
        pass


def main(argv=None):
    p = argparse.ArgumentParser(description='OAuth 1.0a provider (Authlib) for integration tests')
    p.add_argument('--port', type=int, default=0, help='0 = pick a free port')
    p.add_argument('--clients', required=True, help='JSON file: list of {client_id, client_secret, '
                   'rsa_public_key_pem?, default_redirect_uri?, name?}')
    p.add_argument('--auto-approve', action='store_true', help='GET /oauth/authorize grants at once')
    p.add_argument('--user-id', type=int, default=42)
    p.add_argument('--user-name', default='alice', help='screen_name of the fixed test user')
    p.add_argument('--user-display-name', default='Alice Example')
    p.add_argument('--request-token-methods', default='POST,GET',
                   help='HTTP methods accepted at /oauth/request_token (Authlib default: POST)')
    p.add_argument('--callback-confirmed', default='true',
                   help='value of oauth_callback_confirmed; "True" keeps Authlib 1.2 output as is')
    p.add_argument('--stock-authlib-parsing', action='store_true',
                   help="use Authlib's Flask request parsing unchanged (repeated form params are "
                        "flattened; protected resources see werkzeug's decoded request.url)")
    p.add_argument('--no-sha2', action='store_true', help='accept only HMAC-SHA1, RSA-SHA1, PLAINTEXT')
    args = p.parse_args(argv)

    with open(args.clients, encoding='utf-8') as f:
        clients = [Client(c) for c in json.load(f)]

    logging.getLogger('werkzeug').setLevel(logging.ERROR)
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)

    user = User(args.user_id, args.user_name, args.user_display_name)
    app = create_app(clients, user, auto_approve=args.auto_approve,
                     request_token_methods=[m.strip() for m in args.request_token_methods.split(',') if m.strip()],
                     callback_confirmed=args.callback_confirmed,
                     stock_parsing=args.stock_authlib_parsing,
                     extra_methods=not args.no_sha2)
    srv = make_server('127.0.0.1', args.port, app, threaded=True, request_handler=QuietHandler)
    print('provider: %d client(s), methods %s' % (
        len(clients), ','.join(app.config['OAUTH1_SUPPORTED_SIGNATURE_METHODS'])), file=sys.stderr, flush=True)
    print('PROVIDER_READY http://127.0.0.1:%d' % srv.server_port, flush=True)
    try:
        srv.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == '__main__':
    sys.exit(main())
