package dev.verdict.core;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/**
 * Runs independent parts of one computation on threads: part 0 on the calling thread, the others on short-lived
 * threads of their own. For work split in a few large pieces (the queries of a ranking, the lines of a file), where a
 * pool would add nothing. Results must go to disjoint places chosen by the part index; the outcome does not depend
 * on the number of threads.
 */
public final class Parts {
    private Parts() {
    }

    /** @return the number of parts worth using for {@code work} units of work (1 below {@code minimum} units) */
    public static int count(long work, long minimum) {
        if (work < minimum) {
            return 1;
        }
        return (int) Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), Math.min(8, work / minimum)));
    }

    /**
     * Runs {@code body.accept(p)} for every part {@code p} in {@code [0, parts)} and waits for all of them.
     *
     * @throws RuntimeException the exception of the lowest-numbered part that failed (so errors are reported as a
     *     single-threaded run would report them when each part stops at its own first error)
     */
    public static void run(int parts, IntConsumer body) {
        if (parts <= 1) {
            body.accept(0);
            return;
        }
        RuntimeException[] failed = new RuntimeException[parts];
        Error[] fatal = new Error[parts];
        Thread[] workers = new Thread[parts];
        for (int p = 1; p < parts; p++) {
            int part = p;
            workers[p] = new Thread(() -> {
                try {
                    body.accept(part);
                } catch (RuntimeException e) {
                    failed[part] = e;
                } catch (Error e) {
                    fatal[part] = e;
                }
            }, "verdict-part-" + p);
            workers[p].setDaemon(true);
            workers[p].start();
        }
        try {
            body.accept(0);
        } catch (RuntimeException e) {
            failed[0] = e;
        }
        for (int p = 1; p < parts; p++) {
            try {
                workers[p].join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for part " + p, e);
            }
        }
        for (int p = 0; p < parts; p++) {
            if (fatal[p] != null) {
                throw fatal[p];
            }
            if (failed[p] != null) {
                throw failed[p];
            }
        }
    }

    /**
     * Runs tasks {@code 0..n-1} on up to {@code threads} threads, each thread taking the next task not yet taken.
     *
     * @return the tasks' results in task order
     * @throws RuntimeException the exception of the lowest-numbered task that failed
     */
    public static <T> List<T> map(int n, int threads, IntFunction<T> task) {
        Object[] results = new Object[n];
        RuntimeException[] failed = new RuntimeException[n];
        AtomicInteger next = new AtomicInteger();
        run(Math.max(1, Math.min(threads, n)), p -> {
            for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                try {
                    results[i] = task.apply(i);
                } catch (RuntimeException e) {
                    failed[i] = e;
                }
            }
        });
        for (RuntimeException e : failed) {
            if (e != null) {
                throw e;
            }
        }
        @SuppressWarnings("unchecked")
        List<T> out = (List<T>) Arrays.asList(results);
        return out;
    }

    /**
     * Splits {@code n} items with cumulative sizes {@code offsets} into as many parts as are worth using: one part per
     * {@code minimum} units of total size at the most, one per core, and no more parts than items.
     *
     * @return part boundaries as {@link #split} gives them (the number of parts is {@code length - 1})
     */
    public static int[] ranges(int n, long minimum, IntToLong offsets) {
        long total = n == 0 ? 0 : offsets.at(n) - offsets.at(0);
        return split(n, Math.min(count(total, minimum), Math.max(1, n)), offsets);
    }

    /**
     * Splits {@code n} items with cumulative sizes {@code offsets} (length n + 1, non-decreasing) into at most
     * {@code parts} contiguous ranges of about equal total size.
     *
     * @return boundaries b, with part p covering items {@code [b[p], b[p+1])}; b[0] = 0, b[last] = n
     */
    public static int[] split(int n, int parts, IntToLong offsets) {
        int[] bounds = new int[parts + 1];
        long total = offsets.at(n) - offsets.at(0);
        int p = 1;
        for (int i = 0; i < n && p < parts; i++) {
            if ((offsets.at(i) - offsets.at(0)) * parts >= total * p) {
                bounds[p++] = i;
            }
        }
        while (p <= parts) {
            bounds[p++] = n;
        }
        return bounds;
    }

    /** The cumulative size of the first {@code i} items. */
    @FunctionalInterface
    public interface IntToLong {
        /** @return cumulative size before item i */
        long at(int i);
    }
}
