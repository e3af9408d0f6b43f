package dev.kokoro.text.ssml;

import java.nio.CharBuffer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Walks the parsed document: checks the root and the limits, hands each element to its rule and the
 * text to the writer, or, inside an element that captures its text (say-as, phoneme, sub), collects
 * that text for the element's rule.
 */
final class SsmlHandler extends DefaultHandler {
    static final int MAX_DEPTH = 64;
    static final int MAX_ELEMENTS = 10_000;

    private final Translation translation;
    private final Deque<Frame> open = new ArrayDeque<>();
    private Locator locator;
    private int elements;
    /** The text of the capturing element we are in, or null. */
    private StringBuilder captured;
    /** How deep that element is. */
    private int capturingDepth;

    /** An open element, with its rule; no rule inside a capturing element. */
    private record Frame(Element element, ElementRule rule) {
    }

    SsmlHandler(Translation translation) {
        this.translation = translation;
    }

    String markup() {
        return translation.writer().result();
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        String name = withoutPrefix(qName);
        if (++elements > MAX_ELEMENTS) throw here("more than " + MAX_ELEMENTS + " elements");
        if (open.size() >= MAX_DEPTH) throw here("elements nested more than " + MAX_DEPTH + " deep");
        if (open.isEmpty() && !name.equals("speak")) {
            throw here("the root element must be <speak>, not <" + qName + ">");
        }
        Element element = new Element(name, copy(attributes), line(), column());
        if (captured != null) {
            open.push(new Frame(element, null));
            return;
        }
        ElementRule rule = ElementRules.of(name);
        open.push(new Frame(element, rule));
        if (rule.capturesText()) {
            captured = new StringBuilder();
            capturingDepth = open.size();
        } else {
            rule.open(element, translation);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        int depth = open.size();
        Frame frame = open.pop();
        if (frame.rule() == null) return;
        String text = null;
        if (captured != null && depth == capturingDepth) {
            text = MarkupWriter.plain(captured);
            captured = null;
        }
        frame.rule().close(frame.element(), text, translation);
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (captured != null) {
            captured.append(ch, start, length);
        } else {
            translation.writer().text(CharBuffer.wrap(ch, start, length));
        }
    }

    /** Vendor elements such as amazon:effect come with undeclared prefixes, so names are read without them. */
    private static String withoutPrefix(String qName) {
        return qName.substring(qName.indexOf(':') + 1).toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> copy(Attributes attributes) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < attributes.getLength(); i++) {
            map.put(attributes.getQName(i), attributes.getValue(i));
        }
        return map;
    }

    private RuntimeException here(String message) {
        return SsmlError.at(line(), column(), message);
    }

    private int line() {
        return locator == null ? -1 : locator.getLineNumber();
    }

    private int column() {
        return locator == null ? -1 : locator.getColumnNumber();
    }
}
