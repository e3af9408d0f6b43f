package dev.kokoro.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code kokoro} command. */
@Command(name = "kokoro", mixinStandardHelpOptions = true, version = "kokoro-server 0.1.0",
        description = "OpenAI-compatible text-to-speech server for Kokoro-82M.",
        subcommands = {ServeCommand.class, BenchCommand.class})
public final class KokoroCli implements Runnable {

    public static void main(String[] args) {
        System.exit(new CommandLine(new KokoroCli()).execute(args));
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
