package org.linkatlas.route;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * The pieces (connected components) of a network. A piece other than the largest joins nothing else: a
 * route cannot leave it. Informational for {@code check}: the catalogue records what the agreements name, not
 * the whole road network, so isolated pieces are expected. Pure; any thread.
 */
public final class NetworkCheck {
    /** One piece: the ids of its links, sorted, and its node count. */
    public record Piece(List<String> linkIds, int nodes) {
    }

    private NetworkCheck() {
    }

    /** Every piece, largest (by nodes) first. */
    public static List<Piece> pieces(RoutingNetwork net) {
        int n = net.nodeCount();
        int[] comp = new int[n];
        Arrays.fill(comp, -1);
        List<Piece> out = new ArrayList<>();
        int[] stack = new int[n];
        for (int s = 0; s < n; s++) {
            if (comp[s] >= 0) {
                continue;
            }
            int c = out.size();
            TreeSet<String> ids = new TreeSet<>();
            int size = 0;
            int top = 0;
            stack[top++] = s;
            comp[s] = c;
            while (top > 0) {
                int u = stack[--top];
                size++;
                for (int e = net.firstEdge(u); e < net.endEdge(u); e++) {
                    ids.add(net.edgeLink(e).id());
                    int v = net.edgeTarget(e);
                    if (comp[v] < 0) {
                        comp[v] = c;
                        stack[top++] = v;
                    }
                }
            }
            if (!ids.isEmpty()) {
                out.add(new Piece(List.copyOf(ids), size));
            }
        }
        out.sort(Comparator.comparingInt(Piece::nodes).reversed().thenComparing(p -> p.linkIds().isEmpty() ? "" : p.linkIds().get(0)));
        return out;
    }

    /** The pieces that join nothing else: all but the largest. */
    public static List<Piece> isolated(RoutingNetwork net) {
        List<Piece> all = pieces(net);
        return all.size() <= 1 ? List.of() : all.subList(1, all.size());
    }
}
