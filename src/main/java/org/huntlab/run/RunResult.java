package org.huntlab.run;

import java.nio.file.Path;
import org.huntlab.hunt.Hunt;
import org.huntlab.hunt.Outcome;
import org.huntlab.hunt.Scheme;

/**
 * One finished run: where it was written, how it ended, its summary and its in-memory trace.
 *
 * @param directory the run directory
 * @param outcome how the hunt ended
 * @param summary the contents of summary.json
 * @param trace the evaluations, for charts and tables
 */
public record RunResult(Path directory, Outcome outcome, Summary summary, RunTrace trace) {

    /** Runs {@code scheme} into a new run directory under {@code root} and waits for it. */
    public static RunResult execute(Scheme scheme, String resolvedYaml, Path root,
                                    Settings settings) {
        RunDirectory directory = RunDirectory.create(root, scheme.name());
        try (RunRecorder recorder = RunRecorder.open(directory, scheme, resolvedYaml,
                settings)) {
            // Ctrl-C: close the files whole and say where the partial results are
            Thread onStop = new Thread(() -> {
                if (recorder.interrupted()) {
                    System.err.println("huntlab: " + recorder.summary().message());
                }
            }, "huntlab-interrupt");
            Runtime.getRuntime().addShutdownHook(onStop);
            try {
                Outcome outcome = Hunt.run(scheme, recorder, settings.config(),
                        settings.cohortSize());
                return new RunResult(directory.path(), outcome, recorder.summary(),
                        recorder.trace());
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(onStop);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running or about to: it owns the files now
                }
            }
        }
    }

    /**
     * The agent whose milestones stand for the run: the stop condition's agent when there is
     * one, else the first agent.
     */
    public static String watchedAgent(Scheme scheme) {
        return scheme.stop().map(s -> s.agent()).orElse(scheme.agents().get(0).id());
    }
}
