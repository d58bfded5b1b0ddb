package org.linkatlas.report;

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
import org.linkatlas.explore.Lifecycle;
import org.linkatlas.i18n.Messages;
import org.linkatlas.model.Agreement;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Codes;
import org.linkatlas.model.Commitment;
import org.linkatlas.model.Link;
import org.linkatlas.model.Party;
import org.linkatlas.route.Corridor;
import org.linkatlas.route.Route;
import org.linkatlas.route.RoutePlanner;

/**
 * Turns a route plan or a corridor into a {@link RouteReport} in one language: names, labels and notes
 * translated, agreements and commitments looked up for every segment, overdue flags as of the clock's day.
 * Pure given its inputs; any thread.
 */
public final class RouteReportBuilder {
    private final LinkFacts facts;
    private final Clock clock;
    private final String lang;
    private final boolean vi;
    private final Messages messages;
    private final ReportFormat format;
    private final Map<String, Agreement> agreements;
    private final Map<String, Party> parties;
    private final Lifecycle lifecycle;

    public RouteReportBuilder(Catalogue catalogue, LinkFacts facts, Clock clock, String lang) {
        this.facts = facts;
        this.clock = clock;
        this.lang = "en".equals(lang) ? "en" : "vi";
        this.vi = this.lang.equals("vi");
        this.messages = new Messages(vi ? Locale.forLanguageTag("vi") : Locale.ENGLISH);
        this.format = new ReportFormat(this.lang);
        agreements = catalogue.agreements().stream().collect(Collectors.toMap(Agreement::id, Function.identity()));
        parties = catalogue.parties().stream().collect(Collectors.toMap(Party::id, Function.identity()));
        lifecycle = new Lifecycle(catalogue, messages);
    }

    /**
     * @param listPlanned list the with-planned route's segments (else today's); when the chosen variant has
     *                    no route, the other one is listed
     */
    public RouteReport route(RoutePlanner.Plan plan, boolean listPlanned, double placeKm) {
        return route(plan, listPlanned, placeKm, null);
    }

    /** @param network the network routed on, as the report should name it ({@code null}: not named) */
    public RouteReport route(RoutePlanner.Plan plan, boolean listPlanned, double placeKm, String network) {
        LocalDate today = LocalDate.now(clock);
        boolean planned = listPlanned ? plan.withPlanned().isPresent() || plan.existing().isEmpty()
                : plan.existing().isEmpty() && plan.withPlanned().isPresent();
        Optional<Route> shown = planned ? plan.withPlanned() : plan.existing();
        List<String> notes = new ArrayList<>();
        if (plan.fromOffNetwork()) {
            notes.add(messages.get("report.note.offNetwork", plan.from().name(), format.km(placeKm)));
        }
        if (plan.toOffNetwork()) {
            notes.add(messages.get("report.note.offNetwork", plan.to().name(), format.km(placeKm)));
        }
        for (Link l : plan.notRoutedNearby()) {
            notes.add(messages.get("report.note.notRouted", name(l), format.km(l.accuracyKm())));
        }
        double straight = org.linkatlas.geo.GeodesicLength.metres(plan.from().lon(), plan.from().lat(),
                plan.to().lon(), plan.to().lat()) / 1000;
        List<String> plannedLinks = new ArrayList<>();
        plan.withPlanned().ifPresent(r -> r.segments().stream().map(Route.Segment::link)
                .filter(l -> !isContext(l) && !org.linkatlas.route.RoutingNetwork.Variant.EXISTING.admits(l.status()))
                .map(this::name).distinct().forEach(plannedLinks::add));
        return new RouteReport(RouteReport.Kind.ROUTE, lang, plan.from().name(), plan.to().name(), today,
                total(plan.existing(), straight), total(plan.withPlanned(), straight), planned, segments(shown, today), notes,
                network, plannedLinks);
    }

