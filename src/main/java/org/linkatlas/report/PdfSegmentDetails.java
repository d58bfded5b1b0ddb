package org.linkatlas.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.linkatlas.model.Source;
import org.linkatlas.report.PdfText.Run;
import org.linkatlas.report.RouteReport.CommitmentRow;
import org.linkatlas.report.RouteReport.Segment;

/**
 * Per segment what stands behind it: its agreements, its commitments (actors, action, deadline with due
 * date, overdue flag in red, the verbatim quote and its seed file) and its own sources. Flows over as many
 * pages as it needs; a segment's heading never ends a page alone. One thread.
 */
final class PdfSegmentDetails {
    private static final float HEADING = 10;
    private static final float LABEL = 8.5f;
    private static final float BODY = 8.5f;
    private static final float SMALL = 7.5f;
    private static final float INDENT = 10;
    private static final float INDENT2 = 17;

    private final PdfFlow flow;
    private final PdfText text;
    private final PdfLabels labels;

    PdfSegmentDetails(PdfFlow flow, PdfText text, PdfLabels labels) {
        this.flow = flow;
        this.text = text;
        this.labels = labels;
    }

    void draw(Segment s) throws IOException {
        List<Run> heading = List.of(text.boldRun(s.number() + ". " + s.name(), HEADING),
                new Run("  " + labels.km(s.km()), text.regular, BODY, PdfText.GREY));
        List<List<Run>> agreements = s.agreements().stream().map(a -> List.of(text.run(nz(a.title(), a.id()), BODY))).toList();
        List<Commitment> commitments = s.commitments().stream().map(this::commitment).toList();
        List<List<Run>> sources = s.sources().stream().map(src -> source(src, BODY)).toList();
        float firstItem = !agreements.isEmpty() ? flow.bulletHeight(agreements.get(0), INDENT)
                : !commitments.isEmpty() ? commitments.get(0).height()
                : !sources.isEmpty() ? flow.bulletHeight(sources.get(0), INDENT) : PdfFlow.leading(BODY);
        // the heading stays with its first label and item
        flow.ensure(6 + flow.height(heading, 0) + 3 + PdfFlow.leading(LABEL) + Math.min(firstItem, flow.pageHeight() / 2));
        flow.down(6);
        flow.paragraph(heading, 0);
        flow.down(1);
        if (s.context()) {
            flow.paragraph(grey(labels.get("segment.context"), BODY), INDENT);
            return;
        }
        if (agreements.isEmpty() && commitments.isEmpty() && sources.isEmpty()) {
            flow.paragraph(grey(labels.get("segment.nothing"), BODY), INDENT);
            return;
        }
        if (!agreements.isEmpty()) {
            label("agreements", flow.bulletHeight(agreements.get(0), INDENT));
            for (List<Run> item : agreements) {
                flow.bullet(item, INDENT);
            }
        }
        if (!commitments.isEmpty()) {
            label("commitments", commitments.get(0).height());
            for (Commitment c : commitments) {
                c.draw();
            }
        }
        if (!sources.isEmpty()) {
            label("sources", flow.bulletHeight(sources.get(0), INDENT));
            for (List<Run> item : sources) {
                flow.bullet(item, INDENT);
            }
        }
    }

    /** A label, kept on the page of the item that follows it. */
    private void label(String key, float firstItemHeight) throws IOException {
        flow.ensure(2 + PdfFlow.leading(LABEL) + Math.min(firstItemHeight, flow.pageHeight() / 2));
        flow.down(2);
        flow.paragraph(text.boldRun(labels.get(key), LABEL), INDENT);
    }

    /** A commitment as drawn: actors and action, then deadline and quote under them. */
    private final class Commitment {
        private final List<Run> what;
        private final List<Run> when;
        private final List<Run> quote;

        Commitment(List<Run> what, List<Run> when, List<Run> quote) {
            this.what = what;
            this.when = when;
            this.quote = quote;
        }

        float height() {
            return flow.bulletHeight(what, INDENT) + (when.isEmpty() ? 0 : flow.height(when, INDENT2))
                    + (quote.isEmpty() ? 0 : flow.height(quote, INDENT2));
        }

        /** On one page when it fits on one. */
        void draw() throws IOException {
            flow.ensure(Math.min(height(), flow.pageHeight()));
            flow.bullet(what, INDENT);
            if (!when.isEmpty()) {
                flow.paragraph(when, INDENT2);
            }
            if (!quote.isEmpty()) {
                flow.paragraph(quote, INDENT2);
            }
            flow.down(2);
        }
    }

    private Commitment commitment(CommitmentRow c) {
        List<Run> what = new ArrayList<>();
        if (c.actors() != null && !c.actors().isBlank()) {
            what.add(text.boldRun(c.actors(), BODY));
            what.add(text.run(": ", BODY));
        }
        what.add(text.run(nz(c.action(), "–"), BODY));
        List<Run> when = new ArrayList<>();
        if (c.deadline() != null || c.due() != null || c.overdue()) {
            String deadline = nz(c.deadline(), "");
            String due = c.due() == null ? "" : labels.get("due", labels.date(c.due()));
            when.add(text.run(labels.get("deadline", (deadline + " " + due).trim()), BODY));
            if (c.overdue()) {
                when.add(text.run("  ", BODY));
                when.add(new Run(labels.get("overdue"), text.bold, BODY, PdfText.RED));
            }
        }
        List<Run> quote = c.source() == null ? List.of() : source(c.source(), SMALL);
        return new Commitment(what, when, quote);
    }

    /** seed: “quote”, the quote verbatim. */
    private List<Run> source(Source s, float size) {
        List<Run> runs = new ArrayList<>();
        runs.add(new Run(nz(s.seed(), "?") + ": ", text.regular, size, PdfText.GREY));
        if (s.quote() != null && !s.quote().isBlank()) {
            runs.add(text.run("“" + s.quote().strip() + "”", size));
        }
        return runs;
    }

    private Run grey(String s, float size) {
        return new Run(s, text.regular, size, PdfText.GREY);
    }

    private static String nz(String s, String otherwise) {
        return s == null || s.isBlank() ? otherwise : s;
    }
}
