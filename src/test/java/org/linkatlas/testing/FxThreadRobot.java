package org.linkatlas.testing;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.scene.Node;
import org.hamcrest.Matcher;
import org.testfx.api.FxRobot;
import org.testfx.service.query.NodeQuery;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An {@link FxRobot} whose look-ups walk the scene graph on the JavaFX thread. TestFX walks it on the calling
 * thread, so a look-up made while the window is still filling a panel can read a child list as it changes
 * (CI saw "Index 16 out of bounds for length 16" in the details panel). Every step of a query here, from the
 * first look-up to the last query, runs on the JavaFX thread and waits for it; the sets it returns are copies.
 * The test's thread.
 */
public final class FxThreadRobot extends FxRobot {
    @Override
    public NodeQuery lookup(String query) {
        return new OnFx(onFx(() -> super.lookup(query)));
    }

    @Override
    public <T extends Node> NodeQuery lookup(Matcher<T> matcher) {
        return new OnFx(onFx(() -> super.lookup(matcher)));
    }

    @Override
    public <T extends Node> NodeQuery lookup(Predicate<T> predicate) {
        return new OnFx(onFx(() -> super.lookup(predicate)));
    }

    /** Runs {@code work} on the JavaFX thread (at once when already there) and returns what it gave. */
    public static <T> T onFx(Callable<T> work) {
        if (Platform.isFxApplicationThread()) {
            try {
                return work.call();
            } catch (Exception e) {
                throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
            }
        }
        try {
            return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
        } catch (Exception e) {
            throw new IllegalStateException("the JavaFX thread did not answer within 10 s", e);
        }
    }

    /** A query whose every step runs on the JavaFX thread. */
    private record OnFx(NodeQuery inner) implements NodeQuery {
        @Override
        public NodeQuery from(Node... parentNodes) {
            return new OnFx(onFx(() -> inner.from(parentNodes)));
        }

        @Override
        public NodeQuery from(Collection<Node> parentNodes) {
            return new OnFx(onFx(() -> inner.from(parentNodes)));
        }

        @Override
        public NodeQuery lookup(String q) {
            return new OnFx(onFx(() -> inner.lookup(q)));
        }

        @Override
        public <T> NodeQuery lookup(Matcher<T> matcher) {
            return new OnFx(onFx(() -> inner.lookup(matcher)));
        }

        @Override
        public <T extends Node> NodeQuery lookup(Predicate<T> predicate) {
            return new OnFx(onFx(() -> inner.lookup(predicate)));
        }

        @Override
        public NodeQuery lookup(Function<Node, Set<Node>> function) {
            return new OnFx(onFx(() -> inner.lookup(function)));
        }

        @Override
        public <T> NodeQuery match(Matcher<T> matcher) {
            return new OnFx(onFx(() -> inner.match(matcher)));
        }

        @Override
        public <T extends Node> NodeQuery match(Predicate<T> predicate) {
            return new OnFx(onFx(() -> inner.match(predicate)));
        }

        @Override
        public NodeQuery nth(int index) {
            return new OnFx(onFx(() -> inner.nth(index)));
        }

        @Override
        public <T extends Node> T query() {
            return onFx(inner::<T>query);
        }

        @Override
        public <T extends Node> T queryAs(Class<T> clazz) {
            return onFx(() -> inner.queryAs(clazz));
        }

        @Override
        public <T extends Node> Optional<T> tryQuery() {
            return onFx(inner::<T>tryQuery);
        }

        @Override
        public <T extends Node> Optional<T> tryQueryAs(Class<T> clazz) {
            return onFx(() -> inner.tryQueryAs(clazz));
        }

        @Override
        public <T extends Node> Set<T> queryAll() {
            return onFx(() -> new java.util.LinkedHashSet<>(inner.<T>queryAll()));
        }

        @Override
        public <T extends Node> Set<T> queryAllAs(Class<T> clazz) {
            return onFx(() -> new java.util.LinkedHashSet<>(inner.queryAllAs(clazz)));
        }
    }
}
