package org.huntlab.hunt;

/** How the rounds of a hunt are scheduled. */
public enum ScheduleMode {
    /** A barrier after every round: reproducible, the default. */
    LOCKSTEP,
    /**
     * No barrier: each agent steps at its own pace with the latest positions it holds; not
     * reproducible once agents are coupled (the positions used depend on thread scheduling).
     */
    ASYNC
}
