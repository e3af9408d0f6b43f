package dev.kokoro.voice;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The most recently used blends by canonical spec text, so a blend's tables are summed once and not per request.
 * Bounded because each blend holds a whole pack (about half a megabyte). Thread-safe: all access is synchronized;
 * a blend is computed outside the lock, so two threads asking for the same new blend may both compute it.
 */
final class BlendCache {
    private final Map<String, Voice> blends;

    BlendCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.blends = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Voice> eldest) {
                return size() > capacity;
            }
        };
    }

    Voice get(String spec, Supplier<Voice> blend) {
        synchronized (blends) {
            Voice cached = blends.get(spec);
            if (cached != null) {
                return cached;
            }
        }
        Voice computed = blend.get();
        synchronized (blends) {
            Voice raced = blends.putIfAbsent(spec, computed);
            return raced != null ? raced : computed;
        }
    }

    int size() {
        synchronized (blends) {
            return blends.size();
        }
    }
}
