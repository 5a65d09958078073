"""Reference values for Triad's RSM comparisons and UPGMA ordering.

Writes rsm_compare_reference.json beside this file; RsmComparisonReferenceTest and
HierarchicalOrderingTest read it. Run: python3 rsm_compare_reference.py (numpy, scipy).

Conventions, matching org.triad.analysis:
- compare on the off-diagonal upper triangle of the shared items, in the first RSM's order,
  matched by item id; a pair NaN in either RSM is skipped;
- Kendall tau-a = (C - D) / (n (n - 1) / 2), ties count as neither; computed with numpy,
  checked against a brute-force double loop and against scipy's tau-b rescaled to tau-a;
- UPGMA distances are 1 - RSM over the upper triangle, NaN replaced by the mean of the
  finite off-diagonal distances.
"""
import json
import math
from pathlib import Path

import numpy as np
from scipy import stats
from scipy.cluster.hierarchy import linkage
from scipy.spatial.distance import squareform

HERE = Path(__file__).resolve().parent


def symmetric(rng, n, decimals):
    """A symmetric n x n similarity matrix in [0, 1], diagonal 1, rounded to make ties."""
    features = rng.random((n, 3))
    base = features @ features.T / 3.0
    noise = rng.normal(0.0, 0.05, (n, n))
    values = np.clip(base + (noise + noise.T) / 2.0, 0.0, 1.0)
    values = np.round(values, decimals)
    np.fill_diagonal(values, 1.0)
    return values


def set_nan(values, pairs):
    for i, j in pairs:
        values[i, j] = values[j, i] = np.nan


def upper_pairs(values_a, ids_a, values_b, ids_b):
    shared = [item for item in ids_a if item in ids_b]
    rows_a = [ids_a.index(item) for item in shared]
    rows_b = [ids_b.index(item) for item in shared]
    x, y, skipped = [], [], 0
    for p in range(len(shared)):
        for q in range(p + 1, len(shared)):
            va = values_a[rows_a[p], rows_a[q]]
            vb = values_b[rows_b[p], rows_b[q]]
            if np.isnan(va) or np.isnan(vb):
                skipped += 1
            else:
                x.append(va)
                y.append(vb)
    return shared, np.array(x), np.array(y), skipped


def tau_a(x, y):
    """Vectorised over all pairs of pairs."""
    sx = np.sign(x[:, None] - x[None, :])
    sy = np.sign(y[:, None] - y[None, :])
    n = len(x)
    return float(np.triu(sx * sy, 1).sum()) / (n * (n - 1) / 2)


def tau_a_brute(x, y):
    s = 0
    n = len(x)
    for i in range(n):
        for j in range(i + 1, n):
            s += np.sign(x[i] - x[j]) * np.sign(y[i] - y[j])
    return s / (n * (n - 1) / 2)


def tau_a_from_scipy_b(x, y):
    """tau-b * sqrt((n0 - n1)(n0 - n2)) / n0 with n1, n2 the pairs tied in x, in y."""
    n0 = len(x) * (len(x) - 1) / 2
    n1 = sum(c * (c - 1) / 2 for c in np.unique(x, return_counts=True)[1])
    n2 = sum(c * (c - 1) / 2 for c in np.unique(y, return_counts=True)[1])
    tau_b = stats.kendalltau(x, y, variant="b").statistic
    return tau_b * math.sqrt((n0 - n1) * (n0 - n2)) / n0


def comparison_case(name, values_a, ids_a, values_b, ids_b):
    shared, x, y, skipped = upper_pairs(values_a, ids_a, values_b, ids_b)
    tau = tau_a(x, y)
    assert abs(tau - tau_a_brute(x, y)) < 1e-14, name
    assert abs(tau - tau_a_from_scipy_b(x, y)) < 1e-12, name
    return {
        "name": name,
        "first": {"ids": ids_a, "values": nan_to_none(values_a)},
        "second": {"ids": ids_b, "values": nan_to_none(values_b)},
        "shared": shared,
        "only_in_first": [i for i in ids_a if i not in ids_b],
        "only_in_second": [i for i in ids_b if i not in ids_a],
        "pairs_used": len(x),
        "pairs_skipped": skipped,
        "pearson": float(stats.pearsonr(x, y).statistic),
        "spearman": float(stats.spearmanr(x, y).statistic),
        "kendall_tau_a": tau,
        "cosine": float(x @ y / math.sqrt((x @ x) * (y @ y))),
    }


