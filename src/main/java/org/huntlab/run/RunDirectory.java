package org.huntlab.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The directory {@code ROOT/NAME/TIMESTAMP/} that holds everything one run writes.
 *
 * <p>TIMESTAMP reads like {@code 20261203-181502-123} (local time, milliseconds); when that
 * directory exists already, {@code -2}, {@code -3}, ... is appended, so every run gets a
 * directory of its own even when several start in the same millisecond.
 */
public final class RunDirectory {

    /** The fully resolved spec. */
    public static final String SPEC = "spec.yaml";
    /** One row per agent per evaluation. */
    public static final String METRICS = "metrics.csv";
    /** One row per coupled pair per evaluation. */
    public static final String PAIRS = "pairs.csv";
    /** One row per agent per evaluation with its position, for small dimensions. */
    public static final String TRAJECTORIES = "trajectories.csv";
    /** Per-role aggregates per evaluation, written for swarms instead of metrics.csv. */
    public static final String ROLES = "roles.csv";
    /** Milestones, one JSON object per line. */
    public static final String EVENTS = "events.jsonl";
    /** The run's outcome and milestones. */
    public static final String SUMMARY = "summary.json";

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final int MAX_SUFFIX = 1000;

    private final Path path;

    private RunDirectory(Path path) {
        this.path = path;
    }

    /** Creates a new run directory for run {@code name} under {@code root}, stamped now. */
    public static RunDirectory create(Path root, String name) {
        return create(root, name, Clock.systemDefaultZone());
    }

    /**
     * Creates a new run directory for run {@code name} under {@code root}, stamped by
     * {@code clock}; characters of the name other than letters, digits, '.', '-' and '_'
     * become '_' so that the name is always one path segment.
     */
    public static RunDirectory create(Path root, String name, Clock clock) {
        Path parent = root.resolve(segment(name));
        String stamp = LocalDateTime.now(clock).format(TIMESTAMP);
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + parent + ": " + reason(e), e);
        }
        for (int n = 1; n <= MAX_SUFFIX; n++) {
            Path candidate = parent.resolve(n == 1 ? stamp : stamp + "-" + n);
            try {
                return new RunDirectory(Files.createDirectory(candidate));
            } catch (FileAlreadyExistsException e) {
                continue;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create " + candidate + ": "
                        + reason(e), e);
            }
        }
        throw new UncheckedIOException(new IOException("cannot create a run directory in "
                + parent + ": " + MAX_SUFFIX + " directories named " + stamp + " exist"));
    }

    /** The directory itself. */
    public Path path() {
        return path;
    }

    /** The path of file {@code name} in this directory. */
    public Path file(String name) {
        return path.resolve(name);
    }

    /** Writes {@code text} as UTF-8 to file {@code name}, atomically. */
    public void writeText(String name, String text) {
        writeAtomically(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** What went wrong, in words: the JDK names only the path for the common cases. */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException n) {
            return "no such directory " + (n.getFile() == null ? "" : n.getFile());
        }
        if (e instanceof java.nio.file.AccessDeniedException a) {
            return "permission denied on " + a.getFile();
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason() + (f.getFile() == null ? "" : " (" + f.getFile() + ")");
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * Replaces file {@code name} with {@code content} so that readers see the old file or the
     * new one, never a part: writes a temporary file next to it, then renames it.
     */
    public void writeAtomically(String name, byte[] content) {
        Path target = file(name);
        Path temporary = null;
        try {
            temporary = Files.createTempFile(path, name + ".", ".tmp");
            Files.write(temporary, content);
            if (temporary.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                // a temporary file is private (0600); results are as readable as the others
                Files.setPosixFilePermissions(temporary,
                        java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** The directory's path. */
    @Override
    public String toString() {
        return path.toString();
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the write already failed; that error is the one the user needs
        }
    }

    private static String segment(String name) {
        StringBuilder b = new StringBuilder();
        for (char c : name.toCharArray()) {
            boolean safe = Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_';
            b.append(safe ? c : '_');
        }
        String s = b.toString();
        return s.isEmpty() || s.equals(".") || s.equals("..") ? "_" + s : s;
    }
}
