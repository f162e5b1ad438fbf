package io.veil.faces;

import io.veil.spi.EngineException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Function;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.opencv_dnn.Net;

/**
 * OpenCV DNN networks for one model file, one per concurrent caller: {@code cv::dnn::Net} keeps per-run
 * buffers and is not safe to share, and a lock around one net would serialise every thread. Nets are created
 * on demand (a second thread gets its own), reused afterwards, and freed on {@link #close()}. Thread-safe.
 *
 * <pre>{@code
 * try (NetPool pool = NetPool.open(model, p -> readNetFromTFLite(p.toString()))) {
 *     Mat out = pool.with(net -> { net.setInput(blob); return net.forward(); });
 * }
 * }</pre>
 */
final class NetPool implements AutoCloseable {

    private final Path model;
    private final Function<Path, Net> loader;
    private final ConcurrentLinkedDeque<Net> idle = new ConcurrentLinkedDeque<>();
    private final List<Net> all = new ArrayList<>();
    private volatile boolean closed;

    private NetPool(Path model, Function<Path, Net> loader) {
        this.model = model;
        this.loader = loader;
    }

    /** Loads one net at once so that a missing or broken model fails here, not on the first image. */
    static NetPool open(Path model, Function<Path, Net> loader) {
        if (!Files.isRegularFile(model)) {
            throw new EngineException("face model not found: " + model + " (run scripts/fetch-models.sh)");
        }
        NetPool pool = new NetPool(model, loader);
        pool.idle.push(pool.create());
        return pool;
    }

    private Net create() {
        Net net;
        try {
            net = loader.apply(model);
        } catch (RuntimeException e) {
            throw new EngineException("face model cannot be loaded: " + model.getFileName(), e);
        }
        if (net == null || net.empty()) {
            throw new EngineException("face model loaded empty: " + model.getFileName());
        }
        // A net made during a detect() call would otherwise die with that call's PointerScope; detaching
        // releases the scope's reference, so take one of our own first.
        PointerScope scope = PointerScope.getInnerScope();
        if (scope != null) {
            net.retainReference();
            scope.detach(net);
        }
        synchronized (all) {
            all.add(net);
        }
        return net;
    }

    <T> T with(Function<Net, T> work) {
        if (closed) {
            throw new IllegalStateException("face detector is closed");
        }
        Net net = idle.poll();
        if (net == null) {
            net = create();
        }
        try {
            return work.apply(net);
        } finally {
            idle.push(net);
        }
    }

    @Override
    public void close() {
        closed = true;
        synchronized (all) {
            all.forEach(Net::deallocate);
            all.clear();
        }
        idle.clear();
    }
}
