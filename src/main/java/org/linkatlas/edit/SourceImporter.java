package org.linkatlas.edit;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.linkatlas.model.SourceDocument;

/**
 * Turns an article into a {@link SourceDocument}: pasted text, a .txt file (UTF-8), an .html file (tags
 * stripped by {@link HtmlText}) or a PDF (its text taken with PDFBox). The text is kept NFC with plain line
 * breaks, and identified by its SHA-256, so the same article imported twice is the same source. File I/O:
 * never the JavaFX thread.
 */
public final class SourceImporter {
    /** What the user says about the article. {@code title} is required. */
    public record Metadata(String title, String publisher, String date, String url, LocalDate retrieved) {
    }

    /** Why an article was refused, for the window to say in its language; the message says it in English. */
    public enum Reason {
        NO_TITLE, NO_TEXT, NOT_UTF8, UNREADABLE, KIND
    }

    /** An article refused: the reason, and the message naming the file. */
    public static final class Refused extends IllegalArgumentException {
        private final Reason reason;

        Refused(Reason reason, String message, Throwable cause) {
            super(message, cause);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }

    private SourceImporter() {
    }

    public static SourceDocument fromText(String text, Metadata m) {
        return document(text, m, "text/plain");
    }

    /** @throws IllegalArgumentException for an unknown kind of file, an unreadable one, or one with no text */
    public static SourceDocument fromFile(Path file, Metadata m) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".txt")) {
                return document(utf8(file), m, "text/plain");
            }
            if (name.endsWith(".html") || name.endsWith(".htm")) {
                return document(HtmlText.toText(utf8(file)), m, "text/html");
            }
            if (name.endsWith(".pdf")) {
                try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                    return document(new PDFTextStripper().getText(pdf), m, "application/pdf");
                }
            }
        } catch (IOException e) {
            throw new Refused(e instanceof NotUtf8 ? Reason.NOT_UTF8 : Reason.UNREADABLE,
                    "cannot read " + file.getFileName() + ": " + e.getMessage(), e);
        }
        throw new Refused(Reason.KIND, file.getFileName() + ": only .txt, .html and .pdf files can be imported", null);
    }

    private static String utf8(Path file) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new NotUtf8(e);
        }
    }

    private static final class NotUtf8 extends IOException {
        NotUtf8(Throwable cause) {
            super("the file is not UTF-8 text", cause);
        }
    }

    private static SourceDocument document(String raw, Metadata m, String mediaType) {
        if (m.title() == null || m.title().isBlank()) {
            throw new Refused(Reason.NO_TITLE, "a source needs a title", null);
        }
        String text = clean(raw);
        if (text.isBlank()) {
            throw new Refused(Reason.NO_TEXT, "the source has no text", null);
        }
        String sha = sha256(text);
        return new SourceDocument("src-" + sha.substring(0, 12), m.title().strip(), blankToNull(m.publisher()), blankToNull(m.date()),
                blankToNull(m.url()), m.retrieved(), mediaType, sha, text);
    }

    static String clean(String raw) {
        String text = Normalizer.normalize(raw.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
        return text.replace("\uFEFF", "").strip();
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
