package org.linkatlas.catalogue;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linkatlas.explore.Deadlines;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Commitment;
import org.linkatlas.model.CommitmentRole;
import org.linkatlas.model.CommitmentTopic;
import org.linkatlas.model.DatePrecision;
import org.linkatlas.model.Intervention;
import org.linkatlas.model.InterventionKind;
import org.linkatlas.model.Link;
import org.linkatlas.model.LinkKind;
import org.linkatlas.model.LinkStatus;
import org.linkatlas.model.PhysicalState;
import org.linkatlas.model.Result;
import org.linkatlas.model.Stage;
import org.linkatlas.testing.Fixtures;

/**
 * Issue 10: the real catalogue says what the five articles say, no more and no less. Each test pins one point
 * a careful reader found against the seeds.
 */
class CatalogueSaysWhatTheSourcesSayTest {
    static Catalogue c;
    static Map<String, Link> links;
    static Map<String, Commitment> commitments;

    @BeforeAll
    static void read() {
        c = new CatalogueReader().read(Fixtures.dataDir(), Fixtures.seedsDir());
        links = c.links().stream().collect(Collectors.toMap(Link::id, Function.identity()));
        commitments = c.commitments().stream().collect(Collectors.toMap(Commitment::id, Function.identity()));
    }

    private static Intervention only(String linkId) {
        List<Intervention> ivs = links.get(linkId).interventions();
        assertEquals(1, ivs.size(), linkId + " carries one intervention");
        return ivs.get(0);
    }

    @Test
    void requestsShowAsRequestsNotDecisions() {
        for (String id : List.of("ql-10", "ql-17-phon-xuong-thai-nguyen", "ql-31", "duong-sat-ha-noi-dong-dang")) {
            Link l = links.get(id);
            assertEquals(PhysicalState.EXISTING, l.state(), id);
            assertEquals(InterventionKind.UPGRADE, only(id).kind(), id);
            assertEquals(Stage.REQUESTED, only(id).stage(), id);
            assertEquals(LinkStatus.EXISTING, l.status(), id + " no longer shows as an upgrade decided");
        }
        assertEquals(List.of("thu-tuong"), only("ql-10").requestedOf());
        assertEquals(List.of("bo-gtvt"), only("ql-31").requestedOf());
        for (String id : List.of("duong-sat-kep-luu-xa", "duong-sat-kep-ha-long")) {
            assertEquals(InterventionKind.RESTORE, only(id).kind(), id);
            assertEquals(Stage.REQUESTED, only(id).stage(), id);
            assertEquals(LinkStatus.PROPOSED, links.get(id).status(), id + " is not shown as a restoration decided");
        }
        assertEquals(List.of("vnr"), only("duong-sat-kep-luu-xa").requestedOf());
    }

    @Test
    void ql37ExistsAndCarriesTheWideningRequestedInSeed003() {
        Link ql37 = links.get("ql-37");
        assertEquals(PhysicalState.EXISTING, ql37.state());
        Intervention widen = only("ql-37");
        assertEquals(InterventionKind.WIDEN_SECTION, widen.kind());
        assertEquals(Stage.REQUESTED, widen.stage());
        assertEquals(List.of("chinh-phu", "bo-gtvt"), widen.requestedOf());
        assertTrue(widen.what().vi().contains("Chí Linh – Lục Nam – Kép"));
        var source = widen.events().get(0).source();
        assertTrue(source.seed().startsWith("003_"));
        assertTrue(source.quote().contains("mở rộng Quốc lộ 37 đoạn Chí Linh - Lục Nam - Kép"), source.quote());
        assertTrue(links.containsKey("ql-37-chi-linh-luc-nam-kep"), "the section is a link of its own");
    }

