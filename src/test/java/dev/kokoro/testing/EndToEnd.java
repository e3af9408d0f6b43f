package dev.kokoro.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test of the product as it ships: it starts a server (kokoro-server in process or as a subprocess, a
 * throwaway PostgreSQL, a browser), runs the packaged command, or renders the deploy chart, and most read the
 * shared test assets. Failsafe runs these after {@code package}; {@code mvn test} leaves them out.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("e2e")
public @interface EndToEnd {
}
