package org.huntlab.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;

/**
 * Every configuration value huntlab reads, typed, from HOCON.
 *
 * <p>The configuration is {@code conf/application.conf} (relative to the working directory, if
 * present) or the file named by the system property {@value #CONF_PROPERTY}, over the built-in
 * {@code reference.conf}; system properties override both, as usual for Typesafe Config.
 *
 * @implNote Immutable and thread-safe; a value is checked when it is read, so a bad value fails
 *     with a {@link ConfigException} that names the key.
 */
public final class Settings {

    /** The system property naming a configuration file to use instead of the default one. */
    public static final String CONF_PROPERTY = "huntlab.conf";

    /** The configuration file read when present and {@value #CONF_PROPERTY} is not set. */
    public static final Path DEFAULT_CONF = Path.of("conf", "application.conf");

    /** The environment variable that, when set, marks a continuous-integration build. */
    public static final String CI_VARIABLE = "CI";

    private static final String OUTPUT_DIR = "huntlab.run.output-dir";
    private static final String TRAJECTORY_MAX_DIMENSION = "huntlab.run.trajectory-max-dimension";
    private static final String PROGRESS_BAR = "huntlab.run.progress-bar";
    private static final String GENERALIZATION_TARGET = "huntlab.run.generalization-target";
    private static final String COHORT_SIZE = "huntlab.run.cohort-size";
    private static final String SWARM_THRESHOLD = "huntlab.run.swarm-threshold";
    private static final String LANDSCAPE_PATHS = "huntlab.run.landscape-paths";

    /** When to draw a progress bar. */
    public enum ProgressBar {
        /** When a console is attached and {@value Settings#CI_VARIABLE} is not set. */
        AUTO,
        /** Always. */
        ON,
        /** Never; progress is logged instead. */
        OFF
    }

    private final Config config;

    private Settings(Config config) {
        this.config = config;
    }

    /** The settings from the default file or {@value #CONF_PROPERTY}, over the defaults. */
    public static Settings load() {
        String named = System.getProperty(CONF_PROPERTY);
        if (named != null) {
            return load(Path.of(named));
        }
        if (Files.isRegularFile(DEFAULT_CONF)) {
            return load(DEFAULT_CONF);
        }
        return new Settings(ConfigFactory.load());
    }

    /** The settings from {@code file}, which must exist, over the defaults. */
    public static Settings load(Path file) {
        Config parsed = ConfigFactory.parseFile(file.toFile(),
                ConfigParseOptions.defaults().setAllowMissing(false));
        return new Settings(ConfigFactory.load(parsed));
    }

    /** Settings backed by {@code config}, which must already include reference.conf. */
    public static Settings of(Config config) {
        return new Settings(config);
    }

    /** The whole resolved configuration, as Pekko needs it. */
    public Config config() {
        return config;
    }

    /** The directory that holds run directories unless the spec or the command line says. */
    public Path outputDir() {
        return Path.of(config.getString(OUTPUT_DIR));
    }

    /** The largest landscape dimension for which trajectories.csv is written. */
    public int trajectoryMaxDimension() {
        int max = config.getInt(TRAJECTORY_MAX_DIMENSION);
        if (max < 0) {
            throw new ConfigException.BadValue(config.origin(), TRAJECTORY_MAX_DIMENSION,
                    "must be ≥ 0, got " + max);
        }
        return max;
    }

    /** The test accuracy at which an agent counts as having generalized. */
    public double generalizationTarget() {
        double target = config.getDouble(GENERALIZATION_TARGET);
        if (!(target > 0 && target <= 1)) {
            throw new ConfigException.BadValue(config.origin(), GENERALIZATION_TARGET,
                    "must be in (0, 1], got " + target);
        }
        return target;
    }

    /** How many free agents (coupled to nobody) one cohort actor runs; 1 for none. */
    public int cohortSize() {
        return atLeast(COHORT_SIZE, 1);
    }

    /**
     * Above this many agents a run is a swarm: roles.csv (per-role aggregates) replaces the
     * per-agent rows of metrics.csv.
     */
    public int swarmThreshold() {
        return atLeast(SWARM_THRESHOLD, 1);
    }

    /** At most this many agents' paths are drawn on landscape.png. */
    public int landscapePaths() {
        return atLeast(LANDSCAPE_PATHS, 0);
    }

    private int atLeast(String key, int min) {
        int value = config.getInt(key);
        if (value < min) {
            throw new ConfigException.BadValue(config.origin(), key,
                    "must be ≥ " + min + ", got " + value);
        }
        return value;
    }

    /** When to draw a progress bar: {@code auto}, {@code on} or {@code off}. */
    public ProgressBar progressBar() {
        String value = config.getString(PROGRESS_BAR).toLowerCase(Locale.ROOT);
        return switch (value) {
            case "auto" -> ProgressBar.AUTO;
            case "on", "true", "yes" -> ProgressBar.ON;
            case "off", "false", "no" -> ProgressBar.OFF;
            default -> throw new ConfigException.BadValue(config.origin(), PROGRESS_BAR,
                    "must be auto, on or off, got '" + value + "'");
        };
    }

    /** True when a progress bar should be drawn in this process. */
    public boolean showsProgressBar() {
        return switch (progressBar()) {
            case ON -> true;
            case OFF -> false;
            case AUTO -> System.console() != null && System.getenv(CI_VARIABLE) == null;
        };
    }

    /** These settings with the progress bar turned off, for runs that go on side by side. */
    public Settings withoutProgressBar() {
        return of(config.withValue(PROGRESS_BAR,
                com.typesafe.config.ConfigValueFactory.fromAnyRef("off")));
    }
}
