package org.huntlab.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.huntlab.hunt.Scheme;
import org.junit.jupiter.api.Test;

/** One test per kind of bad input, each checking the field, the line and the allowed values. */
class SpecLoaderTest {

    private static final String GOOD = """
            name: t
            seed: 5
            landscape: {type: ravine, dimension: 3, stiffness: 10.0}
            agents:
              - {id: prey, role: prey, optimizer: {type: sgd, lr: 0.01}}
              - {id: wolf, role: predator, optimizer: {type: sgd, lr: 0.01},
                 init: {from: prey, offset: 0.5}}
            couplings:
              - {target: prey, source: wolf, action: flee,
                 kernel: {type: exponential, k0: 2.0, sigma: 1.0}}
              - {target: wolf, source: prey, action: chase, kernel: {type: constant, k0: 1.0}}
            interaction: {step: 0.05}
            schedule: {maxSteps: 100, evalEvery: 10}
            """;

    private static SpecException fails(String yaml, String... overrides) {
        return assertThrows(SpecException.class,
                () -> SpecLoader.parse("s.yaml", yaml, List.of(overrides)));
    }

    @Test
    void goodSpecResolvesDefaultsAndBuildsTheScheme() {
        LoadedSpec loaded = SpecLoader.parse("s.yaml", GOOD, List.of());
        assertTrue(loaded.warnings().isEmpty(), loaded.warnings().toString());
        assertTrue(loaded.resolvedYaml().contains("aggregation: sum"), loaded.resolvedYaml());
        Scheme scheme = loaded.spec().toScheme();
        assertEquals(0.05, scheme.interactionStep());
        double[] prey = scheme.agent("prey").start();
        double[] wolf = scheme.agent("wolf").start();
        assertEquals(0.5, org.huntlab.interaction.Interaction.distance(prey, wolf), 1e-12,
                "init.from with offset places the copy at exactly that distance");
        // the resolved YAML is itself a valid spec that gives the same scheme
        Scheme again = SpecLoader.parse("r.yaml", loaded.resolvedYaml(), List.of()).spec()
                .toScheme();
        assertEquals(prey[0], again.agent("prey").start()[0]);
    }

    @Test
    void unknownFieldNamesFieldLineAndAllowed() {
        SpecException e = fails(GOOD.replace("interaction: {step: 0.05}",
                "interaction: {step: 0.05, stpe: 1}"));
        assertEquals("interaction.stpe", e.path());
        assertEquals(12, e.line());
        assertTrue(e.getMessage().contains("unknown field 'stpe'; allowed: connectedMoments, "
                + "distance, mode, step"), e.getMessage());
    }

    @Test
    void wrongTypeSaysWhatWasExpected() {
        SpecException e = fails(GOOD.replace("lr: 0.01}}\n  - {id: wolf",
                "lr: fast}}\n  - {id: wolf"));
        assertEquals("agents[0].optimizer.lr", e.path());
        assertEquals(5, e.line());
        assertTrue(e.getMessage().contains("expected a number, got 'fast'"), e.getMessage());
    }

    @Test
    void missingRequiredFieldIsNamed() {
        SpecException e = fails(GOOD.replace("{target: wolf, source: prey, action: chase,",
                "{target: wolf, source: prey,"));
        assertEquals("couplings[1]", e.path());
        assertEquals(11, e.line());
        assertTrue(e.getMessage().contains("missing required field 'action'"), e.getMessage());
    }

    @Test
    void negativeStepIsRejectedWithItsLine() {
        SpecException e = fails(GOOD.replace("step: 0.05", "step: -0.05"));
        assertEquals("interaction.step", e.path());
        assertEquals(12, e.line());
        assertTrue(e.getMessage().contains("step must be a finite number > 0, got -0.05"),
                e.getMessage());
    }

