package org.huntlab.hunt;

import java.util.List;
import org.huntlab.agent.Agent;

/**
 * Receives a run's results as they happen; the run directory writers implement it.
 *
 * @implNote Called from the coordinator actor, one call at a time. A listener that throws
 *     ends the run as {@link Outcome.Ending#FAILED} with the exception's message.
 */
public interface HuntListener {

    /** An evaluation round: one report per agent, in the scheme's agent order. */
    void evaluated(long round, List<Agent.Stepped> reports);

    /** A round finished (called every round: keep it cheap). */
    default void progressed(long round) {
    }

    /** The run ended; called exactly once, also after a failure. */
    default void finished(Outcome outcome) {
    }
}
