package dev.kokoro.text.ssml;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses a client's XML with the JDK's SAX parser locked down: any DOCTYPE is refused, so no DTD is
 * read and no entity can be declared, let alone expanded (billion laughs, external entities such
 * as file:///etc/passwd); no external DTD, schema or XInclude is fetched; the JDK's secure-processing
 * limits apply. Every parse error becomes an {@code invalid_ssml} error naming its line and column.
 */
final class SecureXmlReader {
    /** Far above any request's input limit; a bound on the parser's work whatever the caller checked. */
    static final int MAX_CHARS = 1_000_000;
    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    private SecureXmlReader() {
    }

    static void parse(String xml, DefaultHandler handler) {
        if (xml.length() > MAX_CHARS) {
            throw SsmlError.whole("the document has " + xml.length() + " characters, more than " + MAX_CHARS);
        }
        try {
            parser().parse(new InputSource(new StringReader(withoutDeclaration(xml))), handler);
        } catch (SAXParseException e) {
            throw SsmlError.at(e.getLineNumber(), e.getColumnNumber(), message(e));
        } catch (SAXException e) {
            throw SsmlError.whole(String.valueOf(e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string failed", e);
        }
    }

    /**
     * A new parser for each document: about a millisecond, nothing beside a synthesis, and no state
     * can carry over from one client's document to the next.
     */
    private static SAXParser parser() {
        try {
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(false);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature(DISALLOW_DOCTYPE, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            SAXParser parser = factory.newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return parser;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's SAX parser lacks a security feature", e);
        }
    }

    private static String message(SAXParseException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains(DISALLOW_DOCTYPE) || message.contains("DOCTYPE")) {
            return "a DOCTYPE is not allowed (SSML needs no DTD, and no entities are expanded)";
        }
        return message;
    }

    /**
     * The document with a leading byte-order mark and XML declaration made spaces (line breaks kept,
     * so positions stay right). The declaration says nothing a string needs (its encoding is moot),
     * and without it whitespace before it, which the parser would refuse, is harmless.
     */
    static String withoutDeclaration(String xml) {
        int start = SsmlStart.afterBomAndSpace(xml, 0);
        int end = SsmlStart.afterDeclaration(xml, start);
        if (start == 0 && end == start) return xml;
        StringBuilder sb = new StringBuilder(xml);
        for (int i = 0; i < end; i++) {
            if (sb.charAt(i) != '\n' && sb.charAt(i) != '\r') sb.setCharAt(i, ' ');
        }
        return sb.toString();
    }
}
