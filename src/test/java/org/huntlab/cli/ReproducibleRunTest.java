package org.huntlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The same spec and seed give the same metrics.csv in lockstep mode, on an analytic and on a
 * learned landscape. The wall_seconds column is the one value that is not a function of the
 * spec, so it is left out of the comparison.
 */
class ReproducibleRunTest {

    private static final String WALL = "wall_seconds";

    private static List<String> metrics(Path out, String spec, String... sets) throws IOException {
        List<String> args = new java.util.ArrayList<>(List.of("run", spec, "--out",
                out.toString()));
        for (String s : sets) {
            args.add("--set");
            args.add(s);
        }
        CommandLine cli = new CommandLine(new HuntlabCommand());
        cli.setOut(new PrintWriter(new StringWriter()));
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        assertEquals(0, cli.execute(args.toArray(String[]::new)), err.toString());
        Path file;
        try (Stream<Path> found = Files.walk(out)) {
            file = found.filter(p -> p.getFileName().toString().equals("metrics.csv"))
                    .findFirst().orElseThrow();
        }
        List<String> lines = Files.readAllLines(file);
        int wall = List.of(lines.get(0).split(",")).indexOf(WALL);
        return lines.stream().map(line -> {
            List<String> cells = new java.util.ArrayList<>(List.of(line.split(",", -1)));
            cells.remove(wall);
            return String.join(",", cells);
        }).toList();
    }

    @Test
    void sgldWalkersGiveIdenticalMetrics(@TempDir Path dir) throws IOException {
        String spec = "simulations/double-well-sgld.yaml";
        List<String> first = metrics(dir.resolve("a"), spec, "schedule.maxSteps=3000");
        List<String> second = metrics(dir.resolve("b"), spec, "schedule.maxSteps=3000");
        assertEquals(1 + 30 * 4, first.size());
        assertEquals(first, second);
        assertNotEquals(first, metrics(dir.resolve("c"), spec, "schedule.maxSteps=3000",
                "seed=8"), "another seed gives other numbers");
    }

    @Test
    void aNetworkRunGivesIdenticalMetrics(@TempDir Path dir) throws IOException {
        String spec = "simulations/modular-baseline.yaml";
        String[] small = {"landscape.modulus=23", "landscape.model.embedding=16",
            "landscape.model.hidden=[32]", "schedule.maxSteps=60", "schedule.evalEvery=20"};
        List<String> first = metrics(dir.resolve("a"), spec, small);
        List<String> second = metrics(dir.resolve("b"), spec, small);
        assertEquals(first, second);
        assertTrue(first.get(3).contains(","), first.toString());
    }
}
