package dev.verdict.evaluation.decision;

import dev.verdict.plan.PlanLock;
import java.time.Instant;

/**
 * Compares the lock time with the data's time column: data newer than the lock is expected (the plan was registered
 * before the data came in); a lock made after the newest timestamp means the plan was written after the data existed,
 * which the report states. Times are epoch seconds, or epoch milliseconds when above 1e11.
 */
public final class LockNote {
    private static final double MILLIS_ABOVE = 1e11;

    private LockNote() {
    }

    /**
     * @param lock the lock status (null or unlocked: no note)
     * @param time the data's time column, or null
     * @return the note, or null when there is nothing to say
     */
    public static String of(PlanLock.Status lock, double[] time) {
        if (lock == null || lock.lockedAt() == null || time == null || time.length == 0) {
            return null;
        }
        double newest = Double.NEGATIVE_INFINITY;
        for (double t : time) {
            newest = Math.max(newest, t);
        }
        if (!Double.isFinite(newest)) {
            return null;
        }
        Instant last = newest > MILLIS_ABOVE ? Instant.ofEpochMilli((long) newest)
                : Instant.ofEpochMilli((long) Math.floor(newest * 1000));
        if (lock.lockedAt().isAfter(last)) {
            return "the plan was locked at " + lock.lockedAt() + ", after the data's newest timestamp (" + last
                    + "): it was not registered before this data was collected";
        }
        return "the plan was locked at " + lock.lockedAt() + ", before the data's newest timestamp (" + last + ")";
    }
}
