package org.triad.training;

import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.memory.conf.WorkspaceConfiguration;
import org.nd4j.linalg.api.memory.enums.AllocationPolicy;
import org.nd4j.linalg.api.memory.enums.LearningPolicy;
import org.nd4j.linalg.api.memory.enums.SpillPolicy;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.nd4j.nativeblas.NativeOpsHolder;
import org.triad.model.CancellationToken;
import org.triad.model.JudgementSet;
import org.triad.model.ProgressListener;
import org.triad.model.Similarity;

/**
 * The SPoSE engine on ND4J (CPU backend, or CUDA with {@code -Pcuda}): the same maths as
 * {@link SposeCpuEngine} (DESIGN.md §4, {@link SposeLoss}, {@link AdamState}) as array ops.
 *
 * <p>It trains S ≥ 1 seeds at once as one computation: X, the gradient and the Adam moments
 * are (S·n_items) × dims float32 matrices whose rows s·n .. s·n + n − 1 belong to seed s, and
 * every batch gathers, for each seed, the judgements its own order puts there (batch
 * boundaries are shared, so the 1/B of the batch mean is too). Per batch: gather the rows of
 * the kept pairs and the odd ones out ({@link Nd4j#pullRows}), logits and a stable softmax,
 * per-triplet row gradients, scatter-add into the gradient with the lock flag set (without
 * it, ND4J's {@code scatter_add} loses updates when an item repeats in a batch), then one
 * dense L1 + Adam + clamp pass. With S = 1 it is an ordinary {@link SposeEngine}.
 *
 * <p>The float sums run in another order than the CPU engine's, so the two agree within
 * float tolerance, not bit for bit. The CPU engine also flushes Adam moments below 2^-84 to
 * 0 (a speed fix for subnormals); this one does not, which changes nothing measurable.
 * Arrays live on the thread that created the engine; only copies leave it.
 */
final class SposeNd4jEngine implements SposeEngine {
    /** Per-batch temporaries: learned on the first batch, then reused without allocation. */
    private static final WorkspaceConfiguration BATCH_WORKSPACE = WorkspaceConfiguration.builder()
            .initialSize(0).policyAllocation(AllocationPolicy.OVERALLOCATE)
            .policyLearning(LearningPolicy.FIRST_LOOP).policySpill(SpillPolicy.REALLOCATE)
            .build();

    private final int itemCount;
    private final int dims;
    private final int seeds;
    private final int batchSize;
    private final Similarity similarity;
    private final float inverseTemperature;
    private final float learningRate;
    private final float l1Gradient;
    private final INDArray x;
    private final INDArray grad;
    private final INDArray m;
    private final INDArray v;
    private final INDArray crossEntropySums;
    private final INDArray hitCounts;
    private final String workspaceId = "triad-spose-" + System.identityHashCode(this);
    private final String name;
    private long step;

    /**
     * One engine for S seeds; seed s starts from {@link SposeEngine#initialWeights} drawn
     * from {@code inits[s]}, so each replica starts exactly as a CPU engine would.
     *
     * @param itemCount n_items
     * @param config settings shared by all seeds (its seed field is not used here)
     * @param inits one random stream per seed, S ≥ 1
     */
    SposeNd4jEngine(int itemCount, SposeConfig config, SplittableRandom... inits) {
        if (inits.length < 1) {
            throw new IllegalArgumentException("at least one seed");
        }
        this.itemCount = itemCount;
        this.dims = config.dims();
        this.seeds = inits.length;
        this.batchSize = config.batchSize();
        this.similarity = config.similarity();
        this.inverseTemperature = SposeLoss.inverse(config.temperature());
        this.learningRate = (float) config.learningRate();
        this.l1Gradient = (float) (config.lambda() / itemCount);
        float[] initial = new float[seeds * itemCount * dims];
        for (int s = 0; s < seeds; s++) {
            float[] replica = SposeEngine.initialWeights(itemCount, dims, inits[s]);
            System.arraycopy(replica, 0, initial, s * replica.length, replica.length);
        }
        long rows = (long) seeds * itemCount;
        this.x = Nd4j.create(initial, new long[] {rows, dims}, 'c');
        this.grad = Nd4j.zeros(DataType.FLOAT, rows, dims);
        this.m = Nd4j.zeros(DataType.FLOAT, rows, dims);
        this.v = Nd4j.zeros(DataType.FLOAT, rows, dims);
        this.crossEntropySums = Nd4j.zeros(DataType.DOUBLE, seeds);
        this.hitCounts = Nd4j.zeros(DataType.DOUBLE, seeds);
        String device = Nd4jBackend.describe();
        if (!Nd4jBackend.isCuda()) {
            limitThreads(config.threads());
        }
        this.name = "nd4j (" + device + ")" + (seeds > 1 ? ", " + seeds + " seeds batched" : "");
    }

