package dev.kokoro.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.kokoro.audio.AudioFormat;
import dev.kokoro.error.InvalidInputException;
import dev.kokoro.text.Language;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The session's states and turns, with a fake synthesis: what the client is sent, in what order. */
class RealtimeSessionTest {
    private static final SessionSetup PCM = new SessionSetup(null, Language.AMERICAN_ENGLISH, 1f, AudioFormat.PCM,
            false, Map.of());

    private final Outbox outbox = new Outbox(4);
    private FakeSynthesizer synthesis = new FakeSynthesizer(2, Integer.MAX_VALUE);
    private final RealtimeSession session = new RealtimeSession("s1", outbox, setup -> synthesis, 40);

    @AfterEach
    void closeSession() {
        session.close();
    }

    @Test
    void anythingBeforeSetupIsAnErrorThenClose1008() {
        session.text("Hello.", true, false);

        assertThat(take()).isEqualTo(new ServerEvent.Error("The first message must be {\"setup\": {...}}.",
                "setup_required"));
        assertThat(take()).isEqualTo(new ServerEvent.Close(1008, "setup_required"));
    }

    @Test
    void aBadSetupIsAnErrorThenClose1008() {
        session.setup(() -> {
            throw new InvalidInputException("no such voice", "voice", "voice_not_found");
        });

        assertThat(take()).isEqualTo(new ServerEvent.Error("no such voice", "voice_not_found"));
        assertThat(take()).isEqualTo(new ServerEvent.Close(1008, "voice_not_found"));
    }

    @Test
    void speaksEachClauseAsSoonAsItIsCompleteAndEndsTheTurnOnTurnComplete() {
        setUp();
        session.text("Hello, wor", false, false);

        ServerEvent.Audio first = (ServerEvent.Audio) take();
        assertThat(synthesis.started).containsExactly("Hello,");
        assertThat(first.mimeType()).isEqualTo("audio/pcm;rate=24000");
        assertThat(first.data()).hasSize(2 * FakeSynthesizer.CHUNK_SAMPLES);
        assertThat(first.words()).containsExactly(new ServerEvent.SpokenWord("Hello,#0", 0, 0.1));
        assertThat(take()).isInstanceOf(ServerEvent.Audio.class);

        session.text("ld. Bye", false, false);
        session.text("", true, false);
        List<ServerEvent> rest = takeUntil(ServerEvent.TurnComplete.class);

        assertThat(synthesis.started).containsExactly("Hello,", "world.", "Bye");
        assertThat(rest).hasSize(5);
        // Word times count from the start of the turn's audio, across clauses.
        assertThat(((ServerEvent.Audio) rest.get(0)).words())
                .containsExactly(new ServerEvent.SpokenWord("world.#0", 0.2, 0.3));
        assertThat(((ServerEvent.Audio) rest.get(3)).words())
                .containsExactly(new ServerEvent.SpokenWord("Bye#1", 0.5, 0.6));
    }

    @Test
    void anInterruptionCancelsTheTurnAndTheNextTurnPlays() {
        synthesis = new FakeSynthesizer(3, 1);
        setUp();
        session.text("One, two, three.", true, false);
        assertThat(take()).isInstanceOf(ServerEvent.Audio.class);

        session.text("Next.", true, true);

        assertThat(take()).isEqualTo(new ServerEvent.Interrupted(100));
        assertThat(synthesis.closed).contains("One,");
        ServerEvent next = take();
        assertThat(next).isInstanceOf(ServerEvent.Audio.class);
        assertThat(((ServerEvent.Audio) next).words().getFirst().word()).isEqualTo("Next.#0");
        assertThat(((ServerEvent.Audio) next).turn().id()).isEqualTo(2);
        assertThat(synthesis.started).doesNotContain("three.");
    }

    @Test
    void anInterruptionDropsAudioQueuedButNotSent() {
        setUp();
        session.text("One, two, three.", true, false);
        // Nothing is taken: the outbox fills (4 audio events) and the turn waits for the client.
        waitUntil(() -> synthesis.started.size() >= 2);

        session.interrupt();

        assertThat(take()).isEqualTo(new ServerEvent.Interrupted(0));
        session.ping();
        assertThat(take()).isEqualTo(new ServerEvent.Pong());
    }

    @Test
    void refusedMessagesAndLongTurnsAreErrorsAndTheSessionGoesOn() {
        setUp();
        session.refuse("not JSON", "invalid_json");
        session.text("x".repeat(41), false, false);
        session.ping();

        assertThat(take()).isEqualTo(new ServerEvent.Error("not JSON", "invalid_json"));
        assertThat(((ServerEvent.Error) take()).code()).isEqualTo("turn_too_long");
        assertThat(take()).isEqualTo(new ServerEvent.Pong());
    }

    @Test
    void aSecondSetupIsRefused() {
        setUp();
        session.setup(() -> PCM);

        assertThat(((ServerEvent.Error) take()).code()).isEqualTo("already_set_up");
    }

    @Test
    void closingCancelsTheSynthesisInProgress() {
        synthesis = new FakeSynthesizer(3, 1);
        setUp();
        session.text("Hello, world", false, false);
        assertThat(take()).isInstanceOf(ServerEvent.Audio.class);

        session.close();

        waitUntil(() -> synthesis.closed.contains("Hello,"));
        assertThat(take()).isInstanceOf(ServerEvent.Close.class);
    }

    @Test
    void anEncodedTurnIsOneStreamFinishedBeforeTurnComplete() {
        setUp(new SessionSetup(null, Language.AMERICAN_ENGLISH, 1f, AudioFormat.WAV, false, Map.of()));
        session.text("Hi.", true, false);

        List<ServerEvent> events = takeUntil(ServerEvent.TurnComplete.class);
        byte[] header = ((ServerEvent.Audio) events.getFirst()).data();

        assertThat(new String(header, 0, 4)).isEqualTo("RIFF");
        assertThat(((ServerEvent.Audio) events.getFirst()).mimeType()).isEqualTo("audio/wav");
        assertThat(events.stream().filter(e -> e instanceof ServerEvent.Audio a && new String(a.data(), 0,
                Math.min(4, a.data().length)).equals("RIFF"))).hasSize(1);
    }

    private void setUp() {
        setUp(PCM);
    }

    private void setUp(SessionSetup setup) {
        session.setup(() -> setup);
        assertThat(take()).isEqualTo(new ServerEvent.SetupComplete("s1", 24000, false));
    }

    private ServerEvent take() {
        return assertTimeoutPreemptively(Duration.ofSeconds(5), outbox::take);
    }

    private List<ServerEvent> takeUntil(Class<? extends ServerEvent> last) {
        List<ServerEvent> events = new ArrayList<>();
        ServerEvent event;
        do {
            event = take();
            events.add(event);
        } while (!last.isInstance(event));
        return events;
    }

    private static void waitUntil(BooleanSupplier condition) {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            while (!condition.getAsBoolean()) {
                Thread.sleep(10);
            }
        });
    }
}
