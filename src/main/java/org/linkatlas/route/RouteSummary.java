package org.linkatlas.route;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.linkatlas.explore.Deadlines;
import org.linkatlas.explore.LinkFacts;
import org.linkatlas.model.Agreement;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Commitment;
import org.linkatlas.model.Link;
import org.linkatlas.model.Party;
import org.linkatlas.model.Source;

/**
 * A route summary as plain text, in Vietnamese or English: both variants' totals side by side and the
 * distance the planned links save, then for each segment of the chosen variant its kind, status, provinces
 * (at signing → today), length, cost where stated, the agreements and commitments behind it (actors,
 * deadlines, overdue flags as of the clock's date) and its sources (seed and quote). Approximate geometry is
 * flagged per segment and on the totals. Pure given its inputs; any thread.
 */
public final class RouteSummary {
    private final LinkFacts facts;
    private final Clock clock;
    private final boolean vi;
    private final Map<String, Agreement> agreements;
    private final Map<String, Party> parties;

    public RouteSummary(Catalogue catalogue, LinkFacts facts, Clock clock, String lang) {
        this.facts = facts;
        this.clock = clock;
        this.vi = !"en".equals(lang);
        agreements = catalogue.agreements().stream().collect(Collectors.toMap(Agreement::id, Function.identity()));
        parties = catalogue.parties().stream().collect(Collectors.toMap(Party::id, Function.identity()));
    }

    private String t(String vietnamese, String english) {
        return vi ? vietnamese : english;
    }

    /**
     * @param detailPlanned list the segments of the with-planned route rather than of today's route
     */
    public String text(PlaceResolver.End from, PlaceResolver.End to, Optional<Route> existing,
                       Optional<Route> withPlanned, boolean detailPlanned) {
        StringBuilder s = new StringBuilder();
        LocalDate today = LocalDate.now(clock);
        s.append(t("Tóm tắt tuyến: ", "Route summary: ")).append(from.name()).append(" → ").append(to.name()).append('\n');
        s.append(t("Ngày: ", "Date: ")).append(today).append('\n');
        s.append(t("Tuyến hiện có:        ", "Existing links only:  ")).append(total(existing)).append('\n');
        s.append(t("Cùng tuyến quy hoạch: ", "With planned links:   ")).append(total(withPlanned)).append('\n');
        if (existing.isPresent() && withPlanned.isPresent()) {
            double saved = existing.get().totalKm() - withPlanned.get().totalKm();
            s.append(t("Rút ngắn nhờ tuyến quy hoạch: ", "Saved by the planned links: ")).append(km(Math.max(0, saved))).append('\n');
        } else if (existing.isEmpty() && withPlanned.isPresent()) {
            s.append(t("Chỉ nối được nhờ các tuyến quy hoạch.", "Only the planned links connect these places.")).append('\n');
        }
        s.append(t("Độ dài trắc địa (WGS84) dọc hình học của tuyến; phần lớn hình học là sơ đồ hoặc ước lượng.",
                "Geodesic lengths (WGS84) along the links' geometry; most geometry is schematic or approximate.")).append('\n');
        boolean planned = detailPlanned ? withPlanned.isPresent() || existing.isEmpty() : existing.isEmpty() && withPlanned.isPresent();
        Optional<Route> shown = planned ? withPlanned : existing; // the other variant when the chosen one has no route
        if (shown.isEmpty()) {
            s.append('\n').append(t("Không có tuyến để liệt kê.", "No route to list.")).append('\n');
            return s.toString();
        }
        Route r = shown.get();
        s.append('\n').append(planned ? t("Các đoạn (cùng tuyến quy hoạch):", "Segments (with planned links):")
                : t("Các đoạn (tuyến hiện có):", "Segments (existing links only):")).append('\n');
        int i = 1;
        for (Route.Segment seg : r.segments()) {
            segment(s, i++, seg, today);
        }
        return s.toString();
    }

