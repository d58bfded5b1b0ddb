package org.linkatlas.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.linkatlas.catalogue.CatalogueReader;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.DatePrecision;
import org.linkatlas.model.DateRelation;
import org.linkatlas.model.FuzzyDate;
import org.linkatlas.model.Link;
import org.linkatlas.model.LinkKind;
import org.linkatlas.model.LinkStatus;
import org.linkatlas.testing.Fixtures;

class ExplorerLogicTest {
    static Catalogue catalogue;
    static LinkFacts facts;

    @BeforeAll
    static void read() {
        catalogue = new CatalogueReader().read(Fixtures.dataDir(), Fixtures.seedsDir());
        facts = new LinkFacts(catalogue);
    }

    private static List<Link> shown(LinkFilter f) {
        return catalogue.links().stream().filter(f.predicate(facts)).toList();
    }

    @ParameterizedTest
    @CsvSource({
        "2024-09, before, 2024-08-31",
        "2025, before, 2024-12-31",
        "2025, by, 2025-12-31",
        "2024-09, in, 2024-09-30"
    })
    void deadlinesFallDueAsTheirWordsSay(String value, String relation, LocalDate due) {
        var d = new FuzzyDate("x", value, DatePrecision.MONTH, org.linkatlas.model.Codes.parse(DateRelation.class, relation), null);
        assertEquals(due, Deadlines.dueDate(d).orElseThrow());
    }

    @Test
    void aBridgeDueBeforeSeptember2024IsOverdueUnlessItOpened() {
        var d = new FuzzyDate("trước tháng 9/2024", "2024-09", DatePrecision.MONTH, DateRelation.BEFORE, null);
        assertTrue(Deadlines.isOverdue(d, LinkStatus.UNDER_CONSTRUCTION, LocalDate.of(2026, 11, 22)));
        assertFalse(Deadlines.isOverdue(d, LinkStatus.UNDER_CONSTRUCTION, LocalDate.of(2024, 8, 31)));
        assertFalse(Deadlines.isOverdue(d, LinkStatus.EXISTING, LocalDate.of(2026, 11, 22)));
        assertFalse(Deadlines.isOverdue(new FuzzyDate("18/10", null, DatePrecision.UNKNOWN, null, null),
                LinkStatus.PLANNED, LocalDate.of(2030, 1, 1)), "no date, no overdue");
    }

    @Test
    void theStatusFilterHidesPlannedLinks() {
        var noPlanned = EnumSet.allOf(LinkStatus.class);
        noPlanned.remove(LinkStatus.PLANNED);
        List<Link> shown = shown(LinkFilter.all().withStatuses(noPlanned));
        assertTrue(shown.stream().noneMatch(l -> l.status() == LinkStatus.PLANNED));
        long planned = catalogue.links().stream().filter(l -> l.status() == LinkStatus.PLANNED).count();
        assertEquals(catalogue.links().size() - planned, shown.size());
    }

    @Test
    void aProvinceFindsItsLinksByTheOldAndTheNewName() {
        List<Link> bacGiang = shown(LinkFilter.all().withProvince("Bắc Giang"));
        List<Link> bacNinh = shown(LinkFilter.all().withProvince("Bắc Ninh"));
        assertFalse(bacGiang.isEmpty());
        assertTrue(bacNinh.containsAll(bacGiang), "Bắc Giang is part of Bắc Ninh since 1 July 2025");
        assertTrue(shown(LinkFilter.all().withProvince("Hải Phòng")).stream()
                .anyMatch(l -> l.provinces().contains("Hải Dương")), "Hải Dương's links count for Hải Phòng");
    }

    @Test
    void anAgreementShowsTheLinksOfItsCommitmentsToo() {
        String kl352 = "kl-352-2022";
        List<Link> shown = shown(LinkFilter.all().withAgreement(kl352));
        assertFalse(shown.isEmpty());
        shown.forEach(l -> assertTrue(facts.agreementsOf(l.id()).contains(kl352), l.id()));
    }

    @Test
    void theYearSliderShowsWhatExistsOrIsDueByThatYear() {
        List<Link> by2024 = shown(LinkFilter.all().withYear(2024));
        assertTrue(by2024.stream().anyMatch(l -> l.nameVi().contains("Đồng Việt")), "due before 9/2024");
        assertTrue(by2024.stream().allMatch(l -> l.status() == LinkStatus.EXISTING
                || facts.dueYear(l.id()).orElseThrow() <= 2024));
        List<Link> by2020 = shown(LinkFilter.all().withYear(2020));
        assertTrue(by2020.stream().noneMatch(l -> l.nameVi().contains("Đồng Việt")));
        assertTrue(by2020.size() < by2024.size());
    }

    @Test
    void noKindsMeansNothingShown() {
        assertEquals(List.of(), shown(LinkFilter.all().withKinds(EnumSet.noneOf(LinkKind.class))));
    }
}
