#!/usr/bin/python3
"""Smoke test of provider.py, independent of the Java code.

Starts the provider on a free loopback port and runs the three legs plus the
protected API with oauthlib's client (oauthlib.oauth1.Client) for every
signature method and every placement (Authorization header, query, form
body), then a set of negative checks.  Exits non-zero on any failure.

    /usr/bin/python3 src-it/provider/smoke_test.py [-v]
"""
import http.client as http_client
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

from oauthlib.oauth1 import Client
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

HERE = os.path.dirname(os.path.abspath(__file__))
VERBOSE = '-v' in sys.argv
FORM = 'application/x-www-form-urlencoded'
CALLBACK = 'http://127.0.0.1:9/callback'
HMAC_METHODS = ['HMAC-SHA1', 'HMAC-SHA256', 'HMAC-SHA512', 'PLAINTEXT']
RSA_METHODS = ['RSA-SHA1', 'RSA-SHA256', 'RSA-SHA512']
PLACEMENTS = ['AUTH_HEADER', 'QUERY', 'BODY']

failures = []
passes = 0


def check(cond, what, detail=''):
    global passes
    if cond:
        passes += 1
        if VERBOSE:
            print('ok   ' + what)
    else:
        failures.append(what)
        print('FAIL ' + what + ((': ' + str(detail)[:400]) if detail else ''))


def make_rsa():
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    priv = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption()).decode()
    pub = key.public_key().public_bytes(serialization.Encoding.PEM,
                                        serialization.PublicFormat.SubjectPublicKeyInfo).decode()
    return priv, pub


class Provider:
    def __init__(self, clients, *args):
        self.tmp = tempfile.NamedTemporaryFile('w', suffix='.json', delete=False)
        json.dump(clients, self.tmp)
        self.tmp.close()
        self.proc = subprocess.Popen(
            [sys.executable, os.path.join(HERE, 'provider.py'), '--port', '0', '--clients', self.tmp.name]
            + list(args), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.stderr = []
        threading.Thread(target=self._pump, daemon=True).start()
        line = self.proc.stdout.readline()
        if not line.startswith('PROVIDER_READY '):
            time.sleep(0.5)
            raise SystemExit('provider did not start: %r\n%s' % (line, ''.join(self.stderr)))
        self.base = line.split()[1]
        self.port = int(self.base.rsplit(':', 1)[1])

    def _pump(self):
        for line in self.proc.stderr:
            self.stderr.append(line)

    def close(self):
        self.proc.terminate()
        self.proc.wait(10)
        os.unlink(self.tmp.name)


def call(provider, client, method, uri, params=None, placement='AUTH_HEADER'):
    """Sign with oauthlib and send. params: list of (k, v) form parameters (POST)."""
    client.signature_type = placement
    headers = {}
    body = None
    if method == 'POST':
        headers['Content-Type'] = FORM
        body = urllib.parse.urlencode(params or [])
    s_uri, s_headers, s_body = client.sign(uri, method, body if method == 'POST' else None, headers)
    return send(provider, method, s_uri, s_headers, s_body)


def send(provider, method, uri, headers, body):
    u = urllib.parse.urlsplit(uri)
    conn = http_client.HTTPConnection('127.0.0.1', provider.port, timeout=10)
    path = u.path + ('?' + u.query if u.query else '')
    conn.request(method, path, body=body.encode() if isinstance(body, str) else body, headers=headers or {})
    resp = conn.getresponse()
    text = resp.read().decode('utf-8', 'replace')
    conn.close()
    return resp.status, dict(resp.getheaders()), text


def form(text):
    return dict(urllib.parse.parse_qsl(text, keep_blank_values=True))


def new_client(spec, method, priv):
    return Client(spec['client_id'], client_secret=spec['client_secret'], signature_method=method,
                  rsa_key=priv if method.startswith('RSA') else None)


def three_legs(p, spec, method, placement, priv, rt_method='POST'):
    """Returns (token, secret) or None; records checks."""
    tag = '%s/%s' % (method, placement)
    c = new_client(spec, method, priv)
    c.callback_uri = CALLBACK
    st, h, text = call(p, c, rt_method, p.base + '/oauth/request_token', placement=placement)
    check(st == 200, tag + ' request_token 200', (st, text))
    if st != 200:
        return None
    rt = form(text)
    check(rt.get('oauth_callback_confirmed') == 'true', tag + ' oauth_callback_confirmed=true', text)
    check(h.get('Content-Type', '').startswith(FORM), tag + ' request_token form-encoded', h)

    st, h, _ = send(p, 'GET', p.base + '/oauth/authorize?' + urllib.parse.urlencode(
        {'oauth_token': rt['oauth_token'], 'auto': 'approve'}), {}, None)
    loc = h.get('Location', '')
    check(st == 302 and loc.startswith(CALLBACK + '?'), tag + ' authorize 302 to callback', (st, loc))
    q = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(loc).query))
    check(q.get('oauth_token') == rt['oauth_token'] and q.get('oauth_verifier'),
          tag + ' callback carries token+verifier', q)

    c = new_client(spec, method, priv)
    c.resource_owner_key = rt['oauth_token']
    c.resource_owner_secret = rt['oauth_token_secret']
    c.verifier = q.get('oauth_verifier')
    st, h, text = call(p, c, 'POST', p.base + '/oauth/access_token', placement=placement)
    check(st == 200, tag + ' access_token 200', (st, text))
    if st != 200:
        return None
    at = form(text)
    check(at.get('user_id') == '42' and at.get('screen_name') == 'alice',
          tag + ' access_token extras', text)

    c = new_client(spec, method, priv)
    c.resource_owner_key = at['oauth_token']
    c.resource_owner_secret = at['oauth_token_secret']
    me_placement = 'QUERY' if placement == 'BODY' else placement
    st, h, text = call(p, c, 'GET', p.base + '/api/me', placement=me_placement)
    check(st == 200 and json.loads(text) == {'id': 42, 'screen_name': 'alice', 'name': 'Alice Example'},
          tag + ' /api/me', (st, text))
    params = [('status', 'hello world'), ('plus', 'a+b=c&d'), ('uni', 'caf\u00e9 \u20ac'), ('tag', 'x'), ('tag', 'y')]
    st, h, text = call(p, c, 'POST', p.base + '/api/echo?q=%2B1+%E2%82%AC', params=params, placement=placement)
    check(st == 200 and json.loads(text) == {'status': 'hello world', 'plus': 'a+b=c&d',
                                             'uni': 'caf\u00e9 \u20ac', 'tag': ['x', 'y']},
          tag + ' /api/echo (signed form body, repeated params, query with + and UTF-8)', (st, text))
    if placement != 'BODY':
        st, h, text = call(p, c, 'GET', p.base + '/api/echo?q=a+b%2Bc%2A~%25%C3%BC&q=2', placement=placement)
        check(st == 200 and json.loads(text) == {'q': ['a b+c*~%\u00fc', '2']},
              tag + ' GET /api/echo (the query, decoded once)', (st, text))
    return at['oauth_token'], at['oauth_token_secret']


