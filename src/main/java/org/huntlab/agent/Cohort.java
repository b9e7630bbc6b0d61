package org.huntlab.agent;

import java.util.ArrayList;
import java.util.List;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;
import org.huntlab.dynamics.RandomStreams;
import org.huntlab.landscape.Landscape;

/**
 * One actor that runs a block of free agents in lockstep: agents that react to nobody, that
 * nobody reacts to and that share no moments, e.g. the walkers of an SGLD swarm.
 *
 * <p>Every member stays logically an agent: it has its own {@link AgentDynamics} and its own
 * random stream {@code RandomStreams.stream(seed, "agent/" + id)}, exactly as if it ran in an
 * {@link Agent} actor of its own, so a run gives bit for bit the same numbers with or without
 * cohorts. What the cohort saves is messages: on {@link Agent.Step} it steps every member in
 * order and answers with one {@link Agent.CohortStepped}, instead of one {@code Step} and one
 * {@code Stepped} per walker; on a round of ten thousand 2-D walkers the messages, not the
 * arithmetic, would otherwise dominate.
 *
 * <p>Limitation: members are stepped one after the other on one thread, so a cohort suits
 * cheap agents (analytic landscapes); expensive ones are better off in actors of their own,
 * where the dispatcher spreads them over the cores.
 */
public final class Cohort extends AbstractBehavior<Agent.Command> {

    private final String name;
    private final List<AgentDynamics> members;

    private Cohort(ActorContext<Agent.Command> context, String name, List<AgentPlan> plans,
                   Landscape landscape, long seed) {
        super(context);
        this.name = name;
        this.members = new ArrayList<>(plans.size());
        for (AgentPlan plan : plans) {
            if (!plan.couplings().isEmpty() || !plan.momentGroup().isEmpty() || plan.dormant()) {
                throw new IllegalArgumentException("agent " + plan.id() + " is not free: a "
                        + "cohort takes only uncoupled, always active agents");
            }
            members.add(new AgentDynamics(plan, landscape,
                    RandomStreams.stream(seed, "agent/" + plan.id())));
        }
    }

    /**
     * A cohort called {@code name} running the free agents {@code plans} on {@code landscape},
     * each with its own stream of the run seeded with {@code seed}.
     */
    public static Behavior<Agent.Command> create(String name, List<AgentPlan> plans,
                                                 Landscape landscape, long seed) {
        List<AgentPlan> copy = List.copyOf(plans);
        return Behaviors.setup(context -> new Cohort(context, name, copy, landscape, seed));
    }

    @Override
    public Receive<Agent.Command> createReceive() {
        return newReceiveBuilder()
                .onMessage(Agent.Step.class, this::onStep)
                .onMessageEquals(Agent.Stop.INSTANCE, Behaviors::stopped)
                .build();
    }

    private Behavior<Agent.Command> onStep(Agent.Step step) {
        long k = step.round();
        for (AgentDynamics member : members) {
            double loss = member.gradient();
            if (!Double.isFinite(loss)) {
                step.replyTo().tell(new Agent.Diverged(member.plan().id(), k, "loss is " + loss
                        + " at the start of the round"));
                return this;
            }
            member.optimize();
        }
        List<Agent.Stepped> reports = List.of();
        if (step.evaluate() || step.position()) {
            reports = new ArrayList<>(members.size());
            for (AgentDynamics member : members) {
                if (!member.isFinite()) {
                    step.replyTo().tell(new Agent.Diverged(member.plan().id(), k,
                            "position is not finite after round " + k));
                    return this;
                }
                reports.add(new Agent.Stepped(member.plan().id(), k, member.lastLoss(),
                        member.gradientCalls(), step.evaluate() ? member.evaluate() : null,
                        member.position()));
            }
        }
        step.replyTo().tell(new Agent.CohortStepped(name, k, members.size(), reports));
        return this;
    }
}