    @Test
    void oneRequestIsOneInterventionAndQl37MeetsTheCamLyBridge() {
        String request = "mở rộng Quốc lộ 37 đoạn Chí Linh - Lục Nam - Kép";
        List<String> carrying = c.links().stream()
                .flatMap(l -> l.interventions().stream())
                .filter(iv -> iv.events().stream().anyMatch(e -> e.source() != null
                        && e.source().quote().contains(request)))
                .map(Intervention::id).toList();
        assertEquals(List.of("iv-ql-37-widen"), carrying, "the seed-003 request is counted once");
        Link section = links.get("ql-37-chi-linh-luc-nam-kep");
        assertTrue(section.interventions().isEmpty(), "the section does not repeat QL37's intervention");
        assertTrue(section.stateNote().en().contains("recorded on National Road 37"), section.stateNote().en());
        assertTrue(section.stateNote().vi().contains("được ghi ở Quốc lộ 37"), section.stateNote().vi());

        var bridge = links.get("cau-cam-ly").geometry();
        for (String id : List.of("ql-37", "ql-37-chi-linh-luc-nam-kep")) {
            var road = links.get(id).geometry();
            for (var end : List.of(bridge.getCoordinates()[0], bridge.getCoordinates()[bridge.getNumPoints() - 1])) {
                assertTrue(java.util.Arrays.stream(road.getCoordinates()).anyMatch(p -> p.distance(end) < 1e-6),
                        id + " is drawn through the bridge's end " + end);
            }
        }
    }

    @Test
    void projectsBeingCarriedOutAreUnderWayNotUnderConstruction() {
        for (String id : List.of("duong-noi-ql279-tan-dan-dt291-son-dong", "dt-345-dong-trieu-noi-dt-293")) {
            assertEquals(PhysicalState.NOT_BUILT, links.get(id).state(), id);
            assertEquals(Stage.UNDER_WAY, only(id).stage(), id);
            assertTrue(only(id).events().get(0).source().quote().contains("hợp tác triển khai")
                    || only(id).events().get(0).source().quote().contains("dự án tỉnh lộ 345"), id);
            assertFalse(links.get(id).status() == LinkStatus.UNDER_CONSTRUCTION, id);
        }
    }

    @Test
    void laiXuanAndBenRungAreReportedSlowQuotingSeed001() {
        for (String id : List.of("cau-lai-xuan", "cau-ben-rung")) {
            Intervention build = only(id);
            assertEquals(Stage.REPORTED_SLOW, build.stage(), id);
            var slow = build.events().get(build.events().size() - 1);
            assertTrue(slow.source().seed().startsWith("001_"));
            assertTrue(slow.source().quote().contains("chậm so với tiến độ đề ra"), slow.source().quote());
            assertEquals(Stage.PLANNED, build.events().get(0).stage(), id + ": the budget priority came first");
            assertEquals(LinkStatus.UNDER_CONSTRUCTION, links.get(id).status(), id);
        }
    }

    @Test
    void theHoaSonRoadCarriesSeed002sResultNamingBothProvincesAsCoInvestors() {
        List<Result> results = c.results().stream().filter(r -> r.linkIds().contains("duong-ql37-cau-hoa-son-pho-yen")).toList();
        assertEquals(1, results.size());
        Result r = results.get(0);
        assertEquals(List.of("bac-giang", "thai-nguyen"), r.partyIds());
        assertTrue(r.source().seed().startsWith("002_"));
        assertTrue(r.source().quote().contains("cùng đầu tư mở mới tuyến kết nối hai tỉnh"));
        assertTrue(r.source().quote().contains("QL37- QL17 - Võ Nhai"));
        assertTrue(c.commitments().stream().noneMatch(cm -> cm.source().quote().contains("cùng đầu tư mở mới")),
                "a past result is not a commitment");
    }

