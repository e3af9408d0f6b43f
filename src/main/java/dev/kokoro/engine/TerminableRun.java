package dev.kokoro.engine;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * ONNX Runtime's run options for one run, whose terminate flag another thread may raise. ONNX Runtime
 * checks the flag between graph nodes, so a run ends within a node or two. The options are freed once the
 * run is over, so raising the flag then must be a no-op rather than a use of freed native memory: hence
 * the monitor.
 */
final class TerminableRun implements AutoCloseable {
    private final OrtSession.RunOptions options;
    private boolean terminated;
    private boolean closed;

    TerminableRun() throws OrtException {
        this.options = new OrtSession.RunOptions();
    }

    OrtSession.RunOptions options() {
        return options;
    }

    synchronized void terminate() {
        if (closed || terminated) {
            return;
        }
        try {
            options.setTerminate(true);
            terminated = true;
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime refused to stop a run", e);
        }
    }

    synchronized boolean terminated() {
        return terminated;
    }

    @Override
    public synchronized void close() {
        closed = true;
        options.close();
    }
}
