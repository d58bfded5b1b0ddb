package org.linkatlas.cli;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.linkatlas.explore.LinkFilter;
import org.linkatlas.model.Agreement;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Codes;
import org.linkatlas.model.LinkKind;
import org.linkatlas.model.LinkStatus;
import org.linkatlas.model.Province;

/**
 * {@code --status S --kind K --province P --agreement ID} as the window's filter: codes may be listed with
 * commas ({@code --status planned,proposed}); a province by its name at signing or since 2025. Anything
 * unknown is bad usage, named with what is allowed. Main thread.
 */
final class FilterOptions {
    static final Set<String> NAMES = Set.of("status", "kind", "province", "agreement");

    private FilterOptions() {
    }

    static LinkFilter parse(Args args, Catalogue c, CliText text) {
        LinkFilter f = LinkFilter.all();
        if (args.option("status") != null) {
            f = f.withStatuses(codes(LinkStatus.class, "--status", args.option("status")));
        }
        if (args.option("kind") != null) {
            f = f.withKinds(codes(LinkKind.class, "--kind", args.option("kind")));
        }
        String province = args.option("province");
        if (province != null) {
            Set<String> known = new TreeSet<>(text.collation());
            for (Province p : c.provinces()) {
                known.add(p.name());
                if (p.successor() != null) {
                    known.add(p.successor());
                }
            }
            if (!known.contains(province)) {
                throw new Args.UsageException("filter.province", elide(province), String.join(", ", known));
            }
            f = f.withProvince(province);
        }
        String agreement = args.option("agreement");
        if (agreement != null) {
            if (c.agreements().stream().noneMatch(a -> a.id().equals(agreement))) {
                throw new Args.UsageException("filter.agreement", elide(agreement),
                        c.agreements().stream().map(Agreement::id).collect(Collectors.joining(", ")));
            }
            f = f.withAgreement(agreement);
        }
        return f;
    }

    /** A value quoted back in a message, cut to 60 characters: an error never repeats a whole pasted text. */
    static String elide(String value) {
        return value == null || value.length() <= 60 ? value : value.substring(0, 57) + "…";
    }

    private static <E extends Enum<E>> Set<E> codes(Class<E> type, String option, String value) {
        Set<E> out = new LinkedHashSet<>();
        for (String code : value.split(",")) {
            try {
                out.add(Codes.parse(type, code.strip()));
            } catch (IllegalArgumentException e) {
                throw new Args.UsageException("filter.code", option, elide(code.strip()), Codes.allowed(type));
            }
        }
        return out.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(out);
    }
}