    /** A corridor of links picked on the map: one variant, the chain itself. */
    public RouteReport corridor(Corridor corridor) {
        LocalDate today = LocalDate.now(clock);
        List<Route.Segment> segs = corridor.route().segments();
        List<String> notes = new ArrayList<>();
        for (Corridor.Gap g : corridor.gaps()) {
            notes.add(messages.get("report.note.gap", name(segs.get(g.after()).link()),
                    name(segs.get(g.after() + 1).link()), format.km(g.km())));
        }
        String from = segs.isEmpty() ? "" : name(segs.get(0).link());
        String to = segs.isEmpty() ? "" : name(segs.get(segs.size() - 1).link());
        Optional<Route> r = Optional.of(corridor.route());
        return new RouteReport(RouteReport.Kind.CORRIDOR, lang, from, to, today, total(r, Double.NaN), null, false,
                segments(r, today), notes);
    }

    private static boolean isContext(Link l) {
        return org.linkatlas.route.ContextRoads.isContext(l);
    }

    private static RouteReport.Total total(Optional<Route> r, double straightKm) {
        if (r.isEmpty()) {
            return new RouteReport.Total(false, 0, 0, false, 0, 0, null, 0, straightKm);
        }
        Route route = r.get();
        return new RouteReport.Total(true, route.totalKm(), route.segments().size(), route.approximate(),
                route.startGapKm(), route.endGapKm(), route.line(), route.minutes(), straightKm);
    }

    private List<RouteReport.Segment> segments(Optional<Route> r, LocalDate today) {
        List<RouteReport.Segment> out = new ArrayList<>();
        if (r.isEmpty()) {
            return out;
        }
        int n = 1;
        for (Route.Segment s : r.get().segments()) {
            out.add(segment(n++, s, today));
        }
        return out;
    }

    private RouteReport.Segment segment(int n, Route.Segment s, LocalDate today) {
        Link l = s.link();
        List<RouteReport.AgreementRef> ags = new ArrayList<>();
        for (String id : facts.agreementsOf(l.id())) {
            Agreement a = agreements.get(id);
            ags.add(new RouteReport.AgreementRef(id, a == null ? id : vi || a.titleEn() == null ? a.titleVi() : a.titleEn()));
        }
        List<RouteReport.CommitmentRow> rows = new ArrayList<>();
        for (Commitment c : facts.commitmentsOf(l.id())) {
            String actors = c.actorIds().stream().map(id -> {
                Party p = parties.get(id);
                return p == null ? id : PartyNames.name(p, lang);
            }).collect(Collectors.joining(", "));
            rows.add(new RouteReport.CommitmentRow(c.id(), actors, vi || c.actionEn() == null ? c.actionVi() : c.actionEn(),
                    c.deadline() == null ? null : lifecycle.date(c.deadline()), Deadlines.dueDate(c.deadline()).orElse(null),
                    facts.overdue(c, l, today), c.source()));
        }
        return new RouteReport.Segment(n, l.id(), name(l), messages.get("kind." + Codes.of(l.kind())),
                status(l), messages.get("accuracy." + Codes.of(l.accuracy())),
                l.accuracyKm(), s.approximate(), s.context(), provinces(l), s.km(), l.costBillionVnd(), ags, rows,
                l.sources(), s.line(), new RouteReport.Codes(Codes.of(l.kind()), LinkStage.code(l), Codes.of(l.accuracy())));
    }

    /**
     * The lifecycle in one line, as the window shows it: physical state, then each intervention with its stage
     * and source ("Hiện có · cải tạo, nâng cấp: đã đề nghị Bộ Giao thông vận tải (nguồn 004)").
     */
    private String status(Link l) {
        String s = lifecycle.summary(l);
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private String name(Link l) {
        return vi || l.nameEn() == null ? l.nameVi() : l.nameEn();
    }

    private List<String> provinces(Link l) {
        Set<String> out = new LinkedHashSet<>();
        for (String p : l.provinces()) {
            String now = facts.successors().get(p);
            out.add(now == null || now.equals(p) ? p : p + " → " + now);
        }
        return List.copyOf(out);
    }
}