def main():
    priv, pub = make_rsa()
    other_priv, _ = make_rsa()
    hmac_spec = {'client_id': 'hmac-client', 'client_secret': 's3cr3t&~ key', 'name': 'Test App'}
    rsa_spec = {'client_id': 'rsa-client', 'client_secret': '', 'rsa_public_key_pem': pub}
    oob_spec = {'client_id': 'oob-client', 'client_secret': 'oob', 'default_redirect_uri': CALLBACK + '2'}
    p = Provider([hmac_spec, rsa_spec, oob_spec])
    try:
        for method in HMAC_METHODS + RSA_METHODS:
            spec = rsa_spec if method.startswith('RSA') else hmac_spec
            for placement in PLACEMENTS:
                three_legs(p, spec, method, placement, priv)
        three_legs(p, hmac_spec, 'HMAC-SHA1', 'AUTH_HEADER', None, rt_method='GET')

        negatives(p, hmac_spec, rsa_spec, oob_spec, other_priv)
    finally:
        p.close()
    log = ''.join(p.stderr)
    check('s3cr3t' not in log and 'oauth_signature' not in log, 'stderr log carries no secrets')
    check('POST /oauth/request_token -> 200' in log, 'stderr log has method, path, status')
    if VERBOSE:
        sys.stderr.write(log[-3000:])
    print('%d passed, %d failed' % (passes, len(failures)))
    return 1 if failures else 0


