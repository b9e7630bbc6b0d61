package org.huntlab.hunt;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import com.typesafe.config.Config;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.javadsl.Behaviors;

/** Runs a scheme to its end in an actor system of its own and returns the outcome. */
public final class Hunt {

    private Hunt() {
    }

    /** Runs {@code scheme}, feeding {@code listener}, with Pekko configured by {@code config}. */
    public static Outcome run(Scheme scheme, HuntListener listener, Config config) {
        return run(scheme, listener, config, 1);
    }

    /**
     * Runs {@code scheme} like {@link #run(Scheme, HuntListener, Config)}, with its free
     * agents in {@link org.huntlab.agent.Cohort}s of {@code cohortSize} (none when ≤ 1).
     */
    public static Outcome run(Scheme scheme, HuntListener listener, Config config,
                              int cohortSize) {
        CompletableFuture<Outcome> result = new CompletableFuture<>();
        ActorSystem<Void> system = ActorSystem.create(Behaviors.setup(context -> {
            var sink = context.<Outcome>spawn(Behaviors.receiveMessage(outcome -> {
                result.complete(outcome);
                return Behaviors.stopped();
            }), "outcome");
            context.spawn(HuntCoordinator.create(scheme, listener, sink, cohortSize),
                    "coordinator");
            return Behaviors.empty();
        }), "huntlab", config);
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("run " + scheme.name() + " was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("run " + scheme.name() + " failed", e.getCause());
        } finally {
            system.terminate();
            system.getWhenTerminated().toCompletableFuture()
                    .completeOnTimeout(null, Duration.ofSeconds(10).toMillis(),
                            java.util.concurrent.TimeUnit.MILLISECONDS)
                    .join();
        }
    }
}
