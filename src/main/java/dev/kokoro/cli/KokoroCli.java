package dev.kokoro.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code kokoro} command. */
@Command(name = "kokoro", mixinStandardHelpOptions = true, versionProvider = KokoroVersion.class,
        description = "Kokoro-82M text to speech: an OpenAI-compatible server, and the same speech offline.",
        subcommands = {ServeCommand.class, GenerateCommand.class, VoicesCommand.class, PhonemizeCommand.class,
                ExportVoiceCommand.class, DatasetCommand.class, HashKeyCommand.class})
public final class KokoroCli implements Runnable {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /**
     * The command with its error handling: a problem is one {@code kokoro: ...} line on stderr and an exit
     * code from {@link ExitCodes}; the stack trace only goes to the debug log (it helps us, not the user).
     * Text goes out as UTF-8 whatever the locale: phonemes are IPA, and a {@code ?} in their place is lost data.
     */
    static CommandLine commandLine() {
        return commandLine(new KokoroCli());
    }

    /**
     * A command of this project's with the same handling (the benchmark's, which lives outside the production
     * command, runs through this too).
     */
    public static CommandLine commandLine(Object verb) {
        CommandLine cli = new CommandLine(verb);
        cli.setOut(utf8(FileDescriptor.out));
        cli.setErr(utf8(FileDescriptor.err));
        cli.setCaseInsensitiveEnumValuesAllowed(true); // options are typed in lower case: --only task
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine command = e.getCommandLine();
            command.getErr().println("kokoro: " + ExitCodes.oneLine(e.getMessage()) + " (see '"
                    + command.getCommandSpec().qualifiedName() + " --help')");
            return ExitCodes.USAGE;
        });
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            ExitCodes.Failure failure = ExitCodes.of(e);
            command.getErr().println("kokoro: " + failure.message());
            LoggerFactory.getLogger(KokoroCli.class).debug("Command failed", e);
            return failure.exitCode();
        });
        return cli;
    }

    private static PrintWriter utf8(FileDescriptor fd) {
        return new PrintWriter(new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8), true);
    }

    @Spec
    CommandSpec spec;

    /** {@code kokoro} alone: the list of verbs. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
