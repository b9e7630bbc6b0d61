package org.huntlab.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.huntlab.agent.AgentPlan;
import org.huntlab.hunt.Scheme;
import org.huntlab.interaction.Coupling;
import org.huntlab.interaction.ExpressionKernel;
import org.huntlab.interaction.MorseKernel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Kernels and group couplings in a spec: what loads, what it builds, and every error. */
class CouplingSpecTest {

    private static final String SWARM = """
            name: swarm
            landscape: {type: quadratic, dimension: 2, scale: 1.0}
            agents:
              - {id: w1, role: walker, optimizer: {type: sgld, lr: 0.01, temperature: 0.1}}
              - {id: w2, role: walker, optimizer: {type: sgld, lr: 0.01, temperature: 0.1}}
              - {id: w3, role: walker, optimizer: {type: sgld, lr: 0.01, temperature: 0.1}}
              - {id: hawk, role: predator, optimizer: {type: sgd, lr: 0.01}}
            couplings:
              - {target: role:walker, source: role:walker, action: flee, nearest: 1,
                 within: 2.5, kernel: {type: morse, k0: 1.0, a: 2.0, r0: 0.5}}
              - {target: role:walker, source: hawk, action: flee,
                 kernel: {type: expression, formula: "2*exp(-r/1.5)"}}
            """;

    private static SpecException fails(String yaml) {
        return assertThrows(SpecException.class,
                () -> SpecLoader.parse("s.yaml", yaml, List.of()));
    }

    @Test
    void walkersReactToEveryOtherWalkerButNeverToThemselves() {
        Scheme scheme = SpecLoader.parse("s.yaml", SWARM, List.of()).spec().toScheme();
        for (String id : List.of("w1", "w2", "w3")) {
            AgentPlan plan = scheme.agent(id);
            Coupling swarm = plan.couplings().get(0);
            assertEquals(2, swarm.sources().size(), id + " reacts to the two other walkers");
            assertFalse(swarm.sources().contains(id), id + " is not its own source");
            assertEquals(1, swarm.nearest());
            assertEquals(2.5, swarm.within());
            assertEquals(new MorseKernel(1, 2, 0.5), swarm.kernel());
            assertEquals(new ExpressionKernel("2*exp(-r/1.5)"), plan.couplings().get(1).kernel());
        }
        assertTrue(scheme.agent("hawk").couplings().isEmpty(), "the hawk reacts to nobody");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{type: power}", "{type: power, k0: 2.0, exponent: 1.0, softening: 0.5}",
        "{type: gaussian, sigma: 0.3}", "{type: morse}", "{type: spring, k: 2.0, r0: 0.1}",
        "{type: expression, formula: \"1/(1+r^2)\"}"})
    void everyKernelLoadsAndItsResolvedYamlLoadsAgain(String kernel) {
        String yaml = SWARM.replace("{type: morse, k0: 1.0, a: 2.0, r0: 0.5}", kernel);
        LoadedSpec loaded = SpecLoader.parse("s.yaml", yaml, List.of());
        LoadedSpec again = SpecLoader.parse("r.yaml", loaded.resolvedYaml(), List.of());
        assertEquals(loaded.spec(), again.spec(), loaded.resolvedYaml());
        assertFalse(loaded.resolvedYaml().contains("contact"), "K(0) is derived, not a field");
    }

    @Test
    void unknownKernelListsEveryKernelType() {
        SpecException e = fails(SWARM.replace("type: morse", "type: yukawa"));
        assertEquals("couplings[0].kernel.type", e.path());
        assertEquals(10, e.line());
        assertTrue(e.getMessage().contains("unknown kernel type 'yukawa'; allowed: constant, "
                + "exponential, power, gaussian, morse, spring, expression"), e.getMessage());
    }

    @Test
    void badFormulaShowsTheFormulaAndWhereItBreaks() {
        SpecException e = fails(SWARM.replace("2*exp(-r/1.5)", "2*exp(-r/sigma)"));
        assertEquals("couplings[1].kernel.formula", e.path());
        assertEquals(12, e.line());
        assertTrue(e.getMessage().contains("formula '2*exp(-r/sigma)': unknown function or "
                + "variable 'sigma' at character 10; the only variable is r"), e.getMessage());
        SpecException syntax = fails(SWARM.replace("2*exp(-r/1.5)", "2*exp(-r/1.5"));
        assertEquals("couplings[1].kernel.formula", syntax.path());
        assertTrue(syntax.getMessage().contains("formula '2*exp(-r/1.5': mismatched "
                + "parentheses"), syntax.getMessage());
        SpecException nan = fails(SWARM.replace("2*exp(-r/1.5)", "sqrt(r-1)"));
        assertTrue(nan.getMessage().contains("formula 'sqrt(r-1)' is NaN at r = 0.01"),
                nan.getMessage());
    }

    @Test
    void nearestZeroIsAnError() {
        SpecException e = fails(SWARM.replace("nearest: 1", "nearest: 0"));
        assertEquals("couplings[0].nearest", e.path());
        assertEquals(9, e.line());
        assertTrue(e.getMessage().contains("nearest must be ≥ 1 (the number of nearest sources "
                + "each target reacts to), got 0"), e.getMessage());
    }

    @Test
    void withinMustBePositive() {
        SpecException e = fails(SWARM.replace("within: 2.5", "within: -1"));
        assertEquals("couplings[0].within", e.path());
        assertTrue(e.getMessage().contains("within must be a finite number > 0, got -1.0"),
                e.getMessage());
    }

    @Test
    void morseParameterOutOfRangeIsLocated() {
        SpecException e = fails(SWARM.replace("a: 2.0", "a: 0"));
        assertEquals("couplings[0].kernel.a", e.path());
        assertEquals(10, e.line());
        assertTrue(e.getMessage().contains("a must be a finite number > 0, got 0.0"),
                e.getMessage());
    }

    @Test
    void couplingToAnEmptyRoleIsAnError() {
        SpecException target = fails(SWARM.replace("{target: role:walker, source: hawk",
                "{target: role:owl, source: hawk"));
        assertEquals("couplings[1].target", target.path());
        assertTrue(target.getMessage().contains("no agent has role 'owl'; roles: predator, "
                + "walker"), target.getMessage());
        SpecException source = fails(SWARM.replace("source: hawk", "source: role:prey"));
        assertEquals("couplings[1].source", source.path());
        assertTrue(source.getMessage().contains("no agent has role 'prey'"),
                source.getMessage());
    }

    @Test
    void aLoneAgentCannotFormAGroupWithItself() {
        SpecException e = fails(SWARM.replace("{target: role:walker, source: hawk",
                "{target: role:predator, source: role:predator"));
        assertEquals("couplings[1].source", e.path());
        assertTrue(e.getMessage().contains("agent 'hawk' cannot react to itself"),
                e.getMessage());
    }
}
