#!/usr/bin/python3
"""Checks requests signed by authlib-jakarta with oauthlib, an independent RFC 5849 implementation.

Reads one JSON object per line on stdin, as OauthlibDifferentialIT writes them:

    {"id": "17", "method": "POST", "uri": "https://h/p?q=1",        # the request as it goes on the wire
     "headers": {"Authorization": "OAuth ...", "Content-Type": ...},
     "body": "a=1&b=2" or null,                                      # the form body, if any
     "client_secret": "...", "token_secret": "...",                 # HMAC-*, PLAINTEXT
     "public_key": "-----BEGIN PUBLIC KEY-----...",                  # RSA-*
     "base_string": "...", "signature": "...",                       # what our signer computed
     "expect": [["name", "decoded value"], ...]}                     # every parameter the request should carry

and writes one JSON object per line on stdout:

    {"id": "17", "ok": true|false, "reason": "...", "oauthlib_base_string": "..."}

Everything is recomputed from the raw request with oauthlib's own functions (collect_parameters,
normalize_parameters, base_string_uri, signature_base_string, verify_*); nothing of our signer is reused but
the secrets and the public key.  Run with Debian's interpreter (/usr/bin/python3, package python3-oauthlib).
"""
import json
import sys
from collections import Counter
from urllib.parse import urlparse

from oauthlib.common import Request
from oauthlib.oauth1.rfc5849 import signature as sig

VERIFIERS = {
    'HMAC-SHA1': lambda r, c: sig.verify_hmac_sha1(r, c['client_secret'], c['token_secret']),
    'HMAC-SHA256': lambda r, c: sig.verify_hmac_sha256(r, c['client_secret'], c['token_secret']),
    'HMAC-SHA512': lambda r, c: sig.verify_hmac_sha512(r, c['client_secret'], c['token_secret']),
    'RSA-SHA1': lambda r, c: sig.verify_rsa_sha1(r, c['public_key']),
    'RSA-SHA256': lambda r, c: sig.verify_rsa_sha256(r, c['public_key']),
    'RSA-SHA512': lambda r, c: sig.verify_rsa_sha512(r, c['public_key']),
    'PLAINTEXT': lambda r, c: sig.verify_plaintext(r, c['client_secret'], c['token_secret']),
}


def check(case):
    uri = case['uri']
    method = case['method']
    headers = case.get('headers') or {}
    body = case.get('body')
    query = urlparse(uri).query

    everything = sig.collect_parameters(uri_query=query, body=body, headers=headers,
                                        exclude_oauth_signature=False)
    signatures = [v for k, v in everything if k == 'oauth_signature']
    params = sig.collect_parameters(uri_query=query, body=body, headers=headers)
    base_string = sig.signature_base_string(method, sig.base_string_uri(uri), sig.normalize_parameters(params))
    result = {'id': case['id'], 'oauthlib_base_string': base_string}

    reasons = []
    expected = Counter((k, v) for k, v in case['expect'])
    received = Counter((k, v) for k, v in params)
    if expected != received:
        reasons.append('parameters differ: missing %r, unexpected %r'
                       % (sorted(expected - received), sorted(received - expected)))
    if len(signatures) != 1:
        reasons.append('%d oauth_signature parameters' % len(signatures))
    elif signatures[0] != case['signature']:
        reasons.append('oauth_signature arrives as %r' % signatures[0])
    if base_string != case['base_string']:
        reasons.append('base strings differ')
    if len(signatures) == 1:
        methods = [v for k, v in params if k == 'oauth_signature_method']
        request = Request(uri, http_method=method, body=body, headers=headers)
        request.params = params
        request.signature = signatures[0]
        if len(methods) != 1 or methods[0] not in VERIFIERS:
            reasons.append('oauth_signature_method %r' % methods)
        elif not VERIFIERS[methods[0]](request, case):
            reasons.append('%s signature does not verify' % methods[0])
    result['ok'] = not reasons
    result['reason'] = '; '.join(reasons)
    return result


def main():
    out = sys.stdout
    for line in sys.stdin:
        if not line.strip():
            continue
        case = json.loads(line)
        try:
            result = check(case)
        except Exception as e:  # one bad case must not hide the others
            result = {'id': case.get('id'), 'ok': False, 'reason': 'oauthlib raised %s: %s' % (type(e).__name__, e),
                      'oauthlib_base_string': ''}
        out.write(json.dumps(result) + '\n')
    out.flush()


if __name__ == '__main__':
    main()