    @Test
    void unknownLandscapeListsTheKnownOnes() {
        SpecException e = fails(GOOD.replace("type: ravine", "type: canyon"));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("unknown landscape type 'canyon'; allowed: ravine, "
                + "double-well, rosenbrock, quadratic"), e.getMessage());
    }

    @Test
    void unknownKernelListsTheKnownOnes() {
        SpecException e = fails(GOOD.replace("type: constant", "type: yukawa"));
        assertEquals("couplings[1].kernel.type", e.path());
        assertTrue(e.getMessage().contains("unknown kernel type 'yukawa'; allowed: constant, "
                + "exponential, power, gaussian, morse, spring, expression"), e.getMessage());
    }

    @Test
    void couplingToUnknownAgentListsTheAgents() {
        SpecException e = fails(GOOD.replace("source: wolf", "source: fox"));
        assertEquals("couplings[0].source", e.path());
        assertEquals(9, e.line());
        assertTrue(e.getMessage().contains("unknown agent 'fox'; agents: prey, wolf"),
                e.getMessage());
        SpecException role = fails(GOOD.replace("source: wolf", "source: role:hawk"));
        assertTrue(role.getMessage().contains("no agent has role 'hawk'; roles: predator, prey"),
                role.getMessage());
    }

    @Test
    void fleeNotStrongerThanChaseIsAWarning() {
        LoadedSpec loaded = SpecLoader.parse("s.yaml", GOOD.replace("k0: 2.0", "k0: 1.0"),
                List.of());
        assertEquals(1, loaded.warnings().size());
        assertTrue(loaded.warnings().get(0).contains("U0 = 1.0 is not above the chase strength"
                + " V0 = 1.0"), loaded.warnings().get(0));
    }

    @Test
    void overridesChangeValuesAndTheirErrorsSaySo() {
        LoadedSpec loaded = SpecLoader.parse("s.yaml", GOOD,
                List.of("agents[1].optimizer.lr=0.2", "seed=9", "interaction.step=0.5"));
        assertEquals(9L, loaded.spec().seed());
        assertEquals(0.5, loaded.spec().interaction().step());
        SpecException e = fails(GOOD, "interaction.step=-1");
        assertTrue(e.getMessage().startsWith("s.yaml (--set interaction.step=-1): "
                + "interaction.step: step must be"), e.getMessage());
        SpecException bad = fails(GOOD, "nonsense");
        assertTrue(bad.getMessage().contains("an override is path=value"), bad.getMessage());
    }

    @Test
    void malformedYamlAndMissingFileAreOneLine() {
        SpecException e = fails("name: t\nagents: [\n");
        assertTrue(e.getMessage().startsWith("s.yaml:"), e.getMessage());
        assertTrue(e.getMessage().contains("not valid YAML"), e.getMessage());
        SpecException missing = assertThrows(SpecException.class,
                () -> SpecLoader.load(Path.of("no/such.yaml"), List.of()));
        assertEquals("no/such.yaml: no such file", missing.getMessage());
    }

    @Test
    void positionOfWrongLengthIsRejected() {
        SpecException e = fails(GOOD.replace("optimizer: {type: sgd, lr: 0.01}}\n  - {id: wolf",
                "optimizer: {type: sgd, lr: 0.01}, init: {position: [1, 2]}}\n  - {id: wolf"));
        assertEquals("agents[0].init.position", e.path());
        assertTrue(e.getMessage().contains("has 2 coordinates; the landscape has dimension 3"),
                e.getMessage());
    }

    @Test
    void landscapeParameterOutOfRangeIsLocated() {
        SpecException e = fails(GOOD.replace("stiffness: 10.0", "stiffness: -1"));
        assertEquals("landscape.stiffness", e.path());
        assertEquals(3, e.line());
    }

    @Test
    void everyShippedSimulationLoadsWithoutWarnings() throws java.io.IOException {
        List<Path> files;
        try (var listing = java.nio.file.Files.list(Path.of("simulations"))) {
            files = listing.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(files.size() >= 3, files.toString());
        for (Path f : files) {
            LoadedSpec s = SpecLoader.load(f, List.of());
            assertTrue(s.warnings().isEmpty(), f + ": " + s.warnings());
            assertTrue(s.spec().toScheme().agents().size() >= 1, f.toString());
        }
    }

    @Test
    void yamlSyntaxErrorsKeepTheParsersProblemAndItsLine() {
        SpecException e = fails("name: t\nlandscape: {type: ravine\nagents: []\n");
        assertTrue(e.getMessage().contains("not valid YAML: expected ',' or '}'"),
                e.getMessage());
        assertEquals(3, e.line(), "where the parser found the problem");
        SpecException tab = fails("name: t\nlandscape:\n\ttype: ravine\n");
        assertTrue(tab.getMessage().contains("TAB"), tab.getMessage());
    }

    @Test
    void anEmptyFileSaysSo() {
        assertTrue(fails("").getMessage().contains("the file is empty"));
    }

    @Test
    void anOverrideOfAnUnknownFieldBlamesTheOverride() {
        SpecException e = fails(GOOD, "foo.bar=1");
        assertTrue(e.getMessage().startsWith("s.yaml (--set foo.bar=1): foo: unknown field"),
                e.getMessage());
    }

    @Test
    void theFieldNameIsNotRepeatedInTheProblem() {
        SpecException e = fails(GOOD.replace("action: chase", "action: stalk"));
        assertTrue(e.getMessage().endsWith("couplings[1].action: unknown action 'stalk'; "
                + "allowed: flee, chase"), e.getMessage());
    }

    @Test
    void nonFinitePositionsAndImpossibleStopsAreBadInput() {
        SpecException e = fails(GOOD.replace("optimizer: {type: sgd, lr: 0.01}}\n  - {id: wolf",
                "optimizer: {type: sgd, lr: 0.01}, init: {position: [0, 1e999, 0]}}\n"
                        + "  - {id: wolf"));
        assertEquals("agents[0].init.position", e.path());
        SpecException stop = fails(GOOD + "stop: {agent: prey, metric: test-accuracy, "
                + "atLeast: 0.9}\n");
        assertEquals("stop.metric", stop.path());
        assertTrue(stop.getMessage().contains("this landscape has no test-accuracy; allowed "
                + "here: loss, train-loss"), stop.getMessage());
    }
}
