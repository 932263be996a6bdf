package dev.verdict.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.core.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class PlanLockTest {
    @TempDir
    Path dir;

    @Test
    void canonicalHashIgnoresCommentsLayoutAndKeyOrderButNotValues() throws Exception {
        Path a = dir.resolve("a.yaml");
        Path b = dir.resolve("b.yaml");
        Path c = dir.resolve("c.yaml");
        Files.writeString(a, "task: binary\ndata: {label: y, score: p}\nmetrics:\n  - {id: auc, name: roc_auc}\n");
        Files.writeString(b, "# a comment\ndata:\n  score: p\n  label: y\n\ntask: binary   # again\n"
                + "metrics: [{name: roc_auc, id: auc}]\n");
        Files.writeString(c, "task: binary\ndata: {label: y, score: p}\nmetrics:\n  - {id: auc, name: pr_auc}\n");
        assertEquals(PlanLock.canonicalSha256(a), PlanLock.canonicalSha256(b));
        assertNotEquals(PlanLock.canonicalSha256(a), PlanLock.canonicalSha256(c));
        assertTrue(PlanLock.canonicalSha256(a).matches("[0-9a-f]{64}"));
    }

    @Test
    void lockThenMatchThenChange() throws Exception {
        Path plan = dir.resolve("plan.yaml");
        Files.writeString(plan, "task: binary\nthreshold: 0.3\n");
        assertEquals(PlanLock.State.UNLOCKED, PlanLock.status(plan).state());
        Instant t = Instant.parse("2026-11-01T10:00:00Z");
        Path lock = PlanLock.lock(plan, t);
        assertEquals(dir.resolve("plan.lock"), lock);
        assertTrue(Files.readString(lock).contains("\"locked_at\" : \"2026-11-01T10:00:00Z\""),
                Files.readString(lock));
        PlanLock.Status s = PlanLock.status(plan);
        assertEquals(PlanLock.State.MATCHES, s.state());
        assertEquals(t, s.lockedAt());
        assertTrue(s.describe().startsWith("locked 2026-11-01T10:00:00Z, plan unchanged"), s.describe());
        Files.writeString(plan, "# only a comment added\ntask: binary\nthreshold: 0.3\n");
        assertEquals(PlanLock.State.MATCHES, PlanLock.status(plan).state());
        Files.writeString(plan, "task: binary\nthreshold: 0.4\n");
        PlanLock.Status changed = PlanLock.status(plan);
        assertEquals(PlanLock.State.CHANGED, changed.state());
        assertTrue(changed.describe().contains("CHANGED"), changed.describe());
    }

    @Test
    void malformedLockFileIsAnError() throws Exception {
        Path plan = dir.resolve("x.yml");
        Files.writeString(plan, "task: binary\n");
        Files.writeString(dir.resolve("x.lock"), "{\"sha256\": \"nothex\", \"locked_at\": \"2026-01-01T00:00:00Z\"}");
        String msg = assertThrows(InvalidInputException.class, () -> PlanLock.status(plan)).getMessage();
        assertTrue(msg.contains("x.lock"), msg);
    }
}
