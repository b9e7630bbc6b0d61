package org.huntlab.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.huntlab.hunt.Scheme;
import org.huntlab.learn.LearnedLandscape;

/**
 * Runs many specs, several at a time, each into its own run directory, and returns their
 * results in the order they were queued.
 *
 * <p>Every spec is loaded and validated by the caller before the queue starts, so a bad one
 * stops everything before any run. Runs do not show progress bars; each finished run is
 * announced to a listener instead.
 */
public final class RunQueue {

    /**
     * One queued run.
     *
     * @param label the configuration it belongs to
     * @param scheme the runnable scheme
     * @param resolvedYaml the resolved spec text for its spec.yaml
     */
    public record Job(String label, Scheme scheme, String resolvedYaml) {
    }

    /**
     * A finished run with its job.
     *
     * @param index its position in the queue, from 0
     */
    public record Done(int index, Job job, RunResult result) {
    }

    private RunQueue() {
    }

    /**
     * How many runs fit on this machine at once: one when any landscape is learned (its
     * gemms use every core), else one per core.
     */
    public static int defaultParallelism(List<Job> jobs) {
        boolean learned = jobs.stream()
                .anyMatch(j -> j.scheme().landscape() instanceof LearnedLandscape);
        return learned ? 1 : Runtime.getRuntime().availableProcessors();
    }

    /** Runs {@code jobs} under {@code root}, {@code parallelism} at a time. */
    public static List<RunResult> run(List<Job> jobs, Path root, Settings settings,
                                      int parallelism, Consumer<Done> finished) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be ≥ 1, got " + parallelism);
        }
        Settings quiet = settings.withoutProgressBar();
        ExecutorService pool = Executors.newFixedThreadPool(parallelism);
        AtomicInteger counter = new AtomicInteger();
        try {
            List<Future<RunResult>> futures = new ArrayList<>();
            for (int i = 0; i < jobs.size(); i++) {
                Job job = jobs.get(i);
                int index = i;
                futures.add(pool.submit(() -> {
                    RunResult result = RunResult.execute(job.scheme(), job.resolvedYaml(),
                            root, quiet);
                    synchronized (finished) {
                        counter.incrementAndGet();
                        finished.accept(new Done(index, job, result));
                    }
                    return result;
                }));
            }
            List<RunResult> results = new ArrayList<>();
            for (Future<RunResult> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted after " + counter.get() + " runs", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(cause.getMessage(), cause);
        } finally {
            pool.shutdownNow();
        }
    }
}
