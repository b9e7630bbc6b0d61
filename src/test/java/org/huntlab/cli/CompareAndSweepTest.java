package org.huntlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.huntlab.report.CensoredStatistic;
import org.huntlab.run.Summary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** compare and sweep on a tiny task: the printed medians are those of the runs' summaries. */
class CompareAndSweepTest {

    private static final String TINY = "src/test/resources/specs/tiny-modular.yaml";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int execute(String... args) {
        CommandLine cli = new CommandLine(new HuntlabCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    /** Memorization steps of the watched agent per run, grouped by the spec's weight decay. */
    private static Map<String, List<Long>> memorized(Path root) throws IOException {
        Map<String, List<Long>> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.endsWith("summary.json")).toList()) {
                Summary s = Summary.read(f);
                String spec = Files.readString(f.resolveSibling("spec.yaml"));
                String key = spec.contains("weightDecay: 1.0") ? "wd1" : "other";
                var m = s.milestones().get("walker").memorized();
                out.computeIfAbsent(key, k -> new ArrayList<>()).add(m == null ? null : m.step());
            }
        }
        return out;
    }

    @Test
    void compareTablesTheMediansOfTheRuns(@TempDir Path dir) throws IOException {
        assertEquals(0, execute("compare", TINY, TINY, "--seeds", "3", "--out",
                dir.toString(), "--jobs", "2"), err.toString());
        String table = out.toString();
        assertTrue(table.contains("tiny-modular.yaml#2"), table);
        List<Long> steps = memorized(dir).get("wd1");
        assertEquals(6, steps.size());
        // the twin configurations ran the same seeds: each seed's step appears twice
        List<Long> once = steps.stream().sorted(java.util.Comparator.nullsLast(
                java.util.Comparator.naturalOrder())).toList();
        String expected = CensoredStatistic.of(List.of(once.get(0), once.get(2), once.get(4)))
                .format();
        String row = table.lines().filter(l -> l.startsWith("tiny-modular.yaml "))
                .findFirst().orElseThrow();
        assertTrue(row.contains(" 3 "), row);
        // both configurations are the same spec with the same seeds: identical rows
        String twin = table.lines().filter(l -> l.startsWith("tiny-modular.yaml#2"))
                .findFirst().orElseThrow();
        assertEquals(row.substring("tiny-modular.yaml  ".length()).trim(),
                twin.substring("tiny-modular.yaml#2".length()).trim());
        assertTrue(table.contains("median gradient calls to generalize"), table);
        assertTrue(Files.exists(dir.resolve("compare")), "experiment directory");
        assertTrue(row.contains("  " + expected + "  "), "memorize steps " + expected + " in "
                + row);
    }

    @Test
    void sweepRunsEveryCombinationAndNamesTheBest(@TempDir Path dir) throws IOException {
        assertEquals(0, execute("sweep", TINY, "--grid",
                "agents[0].optimizer.weightDecay=1.0,0.0", "--grid",
                "landscape.model.hidden=[32],[8]", "--seeds", "2", "--out", dir.toString()),
                err.toString());
        String text = out.toString();
        assertEquals(4, text.lines().filter(l -> l.startsWith("agents[0]")).count(), text);
        assertTrue(text.contains("best: "), text);
        Path csv;
        try (Stream<Path> files = Files.walk(dir)) {
            csv = files.filter(p -> p.endsWith("replicates.csv")).findFirst().orElseThrow();
        }
        List<String> rows = Files.readAllLines(csv);
        assertEquals(1 + 4 * 2, rows.size());
        assertTrue(rows.get(0).endsWith("agents[0].optimizer.weightDecay,landscape.model.hidden"),
                rows.get(0));
        List<Long> wd1 = memorized(dir).get("wd1");
        assertEquals(4, wd1.size(), "two hidden sizes × two seeds at weight decay 1.0");
    }

    @Test
    void badGridAndBadSpecFailBeforeAnyRun(@TempDir Path dir) {
        assertEquals(2, execute("sweep", TINY, "--grid", "interaction.step", "--out",
                dir.toString()));
        assertEquals(2, execute("compare", TINY, "no-such.yaml", "--out", dir.toString()));
        assertTrue(err.toString().contains("no-such.yaml: no such file"), err.toString());
        assertEquals(2, execute("sweep", TINY, "--grid", "interaction.step=-1,0.1", "--out",
                dir.toString()));
        assertTrue(err.toString().contains("interaction.step"), err.toString());
    }
}
