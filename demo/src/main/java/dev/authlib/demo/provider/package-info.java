/**
 * A DEMO OAuth 1.0a provider, embedded in the demo application so that a login needs no account anywhere. It
 * verifies every request's signature for real (with the library's public {@code dev.authlib.oauth1.signature} core),
 * the timestamp window, nonce reuse and single use of tokens and verifiers; but it keeps everything in memory, knows
 * one application and one user, and has no login of its own. A demonstration, never for production.
 */
package dev.authlib.demo.provider;