    @Test
    void seed004sPastCooperationIsAResultNotPartOfThe2023Memorandum() {
        Result r = c.results().stream().filter(x -> x.source().quote().contains("đã phối hợp tốt")).findFirst().orElseThrow();
        assertEquals(List.of("ql-1", "ql-31", "ql-279", "dt-242", "dt-245", "dt-248"), r.linkIds());
        assertTrue(c.commitments().stream().noneMatch(cm -> cm.source().quote().contains("đã phối hợp tốt")));
        assertFalse(links.get("ql-279").agreementIds().contains("bbgn-bac-giang-lang-son-2023"),
                "QL279 stands in the 2023 memorandum only through a past result");
    }

    @Test
    void linksTheTextNamesWithoutAPlaceAreKeptListedAndNotDrawn() {
        for (String id : List.of("dt-242", "dt-245", "dt-248")) {
            Link l = links.get(id);
            assertNotNull(l, id);
            assertFalse(l.located(), id);
            assertNull(l.accuracy(), id);
        }
        for (String id : List.of("dt-291", "dt-398b", "cau-thay-the-pha-rung", "ql-37-chi-linh-luc-nam-kep")) {
            assertTrue(links.containsKey(id), id + " is a link");
        }
        assertTrue(links.get("cau-thay-the-pha-rung").interventions().get(0).events().get(0).source().quote()
                .contains("bằng cầu kiên cố"));
        var index = new org.linkatlas.search.SearchIndex(c);
        assertTrue(index.search("DT242", 10).stream().anyMatch(h -> h.id().equals("dt-242")),
                "a link of unknown place is found by search");
    }

    @Test
    void requestsNameBothTheAskingPartiesAndTheBodyAsked() {
        List<Commitment> requests = c.commitments().stream().filter(cm -> cm.role() == CommitmentRole.REQUESTS).toList();
        assertTrue(requests.size() >= 10, "requests: " + requests.size());
        assertAll(requests.stream().map(cm -> () -> assertFalse(cm.requesterIds().isEmpty(), cm.id() + " says who asked")));
        Commitment ql31 = commitments.get("c-004-04");
        assertEquals(List.of("bac-giang", "lang-son"), ql31.requesterIds());
        assertEquals(List.of("bo-gtvt"), ql31.actorIds());
    }

    @Test
    void vagueDeadlinesAreTheirOwnKindNotNoDeadline() {
        Commitment ql37 = commitments.get("c-003-06");
        assertEquals(DatePrecision.VAGUE, ql37.deadline().precision());
        assertEquals("sớm", ql37.deadline().text());
        assertTrue(Deadlines.isVague(ql37.deadline()));
        assertTrue(Deadlines.dueDate(ql37.deadline()).isEmpty(), "a vague deadline has no due date");
        Commitment plan = commitments.get("c-000-04");
        assertEquals(org.linkatlas.model.DateRelation.WITHIN, plan.deadline().relation());
        assertEquals(LocalDate.of(2025, 12, 31), Deadlines.dueDate(plan.deadline()).orElseThrow());
        assertNotNull(commitments.get("c-001-07").deadline(), "“trong thời gian tới” is recorded");
    }

    @Test
    void c00206SaysBacGiangIsInvestingNotJointly() {
        Commitment cm = commitments.get("c-002-06");
        assertEquals(CommitmentRole.ACTS, cm.role());
        assertEquals(List.of("bac-giang"), cm.actorIds());
        assertTrue(cm.source().quote().contains("(tỉnh Bắc Giang đang đầu tư)"));
    }