def negatives(p, hmac_spec, rsa_spec, oob_spec, other_priv):
    tok, sec = three_legs(p, hmac_spec, 'HMAC-SHA1', 'AUTH_HEADER', None)

    # wrong client secret -> 401 invalid_signature (JSON from the ResourceProtector)
    c = Client(hmac_spec['client_id'], client_secret='wrong', resource_owner_key=tok, resource_owner_secret=sec)
    st, h, text = call(p, c, 'GET', p.base + '/api/me')
    check(st == 401 and json.loads(text).get('error') == 'invalid_signature', 'bad HMAC signature -> 401', (st, text))
    # wrong RSA key
    c = Client(rsa_spec['client_id'], signature_method='RSA-SHA1', rsa_key=other_priv,
               callback_uri=CALLBACK)
    st, h, text = call(p, c, 'POST', p.base + '/oauth/request_token')
    check(st == 401 and form(text).get('error') == 'invalid_signature', 'bad RSA signature -> 401', (st, text))
    # tampered body: sign one body, send another
    c = Client(hmac_spec['client_id'], client_secret=hmac_spec['client_secret'],
               resource_owner_key=tok, resource_owner_secret=sec)
    u, hd, b = c.sign(p.base + '/api/echo', 'POST', 'a=1', {'Content-Type': FORM})
    st, h, text = send(p, 'POST', u, hd, 'a=2')
    check(st == 401, 'tampered form body -> 401', (st, text))
    # replayed nonce
    u, hd, b = c.sign(p.base + '/api/me', 'GET')
    st1 = send(p, 'GET', u, hd, None)[0]
    st2, h, text = send(p, 'GET', u, hd, None)
    check(st1 == 200 and st2 == 401 and json.loads(text).get('error') == 'invalid_nonce',
          'replayed nonce -> 401 invalid_nonce', (st1, st2, text))
    # stale timestamp
    c2 = Client(hmac_spec['client_id'], client_secret=hmac_spec['client_secret'],
                resource_owner_key=tok, resource_owner_secret=sec, timestamp=str(int(time.time()) - 3600))
    u, hd, b = c2.sign(p.base + '/api/me', 'GET')
    st, h, text = send(p, 'GET', u, hd, None)
    check(st == 400 and 'oauth_timestamp' in text, 'timestamp 1 h old -> 400', (st, text))
    # unknown token / unknown client
    c = Client(hmac_spec['client_id'], client_secret=hmac_spec['client_secret'],
               resource_owner_key='nope', resource_owner_secret='x')
    st, h, text = call(p, c, 'GET', p.base + '/api/me')
    check(st == 401 and json.loads(text).get('error') == 'invalid_token', 'unknown token -> 401', (st, text))
    c = Client('nobody', client_secret='x', callback_uri=CALLBACK)
    st, h, text = call(p, c, 'POST', p.base + '/oauth/request_token')
    check(st == 401 and form(text).get('error') == 'invalid_client', 'unknown client -> 401', (st, text))
    # no oauth at all
    st, h, text = send(p, 'GET', p.base + '/api/me', {}, None)
    check(st == 400 and 'oauth_consumer_key' in text, 'unsigned /api/me -> 400', (st, text))
    # missing callback
    c = Client(hmac_spec['client_id'], client_secret=hmac_spec['client_secret'])
    st, h, text = call(p, c, 'POST', p.base + '/oauth/request_token')
    check(st == 400 and 'oauth_callback' in text, 'missing oauth_callback -> 400', (st, text))
    # realm in header is accepted (excluded from the base string)
    c = Client(hmac_spec['client_id'], client_secret=hmac_spec['client_secret'],
               resource_owner_key=tok, resource_owner_secret=sec, realm='http://127.0.0.1/')
    st, h, text = call(p, c, 'GET', p.base + '/api/me')
    check(st == 200, 'realm in Authorization header accepted', (st, text))
    # oauth params in two places -> 400
    c = Client(hmac_spec['client_id'], client_secret=hmac_spec['client_secret'],
               resource_owner_key=tok, resource_owner_secret=sec)
    u, hd, b = c.sign(p.base + '/api/me', 'GET')
    st, h, text = send(p, 'GET', u + '?oauth_token=' + tok, hd, None)
    check(st == 400 and 'duplicated' in text, 'oauth params in header and query -> 400', (st, text))
    # unsupported signature method
    st, h, text = send(p, 'GET', p.base + '/api/me', {'Authorization':
                       'OAuth oauth_consumer_key="hmac-client", oauth_token="%s", oauth_signature_method="HMAC-MD5",'
                       ' oauth_timestamp="%d", oauth_nonce="n1", oauth_signature="x"' % (tok, time.time())}, None)
    check(st == 400 and 'unsupported_signature_method' in text, 'HMAC-MD5 -> 400 unsupported', (st, text))
    # malformed Authorization header -> 400 (Authlib raises a bare ValueError)
    st, h, text = send(p, 'GET', p.base + '/api/me', {'Authorization': 'OAuth garbage'}, None)
    check(st == 400, 'malformed Authorization header -> 400', (st, text))
    # PLAINTEXT without timestamp/nonce is allowed (RFC 5849 3.4.4)
    st, h, text = send(p, 'GET', p.base + '/api/me', {'Authorization':
                       'OAuth oauth_consumer_key="hmac-client", oauth_token="%s", '
                       'oauth_signature_method="PLAINTEXT", oauth_signature="%s"' % (
                           tok, urllib.parse.quote(urllib.parse.quote(hmac_spec['client_secret'], safe='~')
                                                   + '&' + urllib.parse.quote(sec, safe='~'), safe='~'))}, None)
    check(st == 200, 'PLAINTEXT without timestamp/nonce accepted', (st, text))

    # consent page, approve and deny through the form
    c = Client(hmac_spec['client_id'], client_secret=hmac_spec['client_secret'], callback_uri=CALLBACK)
    rt = form(call(p, c, 'POST', p.base + '/oauth/request_token')[2])
    page_url = p.base + '/oauth/authorize?oauth_token=' + rt['oauth_token']
    st, h, text = send(p, 'GET', page_url, {}, None)
    check(st == 200 and 'id="approve"' in text and 'id="deny"' in text and 'Test App' in text,
          'consent page with Approve/Deny and app name', (st, text))
    st, h, text = send(p, 'POST', page_url, {'Content-Type': FORM}, 'confirm=no')
    q = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(h.get('Location', '')).query))
    check(st == 302 and q.get('denied') == rt['oauth_token'] and q.get('error') == 'access_denied',
          'Deny -> callback?denied=<token>', (st, h.get('Location')))
    st, h, text = send(p, 'GET', page_url, {}, None)
    check(st == 401, 'denied request token is gone', (st, text))
    rt = form(call(p, c, 'POST', p.base + '/oauth/request_token')[2])
    page_url = p.base + '/oauth/authorize?oauth_token=' + rt['oauth_token']
    st, h, text = send(p, 'POST', page_url, {'Content-Type': FORM}, 'confirm=yes')
    q = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(h.get('Location', '')).query))
    check(st == 302 and q.get('oauth_token') == rt['oauth_token'] and q.get('oauth_verifier'),
          'Approve -> callback with verifier', (st, h.get('Location')))
    # wrong verifier -> 400, and Authlib then deletes the request token
    c = Client(hmac_spec['client_id'], client_secret=hmac_spec['client_secret'],
               resource_owner_key=rt['oauth_token'], resource_owner_secret=rt['oauth_token_secret'], verifier='bad')
    st, h, text = call(p, c, 'POST', p.base + '/oauth/access_token')
    check(st == 400 and 'oauth_verifier' in text, 'wrong verifier -> 400', (st, text))
    c.verifier = q.get('oauth_verifier')
    st, h, text = call(p, c, 'POST', p.base + '/oauth/access_token')
    check(st == 401 and 'invalid_token' in text, 'request token is single use after a failed exchange',
          (st, text))

    # oob with the client's default_redirect_uri
    c = Client(oob_spec['client_id'], client_secret=oob_spec['client_secret'], callback_uri='oob')
    rt = form(call(p, c, 'POST', p.base + '/oauth/request_token')[2])
    st, h, text = send(p, 'GET', p.base + '/oauth/authorize?auto=approve&oauth_token=' + rt['oauth_token'], {}, None)
    check(st == 302 and h.get('Location', '').startswith(CALLBACK + '2?'), 'oob -> default_redirect_uri',
          (st, h.get('Location')))
    # oob without a default redirect: verifier shown on a page
    c = Client(hmac_spec['client_id'], client_secret=hmac_spec['client_secret'], callback_uri='oob')
    rt = form(call(p, c, 'POST', p.base + '/oauth/request_token')[2])
    st, h, text = send(p, 'GET', p.base + '/oauth/authorize?auto=approve&oauth_token=' + rt['oauth_token'], {}, None)
    check(st == 200 and 'id="verifier"' in text, 'oob without default -> verifier page', (st, text))

    # known Authlib 1.2 quirk (reported, not failed): a callback whose query has %-escapes
    c = Client(hmac_spec['client_id'], client_secret=hmac_spec['client_secret'],
               callback_uri='http://127.0.0.1:9/cb?next=%2Fhome')
    st, h, text = call(p, c, 'POST', p.base + '/oauth/request_token')
    print('note: callback with %%-escape in its query -> %d %s (Authlib unescapes oauth_* twice)' % (
        st, form(text).get('error', 'ok')))


if __name__ == '__main__':
    sys.exit(main())
