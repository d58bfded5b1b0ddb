package org.linkatlas.testing;

import java.nio.file.Path;
import java.util.List;
import org.linkatlas.geo.GeoJsonCodec;
import org.linkatlas.model.Accuracy;
import org.linkatlas.model.Agreement;
import org.linkatlas.model.AgreementType;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Commitment;
import org.linkatlas.model.CommitmentRole;
import org.linkatlas.model.DatePrecision;
import org.linkatlas.model.DateRelation;
import org.linkatlas.model.FuzzyDate;
import org.linkatlas.model.Link;
import org.linkatlas.model.LinkKind;
import org.linkatlas.model.LinkStatus;
import org.linkatlas.model.Party;
import org.linkatlas.model.PartyKind;
import org.linkatlas.model.Period;
import org.linkatlas.model.Place;
import org.linkatlas.model.Province;
import org.linkatlas.model.RoadClass;
import org.linkatlas.model.Seed;
import org.linkatlas.model.Source;
import org.locationtech.jts.geom.Coordinate;

/** Small hand-made catalogues and the paths of the project's real data, for tests. */
public final class Fixtures {
    public static final String SEED = "900_test.txt";
    public static final String SEED_TEXT = "Hai tỉnh phối hợp xây dựng cầu Thử Nghiệm, phấn đấu thông xe trước tháng 9/2024.";

    private Fixtures() {
    }

    public static Path dataDir() {
        return Path.of(System.getProperty("linkatlas.data", "data"));
    }

    public static Path seedsDir() {
        return Path.of(System.getProperty("linkatlas.seeds", "seeds"));
    }

    /** A copy of the folder {@code from} (the catalogue's data or seeds) at {@code to}, for a test to change. */
    public static Path copyTree(Path from, Path to) throws java.io.IOException {
        try (java.util.stream.Stream<Path> all = java.nio.file.Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (java.nio.file.Files.isDirectory(p)) {
                    java.nio.file.Files.createDirectories(target);
                } else {
                    java.nio.file.Files.copy(p, target);
                }
            }
        }
        return to;
    }

    /** One agreement, two links (a bridge and a station), one commitment: every column used at least once. */
    public static Catalogue minimal() {
        var f = GeoJsonCodec.WGS84;
        Seed seed = new Seed(SEED, "0".repeat(64), SEED_TEXT);
        List<Province> provinces = List.of(new Province("Bắc Giang", "Bac Giang", "Bắc Ninh", "merged"),
                new Province("Bắc Ninh", "Bac Ninh", "Bắc Ninh", null),
                new Province("Hải Dương", "Hai Duong", "Hải Phòng", "merged"),
                new Province("Hải Phòng", "Hai Phong", "Hải Phòng", null));
        List<Party> parties = List.of(new Party("bac-giang", "Tỉnh Bắc Giang", "Bac Giang", PartyKind.PROVINCE, "Bắc Giang"),
                new Party("hai-duong", "Tỉnh Hải Dương", null, PartyKind.PROVINCE, "Hải Dương"));
        List<Place> places = List.of(new Place("place-a", "Điểm A", "Point A", "town", f.createPoint(new Coordinate(106.3, 21.1)),
                Accuracy.LOCATED, 1.0, "test", "Bắc Giang"));
        Source quote = new Source(SEED, "phối hợp xây dựng cầu Thử Nghiệm");
        Agreement agreement = new Agreement("ag-1", AgreementType.PROGRAMME, "01/CTr", "Chương trình thử", "Test programme",
                new FuzzyDate("29/3", "2023-03-29", DatePrecision.INFERRED, null, "year from the period"),
                new Period(2023, null, "giai đoạn 2023 và những năm tiếp theo"), List.of("bac-giang", "hai-duong"),
                List.of("Ban Thường vụ Tỉnh ủy Bắc Giang"), List.of(quote),
                List.of(org.linkatlas.model.LocalText.of("năm được suy ra", "year inferred")));
        Link bridge = new Link("cau-thu", "Cầu Thử Nghiệm", "Test Bridge", LinkKind.BRIDGE, null,
                LinkStatus.UNDER_CONSTRUCTION, "đang xây dựng", List.of("place-a"), List.of("Bắc Giang", "Hải Dương"),
                1.5, 250.0, "1,5 km; 250 tỷ đồng",
                new FuzzyDate("trước tháng 9/2024", "2024-09", DatePrecision.MONTH, DateRelation.BEFORE, null),
                List.of("ag-1"), f.createLineString(new Coordinate[] {new Coordinate(106.30, 21.10), new Coordinate(106.31, 21.11)}),
                Accuracy.APPROXIMATE, 2.0, "test estimate", List.of(quote), List.of("which river is not said"));
        Link road = new Link("ql-x", "Quốc lộ X", null, LinkKind.ROAD, RoadClass.NATIONAL, LinkStatus.UPGRADE, null,
                List.of(), List.of("Bắc Giang"), null, null, null, null, List.of(),
                f.createLineString(new Coordinate[] {new Coordinate(106.0, 21.0), new Coordinate(106.2, 21.2),
                    new Coordinate(106.4, 21.3)}), Accuracy.SCHEMATIC, 5.0, "schematic", List.of(quote), List.of());
        Commitment commitment = new Commitment("c-1", "ag-1", List.of("cau-thu", "ql-x"), List.of("bac-giang", "hai-duong"),
                CommitmentRole.JOINTLY, "phối hợp xây dựng", "build together",
                new FuzzyDate("trước tháng 9/2024", "2024-09", DatePrecision.MONTH, DateRelation.BEFORE, null),
                new Source(SEED, "phấn đấu thông xe trước tháng 9/2024"), List.of());
        return new Catalogue(List.of(seed), provinces, parties, places, List.of(agreement), List.of(bridge, road),
                List.of(commitment));
    }
}
