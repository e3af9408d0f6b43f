package dev.kokoro.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test that reads the shared test assets ({@link TestAssets}: the twin models, voices, lexicons, model config),
 * which a clean clone does not have. Failsafe runs these with the end-to-end tests; {@code mvn test} leaves them
 * out so that it passes on the checkout alone.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("assets")
public @interface NeedsAssets {
}
