package dev.authlib.oauth1.signature;

import java.security.GeneralSecurityException;
import java.util.concurrent.atomic.AtomicReferenceArray;
import javax.crypto.Mac;

/**
 * The working memory of one signature: the parameter list, the base-string and header buffers, and a {@link Mac}
 * per HMAC method. Reused from one signature to the next, so that a signature allocates little more than what it
 * returns.
 *
 * <p>Scratches are lent from one small pool shared by all signers, a few slots spaced a cache line apart: a thread
 * takes the slot of its stripe ({@code thread id mod stripes}) and puts the scratch back when done. Threads signing
 * at the same time mostly hold different slots; a thread that finds its slot empty (another thread of its stripe is
 * signing, or a signer is called while signing) works with a fresh scratch, which then refills the slot. Unlike a
 * {@code ThreadLocal}, the pool's memory is bounded by the number of cores, not of threads or signers (the JAX-RS
 * filter caches a signer per token), no pooled thread is left holding this library's classes after an application
 * is undeployed, and virtual threads share it too. Buffers grown by a very large request are not kept.
 */
final class SigningScratch {
    private static final int MAX_KEPT_BYTES = 16 * 1024;
    private static final int SLOT_SPACING = 16; // references: 64 bytes or more apart, one cache line per slot
    private static final int STRIPES = stripes(Runtime.getRuntime().availableProcessors());
    private static final AtomicReferenceArray<SigningScratch> POOL = new AtomicReferenceArray<>(
            STRIPES * SLOT_SPACING);

    final EncodedParameters params = new EncodedParameters(16);
    final AsciiBuffer base = new AsciiBuffer(512);
    final AsciiBuffer header = new AsciiBuffer(512);
    final byte[] base64 = new byte[88]; // a SHA-512 HMAC in base64
    private final Mac[] macs = new Mac[SignatureMethod.values().length];
    private final SignatureAlgorithm[] macOwners = new SignatureAlgorithm[macs.length]; // whose key each Mac holds
    private int slot;

    /** A power of two, four per core, at least 4 and at most 64. */
    static int stripes(int cores) {
        int stripes = 4;
        while (stripes < 4 * cores && stripes < 64) {
            stripes *= 2;
        }
        return stripes;
    }

    /** A scratch for the calling thread: its stripe's, or a fresh one when that is in use. */
    static SigningScratch take() {
        int slot = SLOT_SPACING * ((int) Thread.currentThread().getId() & (STRIPES - 1));
        SigningScratch s = POOL.getAndSet(slot, null);
        if (s == null) {
            s = new SigningScratch();
        }
        s.slot = slot;
        return s;
    }

    /** Empties the buffers and puts this scratch back in its slot (a scratch already there is dropped). */
    void release() {
        params.clear();
        base.clear(MAX_KEPT_BYTES);
        header.clear(MAX_KEPT_BYTES);
        POOL.setRelease(slot, this); // the next taker's getAndSet sees every write above
    }

    /**
     * The Mac for {@code owner}'s method and key, reset, ready for a message. When this scratch's last signature
     * with that method was another signer's, the Mac is replaced by a copy of {@code owner}'s.
     */
    Mac mac(SignatureMethod method, SignatureAlgorithm owner) throws GeneralSecurityException {
        int i = method.ordinal();
        if (macOwners[i] != owner) {
            macOwners[i] = null;
            macs[i] = owner.newMac();
            macOwners[i] = owner;
        }
        return macs[i];
    }
}
