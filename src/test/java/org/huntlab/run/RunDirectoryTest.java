package org.huntlab.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunDirectoryTest {

    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-12-03T18:15:02.123Z"),
            ZoneOffset.UTC);

    @Test
    void isNamedByRunAndTimestamp(@TempDir Path root) {
        RunDirectory directory = RunDirectory.create(root, "modular-hunt", FIXED);
        assertEquals(root.resolve("modular-hunt").resolve("20261203-181502-123"),
                directory.path());
    }

    @Test
    void getsASuffixWhenTheTimestampIsTaken(@TempDir Path root) {
        RunDirectory first = RunDirectory.create(root, "pair", FIXED);
        RunDirectory second = RunDirectory.create(root, "pair", FIXED);
        assertNotEquals(first.path(), second.path());
        assertEquals("20261203-181502-123-2", second.path().getFileName().toString());
    }

    @Test
    void keepsTheRunNameOnePathSegment(@TempDir Path root) {
        RunDirectory directory = RunDirectory.create(root, "../a b", FIXED);
        assertEquals(root.resolve(".._a_b"), directory.path().getParent());
    }

    @Test
    void replacesFilesWholesale(@TempDir Path root) throws Exception {
        RunDirectory directory = RunDirectory.create(root, "pair", FIXED);
        directory.writeText("summary.json", "{\"a\": 1}");
        directory.writeText("summary.json", "{\"a\": 2}");
        assertEquals("{\"a\": 2}", Files.readString(directory.file("summary.json")));
        try (var files = Files.list(directory.path())) {
            assertEquals(1, files.count(), "the temporary file was renamed, not left behind");
        }
    }
}
