package org.huntlab.run;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows how far a run has got: a progress bar on standard error, or else an INFO log line at
 * every tenth of the rounds.
 *
 * <p>Log lines written while the bar is drawn land on the bar's line; the bar redraws itself
 * below them at its next update.
 */
final class ProgressDisplay implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ProgressDisplay.class);
    private static final int LOG_PARTS = 10;
    private static final int BAR_UPDATE_MILLIS = 250;

    private final String run;
    private final long maxSteps;
    private final ProgressBar bar;
    private final long logEvery;
    private long nextLog;

    private ProgressDisplay(String run, long maxSteps, ProgressBar bar) {
        this.run = run;
        this.maxSteps = maxSteps;
        this.bar = bar;
        this.logEvery = Math.max(1, maxSteps / LOG_PARTS);
        this.nextLog = logEvery;
    }

    /** A display for run {@code run} of {@code maxSteps} rounds; a bar when {@code drawBar}. */
    static ProgressDisplay create(String run, long maxSteps, boolean drawBar) {
        ProgressBar bar = null;
        if (drawBar) {
            bar = new ProgressBarBuilder()
                    .setTaskName(run)
                    .setInitialMax(maxSteps)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(BAR_UPDATE_MILLIS)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err))
                    .setUnit(" steps", 1)
                    .showSpeed()
                    .build();
        }
        return new ProgressDisplay(run, maxSteps, bar);
    }

    /** Round {@code round} is done; cheap, since it is called every round. */
    void at(long round) {
        if (bar != null) {
            bar.stepTo(round);
        } else if (round >= nextLog) {
            nextLog += logEvery;
            LOG.info("run {}: step {} of {}", run, round, maxSteps);
        }
    }

    /** Removes the bar's thread; the bar stays on screen at its last value. */
    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
