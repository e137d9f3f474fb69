package dev.authlib.oauth1.signature;

import java.util.Arrays;

/**
 * The order of the request parameters (§3.4.1.3.2 step 2: by encoded name, then encoded value, by byte). Sorts
 * parameter indices, not the parameters: moving an int costs no GC write barrier. Each parameter carries a sort key,
 * the first 8 bytes of its encoded name; only parameters whose keys tie are compared in full.
 */
final class ParameterOrder {
    /** Compares parameters {@code a} and {@code b} by their whole encoded names, then values. */
    interface FullComparison {
        int compare(int a, int b);
    }

    private static final int INSERTION_SORT_MAX = 32;
    private static final int INITIAL_CAPACITY = 16;

    private long[] keys;
    private int[] order;
    private int[] merged; // the merge sort's working copy, made when a request first has many parameters

    ParameterOrder(int capacity) {
        keys = new long[capacity];
        order = new int[capacity];
    }

    /**
     * The sort key of an encoded name: its first 8 bytes, big-endian, a shorter name padded with zeros. Encoded
     * text is ASCII (1 to 127), so the keys order as the names do ({@code "a" < "a0"}), and equal keys mean names
     * that are equal in their first 8 bytes.
     */
    static long prefixKey(byte[] text, int from, int to) {
        int n = Math.min(8, to - from);
        long key = 0;
        for (int i = 0; i < n; i++) {
            key = (key << 8) | (text[from + i] & 0xFF);
        }
        return n == 0 ? 0 : key << (8 * (8 - n));
    }

    /** Records the sort key of parameter {@code index} (0, 1, 2, ... in the order they were added). */
    void add(int index, long key) {
        if (index == keys.length) {
            keys = Arrays.copyOf(keys, index * 2);
            order = new int[index * 2];
        }
        keys[index] = key;
    }

    /** Sorts parameters {@code 0..count-1}; {@link #at} then gives them in order. */
    void sort(int count, FullComparison full) {
        int[] o = order;
        for (int i = 0; i < count; i++) {
            o[i] = i;
        }
        if (count <= INSERTION_SORT_MAX) {
            insertionSort(o, 0, count, full); // fast for the usual handful to few dozens
            return;
        }
        if (merged == null || merged.length < count) {
            merged = new int[o.length];
        }
        mergeSort(o, merged, 0, count, full);
    }

    /** The index of the {@code k}-th parameter in order. */
    int at(int k) {
        return order[k];
    }

    /** Forgets the keys; arrays grown past {@code maxKept} parameters are not kept. */
    void clear(int maxKept) {
        if (keys.length > maxKept) {
            keys = new long[INITIAL_CAPACITY];
            order = new int[INITIAL_CAPACITY];
            merged = null;
        }
    }

    private int compare(int a, int b, FullComparison full) {
        long ka = keys[a];
        long kb = keys[b];
        if (ka != kb) {
            return ka < kb ? -1 : 1; // the names differ in their first 8 bytes: no need to read them
        }
        return full.compare(a, b);
    }

    private void insertionSort(int[] o, int from, int to, FullComparison full) {
        for (int i = from + 1; i < to; i++) {
            int x = o[i];
            int j = i - 1;
            while (j >= from && compare(o[j], x, full) > 0) {
                o[j + 1] = o[j];
                j--;
            }
            o[j + 1] = x;
        }
    }

    private void mergeSort(int[] o, int[] work, int from, int to, FullComparison full) {
        if (to - from <= INSERTION_SORT_MAX) {
            insertionSort(o, from, to, full);
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(o, work, from, mid, full);
        mergeSort(o, work, mid, to, full);
        if (compare(o[mid - 1], o[mid], full) <= 0) {
            return; // already in order
        }
        System.arraycopy(o, from, work, from, to - from);
        int i = from;
        int j = mid;
        for (int k = from; k < to; k++) {
            if (j >= to || (i < mid && compare(work[i], work[j], full) <= 0)) {
                o[k] = work[i++];
            } else {
                o[k] = work[j++];
            }
        }
    }
}