    /**
     * Caps libnd4j's CPU threads, its own pool and OpenMP's (process-wide), at the run's
     * thread count. The per-batch arrays are small, and OpenMP threads that outnumber the
     * free cores spin against each other: on a loaded 2-core machine the defaults made single
     * ops 10–40× slower.
     */
    private static void limitThreads(int threads) {
        Nd4j.getEnvironment().setMaxThreads(threads);
        Nd4j.getEnvironment().setMaxMasterThreads(threads);
        NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(threads);
    }

    /** Seeds trained together. */
    int seeds() {
        return seeds;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public SposeLoss.BatchStats epoch(JudgementSet train, int[] order, CancellationToken token,
            ProgressListener progress, String message) {
        SposeLoss.BatchStats[] stats = epoch(train, new int[][] {order}, token, progress,
                message);
        return stats == null ? null : stats[0];
    }

    /**
     * One pass for every seed, seed s in the order {@code orders[s]}; all orders must have
     * the same length. Checks the token before every batch.
     *
     * @return per seed, the epoch's running cross-entropy and accuracy; null when cancelled
     */
    SposeLoss.BatchStats[] epoch(JudgementSet train, int[][] orders, CancellationToken token,
            ProgressListener progress, String message) {
        if (orders.length != seeds) {
            throw new IllegalArgumentException(orders.length + " orders for " + seeds + " seeds");
        }
        int length = orders[0].length;
        for (int[] order : orders) {
            if (order.length != length) {
                throw new IllegalArgumentException("orders differ in length");
            }
        }
        crossEntropySums.assign(0);
        hitCounts.assign(0);
        long batches = (length + batchSize - 1) / batchSize;
        long batch = 0;
        for (int from = 0; from < length; from += batchSize) {
            if (token.isCancelled()) {
                return null;
            }
            int to = Math.min(length, from + batchSize);
            try (MemoryWorkspace ws = Nd4j.getWorkspaceManager()
                    .getAndActivateWorkspace(BATCH_WORKSPACE, workspaceId)) {
                accumulateGradient(train, orders, from, to);
                adamStep();
            }
            progress.progress(++batch, batches, message);
        }
        return collectStats(length);
    }

    private SposeLoss.BatchStats[] collectStats(int length) {
        double[] ce = crossEntropySums.toDoubleVector();
        double[] hits = hitCounts.toDoubleVector();
        SposeLoss.BatchStats[] stats = new SposeLoss.BatchStats[seeds];
        for (int s = 0; s < seeds; s++) {
            stats[s] = new SposeLoss.BatchStats();
            stats[s].addAll(ce[s], Math.round(hits[s]), length);
        }
        return stats;
    }

    /**
     * Adds the gradient of each seed's batch-mean cross-entropy over its judgements
     * orders[s][from..to) to {@code grad}, and their −log p and hits to the epoch sums.
     */
    private void accumulateGradient(JudgementSet train, int[][] orders, int from, int to) {
        int size = to - from;
        int rows = seeds * size;
        int[] ia = new int[rows];
        int[] ib = new int[rows];
        int[] ic = new int[rows];
        for (int s = 0; s < seeds; s++) {
            int offset = s * itemCount;
            for (int p = 0; p < size; p++) {
                int t = orders[s][from + p];
                ia[s * size + p] = offset + train.keptA(t);
                ib[s * size + p] = offset + train.keptB(t);
                ic[s * size + p] = offset + train.odd(t);
            }
        }
        INDArray xa = Nd4j.pullRows(x, 1, ia);
        INDArray xb = Nd4j.pullRows(x, 1, ib);
        INDArray xc = Nd4j.pullRows(x, 1, ic);
        boolean dot = similarity == Similarity.DOT_PRODUCT;
        INDArray dab = dot ? null : xa.sub(xb);
        INDArray dac = dot ? null : xa.sub(xc);
        INDArray dbc = dot ? null : xb.sub(xc);
        INDArray sab = dot ? xa.mul(xb).sum(1) : dab.mul(dab).sum(1).negi();
        INDArray sac = dot ? xa.mul(xc).sum(1) : dac.mul(dac).sum(1).negi();
        INDArray sbc = dot ? xb.mul(xc).sum(1) : dbc.mul(dbc).sum(1).negi();
        float scale = 1f / size;
        float factor = dot ? scale * inverseTemperature : -2f * scale * inverseTemperature;
        INDArray[] c = softmaxCoefficients(sab.muli(inverseTemperature),
                sac.muli(inverseTemperature), sbc.muli(inverseTemperature), factor, size);
        INDArray ga;
        INDArray gb;
        INDArray gc;
        if (dot) {
            ga = xb.mulColumnVector(c[0]).addi(xc.mulColumnVector(c[1]));
            gb = xa.mulColumnVector(c[0]).addi(xc.mulColumnVector(c[2]));
            gc = xa.mulColumnVector(c[1]).addi(xb.mulColumnVector(c[2]));
        } else {
            // ∂(−‖a − b‖²)/∂a = −2(a − b); the −2 is folded into the coefficients.
            ga = dab.mulColumnVector(c[0]).addi(dac.mulColumnVector(c[1]));
            gb = dbc.mulColumnVector(c[2]).subi(dab.mulColumnVector(c[0]));
            gc = dac.mulColumnVector(c[1]).addi(dbc.mulColumnVector(c[2])).negi();
        }
        scatterAdd(grad, ia, ga);
        scatterAdd(grad, ib, gb);
        scatterAdd(grad, ic, gc);
    }

    /**
     * The softmax coefficients ((p_ab − 1)·factor, p_ac·factor, p_bc·factor) as column
     * vectors (S·B × 1) for logits given as vectors of length S·B; also adds each seed's
     * −log p_ab and hits to the epoch sums.
     */
    private INDArray[] softmaxCoefficients(INDArray sab, INDArray sac, INDArray sbc,
            float factor, int size) {
        INDArray max = Transforms.max(Transforms.max(sab, sac, true), sbc, false);
        INDArray eab = Transforms.exp(sab.sub(max), false);
        INDArray eac = Transforms.exp(sac.sub(max), false);
        INDArray ebc = Transforms.exp(sbc.sub(max), false);
        INDArray sum = eab.add(eac).addi(ebc);
        INDArray crossEntropy = Transforms.log(sum, true).subi(sab).addi(max);
        crossEntropySums.addi(crossEntropy.reshape(seeds, size).sum(1).castTo(DataType.DOUBLE));
        INDArray hit = sab.gt(sac).castTo(DataType.FLOAT)
                .muli(sab.gt(sbc).castTo(DataType.FLOAT));
        hitCounts.addi(hit.reshape(seeds, size).sum(1).castTo(DataType.DOUBLE));
        long rows = sab.length();
        return new INDArray[] {
            eab.div(sum).subi(1f).muli(factor).reshape(rows, 1),
            eac.divi(sum).muli(factor).reshape(rows, 1),
            ebc.divi(sum).muli(factor).reshape(rows, 1)};
    }

    /**
     * target[rows[r]] += updates[r] for every r, correct when rows repeat: libnd4j's
     * {@code scatter_add} only serialises updates to the same row when its first boolean
     * argument ("lock") is true.
     */
    static void scatterAdd(INDArray target, int[] rows, INDArray updates) {
        INDArray indices = Nd4j.createFromArray(rows);
        DynamicCustomOp op = DynamicCustomOp.builder("scatter_add")
                .addInputs(target, indices, updates).addOutputs(target)
                .addBooleanArguments(true, false).build();
        Nd4j.exec(op);
    }

    /**
     * One step over all of X: g = grad + (λ/n)·sign(X), PyTorch Adam with bias correction,
     * clamp at 0, grad = 0; the float operations in {@link AdamState#update}'s order.
     */
    private void adamStep() {
        step++;
        float stepSize = (float) (learningRate / (1.0 - Math.pow(AdamState.BETA1, step)));
        float inverse = (float) (1.0 / Math.sqrt(1.0 - Math.pow(AdamState.BETA2, step)));
        INDArray g = Transforms.sign(x, true).muli(l1Gradient).addi(grad);
        m.muli(AdamState.BETA1).addi(g.mul(1f - AdamState.BETA1));
        v.muli(AdamState.BETA2).addi(g.mul(1f - AdamState.BETA2).muli(g));
        INDArray denominator = Transforms.sqrt(v, true).muli(inverse).addi(AdamState.EPSILON);
        x.subi(m.mul(stepSize).divi(denominator));
        Transforms.max(x, 0.0, false);
        grad.assign(0);
    }

    @Override
    public float[] copyWeights() {
        return copyWeights(0);
    }

    /** A copy of seed s's X, row-major n_items × dims. */
    float[] copyWeights(int seed) {
        return slice(x, seed);
    }

    /** Seed s's rows of a matrix, copied to the heap (synchronised from a GPU if need be). */
    private float[] slice(INDArray matrix, int seed) {
        long first = (long) seed * itemCount;
        return matrix.get(NDArrayIndex.interval(first, first + itemCount), NDArrayIndex.all())
                .dup('c').ravel().toFloatVector();
    }

    @Override
    public int activeDims() {
        return Pruning.activeDims(copyWeights(0), dims);
    }

    @Override
    public EngineState exportState() {
        return exportState(0);
    }

    /** Seed s's X, Adam moments and the (shared) step count. */
    EngineState exportState(int seed) {
        return new EngineState(slice(x, seed), slice(m, seed), slice(v, seed), step);
    }

    @Override
    public void importState(EngineState state) {
        if (seeds != 1) {
            throw new IllegalStateException("importState of a batched engine: one state per "
                    + "seed is needed");
        }
        importState(0, state);
    }

    /**
     * Replaces seed s's X and Adam moments and sets the step count, which all seeds share:
     * import every seed's state, all from the same step.
     */
    void importState(int seed, EngineState state) {
        state.requireSize(itemCount * dims);
        long[] shape = {itemCount, dims};
        long first = (long) seed * itemCount;
        INDArray[] targets = {x, m, v, grad};
        float[][] sources = {state.weights(), state.firstMoment(), state.secondMoment(), null};
        for (int a = 0; a < targets.length; a++) {
            INDArray rows = targets[a].get(NDArrayIndex.interval(first, first + itemCount),
                    NDArrayIndex.all());
            if (sources[a] == null) {
                rows.assign(0);
            } else {
                rows.assign(Nd4j.create(sources[a], shape, 'c'));
            }
        }
        step = state.step();
    }

    @Override
    public void close() {
        MemoryWorkspace ws = Nd4j.getWorkspaceManager()
                .getWorkspaceForCurrentThread(BATCH_WORKSPACE, workspaceId);
        Nd4j.getWorkspaceManager().destroyWorkspace(ws);
    }
}
