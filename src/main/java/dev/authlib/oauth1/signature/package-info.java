/**
 * The RFC 5849 (OAuth 1.0a) protocol core: signature methods, the signature base string, percent-encoding and
 * parameter placement. Uses the JDK only.
 */
package dev.authlib.oauth1.signature;