def nan_to_none(values):
    """Row-major list with null for NaN (JSON has no NaN)."""
    return [None if np.isnan(v) else float(v) for v in values.ravel()]


def shuffled_subset(rng, values, ids, drop, extra):
    """The same similarities under another row order, without `drop`, with one new item."""
    keep = [k for k, item in enumerate(ids) if item != drop]
    order = rng.permutation(keep)
    n = len(order) + 1
    out = np.full((n, n), np.nan)
    out[: n - 1, : n - 1] = values[np.ix_(order, order)]
    out[n - 1, :] = out[:, n - 1] = rng.random(n)
    out[n - 1, n - 1] = 1.0
    new_ids = [ids[k] for k in order] + [extra]
    return out, new_ids


def small_case(rng):
    ids_a = [f"item{k}" for k in range(8)]
    a = symmetric(rng, 8, 1)
    set_nan(a, [(0, 3), (2, 5)])
    b_same = a + rng.normal(0, 0.1, a.shape)
    b_same = np.round((b_same + b_same.T) / 2, 1)
    np.fill_diagonal(b_same, 1.0)
    b, ids_b = shuffled_subset(rng, b_same, ids_a, "item6", "extra")
    set_nan(b, [(1, 2)])
    return comparison_case("small_ties_nan_mismatch", a, ids_a, b, ids_b)


def medium_case(rng):
    n = 40
    ids_a = [f"c{k:02d}" for k in range(n)]
    a = symmetric(rng, n, 2)
    b = symmetric(rng, n, 1) * 0.5 + a * 0.5
    np.fill_diagonal(b, 1.0)
    iu = np.triu_indices(n, 1)
    picks = rng.choice(len(iu[0]), 40, replace=False)
    set_nan(a, list(zip(iu[0][picks[:20]], iu[1][picks[:20]])))
    set_nan(b, list(zip(iu[0][picks[20:]], iu[1][picks[20:]])))
    perm = rng.permutation(n)
    return comparison_case("medium_reordered", a, ids_a, b[np.ix_(perm, perm)],
                           [ids_a[k] for k in perm])


def upgma_case(rng):
    n = 12
    ids = [f"u{k:02d}" for k in range(n)]
    values = symmetric(rng, n, 12)
    set_nan(values, [(1, 7)])
    dist = 1.0 - values
    iu = np.triu_indices(n, 1)
    upper = dist[iu]
    upper[np.isnan(upper)] = np.nanmean(upper)
    full = np.zeros((n, n))
    full[iu] = upper
    full = full + full.T
    z = linkage(squareform(full, checks=False), method="average")
    members = {k: [k] for k in range(n)}
    merges = []
    for step, (left, right, height, size) in enumerate(z):
        joined = sorted(members[int(left)] + members[int(right)])
        members[n + step] = joined
        merges.append({"height": float(height), "size": int(size),
                       "members": [ids[k] for k in joined]})
    return {"ids": ids, "values": nan_to_none(values), "merges": merges}


def main():
    rng = np.random.default_rng(20240607)
    correlations = [0.2, 0.5, -0.3, 0.9, 0.0]
    reference = {
        "generator": "rsm_compare_reference.py",
        "numpy": np.__version__,
        "comparisons": [small_case(rng), medium_case(rng)],
        "fisher_z": {"correlations": correlations,
                     "mean": float(np.tanh(np.mean(np.arctanh(correlations))))},
        "upgma": upgma_case(rng),
    }
    out = HERE / "rsm_compare_reference.json"
    out.write_text(json.dumps(reference, indent=1) + "\n")


if __name__ == "__main__":
    main()
