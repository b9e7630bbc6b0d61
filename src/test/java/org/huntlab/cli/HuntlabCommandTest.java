package org.huntlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class HuntlabCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int execute(String... args) {
        CommandLine cli = new CommandLine(new HuntlabCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void specThatFailsToLoadExitsWithTwoAndOneLine(@TempDir Path dir) {
        Path missing = dir.resolve("missing.yaml");
        assertEquals(2, execute("run", missing.toString(), "--seed", "3"));
        String message = err.toString();
        assertTrue(message.startsWith("error: " + missing), message);
        assertEquals(1, message.lines().count(), "one line, no stack trace: " + message);
        assertEquals("", out.toString());
    }

    @Test
    void verboseAddsTheStackTrace(@TempDir Path dir) {
        assertEquals(2, execute("--verbose", "run", dir.resolve("missing.yaml").toString()));
        assertTrue(err.toString().contains("at org.huntlab.spec.SpecLoader"), err.toString());
    }

    @Test
    void verboseIsAcceptedAfterTheSubcommand(@TempDir Path dir) {
        assertEquals(2, execute("run", "--verbose", dir.resolve("missing.yaml").toString()));
        assertTrue(err.toString().contains("SpecException"), err.toString());
    }

    @Test
    void versionNamesTheBuild() {
        assertEquals(0, execute("--version"));
        assertTrue(out.toString().startsWith("huntlab "), out.toString());
        assertFalse(out.toString().contains("${"), "the version was filled in by Maven");
    }

    @Test
    void missingSubcommandIsAUsageError() {
        assertEquals(2, execute());
        assertTrue(err.toString().contains("Usage: huntlab"), err.toString());
    }

    @Test
    void seedAndOutBecomeOverridesAfterTheSets() {
        RunCommand run = new RunCommand();
        new CommandLine(run).parseArgs("s.yaml", "--set", "seed=1", "--out", "o",
                "--seed", "9");
        assertEquals(List.of("seed=1", "seed=9", "output.dir=o"), run.overrides());
    }

    @Test
    void commandLineMistakesAreOneErrorLineAndExitTwo() {
        CommandLine cli = HuntlabCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.getSubcommands().values().forEach(c -> {
            c.setOut(new PrintWriter(out, true));
            c.setErr(new PrintWriter(err, true));
        });
        assertEquals(2, cli.execute("run", "x.yaml", "--seed", "abc"));
        assertTrue(err.toString().startsWith("error: Invalid value for option '--seed'"),
                err.toString());
        assertFalse(err.toString().contains("Usage:"), "no usage screen: " + err);
    }
}
