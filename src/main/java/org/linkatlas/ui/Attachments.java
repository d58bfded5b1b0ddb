package org.linkatlas.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.property.Property;
import javafx.beans.value.ObservableValue;
import javafx.util.Subscription;

/**
 * What a view's controls attach to objects that outlive the view (the window's view models live as long as the
 * window; a language or basemap switch builds a new view): each listener and binding is noted as it is made, and
 * {@link #handle} gives the one call that takes them all off again, so an old view neither reacts nor stays
 * reachable from a view model. JavaFX thread only.
 */
public final class Attachments {
    private final List<Subscription> made = new ArrayList<>();

    /** {@code onChange} hears every change of {@code source} (old value, new value) until {@link #handle} is called. */
    public <T> void listen(ObservableValue<T> source, BiConsumer<? super T, ? super T> onChange) {
        made.add(source.subscribe(onChange));
    }

    /** {@code target} follows {@code source} until {@link #handle} is called. */
    public <T> void bind(Property<T> target, ObservableValue<? extends T> source) {
        target.bind(source);
        made.add(target::unbind);
    }

    /** One more thing to undo. */
    public void add(Subscription s) {
        made.add(s);
    }

    /** Takes off everything attached so far (and nothing twice). */
    public Subscription handle() {
        List<Subscription> all = List.copyOf(made);
        made.clear();
        return () -> all.forEach(Subscription::unsubscribe);
    }
}