    private String total(Optional<Route> r) {
        if (r.isEmpty()) {
            return t("không nối được", "not connected");
        }
        Route route = r.get();
        String text = km(route.totalKm()) + " " + t("qua ", "over ") + route.segments().size() + t(" đoạn", " segment(s)");
        if (route.approximate()) {
            text += t(" (ước lượng: có đoạn hình học gần đúng/sơ đồ)", " (approximate: some geometry is approximate or schematic)");
        }
        if (route.startGapKm() + route.endGapKm() > 0.05) {
            text += String.format(Locale.ROOT, t("; cách mạng lưới %.1f + %.1f km", "; off the network %.1f + %.1f km"),
                    route.startGapKm(), route.endGapKm());
        }
        return text;
    }

    private static String km(double km) {
        return String.format(Locale.ROOT, "%.1f km", km);
    }

    private void segment(StringBuilder s, int n, Route.Segment seg, LocalDate today) {
        Link l = seg.link();
        String name = vi || l.nameEn() == null ? l.nameVi() : l.nameEn();
        s.append(n).append(". ").append(name).append(" [").append(l.id()).append("] ").append(km(seg.km())).append('\n');
        s.append("   ").append(t("Loại: ", "Kind: ")).append(code(l.kind().name())).append("; ")
                .append(t("tình trạng: ", "status: ")).append(code(l.status().name())).append("; ")
                .append(t("độ chính xác: ", "accuracy: ")).append(code(l.accuracy().name()))
                .append(String.format(Locale.ROOT, " (±%.1f km)", l.accuracyKm()))
                .append(seg.approximate() ? t(" – hình học gần đúng", " – geometry approximate") : "").append('\n');
        s.append("   ").append(t("Tỉnh: ", "Provinces: ")).append(provinces(l)).append('\n');
        if (l.costBillionVnd() != null) {
            s.append("   ").append(t("Chi phí: ", "Cost: ")).append(String.format(Locale.ROOT, "%,.0f", l.costBillionVnd()))
                    .append(t(" tỷ đồng", " billion VND")).append('\n');
        }
        for (String id : facts.agreementsOf(l.id())) {
            Agreement a = agreements.get(id);
            String title = a == null ? id : (vi || a.titleEn() == null ? a.titleVi() : a.titleEn());
            s.append("   ").append(t("Văn bản: ", "Agreement: ")).append(title).append(" [").append(id).append("]\n");
        }
        for (Commitment c : facts.commitmentsOf(l.id())) {
            String action = vi || c.actionEn() == null ? c.actionVi() : c.actionEn();
            s.append("   ").append(t("Cam kết: ", "Commitment: ")).append(action);
            List<String> actors = new ArrayList<>();
            for (String a : c.actorIds()) {
                Party p = parties.get(a);
                actors.add(p == null ? a : (vi || p.nameEn() == null ? p.nameVi() : p.nameEn()));
            }
            if (!actors.isEmpty()) {
                s.append(" (").append(String.join(", ", actors)).append(')');
            }
            if (c.deadline() != null) {
                s.append("; ").append(t("hạn: ", "deadline: ")).append(c.deadline().text());
                Deadlines.dueDate(c.deadline()).ifPresent(d -> s.append(" (").append(d).append(')'));
                if (Deadlines.isOverdue(c.deadline(), l.status(), today)) {
                    s.append(t(" – QUÁ HẠN", " – OVERDUE"));
                }
            }
            s.append('\n');
            if (c.source() != null) {
                s.append("     ").append(source(c.source())).append('\n');
            }
        }
        for (Source src : l.sources()) {
            s.append("   ").append(t("Nguồn: ", "Source: ")).append(source(src)).append('\n');
        }
    }

    private String provinces(Link l) {
        Set<String> out = new LinkedHashSet<>();
        for (String p : l.provinces()) {
            String now = facts.successors().get(p);
            out.add(now == null || now.equals(p) ? p : p + " → " + now);
        }
        return out.isEmpty() ? "–" : String.join(", ", out);
    }

    private static String source(Source s) {
        return s.seed() + ": “" + s.quote() + "”";
    }

    private static String code(String enumName) {
        return enumName.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