    @Test
    void theMissingCommitmentsAreThere() {
        assertTrue(c.commitments().size() >= 45, "commitments: " + c.commitments().size());
        assertTrue(c.commitments().stream().anyMatch(cm -> cm.source().quote()
                .contains("Hai tỉnh phối hợp nâng cấp một số tuyến đường giao thông giáp ranh")));
        Commitment boats = c.commitments().stream().filter(cm -> cm.topic() == CommitmentTopic.RULE
                && cm.actionVi().contains("vịnh Hạ Long")).findFirst().orElseThrow();
        assertEquals(DatePrecision.VAGUE, boats.deadline().precision());
        assertTrue(boats.uncertainties().stream().anyMatch(u -> u.vi().contains("chưa ban hành được")),
                "the same article says it was not yet issued");
        assertTrue(c.commitments().stream().anyMatch(cm -> cm.source().quote().contains("từ 5-7 tuyến")));
        assertTrue(c.commitments().stream().anyMatch(cm -> cm.source().quote().contains("Trung Quốc - Lạng Sơn - Bắc Giang – Hà Nội")));
        long circuits = c.links().stream().filter(l -> l.kind() == LinkKind.SERVICE && l.nameVi().contains("du lịch")).count();
        assertTrue(circuits >= 3, "tourist circuits as service links: " + circuits);
        assertTrue(c.links().stream().filter(l -> l.kind() == LinkKind.SERVICE).allMatch(l -> l.placeIds().size() >= 2),
                "a service joins places");
    }

    @Test
    void overdueIsDerivedFromTheDeadlineAndTheEvents() {
        Link dongViet = links.get("cau-dong-viet");
        Intervention build = only("cau-dong-viet");
        List<Commitment> promised = List.of(commitments.get("c-003-01"));
        assertFalse(Deadlines.isOverdue(build, promised, LocalDate.of(2024, 8, 31)), "before September 2024");
        assertTrue(Deadlines.isOverdue(build, promised, LocalDate.of(2024, 9, 1)), "no 'done' event by then");
        // the same bridge with a 'done' event dated before its deadline is kept, not overdue
        var done = new org.linkatlas.model.ProgressEvent("ev-test-done",
                new org.linkatlas.model.FuzzyDate("8/2024", "2024-08", DatePrecision.MONTH, null, null), Stage.DONE,
                build.events().get(0).source(), null);
        var events = new java.util.ArrayList<>(build.events());
        events.add(done);
        Intervention kept = new Intervention(build.id(), dongViet.id(), build.kind(), build.what(), build.requestedOf(),
                build.commitmentIds(), events);
        assertFalse(Deadlines.isOverdue(kept, promised, LocalDate.of(2026, 12, 1)));
        assertEquals(java.util.Optional.of(true), Deadlines.doneOnTime(kept, promised));
        // a deadline to start works is met by reaching "under construction"
        Intervention hd = only("duong-hai-duong-noi-con-son-kiep-bac");
        assertEquals(Stage.UNDER_CONSTRUCTION, commitments.get("c-003-03").deadlineStage());
        assertTrue(Deadlines.isOverdue(hd, List.of(commitments.get("c-003-03")), LocalDate.of(2025, 1, 2)));
    }

    @Test
    void railwaysFerryLandingsAndAirportsAreDrawnFromOpenStreetMap() {
        for (String id : List.of("duong-sat-ha-noi-dong-dang", "duong-sat-kep-ha-long", "pha-rung", "san-bay-cat-bi",
                "san-bay-van-don")) {
            Link l = links.get(id);
            assertEquals(org.linkatlas.model.Accuracy.LOCATED, l.accuracy(), id);
            assertTrue(l.coordSourceText().en().contains("© OpenStreetMap contributors"), id);
            assertTrue(l.coordSourceText().vi().contains("© OpenStreetMap contributors"), id);
        }
        // real track, not a straight line: Hà Nội – Đồng Đăng has hundreds of vertices and runs ~140 km or more
        Link hnDd = links.get("duong-sat-ha-noi-dong-dang");
        assertTrue(hnDd.geometry().getNumPoints() > 200, "vertices: " + hnDd.geometry().getNumPoints());
        double km = org.linkatlas.geo.GeodesicLength.metres(hnDd.geometry()) / 1000;
        assertTrue(km > 130 && km < 200, "km: " + km);
        // the ferry runs between its two landings
        var ferry = links.get("pha-rung").geometry().getCoordinates();
        assertEquals(106.77447, ferry[0].x, 1e-5);
        assertEquals(20.93752, ferry[ferry.length - 1].y, 1e-5);
    }
}
