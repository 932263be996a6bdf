package dev.verdict.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.verdict.core.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Pre-registration: {@code verdict plan lock plan.yaml} writes {@code plan.lock} beside the plan (for
 * {@code x.yaml}: {@code x.lock}) holding the SHA-256 of the plan's canonical form and the time it was locked.
 *
 * <p>The canonical form is the parsed YAML document written as compact JSON with every mapping's keys sorted, so
 * comments, blank lines, indentation, key order and flow/block style do not change it, while any change of a value
 * does.
 */
public final class PlanLock {

    private PlanLock() {
    }

    /**
     * The lock's state for a plan.
     *
     * @param state unlocked, matches or changed
     * @param lockFile the lock file (which may not exist)
     * @param lockedAt when the plan was locked, or null when unlocked
     * @param lockedSha256 the locked canonical hash, or null
     * @param currentSha256 the plan's canonical hash now
     */
    public record Status(State state, Path lockFile, Instant lockedAt, String lockedSha256, String currentSha256) {
        /** @return e.g. {@code locked 2026-11-01T10:00:00Z, plan unchanged (sha256 3b7e12ab...)} */
        public String describe() {
            return switch (state) {
                case UNLOCKED -> "unlocked (no " + lockFile.getFileName() + "; lock it with verdict plan lock)";
                case MATCHES -> "locked " + lockedAt + ", plan unchanged (sha256 " + currentSha256.substring(0, 12)
                        + "...)";
                case CHANGED -> "locked " + lockedAt + ", but the plan CHANGED since (locked sha256 "
                        + lockedSha256.substring(0, 12) + "..., now " + currentSha256.substring(0, 12) + "...)";
            };
        }
    }

    /** Whether a plan is locked and still matches its lock. */
    public enum State {
        /** No lock file. */
        UNLOCKED,
        /** Locked, and the plan's canonical form still has the locked hash. */
        MATCHES,
        /** Locked, but the plan changed since. */
        CHANGED
    }

    /** @return the lock file of a plan: same folder, extension {@code .lock} */
    public static Path lockFile(Path plan) {
        String name = plan.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        return plan.resolveSibling(name + ".lock");
    }

    /**
     * @param plan the plan file
     * @return hex SHA-256 of its canonical form
     * @throws InvalidInputException when the file cannot be read or parsed
     */
    public static String canonicalSha256(Path plan) {
        byte[] bytes = read(plan);
        YamlNode root;
        try {
            root = YamlNode.parse(bytes, plan.toString());
        } catch (YamlNode.PlanSyntaxException e) {
            throw new PlanErrors(plan).at(e.line(), e.getMessage());
        }
        try {
            byte[] canonical = CanonicalJson.bytes(root == null ? null : root.plain());
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes the lock file.
     *
     * @param plan the plan file (validate it first with {@link PlanLoader#load})
     * @param now the lock time
     * @return the lock file
     */
    public static Path lock(Path plan, Instant now) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("plan", plan.getFileName().toString());
        m.put("sha256", canonicalSha256(plan));
        m.put("locked_at", now.toString());
        Path file = lockFile(plan);
        try {
            Files.writeString(file, Mapper.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(m)
                    + System.lineSeparator(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    /**
     * @param plan the plan file
     * @return its lock status
     * @throws InvalidInputException when the lock file exists but is malformed
     */
    public static Status status(Path plan) {
        Path file = lockFile(plan);
        String now = canonicalSha256(plan);
        if (!Files.exists(file)) {
            return new Status(State.UNLOCKED, file, null, null, now);
        }
        try {
            JsonNode n = Mapper.JSON.readTree(read(file));
            String sha = n.path("sha256").asText(null);
            Instant at = Instant.parse(n.path("locked_at").asText(""));
            if (sha == null || !sha.matches("[0-9a-f]{64}")) {
                throw new InvalidInputException(file + ": 'sha256' must be 64 hex digits");
            }
            return new Status(sha.equals(now) ? State.MATCHES : State.CHANGED, file, at, sha, now);
        } catch (IOException | DateTimeParseException e) {
            throw new InvalidInputException(file + ": not a plan lock written by verdict plan lock ("
                    + e.getMessage() + ")", e);
        }
    }

    /** jackson-databind, started only when a lock file is written or read. */
    private static final class Mapper {
        static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("file " + file + " does not exist");
        } catch (IOException e) {
            throw new InvalidInputException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
