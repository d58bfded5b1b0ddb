package org.linkatlas.report;

import java.util.Locale;
import org.linkatlas.i18n.Messages;
import org.linkatlas.model.Source;

/**
 * A {@link RouteReport} as plain text, for the command line and the clipboard: the totals of both variants
 * and the distance saved, the notes, then each segment with its kind, status, accuracy, provinces, cost,
 * agreements, commitments (actors, deadline, overdue flag, quote) and sources. Pure; any thread.
 */
public final class ReportText {
    private ReportText() {
    }

    public static String of(RouteReport r) {
        Messages m = new Messages(Locale.forLanguageTag(r.lang()));
        ReportFormat f = new ReportFormat(r.lang());
        StringBuilder s = new StringBuilder();
        boolean corridor = r.kind() == RouteReport.Kind.CORRIDOR;
        s.append(m.get(corridor ? "report.title.corridor" : "report.title.route", r.from(), r.to())).append('\n');
        s.append(m.get("report.date", new org.linkatlas.explore.DateWords(m).day(r.date()))).append('\n');
        if (corridor) {
            s.append(m.get("report.corridor")).append(": ").append(total(m, f, r.existing())).append('\n');
        } else {
            s.append(m.get("report.existing")).append(": ").append(routeTotal(m, f, r, r.existing())).append('\n');
            s.append(m.get("report.withPlanned")).append(": ").append(routeTotal(m, f, r, r.withPlanned())).append('\n');
            if (!r.plannedLinks().isEmpty()) {
                s.append(m.get("report.plannedLinks", String.join(", ", r.plannedLinks()))).append('\n');
            }
            if (r.existing().connected() && r.withPlanned().connected()) {
                s.append(m.get("report.savedTime", f.km(r.savedKm()), Math.round(r.savedMinutes()))).append('\n');
            } else if (!r.existing().connected() && r.withPlanned().connected()) {
                s.append(m.get("report.onlyPlanned")).append('\n');
            }
        }
        for (String note : r.notes()) {
            s.append("* ").append(note).append('\n');
        }
        s.append(m.get("report.lengths")).append('\n');
        if (r.segments().isEmpty()) {
            s.append('\n').append(m.get("report.noRoute")).append('\n');
            return s.toString();
        }
        s.append('\n').append(m.get(corridor ? "report.segments.corridor"
                : r.plannedListed() ? "report.segments.planned" : "report.segments.existing")).append('\n');
        for (RouteReport.Segment seg : r.segments()) {
            segment(s, m, f, seg);
        }
        return s.toString();
    }

    /** A route's total; "not connected" says on which network. */
    private static String routeTotal(Messages m, ReportFormat f, RouteReport r, RouteReport.Total t) {
        if (t != null && t.connected()) {
            return total(m, f, t);
        }
        return m.get("report.notConnectedOn", networkName(m, r));
    }

    /** The network a report was routed on, in its language. */
    public static String networkName(Messages m, RouteReport r) {
        return r.network() == null ? m.get("report.network.bundled") : m.get("report.network.file", r.network());
    }

    /** "146,7 km qua 4 đoạn (ước lượng: …)" or "không nối được". */
    public static String total(Messages m, ReportFormat f, RouteReport.Total t) {
        if (t == null || !t.connected()) {
            return m.get("report.notConnected");
        }
        String text = m.get("report.total", f.km(t.km()), t.segments());
        if (!Double.isNaN(t.minutes())) {
            text += ", " + m.get("report.time", Math.round(t.minutes()));
        }
        if (!Double.isNaN(t.detourRatio())) {
            text += ", " + m.get("report.detour", String.format(m.locale(), "%.2f", t.detourRatio()), f.km(t.straightKm()));
        }
        if (t.approximate()) {
            text += " (" + m.get("report.total.approximate") + ")";
        }
        if (t.startGapKm() + t.endGapKm() > 0.05) {
            text += "; " + m.get("report.total.gaps", f.km(t.startGapKm()), f.km(t.endGapKm()));
        }
        return text;
    }

    private static void segment(StringBuilder s, Messages m, ReportFormat f, RouteReport.Segment seg) {
        org.linkatlas.explore.DateWords dates = new org.linkatlas.explore.DateWords(m);
        s.append(seg.number()).append(". ").append(seg.name()).append(" [").append(seg.linkId()).append("] ")
                .append(f.km(seg.km())).append('\n');
        s.append("   ").append(m.get("report.kind")).append(": ").append(seg.kind()).append("; ")
                .append(m.get("report.status")).append(": ").append(seg.status()).append("; ")
                .append(m.get("report.accuracy")).append(": ").append(seg.accuracy())
                .append(" (±").append(f.km(seg.accuracyKm())).append(')')
                .append(seg.approximate() ? " – " + m.get("report.geometryApproximate") : "").append('\n');
        if (seg.context()) {
            s.append("   ").append(m.get("report.context.base")).append('\n');
        }
        if (!seg.provinces().isEmpty()) {
            s.append("   ").append(m.get("sheets.col.provinces")).append(": ").append(String.join("; ", seg.provinces())).append('\n');
        }
        if (seg.costBillionVnd() != null) {
            s.append("   ").append(m.get("report.cost")).append(": ")
                    .append(m.get("report.billionVnd", f.cost(seg.costBillionVnd()))).append('\n');
        }
        for (RouteReport.AgreementRef a : seg.agreements()) {
            s.append("   ").append(m.get("report.agreement")).append(": ").append(a.title()).append(" [").append(a.id()).append("]\n");
        }
        for (RouteReport.CommitmentRow c : seg.commitments()) {
            s.append("   ").append(m.get("report.commitment")).append(": ").append(c.action());
            if (!c.actors().isEmpty()) {
                s.append(" (").append(c.actors()).append(')');
            }
            if (c.deadline() != null) {
                s.append("; ").append(m.get("report.deadline")).append(": ").append(c.deadline());
                if (c.due() != null) {
                    s.append(' ').append(m.get("report.pdf.due", dates.day(c.due())));
                }
                if (c.overdue()) {
                    s.append(" – ").append(m.get("report.overdue"));
                }
            }
            s.append('\n');
            if (c.source() != null) {
                s.append("     ").append(source(c.source())).append('\n');
            }
        }
        for (Source src : seg.sources()) {
            s.append("   ").append(m.get("report.source")).append(": ").append(source(src)).append('\n');
        }
    }

    /** "002_….txt: “quote”". */
    public static String source(Source s) {
        return s.seed() + ": “" + s.quote() + "”";
    }
}
