package org.huntlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import com.typesafe.config.ConfigFactory;
import org.huntlab.report.LossChart;
import org.huntlab.report.PairChart;
import org.huntlab.run.HuntFixtures;
import org.huntlab.run.RunDirectory;
import org.huntlab.run.Settings;
import org.huntlab.run.Summary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final Settings settings = Settings.of(ConfigFactory.load());

    @Test
    void finishedHuntExitsWithZeroAndPrintsThePair(@TempDir Path root) throws Exception {
        int code = new RunCommand().run(HuntFixtures.huntingPair(), "name: pair\n", root,
                settings, new PrintWriter(out), new PrintWriter(err));

        assertEquals(0, code, err.toString());
        assertTrue(out.toString().contains("ending:         MAX_STEPS"), out.toString());
        assertTrue(out.toString().contains("pair:           prey–wolf at step 200: distance"),
                out.toString());
        Path directory = onlyRunDirectory(root.resolve("pair"));
        assertTrue(Files.isRegularFile(directory.resolve(LossChart.FILE)));
        assertTrue(Files.isRegularFile(directory.resolve(PairChart.FILE)));
    }

    @Test
    void divergedHuntExitsWithOneAndKeepsItsFiles(@TempDir Path root) throws Exception {
        int code = new RunCommand().run(HuntFixtures.divergingWalker(), "name: blowup\n",
                root, settings, new PrintWriter(out), new PrintWriter(err));

        assertEquals(1, code);
        assertTrue(err.toString().startsWith("error: agent walker diverged at step 53"),
                err.toString());
        Path directory = onlyRunDirectory(root.resolve("blowup"));
        assertEquals("DIVERGED", Summary.read(directory.resolve(RunDirectory.SUMMARY))
                .ending());
        assertEquals(5, HuntFixtures.rows(directory.resolve(RunDirectory.METRICS)).size());
    }

    private static Path onlyRunDirectory(Path parent) throws Exception {
        try (Stream<Path> children = Files.list(parent)) {
            var all = children.toList();
            assertEquals(1, all.size());
            return all.get(0);
        }
    }
}
