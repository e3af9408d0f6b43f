package dev.kokoro.cli;

import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code kokoro} command. */
@Command(name = "kokoro", mixinStandardHelpOptions = true, version = "kokoro-server 0.1.0",
        description = "OpenAI-compatible text-to-speech server for Kokoro-82M.",
        subcommands = {ServeCommand.class, BenchCommand.class})
public final class KokoroCli implements Runnable {

    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new KokoroCli());
        // Startup problems (missing model, bad setting, espeak-ng not installed) are the user's to
        // fix: say what is wrong in one line; the stack trace only helps us.
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            command.getErr().println("kokoro: " + e.getMessage());
            LoggerFactory.getLogger(KokoroCli.class).debug("Command failed", e);
            return 1;
        });
        System.exit(cli.execute(args));
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
