package dev.verdict.core.ranking;

import java.util.Arrays;

/**
 * Maps arbitrary int codes to dense indices {@code 0..count-1} preserving their order. Codes that already lie in a
 * compact range (the usual case: dictionary codes) are shifted by the minimum; sparse codes are ranked through a
 * sorted array of the distinct codes.
 */
final class DenseCodes {
    private final int min;
    private final int count;
    private final int[] distinct;

    private DenseCodes(int min, int count, int[] distinct) {
        this.min = min;
        this.count = count;
        this.distinct = distinct;
    }

    /** @return a mapping covering {@code a[0..na)} and {@code b[0..nb)} */
    static DenseCodes of(int[] a, int na, int[] b, int nb) {
        if (na + nb == 0) {
            return new DenseCodes(0, 0, null);
        }
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (int i = 0; i < na; i++) {
            lo = Math.min(lo, a[i]);
            hi = Math.max(hi, a[i]);
        }
        for (int i = 0; i < nb; i++) {
            lo = Math.min(lo, b[i]);
            hi = Math.max(hi, b[i]);
        }
        long range = (long) hi - lo + 1;
        if (range <= 2L * (na + nb) + 1024) {
            return new DenseCodes(lo, (int) range, null);
        }
        int[] all = new int[na + nb];
        System.arraycopy(a, 0, all, 0, na);
        System.arraycopy(b, 0, all, na, nb);
        Arrays.sort(all);
        int u = 0;
        for (int i = 0; i < all.length; i++) {
            if (i == 0 || all[i] != all[i - 1]) {
                all[u++] = all[i];
            }
        }
        return new DenseCodes(0, u, Arrays.copyOf(all, u));
    }

    /** @return number of dense indices */
    int count() {
        return count;
    }

    /** @return the dense index of {@code code} (which must be covered) */
    int dense(int code) {
        return distinct == null ? code - min : Arrays.binarySearch(distinct, code);
    }

    /** @return the code of dense index {@code i} */
    int original(int i) {
        return distinct == null ? min + i : distinct[i];
    }
}
