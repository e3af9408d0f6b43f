package dev.kokoro.voice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The most recently used blends by canonical spec text, so a blend's tables are summed once and not per request.
 * Bounded because each blend holds a whole pack (about half a megabyte). Thread-safe: all access is synchronized;
 * a blend is computed outside the lock, so two threads asking for the same new blend may both compute it.
 *
 * <p>A blend is kept with the very voices it was summed from and served only to a request whose names resolve to
 * those same voices: a created voice that is deleted and created again under its name is a new voice, and a blend
 * cached from the old one (even one put back by a request that raced the delete) is recomputed, not served.
 */
final class BlendCache {
    private record Cached(Voice blend, List<Voice> parts) {
    }

    private final Map<String, Cached> blends;

    BlendCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.blends = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * The blend {@code spec} of {@code parts} (one voice per term, as just resolved), computed by {@code blend}
     * unless cached from these same voices.
     */
    Voice get(String spec, List<Voice> parts, Supplier<Voice> blend) {
        synchronized (blends) {
            Cached cached = blends.get(spec);
            if (cached != null && cached.parts().equals(parts)) {
                return cached.blend();
            }
        }
        Voice computed = blend.get();
        synchronized (blends) {
            Cached raced = blends.get(spec);
            if (raced != null && raced.parts().equals(parts)) {
                return raced.blend();
            }
            blends.put(spec, new Cached(computed, List.copyOf(parts)));
            return computed;
        }
    }

    /** Drops every blend made with {@code part}, a voice that is going away, so it is not kept in memory. */
    void forget(Voice part) {
        synchronized (blends) {
            blends.values().removeIf(entry -> entry.parts().contains(part));
        }
    }

    int size() {
        synchronized (blends) {
            return blends.size();
        }
    }
}
