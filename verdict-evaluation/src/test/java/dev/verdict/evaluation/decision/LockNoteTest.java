package dev.verdict.evaluation.decision;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.plan.PlanLock;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

final class LockNoteTest {
    private static PlanLock.Status lockedAt(String t) {
        return new PlanLock.Status(PlanLock.State.MATCHES, Path.of("plan.lock"), Instant.parse(t), "a", "a");
    }

    @Test
    void dataNewerThanTheLockIsExpected() {
        String note = LockNote.of(lockedAt("2026-01-01T00:00:00Z"), new double[] {1767225600, 1767312000});
        assertTrue(note.contains("before the data's newest timestamp (2026-01-02T00:00:00Z)"), note);
    }

    @Test
    void aLockAfterTheNewestTimestampIsStated() {
        String note = LockNote.of(lockedAt("2026-06-01T00:00:00Z"), new double[] {1767225600, 1767312000});
        assertTrue(note.contains("after the data's newest timestamp") && note.contains("not registered before"),
                note);
    }

    @Test
    void millisecondTimestampsAreRecognised() {
        String note = LockNote.of(lockedAt("2026-01-01T12:00:00Z"), new double[] {1767225600000.0, 1767312000000.0});
        assertTrue(note.contains("before the data's newest timestamp (2026-01-02T00:00:00Z)"), note);
    }

    @Test
    void noLockOrNoTimeNoNote() {
        assertNull(LockNote.of(null, new double[] {1}));
        assertNull(LockNote.of(lockedAt("2026-01-01T00:00:00Z"), null));
        assertNull(LockNote.of(new PlanLock.Status(PlanLock.State.UNLOCKED, Path.of("p.lock"), null, null, "a"),
                new double[] {1}));
    }
}
