package dev.kokoro.text.ssml;

import dev.kokoro.error.InvalidInputException;
import java.util.Map;

/**
 * An SSML element as its rule sees it: the name without any namespace prefix, in lower case, its
 * attributes, and where its start tag is, for error messages.
 */
record Element(String name, Map<String, String> attributes, int line, int column) {
    Element {
        attributes = Map.copyOf(attributes);
    }

    /** The attribute's value, or null. */
    String attribute(String attributeName) {
        return attributes.get(attributeName);
    }

    /** An error about this element, naming where it starts. */
    InvalidInputException error(String message) {
        return SsmlError.at(line, column, message);
    }
}
