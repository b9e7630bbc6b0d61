package org.huntlab.cli;

import com.typesafe.config.ConfigException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.huntlab.spec.SpecException;
import picocli.CommandLine;

/**
 * Turns a command's failures into one {@code error:} line and an exit code: 2 for a spec,
 * configuration or command line that cannot be used, 1 for a run that could not be made or
 * written; the stack trace only with {@code --verbose}.
 */
final class ErrorReporting {

    /** A command body that returns its exit code. */
    @FunctionalInterface
    interface Body {
        /** Runs the command. */
        int run(PrintWriter stdout, PrintWriter stderr);
    }

    private ErrorReporting() {
    }

    /** Runs {@code body} with the command's writers, reporting what it throws. */
    static int run(CommandLine commandLine, HuntlabCommand parent, Body body) {
        PrintWriter stdout = commandLine.getOut();
        PrintWriter stderr = commandLine.getErr();
        try {
            return body.run(stdout, stderr);
        } catch (SpecException | ConfigException e) {
            report(stderr, parent, e);
            return CommandLine.ExitCode.USAGE;
        } catch (UncheckedIOException | IllegalStateException e) {
            report(stderr, parent, e);
            return CommandLine.ExitCode.SOFTWARE;
        } finally {
            stdout.flush();
            stderr.flush();
        }
    }

    private static void report(PrintWriter stderr, HuntlabCommand parent, RuntimeException e) {
        stderr.println("error: " + e.getMessage());
        if (parent != null && parent.verbose()) {
            e.printStackTrace(stderr);
        }
    }
}
