package org.huntlab.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The top command {@code huntlab}: holds the options every subcommand shares.
 *
 * <p>Exit codes: 0 success, 1 a run that diverged or failed, 2 a spec, configuration or
 * command line that cannot be used.
 */
@Command(name = "huntlab", mixinStandardHelpOptions = true,
        versionProvider = HuntlabCommand.Version.class,
        description = "Multi-agent optimization on loss landscapes: predator-prey hunts.",
        subcommands = {RunCommand.class, CompareCommand.class, SweepCommand.class,
            BenchCommand.class})
public final class HuntlabCommand {

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Print the stack trace of an error.")
    private boolean verbose;

    /**
     * The command line, with command-line mistakes reported like every other error: one
     * {@code error:} line and where to read more, exit code 2.
     */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new HuntlabCommand());
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine at = e.getCommandLine();
            at.getErr().println("error: " + e.getMessage());
            at.getErr().println("(see '" + at.getCommandSpec().qualifiedName() + " --help')");
            at.getErr().flush();
            return CommandLine.ExitCode.USAGE;
        });
        return cli;
    }

    /** True when errors should show their stack trace. */
    public boolean verbose() {
        return verbose;
    }

    /** Reads the version Maven wrote into {@code version.properties} at build time. */
    public static final class Version implements IVersionProvider {

        private static final String RESOURCE = "version.properties";

        /** The lines {@code --version} prints. */
        @Override
        public String[] getVersion() {
            Properties properties = new Properties();
            try (InputStream in = HuntlabCommand.class.getResourceAsStream(RESOURCE)) {
                if (in != null) {
                    properties.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
            return new String[] {"huntlab " + properties.getProperty("version", "(unknown)"),
                "Java " + Runtime.version()};
        }
    }
}
